"""Posts of publishers and templates outside the corpus, against their person-read expectations.

``tests/data/unseen`` holds posts the corpus has no likeness of: Matters posts (a platform, one
of them a WeChat account's column with its reprint notice), a WordPress blog in full-page form
and a Medium group's post; then (round 5, from the nodenews/waimei archive) China Digital Times
posts with the WordPress feed footer, a 维权网 Blogspot commentary pasted from Word, a CNA
story wrapped by the feedx.net feed service, RFI's 2021 template (date line, lazy figures),
Epoch Times' WordPress body with compiler credits, and RFA and CNA posts of 2021; then (from
the archiver's non-news archives) a 民间历史 (mjlsh) memoir pasted from an ASP.NET page, person
pages of the NodeBE4/hero archive taken from Baidu Baike and Wikipedia, and a YouTube video's
description kept as a post; then (news from zhouxiang93123/waimei and nodenews/waimei) FT中文网's
story template, Reuters Chinese (wire-lead datelines, 编译/审校/发稿 credits, the trust badge; one
through feedx.net), an Epoch Times interview report, a Zaobao photo story and a Deutsche Welle feed
item whose header puts the author over the date; then (from archives made with Jekyll's RSS
importer: agorahub/news0 and agora0/news, front matter only, no URL, the feed's name as the
category) an Initium report whose author field is the whole byline, JoongAng Ilbo's Chinese
edition (pipe-separated credits, a default avatar), Kyodo (an agency stamp 【共同社伦敦1月31日电】),
DW, RFI, CNA and Reuters feed items, an RTHK item of plain text naming no publisher and an Initium
column whose writer only its title names; then (agora0's archives of the same importer, the URL in
a ``link:`` key) 方格子 VOCUS posts of personal accounts, a Matters post of an organisation's
account, Al Jazeera's Chinese site and the NYT's Chinese edition (an ``<address>`` byline, a
``<cite>`` photo credit); then (round 6) WeChat-style reposts on Matters and allnow, RTHK, NHK and
RFA Cantonese feed items, 朝鲜日报's Chinese edition (``<dl>`` figures, ``插画 = 名字`` credits), Jekyll
posts whose body is Markdown (hkarchivist's copies of 眾新聞, agorahub/pen0's columns: headings,
pull quotes, captioned images, footnotes, a Wayback ``url:`` beside ``original_url:``), a BBC video
page with a ``[Sport]`` title label, and CNA items: relays of 新華社, 共同社 and CNN, and two that
agora0/news archived with a front-matter date 22 years off; then (round 7) CCTV's 《新闻联播》
running order, an Epoch Times talk-show page, China Digital Times' 2020 feed and its relay of
NGOCN (``<code>`` captions, Latin nicknames among the credits), Deutsche Welle press digests
(``张平（摘编）`` over the feed header), a gallery and a feature, Kyodo flashes (story ids in the
URL), a 朝鲜日报 editorial, an Al Jazeera list, BBC stories of 2014, an RFI/AFP story whose title
ends with the site's name, RTI teasers, a Reuters weekly roundup, Matters and Medium essays with
interviewer and Latin pen-name bylines, and 联合早报.
``tests/data/unseen/INDEX.tsv`` names the archive file and commit of each. Their fields are
checked with the corpus's in ``test_metadata_corpus.py`` and their text in ``test_text_corpus.py``;
this module checks the set itself, title, URL and links.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article
from tests.conftest import UNSEEN_FILES, expected_for
from tests.expectations import parsed


@pytest.fixture(params=UNSEEN_FILES, ids=lambda p: p.stem)
def case(request: pytest.FixtureRequest) -> tuple[Article, dict[str, Any]]:
    path: Path = request.param
    return parsed(path), expected_for(path)


def test_the_unseen_set_has_expectations() -> None:
    assert len(UNSEEN_FILES) >= 14
    for path in UNSEEN_FILES:
        expected = expected_for(path)
        assert expected["file"] == path.name
        assert len(expected["keep"]) >= 4
        assert len(expected["drop"]) >= 4


def test_variant_title_and_url(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert article.variant == expected["variant"]
    assert article.title == expected["title"]
    assert article.url == expected["url"]


def test_links_include(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    urls = {link.url for link in article.links}
    assert [u for u in expected["links_include"] if u not in urls] == []


@pytest.mark.parametrize(
    ("text", "tail", "dropped"),
    [
        (
            "未经特别说明，C计划文章均为原创。转载文章或原创插图、脑图，请联系小C（Plan-C2016），或给后台留言。",
            True,
            True,
        ),
        ("如需轉載，請註明出處。", False, True),
        ("转载请联系授权", False, True),
        ("欢迎转载，请保留作者信息", False, True),
        ("他说，这篇文章后来被多家媒体转载。", True, False),
    ],
)
def test_reprint_notices_are_copyright_lines(text: str, tail: bool, dropped: bool) -> None:
    from newsparse.html.rules.call_to_action import is_call_to_action

    assert is_call_to_action(text, tail=tail) is dropped


def test_layout_credit() -> None:
    from newsparse.fields.bylines import read_credit_line

    found = read_credit_line("▷ 排版：鱼香")
    assert found is not None
    assert found[0] == {"layout": ["鱼香"]}


def test_the_unseen_index_names_the_source_of_every_post() -> None:
    index = (UNSEEN_FILES[0].parent / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    header, rows = index[0].split("\t"), [line.split("\t") for line in index[1:] if line]
    assert header == ["file", "repo", "path", "commit", "author", "title"]
    assert sorted(row[0] for row in rows) == [p.name for p in UNSEEN_FILES]
    for row in rows:
        assert len(row) == len(header)
        assert re.fullmatch(r"[0-9a-f]{40}", row[3]), row
