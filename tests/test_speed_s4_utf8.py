"""The HTML parser reads a post's body from the input bytes: the same tree as from the text.

A valid UTF-8 input with no BOM, NUL, carriage return or control character is decoded
without a change (``decode_plain``), so its body, the end of the text, is in UTF-8 the end
of the input bytes (``utf8_suffix``); ``parse_fragment`` reads those bytes instead of
encoding the body again and searching it for control bytes. These tests compare each
shortcut with the plain computation it replaces, on the bundled posts, on edge cases and on
generated values.
"""

from __future__ import annotations

from pathlib import Path

import lxml.etree as etree
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import api, decode
from newsparse.errors import DecodeError
from newsparse.html import tree
from newsparse.html.tree import parse_fragment
from newsparse.options import ParseOptions
from newsparse.variants import detect_variant
from tests.conftest import all_documents

_CONTROLS = bytes(c for c in range(0x20) if c not in b"\t\n\r")
_SAMPLE = decode._BINARY_SAMPLE_BYTES


def _plain_free(data: bytes) -> bool:
    return len(data.translate(None, _CONTROLS)) == len(data)


# -- decoding ------------------------------------------------------------------------------


def _check_decode(data: bytes) -> None:
    text = decode.decode_plain(data)
    if text is None:
        # not the usual input: one decode_parts changes, or one it refuses
        try:
            changed = decode.decode_parts(data) != (data.decode("utf-8"), "utf-8", ())
        except (UnicodeDecodeError, DecodeError):
            changed = True
        assert changed or not data or data[:1] == b"\xef" or b"\x00" in data or b"\r" in data
        return
    assert decode.decode_parts(data) == (text, "utf-8", ())
    assert text.encode("utf-8") == data


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.stem[:12])
def test_bundled_posts_decode_plainly(path: Path) -> None:
    data = path.read_bytes()
    assert decode.decode_plain(data) is not None
    _check_decode(data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"a",
        b"\xef\xbb\xbfa",
        b"\xff\xfea\x00",
        b"a\x00b",
        b"a\r\nb",
        b"a\rb",
        b"\xff",
        b"\xe4\xb8",
        "一".encode(),
    ],
)
def test_edge_inputs_decode_as_decode_parts_does(data: bytes) -> None:
    _check_decode(data)


@given(st.binary(max_size=40) | st.text(max_size=40).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_generated_inputs_decode_as_decode_parts_does(data: bytes) -> None:
    _check_decode(data)


def _check_controls(data: bytes) -> None:
    assert decode.scan_controls(data) == (_plain_free(data[:_SAMPLE]), _plain_free(data))
    assert decode.free_of_controls(data) == _plain_free(data[:_SAMPLE])


@given(
    st.binary(max_size=60),
    st.sampled_from([0, 1, _SAMPLE - 40, _SAMPLE - 1, _SAMPLE, _SAMPLE + 1, 3 * _SAMPLE]),
)
def test_control_scan_is_deleting_them(tail: bytes, padding: int) -> None:
    _check_controls(tail)
    _check_controls(b"x" * padding + tail)
    _check_controls(tail + b"x" * padding)


@pytest.mark.parametrize("at", [0, _SAMPLE - 1, _SAMPLE, _SAMPLE + 5])
@pytest.mark.parametrize("byte", [*_CONTROLS, 0x09, 0x0A, 0x0D, 0x20, 0x7F])
def test_control_scan_at_the_sample_edge(at: int, byte: int) -> None:
    data = bytearray(b"y" * (_SAMPLE + 10))
    data[at] = byte
    _check_controls(bytes(data))


# -- the body's bytes -------------------------------------------------------------------


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=5))
def test_utf8_suffix_is_encoding_the_suffix(head: str, tail: str, other: str) -> None:
    text = head + tail
    data = text.encode("utf-8", "surrogatepass")
    got = decode.utf8_suffix(text, data, tail)
    assert got is not None
    assert got == tail.encode("utf-8", "surrogatepass")
    if not text.endswith(other):
        assert decode.utf8_suffix(text, data, other) is None


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.stem[:12])
def test_bundled_bodies_come_from_the_input_bytes(path: Path) -> None:
    data = path.read_bytes()
    options = ParseOptions()
    text, repairs, plain, utf8 = api._to_text(data, None, options)
    assert (text, repairs, plain) == (
        decode.decode_parts(data)[0],
        (),
        decode.free_of_controls(data),
    )
    assert utf8 is data or utf8 == data
    doc = detect_variant(text).parse(text, name=None, options=options)
    body = decode.utf8_suffix(text, data, doc.body)
    assert body == doc.body.encode("utf-8")
    # the article from the bytes (which take the shortcut) is the one from the text (which do not)
    assert newsparse.parse(data) == newsparse.parse(text)


