"""How clean is the text? newsparse beside trafilatura and readability-lxml, on the same posts.

The method is the one of trafilatura's published evaluation (``tests/comparison.py``):
every document carries snippets a person read and marked as **keep** (the article's own
words, closing credits included) or **drop** (boilerplate: related lists, captions,
subscription boxes, copyright lines, feed dates, markup that must not leak). For each
system and document:

* a keep snippet found in the output is a true positive, a missing one a false negative;
* a drop snippet found in the output is a false positive, a missing one a true negative;
* a crash (any exception) loses the document: its output is empty.

Counts are pooled over all documents; precision = TP / (TP + FP), recall = TP / (TP + FN),
F1 their harmonic mean. A snippet is "found" when it is a substring of the output once
both have been through :func:`normalize` (all white space removed: HTML source layout,
NBSP and ideographic spaces do not count), the same for every system.

newsparse reads the whole archived post (``newsparse.parse``, ``Article.text``); the other
systems get the post's HTML body, the part after the ``------`` header line or after
the front matter when there is no header (:func:`html_body`), wrapped in
``<html><body>`` when it is a fragment. A second newsparse row runs its HTML cleaner on
that same body knowing nothing else (no publisher table, URL or title): the generic layer
alone, as for a publisher nobody wrote rules for. trafilatura and readability-lxml are optional
(``pip install newsparse[bench]``); a missing one is reported and skipped.

The headline numbers are the 30 posts of ``tests/data/corpus`` (annotations in
``tests/data/corpus/expected``); the HTML seeds (``seeds/``, annotations in
``tests/data/seeds``; the PDF-text seed is left out, the other systems read HTML) are
scored in a second table.

Run ``python benchmarks/quality.py``; ``--details`` lists every missed keep and leaked
drop snippet, ``--systems newsparse,trafilatura`` picks systems.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
# posts from publishers and templates outside the corpus, from other archives (Matters, a WordPress
# blog, a Medium group; China Digital Times, 维权网, feedx.net, RFI/Epoch/RFA/CNA of 2021; from the
# archiver's non-news archives a 民间历史 memoir, Baidu Baike and Wikipedia person pages and a YouTube
# description; FT中文网, Reuters Chinese, an Epoch interview report, a Zaobao photo story, a DW feed item;
# from Jekyll RSS-importer archives Initium, JoongAng Ilbo, Kyodo, DW, RFI, CNA, Reuters and RTHK items):
# the patterns they showed were then fixed in general rules
UNSEEN = ROOT / "tests" / "data" / "unseen"
SEEDS = ROOT / "seeds"

# a YAML front matter block at the very start: "---\nlayout: post\n...\n---\n"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# the header underline that ends an archived post's header: "------"
_HEADER_RULE = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)
# the comment stamp or "[title](url)" lines an archiver writes before the rule
_HEADER_LINE = re.compile(r"^\s*(?:<!--.*?-->|\[.*\]\(.*\))\s*$")
# any white space, NBSP and the ideographic space included
_WHITESPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The text with all white space removed: what snippet matching compares.

    >>> normalize("中國\\u3000多地 銀行\\n調降\\u00a0房貸")
    '中國多地銀行調降房貸'
    """
    return _WHITESPACE.sub("", text)


def html_body(post: str) -> str:
    """The publisher's HTML of an archived post: after the header rule, else after the front matter.

    >>> html_body("---\\ntitle: x\\n---\\n<!--1-->\\n[x](https://a.b/c)\\n------\\n\\n<p>正文</p>")
    '\\n\\n<p>正文</p>'
    >>> html_body("---\\ntitle: x\\n---\\n<div>正文</div>")
    '<div>正文</div>'
    """
    m = _FRONT_MATTER.match(post)
    rest = post[m.end() :] if m else post
    rule = _HEADER_RULE.search(rest)
    if rule is not None and all(
        not line.strip() or _HEADER_LINE.match(line) for line in rest[: rule.start()].splitlines()
    ):
        return rest[rule.end() :]
    return rest


