"""Bytes to text: byte-order marks, UTF-16, GB18030 and Big5, damaged bytes, newlines.

Archived posts are UTF-8 almost always; the rest come from older mirrors in GB18030
(mainland), Big5 or Big5-HKSCS (Taiwan, Hong Kong) or UTF-16 (Windows tools). Detection
is deterministic and local:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. else UTF-8, when the bytes are UTF-8 — or nearly: a file cut in the middle of a
   character, or with a few damaged bytes among many good UTF-8 characters, is still
   UTF-8; Windows-1252 punctuation pasted into UTF-8 text (curly quotes, dashes, an
   ellipsis from a Word snippet) is converted by BeautifulSoup's
   ``UnicodeDammit.detwingle``; other damage becomes U+FFFD; both with a warning;
3. else UTF-16 without a BOM, recognised by NUL bytes at every other position;
4. else every candidate codec (GB18030, Big5-HKSCS, Big5, UTF-16) decodes a sample and
   is scored by how much of the result is ASCII text or common Chinese characters; the
   best one decodes the whole input. When none looks like text, :class:`DecodeError`.

Line ends are normalized to ``\\n``. Only the sample is decoded more than once, so a
20 MB input costs one pass of its codec.

>>> decode_text("北約秘書長訪問南韓，這是他此行的第1站。".encode("big5"))
'北約秘書長訪問南韓，這是他此行的第1站。'
>>> decode_text("北约秘书长访问南韩，这是他此行的第1站。".encode("gb18030"))
'北约秘书长访问南韩，这是他此行的第1站。'
>>> decode_text(b"a\\r\\nb\\rc")
'a\\nb\\nc'
>>> d = decode_bytes("北約秘書長訪問南韓".encode()[:-1])
>>> d.text, d.encoding
('北約秘書長訪問南', 'utf-8')
>>> print(*d.warnings)
the input ends in the middle of a UTF-8 character (truncated?); 2 byte(s) dropped
"""

from __future__ import annotations

import codecs
import re

from attrs import frozen
from bs4.dammit import UnicodeDammit

from newsparse.errors import DecodeError

__all__ = [
    "LEGACY_CODECS",
    "Decoded",
    "decode_bytes",
    "decode_parts",
    "decode_plain",
    "decode_text",
    "free_of_controls",
    "looks_binary",
    "normalize_newlines",
    "plainly_text",
    "scan_controls",
    "utf8_suffix",
]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: bytes per code unit, for spotting a file cut in the middle of a character
_UNIT = {"utf-32-le": 4, "utf-32-be": 4, "utf-16-le": 2, "utf-16-be": 2}

#: Legacy codecs tried when the bytes are not UTF-8, in order of preference on a tie.
LEGACY_CODECS = ("gb18030", "big5hkscs", "big5")
#: Every codec scored in step 4, in order of preference on a tie.
_CANDIDATES = (*LEGACY_CODECS, "utf-16-le", "utf-16-be")

#: bytes of the input each candidate codec decodes to be scored (even, for UTF-16)
_SAMPLE_BYTES = 32 * 1024
#: a candidate scoring less than this is not text in that codec
_MIN_SCORE = 0.4
#: damaged UTF-8 is still UTF-8 when it has this many good non-ASCII characters per bad sequence
_GOOD_PER_BAD = 8
#: a decoding with more than this share of replaced sequences is not that encoding
_MAX_BAD_SHARE = 0.05

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
    "韓韩北約约南美日俄烏乌京台臺灣湾港華华報报記记者訪访問问議议會会談谈統统總总習习近"
    "，。、「」：；？！（）《》“”"
)


def _frequent_hanzi() -> frozenset[str]:
    """The frequent characters of both scripts: GB2312 level 1 and Big5's frequent block."""
    chars: set[str] = set()
    for codec, leads, trails in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(codec))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars) - _COMMON


#: characters that count half: frequent, but also met when the wrong codec decodes
_FREQUENT = _frequent_hanzi()
# C0 control characters other than tab, newline and carriage return: "\x00", "\x1b"
_WS_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# "a\r\nb" and "a\rb" -> "a\nb"
_NEWLINES = re.compile(r"\r\n?")
# every byte with the high bit set (deleted with bytes.translate to count them)
_HIGH_BYTES = bytes(range(0x80, 0x100))


@frozen
class Decoded:
    """Decoded text, the codec that decoded it and what was repaired on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF.

    >>> normalize_newlines("a\\r\\n\\r\\nb\\rc")
    'a\\n\\nb\\nc'
    """
    if "\r" not in text:
        return text
    return _NEWLINES.sub("\n", text)


def _encoded_replacement(codec: str) -> bytes:
    try:
        return "\ufffd".encode(codec)
    except UnicodeEncodeError:
        return b""


