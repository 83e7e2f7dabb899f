"""Sanity-check the hand-written golden annotations.

Checks every JSON under tests/data/corpus/expected/, tests/data/unseen/expected/ and
tests/data/seeds/:
  * the optional ``date_warnings`` (the exact "... contradicts ..." warnings a person expects,
    e.g. a front-matter date wrong by decades) is a list of strings that name a contradiction;
  * required keys are present, in the documented order, with basic types (``script`` is
    Hans or Hant; null only in a record that names a language other than "zh");
  * at least 4 keep and 4 drop snippets; keep snippets are 8-40 characters (a whole byline
    paragraph such as "作者：蓝方" may be shorter: 5 at least);
  * every keep/drop snippet occurs in html.unescape(<raw source file>), or, for a snippet
    whose text the markup splits ("<a>网络杂谈</a>之二十五"), in its text with the tags and
    white space taken out;
  * no drop snippet is a substring of a keep snippet;
  * seed files carry the extra paragraph fields.

For "pdf_text" documents a keep snippet may span a page break, so it is also
accepted if it occurs once blank-line runs are removed from the raw text.

Usage:  python tests/data/check_annotations.py      (exit status 1 on failure)
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent
REPO = DATA.parents[1]
CORPUS_DIR = DATA / "corpus"
EXPECTED_DIR = CORPUS_DIR / "expected"
UNSEEN_DIR = DATA / "unseen"
SEED_JSON_DIR = DATA / "seeds"
SEED_SRC_DIR = REPO / "seeds"

REQUIRED = [
    "file",
    "variant",
    "title",
    "url",
    "published_date",
    "publisher_id",
    "publisher",
    "source",
    "authors",
    "credits",
    "dateline",
    "keywords",
    "script",
    "images",
    "keep",
    "drop",
]
SEED_REQUIRED = ["paragraph_count", "first_paragraph_startswith", "last_paragraph_endswith", "headings"]
VARIANTS = {"jekyll", "comment_stamp", "pdf_text"}
SCRIPTS = {"Hant", "Hans"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TRACKING_RE = re.compile(r"[?&](utm_[a-z]+|at_medium|at_campaign|source=rss)")
PAGE_BREAK_RE = re.compile(r"\n\s*\n")
TAG_RE = re.compile(r"<[^<>]*>")
# a byline paragraph: "作者：蓝方", "文／張三"
BYLINE_RE = re.compile(r"^(?:作者|撰文|采访|採訪|文)\s*[：:／/]")


def check_record(rec: dict, raw_path: Path, is_seed: bool) -> list[str]:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    for key in REQUIRED + (SEED_REQUIRED if is_seed else []):
        if key not in rec:
            err(f"missing key {key!r}")
    if errors:
        return errors
    present = [k for k in rec if k in REQUIRED]
    if present != REQUIRED:
        err("required keys are not in schema order")

    if rec["variant"] not in VARIANTS:
        err(f"bad variant {rec['variant']!r}")
    if rec["script"] not in SCRIPTS and not (rec["script"] is None and rec.get("language", "zh") != "zh"):
        # a post that is not Chinese (its record says "language": "en") has no script
        err(f"bad script {rec['script']!r}")
    date = rec["published_date"]
    if date is not None and not DATE_RE.match(date):
        err(f"bad published_date {date!r}")
    url = rec["url"]
    if url is not None and (not url.startswith(("http://", "https://")) or TRACKING_RE.search(url)):
        err(f"url not absolute or still has tracking params: {url}")
    if not isinstance(rec["authors"], list) or not isinstance(rec["keywords"], list):
        err("authors/keywords must be lists")
    if not isinstance(rec["credits"], dict):
        err("credits must be an object")
    dateline = rec["dateline"]
    if dateline is not None and set(dateline) != {"place", "day"}:
        err("dateline must be null or {place, day}")
    for img in rec["images"]:
        if set(img) != {"url", "caption"} or not img["url"].startswith(("http://", "https://")):
            err(f"bad image entry {img}")

    date_warnings = rec.get("date_warnings", [])
    if not isinstance(date_warnings, list) or not all(
        isinstance(w, str) and "contradicts" in w for w in date_warnings
    ):
        err("date_warnings must be a list of contradiction warnings")

    keep, drop = rec["keep"], rec["drop"]
    if len(keep) < 4:
        err(f"only {len(keep)} keep snippets")
    if len(drop) < 4:
        err(f"only {len(drop)} drop snippets")

    if not raw_path.is_file():
        err(f"raw file not found: {raw_path}")
        return errors
    text = html.unescape(raw_path.read_text(encoding="utf-8"))
    joined = PAGE_BREAK_RE.sub("", text) if rec["variant"] == "pdf_text" else text
    bare = "".join(TAG_RE.sub("", text).split())

    def occurs(snippet: str) -> bool:
        return snippet in text or snippet in joined or "".join(snippet.split()) in bare

    for snippet in keep:
        if not (8 <= len(snippet) <= 40 or (len(snippet) >= 5 and BYLINE_RE.match(snippet))):
            err(f"keep snippet length {len(snippet)} outside 8-40: {snippet!r}")
        if not occurs(snippet):
            err(f"keep snippet not in raw file: {snippet!r}")
    for snippet in drop:
        if not occurs(snippet):
            err(f"drop snippet not in raw file: {snippet!r}")
        for k in keep:
            if snippet in k:
                err(f"drop snippet {snippet!r} is inside keep snippet {k!r}")
    return errors


def iter_annotations():
    for path in sorted(EXPECTED_DIR.glob("*.json")):
        yield path, CORPUS_DIR, False
    for path in sorted((UNSEEN_DIR / "expected").glob("*.json")):
        yield path, UNSEEN_DIR, False
    for path in sorted(SEED_JSON_DIR.glob("*.json")):
        yield path, SEED_SRC_DIR, True


def main() -> int:
    failures = 0
    count = 0
    for path, src_dir, is_seed in iter_annotations():
        count += 1
        try:
            rec = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            print(f"FAIL {path.name}: invalid JSON ({exc})")
            failures += 1
            continue
        raw_path = src_dir / rec.get("file", "")
        errors = check_record(rec, raw_path, is_seed)
        if errors:
            failures += 1
            for e in errors:
                print(f"FAIL {path.relative_to(DATA)}: {e}")
    if count == 0:
        print("no annotation files found")
        return 1
    print(f"{count} annotation files checked, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
