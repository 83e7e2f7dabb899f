"""The HTML stage's shortcuts give the answers of the plain computations they stand in for.

Parsing and walking skip work that cannot apply (a scan for characters the text cannot hold,
a pattern for text without a character it changes). These tests compare each shortcut with the
plain computation on edge cases and on generated text, so a pattern changed without its
shortcut fails here.
"""

from __future__ import annotations

import lxml.etree as etree
from hypothesis import given
from hypothesis import strategies as st

from newsparse.html import tree


def _plain_utf8_if_compatible(html: str) -> bytes | None:
    """What ``_utf8_if_compatible`` stands in for: the text in UTF-8 unless the pattern matches it."""
    return None if tree._XML_INCOMPATIBLE.search(html) else html.encode("utf-8")


_CONTROL_EDGES = [
    "",
    "<p>一</p>",
    "a\tb\nc\rd",
    *(f"<p>x{chr(c)}y</p>" for c in range(0x20)),
    "\x7f\x80\x85\x9f",
    "\ufffd\ufffe\uffff",
    "\ud800",
    "\udfff中",
    "\U0001f600\u3000",
    "中" * 300 + "\x1f",
]


def test_compatible_utf8_is_what_the_pattern_says() -> None:
    for html in _CONTROL_EDGES:
        assert tree._utf8_if_compatible(html) == _plain_utf8_if_compatible(html), repr(html)


@given(
    st.text(
        alphabet=st.characters(max_codepoint=0x3000) | st.sampled_from("\ufffe\uffff\ud800\x0c北"),
        max_size=40,
    )
)
def test_compatible_utf8_on_generated_text(html: str) -> None:
    assert tree._utf8_if_compatible(html) == _plain_utf8_if_compatible(html)


def test_the_body_is_what_find_gives() -> None:
    pages = (
        "<p>一</p>",
        "<html><head><title>t</title></head><body><p>二</p></body></html>",
        "x",
        "<frameset>",
    )
    for html in pages:
        root = etree.fromstring(html.encode("utf-8"), tree._parser("utf-8"))
        body = root.find("body")
        assert tree._body_of(root) is (body if body is not None else root)
    root = etree.fromstring(b"<div><!-- c --><body/><body/></div>")
    assert tree._body_of(root) is root[1]
    assert tree._body_of(etree.fromstring(b"<div><p/></div>")).tag == "div"