def _decode_counting(data: bytes, codec: str) -> tuple[str, int, int | None]:
    """Decode with U+FFFD for bad sequences; return the text, how many, and the first offset."""
    text = data.decode(codec, "replace")
    if "\ufffd" not in text:
        return text, 0, None
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        marker = _encoded_replacement(codec)
        genuine = data.count(marker) if marker else 0
        return text, max(1, text.count("\ufffd") - genuine), exc.start
    return text, 0, None  # every U+FFFD was in the input itself


def _score(text: str) -> float:
    """How much ``text`` looks like Chinese news: ASCII text and common Chinese characters
    count for it (other frequent characters half), control characters, U+FFFD and
    private-use characters against it.

    >>> _score("北約秘書長訪問南韓") > _score("韏鍓䝓鍠蝗")
    True
    """
    if not text:
        return 0.0
    good = 0.0
    bad = 0
    for ch in text:
        if ch < "\x80":
            if ch >= " " or ch in "\t\n\r":
                good += 1
            else:
                bad += 1
        elif ch in _COMMON:
            good += 1
        elif ch in _FREQUENT:
            good += 0.5
        elif ch == "\ufffd" or "\ud800" <= ch <= "\uf8ff":
            bad += 1
    return (good - 2 * bad) / len(text)


def _bom(data: bytes, name: str | None) -> Decoded | None:
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        body = data[len(bom) :]
        warnings: list[str] = []
        extra = len(body) % _UNIT.get(codec, 1)
        if extra:
            body = body[:-extra]
            warnings.append(_truncated(codec, extra))
        text, bad, first = _decode_counting(body, codec)
        if bad:
            if bad > len(text) * _MAX_BAD_SHARE:
                raise DecodeError(
                    f"starts with a {codec.upper()} byte-order mark but is not valid {codec.upper()} "
                    f"({bad} bad sequences)",
                    name=name,
                    offset=(first or 0) + len(bom),
                )
            warnings.append(_replaced(bad, codec, (first or 0) + len(bom)))
        return Decoded(normalize_newlines(text), codec, tuple(warnings))
    return None


def _replaced(bad: int, codec: str, first: int) -> str:
    return f"{bad} invalid {codec.upper()} byte sequence(s) replaced with U+FFFD (first at byte {first})"


def _truncated(codec: str, dropped: int) -> str:
    return (
        f"the input ends in the middle of a {codec.upper()} character (truncated?); {dropped} byte(s) dropped"
    )


def _utf16_by_nuls(data: bytes) -> Decoded | None:
    """UTF-16 with no BOM: recognisable by NUL bytes at every other position."""
    if len(data) < 4:
        return None
    half = len(data) // 2
    for codec, nuls in (("utf-16-be", data[0::2].count(0)), ("utf-16-le", data[1::2].count(0))):
        if nuls > half * 0.3:
            warnings = []
            body = data
            if len(data) % 2:
                body = data[:-1]
                warnings.append(_truncated(codec, 1))
            text, bad, first = _decode_counting(body, codec)
            if bad > len(text) * _MAX_BAD_SHARE:
                return None
            if bad:
                warnings.append(_replaced(bad, codec, first or 0))
            return Decoded(normalize_newlines(text), codec, tuple(warnings))
    return None


#: Windows-1252 punctuation bytes that Word snippets bring into UTF-8 text:
#: ellipsis (0x85), curly quotes (0x91-0x94), bullet (0x95), en and em dashes (0x96, 0x97)
_CP1252_PUNCT = frozenset(b"\x85\x91\x92\x93\x94\x95\x96\x97")


