"""Split extracted text into pages and lines, and undo ``pdftotext -layout`` columns.

Form feeds (``\\f``) are page breaks: pdftotext ends every page with one, and PyMuPDF or
pypdf dumps are often joined with them. ``pdftotext -layout`` prints a two-column page
with both columns side by side on each text row::

       美國總統拜登（Joe Biden）於 2022 年 8                     上熟練技術員不足與工會協商等因素，使美國
    月簽署《晶片與科學法》（CHIPS and Science                      廠的毛利率明顯低於台灣本廠。

The right column starts at (nearly) the same character position on every row of a page,
whatever the left column holds, so the page's column start is the most common position
where text resumes after a run of spaces. Rows from the first row that uses it to
the end of the page are split there, and the page is read left column first, then right
column. Rows above (masthead, title) are read as they are; a run of three or more spaces
there still separates two pieces of text (a running header's left and right halves).

>>> rows = [f"左欄第{i}行文字左欄第{i}行文字" + " " * 12 + f"右欄第{i}行" for i in range(8)]
>>> page = "head\\n" + "\\n".join(rows)
>>> [ln.text for ln in read_lines(page)][:3], read_lines(page)[-1].column
(['head', '左欄第0行文字左欄第0行文字', '左欄第1行文字左欄第1行文字'], 1)
"""

from __future__ import annotations

import re
from collections import Counter

from newsparse.pdf.lines import CJK, Line, text_width
from newsparse.pdf.markup import looks_like_markdown, marker, read_markup

__all__ = ["read_lines", "split_columns"]

# a run of three or more spaces between two pieces of text: "8     上熟練"
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# leading white space, ideographic spaces included: "　　韩国总统", "   美國總統"
_LEAD = re.compile(r"^[ \t\u3000]+")
# characters an extractor may leave that are not text: NUL, other C0 controls, BOM, soft
# hyphen, zero-width spaces
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff\u00ad\u200b\u200c\u2060]")

