"""The pipeline's record builders give the objects the public constructors give.

``new_article``, ``new_link``, ``new_image`` and ``new_date_candidate`` set the slots of the
frozen records directly, skipping attrs' converters. These tests compare them with
``Article(...)``, ``Link(...)``, ``Image(...)`` and ``DateCandidate(...)`` on every bundled
post and on generated values: equality both ways, every field's type (down to the items of
tuples and dicts), ``to_dict()``, ``repr``, hashing and pickling. They also check that the
comparison catches a builder that gets a field wrong.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.model import (
    Article,
    DateCandidate,
    Dateline,
    Image,
    Link,
    new_article,
    new_date_candidate,
    new_image,
    new_link,
)
from tests.conftest import all_documents

_ARTICLE_FIELDS = [a.name for a in attrs.fields(Article)]


def _same_shape(a: Any, b: Any, where: str) -> None:
    """``a`` and ``b`` have the same types all the way down (tuples, dicts, records, strings)."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, tuple):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same_shape(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            _same_shape(key, next(k for k in b if k == key), f"{where} key {key!r}")
            _same_shape(a[key], b[key], f"{where}[{key!r}]")
    elif attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            _same_shape(getattr(a, field.name), getattr(b, field.name), f"{where}.{field.name}")


def _hash_of(record: Any) -> int | str:
    try:
        return hash(record)
    except TypeError as exc:
        return f"unhashable: {exc}"


def assert_same(fast: Any, public: Any) -> None:
    """``fast`` (from a pipeline builder) cannot be told from ``public`` (from the constructor)."""
    _same_shape(fast, public, type(public).__name__)
    assert fast == public
    assert public == fast
    assert (fast != public) is False  # (attrs writes __ne__ apart from __eq__)
    assert fast.to_dict() == public.to_dict()
    assert repr(fast) == repr(public)
    assert _hash_of(fast) == _hash_of(public)
    assert pickle.loads(pickle.dumps(fast)) == public
    assert type(public).from_dict(fast.to_dict()) == public
    if isinstance(public, Article):
        # the public constructor takes back what the builder stored
        assert attrs.evolve(fast) == public


def _values(article: Article) -> list[Any]:
    return [getattr(article, name) for name in _ARTICLE_FIELDS]


# -- the articles parse() builds --------------------------------------------------------


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.stem[:12])
def test_parsed_articles_are_what_the_constructor_gives(path: Path) -> None:
    """Every field of a parsed article is already what ``Article``'s converters would make of it."""
    article = newsparse.parse(path.read_bytes())
    assert_same(article, Article(*_values(article)))
    assert_same(new_article(*_values(article)), Article(*_values(article)))
    for link in article.links:
        assert_same(link, Link(link.url, link.text, link.kind))
    for image in article.images:
        assert_same(image, Image(image.url, image.caption, image.alt))
    for c in article.date_candidates:
        fast = new_date_candidate(c.value, c.source, c.raw, c.precision, c.chosen, c.note)
        assert_same(fast, DateCandidate(c.value, c.source, c.raw, c.precision, c.chosen, c.note))


def test_parsed_articles_own_their_dicts() -> None:
    """Two parses share no mutable dict (``Article(...)`` copies ``credits`` and ``extra``)."""
    path = next(p for p in all_documents() if newsparse.parse(p.read_bytes()).extra)
    first, second = newsparse.parse(path.read_bytes()), newsparse.parse(path.read_bytes())
    assert first.extra == second.extra
    assert first.extra is not second.extra
    assert first.credits is not second.credits


# -- generated values ---------------------------------------------------------------------

