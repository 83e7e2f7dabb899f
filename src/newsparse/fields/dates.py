"""Date evidence and resolution (provisional: front matter, comment stamp, URL)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from newsparse.document import Body, Document
from newsparse.model import DateCandidate

__all__ = ["resolve_published"]

# "/202308013001.aspx" (CNA), "-20241127/" (VOA), "/2023/10/17/"
_URL_DATE = re.compile(r"(?<!\d)(20\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d{3,}[^\d])")


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def resolve_published(
    doc: Document, body: Body, tz: ZoneInfo | None
) -> tuple[datetime | None, list[DateCandidate], list[str]]:
    """Collect candidates and choose one (provisional)."""
    candidates: list[DateCandidate] = []
    fm: Any = doc.front_matter.get("date")
    if isinstance(fm, datetime):
        candidates.append(DateCandidate(_aware(fm), "front_matter", str(fm), "second"))
    elif isinstance(fm, date):
        candidates.append(DateCandidate(datetime(fm.year, fm.month, fm.day, tzinfo=tz or timezone.utc), "front_matter", str(fm)))
    if doc.stamp_ms is not None:
        try:
            value = datetime.fromtimestamp(doc.stamp_ms / 1000, tz=timezone.utc)
            candidates.append(DateCandidate(value, "comment_stamp", doc.stamp_raw or "", "millisecond"))
        except (OverflowError, OSError, ValueError):
            pass
    if doc.url and (m := _URL_DATE.search(doc.url)):
        try:
            day = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), tzinfo=tz or timezone.utc)
            candidates.append(DateCandidate(day, "url", m.group(0)))
        except ValueError:
            pass
    if not candidates:
        return None, [], []
    chosen = candidates[0]
    out = [c if c is not chosen else DateCandidate(c.value, c.source, c.raw, c.precision, True) for c in candidates]
    return chosen.value, out, []
