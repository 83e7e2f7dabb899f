"""How an ``Article`` is compared with its person-read expectation record.

The corpus, seed and unseen tests check the same fields the same way; the comparisons live
here so that a change of rule (say, the day of ``published`` is read in the publisher's zone)
is made once. Each function returns the article's side in the record's own form, so a test
reads ``assert published_day(article, expected) == expected["published_date"]`` and a failure
shows both values.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import newsparse
from newsparse import Article
from newsparse.publishers import by_id

_WHITESPACE = re.compile(r"\s+")
_PARSED: dict[Path, Article] = {}


def parsed(path: Path) -> Article:
    """``newsparse.parse_file(path)``, parsed once per test session (the articles are frozen)."""
    if path not in _PARSED:
        _PARSED[path] = newsparse.parse_file(path)
    return _PARSED[path]


def published_day(article: Article, expected: dict[str, Any]) -> str | None:
    """The day of ``published`` in the expected publisher's zone (UTC without one), as ISO text."""
    if article.published is None:
        return None
    publisher = by_id(expected["publisher_id"]) if expected["publisher_id"] else None
    zone = publisher.tz if publisher else ZoneInfo("UTC")
    return article.published.astimezone(zone).date().isoformat()


def publisher_fields(article: Article) -> dict[str, str | None]:
    """``publisher_id``, ``publisher`` and ``source``, keyed as in the record."""
    return {"publisher_id": article.publisher_id, "publisher": article.publisher, "source": article.source}


def people(article: Article) -> dict[str, Any]:
    """``authors`` and ``credits`` with lists for tuples, keyed as in the record."""
    return {
        "authors": list(article.authors),
        "credits": {role: list(names) for role, names in article.credits.items()},
    }


def dateline_of(article: Article) -> dict[str, Any] | None:
    """The dateline as the record writes it: ``{"place": ..., "day": ...}`` or ``None``."""
    if article.dateline is None:
        return None
    return {"place": article.dateline.place, "day": article.dateline.day}


def images_of(article: Article) -> list[dict[str, str | None]]:
    """The images as the record lists them: URL and caption, in order."""
    return [{"url": image.url, "caption": image.caption} for image in article.images]


def squeeze(text: str) -> str:
    """``text`` without white space: snippets are compared so, as ``benchmarks/quality.py`` does."""
    return _WHITESPACE.sub("", text)


def snippet_errors(article: Article, expected: dict[str, Any]) -> dict[str, list[str]]:
    """Keep snippets missing from the text and drop snippets left in it (both empty when right)."""
    text = squeeze(article.text)
    return {
        "keep snippets missing from the text": [s for s in expected["keep"] if squeeze(s) not in text],
        "drop snippets left in the text": [s for s in expected["drop"] if squeeze(s) in text],
    }
