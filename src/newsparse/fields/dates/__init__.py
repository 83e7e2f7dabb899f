"""Dates with provenance: collect every piece of date evidence, then choose ``published``.

The evidence comes from an ordered cascade of small extractors (:mod:`.evidence`): front
matter, comment stamp, date lines in the body, ``<time>`` elements, the URL, CNA trailer codes,
a PDF's masthead, the lead and the dateline. :mod:`.resolve` places each on a day in the
publisher's zone, picks the best-supported day and on it the most precise value, and explains
every other candidate. See ``docs/dates.md``.

>>> from newsparse.document import Body, Document
>>> from zoneinfo import ZoneInfo
>>> doc = Document("comment_stamp", url="https://www.cna.com.tw/news/aopl/202310170397.aspx",
...                stamp_raw="1697553060000", stamp_ms=1697553060000)
>>> published, candidates, warnings = resolve_published(doc, Body(), ZoneInfo("Asia/Taipei"))
>>> published.isoformat()
'2023-10-17T14:31:00+00:00'
>>> [(c.source, c.chosen) for c in candidates]
[('comment_stamp', True), ('url', False)]
"""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from newsparse.document import Body, Document
from newsparse.fields.dates.evidence import (
    EXTRACTORS,
    RELIABILITY,
    DateContext,
    DayEvidence,
    Evidence,
    Extractor,
    collect_evidence,
)
from newsparse.fields.dates.parse import DateMatch, chinese_dates, search_date
from newsparse.fields.dates.resolve import resolve
from newsparse.model import DateCandidate, Dateline

__all__ = [
    "EXTRACTORS",
    "RELIABILITY",
    "DateContext",
    "DateMatch",
    "DayEvidence",
    "Evidence",
    "Extractor",
    "chinese_dates",
    "collect_evidence",
    "resolve",
    "resolve_published",
    "search_date",
]


def resolve_published(
    doc: Document,
    body: Body,
    tz: tzinfo | None = None,
    *,
    dateline: Dateline | None = None,
    day_first: bool = True,
) -> tuple[datetime | None, list[DateCandidate], list[str]]:
    """``published``, all date candidates (the chosen one marked) and warnings for one document.

    ``tz`` is the publisher's zone (day-only dates are anchored there; UTC when unknown);
    ``dateline`` supplies the day of the month a byline states; ``day_first`` reads
    ``01/02/2023`` as 1 February.
    """
    zone = tz or timezone.utc
    ctx = DateContext(doc=doc, body=body, tz=zone, day_first=day_first, dateline=dateline)
    return resolve(collect_evidence(ctx), zone)
