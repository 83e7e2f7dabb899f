"""Clean text on every annotated post: all keep snippets in ``Article.text``, no drop snippet.

The 30 corpus posts and the 4 HTML seeds, each with the keep and drop snippets a person
read (``tests/data/corpus/expected``, ``tests/data/seeds``). Snippets are compared after
removing white space, as ``benchmarks/quality.py`` does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsparse
from tests.conftest import CORPUS_FILES, SEED_FILES, expected_for

_WHITESPACE = re.compile(r"\s+")
HTML_DOCUMENTS = [*CORPUS_FILES, *(p for p in SEED_FILES if expected_for(p)["variant"] != "pdf_text")]


def _squeeze(text: str) -> str:
    return _WHITESPACE.sub("", text)


@pytest.mark.parametrize("path", HTML_DOCUMENTS, ids=lambda p: p.stem[:14])
def test_keep_snippets_are_in_the_text_and_drop_snippets_are_not(path: Path) -> None:
    expected = expected_for(path)
    text = _squeeze(newsparse.parse_file(path).text)
    missed = [s for s in expected["keep"] if _squeeze(s) not in text]
    leaked = [s for s in expected["drop"] if _squeeze(s) in text]
    assert not missed, f"keep snippets missing from the text: {missed}"
    assert not leaked, f"drop snippets left in the text: {leaked}"


def test_the_annotated_set_is_complete() -> None:
    assert len(CORPUS_FILES) == 30
    assert len(HTML_DOCUMENTS) == 34
    for path in HTML_DOCUMENTS:
        expected = expected_for(path)
        assert len(expected["keep"]) >= 4
        assert len(expected["drop"]) >= 4


@pytest.mark.parametrize("path", HTML_DOCUMENTS, ids=lambda p: p.stem[:14])
def test_text_has_no_markup_and_no_empty_paragraphs(path: Path) -> None:
    article = newsparse.parse_file(path)
    assert article.paragraphs
    for paragraph in article.paragraphs:
        assert paragraph.strip()
        assert "<p" not in paragraph
        assert "</" not in paragraph
        assert "\x1e" not in paragraph  # the walker's <br> marker never leaks
    assert set(article.headings) <= set(article.paragraphs)
