"""Date evidence: an ordered cascade of small extractors, one per kind of evidence.

Each extractor reads one place (the front matter, the comment stamp, the URL, a date line the
HTML cleaner set aside, a CNA trailer code, the lead...) and yields :class:`Evidence` (a full
date) or :class:`DayEvidence` (only a day of the month, from a dateline such as
``首爾17日專電``). Every piece says where it came from, the text it was read from, how precise
it is and how much it is worth (:data:`RELIABILITY`); :mod:`.resolve` weighs them.

To add a kind of evidence, write a function of a :class:`DateContext` and insert it into
:data:`EXTRACTORS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from attrs import define

from newsparse.document import Body, Document
from newsparse.fields.dates.parse import (
    MAX_YEAR,
    MIN_YEAR,
    chinese_dates,
    local_datetime,
    roc_year,
    search_date,
)
from newsparse.fields.urls import archive_capture
from newsparse.model import Dateline

__all__ = [
    "EXTRACTORS",
    "RELIABILITY",
    "DateContext",
    "DayEvidence",
    "Evidence",
    "Extractor",
    "collect_evidence",
]

#: How much each kind of evidence is trusted, 0 to 1. The URL and CNA's trailer code are
#: written by the publisher's system when the story goes out; a date line in the body is the
#: feed's own publication date; the comment stamp and the front matter are what the archiver
#: copied from the feed (sometimes the crawl time, sometimes decades off); a dateline gives
#: only the day of the month; dates in the text are often about the events, not the article.
RELIABILITY = {
    "url": 0.9,
    "trailer_code": 0.9,
    "body_line": 0.85,
    "comment_stamp": 0.8,
    "masthead": 0.8,
    "time_element": 0.75,
    "front_matter": 0.6,
    "dateline": 0.6,
    "dateline_day": 0.5,
    "text_line": 0.5,
    "text": 0.2,
}

#: Sources that are copies of one another count once when they agree: the archiver writes
#: the front-matter date and the comment stamp from the same feed field.
_GROUP = {"front_matter": "feed", "comment_stamp": "feed"}

_TAIPEI = ZoneInfo("Asia/Taipei")

#: No web page is older than this year (the first went online in 1991): a URL date or a
#: front-matter date before it is a placeholder, never when the page was published. Archivers
#: write one for posts they found undated (``date: 1989-06-04`` on every undated post of the
#: NodeBE4 archives: 民间历史 memoirs, encyclopedia pages).
WEB_START_YEAR = 1990
_BEFORE_THE_WEB = (
    f"before {WEB_START_YEAR}, earlier than any web page: a placeholder, not the publication date"
)


@define
class Evidence:
    """A full date and where it came from (the working form of a ``DateCandidate``)."""

    value: datetime
    source: str
    raw: str
    precision: str
    weight: float
    #: the text named no time zone, so the publisher's zone was used
    zone_assumed: bool = False
    note: str = ""
    #: position in the cascade, for stable ordering
    order: int = 0

    @property
    def group(self) -> str:
        """Evidence of one group is not independent: it counts once."""
        return _GROUP.get(self.source, self.source)


@define
class DayEvidence:
    """A day of the month without year or month: a dateline's ``首爾17日``."""

    day: int
    source: str
    raw: str
    weight: float
    order: int = 0

    @property
    def group(self) -> str:
        """Datelines count once, however many forms state the day."""
        return "dateline"


@define
class DateContext:
    """What the extractors read: the document, its body, the publisher's zone and habits."""

    doc: Document
    body: Body
    tz: tzinfo = timezone.utc
    #: ``01/02/2023`` is 1 February (the publisher writes day first)
    day_first: bool = True
    dateline: Dateline | None = None


Extractor = Callable[[DateContext], Iterable["Evidence | DayEvidence"]]


def _is_midnight(value: datetime) -> bool:
    return not (value.hour or value.minute or value.second or value.microsecond)


_NO_OFFSET = timedelta(0)


def _timestamp(value: datetime, source: str, raw: str, ctx: DateContext, weight: float) -> Evidence | None:
    """Evidence from a machine timestamp, recognising day-only dates written as midnight."""
    naive = value.tzinfo is None
    if naive:
        value = value.replace(tzinfo=timezone.utc)
    # a plausible year (after 1971 in any zone is after 1970 in UTC: the conversion is
    # needed only near 1970), the precision (parse.precision_of) and midnight, written out
    year = value.year
    if not (MIN_YEAR <= year < MAX_YEAR and (year > 1971 or value.astimezone(timezone.utc).year > 1970)):
        return None
    precision = "millisecond" if value.microsecond else "second" if value.second else "minute"
    note = "no zone given: read as UTC" if naive else ""
    local = value.astimezone(ctx.tz)
    if not (local.hour or local.minute or local.second or local.microsecond):
        # "2001-07-31T16:00:00.000Z" is midnight in Taipei: a date without a time
        precision = "day"
        note = "midnight in the publisher's zone: a date without a time"
    elif _is_midnight(value) and value.utcoffset() == _NO_OFFSET:
        value = local_datetime(value.date(), ctx.tz)
        precision = "day"
        note = "midnight UTC: read as a date without a time"
    return Evidence(value, source, raw, precision, weight, naive, note)


