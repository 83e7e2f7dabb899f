"""Reading one date out of a short text: ISO 8601, RFC 1123, numeric, Chinese and ROC forms.

Every reader returns a :class:`DateMatch`: a timezone-aware value, how precise the text was
(``"month"``, ``"day"``, ``"minute"``, ``"second"``, ``"millisecond"``), whether the time
zone was *assumed* (the text named none, so the publisher's zone was used) and where in the
text the date stood.

>>> from zoneinfo import ZoneInfo
>>> taipei = ZoneInfo("Asia/Taipei")
>>> m = search_date("Wed, 27 Nov 2024 14:59:13 GMT", taipei)
>>> m.value.isoformat(), m.precision, m.zone_assumed
('2024-11-27T14:59:13+00:00', 'second', False)
>>> search_date("民國112年10月17日", taipei).value.isoformat()
'2023-10-17T00:00:00+08:00'
>>> search_date("26/07/2022 - 23:30", ZoneInfo("Europe/Paris")).value.isoformat()
'2022-07-26T23:30:00+02:00'
>>> search_date("2023 年 10 月 20 日", taipei).precision
'day'
>>> search_date("no date here", taipei) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from attrs import frozen

__all__ = [
    "PRECISION_RANK",
    "DateMatch",
    "chinese_dates",
    "local_datetime",
    "precision_of",
    "roc_year",
    "search_date",
]

#: Precisions from coarsest to finest.
PRECISION_RANK = {"month": 0, "day": 1, "minute": 2, "second": 3, "millisecond": 4}

#: Dates outside these years are not read (a year-1 placeholder, a typo such as 20223).
MIN_YEAR, MAX_YEAR = 1900, 2100


@frozen
class DateMatch:
    """A date read from text, with its precision and position."""

    value: datetime
    precision: str
    zone_assumed: bool
    start: int = 0
    end: int = 0
    raw: str = ""


_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# zone abbreviations a feed may write after a time: "14:59:13 GMT", "09:59 EST"
_ZONE_HOURS = {
    "gmt": 0.0,
    "utc": 0.0,
    "ut": 0.0,
    "z": 0.0,
    "est": -5.0,
    "edt": -4.0,
    "pst": -8.0,
    "pdt": -7.0,
    "cet": 1.0,
    "cest": 2.0,
    "bst": 1.0,
    "jst": 9.0,
    "kst": 9.0,
    "hkt": 8.0,
    "sgt": 8.0,
}
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?P<zone>z|gmt|utc|ut|[ecp][sd]t|cest|cet|bst|jst|kst|hkt|sgt|[+-]\d{2}:?\d{2})"
_TIME = r"(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2})(?:[.,](?P<f>\d{1,6}))?)?"

# "2022-07-04T11:04:07.064Z", "2014-02-28T13:48:50+01:00", "2023-10-17 14:31", "2022-05-23"
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    rf"(?:(?:T|\s+){_TIME}\s*{_ZONE}?)?(?![\d:])",
    re.IGNORECASE,
)
# "Wed, 27 Nov 2024 14:59:13 GMT", "27 November 2024", "27 Nov 2024, 10:10 +0800"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w])(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_NAME})\s+(?P<y>\d{{4}})"
    rf"(?:,?\s+{_TIME}\s*(?P<ampm>[ap]\.?m\.?)?\s*{_ZONE}?)?(?![\d:])",
    re.IGNORECASE,
)
# "Nov 27, 2024", "July 26, 2022 10:30 AM", "Sep. 3 2021 at 9:05 pm EDT"
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_NAME})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?{_TIME}\s*(?P<ampm>[ap]\.?m\.?)?\s*{_ZONE}?)?(?![\d:])",
    re.IGNORECASE,
)
# "26/07/2022 - 23:30", "02/28/2014 - 13:48", "2023/10/17 14:31", "17.10.2023"
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,4})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\d/])"
    rf"(?:\s*[-–,]?\s*{_TIME})?(?![\d:])"
)
# Chinese numerals: "〇" to "九" by value, "零" for zero, "十" for ten
_CN_DIGITS = "〇一二三四五六七八九"
_CN_VALUE = {**{ch: i for i, ch in enumerate(_CN_DIGITS)}, "零": 0}
# "2023年10月17日", "民國112年10月17日", "2023 年 10 月 20 日", "2022年5月23日 星期一 10:10",
# "二〇二三年十月十七日", "2024年3月" (month only)
_CHINESE = re.compile(
    r"(?P<roc>(?:中華)?民國|(?:中华)?民国)?\s*"
    rf"(?P<y>(?<!\d)\d{{2,4}}|[{_CN_DIGITS}零]{{4}})\s*年\s*"
    rf"(?P<m>\d{{1,2}}|[{_CN_DIGITS}十]{{1,2}})\s*月\s*"
    rf"(?:(?P<d>\d{{1,2}}|[{_CN_DIGITS}十]{{1,3}})\s*[日号號])?"
    r"(?:\s*[（(]?\s*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]\s*[)）]?)?"
    r"(?:\s*(?P<half>上午|下午|晚上|早上|凌晨|中午|晚间|晚間)?\s*"
    r"(?P<H>\d{1,2})\s*[:：時时点點]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?)?"
)


def roc_year(year: int) -> int:
    """The Gregorian year of a Republic of China (Minguo) year.

    >>> roc_year(112)
    2023
    """
    return year + 1911


def _cn_number(text: str) -> int:
    """Arabic digits or Chinese numerals (``十七``, ``二〇二三``) as an int."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_VALUE[ch]
        return value
    tens, _, ones = text.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


