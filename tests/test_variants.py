"""Variant detection, the archiver's header, and front matter that is broken or hostile."""

from __future__ import annotations

import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from newsparse.errors import UnknownVariantError
from newsparse.options import ParseOptions
from newsparse.variants import REGISTRY, detect_variant, get_variant
from newsparse.variants._header import HEADER_LINK, STAMP_LINE, read_header
from newsparse.variants.comment_stamp import CommentStampParser
from newsparse.variants.jekyll import MAX_FRONT_MATTER, JekyllParser, load_front_matter
from tests.conftest import expected_for

HEADER = "<!--1697553060000-->\n[美日韓會談 憂心北韓](https://www.cna.com.tw/news/aopl/202310170397.aspx)\n------\n\n"
JEKYLL = JekyllParser()
STAMPED = CommentStampParser()
OPTIONS = ParseOptions()


# --------------------------------------------------------------------------- detection


def test_detection_matches_the_annotations(document: Path) -> None:
    text = document.read_text("utf-8")
    assert detect_variant(text).name == expected_for(document)["variant"]


def test_registry_order_and_lookup() -> None:
    assert [p.name for p in REGISTRY][:3] == ["jekyll", "comment_stamp", "pdf_text"]
    assert get_variant("jekyll").name == "jekyll"
    with pytest.raises(UnknownVariantError, match=r"^a\.md: unknown variant 'rss'"):
        get_variant("rss", input_name="a.md")


def test_nothing_recognisable_is_an_unknown_variant_error() -> None:
    with pytest.raises(UnknownVariantError, match="not a recognised input"):
        detect_variant("just some ascii words, no markup, no Chinese", input_name="x.txt")


def test_detection_reads_only_the_start_of_a_huge_input() -> None:
    text = HEADER + "<p>正文</p>" * 500_000
    started = time.perf_counter()
    assert detect_variant(text).name == "comment_stamp"
    assert time.perf_counter() - started < 1.0


# --------------------------------------------------------------------------- header


def test_full_header() -> None:
    header = read_header(HEADER + "<p>x</p>")
    assert (header.stamp_ms, header.title, header.url) == (
        1697553060000,
        "美日韓會談 憂心北韓",
        "https://www.cna.com.tw/news/aopl/202310170397.aspx",
    )
    assert header.body_line == 3
    assert header.warnings == []


def test_title_with_brackets_and_url_with_parentheses() -> None:
    m = HEADER_LINK.match("[[Chinese] 香港《国安法》](https://zh.wikipedia.org/wiki/A_(B))")
    assert m is not None
    assert m.group("title") == "[Chinese] 香港《国安法》"
    assert m.group("url") == "https://zh.wikipedia.org/wiki/A_(B)"


@pytest.mark.parametrize("stamp", ["<!--NaN-->", "<!-- null -->", "<!---->", "<!-- undefined -->"])
def test_stamps_without_a_time(stamp: str) -> None:
    header = read_header(stamp + "\n[t](https://a.tw/x)\n------\n")
    assert header.stamp_raw is not None
    assert header.stamp_ms is None
    assert header.warnings == []


@pytest.mark.parametrize("stamp", ["99999999999999999999", "-99999999999999999", "253402300800000"])
def test_stamp_out_of_range_is_a_warning(stamp: str) -> None:
    header = read_header(f"<!--{stamp}-->\n[t](https://a.tw/x)\n------\n<p>x</p>")
    assert header.stamp_ms is None
    assert header.title == "t"
    assert header.warnings == [f"the comment stamp {stamp} is out of range; ignored"]


def test_missing_header_line_is_a_warning() -> None:
    header = read_header("<!--1697553060000-->\n<p>正文</p>")
    assert header.stamp_ms == 1697553060000
    assert header.title is None
    assert header.warnings == ["no [title](url) header line after the comment stamp"]


def test_missing_rule_is_a_warning() -> None:
    header = read_header("<!--1697553060000-->\n[t](https://a.tw/x)\n<p>正文</p>")
    assert header.title == "t"
    assert header.warnings == ["the header line is not followed by a ------ rule"]


def test_a_huge_first_line_is_body_not_header() -> None:
    text = "[" + "標" * 100_000 + "](https://a.tw/x)\n<p>x</p>"
    started = time.perf_counter()
    header = read_header(text)
    assert not header.found
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "line",
    ["<!--" + " " * 50_000 + "x", "<!--" + " \t" * 50_000, "[" * 8000, "[a](" + "(" * 8000, "](" * 4000],
    ids=["spaces", "tabs", "brackets", "parens", "link-starts"],
)
def test_header_patterns_are_linear(line: str) -> None:
    started = time.perf_counter()
    STAMP_LINE.match(line)
    HEADER_LINK.match(line)
    read_header(line + "\n" + line)
    assert time.perf_counter() - started < 0.5


def test_comment_stamp_post_with_unsafe_url() -> None:
    doc = STAMPED.parse("<!--1-->\n[t](javascript:alert(1))\n------\n<p>x</p>", name="a.md", options=OPTIONS)
    assert doc.url is None
    assert any("unsafe scheme" in w for w in doc.warnings)