def _from_value(value: Any, source: str, ctx: DateContext, weight: float) -> Evidence | None:
    """Evidence from a YAML value: a datetime, a date, a string or an epoch number."""
    if isinstance(value, datetime):
        return _timestamp(value, source, str(value), ctx, weight)
    if isinstance(value, date):
        if not MIN_YEAR <= value.year < MAX_YEAR:
            return None
        return Evidence(local_datetime(value, ctx.tz), source, value.isoformat(), "day", weight, True)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            stamp = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return _timestamp(stamp, source, str(value), ctx, weight)
    if isinstance(value, str) and value.strip():
        text = value.strip()[:200]
        m = search_date(text, ctx.tz, day_first=ctx.day_first)
        if m is None:
            return None
        if m.zone_assumed or m.precision in ("day", "month"):
            return Evidence(m.value, source, text, m.precision, weight, m.zone_assumed)
        return _timestamp(m.value, source, text, ctx, weight)
    return None


# -- the extractors, in cascade order ----------------------------------------------------------

_FRONT_MATTER_KEYS = ("date", "published", "pubDate", "pubdate", "publish_date", "published_at")


# The extractors return lists (any iterable will do): cheaper to make and to read than a
# generator, for the one or two pieces of evidence an extractor finds, or none.


def front_matter(ctx: DateContext) -> list[Evidence]:
    """The front matter's ``date`` (or ``published``...), discounted when it looks like crawl time."""
    fm = ctx.doc.front_matter
    for key in _FRONT_MATTER_KEYS:
        value = fm.get(key)
        if value is None:
            continue
        ev = _from_value(value, "front_matter", ctx, RELIABILITY["front_matter"])
        if ev is None:
            return []
        if ev.value.year < WEB_START_YEAR:
            # kept as a candidate that cannot win: the choice says why the date was not used
            ev.weight = 0.0
            ev.note = _BEFORE_THE_WEB
            return [ev]
        note = ev.note
        stamp = ctx.doc.stamp_raw
        if stamp is not None and ctx.doc.stamp_ms is None:
            # the feed gave no date (stamp "NaN"): the archiver wrote the time it crawled
            ev.weight *= 0.5
            crawl = f"the feed gave no date (stamp {stamp or 'empty'}): may be the crawl time"
            note = f"{note}; {crawl}" if note else crawl
        if ev.precision == "millisecond":
            ev.weight *= 0.75
            note = (
                f"{note}; has milliseconds, as crawl times do"
                if note
                else "has milliseconds, as crawl times do"
            )
        ev.note = note
        return [ev]
    return []


def comment_stamp(ctx: DateContext) -> list[Evidence]:
    """The archiver's ``<!--1697553060000-->`` stamp (milliseconds since the epoch)."""
    ms = ctx.doc.stamp_ms
    if ms is None or ms <= 0:
        return []
    try:
        value = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return []
    ev = _timestamp(value, "comment_stamp", ctx.doc.stamp_raw or str(ms), ctx, RELIABILITY["comment_stamp"])
    return [] if ev is None else [ev]


def _set_aside(ctx: DateContext, rule: str) -> list[str]:
    return [line.text for line in ctx.body.set_aside if line.rule == rule]


def body_lines(ctx: DateContext) -> list[Evidence]:
    """Lines the cleaner set aside as dates: ``Wed, 27 Nov 2024 14:59:13 GMT``."""
    found = []
    for line in ctx.body.set_aside:
        if line.rule == "date-line":
            text = line.text
            m = search_date(text, ctx.tz, day_first=ctx.day_first)
            if m is not None:
                weight = RELIABILITY["body_line"]
                found.append(Evidence(m.value, "body_line", text, m.precision, weight, m.zone_assumed))
    return found


def time_elements(ctx: DateContext) -> list[Evidence]:
    """``<time datetime="2022-05-23">`` in the body."""
    found = []
    for text in ctx.body.time_values[:5]:
        m = search_date(text[:100], ctx.tz, day_first=ctx.day_first)
        if m is not None:
            weight = RELIABILITY["time_element"]
            found.append(Evidence(m.value, "time_element", text, m.precision, weight, m.zone_assumed))
    return found


