"""Bytes to text: encodings, byte-order marks, damaged and truncated bytes, newlines, speed."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from newsparse.decode import decode_bytes, decode_text, looks_binary, normalize_newlines
from newsparse.errors import DecodeError, ParseError
from tests.conftest import all_documents, representable

#: every encoding an archive was seen in; BOM-less UTF-16 is recognised by its NUL bytes
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "gb18030",
    "big5",
    "big5hkscs",
)


@pytest.mark.parametrize(
    ("document", "codec"),
    representable(ENCODINGS),
    ids=lambda v: v if isinstance(v, str) else v.stem[:12],
)
def test_every_document_decodes_to_the_same_text_in_every_encoding(document: Path, codec: str) -> None:
    text = normalize_newlines(document.read_text("utf-8"))
    data = text.encode(codec)
    decoded = decode_bytes(data, name=document.name)
    assert decoded.text == text
    assert decoded.warnings == ()


def test_short_titles_in_legacy_encodings() -> None:
    for title in ("北約秘書長訪南韓 促增對烏克蘭軍援", "美日韓會談 憂心北韓以武器換取俄國回報"):
        assert decode_text(title.encode("big5")) == title
        assert decode_text(title.encode("gb18030")) == title
    for title in ("韩乌同意分享朝俄情报，但韩国民意不支持向基辅提供武器", "中国二季度GDP衰退至0.4%"):
        assert decode_text(title.encode("gb18030")) == title


def test_pure_chinese_utf16_without_bom_or_ascii() -> None:
    text = "北約秘書長訪問南韓，這是他此行的第一站，他將會見南韓總統。"
    assert decode_text(text.encode("utf-16-le")) == text
    assert decode_text(text.encode("utf-16-be")) == text


def test_crlf_and_cr_become_lf() -> None:
    assert decode_text(b"a\r\nb\rc\n\r\nd") == "a\nb\nc\n\nd"
    assert decode_text("甲\r\n乙".encode("utf-16")) == "甲\n乙"
    assert normalize_newlines("no carriage return") == "no carriage return"


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"").text == ""


def test_utf8_cut_inside_a_character_keeps_the_rest_with_a_warning() -> None:
    data = "標題：北約秘書長訪南韓".encode()
    for cut in (1, 2):
        decoded = decode_bytes(data[:-cut])
        assert decoded.encoding == "utf-8"
        assert decoded.text == "標題：北約秘書長訪南"
        assert "truncated" in decoded.warnings[0]


def test_utf16_cut_to_an_odd_length_keeps_the_rest_with_a_warning() -> None:
    data = "標題：北約".encode("utf-16")
    decoded = decode_bytes(data[:-1])
    assert decoded.text == "標題：北"
    assert "truncated" in decoded.warnings[0]


def test_a_few_damaged_bytes_in_utf8_are_replaced_not_redecoded() -> None:
    text = next(iter(all_documents())).read_text("utf-8")
    data = bytearray(text.encode())
    rng = random.Random(7)
    for _ in range(5):
        data[rng.randrange(len(data))] = 0xFF
    decoded = decode_bytes(bytes(data))
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") >= 1
    assert "invalid UTF-8 byte sequence" in decoded.warnings[0]
    assert "first at byte" in decoded.warnings[0]


def test_replacement_characters_already_in_the_text_are_not_damage() -> None:
    decoded = decode_bytes("壞字\ufffd在此".encode())
    assert decoded.text == "壞字\ufffd在此"
    assert decoded.warnings == ()


@pytest.mark.parametrize(
    "junk",
    [
        random.Random(1).randbytes(5000),
        b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(3000),
        b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 20,
    ],
    ids=["random", "png", "elf"],
)
def test_binary_junk_is_a_decode_error_naming_input_and_offset(junk: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(junk, name="junk.md")
    message = str(info.value)
    assert message.startswith("junk.md: byte ")
    assert "not text in UTF-8, UTF-16, GB18030 or Big5" in message
    assert info.value.offset is not None
    assert isinstance(info.value, ParseError)


def test_bom_with_invalid_body_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark but is not valid UTF-16"):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8" * 200)


def test_looks_binary() -> None:
    assert looks_binary("\x00\x01\x02\x03" * 100)
    assert not looks_binary("<p>正文</p>\n\t" * 100)
    assert not looks_binary("")


@pytest.mark.slow
@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "gb18030", "big5hkscs"])
def test_decoding_20_mb_is_fast(codec: str) -> None:
    text = next(iter(all_documents())).read_text("utf-8")
    data = (text * (20_000_000 // len(text.encode()) + 1)).encode(codec, "replace")
    started = time.perf_counter()
    decoded = decode_bytes(data)
    assert time.perf_counter() - started < 3.0
    assert len(decoded.text) > 1_000_000


def test_windows_1252_punctuation_pasted_into_utf8_is_converted() -> None:
    data = "他說".encode() + b"\x93OK\x94\x85 " + "（編輯：陳惠珍）".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "他說“OK”… （編輯：陳惠珍）"
    assert decoded.warnings == ("3 Windows-1252 character(s) inside UTF-8 text converted",)


def test_random_damage_is_not_dressed_up_as_windows_1252() -> None:
    good = "北約秘書長訪問南韓，這是他此行的第1站。".encode() * 20
    damaged = bytearray(good)
    damaged[9] = 0x93  # a lead byte replaced: its two continuation bytes are now stray
    decoded = decode_bytes(bytes(damaged))
    assert "\ufffd" in decoded.text
    assert "Windows-1252" not in " ".join(decoded.warnings)