def test_inputs_with_control_characters_give_no_bytes() -> None:
    options = ParseOptions()
    for data in [b"<p>a\x0cb</p>", b"<p>a\x1bb</p>", b"x" * (_SAMPLE + 3) + b"\x0b"]:
        assert api._to_text(data, None, options)[3] is None
    assert api._to_text(b"<p>ab</p>", None, options)[3] == b"<p>ab</p>"
    assert api._to_text("<p>ab</p>", None, options)[3] is None
    assert api._to_text(b"<p>a\r\nb</p>", None, options)[3] is None


# -- the parser reading the bytes --------------------------------------------------------


def _tree(root: object) -> bytes:
    return bytes(etree.tostring(root, encoding="utf-8", with_tail=True))


def _check_fragment(html: str) -> None:
    data = html.encode("utf-8", "surrogatepass")
    if not _plain_free(data) or any("\ud800" <= c <= "\udfff" for c in html):
        return  # (parse_fragment is given bytes only when they hold none of these)
    notes_plain: list[str] = []
    notes_bytes: list[str] = []
    plain = parse_fragment(html, max_depth=16, warnings=notes_plain)
    from_bytes = parse_fragment(html, max_depth=16, warnings=notes_bytes, utf8=data)
    assert _tree(from_bytes) == _tree(plain)
    assert notes_bytes == notes_plain


_EDGES = [
    "",
    "   ",
    "\n\n",
    "<p>一</p>",
    "<p>a\ufffeb</p>",
    "<p>a\uffffb</p>",
    "<?xml version='1.0' encoding='big5'?><p>一</p>",
    "  <?xml version='1.0'?><p>一</p>",
    "<b>" * 40 + "粗" + "</b>" * 40,
    "<div>" * 300 + "深" + "</div>" * 300,
    "<p>tab\tand\nnewline</p>",
    "<p>emoji 😀 and \U00020000</p>",
    "<html><body><p>x</p></body></html>",
    "<p>&amp; &#12;&#x1b; &lt;</p>",
]


@pytest.mark.parametrize("html", _EDGES)
def test_edge_fragments_parse_the_same_from_bytes(html: str) -> None:
    _check_fragment(html)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<b>", "<br>", "<?xml ?>", " ", "\n", "\ufffe"])
        | st.text(max_size=6),
        max_size=20,
    ).map("".join)
)
def test_generated_fragments_parse_the_same_from_bytes(html: str) -> None:
    _check_fragment(html)


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.stem[:12])
def test_bundled_bodies_parse_the_same_from_bytes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = detect_variant(text).parse(text, name=None, options=ParseOptions())
    _check_fragment(doc.body)


# -- the depth check's pre-check -----------------------------------------------------------


def _check_depth_precheck(html: str, limit: int) -> None:
    """A tree the element count lets through unchecked is never deeper than ``limit``."""
    root = tree._parse(html.encode("utf-8", "surrogatepass"))
    if root is None:
        return
    if tree._element_count(root) <= limit + 1:
        assert not tree.depth_exceeds(root, limit)
    else:  # (and the count is what it says)
        assert tree._element_count(root) == sum(1 for _ in root.iter(etree.Element))


@pytest.mark.parametrize("limit", [1, 2, 3, 8, 254, 256])
@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 8, 9, 10, 253, 254, 255, 256, 257, 258, 300])
def test_element_count_never_skips_a_deep_tree(limit: int, n: int) -> None:
    for markup in ("<div>" * n + "x", "<b>" * n + "x" + "</b>" * n, "<p>" * n, "<div><p>" * n):
        _check_depth_precheck(markup, limit)


@given(
    st.lists(
        st.sampled_from(["<div>", "</div>", "<p>", "<b>", "</b>", "<br>", "x", "<li>"]), max_size=30
    ).map("".join),
    st.integers(1, 12),
)
def test_element_count_never_skips_a_generated_deep_tree(html: str, limit: int) -> None:
    _check_depth_precheck(html, limit)
