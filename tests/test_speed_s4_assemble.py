"""``clean_title``'s shortcut for plain titles gives what its patterns give.

A printable title without two spaces in a row, not starting with ``[`` or ``【`` (after
its spaces) and not ending with a digit after " - " (a feed code) is only stripped; these
tests compare that with the patterns alone on the bundled posts' titles, on edge cases and
on generated titles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import assemble
from newsparse.options import ParseOptions
from newsparse.variants import detect_variant
from tests.conftest import all_documents


def _plain(title: str) -> str:
    return assemble._SPACES.sub(" ", assemble._FEED_CODE.sub("", assemble._FEED_LABEL.sub("", title))).strip()


def _check(title: str) -> None:
    assert assemble.clean_title(title) == (_plain(title) if title else "")


_EDGES = [
    "",
    " ",
    "標題",
    " 標題 ",
    "[Chinese] 香港《国安法》实施两年",
    "  [chinese]   香港",
    "【中文】 標題",
    "[中文]標題",
    "[Other] 標題",
    "【專題】 標題",
    "a  b",
    "a\tb",
    "a\u3000b",
    "\u3000標題",
    "a\xa0b",
    "標題\n",
    "\x1c標題",
    "a\u2028b",
    "a\u200bb",
    "[",
    "【",
    " [CHINESE SIMPLIFIED] x",
    "[Chinese Traditional]x",
    "[國際] 標題",
    "[政治] 標題 - 200722-10",
    "標題 - 200722-10",
    "標題 - 200722-10 ",
    "標題 - 201322-10",
    "標題 - 2020",
    "[國際]標題",
    "[國際國際國際] 標題",
]


@pytest.mark.parametrize("title", _EDGES)
def test_edge_titles(title: str) -> None:
    _check(title)


@pytest.mark.parametrize("path", all_documents(), ids=lambda p: p.stem[:12])
def test_bundled_titles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = detect_variant(text).parse(text, name=None, options=ParseOptions())
    for title in (doc.title, doc.header_title):
        if title is not None:
            _check(title)


@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                "  ",
                "[Chinese]",
                "【中文】",
                "[",
                "【",
                "\u3000",
                "\t",
                "\xa0",
                "標",
                "a",
                "[國際]",
                " - ",
                "200722-1",
            ]
        )
        | st.text(max_size=4),
        max_size=8,
    ).map("".join)
)
def test_generated_titles(title: str) -> None:
    _check(title)


def test_every_white_space_but_the_space_is_not_printable() -> None:
    """What the shortcut relies on: a printable title holds no white space but " "."""
    for code in range(0x110000):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)
