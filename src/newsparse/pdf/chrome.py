"""Page chrome: page numbers, running headers and footers, repeated masthead lines.

Chrome is text repeated at the edges of pages. Where it lands in the extracted text
depends on the extractor and on the order the PDF drew it, so it is found by what it
is, not where it is:

* page numbers by their printed styles: ``1``, ``- 1 -``, ``— 1 —``, ``1 / 2``,
  ``第 1 頁``, ``第 1 頁，共 5 頁``, ``第1页 共2页``, ``Page 1 of 2``. A bare number is a
  page number only at a page edge (nothing but chrome between it and the page break)
  and, when pages are marked, only when it is that page's number; otherwise it may be
  a footnote number;
* running headers as short lines that recur near page edges on two or more pages;
* composite lines (``区域安全周报 · 第2023-41期``, ``第 58 期｜2025 年 6 月``,
  ``政策評析 Policy Brief 臺灣產業與能源政策研究中心``) that are made only of known
  chrome: header strings, the series names, the publisher's name, an issue number, a
  date, separators.

Pages are known when the text has form feeds; without them (Markdown dumps), the lines
next to a page number stand for the page edge.

>>> is_page_number("— 2 —"), is_page_number("第 1 頁，共 5 頁"), is_page_number("1 / 2")
(True, True, True)
>>> is_page_number("2024"), is_page_number("12")
(False, False)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsparse.pdf.lines import Line, ends_sentence, squash

__all__ = [
    "COPYRIGHT",
    "DATE",
    "ISSUE",
    "is_page_number",
    "mark_composites",
    "mark_page_chrome",
]

# a page number in one of the printed styles (not a bare number): "- 1 -", "—1—", "- 1",
# "1 / 2", "第 1 頁", "第 1 頁，共 5 頁", "第1页 共2页", "Page 2 of 5", "p. 3"
_STYLED_PAGE = re.compile(
    r"^(?:[-–—‒―]\s*\d{1,4}\s*[-–—‒―]?"
    r"|\d{1,4}\s*[-–—‒―]"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|第\s*\d{1,4}\s*[頁页](?:\s*[，,、]?\s*共\s*\d{1,4}\s*[頁页])?"
    r"|(?:[Pp]age|[Pp]\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)
# a bare number: "3"
_BARE = re.compile(r"^\d{1,4}$")
#: an issue number: "第 2023-41 期", "2024年第12期", "第58期", "No. 2025-03", "Vol. 3 No. 2"
ISSUE = re.compile(
    r"(?:\d{4}\s*年\s*)?第\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*[期號号卷]"
    r"|(?:Vol\.\s*\d{1,4}\s*,?\s*)?No\.\s*\d{1,4}(?:[-–]\d{1,4})?"
)
#: a date as printed in a masthead: "2024年11月27日", "2025 年 6 月 3 日", "2025年6月",
#: "2024-11-27", "2024/11/27", "2024.11.27"
DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
)
# separators between the parts of a header line: "｜", "|", "·", "•", "/", "、"
_SEPARATORS = frozenset("｜|·•‧・/／、,，:：")
#: a copyright line: "東亞安全展望基金會 版權所有", "© 2024 …", "All rights reserved"
COPYRIGHT = re.compile(r"版權所有|版权所有|All rights reserved|^©|^\(c\)\s*\d{4}", re.IGNORECASE)

# what a footnote's text has: a URL or a quoted title ("https://…", "〈…〉", "《…》")
_NOTE_TEXT = re.compile(r"https?://|www\.|〈|《")

#: lines this close to a page break (in lines) count as being at the page edge
EDGE = 5
#: a running header is at most this long (characters, spaces not counted)
MAX_HEADER = 40


def is_page_number(text: str) -> bool:
    """True for a printed page number in a style that cannot be body text."""
    return bool(_STYLED_PAGE.match(text.strip()))


def _pages(lines: list[Line]) -> dict[int, list[int]]:
    pages: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        pages[line.page].append(i)
    return pages


def _edge_lines(lines: list[Line], paged: bool) -> set[int]:
    """Indexes of lines near a page edge."""
    edge: set[int] = set()
    if paged:
        for idx in _pages(lines).values():
            edge.update(idx[:EDGE])
            edge.update(idx[-EDGE:])
        return edge
    edge.update(range(min(len(lines), 2 * EDGE)))
    edge.update(range(max(0, len(lines) - EDGE), len(lines)))
    for i, line in enumerate(lines):
        text = line.text.strip()
        if is_page_number(text) or _BARE.match(text):
            edge.update(range(max(0, i - 3), min(len(lines), i + 4)))
    return edge


def mark_page_chrome(lines: list[Line]) -> set[str]:
    """Mark page numbers and running headers (``role = "chrome"``); return header keys.

    The returned set holds the running-header strings (white space removed).
    """
    paged = len({line.page for line in lines}) > 1
    for line in lines:
        if not line.role and is_page_number(line.text):
            line.role = "chrome"
    for line in lines:
        # "東亞安全展望基金會 版權所有 - 1": a copyright footer, with or without the page number
        if (
            not line.role
            and COPYRIGHT.search(line.text)
            and len(line.text) <= 60
            and not ends_sentence(line.text)
        ):
            line.role = "chrome"
    edge = _edge_lines(lines, paged)
    headers = _running_headers(lines, edge, paged)
    for i in edge:
        line = lines[i]
        if not line.role and (squash(line.text) in headers or COPYRIGHT.search(line.text)):
            line.role = "chrome"
    _mark_bare_numbers(lines, paged)
    return headers


def _running_headers(lines: list[Line], edge: set[int], paged: bool) -> set[str]:
    pages: defaultdict[str, set[int]] = defaultdict(set)
    count: Counter[str] = Counter()
    for i in edge:
        line = lines[i]
        key = squash(line.text)
        if line.role or not 2 <= len(key) <= MAX_HEADER or ends_sentence(key) or _BARE.match(key):
            continue
        count[key] += 1
        pages[key].add(line.page)
    return {key for key, n in count.items() if n >= 2 and (len(pages[key]) >= 2 or not paged)}


def _mark_bare_numbers(lines: list[Line], paged: bool) -> None:
    """Bare numbers with only chrome between them and a page edge are page numbers."""
    by_page = _pages(lines) if paged else {0: list(range(len(lines)))}
    for page, idx in by_page.items():
        for run in (idx, idx[::-1]):
            for i in run:
                line = lines[i]
                if line.role == "chrome":
                    continue
                if _BARE.match(line.text.strip()) and (not paged or int(line.text) == page + 1):
                    line.role = "chrome"
                break
    if paged:
        return
    # no page marks: a bare number next to chrome is a page number, unless a note text
    # follows it ("1" / "中央社，〈…〉，https://…" is a footnote)
    for i, line in enumerate(lines):
        if line.role or not _BARE.match(line.text.strip()):
            continue
        near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
        following = next((other for other in lines[i + 1 : i + 4] if other.role != "chrome"), None)
        if following is not None and _NOTE_TEXT.search(following.text):
            continue
        if any(other.role == "chrome" for other in near) or i == len(lines) - 1:
            line.role = "chrome"


def _consume(key: str, known: dict[str, list[str]], publisher: str) -> bool:
    """True when ``key`` (no spaces) is made only of known chrome pieces.

    ``known`` maps a first character to the known strings starting with it, longest first.
    """
    pos = 0
    while pos < len(key):
        if key[pos] in _SEPARATORS:
            pos += 1
            continue
        rest = key[pos:]
        m = ISSUE.match(rest) or DATE.match(rest)
        if m:
            pos += m.end()
            continue
        for k in known.get(key[pos], ()):
            if rest.startswith(k):
                pos += len(k)
                break
        else:
            # a piece of the publisher's name: "臺灣產業與能源政策研究中心"
            return bool(publisher) and len(rest) >= 4 and rest in publisher
    return True


def mark_composites(lines: list[Line], known: Iterable[str], publisher: str = "") -> None:
    """Mark lines made only of known chrome pieces (issue, date, series, header strings).

    Only lines near a page edge are looked at, and never a line that ends a sentence.
    """
    paged = len({line.page for line in lines}) > 1
    keys: dict[str, list[str]] = {}
    for k in sorted({squash(k) for k in known if squash(k)}, key=len, reverse=True):
        keys.setdefault(k[0], []).append(k)
    pub = squash(publisher)
    for i in _edge_lines(lines, paged) | _near_chrome(lines):
        line = lines[i]
        if line.role or ends_sentence(line.text):
            continue
        key = squash(line.text)
        if key and len(key) <= 2 * MAX_HEADER and _consume(key, keys, pub):
            line.role = "chrome"


def _near_chrome(lines: list[Line]) -> set[int]:
    near: set[int] = set()
    for i, line in enumerate(lines):
        if line.role == "chrome":
            near.update(range(max(0, i - 2), min(len(lines), i + 3)))
    return near
