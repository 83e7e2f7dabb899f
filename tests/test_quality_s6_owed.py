"""Fields of archives that copy articles (s6 owed round), on snippets of the real posts:
眾新聞 articles kept by hkarchivist/hkcnews-article-archive from the Wayback Machine (070, and
080-084 of the html2 round: url = the copy, original_url = the publisher's, topic tags), and
agorahub/pen0's columns (071: a Jekyll theme's lead image, a column about 《苹果日报》)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import newsparse
from newsparse.document import Document
from newsparse.fields.publisher import identify_publisher, placed_publisher, topic_tags
from newsparse.fields.urls import canonical_url, unwrap_archive
from newsparse.publishers import Publisher, by_id
from newsparse.variants.jekyll import front_matter_image

_HKC = "https://hkcnews.com/article/49791/%EF%BF%BD-49791/%EF%BF%BD"
_WAYBACK = "https://web.archive.org/web/20220705003159/" + _HKC

# the front matter of 070 (tags and category as the archive writes them; the URL shortened)
_HKCNEWS_070 = f"""---
title: "立場新聞停運，其餘報紙有何反應？"
date: "2021-12-30"
author: "甄港彰"
category: "眾說"
tags:
  - "立場新聞"
  - "立場"
  - "stand news"
  - "the stand news"
  - "報章頭版"
url: "{_WAYBACK}"
original_url: "{_HKC}"
---

# 立場新聞停運，其餘報紙有何反應？

2021年本港最後一件大事，或是立場新聞停止運作。12月29日，警方國安處以「串謀發布煽動刊物」罪，拘捕7人。

《商報》標題和副題只提及兩件事，拘捕6名立場新聞高層和涉及罪名。
"""

# the head of 071: a theme's lead image and caption, no URL, a column about 《苹果日报》
_PEN0_071 = """---
layout: post
title : "香港最后一份异议报纸的终结"
author: "谢梓枫"
date  : 2021-06-23 12:00:00 +0800
image : https://images.weserv.nl/?url=d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/f5b0.jpg
image_caption: "1995年11月3日，《苹果日报》创办人黎智英在长沙湾道的办公室外骑著采访电单车。"
description: "「《苹果》终章带来的，是主流报章的论述广度向中间温和取态的猛然收窄。」"
---

2021年6月23日，壹传媒有限公司董事会宣布，《苹果日报》的印刷版不迟于2021年6月26日最后一期结束。

政府的说法企图将《苹果》塑造成新闻界的害群之马，实质却是骑劫了对新闻自由及言论自由的定义权。