_MIDNIGHT = time(0)


def local_datetime(day: date, tz: tzinfo, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """``day`` at the given wall-clock time in ``tz``."""
    if not (hour or minute or second):
        return datetime.combine(day, _MIDNIGHT, tz)  # the same, built faster
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tz)


def precision_of(value: datetime) -> str:
    """How precise a timestamp is, judged by its trailing zeros.

    >>> precision_of(datetime(2023, 10, 17, 14, 31, tzinfo=timezone.utc))
    'minute'
    >>> precision_of(datetime(2024, 12, 13, 4, 43, 52, 152000, tzinfo=timezone.utc))
    'millisecond'
    """
    if value.microsecond:
        return "millisecond"
    if value.second:
        return "second"
    return "minute"


# the zone of each abbreviation, made once: "gmt" -> UTC, "est" -> UTC-05:00
_ZONES = {name: timezone(timedelta(hours=hours)) for name, hours in _ZONE_HOURS.items()}


def _zone_of(text: str | None) -> tzinfo | None:
    if not text:
        return None
    key = text.lower()
    zone = _ZONES.get(key)
    if zone is not None:
        return zone
    sign = -1 if key[0] == "-" else 1
    digits = key[1:].replace(":", "")
    try:
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    except ValueError:
        return None


def _build(
    y: int,
    mo: int,
    d: int,
    tz: tzinfo,
    *,
    hm: tuple[str | None, str | None, str | None, str | None] = (None, None, None, None),
    zone: str | None = None,
    pm: bool | None = None,
) -> tuple[datetime, str, bool] | None:
    """A validated aware datetime with precision and whether the zone was assumed."""
    hour_s, minute_s, second_s, fraction_s = hm
    if not MIN_YEAR <= y < MAX_YEAR:
        return None
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    explicit = _zone_of(zone)
    if hour_s is None:
        return local_datetime(day, tz), "day", explicit is None
    hour, minute = int(hour_s), int(minute_s or 0)
    second = int(second_s or 0)
    if pm is not None and hour <= 12:
        hour = (hour % 12) + (12 if pm else 0)
    micro = int((fraction_s or "0").ljust(6, "0")[:6])
    if hour > 23 or minute > 59 or second > 59:
        return None
    value = datetime(y, mo, d, hour, minute, second, micro, tzinfo=explicit or tz)
    if fraction_s is not None and micro:
        precision = "millisecond"
    elif second_s is not None:
        precision = "second"
    else:
        precision = "minute"
    return value, precision, explicit is None


def _time_parts(m: re.Match[str]) -> tuple[str | None, str | None, str | None, str | None]:
    """The hour, minute, second and fraction of a match of a pattern with :data:`_TIME` in it."""
    hour, minute, second, fraction = m.group("H", "M", "S", "f")
    return hour, minute, second, fraction


def _ampm(m: re.Match[str]) -> bool | None:
    """Whether the ``ampm`` group of a match of a month-name pattern says ``pm`` (None: absent)."""
    ampm: str | None = m.group("ampm")
    if not ampm:
        return None
    return ampm.lower().startswith("p")


_Reader = Callable[[re.Match[str], tzinfo, bool], "tuple[datetime, str, bool] | None"]


def _read_iso(m: re.Match[str], tz: tzinfo, day_first: bool) -> tuple[datetime, str, bool] | None:
    return _build(
        int(m.group("y")), int(m.group("m")), int(m.group("d")), tz, hm=_time_parts(m), zone=m.group("zone")
    )


def _read_named_month(m: re.Match[str], tz: tzinfo, day_first: bool) -> tuple[datetime, str, bool] | None:
    month = _MONTHS.get(m.group("mon").lower().rstrip("."))
    if month is None:
        return None
    return _build(
        int(m.group("y")),
        month,
        int(m.group("d")),
        tz,
        hm=_time_parts(m),
        zone=m.group("zone"),
        pm=_ampm(m),
    )


def _read_numeric(m: re.Match[str], tz: tzinfo, day_first: bool) -> tuple[datetime, str, bool] | None:
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4:
        first, second = int(a), int(b)
        if first > 12 or (day_first and second <= 12):
            d, mo = first, second
        else:
            mo, d = first, second
        y = int(c)
    else:
        return None
    return _build(y, mo, d, tz, hm=_time_parts(m))


