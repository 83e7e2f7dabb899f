"""The shortcuts of the field readers give the answers of the plain ways.

The credit-line reader skips lines with no credit label, no photo word and no start of a
"By …" or organisation-then-name line (``_may_credit``). These tests check on the corpus
text and on generated text that every line so skipped is one the full reading rejects,
so a reader or pattern changed without its shortcut fails here.
"""

from __future__ import annotations

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.fields import bylines
from tests.conftest import CORPUS


@cache
def _corpus_lines() -> list[str]:
    """Every paragraph, set-aside line and caption of the corpus, and their bracketed and cut forms."""
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.md")):
        article = newsparse.parse(path.read_bytes())
        texts = [*article.paragraphs, *(image.caption for image in article.images if image.caption)]
        for text in texts:
            lines.append(text)
            lines.extend(text[i : i + 40] for i in range(0, len(text), 7))
            lines.extend(text[-n:] for n in (10, 20, 30, 60))
    return lines


def _agrees(line: str) -> None:
    line = line.strip()
    if line and len(line) <= bylines._MAX_CREDIT_LINE and not bylines._may_credit(line):
        assert bylines._read_credit(line) is None, line


def test_skipped_corpus_lines_are_no_credit_lines() -> None:
    lines = _corpus_lines()
    assert len(lines) > 1000
    for line in lines:
        _agrees(line)


_PIECES = [
    *bylines.ROLES,
    *"記记中央社大纪元自由亚洲电台日本经济新闻端传媒路透",
    "By ",
    "BY ",
    "B",
    "y",
    "Photo",
    "Photograph by ",
    "Picture: ",
    "photo by ",
    "Jane Doe",
    " and ",
    "黄春梅",
    "许书婷",
    "台北报道",
    "：",
    ":",
    "/",
    "、",
    " ",
    "（",
    "）",
    "拍摄",
    "攝",
    "为",
    "。",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_skipped_generated_lines_are_no_credit_lines(line: str) -> None:
    _agrees(line)
