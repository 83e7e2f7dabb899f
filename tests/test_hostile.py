"""Hostile input, one named test per case of the reliability issue: never crash, never hang,
never lose a record.

Each test says what a real archive holds and what newsparse does with it: recover with a
warning where a person could, refuse with a ParseError that names the input where no one
could, and in a batch give exactly one record per input either way.
"""

from __future__ import annotations

import builtins
import os
import random
import signal
import socket
import stat
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, ParseError, parse, parse_file, parse_many
from newsparse.errors import (
    DecodeError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InternalError,
    LimitExceededError,
    ReadError,
)
from newsparse.fields.urls import UNSAFE_SCHEMES, is_safe_url
from tests.conftest import SEEDS, all_documents, representable

SEED_002 = next(SEEDS.glob("002_*.txt"))
HEADER = "<!--1697553060000-->\n[美日韓會談 憂心北韓以武器換取俄國回報](https://www.cna.com.tw/news/aopl/202310170397.aspx)\n------\n\n"
BODY = (
    "<p>（中央社記者廖禹揚首爾17日專電）美國、日本及南韓負責北韓事務的代表今天在印尼雅加達進行磋商會議。</p>"
)


def _big_post(megabytes: float) -> str:
    paragraph = "<div class='p'><p>北約秘書長史托騰柏格今天抵達南韓訪問，這是他此行的第一站。</p></div>\n"
    return HEADER + paragraph * int(megabytes * 1024 * 1024 / len(paragraph.encode()))


# --------------------------------------------------------------------------- front matter


def test_unescaped_quotes_in_the_title_break_the_yaml_but_not_the_record() -> None:
    # the archivers write `title: "${title}"` verbatim
    text = (
        '---\nlayout: post\ntitle: "美國稱"北韓"提供武器"\ndate: 2023-10-17T06:31:00.000Z\n'
        "from: https://www.cna.com.tw/news/aopl/202310170397.aspx?utm_source=rss\n---\n"
        '<!--1697524260000-->\n[美國稱"北韓"提供武器](https://www.cna.com.tw/news/aopl/202310170397.aspx)\n------\n\n'
    )
    article = parse(text + BODY, name="quotes.md")
    assert article.title == '美國稱"北韓"提供武器'
    assert article.url == "https://www.cna.com.tw/news/aopl/202310170397.aspx"
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-10-17"
    assert any(w.startswith("front matter is not valid YAML (line 3)") for w in article.warnings)


def test_front_matter_that_is_not_yaml_at_all_still_gives_title_date_and_url() -> None:
    text = "---\ntitle: [unclosed\ndate: 2023-10-17\nfrom: {also broken\n---\n" + HEADER + BODY
    article = parse(text, name="broken.md")
    assert article.title == "美日韓會談 憂心北韓以武器換取俄國回報"
    assert article.url == "https://www.cna.com.tw/news/aopl/202310170397.aspx"
    assert article.published is not None
    assert any("not valid YAML" in w for w in article.warnings)


def test_yaml_alias_bomb_is_rejected_never_expanded() -> None:
    bomb = "".join(
        f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}" if i else '"lol"'] * 9) + "]\n" for i in range(12)
    )
    started = time.perf_counter()
    article = parse("---\ntitle: 標題\n" + bomb + "---\n" + HEADER + BODY, name="bomb.md")
    assert time.perf_counter() - started < 2.0
    assert article.title == "美日韓會談 憂心北韓以武器換取俄國回報"
    assert any("alias *l0 at line 4" in w for w in article.warnings)


def test_unsafe_yaml_tags_are_rejected() -> None:
    text = "---\ntitle: t\nx: !!python/object/apply:os.system [echo pwned]\n---\n" + HEADER + BODY
    article = parse(text, name="tag.md")
    assert any("unsafe tag !!python/object/apply:os.system at line 3" in w for w in article.warnings)


def test_date_that_does_not_exist_is_a_warning_not_a_crash() -> None:
    text = "---\ntitle: t\ndate: 2023-02-30T08:00:00Z\n---\n" + HEADER + BODY
    article = parse(text, name="date.md")
    assert "front matter value '2023-02-30T08:00:00Z' is not a real date" in article.warnings
    assert article.published is not None  # the comment stamp still dates it


# --------------------------------------------------------------------------- header


def test_missing_header_line_is_a_warning() -> None:
    article = parse("<!--1697553060000-->\n" + BODY, name="no-header.md")
    assert article.variant == "comment_stamp"
    assert "no [title](url) header line after the comment stamp" in article.warnings
    assert article.paragraphs


