"""Script detection: is a text written in Simplified (``Hans``) or Traditional (``Hant``) Chinese?

Detection counts the *distinct* characters of a text that belong to one script only (``发``,
``们``, ``这`` are Simplified-only; ``發``, ``們``, ``這`` are Traditional-only; ``台``, ``后``,
``中`` belong to both and are not counted). The two character sets live in
``newsparse/data/script_chars.txt``. Long texts are sampled, so detection costs a few tens of
microseconds whatever the length.

>>> detect_script("北約秘書長訪南韓 促增對烏克蘭軍援")
'Hant'
>>> detect_script("韩乌同意分享朝俄情报，但韩国民意不支持向基辅提供武器")
'Hans'
>>> detect_script("日本首相岸田文雄") is None  # no character tells the scripts apart
True
>>> detect_script("Hello, world") is None
True
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Literal, NamedTuple

import attrs

__all__ = [
    "MIN_EVIDENCE",
    "SAMPLE_SIZE",
    "ScriptName",
    "ScriptReading",
    "detect_script",
    "read_script",
    "script_evidence",
]

#: What :func:`detect_script` returns besides ``None``.
ScriptName = Literal["Hans", "Hant"]

#: Fewer distinct script-distinctive characters than this and :func:`detect_script` says ``None``.
MIN_EVIDENCE = 2
#: Texts longer than this many characters are sampled (three evenly spaced windows).
SAMPLE_SIZE = 3000
#: The winning script needs this many times the other's evidence; below it the text is mixed.
_DOMINANCE = 2
#: This many distinct kana mean Japanese, not Chinese ("の" alone turns up in Chinese posts).
_KANA_LIMIT = 8

# one data line: "Hans\t发们这…"
_DATA_LINE = re.compile(r"^(Hans|Hant)\t(\S+)$")
# hiragana and katakana, without the prolonged sound mark and middle dot shared with Chinese
# ("の", "ア"; not "ー", "・")
_KANA = frozenset(chr(code) for code in (*range(0x3041, 0x3097), *range(0x30A1, 0x30FB)))


@cache
def _script_chars() -> dict[str, frozenset[str]]:
    """The two character sets from ``data/script_chars.txt``, read once."""
    raw = resources.files("newsparse").joinpath("data/script_chars.txt").read_text("utf-8")
    sets: dict[str, frozenset[str]] = {}
    for line in raw.splitlines():
        match = _DATA_LINE.match(line)
        if match:
            sets[match.group(1)] = frozenset(match.group(2))
    if set(sets) != {"Hans", "Hant"}:  # pragma: no cover - a packaging error
        raise RuntimeError("newsparse/data/script_chars.txt lacks its Hans or Hant line")
    return sets


@attrs.frozen
class _Classes:
    """The character sets as regex classes, for scanning a text without building its set.

    Only characters of the Basic Multilingual Plane go into the classes (``re`` tests
    them with one table lookup; astral characters would be tested one by one), so a text
    with any astral character takes the exact path.
    """

    #: a Simplified-only or Traditional-only character: "发", "發"
    either: re.Pattern[str]
    hans: re.Pattern[str]
    hant: re.Pattern[str]
    #: what rules out a pure Simplified text: a Traditional-only character, kana, an astral character
    against_hans: re.Pattern[str]
    #: what rules out a pure Traditional text: a Simplified-only character, kana, an astral character
    against_hant: re.Pattern[str]


# any character beyond the Basic Multilingual Plane: "𠮷"
_ASTRAL = "\U00010000-\U0010ffff"
_ASTRAL_CHAR = re.compile(f"[{_ASTRAL}]")
# hiragana and katakana, as in _KANA
_KANA_CLASS = "\u3041-\u3096\u30a1-\u30fa"


@cache
def _classes() -> _Classes:
    """The regex classes of :func:`_script_chars`, compiled once."""
    bmp = {
        name: re.escape("".join(sorted(ch for ch in chars if ch <= "\uffff")))
        for name, chars in _script_chars().items()
    }
    return _Classes(
        either=re.compile(f"[{bmp['Hans']}{bmp['Hant']}]"),
        hans=re.compile(f"[{bmp['Hans']}]"),
        hant=re.compile(f"[{bmp['Hant']}]"),
        against_hans=re.compile(f"[{bmp['Hant']}{_KANA_CLASS}{_ASTRAL}]"),
        against_hant=re.compile(f"[{bmp['Hans']}{_KANA_CLASS}{_ASTRAL}]"),
    )


class ScriptReading(NamedTuple):
    """What :func:`read_script` found in a text's sample."""

    #: what :func:`detect_script` says
    script: ScriptName | None
    #: the sample was read in full and has no kana (hiragana or katakana)
    kana_free: bool


