"""The field extractors' round-3 shortcuts give the answers of the plain computations they replace.

Each test compares a shortcut (a pre-check that skips a pattern, a faster way to build the
same value) with the plain computation, on generated texts and on the corpus.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.fields.dates import parse

CORPUS = sorted((Path(__file__).parent / "data" / "corpus").glob("*.md"))


def _texts(*pieces: str, max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts joined from the given pieces (whole tokens and single characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


_NUMERIC_PIECES = ("26/07/2022", "17.10.2023", "4.14万亿", "19.8%", "1/2", "a.b", *"0123456789/.-年月 ٣")


@given(_texts(*_NUMERIC_PIECES, max_size=16))
def test_texts_without_close_separators_have_no_numeric_date(text: str) -> None:
    if not parse._may_be_numeric(text):
        assert parse._NUMERIC.search(text) is None


@given(_texts("2023年10月17日", "民國112年10月17日", "二〇二三年十月十七日", "今年", *"年月日0123十 "))
def test_chinese_dates_without_year_or_month_mark_are_none(text: str) -> None:
    if "年" not in text or "月" not in text:
        assert list(parse._CHINESE.finditer(text)) == []


@pytest.mark.parametrize("zone", [timezone.utc, ZoneInfo("Asia/Taipei"), ZoneInfo("America/New_York")])
@pytest.mark.parametrize("day", [date(2023, 10, 17), date(2024, 2, 29), date(1971, 1, 1), date(2023, 3, 12)])
def test_local_midnight_is_the_plain_datetime(day: date, zone: ZoneInfo | timezone) -> None:
    made = parse.local_datetime(day, zone)
    plain = datetime(day.year, day.month, day.day, 0, 0, 0, tzinfo=zone)
    assert (made, made.tzinfo, made.fold, made.utcoffset()) == (
        plain,
        plain.tzinfo,
        plain.fold,
        plain.utcoffset(),
    )
