"""Shared fixtures: the bundled seeds and corpus posts, and their person-read expectations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"
SEED_EXPECTED = ROOT / "tests" / "data" / "seeds"
CORPUS_EXPECTED = CORPUS / "expected"
# posts of publishers and templates the corpus does not have (Matters, WeChat accounts, blogs),
# kept apart from the corpus, which the speed benchmark counts
UNSEEN = ROOT / "tests" / "data" / "unseen"
UNSEEN_EXPECTED = UNSEEN / "expected"

SEED_FILES = sorted(SEEDS.glob("*.txt"))
CORPUS_FILES = sorted(CORPUS.glob("*.md"))
UNSEEN_FILES = sorted([*UNSEEN.glob("*.md"), *UNSEEN.glob("*.html")])


def expected_for(path: Path) -> dict[str, Any]:
    """The expectation record of a seed, corpus or unseen post."""
    folders = {SEEDS: SEED_EXPECTED, UNSEEN: UNSEEN_EXPECTED}
    folder = folders.get(path.parent, CORPUS_EXPECTED)
    return dict(json.loads((folder / f"{path.stem}.json").read_text("utf-8")))


def all_documents() -> list[Path]:
    """Every seed and corpus post."""
    return [*SEED_FILES, *CORPUS_FILES]


@pytest.fixture(params=all_documents(), ids=lambda p: p.stem[:12])
def document(request: pytest.FixtureRequest) -> Path:
    """Each seed and corpus post in turn."""
    path: Path = request.param
    return path


def representable(codecs: tuple[str, ...]) -> list[tuple[Path, str]]:
    """``(document, codec)`` pairs for every bundled document the codec can encode.

    Big5 cannot write Simplified characters, so those pairs are not generated at all
    (rather than generated and skipped).
    """
    pairs = []
    for path in all_documents():
        text = path.read_text("utf-8")
        for codec in codecs:
            try:
                text.encode(codec)
            except UnicodeEncodeError:
                continue
            pairs.append((path, codec))
    return pairs