# --------------------------------------------------------------------------- front matter


def test_unescaped_quotes_in_the_title_are_read_line_by_line() -> None:
    data, warnings = load_front_matter(
        'title: "他說"不"，然後走了"\ndate: 2023-01-30T08:04:05.000Z\nfrom: https://a.tw/x'
    )
    assert data["title"] == '他說"不"，然後走了'
    assert data["date"] == datetime(2023, 1, 30, 8, 4, 5, tzinfo=timezone.utc)
    assert data["from"] == "https://a.tw/x"
    assert warnings[0].startswith("front matter is not valid YAML (line ")


def test_broken_yaml_prefers_the_header_title() -> None:
    text = '---\ntitle: "He said "hi""\nfrom: https://a.tw/x\n---\n<!--1-->\n[He said "hi" again](https://a.tw/x)\n------\n'
    doc = JEKYLL.parse(text + "<p>x</p>", name="a.md", options=OPTIONS)
    assert doc.title == 'He said "hi" again'
    assert doc.url == "https://a.tw/x"


def test_yaml_alias_bomb_is_never_expanded() -> None:
    bomb = "".join(
        f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}" if i else '"lol"'] * 9) + "]\n" for i in range(12)
    )
    started = time.perf_counter()
    data, warnings = load_front_matter(bomb + "title: 標題\n", first_line=2)
    assert time.perf_counter() - started < 0.5
    assert data["title"] == "標題"
    assert all(isinstance(v, str) for k, v in data.items() if k != "title")
    assert warnings == [
        "front matter not read as YAML (alias *l0 at line 3; aliases are never expanded); read line by line"
    ]


@pytest.mark.parametrize(
    "value",
    ["!!python/object/apply:os.system [echo pwned]", "!!python/name:os.system", "!custom x"],
)
def test_unsafe_yaml_tags_are_refused(value: str) -> None:
    data, warnings = load_front_matter(f"title: t\nx: {value}\n")
    assert data["title"] == "t"
    assert "unsafe tag" in warnings[0]


@pytest.mark.parametrize(
    "block",
    [
        "a: " + "[" * 200_000,
        "a: " + "{a: " * 60_000,
        "- " * 100_000 + "x",
        "".join(" " * i + f"k{i}:\n" for i in range(600)),
    ],
    ids=["flow-seq", "flow-map", "block-seq", "indent"],
)
def test_deeply_nested_yaml_is_refused_quickly(block: str) -> None:
    started = time.perf_counter()
    _data, warnings = load_front_matter(block)
    assert time.perf_counter() - started < 1.0
    assert "nested deeper than 32 levels" in warnings[0]


def test_date_that_does_not_exist_is_a_warning() -> None:
    data, warnings = load_front_matter("title: t\ndate: 2023-02-30\nupdated: 2023-01-01T25:00:00Z")
    assert data["date"] == "2023-02-30"
    assert data["title"] == "t"
    assert warnings == [
        "front matter value '2023-02-30' is not a real date",
        "front matter value '2023-01-01T25:00:00Z' is not a real date",
    ]


def test_absurd_number_is_kept_as_text() -> None:
    data, warnings = load_front_matter("id: " + "9" * 5000)
    assert data["id"] == "9" * 5000
    assert warnings == ["front matter number of 5000 digits kept as text"]


def test_oversized_front_matter_is_read_line_by_line() -> None:
    block = "title: t\ndate: 2023-01-30\n" + "x: " + "y" * MAX_FRONT_MATTER
    data, warnings = load_front_matter(block)
    assert data["title"] == "t"
    assert data["date"] == date(2023, 1, 30)
    assert "over the limit" in warnings[0]


def test_front_matter_that_never_closes() -> None:
    doc = JEKYLL.parse("---\ntitle: 標題\nfrom: https://a.tw/x\n<p>正文</p>", name="a.md", options=OPTIONS)
    assert doc.title == "標題"
    assert doc.url == "https://a.tw/x"
    assert doc.body.strip() == "<p>正文</p>"
    assert "not closed" in doc.warnings[0]


def test_front_matter_source_url_with_unsafe_scheme_is_dropped() -> None:
    doc = JEKYLL.parse(
        "---\ntitle: t\nfrom: ' javascript:alert(1)'\n---\n<p>x</p>", name="a.md", options=OPTIONS
    )
    assert doc.url is None
    assert any("unsafe scheme" in w for w in doc.warnings)


def test_front_matter_that_is_not_a_mapping() -> None:
    data, warnings = load_front_matter("- a\n- b")
    assert data == {}
    assert warnings == ["front matter is not a mapping; read line by line"]


@pytest.mark.parametrize("value", ["[a, b]", "{a: b}", "123", "null", "2023-01-30", "!!binary aGk="])
def test_odd_title_values_never_crash(value: str) -> None:
    doc = JEKYLL.parse(f"---\ntitle: {value}\n---\n" + HEADER + "<p>x</p>", name="a.md", options=OPTIONS)
    assert doc.title
