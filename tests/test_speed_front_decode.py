"""The usual-input shortcuts of decoding give the answers of the plain ways.

``decode_parts`` takes valid UTF-8 without a BOM or a NUL byte straight through
``bytes.decode`` (newlines normalized when there is a 0x0D byte), and ``free_of_controls``
finds control characters with a translation to NUL instead of deleting them. Each is
compared with what it stands in for.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse import decode
from newsparse.errors import DecodeError
from tests.conftest import CORPUS_FILES, SEED_FILES

_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in b"\t\n\r")

_PIECES = st.lists(
    st.sampled_from(
        [
            "標題".encode(),
            "標".encode()[:2],
            b"\x00",
            b"\x01",
            b"\x1f",
            b"\t",
            b"\r\n",
            b"\r",
            b"\n",
            b"a",
            b"\x7f",
            b"\x93",
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            "北約".encode("big5"),
        ]
    ),
    max_size=12,
).map(b"".join)


@given(st.binary(max_size=40) | _PIECES)
def test_decode_parts_is_the_unusual_path_on_usual_bytes(data: bytes) -> None:
    try:
        plain = (
            attrs.astuple(decode._decode_unusual(data, None), recurse=False) if data else ("", "utf-8", ())
        )
    except DecodeError as exc:
        plain = str(exc)
    try:
        found: object = decode.decode_parts(data)
    except DecodeError as exc:
        found = str(exc)
    assert found == plain


def test_decode_parts_of_the_bundled_posts() -> None:
    for path in (*SEED_FILES, *CORPUS_FILES):
        data = path.read_bytes()
        assert decode.decode_parts(data) == attrs.astuple(decode._decode_unusual(data, None), recurse=False)


@given(st.binary(max_size=40) | _PIECES, st.integers(0, 3))
def test_free_of_controls_is_deleting_them(data: bytes, repeat: int) -> None:
    data = data * (1 + repeat * 4000)  # past the sample, sometimes
    head = data[: decode._BINARY_SAMPLE_BYTES]
    assert decode.free_of_controls(data) == (len(head.translate(None, _CONTROL_BYTES)) == len(head))