def _only_windows_punctuation(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: accept an invalid byte only if it is Windows-1252 punctuation."""
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    if len(chunk) == 1 and chunk[0] in _CP1252_PUNCT:
        return "", error.end
    raise error


codecs.register_error("newsparse-cp1252-punctuation", _only_windows_punctuation)


def _windows_punctuation(data: bytes, bad: int) -> Decoded | None:
    """UTF-8 with Windows-1252 punctuation pasted in, converted with ``detwingle``.

    Only when every invalid byte is such punctuation: random damage is not turned into
    plausible-looking characters.

    >>> d = _windows_punctuation("他說".encode() + b"\\x93OK\\x94", 2)
    >>> d.text, d.warnings
    ('他說“OK”', ('2 Windows-1252 character(s) inside UTF-8 text converted',))
    """
    try:
        data.decode("utf-8", "newsparse-cp1252-punctuation")
    except UnicodeDecodeError:
        return None
    try:
        text = UnicodeDammit.detwingle(data).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return Decoded(
        normalize_newlines(text), "utf-8", (f"{bad} Windows-1252 character(s) inside UTF-8 text converted",)
    )


def _nearly_utf8(data: bytes, text: str, bad: int, first: int) -> Decoded | None:
    """UTF-8 cut short or with a few damaged bytes among many good characters."""
    if bad <= 64 and (pasted := _windows_punctuation(data, bad)) is not None:
        return pasted
    if bad == 1 and first >= len(data) - 3 and text.endswith("\ufffd"):
        try:
            data[first:].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                return Decoded(
                    normalize_newlines(text[:-1]),
                    "utf-8",
                    (_truncated("utf-8", len(data) - first),),
                )
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    multibyte = len(text) - (len(data) - high) - text.count("\ufffd")
    if multibyte >= _GOOD_PER_BAD * bad:
        return Decoded(normalize_newlines(text), "utf-8", (_replaced(bad, "utf-8", first),))
    return None


def decode_bytes(data: bytes, *, name: str | None = None) -> Decoded:
    """Decode ``data`` (see the module docs), or raise :class:`DecodeError` naming ``name``.

    >>> decode_bytes("標題".encode("utf-16")).encoding
    'utf-16-le'
    >>> decode_bytes(b"<p>" + "北約秘書長".encode("gb18030") + b"</p>").encoding
    'gb18030'
    """
    return Decoded(*decode_parts(data, name=name))


def decode_parts(data: bytes, *, name: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """:func:`decode_bytes` as a plain ``(text, encoding, warnings)`` tuple.

    What ``parse`` calls: building the frozen :class:`Decoded` costs more than the checks
    of a valid UTF-8 post.

    >>> decode_parts(b"a\\r\\nb")
    ('a\\nb', 'utf-8', ())
    """
    if not data:
        return "", "utf-8", ()
    # the usual input: valid UTF-8, no BOM (each BOM starts with one of these bytes), no NUL
    # byte (a NUL is a NUL character in UTF-8; searching the bytes for it is cheaper than
    # searching the text, whose two-byte units hold many zeros). A "\r" character is a 0x0D
    # byte, which no other character's UTF-8 form holds.
    # (decode_plain tells the same inputs apart: keep the two in step)
    if data[0] not in _BOM_LEADS and b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return (text if b"\r" not in data else _NEWLINES.sub("\n", text)), "utf-8", ()
    found = _decode_unusual(data, name)
    return found.text, found.encoding, found.warnings


def decode_plain(data: bytes) -> str | None:
    """The text of the usual input, whose UTF-8 form is ``data`` itself; ``None`` for any other.

    The usual input is what :func:`decode_parts` decodes without a change: valid UTF-8 with
    no BOM, no NUL byte and no ``"\\r"``. Its text is what ``decode_parts`` gives (with
    ``"utf-8"`` and no warnings), and ``text.encode("utf-8") == data``: a part of the text
    is in UTF-8 a slice of ``data``, which the HTML parser can read without encoding it again.

    >>> decode_plain("<p>一</p>".encode()), decode_plain(b"a\\r\\nb"), decode_plain(b"\\xef\\xbb\\xbfa")
    ('<p>一</p>', None, None)
    >>> decode_plain(b"\\xff"), decode_plain(b"")
    (None, None)
    """
    # the conditions of decode_parts' first branch, and no "\r" (it would be changed)
    if not data or data[0] in _BOM_LEADS or b"\x00" in data or b"\r" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def utf8_suffix(text: str, data: bytes, suffix: str) -> bytes | None:
    """``suffix.encode("utf-8")`` cut from ``data``, the UTF-8 form of ``text``, when ``text``
    ends with ``suffix``; ``None`` when it does not.

    Only the part of ``text`` before ``suffix`` is encoded, to count its bytes (a post's
    body, the suffix, is most of it).

    >>> text = "標題\\n<p>正文</p>"
    >>> utf8_suffix(text, text.encode(), "<p>正文</p>") == "<p>正文</p>".encode()
    True
    >>> utf8_suffix(text, text.encode(), "<p>別文</p>") is None
    True
    """
    if not text.endswith(suffix):
        return None
    start = len(text) - len(suffix)
    return data[len(text[:start].encode("utf-8")) :] if start else data


#: the first bytes of the byte-order marks (0xEF UTF-8, 0xFF and 0xFE UTF-16 and UTF-32 LE
#: and UTF-16 BE, 0x00 UTF-32 BE)
_BOM_LEADS = frozenset(bom[0] for bom, _codec in _BOMS)


def _decode_unusual(data: bytes, name: str | None) -> Decoded:
    """:func:`decode_bytes` of anything: a BOM, NUL bytes, bytes that are not valid UTF-8."""
    found = _bom(data, name)
    if found is not None:
        return found
    text, bad, first = _decode_counting(data, "utf-8")
    if b"\x00" in data and (utf16 := _utf16_by_nuls(data)) is not None:
        return utf16
    if not bad:
        return Decoded(normalize_newlines(text), "utf-8")
    assert first is not None
    nearly = _nearly_utf8(data, text, bad, first)
    if nearly is not None:
        return nearly
    return _best_candidate(data, name, first)


def _best_candidate(data: bytes, name: str | None, utf8_error: int) -> Decoded:
    sample = data[:_SAMPLE_BYTES]
    best: tuple[float, str] | None = None
    for codec in _CANDIDATES:
        score = _score(sample.decode(codec, "replace"))
        if best is None or score > best[0]:
            best = (score, codec)
    assert best is not None
    score, codec = best
    if score >= _MIN_SCORE:
        body = data[: len(data) - len(data) % 2] if codec.startswith("utf-16") else data
        text, bad, first = _decode_counting(body, codec)
        if bad <= len(text) * _MAX_BAD_SHARE:
            warnings = [_replaced(bad, codec, first or 0)] if bad else []
            if len(body) < len(data):
                warnings.append(_truncated(codec, 1))
            return Decoded(normalize_newlines(text), codec, tuple(warnings))
    raise DecodeError(
        "not text in UTF-8, UTF-16, GB18030 or Big5: could not decode the bytes "
        f"(first invalid UTF-8 byte {data[utf8_error]:#04x})",
        name=name,
        offset=utf8_error,
    )


def decode_text(data: bytes, *, name: str | None = None) -> str:
    """Decode ``data`` to text with newlines normalized, or raise :class:`DecodeError`.

    ``name`` is used in the error message. :func:`decode_bytes` also says which codec
    decoded the bytes and what was repaired.
    """
    return decode_bytes(data, name=name).text


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters (a binary file, not a post).

    >>> looks_binary("\\x00\\x01\\x02\\x03abc"), looks_binary("標題\\n\\t正文")
    (True, False)
    """
    sample = text[:_BINARY_SAMPLE]
    if not sample or not _WS_CONTROL.search(sample):
        return False
    return len(_WS_CONTROL.findall(sample)) > len(sample) * 0.1


#: how many characters :func:`looks_binary` samples
_BINARY_SAMPLE = 4096
# the characters _WS_CONTROL finds, as UTF-8 bytes: one byte each, a byte no other character's
# UTF-8 form holds (multi-byte sequences are made of bytes 0x80 and above): 0x00-0x08, 0x0b,
# 0x0c and 0x0e-0x1f
_CONTROL_BYTES = tuple(b for b in range(0x20) if b not in b"\t\n\r")
# every character of the sample comes from at most 4 bytes (a U+FFFD replaces at most 3,
# a "\r\n" is 2), after at most a 3-byte BOM
_BINARY_SAMPLE_BYTES = 4 * _BINARY_SAMPLE + 3


def plainly_text(data: bytes, decoded: Decoded) -> bool:
    """True when ``looks_binary(decoded.text)`` is certainly False, judged from the bytes.

    That is when ``decoded`` came from UTF-8 and the bytes its sample was read from hold no
    control character at all (:func:`free_of_controls`). False says nothing: ask
    :func:`looks_binary`.

    >>> plainly_text(b"<p>ok</p>", decode_bytes(b"<p>ok</p>"))
    True
    >>> plainly_text(b"a\\x00b", decode_bytes(b"a\\x00b"))
    False
    """
    return decoded.encoding == "utf-8" and free_of_controls(data)


def free_of_controls(data: bytes) -> bool:
    """True when the bytes that :func:`looks_binary` samples, read as UTF-8, hold no control
    character (other than tab, newline and carriage return).

    >>> free_of_controls("標題\\r\\n\\t正文".encode()), free_of_controls(b"a\\x1bb")
    (True, False)
    """
    return _no_control_byte(data if len(data) <= _BINARY_SAMPLE_BYTES else data[:_BINARY_SAMPLE_BYTES])


def scan_controls(data: bytes) -> tuple[bool, bool]:
    """``free_of_controls(data)``, and whether all of ``data`` is free of those control bytes.

    One scan when the sample is all of ``data`` (posts up to 16 KB), else two.

    >>> scan_controls(b"ab"), scan_controls(b"a\\x1b"), scan_controls(b"a" * 20000 + b"\\x1b")
    ((True, True), (False, False), (True, False))
    """
    if len(data) <= _BINARY_SAMPLE_BYTES:
        free = _no_control_byte(data)
        return free, free
    return _no_control_byte(data[:_BINARY_SAMPLE_BYTES]), _no_control_byte(data)


def _no_control_byte(data: bytes) -> bool:
    """True when no byte of ``data`` is one of ``_CONTROL_BYTES``.

    A search for each (``0x1b in data``, a ``memchr``): about half the cost of one
    ``bytes.translate`` that turns them all into NUL followed by a search for NUL, and
    many times cheaper than a character-class search.
    """
    for byte in _CONTROL_BYTES:  # noqa: SIM110 (a loop: cheaper than any() over a generator)
        if byte in data:
            return False
    return True
