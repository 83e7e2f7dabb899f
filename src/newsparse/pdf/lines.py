"""The line record every PDF-repair step works on, and the character classes they share.

A :class:`Line` is one printed line (or, for extractors that already join lines, one
block) with where it came from: page, column, leading indent, the Markdown hints an
extractor wrote (``#`` heading level, ``>`` quote), and the role a later step gave it
(``"chrome"``, ``"footnote"``, ...). Lines without a role are body text.

Widths are measured in ems of the body font: a CJK character is 1, a Latin letter or
digit about half, a space a quarter. They are only compared with each other.

>>> text_width("日本 Tu-95MS")
6.43
>>> ends_sentence("兩國關係日益緊張。」")
True
>>> ends_sentence("韓國總統尹錫")
False
>>> tidy_spaces("北大西 洋公約組織（ NATO ）秘書長  史托騰柏格")
'北大西洋公約組織（NATO）秘書長史托騰柏格'
"""

from __future__ import annotations

import re
from functools import lru_cache

from attrs import define, field

__all__ = [
    "CJK",
    "HAN",
    "Line",
    "ends_sentence",
    "has_cjk",
    "has_wide",
    "is_wide",
    "squash",
    "text_width",
    "tidy_spaces",
]

#: CJK ideographs, kana, Hangul, CJK symbols and punctuation, full-width forms: the
#: characters that take no space between them (a character class body, for regexes)
CJK = (
    "\u1100-\u115f\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19"
    "\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd"
)
#: ideographs only (a character class body)
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003fffd"
# CJK punctuation and full-width forms: "，" "。" "（" "」" "　"
_CJK_PUNCT = "\u3000-\u303f\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"

# one wide character: "國", "，", "Ａ"
_WIDE = re.compile(f"[{CJK}]")
# Latin capitals, small letters and digits: "T", "u", "9"
_UPPER = re.compile("[A-Z]")
_LOWER = re.compile("[a-z]")
_DIGIT = re.compile("[0-9]")
# any ideograph: "國"
_HAN = re.compile(f"[{HAN}]")
# one space (runs are collapsed first) between two CJK characters, next to CJK
# punctuation, or between CJK and curly quotes: "北大西 洋", "（ NATO", "风险” “有限"
_SPACE_IN_CJK = re.compile(
    f"(?<=[{CJK}]) (?=[{CJK}])|(?<=[{_CJK_PUNCT}]) | (?=[{_CJK_PUNCT}])"
    f"|(?<=[{CJK}”’]) (?=[“‘])|(?<=[”’]) (?=[{CJK}])|(?<=[{CJK}]) (?=[”’])|(?<=[“‘]) (?=[{CJK}])"
)
# a run of ASCII-ish spaces: "a   b", "a\u00a0b"
_SPACES = re.compile("[ \\t\u00a0\u2000-\u200a\u202f]+")
# several ideographic spaces: "　　"
_IDEO_SPACES = re.compile("\u3000{2,}")
# every kind of white space, for comparison keys
_ALL_SPACE = re.compile(r"\s+")
# closing brackets and quotes that may follow the end of a sentence: "。」" "。）"
_CLOSERS = "」』”’）)】〕〉》\"'"
# characters that end a sentence: "。" "！" "?" "." "…"
_ENDERS = frozenset("。！？!?．.…")


@define(slots=True)
class Line:
    """One printed line of extracted text and what the repair steps know about it."""

    text: str
    #: 0-based page number (0 when the extractor marked no pages)
    page: int = 0
    #: 0 for the left (or only) column, 1 for the right column of a two-column page
    column: int = 0
    #: leading indent in ems (ideographic spaces count 1, ASCII spaces 1/2)
    indent: float = 0.0
    #: a blank line came before this one
    blank_before: bool = False
    #: Markdown heading level the extractor wrote (``## x`` gives 2), 0 when none
    heading_level: int = 0
    #: the extractor wrote the line as a Markdown block quote (``> x``)
    quote: bool = False
    #: a horizontal rule (``---``) stood here; the text is empty
    rule: bool = False
    #: URLs of Markdown links on the line, in order
    links: list[str] = field(factory=list)
    #: what a repair step decided the line is; empty for body text
    role: str = ""

    @property
    def width(self) -> float:
        """The printed width of the text in ems (see :func:`text_width`)."""
        return text_width(self.text)


def is_wide(char: str) -> bool:
    """True for a CJK or full-width character.

    >>> is_wide("國"), is_wide("，"), is_wide("a")
    (True, True, False)
    """
    return bool(_WIDE.match(char))


def has_wide(text: str) -> bool:
    """True when ``text`` holds a CJK or full-width character."""
    return bool(_WIDE.search(text))


def has_cjk(text: str) -> bool:
    """True when ``text`` holds at least one ideograph."""
    return bool(_HAN.search(text))


@lru_cache(maxsize=1 << 16)
def text_width(text: str) -> float:
    """The printed width of ``text`` in ems.

    CJK 1, capitals 0.7, digits 0.6, small letters 0.48, spaces 0.3, anything else 0.35:
    average advance widths of the fonts think tanks print with, fitted on the corpus.
    """
    wide = len(_WIDE.findall(text))
    upper = len(_UPPER.findall(text))
    lower = len(_LOWER.findall(text))
    digits = len(_DIGIT.findall(text))
    spaces = text.count(" ")
    other = len(text) - wide - upper - lower - digits - spaces
    return round(wide + 0.7 * upper + 0.48 * lower + 0.6 * digits + 0.3 * spaces + 0.35 * other, 2)


@lru_cache(maxsize=1 << 16)
def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes allowed)."""
    end = text.rstrip().rstrip(_CLOSERS)
    return bool(end) and end[-1] in _ENDERS


def tidy_spaces(text: str) -> str:
    """Drop spaces inside CJK text and around CJK punctuation; collapse other runs.

    Spaces between a CJK character and a Latin letter or digit are kept (one), as the
    source may print them (``2022 年``). Ideographic spaces inside a line are kept.
    """
    text = _SPACES.sub(" ", text)
    text = _SPACE_IN_CJK.sub("", text)
    text = _IDEO_SPACES.sub("\u3000", text)
    return text.strip(" \t\u3000")


def squash(text: str) -> str:
    """``text`` without any white space: a key for comparing lines.

    >>> squash(" 遠景 論壇　")
    '遠景論壇'
    """
    return _ALL_SPACE.sub("", text)
