"""Clean text on every annotated post: all keep snippets in ``Article.text``, no drop snippet.

The 30 corpus posts, the 4 HTML seeds and the posts of ``tests/data/unseen``, each with the keep
and drop snippets a person read (``tests/data/corpus/expected``, ``tests/data/seeds``,
``tests/data/unseen/expected``). Snippets are compared after removing white space, as
``benchmarks/quality.py`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS_FILES, SEED_FILES, UNSEEN, UNSEEN_FILES, expected_for
from tests.expectations import parsed, snippet_errors

HTML_DOCUMENTS = [*CORPUS_FILES, *(p for p in SEED_FILES if expected_for(p)["variant"] != "pdf_text")]
ANNOTATED = [*HTML_DOCUMENTS, *UNSEEN_FILES]


def ids(path: Path) -> str:
    return ("unseen-" if path.parent == UNSEEN else "") + path.stem[:14]


@pytest.mark.parametrize("path", ANNOTATED, ids=ids)
def test_keep_snippets_are_in_the_text_and_drop_snippets_are_not(path: Path) -> None:
    assert snippet_errors(parsed(path), expected_for(path)) == {
        "keep snippets missing from the text": [],
        "drop snippets left in the text": [],
    }


def test_the_annotated_set_is_complete() -> None:
    assert len(CORPUS_FILES) == 30
    assert len(HTML_DOCUMENTS) == 34
    for path in HTML_DOCUMENTS:
        expected = expected_for(path)
        assert len(expected["keep"]) >= 4
        assert len(expected["drop"]) >= 4


@pytest.mark.parametrize("path", ANNOTATED, ids=ids)
def test_text_has_no_markup_and_no_empty_paragraphs(path: Path) -> None:
    article = parsed(path)
    assert article.paragraphs
    for paragraph in article.paragraphs:
        assert paragraph.strip()
        assert "<p" not in paragraph
        assert "</" not in paragraph
        assert "\x1e" not in paragraph  # the walker's <br> marker never leaks
    assert set(article.headings) <= set(article.paragraphs)
