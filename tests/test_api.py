"""The public entry points: parse, parse_file, options and variant selection."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import ParseError
from newsparse.errors import ReadError, UnknownVariantError
from tests.conftest import SEEDS

SEED_002 = next(SEEDS.glob("002_*.txt"))


def test_public_names() -> None:
    for name in ("parse", "parse_file", "parse_many", "Result", "ParseError", "Article", "Link", "Image"):
        assert name in newsparse.__all__
        assert getattr(newsparse, name).__doc__


def test_parse_str_bytes_and_file_agree() -> None:
    text = SEED_002.read_text("utf-8")
    from_str = newsparse.parse(text, name=SEED_002.name)
    from_bytes = newsparse.parse(text.encode("utf-8"), name=SEED_002.name)
    from_file = newsparse.parse_file(SEED_002)
    assert from_str == from_bytes
    assert from_file.to_dict() == from_str.to_dict()


def test_crlf_input_gives_the_same_article() -> None:
    text = SEED_002.read_text("utf-8")
    assert newsparse.parse(text.replace("\n", "\r\n")) == newsparse.parse(text)


def test_named_variant_skips_detection() -> None:
    text = next(SEEDS.glob("000_*.txt")).read_text("utf-8")
    assert newsparse.parse(text).variant == "comment_stamp"
    as_pdf = newsparse.parse(text, variant="pdf_text")
    assert as_pdf.variant == "pdf_text"


def test_unknown_variant_is_a_parse_error() -> None:
    with pytest.raises(UnknownVariantError, match="unknown variant 'rss'"):
        newsparse.parse("x", variant="rss", name="a.md")


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown parse option 'scirpt'"):
        newsparse.parse("x", scirpt="Hant")


def test_bad_option_value_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="script must be one of"):
        newsparse.parse("x", script="Latn")


def test_empty_input_is_a_parse_error_naming_the_input() -> None:
    with pytest.raises(ParseError, match=r"^empty\.md: input is empty$"):
        newsparse.parse("  \n", name="empty.md")


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(ReadError, match="no such file") as info:
        newsparse.parse_file(missing)
    assert info.value.name == str(missing)


def test_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="directory"):
        newsparse.parse_file(tmp_path)


def test_front_matter_only_post_without_header(tmp_path: Path) -> None:
    post = tmp_path / "p.md"
    post.write_text(
        '---\nlayout: post\ntitle: "长平：没有自由就没有安全"\ndate: 2014-02-28T13:48:50+01:00\n'
        "author: 长平\nfrom: https://pao-pao.net/article/41\n---\n<p>第一段。</p><p>第二段。</p>\n",
        "utf-8",
    )
    article = newsparse.parse_file(post)
    assert article.variant == "jekyll"
    assert article.title == "长平：没有自由就没有安全"
    assert article.url == "https://pao-pao.net/article/41"
    assert article.paragraphs == ("第一段。", "第二段。")


def test_parsing_is_deterministic() -> None:
    data = SEED_002.read_bytes()
    assert newsparse.parse(data) == newsparse.parse(data)


def test_garbage_collector_state_is_restored() -> None:
    import gc

    data = SEED_002.read_bytes()
    assert gc.isenabled()
    newsparse.parse(data)
    assert gc.isenabled()
    gc.disable()
    try:
        newsparse.parse(data)
        assert not gc.isenabled(), "a caller who switched the collector off keeps it off"
    finally:
        gc.enable()
    with pytest.raises(ParseError):
        newsparse.parse(b"", name="empty.md")
    assert gc.isenabled(), "an error does not leave the collector off"