def _read_chinese(m: re.Match[str], tz: tzinfo, day_first: bool) -> tuple[datetime, str, bool] | None:
    year_text = m.group("y")
    year = _cn_number(year_text)
    if m.group("roc") or (year_text.isdigit() and len(year_text) == 3):
        year = roc_year(year)
    elif year < 1000:
        return None
    month = _cn_number(m.group("m"))
    if m.group("d") is None:
        result = _build(year, month, 1, tz)
        return None if result is None else (result[0], "month", result[2])
    day = _cn_number(m.group("d"))
    half = m.group("half")
    pm = None if half is None else half in ("下午", "晚上", "晚间", "晚間")
    return _build(year, month, day, tz, hm=(m.group("H"), m.group("M"), m.group("S"), None), pm=pm)


# what may stand between the start of a Chinese date and its 年: "民國", "二〇二三", "2023 "
_BEFORE_YEAR_MARK = frozenset("中華华民國国零" + _CN_DIGITS)
# what follows the 年 of a Chinese date, as in _CHINESE: "年10月", "年 十 月"
_MONTH_AFTER_YEAR_MARK = re.compile(rf"年\s*(?:\d{{1,2}}|[{_CN_DIGITS}十]{{1,2}})\s*月")


def _chinese_finditer(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CHINESE.finditer(text)``, tried only at the places that can start one.

    A match holds a ``年`` followed by a month, and before it only an era name, digits and
    spaces; so only the run of such characters just before such a ``年`` needs trying, not
    every position (and not the ``年`` of ``今年``).
    """
    pos = 0
    while (mark := text.find("年", pos)) >= 0:
        if _MONTH_AFTER_YEAR_MARK.match(text, mark) is None:
            pos = mark + 1
            continue
        start = mark
        while start > pos and (
            (ch := text[start - 1]) in _BEFORE_YEAR_MARK or ch.isdecimal() or ch.isspace()
        ):
            start -= 1
        for at in range(start, mark):
            if (m := _CHINESE.match(text, at)) is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = mark + 1


# a Latin letter, which every month name has: "N"; and what re's case folding matches to one
# ("İ", "ı", "ſ", the Kelvin sign "K"), listed so that the test itself needs no case folding
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


def _may_be_numeric(text: str) -> bool:
    """False when ``text`` holds no two ``/`` or two ``.`` one or two characters apart.

    Every numeric date has them, around its middle part: ``26/07/2022``, ``17.10.2023``; a
    text whose separators all stand further apart (``4.14万亿``, ``19.8%``) has none.
    """
    for sep in "/.":
        at = text.find(sep)
        while at >= 0:
            following = text.find(sep, at + 1)
            if following < 0:
                break
            if following - at <= 3:
                return True
            at = following
    return False


def search_date(text: str, tz: tzinfo, *, day_first: bool = True) -> DateMatch | None:
    """The first date written in ``text`` (the earliest position; finer forms win ties).

    Times without a zone are read in ``tz``; ``day_first`` decides ``01/02/2023``.
    """
    # each date form in order of precedence: its matches (skipped when a character every
    # match needs is missing: two "-" for ISO, a Latin letter for month names, "年" and "月"
    # for Chinese, close "/" or "." for numeric) and how a match is read
    forms: list[tuple[Iterable[re.Match[str]], _Reader]] = []
    if text.count("-") >= 2:
        forms.append((_ISO.finditer(text), _read_iso))
    if _LATIN.search(text) is not None:
        forms.append((_DAY_MONTH_YEAR.finditer(text), _read_named_month))
        forms.append((_MONTH_DAY_YEAR.finditer(text), _read_named_month))
    if "年" in text and "月" in text:
        forms.append((_chinese_finditer(text), _read_chinese))
    if _may_be_numeric(text):
        forms.append((_NUMERIC.finditer(text), _read_numeric))
    best: DateMatch | None = None
    for matches, read in forms:
        if best is not None and best.start == 0:
            break  # no later form can start before the text does: "2022-07-04T11:04:07.064Z"
        for m in matches:
            if best is not None and m.start() >= best.start:
                break
            result = read(m, tz, day_first)
            if result is not None:
                value, precision, assumed = result
                best = DateMatch(value, precision, assumed, m.start(), m.end(), m.group(0).strip())
                break
    return best


def chinese_dates(text: str, tz: tzinfo) -> list[DateMatch]:
    """Every full Chinese or ROC date (``2023年10月17日``, ``民國112年10月17日``) in ``text``.

    >>> from zoneinfo import ZoneInfo
    >>> [m.raw for m in chinese_dates("1990年9月30日建交，2023年10月17日會談", ZoneInfo("UTC"))]
    ['1990年9月30日', '2023年10月17日']
    """
    found: list[DateMatch] = []
    if "年" not in text or "月" not in text:
        return found  # every Chinese date has both
    for m in _chinese_finditer(text):
        if m.group("d") is None:
            continue
        result = _read_chinese(m, tz, True)
        if result is not None:
            found.append(DateMatch(result[0], result[1], result[2], m.start(), m.end(), m.group(0).strip()))
    return found