def as_page(html: str) -> str:
    """``html`` wrapped in ``<html><body>`` unless it is a whole page already."""
    return (
        html if re.search(r"<html[\s>]", html[:2000], re.IGNORECASE) else f"<html><body>{html}</body></html>"
    )


@dataclass
class Document:
    """One annotated post."""

    path: Path
    publisher: str
    keep: list[str]
    drop: list[str]

    @property
    def name(self) -> str:
        return self.path.stem


def load_documents(expected_dir: Path, source_dir: Path) -> list[Document]:
    """The annotated HTML posts of one set (PDF-text documents are left out)."""
    docs = []
    for path in sorted(expected_dir.glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        if record["variant"] == "pdf_text":
            continue
        docs.append(
            Document(
                source_dir / record["file"], record.get("publisher_id") or "?", record["keep"], record["drop"]
            )
        )
    return docs


@dataclass
class Score:
    """Pooled counts of one system on one set of documents."""

    docs: int = 0
    crashes: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)
    leaked: list[tuple[str, str]] = field(default_factory=list)

    def add(self, doc: Document, output: str | None) -> None:
        """Count ``doc``'s snippets against ``output`` (``None``: the system crashed)."""
        self.docs += 1
        if output is None:
            self.crashes += 1
            output = ""
        text = normalize(output)
        for snippet in doc.keep:
            if normalize(snippet) in text:
                self.tp += 1
            else:
                self.fn += 1
                self.missed.append((doc.name, snippet))
        for snippet in doc.drop:
            if normalize(snippet) in text:
                self.fp += 1
                self.leaked.append((doc.name, snippet))
            else:
                self.tn += 1

    def merge(self, other: Score) -> None:
        """Add ``other``'s counts to these."""
        self.docs += other.docs
        self.crashes += other.crashes
        self.tp += other.tp
        self.fn += other.fn
        self.fp += other.fp
        self.tn += other.tn
        self.missed += other.missed
        self.leaked += other.leaked

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Extractor = Callable[[Path], str]


def newsparse_text(path: Path) -> str:
    """newsparse on the whole archived post."""
    import newsparse

    return newsparse.parse_file(path).text


def newsparse_generic_text(path: Path) -> str:
    """newsparse's HTML cleaner on the same HTML body as the others, knowing no publisher, URL or title.

    This is the generic layer alone: what a post from a publisher nobody wrote rules for gets.
    """
    from newsparse.html import extract_body

    return "\n\n".join(extract_body(html_body(path.read_text("utf-8"))).paragraphs)


def systems() -> tuple[dict[str, Extractor], list[str]]:
    """The systems that can run here, and notes on those that cannot."""
    available: dict[str, Extractor] = {
        "newsparse": newsparse_text,
        "newsparse, generic rules only": newsparse_generic_text,
    }
    notes = []
    try:
        import trafilatura
    except ImportError:
        notes.append("trafilatura is not installed (pip install trafilatura): skipped")
    else:

        def run_trafilatura(path: Path, favor_precision: bool = False) -> str:
            html = as_page(html_body(path.read_text("utf-8")))
            result = trafilatura.extract(
                html, output_format="txt", include_comments=False, favor_precision=favor_precision
            )
            return result or ""

        available[f"trafilatura {trafilatura.__version__}"] = run_trafilatura
        available[f"trafilatura {trafilatura.__version__} (favor_precision)"] = lambda path: run_trafilatura(
            path, favor_precision=True
        )
    try:
        import lxml.html
        from readability import Document as ReadabilityDocument  # type: ignore[import-untyped]
        from readability import __version__ as readability_version
    except ImportError:
        notes.append("readability-lxml is not installed (pip install readability-lxml): skipped")
    else:

        def run_readability(path: Path) -> str:
            html = as_page(html_body(path.read_text("utf-8")))
            summary = ReadabilityDocument(html).summary(html_partial=True)
            return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""

        available[f"readability-lxml {readability_version}"] = run_readability
    return available, notes


