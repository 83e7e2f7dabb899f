"""The publisher table (newsparse.publishers) and the publisher field (newsparse.fields.publisher)."""

from __future__ import annotations

import json
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from newsparse.document import Body, Document
from newsparse.fields.publisher import author_field_people, document_source, identify_publisher
from newsparse.publishers import (
    PUBLISHERS,
    TABLE,
    PublisherTable,
    by_id,
    identify,
    load_publishers,
    zone_for_url,
)
from tests.conftest import all_documents, expected_for


def test_the_table_is_well_formed() -> None:
    raw = json.loads(resources.files("newsparse").joinpath("data/publishers.json").read_text("utf-8"))
    ids = [entry["id"] for entry in raw["publishers"]]
    assert len(ids) == len(set(ids))
    hosts = [h for p in PUBLISHERS for h in p.hosts]
    assert len(hosts) == len(set(hosts))
    for publisher in PUBLISHERS:
        assert ZoneInfo(publisher.timezone) == publisher.tz
        assert publisher.date_order in ("DMY", "MDY")
        assert publisher.name in publisher.aliases or TABLE.by_name(publisher.name) is publisher


def test_every_expected_publisher_is_in_the_table() -> None:
    for path in all_documents():
        expected = expected_for(path)
        if expected["publisher_id"] is not None:
            publisher = by_id(expected["publisher_id"])
            assert publisher is not None, expected["publisher_id"]
            assert publisher.name == expected["publisher"]


@pytest.mark.parametrize(
    ("url", "publisher_id"),
    [
        ("https://www.cna.com.tw/news/aopl/202310170397.aspx", "cna"),
        ("https://m.allnow.com/post/5ecd2036fcd3560001cab2df", "allnow"),
        ("https://cn.nikkei.com/china/ceconomy/41326.html", "nikkei"),
        ("https://www.bbc.com/zhongwen/simp/chinese-news-61465932", "bbc"),
        ("https://notcna.com.tw/x", None),
        ("https://example.org/x", None),
        ("not a url", None),
    ],
)
def test_by_host(url: str, publisher_id: str | None) -> None:
    found = TABLE.by_host(url)
    assert (found.id if found else None) == publisher_id


@pytest.mark.parametrize(
    ("name", "publisher_id"),
    [
        ("(臺)中央社CNA", "cna"),
        ("法广", "rfi"),
        ("日本経済新聞", "nikkei"),
        ("BBC", "bbc"),
        ("  美国之音  ", "voa"),
        ("美国之音中文网 VOA", "voa"),
        ("长平", None),
        ("medium", "medium"),
    ],
)
def test_by_name(name: str, publisher_id: str | None) -> None:
    found = TABLE.by_name(name)
    assert (found.id if found else None) == publisher_id


@pytest.mark.parametrize(
    ("text", "publisher_id"),
    [
        ("（中央社記者廖禹揚首爾17日專電）美國", "cna"),
        ("（德国之声中文网）欧洲统计局周一通报说", "dw"),
        ("日本经济新闻（中文版：日经中文网）原田逸策 北京", "nikkei"),
        ("Tel: 886-2-23654366 <http://www.pf.org.tw>", "prospect"),
        ("the bandwidth of a medium-sized cnat", None),
        ("一般的文章，沒有提到任何出版者。", None),
    ],
)
def test_in_text(text: str, publisher_id: str | None) -> None:
    found = TABLE.in_text(text)
    assert (found.id if found else None) == publisher_id


def test_identify_prefers_names_then_host_then_text() -> None:
    assert identify(url="https://nei.st/medium/nytimes/x", names=["Nei.st"]).id == "neist"  # type: ignore[union-attr]
    assert identify(url="https://www.rfa.org/x", text="中央社").id == "rfa"  # type: ignore[union-attr]
    assert identify(text="（中央社台北24日電）").id == "cna"  # type: ignore[union-attr]


def test_a_custom_table() -> None:
    table = PublisherTable(
        load_publishers(
            [
                {
                    "id": "x",
                    "name": "某报",
                    "aliases": ["X Daily"],
                    "hosts": ["x.example"],
                    "timezone": "Asia/Taipei",
                }
            ]
        )
    )
    assert table.by_host("https://www.x.example/a").id == "x"  # type: ignore[union-attr]
    assert table.in_text("據X Daily報導").id == "x"  # type: ignore[union-attr]
    assert table.by_id("x").day_first  # type: ignore[union-attr]


