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
from typing import Literal

__all__ = ["MIN_EVIDENCE", "SAMPLE_SIZE", "ScriptName", "detect_script", "script_evidence"]

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
    chars = set(_sample(text, sample))
    sets = _script_chars()
    hans = len(chars & sets["Hans"])
    hant = len(chars & sets["Hant"])
    if max(hans, hant) < MIN_EVIDENCE:
        return None
    if len(chars & _KANA) >= _KANA_LIMIT:
        return None
    if hans >= _DOMINANCE * hant:
        return "Hans"
    if hant >= _DOMINANCE * hans:
        return "Hant"
    return None
