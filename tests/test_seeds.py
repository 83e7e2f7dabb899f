"""Golden tests for the five seed documents: every field a person read and checked."""

from __future__ import annotations

from datetime import date

import pytest

import newsparse
from newsparse import Article, Link
from tests.conftest import SEEDS, expected_for


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return newsparse.parse_file(path)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_fields_match_expectations(prefix: str) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    expected = expected_for(path)
    article = newsparse.parse_file(path)
    assert article.variant == expected["variant"]
    assert article.title == expected["title"]
    assert article.url == expected["url"]
    # headings are blocks of the text too; the expectation counts true paragraphs
    body = [p for p in article.paragraphs if p not in article.headings]
    assert len(body) == expected["paragraph_count"]
    assert body[0].startswith(expected["first_paragraph_startswith"])
    assert article.paragraphs[-1].endswith(expected["last_paragraph_endswith"])
    assert list(article.headings) == expected["headings"]
    assert article.text == "\n\n".join(article.paragraphs)
    for snippet in expected["keep"]:
        assert snippet in article.text, snippet
    for snippet in expected["drop"]:
        assert snippet not in article.text, snippet
    urls = {link.url for link in article.links}
    for url in expected.get("links_include", []):
        assert url in urls


def test_seed_000_comment_stamp_post() -> None:
    article = seed("000")
    assert article.variant == "comment_stamp"
    assert article.publisher_id == "voa"
    assert article.published is not None
    assert article.published.date() == date(2024, 11, 27)
    # the body's relative link resolves against the article URL
    assert Link("https://www.voachinese.com/a/7874541.html", "", "inline") in article.links
    assert article.links[0].kind == "source"
    # paragraphs come from runs of <br /><br /> inside two <p> elements
    assert len(article.paragraphs) == 20
    # the feed date line and the image caption are not body text
    assert "GMT" not in article.text
    assert article.images[0].url.startswith("https://gdb.voanews.com/")
    assert article.images[0].caption is not None
    assert "首尔总统府前示威" in article.images[0].caption


def test_seed_001_cna_boilerplate_is_gone_and_keywords_kept() -> None:
    article = seed("001")
    assert article.variant == "jekyll"
    assert article.source == "(臺)中央社CNA"
    assert article.publisher == "中央社"
    assert article.keywords == ("史托騰柏格", "南韓", "烏克蘭")
    assert article.paragraphs[-1].endswith("（譯者：鄭詩韻/核稿：陳昱婷）")
    for leaked in ("聚焦新聞", "#南韓", "陳建仁31日上任", "北約秘書長抵首爾訪問", "1120130"):
        assert leaked not in article.text
    kinds = {link.kind for link in article.links}
    assert {"source", "tag", "related"} <= kinds
    assert article.tags == ("(臺)中央社CNA",)
    assert article.categories == ("(臺)中央社CNA",)


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_cna_subscription_box_between_paragraphs(prefix: str) -> None:
    article = seed(prefix)
    assert "訂閱《國際新聞》電子報" not in article.text
    assert "感謝您的訂閱" not in article.text
    assert "請輸入正確的電子信箱格式" not in article.text
    # the paragraphs after the box are still there
    assert article.paragraphs[-1].endswith("（編輯：陳惠珍）")
    assert not any(p.endswith(("1121017", "1120915")) for p in article.paragraphs)
    assert not any(link.url.startswith("javascript:") for link in article.links)


def test_seed_003_pdf_text() -> None:
    article = seed("003")
    assert article.variant == "pdf_text"
    assert article.title == "日韓元首相繼訪烏對東北亞安保情勢的影響"
    assert "李明峻" in article.authors
    assert article.headings == (
        "日本表明堅定反對俄羅斯侵略戰爭的立場",
        "南韓與俄羅斯因俄烏戰爭關係惡化",
        "台日韓大幅提高軍事預算以因應新情勢",
    )
    assert "韓國總統尹錫悅，其中特別是" in article.text
    # headings stay in reading order within the text
    assert article.paragraphs.index(article.headings[0]) < article.paragraphs.index(article.headings[1])
    assert article.extra["author_title"] == "新台灣國策智庫研發長"
    assert article.extra["series"] == "遠景論壇"
    for leaked in ("Tel:", "Fax:", "汀州路", "編按", "不代表遠景基金會之政策與立場", "www.pf.org.tw"):
        assert leaked not in article.text


def test_to_dict_round_trip_on_every_seed() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        article = newsparse.parse_file(path)
        assert Article.from_dict(article.to_dict()) == article
