"""Round 7 (owed2): three byline forms the deep helper's posts showed, each read only as a whole line.

* An interview's interviewer on a line of its own: ``<p><em>采访：阿吉</em></p>`` under the first
  picture of a 凹凸镜DOC interview on Matters (tests/data/unseen/176_matters.md, NodeBE4/teahouse);
  the same post's questions ``凹凸镜DOC: 采访的今天恰好是五四青年节…`` name no one.
* Deutsche Welle's closing credit of its condensed wire digests, the names before the label:
  ``张筠青/凝炼（路透社、德新社、法新社、美联社）`` (全球疫情概览, tests/data/unseen/177_dw.md,
  nodenews/waimei); 凝炼 in a sentence names no one.
* A one-word Latin pen name after 作者： on its own line: ``作者：Samson`` (好青年荼毒室 on Medium,
  tests/data/unseen/178_medium.md, whose 005_medium signs ``作者：廸廸仔``); agencies, platforms,
  placeholders and role words after the same label stay nobody.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.fields.bylines import labelled_writers, read_byline, read_credit_line

# ------------------------------------------------------------------ 采访：name

_AOTU_FIRST = (
    "前言：《遥望繁星》可以说是河北省廊坊市开展治霾工作这一过程的社会缩影，即环境被污染了，政府如何展开应对。"
)
_AOTU_QUESTION = "凹凸镜DOC: 采访的今天恰好是五四青年节，你对新入行的纪录片制作者有什么建议或经验分享么？"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("采访：阿吉", ["阿吉"]),
        ("採訪：阿吉", ["阿吉"]),
        ("采访｜阿吉", ["阿吉"]),
        # the interviewer and the writer under one label, as before
        ("采访/撰文：张三", ["张三"]),
        # near misses: 采访 as a word of a sentence, with no separator after it or words before it
        (_AOTU_QUESTION, None),
        ("记者采访：他说", None),
        ("接受采访：王五", None),
        ("采访结束后", None),
    ],
)
def test_interviewer_label_before_a_colon(line: str, authors: list[str] | None) -> None:
    found = read_credit_line(line)
    assert (found[0].get("author") if found else None) == authors


def test_interviewer_line_under_the_first_picture_gives_the_author() -> None:
    byline = read_byline(
        [_AOTU_FIRST, "采访：阿吉", "当你抱怨“雾霾来了”时，你是否知道90%的雾霾源自人类自身的经济活动。"]
    )
    assert byline.authors == ("阿吉",)


def test_interview_questions_name_no_author() -> None:
    paragraphs = [_AOTU_FIRST, "正文。", _AOTU_QUESTION, "韩萌：我不敢说有什么经验能分享，我也才只拍了两部。"]
    assert read_byline(paragraphs).authors == ()


def test_interviewer_credit_with_an_editor() -> None:
    assert read_credit_line("採訪：阿吉 編輯：小明") == ({"author": ["阿吉"], "editor": ["小明"]}, None)


# ------------------------------------------------------------------ Name/凝炼（agencies）

_DW_LAST = "德国自去年12月中旬开始实施严格新冠封锁措施，多数公共活动将持续停摆至2月14日。"
_DW_CREDIT = "张筠青/凝炼（路透社、德新社、法新社、美联社）"


def test_dw_condensed_digest_credit_gives_the_author() -> None:
    byline = read_byline([_DW_LAST, "欧洲", _DW_CREDIT])
    assert byline.authors == ("张筠青",)
    assert byline.credits == {}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (_DW_CREDIT, {"author": ["张筠青"]}),
        ("張筠青/凝煉（路透社、德新社）", {"author": ["張筠青"]}),
        ("张筠青/凝炼", {"author": ["张筠青"]}),
        # the inverted form of "编译：张筠青": a translator, as the label says everywhere
        ("张筠青/编译（路透社、法新社）", {"translator": ["张筠青"]}),
        # near misses: 凝炼 in a sentence, no name before the slash, words after the label
        ("这些经验被凝炼成一句话", None),
        ("凝炼为王道", None),
        ("全文/凝炼（路透社）", None),
        ("张筠青/凝炼了全文", None),
    ],
)
def test_names_before_a_compilers_label(line: str, found: dict[str, list[str]] | None) -> None:
    reading = read_credit_line(line)
    assert (reading[0] if reading else None) == found


# ------------------------------------------------------------------ 作者：Samson


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者：Samson", ["Samson"]),
        ("作者: Samson", ["Samson"]),
        ("作者丨Samson", ["Samson"]),
        ("作者：廸廸仔", ["廸廸仔"]),
        ("作者：Jane Doe", ["Jane Doe"]),
        # near misses: agencies, platforms, placeholders and roles; a sentence after the name
        ("作者：AFP", None),
        ("作者：Reuters", None),
        ("作者：Medium", None),
        ("作者：unknown", None),
        ("作者：Unknown", None),
        ("作者：Admin", None),
        ("作者：BBC", None),
        ("作者：Bloomberg", None),
        ("作者：Samson 的朋友說", None),
        ("作者：本文作者", None),
    ],
)
def test_pen_name_after_an_author_label(line: str, authors: list[str] | None) -> None:
    found = read_credit_line(line)
    assert (found[0].get("author") if found else None) == authors


def test_pen_name_line_is_a_writers_label() -> None:
    assert labelled_writers(["作者：Samson", "近年反生育思潮愈見普及。"]) == ["Samson"]
    assert labelled_writers(["作者：Reuters", "近年反生育思潮愈見普及。"]) == []


def test_medium_post_signed_with_a_pen_name() -> None:
    url = "https://medium.com/@corrupttheyouth/example-75d3558f0531"
    post = (
        '---\nlayout: post\ntitle: "絕育才是道德?"\ndate: 2020-03-05T13:16:01.000Z\n'
        f"author: 好青年荼毒室 — 哲學部\nfrom: {url}\n"
        "tags: [ 好青年荼毒室 ]\ncategories: [ 好青年荼毒室 ]\n---\n"
        f"<!--1583414161000-->\n[絕育才是道德?]({url})\n------\n\n<div>"
        "<p><strong>作者：Samson</strong></p><p><strong>難度：★☆☆☆☆</strong></p>"
        "<p>近年反生育思潮愈見普及，歐洲最近更有團體發起「自願滅絕人類運動」，鼓勵大家絕育救地球。</p>"
        "<p>盡早為人類這套悲劇劃上句號，或許才是最好的結局。</p></div>"
    )
    article = newsparse.parse(post)
    assert article.authors == ("Samson",)
    assert article.source == "好青年荼毒室 — 哲學部"
