"""Round 7 (tw): publishers met on real archived posts that the table did not know.

The Taiwanese publishers the table lists (自由時報, 聯合新聞網, 中時, 風傳媒, 報導者, 新頭殼) are
in none of the archives searched (nodenews/waimei, zhouxiang93123/waimei, NodeBE4/*, agora0/*,
agorahub/news0): their only Taiwanese feeds are CNA and RTI. What the archives do carry is the
``CCTV新闻联播`` feed of the waimei RSS archive: the running order of CCTV's 19:00 news, each
evening (unseen post 100).
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.publishers import TABLE

_HEADLINES = (
    '<div>\n<li><a target="_blank" href="https://cn.govopendata.com/xinwenlianbo/20200722/#169077">'
    "习近平同沙特国王就中沙建交30周年互致贺电</a></li>"
    '<li><a target="_blank" href="https://cn.govopendata.com/xinwenlianbo/20200722/#169080">'
    "李克强主持召开国务院常务会议</a></li>\n</div>\n"
)


def _cctv_post(author: str, url: str = "https://cn.govopendata.com/xinwenlianbo/20200722/") -> str:
    return (
        '---\nlayout: post\ntitle: "2020-07-22 新闻联播 文字版习近平同沙特国王互致贺电..."\n'
        f"date: 2020-07-22T11:00:00.000Z\nauthor: {author}\nfrom: {url}\n"
        f"tags: [ {author} ]\ncategories: [ {author} ]\n---\n<!--1595415600000-->\n"
        f"[2020-07-22 新闻联播 文字版]({url})\n------\n\n{_HEADLINES}"
    )


def test_the_cctv_feed_name_names_cctv() -> None:
    # the page is a transcript site's (cn.govopendata.com): the feed names the broadcaster
    article = newsparse.parse(_cctv_post("CCTV新闻联播"))
    assert article.publisher_id == "cctv"
    assert article.publisher == "中央电视台"
    assert article.source == "CCTV新闻联播"
    assert article.published is not None
    assert article.published.date().isoformat() == "2020-07-22"


@pytest.mark.parametrize(
    ("url", "publisher_id"),
    [
        ("https://tv.cctv.com/2020/07/22/VIDEabc.shtml", "cctv"),
        ("https://news.cctv.cn/2024/01/01/ARTI.shtml", "cctv"),
        ("http://news.cntv.cn/2013/07/22/VIDE1374495.shtml", "cctv"),
        ("https://cn.govopendata.com/xinwenlianbo/20200722/", None),  # a transcript site
        ("https://notcctv.com/x", None),
    ],
)
def test_cctv_hosts(url: str, publisher_id: str | None) -> None:
    found = TABLE.by_host(url)
    assert (found.id if found else None) == publisher_id


def test_a_text_quoting_cctv_is_not_cctvs() -> None:
    # near miss: other publishers quote CCTV ("据央视报道"); with no feed name or address the
    # quote names no publisher, as for the other broadcasters marked cited_by_others
    body = "北京今天降下暴雨。\n\n据央视报道，北京市气象台发布暴雨橙色预警，多条道路积水。\n"
    text = "---\nlayout: post\ntitle: 北京暴雨\ncategories: rss\n---\n\n" + body
    assert newsparse.parse(text).publisher_id is None
