"""Round-5 fixes found on the archiver's non-news archives (NodeBE4/mjlsh, hero, society), on real snippets.

Each test parses a piece of a real archived post (sources in tests/data/unseen/INDEX.tsv, or
named in the test) and checks the one behaviour that was wrong before the fix.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.fields.publisher import author_field
from newsparse.html.rules.call_to_action import is_call_to_action
from newsparse.publishers import TABLE

# the front matter of a 民间历史 (mjlsh.usc.cuhk.edu.hk) post of NodeBE4/mjlsh
_MJLSH_HEAD = """---
layout: post
title: " 海波：凄凉犯简史"
date: 1989-06-04
author:  海波
from: http://mjlsh.usc.cuhk.edu.hk/Book.aspx?cid=4&tid=1338
tags: [ 这样走过 ]
categories: [ 这样走过 ]
---

"""
_PARAGRAPH = (
    "<div>自由，它将不在任何地方。一九六三年农历正月初四（公历一九六三年一月二十八日），"
    "我出身在江苏境内的山村笠帽墩，长江冲积平原上常见的土堆上长满松树。</div>"
)


def _mjlsh(body: str) -> newsparse.Article:
    return newsparse.parse(_MJLSH_HEAD + '<div style="margin: 15px 10px 10px 0px;">' + body + "</div>\n")


# ---------------------------------------------------------------- text: copyright footer, labels, title


@pytest.mark.parametrize(
    "text",
    ["版权归作者所有，文责由作者自负", "版權歸原作者所有", "文责自负", "（文責由作者自負）"],
)
def test_the_author_owns_it_footer_is_a_copyright_notice(text: str) -> None:
    assert is_call_to_action(text, tail=True)


def test_a_sentence_about_responsibility_is_not_a_footer() -> None:
    text = (
        "他认为作者应当对此文责自负，这是出版界的老规矩，也是他一生坚持的原则，从未改变过一次，直到他退休。"
        * 2
    )
    assert not is_call_to_action(text, tail=False)


def test_mjlsh_page_loses_its_empty_label_title_line_and_footer() -> None:
    article = _mjlsh(
        '<div><span id="ctl00_ContentPlaceHolder1_chapter1_SubjectLabel">分类：</span></div>'
        '<div><b><br/></b></div><div><b><font size="5">凄凉犯简史</font></b></div>'
        "<div><b>----作者：海波</b></div>" + _PARAGRAPH + "<div><b>转自《今天》</b></div>"
        "<div><b>版权归作者所有，文责由作者自负</b></div>"
    )
    assert article.title == "海波：凄凉犯简史"
    assert article.paragraphs[0] == "----作者：海波"
    assert "分类" not in article.text
    assert "凄凉犯简史" not in article.text
    assert article.paragraphs[-1] == "转自《今天》"  # where the text was reprinted from: kept
    assert article.publisher == "民间历史"
    assert article.authors == ("海波",)


def test_a_label_with_its_value_stays() -> None:
    article = _mjlsh("<div>分类：文革回忆</div>" + _PARAGRAPH)
    assert article.paragraphs[0] == "分类：文革回忆"


def test_a_bold_line_repeating_only_part_of_an_author_title_stays() -> None:
    article = _mjlsh("<div><b>凄凉犯</b></div>" + _PARAGRAPH)
    assert article.paragraphs[0] == "凄凉犯"


def test_a_dash_led_byline_names_the_author_when_the_front_matter_does_not() -> None:
    head = _MJLSH_HEAD.replace("author:  海波", "author: ")
    article = newsparse.parse(head + "<div><p><b>－－作者：李锐</b></p>" + _PARAGRAPH + "</div>")
    assert article.authors == ("李锐",)


# ---------------------------------------------------------------- the hero archive's person pages

_HERO_TEMPLATE = (
    '<div id="recent-news"><h3>最近动态</h3><ul></ul></div><div id="open-opinion"><h3>相关言论</h3>'
    '<ul></ul></div><div id="mjls-record"><h3>民间历史</h3><ul></ul></div>'
)


def _hero(url: str, body: str) -> newsparse.Article:
    head = (
        '---\nlayout: post\ntitle: "李英强"\ndate: 1989-06-04\nauthor: 维基百科\n'
        f"from: {url}\ntags: [ 李英强, 维基百科 ]\ncategories: [ 李英强 ]\nphoto: \ncomments: true\n---\n\n"
    )
    return newsparse.parse(head + body + "\n" + _HERO_TEMPLATE)


def test_baike_page_citation_markers_and_empty_sections_go() -> None:
    article = _hero(
        "https://baike.baidu.com/item/%E6%9D%8E%E8%8B%B1%E5%BC%BA/7600154",
        '<div class="para" label-module="para">李英强，1979年出生，湖北蕲春县青石镇人，'
        "立人乡村图书馆计划发起人"
        '<sup class="sup--normal" data-sup="1" data-ctrmap=":1,">\n[1]</sup>'
        '<a class="sup-anchor" name="ref_[1]_11004706">&nbsp;</a>\n，立人大学创办人。</div>',
    )
    assert "[1]" not in article.text
    assert "立人乡村图书馆计划发起人" in article.text
    assert "立人大学创办人。" in article.text
    assert article.headings == ()
    assert article.text.endswith("立人大学创办人。")
    # the archiver's label is an organisation, not a person; the host says who published the page
    assert article.authors == ()
    assert article.source == "维基百科"
    assert (article.publisher_id, article.publisher) == ("baidu_baike", "百度百科")


def test_wikipedia_hatnote_print_footer_and_references_go() -> None:
    article = _hero(
        "https://zh.wikipedia.org/wiki/%E7%AB%AF%E7%82%B9%E6%98%9F%E4%BA%8B%E4%BB%B6",
        '<div class="mw-parser-output"><div role="note" class="hatnote navigation-not-searchable">'
        '<a href="/wiki/Wikipedia:%E6%B6%88%E6%AD%A7%E4%B9%89"><img alt="Disambig gray.svg" '
        'src="//upload.wikimedia.org/wikipedia/commons/thumb/5/5f/Disambig_gray.svg/'
        '25px-Disambig_gray.svg.png" '
        'width="25" height="19"></a>&nbsp;&nbsp;此條目介紹的是中國大陸的一個言論自由事件。</div>\n'
        "<p><b>端点星事件</b>，或称<b>端点星案</b>，是指2020年4月19日起，端点星网站的志愿者陈玫、蔡伟及其女友被警察拘押"
        '<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>。</p></div>'
        '<div class="printfooter">取自“<a dir="ltr" href="https://zh.wikipedia.org/w/index.php?'
        'title=端点星事件&amp;oldid=60994109">https://zh.wikipedia.org/w/index.php?title=端点星事件'
        "&amp;oldid=60994109</a>”</div>",
    )
    assert (
        article.text
        == "端点星事件，或称端点星案，是指2020年4月19日起，端点星网站的志愿者陈玫、蔡伟及其女友被警察拘押。"
    )
    assert article.images == ()
    assert article.publisher == "维基百科"


def test_a_closing_credit_set_as_a_heading_stays() -> None:
    article = _hero(
        "https://example.org/a/1",
        "<p>李英强，1979年出生，湖北蕲春县青石镇人，立人乡村图书馆计划发起人。</p><h4>责任编辑：叶紫微</h4>",
    )
    assert "责任编辑：叶紫微" in article.text


def test_a_page_of_headings_only_keeps_them() -> None:
    head = '---\nlayout: post\ntitle: "x"\nauthor: 维基百科\n---\n\n'
    article = newsparse.parse(head + "<h2>中華民國總統府</h2><h3>第十六任總統</h3>")
    assert article.headings == ("中華民國總統府", "第十六任總統")


@pytest.mark.parametrize(
    ("html", "kept"),
    [
        ("<p>水的化学式是H<sub>2</sub>O，面积为10<sup>2</sup>平方米。</p>", "面积为102平方米"),
        ("<p>第一段的内容很长很长很长，说明一件事情的经过和结果。<sup>[注1]</sup></p>", "结果。"),
    ],
)
def test_only_bracketed_superscripts_are_citation_markers(html: str, kept: str) -> None:
    article = newsparse.parse('---\ntitle: "t"\n---\n' + html)
    assert kept in article.text
    assert "[注1]" not in article.text


# ---------------------------------------------------------------- platforms known by their host only


def test_platforms_are_found_by_host_never_by_mention() -> None:
    assert TABLE.by_host("https://www.youtube.com/watch?v=DJ_KDw3y43M").id == "youtube"
    assert TABLE.by_host("https://zh.wikipedia.org/wiki/x").id == "wikipedia"
    # a text naming YouTube or Wikipedia was not published by them
    assert TABLE.in_text("他在YouTube上发布影片，维基百科也有记载。") is None
    assert TABLE.by_name("YouTube") is None
    assert TABLE.names_a_publisher("维基百科")
    assert TABLE.names_a_publisher("YouTube")


def test_an_author_field_naming_a_publisher_is_a_source() -> None:
    from newsparse.document import Document

    assert author_field(Document("jekyll", front_matter={"author": "维基百科"})) == ([], "维基百科")
    assert author_field(Document("jekyll", front_matter={"author": "海波"})) == (["海波"], None)


_YOUTUBE_POSTS = {
    # NodeBE4/society, _posts/2019-05-28-小巷子系列2.md (commit 9a3fd6fdbc05d06bc22fc66a29b7077cfa0367f9):
    # a video with no description
    "empty": """---
