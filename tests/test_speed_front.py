"""The one-match readers of the archiver's front matter and header read what the line readers read.

The Jekyll reader tries the archiver's template (:data:`jekyll._TEMPLATE`) before reading
line by line, and the header reader tries the three usual lines in one match before its
loop; the flat line reader checks the whole block in one match. Each test compares a
shortcut with the plain computation it stands in for, on the bundled posts and on texts
built from the pieces that could make them differ.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.fields.urls import is_safe_url
from newsparse.options import ParseOptions
from newsparse.variants import _header, jekyll
from tests.conftest import CORPUS_FILES, SEED_FILES


def _texts(*pieces: str, max_size: int = 8) -> st.SearchStrategy[str]:
    """Texts joined from the given pieces (whole tokens and single characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


def _same(found: Any, plain: Any) -> bool:
    """Equal, and of the same types all the way down (a ``date`` is not a ``datetime``)."""
    if type(found) is not type(plain):
        return False
    if isinstance(plain, dict):
        return list(found) == list(plain) and all(_same(found[k], plain[k]) for k in plain)
    if isinstance(plain, list):
        return len(found) == len(plain) and all(_same(a, b) for a, b in zip(found, plain, strict=True))
    return bool(found == plain) and getattr(found, "tzinfo", None) == getattr(plain, "tzinfo", None)


# --------------------------------------------------------------------------- flat front matter

# the line reader as it was before the block was checked in one match (one findall per block)
_FLAT_LINES = re.compile(r"^(?:([A-Za-z_][\w-]*):(?:[ \t]+([^\n]*))?|[ \t]*)$", re.MULTILINE)


def _resolve_plain_plain(value: str) -> tuple[bool, Any]:
    """``jekyll._resolve_plain`` trying every resolver's pattern in turn (no shortcuts)."""
    if not value:
        return True, None
    first = value[0]
    if first in jekyll._INDICATORS or ": " in value or " #" in value or value.endswith(":"):
        return False, None
    for candidate, regexp in jekyll._IMPLICIT.get(first) or ():
        if regexp.match(value):
            tag = candidate
            break
    else:
        return True, value
    if tag == jekyll._TIMESTAMP_TAG:
        stamp = jekyll._timestamp(value)
        return (stamp is not None), stamp
    if tag == jekyll._BOOL_TAG:
        return True, jekyll._CONSTRUCTOR.bool_values[value.lower()]
    if tag == jekyll._NULL_TAG:
        return True, None
    return False, None


def _read_flat_plain(block: str) -> dict[str, Any] | None:
    """``jekyll._read_flat`` as one findall and a loop, with the plain resolver."""
    lines = _FLAT_LINES.findall(block)
    if len(lines) != block.count("\n") + 1:
        return None
    data: dict[str, Any] = {}
    for key, raw in lines:
        if not key:
            continue
        value = raw.strip()
        first = value[:1]
        if first == '"' or first == "'":
            if (q := jekyll._PLAIN_QUOTED.fullmatch(value)) is None:
                return None
            dq, sq = q.groups()
            data[key] = dq if dq is not None else sq
        elif first == "[":
            if (f := jekyll._PLAIN_FLOW.fullmatch(value)) is None:
                return None
            inner = f.group("items").strip()
            items: list[Any] = []
            if inner:
                for item in inner.split(","):
                    item = item.strip()
                    ok, parsed = _resolve_plain_plain(item)
                    if not ok or not item:
                        return None
                    items.append(parsed)
            data[key] = items
        else:
            ok, parsed = _resolve_plain_plain(value)
            if not ok:
                return None
            data[key] = parsed
    return data


_BLOCKS = [
    jekyll._HANDLER.split(p.read_text("utf-8"))[0]
    for p in (*SEED_FILES, *CORPUS_FILES)
    if jekyll._HANDLER.detect(p.read_text("utf-8"))
]

# values that read as themselves, as something else, or not at all
_VALUE = _texts(
    "post",
    "中央社",
    "(臺)中央社CNA",
    "https://a.tw/x",
    "True",
    "yes",
    "NO",
    "off",
    "~",
    "null",
    "2023-01-30T08:04:05.000Z",
    "2023-02-30T08:04:05Z",
    "2020-05-26",
    "2014-02-28T13:48:50+01:00",
    "2014-02-28 13:48:50 +01:00",
    "012",
    "1.5",
    '"t"',
    "'t'",
    "[ a ]",
    "[a, b]",
    "[]",
    *": #,-?[]{}&*!|>'\"%@`\\\t\u3000\x0c\r.0Ttnx",
    max_size=6,
)
_LINE = st.one_of(
    st.builds(
        lambda k, sep, v: f"{k}:{sep}{v}",
        st.sampled_from(["a", "title", "x-y", "_k", "é", "1a"]),
        st.sampled_from(["", " ", "  ", "\t", "\u3000"]),
        _VALUE,
    ),
    st.sampled_from(["", "  ", "\t", " a: b", "- x", "#c"]),
)


@pytest.mark.parametrize("block", _BLOCKS, ids=range(len(_BLOCKS)))
def test_flat_reader_of_the_bundled_posts(block: str) -> None:
    found = jekyll._read_flat(block)
    assert found is not None
    assert _same(found, _read_flat_plain(block))
    assert _same(found, yaml.safe_load(block))


@given(st.lists(_LINE, max_size=6).map("\n".join))
def test_flat_line_reader_reads_what_findall_reads(block: str) -> None:
    assert _same(jekyll._read_flat_lines(block), _read_flat_plain(block))


def test_most_bundled_posts_take_the_template() -> None:
    taken = [b for b in _BLOCKS if jekyll._read_template(b) is not None]
    assert len(taken) >= len(_BLOCKS) - 6


_TEMPLATE_LINES = [
    ("layout", ["post", " post", "post ", "p: x", "p #x", "- x", "Post", "~"]),
    ("title", ['"北約秘書長"', '"a\\"b"', "'t'", '"t" ', '"a: b #c"', "t"]),
    (
        "date",
        [
            "2023-01-30T08:04:05.000Z",
            "2023-02-30",
            "2020-05-26",
            "2014-02-28 13:48:50 +01:00",
            "2020-05-26x",
            "2020-05-26 #x",
            "2023-01-30T08:04:05.000Z:",
        ],
    ),
    ("author", ["(臺)中央社CNA", "中央社:", "a: b", "Nei.st", "yes", "0x1", "中 #x", "中\u3000"]),
    ("from", ["https://a.tw/x", "http://a.tw/x?q=a: b", "&a", "*a"]),
    (
        "tags",
        [
            "[ (臺)中央社CNA ]",
            "[a]",
            "[ a, b ]",
            "[ a: b ]",
            "[ a: ]",
            "[ yes ]",
            "[ ]",
            "[\u3000a ]",
            "[ a ] ",
            "[ 'a' ]",
        ],
    ),
    ("comments", ["True", "true", "FALSE", "on", "y", "x", "'x'", None]),
    ("categories", ["[ (臺)中央社CNA ]", "[ 1 ]", "[ a\u3000]", "[ a\t]"]),
]


@given(
    st.dictionaries(
        st.integers(0, len(_TEMPLATE_LINES) - 1),
        st.integers(0, 20),
        max_size=3,
    )
)
def test_template_reads_what_the_line_reader_reads(changes: dict[int, int]) -> None:
    # the usual value on each line (the first one listed), except on up to three lines
    values = [values[changes.get(i, 0) % len(values)] for i, (_key, values) in enumerate(_TEMPLATE_LINES)]
    block = "\n".join(
        f"{key}: {value}"
        for (key, _v), value in zip(_TEMPLATE_LINES, values, strict=True)
        if value is not None
    )
    found = jekyll._read_template(block)
    if not changes:
        assert found is not None
    if found is not None:
        assert _same(found, jekyll._read_flat_lines(block))
        assert _same(found, _read_flat_plain(block))
    else:
        assert _same(jekyll._read_flat(block), _read_flat_plain(block))


@given(
    st.text(alphabet="0123456789", min_size=4, max_size=4),
    st.text(alphabet="0123456789", min_size=2, max_size=2),
    st.text(alphabet="0123456789", min_size=2, max_size=2),
    st.sampled_from(["", "T08:04:05Z", "T08:04:05.000Z", "T25:04:05.123456Z", " 13:48:50 +01:00"]),
)
def test_timestamps_take_no_other_resolver(year: str, month: str, day: str, time: str) -> None:
    value = f"{year}-{month}-{day}{time}"
    assert _same(jekyll._resolve_plain(value), _resolve_plain_plain(value))


@pytest.mark.parametrize("word", sorted(jekyll._BOOL_WORDS))
def test_bool_words_read_as_the_bool_resolver_reads_them(word: str) -> None:
    assert _same(jekyll._resolve_plain(word), _resolve_plain_plain(word))
    assert jekyll._resolve_plain(word) == (True, yaml.safe_load(word))


# --------------------------------------------------------------------------- header

_HEADER_LINE = st.sampled_from(
    [
        "<!--1697553060000-->",
        " <!-- NaN -->\t",
        "<!--99999999999999999999-->",
        "<!---->",
        "[標題](https://a.tw/x)",
        "[[Chinese] 標題 ](https://a.tw/A_(B)) ",
        "[t]( https://a.tw/x)",
        "[t]()",
        "\t[t](u)",
        "------",
        "===",
        " --- ",
        "--",
        "",
        " ",
        "\u3000",
        "<p>正文</p>",
        "[x",
    ]
)


def _header_fields(header: _header.Header) -> tuple[Any, ...]:
    return (
        header.stamp_raw,
        header.stamp_ms,
        header.title,
        header.url,
        header.body_start,
        header.body_line,
        header.warnings,
    )


@given(_texts("x\n", "\n", ""), st.lists(_HEADER_LINE, max_size=5), st.sampled_from(["", "\n", "\n<p>x</p>"]))
def test_usual_header_reads_what_the_line_loop_reads(before: str, lines: list[str], after: str) -> None:
    text = before + "\n".join(lines) + after
    start = len(before)
    assert _header_fields(_header.read_header(text, start)) == _header_fields(
        _header._read_header_lines(text, start)
    )


@pytest.mark.parametrize("title_size", [8180, 8190, 8200])
def test_usual_header_leaves_long_lines_to_the_line_loop(title_size: int) -> None:
    text = "<!--1-->\n[" + "標" * title_size + "](https://a.tw/x)\n------\n<p>x</p>"
    assert _header_fields(_header.read_header(text)) == _header_fields(_header._read_header_lines(text, 0))


@pytest.mark.parametrize("path", [*SEED_FILES, *CORPUS_FILES], ids=lambda p: p.stem[:12])
def test_header_of_the_bundled_posts(path: Path) -> None:
    text = path.read_text("utf-8")
    block, content = jekyll._HANDLER.split(text)
    start = len(text) - len(content) if block else 0
    assert _header_fields(_header.read_header(text, start)) == _header_fields(
        _header._read_header_lines(text, start)
    )


@given(_texts("http", "https", "s", ":", "//", "javascript", "\x00", "\t", " ", "a", "\u3000"))
def test_web_schemes_are_what_is_safe_url_lets_through(url: str) -> None:
    notes: list[str] = []
    assert (_header.safe_source_url(url, notes) is not None) == is_safe_url(url)


# --------------------------------------------------------------------------- the whole head

_JEKYLL = jekyll.JekyllParser()
_OPTIONS = ParseOptions()


def _post(values: list[str | None], closing: str, blank: str, header: list[str], body: str) -> str:
    front = "\n".join(
        f"{key}: {value}" for (key, _v), value in zip(_TEMPLATE_LINES, values, strict=True) if value
    )
    return f"---\n{front}\n{closing}{blank}" + "\n".join(header) + body


@settings(max_examples=300)
@given(
    st.dictionaries(st.integers(0, len(_TEMPLATE_LINES) - 1), st.integers(0, 20), max_size=1),
    st.sampled_from(["---\n"] * 5 + ["---  \n", "---", "----\n", "--- x\n", "---\n---\n"]),
    st.sampled_from(["", "\n", "\n\n", " \n"]),
    st.lists(_HEADER_LINE, max_size=4)
    | st.just(["<!--1697553060000-->", "[標題](https://a.tw/x)", "------"]),
    st.sampled_from(["", "\n", "\n\n<p>正文</p>", "<div>x</div>"]),
)
def test_archived_head_reads_what_the_line_readers_read(
    changes: dict[int, int], closing: str, blank: str, header: list[str], body: str
) -> None:
    values = [values[changes.get(i, 0) % len(values)] for i, (_key, values) in enumerate(_TEMPLATE_LINES)]
    text = _post(values, closing, blank, header, body)
    assert _JEKYLL.parse(text, name="a.md", options=_OPTIONS) == _JEKYLL._parse_lines(text, "a.md")


def test_archived_head_of_the_usual_post() -> None:
    text = _post(
        [v[0] for _k, v in _TEMPLATE_LINES],
        "---\n",
        "",
        ["<!--1-->", "[t](https://a.tw/x)", "---"],
        "\n<p>x</p>",
    )
    head = jekyll._ARCHIVED_HEAD.match(text)
    assert head is not None
    assert _JEKYLL._parse_archived(text, head, None) == _JEKYLL._parse_lines(text, None)


@pytest.mark.parametrize("path", [*SEED_FILES, *CORPUS_FILES], ids=lambda p: p.stem[:12])
def test_archived_head_of_the_bundled_posts(path: Path) -> None:
    text = path.read_text("utf-8")
    assert _JEKYLL.parse(text, name=None, options=_OPTIONS) == _JEKYLL._parse_lines(text, None)
    found = _JEKYLL.detect(text)
    opening = jekyll._OPENING.match(text, 0, 4096)
    plain = 0.0 if opening is None else 0.3 if jekyll._closing(text, opening.end()) is None else 0.95
    assert found == plain


@given(_texts("---\n", "---", "\n", " ", "a: b\n", "----\n", "\n---\n", "\t"))
def test_jekyll_detection_shortcut(text: str) -> None:
    opening = jekyll._OPENING.match(text, 0, 4096)
    plain = 0.0 if opening is None else 0.3 if jekyll._closing(text, opening.end()) is None else 0.95
    assert _JEKYLL.detect(text) == plain


def test_the_alarm_is_used_on_the_main_thread_only() -> None:
    import threading

    from newsparse import limits

    seen: list[bool] = []
    worker = threading.Thread(target=lambda: seen.append(limits._can_use_alarm()))
    worker.start()
    worker.join()
    assert seen == [False]
    assert limits._can_use_alarm() is limits._HAS_TIMER
