"""Bytes to text: byte-order marks, UTF-16, GB18030 and Big5, newline normalization.

Archived posts are UTF-8 almost always; the rest come from older mirrors in GB18030
(mainland), Big5 (Taiwan, Hong Kong) or UTF-16 (Windows tools). Detection is
deterministic and local: a byte-order mark decides; else strict UTF-8; else every legacy
codec that decodes the bytes strictly is scored by how much of the result is common
Chinese text, and the best one wins.

>>> decode_text("北約秘書長訪問南韓，這是他此行的第1站。".encode("big5"))
'北約秘書長訪問南韓，這是他此行的第1站。'
>>> decode_text("北约秘书长访问南韩，这是他此行的第1站。".encode("gb18030"))
'北约秘书长访问南韩，这是他此行的第1站。'
>>> decode_text(b"a\\r\\nb\\rc")
'a\\nb\\nc'
"""

from __future__ import annotations

import codecs
import re

from newsparse.errors import DecodeError

__all__ = ["decode_text", "normalize_newlines"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Legacy codecs tried when the bytes are not UTF-8, in order of preference on a tie.
LEGACY_CODECS = ("gb18030", "big5hkscs", "big5")

# Characters that make up a large share of any Chinese news text, in both scripts:
# real GB18030 or Big5 text decodes to many of them; the wrong codec gives rare ideographs.
_COMMON = frozenset(
    "的一是在不了有和人這这中大為为上個个國国我以要他時时來来用們们生到作地於于出就分對对"
    "成會会可主發发年動动同工也能下過过子說说產产種种面而方後后多定行學学法所民得經经十三"
    "之進进著着等部度家電电力裡里如水化高自二理起小物現现實实加量都兩两體体制機机當当使點点"
    "從从業业本去把性好應应開开它合還还因由其些然前外天政四日那社義义事平形相全表間间樣样與与"
    "關关各重新線线內内數数正心反你明看原又麼么利比或但質质氣气第向道命此變变條条只沒没結结解"
    "問问意建月公無无系軍军很情者最立代想已通並并提直題题黨党程展五果料象員员革位入常文總总次"
    "品式活設设及管特件長长求老頭头基資资邊边流路級级少圖图山統统接知較较將将組组見见計计別别"
    "她手角期根論论運运農农指幾几九區区強强放決决西被幹干做必戰战先回則则任取據据處处理府研"
    "，。、「」：；？！（）《》“”"
)
_WS_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# "a\r\nb" and "a\rb" -> "a\nb"
_NEWLINES = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF."""
    if "\r" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def _score(text: str) -> float:
    """Share of characters that are common Chinese text, ASCII or whitespace."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        if ch < "\x80" or ch in _COMMON:
            good += 1
    return good / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: recognisable by NUL bytes at every other position."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    for codec, nuls in (("utf-16-be", even_nuls), ("utf-16-le", odd_nuls)):
        if nuls > half * 0.3:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(data: bytes, *, name: str | None = None) -> str:
    """Decode ``data`` to text with newlines normalized, or raise :class:`DecodeError`.

    ``name`` is used in the error message.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return normalize_newlines(data[len(bom) :].decode(codec))
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {codec} byte-order mark but is not valid {codec}",
                    name=name,
                    offset=exc.start + len(bom),
                ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        if "\x00" in text:
            utf16 = _utf16_without_bom(data)
            if utf16 is not None:
                return normalize_newlines(utf16)
        return normalize_newlines(text)

    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return normalize_newlines(utf16)

    best: tuple[float, str] | None = None
    for codec in LEGACY_CODECS:
        try:
            candidate = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(candidate[:20000])
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is None or best[0] < 0.15:
        raise DecodeError(
            "could not decode the bytes as UTF-8, UTF-16, GB18030 or Big5 "
            f"(first invalid UTF-8 byte {data[utf8_error.start]:#04x})",
            name=name,
            offset=utf8_error.start,
        )
    return normalize_newlines(best[1])


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters (a binary file, not a post)."""
    sample = text[:4096]
    if not sample:
        return False
    return len(_WS_CONTROL.findall(sample)) > len(sample) * 0.1
