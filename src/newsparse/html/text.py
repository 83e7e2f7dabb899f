"""Whitespace and invisible-character cleanup for text taken out of HTML.

The source's own characters are kept: no script conversion and no width folding here
(see :mod:`newsparse.normalize`). What goes: markup whitespace, NBSP, zero-width and
control characters, and the line breaks that HTML source puts between two Chinese
characters (a browser shows none there).

>>> clean_inline("  北約\\n   秘書長\\u00a0訪南韓\\u200b ")
'北約秘書長 訪南韓'
>>> clean_inline("the\\n  quick  brown")
'the quick brown'
"""

from __future__ import annotations

import re

__all__ = ["BR", "clean_inline", "split_paragraphs"]

#: Marker the HTML walker writes for ``<br>`` (ASCII record separator).
BR = "\x1e"

# zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator; C0 controls
# other than tab/newline/CR and the BR marker
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1d\x1f\x7f]")
# CJK ideographs, kana, CJK and full-width punctuation: no space belongs between these
_CJK = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
)
# "北約\n   秘書長" -> "北約秘書長": a source line break between two CJK characters
_CJK_NEWLINE = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f\\v]*\\n[ \\t\\r\\n\\f\\v]*(?=[{_CJK}])")
# the same where the newline follows the ideograph directly: "北約\n   秘書長" (it starts with the
# newline, which the regex engine finds fast, and looks back from there)
_CJK_AFTER_NEWLINE = re.compile(f"\\n(?<=[{_CJK}]\\n)[ \\t\\r\\n\\f\\v]*(?=[{_CJK}])")
# spaces, tabs and carriage returns before a newline: "自由，  \n   经常" (within a run of white
# space that holds a newline they change nothing but what _CJK_AFTER_NEWLINE can see)
_BEFORE_NEWLINE = re.compile(r"[ \t\r\f\v][ \t\r\f\v]*\n")
# any run of markup whitespace (NBSP included) except the BR marker (written "[…][…]*", not
# "[…]+": the regex engine skips to a pattern's first character fast only when it is a plain set)
_SPACES = re.compile(
    r"[ \t\n\r\f\v\u00a0\u2028\u2029\u202f\u2000-\u200a][ \t\n\r\f\v\u00a0\u2028\u2029\u202f\u2000-\u200a]*"
)
# a character one of the steps below changes: a newline, an invisible character, white space
# other than " ", the BR marker. Text without one ("\u3000\u3000記者：", indented with ideographic
# spaces) only needs its runs of spaces collapsed.
_CHANGED = re.compile("[\x00-\x1f\x7f\u00a0\u00ad\u180e\u2000-\u200b\u2028\u2029\u202f\u2060\ufeff]")
# two or more spaces: "a  b"
_SPACE_RUN = re.compile(" {2,}")
# spaces around a BR marker: "a \x1e b" -> "a\x1eb"
_AROUND_BR = re.compile(f" *{BR} *")
# two or more BR markers (with nothing between) split paragraphs
_PARAGRAPH_BREAK = re.compile(f"{BR}{{2,}}")


def clean_inline(text: str) -> str:
    """Collapse markup whitespace and drop invisible characters (BR markers kept)."""
    if text.isprintable():
        # the usual short text: no control, invisible or white-space character but " " (and no BR)
        return (_SPACE_RUN.sub(" ", text) if "  " in text else text).strip(" ")
    # markup white space at either end would become a space that is stripped: "\n   正文。\n  "
    # (pretty-printed source) loses it first, and is then often as plain as the usual text
    stripped = text.strip(" \t\n\r")
    if (len(stripped) != len(text) and stripped.isprintable()) or not _CHANGED.search(stripped):
        return (_SPACE_RUN.sub(" ", stripped) if "  " in stripped else stripped).strip(" ")
    text = stripped
    if "\n" in text:
        # _CJK_NEWLINE removes a run of white space that holds a newline and sits between two CJK
        # characters. The white space before the run's first newline is dropped first: it would
        # become part of a collapsed space or of a removed run all the same. Then every such run
        # starts with its newline, and _CJK_AFTER_NEWLINE (which the regex engine finds by its
        # newline, many times faster than _CJK_NEWLINE's look-behind at every character) does it.
        if " \n" in text or "\t\n" in text or "\r\n" in text or "\f\n" in text or "\v\n" in text:
            text = _BEFORE_NEWLINE.sub("\n", text)
        text = _CJK_AFTER_NEWLINE.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if BR in text:
        # what _AROUND_BR.sub(BR, text) gives: no run of spaces is left, so only a single space
        # can touch a marker ("a \x1e b" -> "a\x1eb"); two replaces find them without trying
        # the pattern at every character
        text = text.replace(" " + BR, BR).replace(BR + " ", BR)
    return text.strip(" ")


def split_paragraphs(text: str) -> list[str]:
    """Split cleaned block text at runs of ``<br>``; a single ``<br>`` becomes a newline.

    >>> split_paragraphs("第一段。" + BR + BR + "第二段，" + BR + "續。" + BR)
    ['第一段。', '第二段，\\n續。']
    """
    parts = _PARAGRAPH_BREAK.split(text) if BR in text else [text]
    out = []
    for part in parts:
        part = part.strip(BR + " \u3000\t")
        if BR in part:
            part = "\n".join(line.strip(" \u3000") for line in part.split(BR) if line.strip(" \u3000"))
        if part:
            out.append(part)
    return out