layout: post
title: "小巷子系列2"
date: 2019-05-28T10:48:17.000Z
author: 大牛In China
from: https://www.youtube.com/watch?v=28GYd25RbIM
tags: [ 大牛In China ]
categories: [ 大牛In China ]
---
<!--1559040497000-->
[小巷子系列2](https://www.youtube.com/watch?v=28GYd25RbIM)
------

<div>

</div>
""",
    # NodeBE4/society, _posts/2016-03-03-Taiwan vs. Mainland China.md (commit d64c7c57…): an English
    # channel's description (shortened)
    "english": """---
layout: post
title: "Taiwan vs. Mainland China"
date: 2016-03-03T10:51:57.000Z
author: serpentza
from: https://www.youtube.com/watch?v=DJ_KDw3y43M
tags: [ serpentza ]
categories: [ serpentza ]
---
<!--1457002317000-->
[Taiwan vs. Mainland China](https://www.youtube.com/watch?v=DJ_KDw3y43M)
------

<div>
What is the difference between Mainland China and Taiwan? Come find out and make a choice as to where you'd \
like to travel or live...Support me on Patreon: http://www.patreon.com/serpentza
</div>
""",
}


@pytest.mark.parametrize("name", sorted(_YOUTUBE_POSTS))
def test_youtube_posts_of_the_society_archive(name: str) -> None:
    article = newsparse.parse(_YOUTUBE_POSTS[name])
    assert (article.publisher_id, article.publisher) == ("youtube", "YouTube")
    assert article.authors == ()
    assert article.source in ("大牛In China", "serpentza")
    assert article.published is not None
    if name == "empty":
        assert article.text == ""
        assert article.published.isoformat() == "2019-05-28T10:48:17+00:00"
    else:
        assert article.text.startswith("What is the difference between Mainland China and Taiwan?")