def test_feed_tag_names_the_column_over_the_platform_host() -> None:
    doc = Document(
        "jekyll", url="https://m.allnow.com/post/5e", front_matter={"author": "曾梦龙", "tags": ["燕京书评"]}
    )
    assert identify_publisher(doc).id == "yanjing"  # type: ignore[union-attr]
    assert document_source(doc) is None
    assert author_field_people(doc) == ["曾梦龙"]


def test_source_keeps_the_documents_own_wording() -> None:
    doc = Document("jekyll", front_matter={"author": "(臺)中央社CNA"})
    assert document_source(doc) == "(臺)中央社CNA"
    assert author_field_people(doc) == []
    assert document_source(Document("jekyll", front_matter={"author": "王 征"})) is None
    assert author_field_people(Document("jekyll", front_matter={"author": "王 征"})) == ["王 征"]


def test_pdf_publisher_from_footer_and_no_guess_for_unknown_ones() -> None:
    pdf = Document("pdf_text", body="…\n<http://www.pf.org.tw>\n", body_format="text")
    assert identify_publisher(pdf, Body()).id == "prospect"  # type: ignore[union-attr]
    named = Body(
        paragraphs=["（中央社首爾30日綜合外電報導）北約"],
        meta={"publisher_name": "財團法人東亞安全展望基金會"},
    )
    assert identify_publisher(Document("pdf_text", body_format="text"), named) is None


@pytest.mark.parametrize(
    ("url", "name", "publisher_id", "zone"),
    [
        # feeds of the archive's other publishers, as their posts' "from:" URL and "author:" name them
        ("https://news.ltn.com.tw/news/world/breakingnews/4385372", "自由時報", "ltn", "Asia/Taipei"),
        ("https://udn.com/news/story/6809/7339000", "聯合新聞網", "udn", "Asia/Taipei"),
        (
            "https://www.chinatimes.com/realtimenews/20230801001234-260408",
            "中時新聞網",
            "chinatimes",
            "Asia/Taipei",
        ),
        ("https://www.storm.mg/article/4781234", "風傳媒", "storm", "Asia/Taipei"),
        ("https://www.twreporter.org/a/hong-kong-47", "報導者", "twreporter", "Asia/Taipei"),
        ("https://newtalk.tw/news/view/2023-08-01/876543", "新頭殼", "newtalk", "Asia/Taipei"),
        ("https://theinitium.com/article/20230801-hongkong", "端传媒", "initium", "Asia/Hong_Kong"),
        (
            "https://news.mingpao.com/ins/x/article/20230801/s00004/1690860000000",
            "明報",
            "mingpao",
            "Asia/Hong_Kong",
        ),
        ("https://www.stheadline.com/realtime-china/3221234", "星島日報", "singtao", "Asia/Hong_Kong"),
        ("https://www.hk01.com/article/923456", "香港01", "hk01", "Asia/Hong_Kong"),
        (
            "https://hk.on.cc/hk/bkn/cnt/news/20230801/bkn-20230801120000123-0801_00822_001.html",
            "東網",
            "oncc",
            "Asia/Hong_Kong",
        ),
        (
            "https://www.secretchina.com/news/gb/2023/08/01/1042345.html",
            "看中国",
            "secretchina",
            "America/New_York",
        ),
        (
            "https://www.boxun.com/news/gb/china/2023/08/202308011234.shtml",
            "博讯",
            "boxun",
            "America/New_York",
        ),
        ("https://chinadigitaltimes.net/chinese/700123.html", "中国数字时代", "cdt", "America/Los_Angeles"),
        ("https://cn.wsj.com/articles/x-11690000000", "华尔街日报", "wsj", "America/New_York"),
    ],
)
def test_recurring_publishers_by_host_and_feed_name(
    url: str, name: str, publisher_id: str, zone: str
) -> None:
    by_host = TABLE.by_host(url)
    assert by_host is not None
    assert by_host.id == publisher_id
    assert by_host.timezone == zone
    by_name = TABLE.by_name(name)
    assert by_name is not None
    assert by_name.id == publisher_id


def test_feed_names_of_publishers_are_not_people() -> None:
    # three-character feed names look like personal names unless the table knows them
    for name in ("新頭殼", "看中国", "博讯", "端传媒"):
        doc = Document("jekyll", front_matter={"author": name})
        assert author_field_people(doc) == []
        assert document_source(doc) == name


def test_zone_for_url_by_country_domain() -> None:
    assert zone_for_url("https://www.example.com.tw/a") == ZoneInfo("Asia/Taipei")
    assert zone_for_url("https://news.example.hk/b") == ZoneInfo("Asia/Hong_Kong")
    assert zone_for_url("https://example.org/c") is None
    assert zone_for_url(None) is None
