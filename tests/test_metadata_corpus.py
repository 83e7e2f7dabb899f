"""Metadata of every seed, corpus and unseen post against its person-read expectation file.

One test per document and field group: the publication day in the publisher's zone, the
publisher, the people, the dateline, keywords, script and images. The expectation files are
``tests/data/seeds/*.json``, ``tests/data/corpus/expected/*.json`` and
``tests/data/unseen/expected/*.json`` (``tests/test_unseen.py`` says where those posts come from).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsparse import Article
from tests.conftest import UNSEEN, UNSEEN_FILES, all_documents, expected_for
from tests.expectations import dateline_of, images_of, parsed, people, published_day, publisher_fields

DOCUMENTS = [*all_documents(), *UNSEEN_FILES]


def ids(path: Path) -> str:
    return ("unseen-" if path.parent == UNSEEN else "") + path.stem[:12]


@pytest.fixture(params=DOCUMENTS, ids=ids)
def case(request: pytest.FixtureRequest) -> tuple[Article, dict[str, Any]]:
    path: Path = request.param
    return parsed(path), expected_for(path)


def test_published_day_in_the_publisher_zone(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert published_day(article, expected) == expected["published_date"]
    assert article.published is None or article.published.tzinfo is not None


def test_exactly_one_candidate_is_chosen_when_published_is_set(case: tuple[Article, dict[str, Any]]) -> None:
    article, _ = case
    chosen = [c for c in article.date_candidates if c.chosen]
    if article.published is None:
        assert chosen == []
    else:
        assert len(chosen) == 1
        assert chosen[0].value == article.published
    for candidate in article.date_candidates:
        assert candidate.value.tzinfo is not None
        assert candidate.chosen or candidate.note, "every set-aside candidate says why"


def test_publisher_and_source(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert publisher_fields(article) == {
        key: expected[key] for key in ("publisher_id", "publisher", "source")
    }


def test_authors_and_credits(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert people(article) == {"authors": expected["authors"], "credits": expected["credits"]}


def test_dateline(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert dateline_of(article) == expected["dateline"]


def test_keywords_and_script(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert list(article.keywords) == expected["keywords"]
    assert article.script == expected["script"]
    assert article.language == expected.get("language", "zh")


def test_images_with_captions(case: tuple[Article, dict[str, Any]]) -> None:
    article, expected = case
    assert images_of(article) == expected["images"]
    for image in article.images:
        if image.caption:
            assert image.caption not in article.paragraphs, "captions are not body paragraphs"


def test_date_contradictions_are_warned_where_the_record_expects_them(
    case: tuple[Article, dict[str, Any]],
) -> None:
    """A warning that a date contradicts the chosen one appears exactly where a person found one.

    The record lists such warnings under ``date_warnings`` (none when absent): 001_rfa's front
    matter holds the crawl time (2024-12-13T04:43Z, 2024-12-12 in New York, RFA's zone), and
    CNA items of agora0/news were archived with the front-matter date 2001-07-31 while their
    URL, dateline and trailer code say 2023-07-31.
    """
    article, expected = case
    contradictions = [w for w in article.warnings if "contradicts" in w]
    assert contradictions == expected.get("date_warnings", [])