_text = st.text(max_size=12)
_opt_text = st.none() | _text
_strings = st.lists(_text, max_size=4).map(tuple)
_zones = st.sampled_from([timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5))])
_moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1), timezones=_zones)
_links = st.builds(Link, _text, _text, st.sampled_from(["source", "inline", "tag", "image"]))
_images = st.builds(Image, _text, _opt_text, _opt_text)
_candidates = st.builds(
    DateCandidate,
    _moments,
    st.sampled_from(["front_matter", "url", "text"]),
    _text,
    st.sampled_from(["day", "minute"]),
    st.booleans(),
    _text,
)
_datelines = st.none() | st.builds(Dateline, _text, st.none() | st.integers(1, 31), _text)
_article_values = st.tuples(
    st.sampled_from(["jekyll", "comment_stamp", "pdf_text"]),
    _text,
    _opt_text,
    st.none() | _moments,
    st.lists(_candidates, max_size=3).map(tuple),
    _opt_text,
    _opt_text,
    _opt_text,
    _strings,
    st.dictionaries(_text, _strings, max_size=3),
    _datelines,
    _strings,
    _strings,
    _strings,
    st.sampled_from(["zh", "ja", "und"]),
    st.none() | st.sampled_from(["Hans", "Hant"]),
    _text,
    _strings,
    _strings,
    _strings,
    st.lists(_links, max_size=3).map(tuple),
    st.lists(_images, max_size=3).map(tuple),
    _strings,
    st.dictionaries(_text, _text, max_size=3),
)


@settings(max_examples=300)
@given(_article_values)
def test_new_article_is_the_constructor(values: tuple[Any, ...]) -> None:
    assert_same(new_article(*values), Article(*values))


@given(_text, _text, _text)
def test_new_link_is_the_constructor(url: str, text: str, kind: str) -> None:
    assert_same(new_link(url, text, kind), Link(url, text, kind))


@given(_text, _opt_text, _opt_text)
def test_new_image_is_the_constructor(url: str, caption: str | None, alt: str | None) -> None:
    assert_same(new_image(url, caption, alt), Image(url, caption, alt))


@given(_candidates)
def test_new_date_candidate_is_the_constructor(c: DateCandidate) -> None:
    fast = new_date_candidate(c.value, c.source, c.raw, c.precision, c.chosen, c.note)
    assert_same(fast, DateCandidate(c.value, c.source, c.raw, c.precision, c.chosen, c.note))


# -- the comparison catches a wrong builder ------------------------------------------------

_SAMPLE = (
    "jekyll",
    "標題",
    "https://a.tw/1",
    datetime(2023, 10, 17, tzinfo=timezone.utc),
    (),
    "中央社",
    "中央社",
    "cna",
    ("廖禹揚",),
    {"editor": ("陳惠珍",)},
    Dateline("首爾", 17, "首爾17日專電"),
    ("新聞",),
    ("國際",),
    ("南韓",),
    "zh",
    "Hant",
    "第一段。",
    ("第一段。",),
    (),
    (),
    (Link("https://a.tw/1", "標題", "source"),),
    (),
    (),
    {"series": "遠景論壇"},
)


def _swapped_tags(*values: Any) -> Article:
    """A wrong builder: ``tags`` and ``categories`` exchanged."""
    changed = list(values)
    changed[11], changed[12] = changed[12], changed[11]
    return new_article(*changed)


def _listed_authors(*values: Any) -> Article:
    """A wrong builder: ``authors`` stored as a list, as a pipeline that forgot tuple() would."""
    changed = list(values)
    changed[8] = list(changed[8])
    return new_article(*changed)


def _unset_extra(*values: Any) -> Article:
    """A wrong builder: forgets the last field."""
    article = new_article(*values)
    Article.__dict__["extra"].__delete__(article)
    return article


def _narrowed_credits(*values: Any) -> Article:
    """A wrong builder: ``credits`` names as a list instead of a tuple (equal items, other type)."""
    changed = list(values)
    changed[9] = {role: list(names) for role, names in changed[9].items()}
    return new_article(*changed)


@pytest.mark.parametrize("builder", [_swapped_tags, _listed_authors, _unset_extra, _narrowed_credits])
def test_a_wrong_builder_fails_the_comparison(builder: Callable[..., Article]) -> None:
    assert_same(new_article(*_SAMPLE), Article(*_SAMPLE))
    with pytest.raises((AssertionError, AttributeError)):
        assert_same(builder(*_SAMPLE), Article(*_SAMPLE))
