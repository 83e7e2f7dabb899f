"""Score the PDF-text repair against the synthetic corpus's ground truth.

For every document and extractor output under the corpus root (``<id>/<extractor>``
next to ``<id>/source.json``), parse the text with the ``pdf_text`` variant parser and
count:

* **paragraphs**: ground-truth paragraphs found exactly among the output paragraphs
  (each output paragraph matches at most one), after :func:`normalize`;
* **headings** and **footnotes**: the same, for ``headings`` and ``footnotes``;
* **leaks**: output paragraphs that are boilerplate: equal to a page number, running
  header, masthead string, title, author line, image caption, editor's note or footer
  line, or (when the paragraph is not a true paragraph) containing one of those of
  eight or more characters that no true paragraph contains.

Normalization (the meaning of "exact"): every run of white space, ideographic space
included, becomes one space, and a space with a CJK or full-width character on either
side is removed; the text is stripped. Nothing else changes: not a character, not a
punctuation mark, not a Latin space. This is fair because the PDF never stored the
spaces next to CJK text as characters we can trust: the same printed line reads
``2022 年 4 月`` in one extractor and ``2022 年4 月`` in another, the autospace gap
(Word-style spacing between CJK and Latin, no character in the file) becomes a space,
and justification spreads ``英 飛 凌``; a reader sees the same text either way. Spaces
between Latin words are kept, so ``Korean Peninsula`` must not become
``KoreanPeninsula`` and ``leading-edge`` must not lose its hyphen.

Run ``python benchmarks/pdftext.py`` (reads ``tests/data/pdftext``) or pass
``--root /path/to/synthetic``; ``--details`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsparse.options import ParseOptions
from newsparse.variants.pdf_text import PdfTextParser

#: the extractor outputs of the corpus, in report order
EXTRACTORS = (
    "pdftotext-layout.txt",
    "pdftotext.txt",
    "pdftotext-raw.txt",
    "pymupdf4llm.md",
    "pymupdf4llm-nohf.md",
    "pymupdf4llm-legacy.md",
    "pymupdf.txt",
    "pypdf.txt",
)
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pdftext"

# CJK ideographs, kana, Hangul, CJK punctuation, full-width forms
_WIDE = (
    "\u1100-\u115f\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
# any run of white space: "  ", "\u3000", "\n"
_SPACE = re.compile(r"\s+")
# one space next to a wide character: "年 4", "（ NATO"
_SPACE_BY_WIDE = re.compile(f"(?<=[{_WIDE}]) | (?=[{_WIDE}])")


def normalize(text: str) -> str:
    """The comparison form of ``text`` (see the module docstring).

    >>> normalize("示威，2022 年4 月日本")
    '示威，2022年4月日本'
    >>> normalize("has  reached the\\nKorean  Peninsula")
    'has reached the Korean Peninsula'
    """
    return _SPACE_BY_WIDE.sub("", _SPACE.sub(" ", text)).strip()


@dataclass
class Score:
    """Counts for one extractor output (or a sum of them)."""

    paragraphs: int = 0
    paragraphs_true: int = 0
    headings: int = 0
    headings_true: int = 0
    footnotes: int = 0
    footnotes_true: int = 0
    leaks: int = 0
    documents: int = 0
    missed: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.paragraphs += other.paragraphs
        self.paragraphs_true += other.paragraphs_true
        self.headings += other.headings
        self.headings_true += other.headings_true
        self.footnotes += other.footnotes
        self.footnotes_true += other.footnotes_true
        self.leaks += other.leaks
        self.documents += other.documents
        self.missed += other.missed
        self.leaked += other.leaked

    @property
    def paragraph_rate(self) -> float:
        """Share of true paragraphs recovered exactly."""
        return self.paragraphs / self.paragraphs_true if self.paragraphs_true else 1.0


def _matched(truth: Iterable[str], found: Iterable[str]) -> tuple[int, list[str]]:
    """How many of ``truth`` are in ``found`` (multiset), and the ones missing."""
    pool = Counter(normalize(t) for t in found)
    hits = 0
    missing = []
    for text in truth:
        key = normalize(text)
        if pool[key] > 0:
            pool[key] -= 1
            hits += 1
        else:
            missing.append(text)
    return hits, missing


def boilerplate(source: dict) -> list[str]:
    """Every string of the source that must not come out as a paragraph."""
    bp = source.get("boilerplate", {})
    strings = list(bp.get("masthead", [])) + list(bp.get("running_header", []))
    strings += list(bp.get("page_numbers", []))
    if bp.get("footer_left"):
        strings.append(bp["footer_left"])
    strings += list(source.get("footer", []))
    for key in ("editor_note", "image_caption", "title", "author", "author_title"):
        if source.get(key):
            strings.append(source[key])
    strings += [note["text"] for note in source.get("footnotes", [])]
    return [s for s in strings if s]


def score_text(text: str, source: dict, label: str = "") -> Score:
    """Parse one extracted text and score it against its source."""
    doc = PdfTextParser().parse(text, name=label, options=ParseOptions())
    body = doc.body_parts
    assert body is not None
    score = Score(documents=1)
    truth = source["paragraphs"]
    score.paragraphs_true = len(truth)
    score.paragraphs, missing = _matched(truth, body.paragraphs)
    score.missed += [f"{label}: {m}" for m in missing]
    score.headings_true = len(source.get("headings", []))
    score.headings, _ = _matched(source.get("headings", []), body.headings)
    notes = [n["text"] for n in source.get("footnotes", [])]
    score.footnotes_true = len(notes)
    score.footnotes, _ = _matched(notes, body.footnotes)
    true_keys = {normalize(p) for p in truth}
    true_text = "\n".join(true_keys | {normalize(h) for h in source.get("headings", [])})
    chrome = {normalize(s) for s in boilerplate(source)}
    long_chrome = [c for c in chrome if len(c) >= 8 and c not in true_text]
    for para in body.paragraphs:
        key = normalize(para)
        if key in chrome or (key not in true_keys and any(c in key for c in long_chrome)):
            score.leaks += 1
            score.leaked.append(f"{label}: {para}")
    return score


def score_corpus(root: Path) -> dict[str, Score]:
    """Scores per extractor for every document under ``root``."""
    scores = {name: Score() for name in EXTRACTORS}
    for source_path in sorted(root.glob("*/source.json")):
        source = json.loads(source_path.read_text(encoding="utf-8"))
        for name in EXTRACTORS:
            path = source_path.parent / name
            if path.exists():
                label = f"{source_path.parent.name}/{name}"
                scores[name].add(score_text(path.read_text(encoding="utf-8"), source, label))
    return scores


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f}%)" if d else "-"


def report(scores: dict[str, Score]) -> str:
    """The Markdown table of per-extractor and overall results."""
    rows = [
        "| extractor | paragraphs exact | headings | footnotes | leaked lines |",
        "|---|---|---|---|---|",
    ]
    total = Score()
    for name, score in scores.items():
        if not score.documents:
            continue
        total.add(score)
        rows.append(
            f"| {name} | {_pct(score.paragraphs, score.paragraphs_true)} "
            f"| {_pct(score.headings, score.headings_true)} "
            f"| {_pct(score.footnotes, score.footnotes_true)} | {score.leaks} |"
        )
    rows.append(
        f"| **overall** | **{_pct(total.paragraphs, total.paragraphs_true)}** "
        f"| {_pct(total.headings, total.headings_true)} "
        f"| {_pct(total.footnotes, total.footnotes_true)} | {total.leaks} |"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="corpus directory (default: %(default)s)"
    )
    parser.add_argument("--details", action="store_true", help="list missed paragraphs and leaked lines")
    args = parser.parse_args(argv)
    if not any(args.root.glob("*/source.json")):
        print(f"no */source.json under {args.root}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scores = score_corpus(args.root)
    elapsed = time.perf_counter() - started
    print(report(scores))
    print(f"\n{sum(s.documents for s in scores.values())} texts in {elapsed:.2f} s")
    if args.details:
        for score in scores.values():
            for line in score.missed:
                print("MISSED", line[:160])
            for line in score.leaked:
                print("LEAKED", line[:160])
    return 0


if __name__ == "__main__":
    sys.exit(main())
