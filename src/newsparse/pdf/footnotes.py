"""Footnotes: take the notes out of the running text and the markers out of the sentences.

A footnote is printed at the foot of its column, so extractors put its text wherever the
column ends: between two halves of a sentence, before the page's running header, or
(pdftotext) with its number on a line of its own::

    補助1 ，並提供約 50 億美元的貸款額度。然
    而，當地建廠成本較台灣高出約三至五成，加

    1

    美國商務部國家標準與技術研究院（NIST），CHIPS for
    America 計畫網頁，https://www.nist.gov/chips。

A line is a footnote when it starts with the next expected number (``1``, then ``2``...),
alone on its line or before the note text (``1 中央社…``, Markdown ``> 1 中央社…``), and
the body above it carries that number as a marker: a superscript the extractor marked
(``<sup>1</sup>``) or a digit glued to the text before punctuation, a space or the end of
the line (``補助1 ，``, ``合作。3``, ``出口2。``, but not ``第3國``). The nearest such
marker above the note is removed from its line; the note's lines are set aside.

>>> from newsparse.pdf.lines import Line
>>> lines = [Line("直接補助1 ，並提供貸款。"), Line("1"), Line("美國商務部網頁，https://www.nist.gov/chips。")]
>>> [n.text for n in extract_footnotes(lines)], lines[0].text
(['美國商務部網頁，https://www.nist.gov/chips。'], '直接補助 ，並提供貸款。')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from attrs import define, field

from newsparse.pdf.join import join_texts, repair_urls, url_open
from newsparse.pdf.lines import CJK, Line, ends_sentence, tidy_spaces
from newsparse.pdf.markup import MARKER_CLOSE, MARKER_OPEN, marker

__all__ = ["Footnote", "extract_footnotes", "strip_markers"]

# a note number alone on its line: "1"
_BARE = re.compile(r"^(\d{1,3})$")
# a note in a Markdown quote, after the ">": "1 中央社，…", "1中央社"
_QUOTED = re.compile(r"^(\d{1,3})\s*(.*)$")
# a note number before its text: "1 中央社，…", "2　Regulation (EU) …"
_LEADING = re.compile(r"^(\d{1,3})[ \u3000]+(\S.*)$")
# a superscript marker as markup.py keeps it: "\ue0001\ue001"
_SENTINEL = re.compile(f"{MARKER_OPEN}(\\d{{1,3}}){MARKER_CLOSE}")
# a URL at the end of a line, complete (not ending in a character a line may break after)
_URL_END = re.compile(r"(?<![A-Za-z0-9./_-])(?:https?://|www\.)\S*[A-Za-z0-9#)]$")
# what a note text has: a URL, a quoted title, a reference word
_CITATION = re.compile(
    r"https?://|www\.|〈|《|<|Ibid|ibid|同註|同注|同上|參見|参见|資料來源|资料来源|pp?\.\s*\d"
)
# the start of a line that continues a URL: "202309150183.aspx", "cn/。"
_URL_CONT = re.compile(r"^[A-Za-z0-9%_~#?&=./-]+")

# any digit
_HAS_DIGIT = re.compile(r"\d")
# roles of lines that may hold a footnote marker
_MARKER_ROLES = frozenset(("", "heading", "caption", "editor_note"))

#: how many lines above a note the marker may be
MARKER_REACH = 150
#: a note has at most this many lines
MAX_NOTE_LINES = 5


@define
class Footnote:
    """One footnote: its number and text, and the line its marker was removed from."""

    number: int
    text: str
    marker_found: bool = True
    lines: list[int] = field(factory=list)


@lru_cache(maxsize=256)
def _literal(text: str) -> re.Pattern[str]:
    """A pattern matching ``text`` literally (a superscript marker)."""
    return re.compile(re.escape(text))


@lru_cache(maxsize=256)
def _glued(number: int | str) -> re.Pattern[str]:
    # the number glued to text, before punctuation, a space or the end of the line:
    # "補助1 ，", "合作。3", "出口2。"; not "第3國", "2023", "7.8", "2+2", "（1）"
    return re.compile(
        f"(?<=[{CJK}A-Za-z)\\]”’\"'])(?<![（(\\[［【])({number})"
        "(?=\\s*[，。、；：！？」』）)\\]”,.;:]|\\s*$|\\s+[^\\d\\s%])(?![）)\\]］】])"
    )


# any glued number of one to three digits, not part of a longer number
_ANY_GLUED = _glued(r"(?<!\d)\d{1,3}(?!\d)")


class _Markers:
    """Where each footnote number appears as a marker, line by line (built once)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.superscripts = any(MARKER_OPEN in line.text for line in lines)
        self.found: dict[int, list[int]] = {}
        pattern = _SENTINEL if self.superscripts else _ANY_GLUED
        for j, line in enumerate(lines):
            if line.role not in _MARKER_ROLES or not _HAS_DIGIT.search(line.text):
                continue
            for m in pattern.finditer(line.text):
                self.found.setdefault(int(m.group(1)), []).append(j)

    def nearest(self, at: int, number: int) -> tuple[int, re.Match[str]] | None:
        """The nearest marker for note ``number`` above line ``at``, within reach.

        When the extractor marked superscripts, only those count (``（1）`` stays).
        """
        rows = self.found.get(number, [])
        k = bisect_left(rows, at)
        pattern = _literal(marker(number)) if self.superscripts else _glued(number)
        while k > 0:
            k -= 1
            j = rows[k]
            if at - j > MARKER_REACH * 4:
                break
            line = self.lines[j]
            if line.role not in _MARKER_ROLES:
                continue
            matches = list(pattern.finditer(line.text))
            if matches:
                return j, matches[-1]
        return None


