"""The 30 archived corpus posts: variant, title and URL as a person read them.

Dates, authors and the other metadata are checked in test_metadata_corpus.py; keep and
drop snippets of the text in test_text_corpus.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from tests.conftest import CORPUS_FILES, expected_for


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_post_core_fields(path: Path) -> None:
    expected = expected_for(path)
    article = newsparse.parse_file(path)
    assert article.variant == expected["variant"]
    assert article.title == expected["title"]
    assert article.url == expected["url"]
    assert article.paragraphs, "no body text"
    assert article.text == "\n\n".join(article.paragraphs)
    # the first two keep snippets and the first two drop snippets, at least
    for snippet in expected["keep"][:2]:
        assert snippet in article.text
    for snippet in expected["drop"][:2]:
        assert snippet not in article.text


def test_corpus_has_thirty_posts_with_expectations() -> None:
    assert len(CORPUS_FILES) == 30
    for path in CORPUS_FILES:
        assert expected_for(path)["file"] == path.name
