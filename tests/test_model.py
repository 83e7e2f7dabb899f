"""The record classes: immutability, conversion, round trips."""

from __future__ import annotations

import json
import pickle
from datetime import datetime, timedelta, timezone

import attrs
import pytest

from newsparse import Article, DateCandidate, Dateline, Image, Link, ParseError, Result
from newsparse.errors import DecodeError, ReadError

TAIPEI = timezone(timedelta(hours=8))


def full_article() -> Article:
    return Article(
        variant="jekyll",
        title="美日韓會談",
        url="https://www.cna.com.tw/news/aopl/202310170397.aspx",
        published=datetime(2023, 10, 17, 22, 31, tzinfo=TAIPEI),
        date_candidates=[
            DateCandidate(
                datetime(2023, 10, 17, 14, 31, tzinfo=timezone.utc), "front_matter", "x", "second", True
            ),
            DateCandidate(
                datetime(2023, 10, 17, tzinfo=TAIPEI), "trailer_code", "1121017", "day", False, "agrees"
            ),
        ],
        source="(臺)中央社CNA",
        publisher="中央社",
        publisher_id="cna",
        authors=["廖禹揚"],
        credits={"editor": ["陳惠珍"]},
        dateline=Dateline("首爾", 17, "首爾17日專電"),
        tags=["(臺)中央社CNA"],
        keywords=["南韓"],
        script="Hant",
        text="一。\n\n二。",
        paragraphs=["一。", "二。"],
        links=[Link("https://www.cna.com.tw/x", "x", "related")],
        images=[Image("https://imgcdn.cna.com.tw/a.jpg", "圖說", None)],
        warnings=["front-matter date disagrees"],
        extra={"trailer_code": "1121017"},
    )


def test_article_is_frozen() -> None:
    article = full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]


def test_converters_make_tuples() -> None:
    article = full_article()
    assert article.authors == ("廖禹揚",)
    assert article.credits == {"editor": ("陳惠珍",)}
    assert isinstance(article.links, tuple)
    assert Article("pdf_text", "t", authors="李明峻").authors == ("李明峻",)


def test_to_dict_is_json_ready_and_round_trips() -> None:
    article = full_article()
    data = article.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    back = Article.from_dict(json.loads(text))
    assert back == article
    assert back.published is not None
    assert back.published.utcoffset() == timedelta(hours=8)
    assert data["published"] == "2023-10-17T22:31:00+08:00"
    assert data["date_candidates"][0]["chosen"] is True
    assert data["dateline"] == {"place": "首爾", "day": 17, "raw": "首爾17日專電"}


def test_to_dict_keys_are_stable() -> None:
    keys = list(Article("jekyll", "t").to_dict())
    assert keys[:4] == ["variant", "title", "url", "published"]
    assert {"text", "paragraphs", "links", "images", "warnings", "extra", "publisher_id"} <= set(keys)


def test_evolve_changes_one_field() -> None:
    article = full_article()
    changed = article.evolve(title="新標題")
    assert changed.title == "新標題"
    assert article.title == "美日韓會談"
    assert changed.paragraphs == article.paragraphs


def test_result_holds_exactly_one_of_article_and_error() -> None:
    ok = Result("a.md", article=full_article())
    assert ok.ok
    assert ok.to_dict()["ok"] is True
    assert ok.to_dict()["title"] == "美日韓會談"
    bad = Result("b.md", error=ReadError("no such file", name="b.md"))
    assert not bad.ok
    assert bad.to_dict() == {
        "path": "b.md",
        "ok": False,
        "error": "b.md: no such file",
        "error_kind": "ReadError",
    }
    with pytest.raises(ValueError, match="exactly one"):
        Result("c.md")
    with pytest.raises(ValueError, match="exactly one"):
        Result("c.md", article=full_article(), error=ParseError("x"))


def test_parse_errors_pickle_with_their_details() -> None:
    err = DecodeError("not text", name="x.md", offset=17)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is DecodeError
    assert str(back) == "x.md: byte 17: not text"
    assert (back.name, back.offset, back.line) == ("x.md", 17, None)


def test_error_messages_name_input_and_place() -> None:
    assert str(ParseError("bad", name="a.md", line=3)) == "a.md: line 3: bad"
    assert str(ParseError("bad")) == "<input>: bad"
    assert str(ParseError("bad").with_name("b.md")) == "b.md: bad"