def test_stamp_out_of_range_is_a_warning() -> None:
    text = HEADER.replace("1697553060000", "99999999999999999999") + BODY
    article = parse(text, name="stamp.md")
    assert "the comment stamp 99999999999999999999 is out of range; ignored" in article.warnings
    assert article.title == "美日韓會談 憂心北韓以武器換取俄國回報"


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("document", "codec"),
    representable(("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "big5hkscs")),
    ids=lambda v: v if isinstance(v, str) else v.stem[:12],
)
def test_every_encoding_gives_the_same_article_as_utf8(document: Path, codec: str) -> None:
    text = document.read_text("utf-8")
    data = text.encode(codec)
    assert parse(data, name=document.name) == parse(text.encode("utf-8"), name=document.name)


def test_byte_order_marks_are_removed() -> None:
    text = SEED_002.read_text("utf-8")
    expected = parse(text)
    assert parse("\ufeff" + text) == expected
    assert parse(b"\xef\xbb\xbf" + text.encode()) == expected
    assert parse(b"\xfe\xff" + text.encode("utf-16-be")) == expected
    assert parse(text.encode("utf-32")) == expected


def test_crlf_and_cr_line_ends_give_the_same_article() -> None:
    data = SEED_002.read_bytes()
    expected = parse(data)
    assert parse(data.replace(b"\n", b"\r\n")) == expected
    assert parse(data.replace(b"\n", b"\r")) == expected
    assert parse(data.decode().replace("\n", "\r\n").encode("utf-16")) == expected


def test_undecodable_input_is_a_decode_error_that_says_so() -> None:
    junk = random.Random(5).randbytes(20_000)
    with pytest.raises(DecodeError, match=r"^junk\.md: byte \d+: not text in UTF-8, UTF-16, GB18030 or Big5"):
        parse(junk, name="junk.md")


def test_lone_surrogates_in_text_input_are_replaced() -> None:
    text = HEADER.replace("憂心", "憂\udcff心") + BODY
    article = parse(text, name="surrogate.md")
    assert "\ufffd" in article.title
    assert article.to_dict()["title"].encode("utf-8")
    assert "1 lone surrogate code point(s) replaced with U+FFFD" in article.warnings


# --------------------------------------------------------------------------- broken files


def _article_or_error(data: bytes | str, name: str) -> Article | ParseError:
    """The article, or the ParseError (never an InternalError: that is a bug)."""
    try:
        return parse(data, name=name)
    except InternalError:
        raise
    except ParseError as exc:
        return exc


def test_truncated_files_give_an_article_or_a_parse_error() -> None:
    for path in all_documents():
        data = path.read_bytes()
        for cut in sorted({1, 2, 3, 50, 200, *range(0, len(data), max(1, len(data) // 12))}):
            outcome = _article_or_error(data[:cut], path.name)
            assert isinstance(outcome, Article) or str(outcome).startswith(path.name + ": ")


def test_truncated_in_the_middle_of_a_character_keeps_the_rest() -> None:
    cut_inside = (HEADER + BODY + "<p>最後一段文字</p>").encode()[:-5]  # inside "字"
    article = parse(cut_inside, name="cut.md")
    assert any("truncated" in w for w in article.warnings)
    assert any("最後一段文" in p for p in article.paragraphs)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\ufeff".encode(), b"\xef\xbb\xbf  \n"], ids=repr)
def test_empty_files_are_an_empty_document_error(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError, match=r"^empty\.md: input is empty$"):
        parse(data, name="empty.md")


@pytest.mark.parametrize(
    "data",
    [
        random.Random(1).randbytes(50_000),
        b"\x00" * 10_000,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(2).randbytes(5000),
        b"PK\x03\x04" + bytes(range(256)) * 40,
        bytes(range(32)) * 300,
    ],
    ids=["random", "zeros", "png", "zip", "controls"],
)
def test_binary_junk_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        parse(data, name="junk.bin")
    assert str(info.value).startswith("junk.bin: ")


# --------------------------------------------------------------------------- limits


def test_html_nested_ten_thousand_deep_keeps_its_text() -> None:
    deep = "<div>" * 10_000 + "<p>深處的段落</p>" + "</div>" * 10_000 + "<p>之後的段落</p>"
    started = time.perf_counter()
    article = parse(HEADER + deep, name="deep.md")
    assert time.perf_counter() - started < 2.0
    assert "深處的段落" in article.paragraphs
    assert "之後的段落" in article.paragraphs
    assert any("nested deeper than 256 levels" in w for w in article.warnings)


@pytest.mark.parametrize(
    "deep",
    [
        "<div>" * 10_000 + "<p>深處的段落</p><p>之後的段落</p>",  # never closed
        "<b><i>" * 5_000 + "深處的段落" + "</i></b>" * 5_000 + "<p>之後的段落</p>",
        "<table><tr><td>" * 3_000 + "深處的段落" + "</td></tr></table>" * 3_000 + "<p>之後的段落</p>",
        "<ul><li>" * 5_000 + "深處的段落<p>之後的段落</p>",
    ],
    ids=["unclosed", "inline", "tables", "lists"],
)
def test_every_shape_of_deep_nesting_keeps_its_text(deep: str) -> None:
    article = parse(HEADER + deep, name="deep.md", max_depth=64)
    assert "深處的段落" in article.text
    assert "之後的段落" in article.text


def test_nesting_just_below_the_limit_is_untouched() -> None:
    article = parse(HEADER + "<div>" * 250 + "<p>深處的段落</p>" + "</div>" * 250, name="d.md")
    assert article.paragraphs == ("深處的段落",)
    assert not any("nested" in w for w in article.warnings)


@pytest.mark.slow
def test_20_mb_post_parses_within_ten_seconds() -> None:
    data = _big_post(20).encode()
    assert len(data) > 20_000_000
    started = time.perf_counter()
    article = parse(data, name="big.md")
    assert time.perf_counter() - started < 10.0
    assert len(article.paragraphs) > 1000


def test_input_size_limit_is_configurable_and_clear(tmp_path: Path) -> None:
    data = _big_post(0.1).encode()
    with pytest.raises(
        DocumentTooLargeError, match=rf"^big\.md: input is {len(data)} bytes, over max_bytes=1000$"
    ):
        parse(data, name="big.md", max_bytes=1000)
    path = tmp_path / "big.md"
    path.write_bytes(data)
    with pytest.raises(DocumentTooLargeError, match="over max_bytes=1000"):
        parse_file(path, max_bytes=1000)
    assert parse(data, name="big.md").paragraphs  # the default is generous


def test_time_per_document_is_bounded() -> None:
    data = _big_post(3).encode()
    previous = signal.getsignal(signal.SIGALRM)
    started = time.perf_counter()
    with pytest.raises(LimitExceededError, match=r"^slow\.md: parsing took longer than timeout=0\.05 s$"):
        parse(data, name="slow.md", timeout=0.05)
    assert time.perf_counter() - started < 2.0
    assert signal.getsignal(signal.SIGALRM) is previous
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert parse(SEED_002.read_bytes()).title  # nothing left armed


def test_time_limit_in_worker_processes(tmp_path: Path) -> None:
    path = tmp_path / "slow.md"
    path.write_bytes(_big_post(3).encode())
    started = time.perf_counter()
    [result] = parse_many([path], workers=1, timeout=0.05)
    assert time.perf_counter() - started < 20.0
    assert result.error is not None
    assert result.error.kind == "LimitExceededError"
    assert str(result.error) == f"{path}: parsing took longer than timeout=0.05 s"


def test_time_limit_outside_the_main_thread_is_cooperative() -> None:
    data = _big_post(3).encode()
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            parse(data, name="slow.md", timeout=0.01)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert len(outcome) == 1
    assert isinstance(outcome[0], LimitExceededError)
    assert str(outcome[0]).startswith("slow.md: parsing took longer than timeout=0.01 s")


def test_no_network_access_ever(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a local server that would see any connection, even one made by libxml2 in C
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.setblocking(False)
    port = server.getsockname()[1]
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER", "utf-8")
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network access attempted")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)

    url = f"http://127.0.0.1:{port}"
    hostile = (
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}/x.dtd" [<!ENTITY ext SYSTEM "{url}/e">'
        f'<!ENTITY file SYSTEM "file://{secret}"><!ENTITY % p SYSTEM "{url}/p"> %p;]>'
        f'<?xml-stylesheet href="{url}/s.xsl"?><base href="{url}/"><p>&ext;&file;</p>'
        f'<img src="{url}/a.jpg" srcset="{url}/b.jpg 2x"><link rel="stylesheet" href="{url}/c.css">'
        f'<iframe src="{url}/f"></iframe><object data="{url}/o"></object><embed src="{url}/e">'
        f'<script src="{url}/s.js"></script><svg><image href="{url}/i.svg"/></svg>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/x"/>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret}" parse="text"/>'
        f'<meta http-equiv="refresh" content="0; url={url}/r"><p>正文段落</p>'
    )
    articles = [parse(HEADER + hostile, name="hostile.md")]
    articles += [parse_file(path) for path in all_documents()]
    assert attempts == []
    with pytest.raises(BlockingIOError):
        server.accept()
    server.close()
    assert not any("SECRET-MARKER" in a.text for a in articles)


@pytest.mark.parametrize("scheme", sorted(UNSAFE_SCHEMES))
def test_unsafe_links_are_never_returned(scheme: str) -> None:
    spellings = [f"{scheme}:x", f" {scheme.upper()}:x", f"{scheme[:2]}\t{scheme[2:]}:x", f"\x01{scheme}:x"]
    html = "".join(f'<p><a href="{s}">連結</a><img src="{s}"><img data-src="{s}"></p>' for s in spellings)
    html += f'<img src="https://images.weserv.nl?url={scheme}:x"><p>正文段落</p>'
    header = HEADER.replace("https://www.cna.com.tw/news/aopl/202310170397.aspx", f"{scheme}:alert(1)")
    for text in (header + html, f"---\ntitle: t\nfrom: {scheme}:alert(1)\n---\n" + html):
        article = parse(text, name="links.md")
        urls = [link.url for link in article.links] + [image.url for image in article.images]
        assert all(is_safe_url(u) for u in urls), urls
        assert article.url is None
        assert any("unsafe scheme" in w for w in article.warnings)


# --------------------------------------------------------------------------- errors and batches


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "EmptyDocumentError"),
        (random.Random(3).randbytes(4000), "DecodeError"),
        (b"plain ascii words and nothing else", "UnknownVariantError"),
        ("\x00\x01\x02\x03" * 500, "DecodeError"),
    ],
)
def test_every_error_names_the_input_and_what_was_wrong(data: str | bytes, kind: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(data, name="archive/2023/x.md")
    assert info.value.kind == kind
    assert str(info.value).startswith("archive/2023/x.md: ")
    assert len(str(info.value)) > len("archive/2023/x.md: ") + 10


def test_unreadable_paths_are_read_errors(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # reading it would block forever
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    cases = {
        str(tmp_path / "missing.md"): "no such file",
        str(tmp_path): "is a directory",
        str(fifo): "not a regular file",
        str(loop): "cannot read",
        str(tmp_path / "nul\x00.md"): "not a usable file name",
    }
    for path, reason in cases.items():
        with pytest.raises(ReadError, match=reason) as info:
            parse_file(path)
        assert info.value.name == path


def test_unreadable_file_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.md"
    path.write_bytes(SEED_002.read_bytes())
    real_open = builtins.open

    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        # permissions do not stop root (CI runs as root), so refuse the way the OS would
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(ReadError, match="permission denied"):
        parse_file(path)


def _bad_folder(root: Path) -> list[Path]:
    """A folder of posts with every kind of bad file a real archive holds."""
    files = {
        "00-good.md": SEED_002.read_bytes(),
        "01-empty.md": b"",
        "02-blank.md": b"  \n\n",
        "03-junk.md": random.Random(9).randbytes(30_000),
        "04-zeros.md": b"\x00" * 4096,
        "05-gb18030.md": SEED_002.read_text("utf-8").encode("gb18030"),
        "06-utf16.md": SEED_002.read_text("utf-8").encode("utf-16"),
        "07-truncated.md": SEED_002.read_bytes()[:777],
        "08-deep.md": (HEADER + "<div>" * 5000 + "深" + "</div>" * 5000).encode(),
        "09-bomb.md": ("---\na: &a [x,x]\nb: [*a,*a]\n---\n" + HEADER + BODY).encode(),
        "10-quotes.md": ('---\ntitle: "a "b" c"\n---\n' + HEADER + BODY).encode(),
        "11-ascii.md": b"no markup, no Chinese, nothing to recognise",
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    return sorted(root.iterdir())


@pytest.mark.parametrize("workers", [0, 2])
def test_batch_over_a_folder_with_bad_files_gives_one_record_per_file(tmp_path: Path, workers: int) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    files = _bad_folder(folder)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    inputs = [str(folder), str(tmp_path / "missing.md"), str(fifo), str(tmp_path)]
    results = list(parse_many(inputs, workers=workers))
    # the folder's files, then the missing file, the FIFO, and the files of tmp_path itself (one folder)
    paths = [r.path for r in results]
    assert paths[: len(files)] == [str(f) for f in files]
    assert paths[len(files) : len(files) + 2] == [str(tmp_path / "missing.md"), str(fifo)]
    for result in results:
        assert (result.article is None) != (result.error is None)
        if result.error is not None:
            assert not isinstance(result.error, InternalError), result.error
            assert str(result.error).startswith(result.path + ": ")
    by_name = {Path(r.path).name: r for r in results[: len(files) + 2]}
    assert {n for n, r in by_name.items() if r.ok} == {
        "00-good.md",
        "05-gb18030.md",
        "06-utf16.md",
        "07-truncated.md",
        "08-deep.md",
        "09-bomb.md",
        "10-quotes.md",
    }
    assert by_name["pipe.md"].error is not None
    assert by_name["pipe.md"].error.kind == "ReadError"
    assert by_name["missing.md"].error is not None
    assert by_name["missing.md"].error.kind == "ReadError"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_nothing_but_parse_error_escapes_on_odd_arguments() -> None:
    for data in ("", " ", "\ufeff", "\x00", "<", "---", "---\n---", "<!---->", "[](", "-" * 3 + "\n" * 3):
        _article_or_error(data, "odd.md")