# dates in a URL, most specific first:
# "/41326-2020-07-20-04-58-30.html" (Nikkei, local time)
_URL_DATETIME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-([01]\d|2[0-3])-([0-5]\d)-([0-5]\d)(?!\d)"
)
# "hcm-07152022011538.html" (RFA: MMDDYYYYhhmmss, US Eastern)
_URL_MDY_TIME = re.compile(
    r"(?<!\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])((?:19|20)\d{2})([01]\d|2[0-3])([0-5]\d)([0-5]\d)(?!\d)"
)
# "/20220726103838/" (YYYYMMDDhhmmss)
_URL_COMPACT_TIME = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)([0-5]\d)(?!\d)"
)
# "/2023/10/17/", "/2023-10-17-", "/2023_1_5/"; the day ends the segment or meets a separator:
# in Kyodo's "/news/2024/11/7e3ec5d2fca4-1100.html" the "7" opens a hexadecimal story id
# (10 ids in 16 start with a digit), it is no day
_URL_SEPARATED = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([-/_.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
)
# "/202308013001.aspx" (CNA: date + 4-digit serial), "story20220712-1292002", "-20241127/"
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4})?(?!\d)")
# "/gb/22/8/25/n13809709.htm" (Epoch Times: two-digit year)
_URL_SHORT_YEAR = re.compile(r"/(\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")


def _url_path(url: str) -> str:
    """The path of ``url``; of the original behind a Wayback Machine copy, whose 14 digits
    (``/web/20220705003159/``) are the time of the capture, not of the publication.

    >>> _url_path("https://web.archive.org/web/20220705003159/https://hkcnews.com/article/49791/")
    '/article/49791/'
    >>> _url_path("https://web.archive.org/web/20220705003159/hkcnews.com/article/49791/")
    '/article/49791/'
    """
    if (capture := archive_capture(url)) is not None:
        url = capture.group("inner")
    start = url.find("//")
    slash = url.find("/", start + 2 if start >= 0 else 0)
    return url[slash:] if slash >= 0 else ""


# the first character of every four-digit-year form above: "2" of "2023", "0" of "0715"
_URL_FORM_START = re.compile(r"[012]")
# eight digits in a row, which every match of the three unseparated forms starts with:
# "07152022011538", "20220726103838", "20230801" (so no match starts before the first run)
_URL_DIGIT_RUN = re.compile(r"\d{8}")