![](https://images.weserv.nl/?url=d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/0309.jpg)
▲ 2020年8月11日，被搜查后发行的首批《苹果日报》印好，送到报纸档贩售。摄：林振东/端传媒

（谢梓枫，香港中文大学新闻与传播学院研究生）
"""


_LEAD_CAPTION = "1995年11月3日，《苹果日报》创办人黎智英在长沙湾道的办公室外骑著采访电单车。"


def _id(found: Publisher | None) -> str | None:
    return found.id if found is not None else None


# --- A. a Wayback Machine copy is not the article's URL


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        (_WAYBACK, _HKC),
        # a mode after the capture time (image and raw copies)
        (
            "https://web.archive.org/web/20220201162527im_/https://www.hkcnews.com/a.jpg",
            "https://www.hkcnews.com/a.jpg",
        ),
        ("http://web.archive.org/web/20210712054403id_/http://hkcnews.com/x", "http://hkcnews.com/x"),
    ],
)
def test_a_wayback_copy_gives_the_original(copy: str, original: str) -> None:
    assert unwrap_archive(copy) == original
    assert canonical_url(copy) == original


@pytest.mark.parametrize(
    "url",
    [
        "https://web.archive.org/web/*/hkcnews.com*",  # a search of the archive, no copy
        "https://web.archive.org/web/2022/https://hkcnews.com/x",  # no full capture time
        "https://web.archive.org/web/20220705003159/javascript:alert(1)",  # nothing safe inside
        "https://archive.org/details/hkcnews",  # the archive's own page
        "https://www.hkcnews.com/article/45123/0",
    ],
)
def test_other_addresses_are_not_unwrapped(url: str) -> None:
    assert unwrap_archive(url) == url


def test_original_url_beats_a_wayback_url() -> None:
    article = newsparse.parse(_HKCNEWS_070)
    assert article.url == _HKC
    assert article.links[0].url == _HKC


def test_a_wayback_url_alone_gives_the_original() -> None:
    article = newsparse.parse(_HKCNEWS_070.replace(f'original_url: "{_HKC}"\n', ""))
    assert article.url == _HKC


def test_original_url_does_not_beat_a_publisher_url() -> None:
    # near miss: a url: that is the publisher's own stays the URL
    text = _HKCNEWS_070.replace(_WAYBACK, "https://www.hkcnews.com/article/49791/x")
    assert newsparse.parse(text).url == "https://www.hkcnews.com/article/49791/x"


# --- B. the capture time is no publication date


def test_the_capture_time_is_no_url_date() -> None:
    article = newsparse.parse(_HKCNEWS_070)
    assert article.published is not None
    assert article.published.astimezone(by_id("hkcnews").tz).date() == date(2021, 12, 30)  # type: ignore[union-attr]
    assert all(c.source != "url" for c in article.date_candidates)
    assert not any("contradicts the URL date" in w for w in article.warnings)


def test_the_original_url_date_is_still_read() -> None:
    # near miss: a date in the original's own path is URL evidence
    text = _HKCNEWS_070.replace(_HKC, "https://www.example.hk/2021/12/30/stand-news").replace(
        'original_url: "https://www.example.hk/2021/12/30/stand-news"\n', ""
    )
    article = newsparse.parse(text)
    assert article.url == "https://www.example.hk/2021/12/30/stand-news"
    assert any(c.source == "url" and c.raw == "2021/12/30" for c in article.date_candidates)


# --- C, D. the publisher: the host, not the subject


def test_hkcnews_by_host() -> None:
    article = newsparse.parse(_HKCNEWS_070)
    assert (article.publisher_id, article.publisher) == ("hkcnews", "眾新聞")


def test_topic_tags_name_no_publisher() -> None:
    # without any URL, 070's tag 立場新聞 (the subject) and its lead's mention do not make
    # 立場新聞 the publisher
    text = _HKCNEWS_070.replace(f'url: "{_WAYBACK}"\n', "").replace(f'original_url: "{_HKC}"\n', "")
    assert newsparse.parse(text).publisher_id is None


def test_a_feed_label_tag_still_names_the_publisher() -> None:
    # near miss: NodeBE4's label, the same in the tags and the categories
    doc = Document("jekyll", front_matter={"author": "钟元", "tags": ["大纪元"], "categories": ["大纪元"]})
    assert _id(identify_publisher(doc)) == "epoch"
    # and a lone tag with no category (as an archiver writes its feed's name)
    doc = Document("jekyll", front_matter={"author": "曾梦龙", "tags": ["燕京书评"]})
    assert _id(identify_publisher(doc)) == "yanjing"


def test_the_subject_of_a_column_is_not_its_publisher() -> None:
    assert newsparse.parse(_PEN0_071).publisher_id is None


@pytest.mark.parametrize(
    "text",
    [
        "2021年6月23日，壹传媒有限公司董事会宣布，《苹果日报》的印刷版不迟于2021年6月26日最后一期结束。",
        "2021年本港最後一件大事，或是立場新聞停止運作。",
        "【立場新聞停運】各報頭版有何反應",  # a title label: the subject
        "據美國之音報道，北韓周日再次試射導彈。",  # a citation in the lead
        "《苹果日报》员工在连串政治打压下，仍坚守岗位。",
    ],
)
def test_a_mention_is_not_a_publisher_position(text: str) -> None:
    assert placed_publisher(text) is None


@pytest.mark.parametrize(
    ("text", "publisher_id"),
    [
        ("（中央社記者廖禹揚首爾17日專電）南韓總統尹錫悅今天表示", "cna"),
        ("（德国之声中文网）欧洲统计局周一通报说", "dw"),
        ("【大纪元2023年01月30日讯】北约秘书长访问南韩", "epoch"),
        ("自由亚洲电台记者乔龙报道", "rfa"),
        ("來源：美國之音", "voa"),
        ("本文原载于《端传媒》", "initium"),
        ("原文链接：https://www.rfa.org/mandarin/yataibaodao/x.html", "rfa"),
        ("（端传媒）", "initium"),
        ("美國之音版權所有", "voa"),
        ("记者为日本经济新闻（中文版：日经中文网）远藤淳", "nikkei"),  # Nikkei's credit line
        ("date: 2022-07-04T11:17:04.000Z author: 德国之声 from: https://", "dw"),  # a header left as text
    ],
)
def test_a_publisher_position(text: str, publisher_id: str) -> None:
    assert _id(placed_publisher(text)) == publisher_id


# --- E. topic tags are keywords


def test_topic_tags_are_keywords() -> None:
    article = newsparse.parse(_HKCNEWS_070)
    assert article.keywords == ("立場新聞", "立場", "stand news", "the stand news", "報章頭版")
    assert article.tags == article.keywords  # the front matter's, as written


@pytest.mark.parametrize(
    "fm",
    [
        {"tags": ["泡泡"], "categories": ["泡泡"]},  # NodeBE4: the feed's name
        {"author": "(臺)中央社CNA", "tags": ["(臺)中央社CNA"], "categories": ["(臺)中央社CNA"]},
        {"tags": ["联合早报"], "categories": ["news", "联合早报"]},
        {"author": "维基百科", "tags": ["林模丛", "维基百科"], "categories": ["林模丛"]},  # unseen 016
        {"tags": "blog", "categories": "initium"},  # jekyll-import's RSS archives (agora0)
        {"tags": ["燕京书评"]},  # a lone tag, no category
    ],
)
def test_feed_labels_are_no_keywords(fm: dict[str, object]) -> None:
    assert topic_tags(fm) == []


def test_a_lone_topic_tag_beside_a_category() -> None:
    # 眾新聞 083: "tags: [五四運動一百年]", "category: 眾說"
    assert topic_tags({"tags": ["五四運動一百年"], "category": "眾說"}) == ["五四運動一百年"]


# --- F. a theme's lead image


def test_front_matter_image_is_the_lead_image() -> None:
    article = newsparse.parse(_PEN0_071)
    assert [image.url for image in article.images] == [
        "https://d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/f5b0.jpg",
        "https://d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/0309.jpg",
    ]
    assert article.images[0].caption == _LEAD_CAPTION


def test_a_lead_image_the_body_shows_is_listed_once() -> None:
    text = _PEN0_071.replace("media/image/2021/06/f5b0.jpg", "media/image/2021/06/0309.jpg", 1)
    article = newsparse.parse(text)
    assert [image.url for image in article.images] == [
        "https://d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/0309.jpg"
    ]


@pytest.mark.parametrize(
    "fm",
    [
        {"image": "/assets/images/c1.jpg"},  # relative, and no URL to resolve it against
        {"image": {"path": "https://a.net/1.jpg"}},  # another theme's mapping
        {"image": ""},
        {"photo": "https://a.net/1.jpg"},
    ],
)
def test_no_lead_image(fm: dict[str, object]) -> None:
    assert front_matter_image(fm) is None


# --- G. the time a page's <time> element shows beats the feed's later time of the day

_NYT_TIME = (
    "---\nlayout: post\ntitle: 习近平含蓄警告各国：不要站队美国限制对华贸易\n"
    "date: 2025-11-01 01:37:01.000000000 +00:00\n"
    "link: https://cn.nytimes.com/china/20251101/china-apec-trump-trade/\ncategories: nyt\n---\n\n"
    '<address>DAVID PIERSON, BERRY WANG</address><time pudate="{t}" datetime="{t}">2025年11月1日</time>'
    "<section><p>作为亚太经济峰会事实上的地缘政治重量级人物，中国领导人习近平周五积极争取各国对华贸易和投资。</p></section>\n"
)


def test_the_nyt_page_time_beats_the_feed_time() -> None:
    # unseen 056: <time pudate="2025-11-01 09:30:36"> (Beijing), the feed's time seven minutes later
    article = newsparse.parse(_NYT_TIME.format(t="2025-11-01 09:30:36"))
    assert article.published == datetime(2025, 11, 1, 1, 30, 36, tzinfo=timezone.utc)
    assert [c.source for c in article.date_candidates if c.chosen] == ["time_element"]


def test_a_page_time_within_a_minute_keeps_the_feed_time() -> None:
    # near miss: the two agree to the page's minute (09:37 and 09:37:01 Beijing): the feed's
    # more precise time stands
    article = newsparse.parse(_NYT_TIME.format(t="2025-11-01 09:37"))
    assert article.published == datetime(2025, 11, 1, 1, 37, 1, tzinfo=timezone.utc)


def test_a_page_time_does_not_displace_the_archivers_stamp() -> None:
    # near miss: the RSS archiver's stamp (<!--ms-->, more reliable than a <time>) stands
    text = _NYT_TIME.format(t="2025-11-01 09:30:36").replace(
        "\n---\n\n<address>",
        "\n---\n<!--1761961021000-->\n[t](https://cn.nytimes.com/x/)\n------\n\n<address>",
    )
    article = newsparse.parse(text)
    assert article.published == datetime(2025, 11, 1, 1, 37, 1, tzinfo=timezone.utc)
