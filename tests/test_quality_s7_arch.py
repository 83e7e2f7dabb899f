"""Round 7 (arch): patterns found in the agora0/pen month archive (November 2024)."""

from __future__ import annotations

import pytest

from newsparse.fields.dates import evidence


@pytest.mark.parametrize(
    "path",
    [
        # Kyodo News Chinese: year, month, then a 12-digit hexadecimal story id
        "/news/2024/11/7e3ec5d2fca4-1100.html",
        "/news/2024/11/a01b14129c2a.html",
        "/news/2024/11/18341ae3327f.html",
    ],
)
def test_a_story_id_after_year_and_month_is_no_day(path: str) -> None:
    assert evidence._url_parts(path) is None


@pytest.mark.parametrize(
    ("path", "day"),
    [
        # near misses: the day ends its segment or meets a separator
        ("/technology/2024/11/1/%e6%ac%a7%e7%9b%9f", (2024, 11, 1)),
        ("/2023/10/17/world/asia/china.html", (2023, 10, 17)),
        ("/news/2023-10-17-slug.html", (2023, 10, 17)),
        ("/2023_1_5.html", (2023, 1, 5)),
    ],
)
def test_separated_url_dates_still_read(path: str, day: tuple[int, int, int]) -> None:
    found = evidence._url_parts(path)
    assert found is not None
    assert found[0] == day