def _url_parts(path: str) -> tuple[tuple[int, ...], str, float] | None:
    """``((year, month, day[, hour, minute, second]), raw, weight)`` for the first URL date form found."""
    # no form can start before the first 0, 1 or 2: the searches begin there, not at the path's
    # start; and every form holds a year starting "19" or "20"
    if (first := _URL_FORM_START.search(path)) is not None and ("19" in path or "20" in path):
        start = first.start()
        if path.count("-", start) >= 5 and (m := _URL_DATETIME.search(path, start)):
            return tuple(map(int, m.groups())), m.group(0), 1.0
        run = _URL_DIGIT_RUN.search(path, start)
        if run is not None and (m := _URL_MDY_TIME.search(path, run.start())):
            mo, d, y, h, mi, s = map(int, m.groups())
            return (y, mo, d, h, mi, s), m.group(0), 1.0
        if run is not None and (m := _URL_COMPACT_TIME.search(path, run.start())):
            return tuple(map(int, m.groups())), m.group(0), 1.0
        if m := _URL_SEPARATED.search(path, start):
            return (int(m.group(1)), int(m.group(3)), int(m.group(4))), m.group(0), 1.0
        if run is not None and (m := _URL_COMPACT.search(path, run.start())):
            return (int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(0), 1.0
    if m := _URL_SHORT_YEAR.search(path):
        yy = int(m.group(1))
        year = 2000 + yy if yy < 70 else 1900 + yy
        # a two-digit year in a path is the least certain form
        return (year, int(m.group(2)), int(m.group(3))), m.group(0), 0.9
    return None


def url_date(ctx: DateContext) -> list[Evidence]:
    """A date in the document's URL path (publisher's zone)."""
    if not ctx.doc.url:
        return []
    found = _url_parts(_url_path(ctx.doc.url))
    if found is None:
        return []
    parts, raw, factor = found
    try:
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return []
    if not WEB_START_YEAR <= day.year < MAX_YEAR:
        return []
    weight = RELIABILITY["url"] * factor
    if len(parts) == 3:
        return [Evidence(local_datetime(day, ctx.tz), "url", raw, "day", weight, True)]
    value = local_datetime(day, ctx.tz, parts[3], parts[4], parts[5])
    return [Evidence(value, "url", raw, "second", weight, True)]


# "1121017": ROC year 112, month 10, day 17; "980105": ROC 98
_TRAILER_CODE = re.compile(r"^(1[0-4]\d|[89]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")


def trailer_code(ctx: DateContext) -> list[Evidence]:
    """CNA's closing code ``1121017``: a date in the ROC calendar, in Taipei."""
    codes = _set_aside(ctx, "trailer-code")
    if code := ctx.body.meta.get("trailer_code"):
        codes.append(code)
    zone = ctx.tz if ctx.tz is not timezone.utc else _TAIPEI
    for code in codes:
        m = _TRAILER_CODE.match(code.strip())
        if not m:
            continue
        try:
            day = date(roc_year(int(m.group(1))), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        weight = RELIABILITY["trailer_code"]
        return [Evidence(local_datetime(day, zone), "trailer_code", code.strip(), "day", weight, True)]
    return []


def masthead(ctx: DateContext) -> list[Evidence]:
    """The date a PDF states on its masthead or title page (``2023 年 10 月 20 日``)."""
    for key in ("date", "masthead"):
        text = ctx.body.meta.get(key)
        if not text:
            continue
        m = search_date(text[:300], ctx.tz, day_first=ctx.day_first)
        if m is not None:
            weight = RELIABILITY["masthead"]
            return [Evidence(m.value, "masthead", m.raw, m.precision, weight, m.zone_assumed)]
    return []


# what follows a date that opens the story: "【大纪元2022年08月25日讯】", "台北2023年10月17日電"
_STAMP_TAIL = re.compile(r"\s*(?:[讯訊電电]|專電|专电|報導|报导|报道)")
_LEAD_CHARS = 200
_META_LINE = 60
# a short line is a date line when the date is nearly all of it, or a cue word says so
_META_SLACK = 6
# sentence punctuation: a line with it is prose, not a date line
_SENTENCE = re.compile(r"[，。！？；,.!?;]")
# "發布時間", "更新", "提交" (Drupal's "submitted"), "Posted on", "Updated"
_META_CUE = re.compile(
    r"發布|发布|發佈|更新|時間|时间|日期|提交|刊登|出版|posted|published|updated|submitted", re.IGNORECASE
)


def lead_text(ctx: DateContext) -> list[Evidence]:
    """Dates that open the story, date lines at its top, and dates in its first sentences."""
    found = []
    paragraphs = ctx.body.paragraphs[:3]
    for i, para in enumerate(paragraphs):
        head = para[:_LEAD_CHARS]
        if len(para) <= _META_LINE:
            # a short line at the top: "长平在 星期五, 02/28/2014 - 13:48 提交", "發布時間：2023-10-17"
            m = search_date(para, ctx.tz, day_first=ctx.day_first)
            if m is not None:
                rest = para[: m.start] + para[m.end :]
                is_meta = bool(_META_CUE.search(para)) or (
                    len(rest.strip()) <= _META_SLACK and not _SENTENCE.search(rest)
                )
                weight = RELIABILITY["text_line" if is_meta else "text"]
                ev = Evidence(m.value, "text", para, m.precision, weight, m.zone_assumed)
                ev.note = "a date line at the top of the body" if is_meta else "mentioned in the lead"
                found.append(ev)
            continue
        if i > 1:
            continue
        for m in chinese_dates(head, ctx.tz):
            tail = _STAMP_TAIL.match(head, m.end) if i == 0 and m.start <= 30 else None
            if tail is not None:
                raw = head[: tail.end()].lstrip("【[（( ")
                found.append(Evidence(m.value, "dateline", raw, m.precision, RELIABILITY["dateline"], True))
            else:
                ev = Evidence(m.value, "text", m.raw, m.precision, RELIABILITY["text"], m.zone_assumed)
                ev.note = "mentioned in the lead; may be an event date"
                found.append(ev)
    return found


def dateline_day(ctx: DateContext) -> list[DayEvidence]:
    """The day of the month a dateline gives (``首爾17日專電``)."""
    dl = ctx.dateline
    if dl is not None and dl.day is not None and 1 <= dl.day <= 31:
        raw = dl.raw or f"{dl.place}{dl.day}日"
        return [DayEvidence(dl.day, "dateline", raw, RELIABILITY["dateline_day"])]
    return []


#: The cascade, in the order candidates are listed.
EXTRACTORS: list[Extractor] = [
    front_matter,
    comment_stamp,
    body_lines,
    time_elements,
    url_date,
    trailer_code,
    masthead,
    lead_text,
    dateline_day,
]


def collect_evidence(ctx: DateContext) -> list[Evidence | DayEvidence]:
    """Run every extractor; number the evidence in cascade order."""
    found: list[Evidence | DayEvidence] = []
    for extractor in EXTRACTORS:
        for item in extractor(ctx):
            item.order = len(found)
            found.append(item)
    return found
