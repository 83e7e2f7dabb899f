"""The shortcuts of the steps around the body extractor give the answers of the plain ways.

Decoding, the Jekyll reader and the URL dates skip work where it cannot change the answer
(bytes without control characters, positions without ``---``, paths without a digit run).
These properties compare each shortcut with the plain computation it stands in for, so a
pattern changed without its shortcut fails here.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.decode import decode_bytes, looks_binary, plainly_text
from newsparse.errors import DecodeError
from newsparse.fields.dates import evidence
from newsparse.variants import jekyll


def _texts(*pieces: str, max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts joined from the given pieces (whole tokens and single characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


_CONTROLS = _texts("標題", "\x00", "\x01", "\x1f", "\t", "\r\n", "a", "\x7f").map(str.encode)


@given(st.binary(max_size=40) | _CONTROLS)
def test_plainly_text_never_contradicts_looks_binary(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    if plainly_text(data, decoded):
        assert not looks_binary(decoded.text)


@given(_texts("---", "-", "--", "----", "\n", " ", "\t", "a", "中"), st.integers(0, 20))
def test_closing_line_is_the_first_match_of_the_pattern(text: str, start: int) -> None:
    start = min(start, len(text))
    plain = jekyll._CLOSING.search(text, start)
    found = jekyll._closing(text, start)
    assert (plain and plain.span()) == (found and found.span())


_DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=3)


@given(
    st.builds(
        lambda y, mo, d, h, mi, s, f, z: f"{y}-{mo}-{d}T{h}:{mi}:{s}{f}{z}",
        st.text(alphabet="0123456789", min_size=4, max_size=4),
        _DIGITS,
        _DIGITS,
        _DIGITS,
        _DIGITS,
        _DIGITS,
        st.sampled_from(["", ".", ".1", ".123", ".1234", ".123456", ".1234567"]),
        st.sampled_from(["Z", "", "z", " Z", "+00:00", "-08:00"]),
    )
)
def test_timestamps_read_as_pyyaml_reads_them(value: str) -> None:
    m = jekyll._TIMESTAMP.match(value)
    try:
        plain = None if m is None else jekyll._yaml_timestamp(m)
    except (ValueError, OverflowError):
        plain = None
    found = jekyll._timestamp(value)
    assert found == plain
    assert type(found) is type(plain)
    assert getattr(found, "tzinfo", None) is getattr(plain, "tzinfo", None)


_URL_PATTERNS = (
    evidence._URL_DATETIME,
    evidence._URL_MDY_TIME,
    evidence._URL_COMPACT_TIME,
    evidence._URL_SEPARATED,
    evidence._URL_COMPACT,
)


def _url_parts_plain(path: str) -> tuple[tuple[int, ...], str, float] | None:
    """``_url_parts`` with every form searched from the start of the path."""
    for pattern in _URL_PATTERNS:
        if m := pattern.search(path):
            groups = tuple(int(g) for g in m.groups() if g.isdigit())  # not SEPARATED's separator
            if pattern is evidence._URL_MDY_TIME:
                mo, d, y, h, mi, s = groups
                groups = (y, mo, d, h, mi, s)
            return groups, m.group(0), 1.0
    if m := evidence._URL_SHORT_YEAR.search(path):
        yy = int(m.group(1))
        return (2000 + yy if yy < 70 else 1900 + yy, int(m.group(2)), int(m.group(3))), m.group(0), 0.9
    return None


@given(
    _texts(
        "2023-10-17-04-58-30",
        "07152022011538",
        "20220726103838",
        "2023/10/17",
        "2023_1_5",
        "202308013001",
        "/22/8/25/",
        *"/-_.0129a٣",
    )
)
def test_url_dates_are_what_plain_searches_find(path: str) -> None:
    assert evidence._url_parts(path) == _url_parts_plain(path)


def test_the_url_digit_run_is_where_unseparated_forms_start() -> None:
    # every match of the three unseparated forms starts with eight digits
    for pattern in (evidence._URL_MDY_TIME, evidence._URL_COMPACT_TIME, evidence._URL_COMPACT):
        for m in pattern.finditer("x07152022011538-20220726103838-202308013001-20230801"):
            assert re.fullmatch(r"\d{8}", m.group(0)[:8])