# superscript digits glued after CJK text: a footnote marker ("補助¹，", "合作。²"; not "km²")
_SUPER_MARK = re.compile(f"(?<=[{CJK})\\]”’])([⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
# superscript digits starting a line: a footnote's number ("¹ 美國商務部…")
_SUPER_LEAD = re.compile(r"^([ \t\u3000]*)([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
# superscript digits to ASCII
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

#: a page needs this many rows that use the column start to be read as two columns
MIN_COLUMN_ROWS = 6


def _column_start(rows: list[str]) -> int | None:
    """Where the right column of a ``-layout`` page starts, or None for one column."""
    if sum(1 for row in rows if "   " in row.strip()) < 2:
        return None
    starts: Counter[int] = Counter()
    for row in rows:
        for m in _GAP.finditer(row):
            starts[m.end()] += 1
        lead = len(row) - len(row.lstrip(" "))
        if lead >= 10 and row.strip():
            starts[lead] += 1
    if not starts:
        return None
    best, _ = starts.most_common(1)[0]
    # the column start, and a few positions after it (indented first lines)
    near = sum(n for pos, n in starts.items() if best - 2 <= pos <= best + 6)
    gaps = sum(1 for row in rows if any(best - 2 <= m.end() <= best + 6 for m in _GAP.finditer(row)))
    widest = max((len(row) for row in rows), default=0)
    if near >= MIN_COLUMN_ROWS and gaps >= 2 and best >= widest * 0.25:
        return best
    return None


def _uses_start(row: str, start: int) -> bool:
    lead = len(row) - len(row.lstrip(" "))
    if row.strip() and start - 2 <= lead <= start + 6:
        return True
    return any(start - 2 <= m.end() <= start + 6 for m in _GAP.finditer(row))


def split_columns(rows: list[str]) -> list[tuple[str, int]]:
    """The pieces of a ``-layout`` page in reading order, each with its column (0 or 1).

    Blank rows are kept as ``("", 0)``; a one-column page comes back row by row, with
    rows split at runs of three or more spaces.
    """
    start = _column_start(rows)
    if start is None:
        return [piece for row in rows for piece in _pieces(row, 0)]
    first = next(i for i, row in enumerate(rows) if _uses_start(row, start))
    last = len(rows) - 1
    out = [piece for row in rows[:first] for piece in _pieces(row, 0)]
    left: list[tuple[str, int]] = []
    right: list[tuple[str, int]] = []
    for row in rows[first : last + 1]:
        if not row.strip():
            left.append(("", 0))
            right.append(("", 1))
            continue
        lead = len(row) - len(row.lstrip(" "))
        if lead >= start - 2:
            right.append((" " * max(0, lead - start) + row.lstrip(" "), 1))
            continue
        cut = None
        for m in _GAP.finditer(row):
            if m.end() >= start - 2:
                cut = m
                break
        if cut is None:
            left.append((row, 0))
        else:
            left.append((row[: cut.start()], 0))
            right.append((" " * max(0, cut.end() - start) + row[cut.end() :], 1))
    out += left + right
    out += [piece for row in rows[last + 1 :] for piece in _pieces(row, 0)]
    return out


def _pieces(row: str, column: int) -> list[tuple[str, int]]:
    if "   " not in row.strip():
        return [(row, column)]
    lead = row[: len(row) - len(row.lstrip(" "))]
    parts = _GAP.split(row.strip())
    return [(lead + parts[0], column)] + [(part, column) for part in parts[1:]]


def read_lines(text: str) -> list[Line]:
    """Split extracted text into :class:`Line` records: pages, columns, Markdown hints.

    Blank lines are not returned; the next line's ``blank_before`` says one was there.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _JUNK.sub("", text).replace("\t", "    ")
    markdown = looks_like_markdown(text)
    lines: list[Line] = []
    for page_no, page in enumerate(text.split("\f")):
        rows = [row.rstrip() for row in page.split("\n")]
        pieces = split_columns(rows) if not markdown else [(row, 0) for row in rows]
        base = _base_indent(pieces)
        blank = True
        for raw, column in pieces:
            if not raw.strip():
                blank = True
                continue
            hint = read_markup(raw) if markdown else None
            body = hint.text if hint else raw
            if _SUPER_CHARS.search(body):
                body = _superscripts(body)
            lead = _LEAD.match(body)
            indent = 0.0
            if lead:
                spaces = lead.group()
                indent = spaces.count("\u3000") + max(0, spaces.count(" ") - base) * 0.5
                body = body[lead.end() :]
            line = Line(body.rstrip(), page=page_no, column=column, indent=indent, blank_before=blank)
            if hint:
                line.heading_level = hint.heading_level
                line.quote = hint.quote
                line.rule = hint.rule
                line.links = hint.links
                if hint.rule:
                    line.role = "rule"
            elif not body.strip():
                continue
            lines.append(line)
            blank = False
    return lines


# any superscript digit
_SUPER_CHARS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _superscripts(text: str) -> str:
    """Superscript digits as footnote markers (inside text) or note numbers (line start)."""
    text = _SUPER_LEAD.sub(lambda m: m.group(1) + m.group(2).translate(_SUPER_DIGITS) + " ", text)
    return _SUPER_MARK.sub(lambda m: marker(int(m.group(1).translate(_SUPER_DIGITS))), text)


def _base_indent(pieces: list[tuple[str, int]]) -> int:
    """The usual number of leading spaces of long lines (the page's left margin)."""
    leads: Counter[int] = Counter()
    for raw, _ in pieces:
        if text_width(raw.strip()) >= 12:
            leads[len(raw) - len(raw.lstrip(" "))] += 1
    if not leads:
        return 0
    return min(lead for lead, n in leads.items() if n >= max(1, leads.most_common(1)[0][1] // 4))