def score(extract: Extractor, docs: Iterable[Document]) -> tuple[Score, dict[str, Score]]:
    """The pooled score of ``extract`` on ``docs``, and its score per publisher."""
    total = Score()
    by_publisher: dict[str, Score] = {}
    for doc in docs:
        one = Score()
        try:
            output: str | None = extract(doc.path)
        except Exception:  # a crash loses the document, whatever it was
            output = None
        one.add(doc, output)
        total.merge(one)
        by_publisher.setdefault(doc.publisher, Score()).merge(one)
    return total, by_publisher


def table(title: str, results: dict[str, Score]) -> str:
    """A Markdown table of pooled scores, one row per system."""
    lines = [
        f"**{title}**",
        "",
        "| system | docs | crashes | precision | recall | F1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, s in results.items():
        lines.append(f"| {name} | {s.docs} | {s.crashes} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |")
    return "\n".join(lines)


def publisher_table(title: str, per_system: dict[str, dict[str, Score]]) -> str:
    """A Markdown table of F1 per publisher (rows) and system (columns)."""
    names = list(per_system)
    publishers = sorted({p for scores in per_system.values() for p in scores})
    lines = [
        f"**{title}**",
        "",
        "| publisher | docs | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]
    for publisher in publishers:
        docs = next(s[publisher].docs for s in per_system.values() if publisher in s)
        cells = [f"{per_system[n][publisher].f1:.3f}" if publisher in per_system[n] else "-" for n in names]
        lines.append(f"| {publisher} | {docs} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def details(name: str, s: Score) -> str:
    """Every missed keep and leaked drop snippet of one system."""
    lines = [f"### {name}: {len(s.missed)} missed keep, {len(s.leaked)} leaked drop"]
    lines += [f"- missed {doc}: {snippet!r}" for doc, snippet in s.missed]
    lines += [f"- leaked {doc}: {snippet!r}" for doc, snippet in s.leaked]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--details", action="store_true", help="list every missed keep and leaked drop snippet"
    )
    parser.add_argument(
        "--systems", help="comma-separated name prefixes of the systems to run (default: all)"
    )
    args = parser.parse_args(argv)

    available, notes = systems()
    if args.systems:
        wanted = [w.strip() for w in args.systems.split(",") if w.strip()]
        available = {n: f for n, f in available.items() if any(n.startswith(w) for w in wanted)}
    sets = {
        "corpus": load_documents(CORPUS / "expected", CORPUS),
        "seeds": load_documents(ROOT / "tests" / "data" / "seeds", SEEDS),
        "unseen": load_documents(UNSEEN / "expected", UNSEEN),
    }
    for note in notes:
        print(f"note: {note}", file=sys.stderr)

    results: dict[str, dict[str, Score]] = {set_name: {} for set_name in sets}
    publishers: dict[str, dict[str, Score]] = {}
    for name, extract in available.items():
        for set_name, docs in sets.items():
            total, by_publisher = score(extract, docs)
            results[set_name][name] = total
            if set_name == "corpus":
                publishers[name] = by_publisher

    corpus, seeds = sets["corpus"], sets["seeds"]
    print(
        table(
            f"Headline: the {len(corpus)} corpus posts ({sum(len(d.keep) for d in corpus)} keep, "
            f"{sum(len(d.drop) for d in corpus)} drop snippets)",
            results["corpus"],
        )
    )
    print()
    print(publisher_table("F1 per publisher (corpus posts)", publishers))
    print()
    print(
        table(
            f"The {len(seeds)} HTML seeds ({sum(len(d.keep) for d in seeds)} keep, "
            f"{sum(len(d.drop) for d in seeds)} drop snippets)",
            results["seeds"],
        )
    )
    unseen = sets["unseen"]
    print()
    print(
        table(
            f"The {len(unseen)} posts from publishers outside the corpus ({sum(len(d.keep) for d in unseen)} "
            f"keep, {sum(len(d.drop) for d in unseen)} drop snippets)",
            results["unseen"],
        )
    )
    if args.details:
        for set_name in sets:
            print(f"\n## {set_name}")
            for name, s in results[set_name].items():
                print()
                print(details(name, s))
    return 0


if __name__ == "__main__":
    sys.exit(main())