def _single_script(text: str) -> ScriptReading | None:
    """The reading of a text written in one script only, ``None`` when the text is not that simple.

    A text whose distinctive characters all belong to one script, with no kana and no astral
    characters, is that script when it has two distinct such characters and ``None`` when
    it has fewer; found with a few regex scans instead of a set of the whole text.
    """
    classes = _classes()
    first = classes.either.search(text)
    if first is None:
        return ScriptReading(None, False) if _ASTRAL_CHAR.search(text) is None else None
    char = first.group()
    if char in _script_chars()["Hans"]:
        script: ScriptName = "Hans"
        against, same = classes.against_hans, classes.hans
    else:
        script, against, same = "Hant", classes.against_hant, classes.hant
    if against.search(text) is not None:
        return None
    for match in same.finditer(text, first.end()):
        if match.group() != char:
            return ScriptReading(script, True)
    return ScriptReading(None, True)


def _sample(text: str, size: int) -> str:
    """``text`` itself when short, else three windows from its start, middle and end."""
    if len(text) <= size:
        return text
    window = size // 3
    middle = (len(text) - window) // 2
    return text[:window] + text[middle : middle + window] + text[-window:]


def script_evidence(text: str) -> tuple[int, int]:
    """How many distinct Simplified-only and Traditional-only characters ``text`` has (no sampling).

    >>> script_evidence("发展發展")  # 展 is written the same in both
    (1, 1)
    """
    chars = set(text)
    sets = _script_chars()
    return len(chars & sets["Hans"]), len(chars & sets["Hant"])


def detect_script(text: str, *, sample: int = SAMPLE_SIZE) -> ScriptName | None:
    """``"Hans"`` or ``"Hant"`` for Chinese text, ``None`` when it cannot tell.

    ``None`` means: fewer than :data:`MIN_EVIDENCE` distinct script-distinctive characters
    (too little Chinese, or none), a mix where neither script has twice the other's
    evidence, or Japanese (kana). Texts longer than ``sample`` characters are sampled.
    Taiwan and Hong Kong Traditional are both ``"Hant"``.

    >>> detect_script("这是简体字。這是繁體字。")  # as much of one as of the other
    >>> detect_script("中共中央总书记習近平")  # one Traditional character in Simplified text
    'Hans'
    """
    return read_script(text, sample=sample).script


def read_script(text: str, *, sample: int = SAMPLE_SIZE) -> ScriptReading:
    """:func:`detect_script`, and whether the sample is known to have no kana.

    When the text is no longer than ``sample``, the sample is the whole text, and a
    ``kana_free`` reading spares a language check another scan for kana.

    >>> read_script("北約秘書長訪南韓")
    ScriptReading(script='Hant', kana_free=True)
    """
    window = _sample(text, sample)
    reading = _single_script(window)
    if reading is not None:
        return reading
    chars = set(window)
    sets = _script_chars()
    hans = len(chars & sets["Hans"])
    hant = len(chars & sets["Hant"])
    kana = len(chars & _KANA)
    if max(hans, hant) < MIN_EVIDENCE or kana >= _KANA_LIMIT:
        return ScriptReading(None, not kana)
    if hans >= _DOMINANCE * hant:
        return ScriptReading("Hans", not kana)
    if hant >= _DOMINANCE * hans:
        return ScriptReading("Hant", not kana)
    return ScriptReading(None, not kana)