def _note_start(line: Line, expected: int) -> tuple[int, str] | None:
    text = line.text.strip()
    if line.quote:
        m = _QUOTED.match(text)
        if m and int(m.group(1)) >= expected:
            return int(m.group(1)), m.group(2)
        return None
    m = _BARE.match(text)
    if m:
        return int(m.group(1)), ""
    m = _LEADING.match(text)
    if m and not m.group(2)[0].isdigit():
        return int(m.group(1)), m.group(2)
    return None


def _citation(text: str) -> bool:
    """Text that reads like a note: a URL, a quoted title, a source reference."""
    return bool(_CITATION.search(text))


def _dangling(lines: list[Line], at: int) -> bool:
    """True when the body line before ``at`` stops in the middle of a sentence."""
    for j in range(at - 1, max(-1, at - 50), -1):
        line = lines[j]
        if line.role in ("chrome", "footnote"):
            continue
        return line.role == "" and not ends_sentence(line.text)
    return False


def _orphan_note(lines: list[Line], at: int) -> list[int] | None:
    """A note text standing alone at the foot of the page of line ``at``."""
    page = lines[at].page
    last = None
    for j in range(at + 1, min(len(lines), at + 200)):
        if lines[j].page != page:
            break
        if lines[j].role == "":
            last = j
    if last is None or not _citation(lines[last].text):
        return None
    start = last
    while start - 1 > at and lines[start - 1].role == "" and not ends_sentence(lines[start - 1].text):
        if url_open(lines[start - 1].text) or _citation(lines[start - 1].text):
            start -= 1
        else:
            break
    previous = next((lines[k] for k in range(start - 1, at, -1) if lines[k].role not in ("chrome",)), None)
    if previous is not None and previous.role == "" and not ends_sentence(previous.text):
        return None
    return list(range(start, last + 1))


def _note_open(text: str) -> bool:
    """True when a note's text so far continues on the next line."""
    if not text:
        return True
    text = repair_urls(text)
    if url_open(text):
        return True
    return not ends_sentence(text) and not _URL_END.search(text.rsplit(None, 1)[-1][-2000:])


def extract_footnotes(lines: list[Line]) -> list[Footnote]:
    """Find the notes, set their lines aside (``role = "footnote"``), remove their markers."""
    notes: list[Footnote] = []
    markers = _Markers(lines)
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        start = _note_start(line, expected) if line.role == "" else None
        if start is None or start[0] not in (expected, expected + 1):
            i += 1
            continue
        number, first = start
        found = markers.nearest(i, number)
        if found is None and not line.quote:
            i += 1
            continue
        parts = [first] if first else []
        taken = [i]
        j = i + 1
        while j < len(lines) and len(taken) <= MAX_NOTE_LINES and _note_open(join_texts(parts)):
            nxt = lines[j]
            if nxt.role == "chrome" and not parts:
                j += 1  # "2" / "1 / 2" / "国家互联网信息办公室网站，…": a page number between
                continue
            if nxt.role or _note_start(nxt, number + 1) is not None or nxt.quote != line.quote:
                break
            if parts and url_open(join_texts(parts)) and not _URL_CONT.match(nxt.text.strip()):
                break
            parts.append(nxt.text.strip())
            taken.append(j)
            j += 1
        if not parts:
            i += 1
            continue
        if not first and not line.quote and not _citation(join_texts(parts)) and _dangling(lines, i):
            # "…美国加州、" / "1" / "澳洲南澳州…": the number interrupts a sentence and what
            # follows is that sentence, not a note; the note text is at the page foot
            orphan = _orphan_note(lines, i)
            if orphan is None:
                i += 1
                continue
            parts, taken = [lines[k].text.strip() for k in orphan], [i, *orphan]
            j = i + 1
        for k in taken:
            lines[k].role = "footnote"
        if found is not None:
            j_line, m = found
            target = lines[j_line]
            target.text = target.text[: m.start()] + target.text[m.end() :]
        text = tidy_spaces(repair_urls(join_texts(parts)))
        notes.append(Footnote(number, text, found is not None, taken))
        expected = number + 1
        i = j
    return notes


def strip_markers(lines: list[Line]) -> int:
    """Remove superscript markers left without a note; return how many there were."""
    count = 0
    for line in lines:
        if MARKER_OPEN in line.text:
            line.text, n = _SENTINEL.subn("", line.text)
            count += n
    return count
