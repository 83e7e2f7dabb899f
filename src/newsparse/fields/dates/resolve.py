"""Choosing ``published`` from the evidence: the most precise value on the best-supported day.

1. Every full date is placed on its calendar day in the publisher's zone.
2. Each day is scored by the evidence that agrees with it: the reliability of every source
   on that day, half of it for sources one day off (a late update, a zone difference),
   and the weight of datelines whose day of the month matches. Sources that copy one another
   (front matter and comment stamp) count once.
3. The best-supported day wins; on it, the most precise candidate is chosen (a stated zone
   beats an assumed one, then the more reliable source). Precision only refines: when a more
   reliable source gives another time of that day, its time is taken (chosun.com's page says
   ``2025-10-01 09:57`` Seoul; the feed's ``02:16:04 +00:00``, an hour later, is the feed's).
4. Candidates that contradict the chosen day by more than a day are set aside with a note,
   and a warning names them. Text mentions alone never date an article.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from newsparse.fields.dates.evidence import DayEvidence, Evidence
from newsparse.fields.dates.parse import PRECISION_RANK, local_datetime
from newsparse.model import DateCandidate, new_date_candidate

__all__ = ["LABELS", "MIN_WEIGHT", "resolve"]

#: Evidence lighter than this (a date merely mentioned in the lead) cannot date an article alone.
MIN_WEIGHT = 0.3

#: How each source is named in notes and warnings.
LABELS = {
    "front_matter": "front-matter date",
    "comment_stamp": "comment stamp",
    "body_line": "date line",
    "time_element": "<time> element",
    "url": "URL date",
    "trailer_code": "trailer code",
    "dateline": "dateline",
    "text": "date in the text",
    "masthead": "masthead date",
}


def _label(source: str) -> str:
    return LABELS.get(source, source)


def _support(day: date, full: list[Evidence], days: list[date], partial: list[DayEvidence]) -> float:
    best: dict[str, float] = {}
    for ev, ev_day in zip(full, days, strict=True):
        delta = abs((ev_day - day).days)
        weight = ev.weight if delta == 0 else ev.weight * 0.5 if delta == 1 else 0.0
        if weight > best.get(ev.group, 0.0):
            best[ev.group] = weight
    for dp in partial:
        if dp.day == day.day and dp.weight > best.get(dp.group, 0.0):
            best[dp.group] = dp.weight
    return sum(best.values())


def _nearest_with_day(anchor: date, day: int) -> date | None:
    """The date with day-of-month ``day`` nearest to ``anchor`` (this, last or next month)."""
    options = []
    for shift in (-1, 0, 1):
        month = anchor.month + shift
        year = anchor.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _sources(items: list[Evidence]) -> str:
    return ", ".join(dict.fromkeys([LABELS.get(ev.source, ev.source) for ev in items]))


def _best_day(full: list[Evidence], days: list[date], partial: list[DayEvidence]) -> date:
    """The best-supported of several days: by support, then strongest evidence, then cascade order."""
    scores = {day: _support(day, full, days, partial) for day in dict.fromkeys(days)}

    def day_rank(day: date) -> tuple[float, float, int]:
        on_day = [ev for ev, d in zip(full, days, strict=True) if d == day]
        return scores[day], max(ev.weight for ev in on_day), -min(ev.order for ev in on_day)

    return max(scores, key=day_rank)


def _preference(ev: Evidence) -> tuple[int, bool, float, int]:
    """How a candidate ranks on the chosen day: precision, a stated zone, reliability, cascade order."""
    return PRECISION_RANK.get(ev.precision, 0), not ev.zone_assumed, ev.weight, -ev.order


#: the precision rank from which a value has a time of day
_TIMED = PRECISION_RANK["minute"]
#: times the archiver or the feed wrote (when it fetched or listed the item, often later
#: than the publication), and the times the page itself shows above the story: its date
#: line, its <time> element (cn.nytimes.com's <time pudate="2025-11-01 09:30:36">, seven
#: minutes before the feed's 01:37:01Z; at weight 0.75 it outranks a front-matter time, not
#: the archiver's stamp). A URL code may be the time the story was created: not a page time.
_FEED_TIMES = frozenset({"front_matter", "comment_stamp"})
_PAGE_TIMES = frozenset({"body_line", "time_element"})


def _same_time(a: Evidence, b: Evidence) -> bool:
    """Whether two timed values agree to the coarser one's precision: within a minute of each
    other (``01:16`` and ``01:15:38``), or a second."""
    coarser = min(PRECISION_RANK.get(a.precision, 0), PRECISION_RANK.get(b.precision, 0))
    step = 60 if coarser <= _TIMED else 1
    return abs(a.value.timestamp() - b.value.timestamp()) < step


def _reliable_time(chosen: Evidence, on_day: list[Evidence]) -> Evidence:
    """``chosen``, a feed's time, unless the page states another time of the day more reliably:
    then the most precise candidate that agrees with the page's time.

    The page's own date line (``2025-10-01 09:57`` on chosun.com, weight 0.85; RFI's
    ``26/07/2022 - 23:30``) outranks the feed's time an hour or a quarter later
    (``2025-10-01 02:16:04 +00:00``, 0.6; the stamp ``21:45:02Z``, 0.8) though it gives no
    seconds. A feed time never displaces another feed time: the stamp is the feed's listing,
    often later than a front-matter time.
    """
    if chosen.source not in _FEED_TIMES or PRECISION_RANK.get(chosen.precision, 0) < _TIMED:
        return chosen
    reliable = chosen
    for ev in on_day:
        if (
            ev.source in _PAGE_TIMES
            and ev.weight > reliable.weight
            and PRECISION_RANK.get(ev.precision, 0) >= _TIMED
        ):
            reliable = ev
    if reliable is chosen or _same_time(chosen, reliable):
        return chosen
    best = reliable
    for ev in on_day:
        if _preference(ev) > _preference(best) and _same_time(ev, reliable):
            best = ev
    return best


def resolve(
    evidence: list[Evidence | DayEvidence], tz: tzinfo
) -> tuple[datetime | None, list[DateCandidate], list[str]]:
    """``published``, every candidate (the chosen one marked, the others explained) and warnings."""
    full: list[Evidence] = []
    partial: list[DayEvidence] = []
    for item in evidence:
        if isinstance(item, Evidence):
            full.append(item)
        elif isinstance(item, DayEvidence):
            partial.append(item)
    if not full:
        return None, [], []
    days = [ev.value.astimezone(tz).date() for ev in full]
    anchor = days[0]
    deltas: list[int] | None
    if days.count(anchor) == len(days):
        # the usual case, every full date on one day, needs no scoring: all agree
        deltas = None
        on_anchor = agreeing = full
    else:
        anchor = _best_day(full, days, partial)
        anchor_day = anchor.toordinal()
        deltas = [day.toordinal() - anchor_day for day in days]  # (day - anchor).days
        on_anchor = [ev for ev, delta in zip(full, deltas, strict=True) if delta == 0]
        agreeing = [ev for ev, delta in zip(full, deltas, strict=True) if -1 <= delta <= 1]
    # the most precise candidate on the day (the first of equals), as max(on_anchor,
    # key=_preference) finds it, and the strongest weight there, in one pass
    chosen = on_anchor[0]
    heaviest = chosen.weight
    page_chosen = False
    if len(on_anchor) > 1:
        best = _preference(chosen)
        for ev in on_anchor:
            if ev.weight > heaviest:
                heaviest = ev.weight
            if ev is not chosen and (rank := _preference(ev)) > best:
                chosen, best = ev, rank
        page_time = _reliable_time(chosen, on_anchor)
        page_chosen = page_time is not chosen
        chosen = page_time
    anchor_iso = anchor.isoformat()
    warnings: list[str] = []
    if heaviest < MIN_WEIGHT:
        candidates = [
            _candidate(ev, False, _join(ev.note, "too weak to date the article on its own")) for ev in full
        ]
        if all(ev.source == "text" for ev in full):
            warnings.append(
                f"no date evidence besides dates the text mentions ({anchor_iso}); published left empty"
            )
        else:  # "date: 1989-06-04", an archiver's placeholder: the evidence's note says why
            unusable = "; ".join(
                f"{_label(ev.source)} {ev.value.astimezone(tz).date().isoformat()}"
                + (f": {ev.note}" if ev.note else "")
                for ev in full
                if ev.source != "text"
            )
            warnings.append(f"no usable date evidence ({unusable}); published left empty")
        return None, candidates, warnings

    matching_days = [dp for dp in partial if dp.day == anchor.day] if partial else partial
    chosen_rank = PRECISION_RANK.get(chosen.precision, 0)

    candidates = []
    # whether the full dates come in cascade order (a caller's own list may not)
    in_order = True
    previous = None
    for i, ev in enumerate(full):
        delta = deltas[i] if deltas is not None else 0
        if ev is chosen:
            if len(full) == 1 and not partial:
                reason = "chosen: the only date evidence"
            elif len(agreeing) == 1 and not matching_days:
                reason = "chosen: the most reliable evidence; nothing else agrees with it"
            elif page_chosen:
                reason = "chosen: the time the page shows, on the best-supported day"
            else:
                reason = "chosen: the most precise candidate on the best-supported day"
            support = [x for x in agreeing if x is not ev] if len(agreeing) > 1 else []
            if support or matching_days:
                reason += f" (agreeing: {_sources(support) or 'dateline'})"
            note = reason
        elif delta == 0:
            if page_chosen and ev.source in _FEED_TIMES and not _same_time(ev, chosen):
                note = "same day, another time"
            elif PRECISION_RANK.get(ev.precision, 0) == chosen_rank:
                note = "agrees; as precise but less reliable"
            else:
                note = "agrees; less precise"
        elif delta == -1 or delta == 1:
            note = f"one day off the chosen day {anchor_iso} (time zone or later update)"
        else:
            note = f"contradicts the chosen day {anchor_iso} by {_distance(abs(delta))}; set aside"
        candidates.append(
            new_date_candidate(
                ev.value,
                ev.source,
                ev.raw,
                ev.precision,
                ev is chosen,
                f"{ev.note}; {note}" if ev.note else note,
            )
        )
        if previous is not None and previous >= ev.order:
            in_order = False
        previous = ev.order
    if partial:
        # the candidates in cascade order: day-of-month evidence among the full dates
        by_order = {ev.order: candidate for ev, candidate in zip(full, candidates, strict=True)}
        for dp in partial:
            day = _nearest_with_day(anchor, dp.day)
            if day is None:
                continue
            value = local_datetime(day, tz)
            note = "gives only the day of the month; " + (
                "agrees" if day == anchor else f"does not match the chosen day {anchor_iso}"
            )
            by_order[dp.order] = new_date_candidate(value, dp.source, dp.raw, "day", False, note)
        candidates = [by_order[i] for i in sorted(by_order)]
    elif not in_order:
        # full dates out of cascade order (a caller's own list): sorted, a later one of an order kept
        by_order = {ev.order: candidate for ev, candidate in zip(full, candidates, strict=True)}
        candidates = [by_order[i] for i in sorted(by_order)]

    if deltas is not None and len(agreeing) < len(full):
        contradicting = [ev for ev, delta in zip(full, deltas, strict=True) if not -1 <= delta <= 1]
        support = [ev for ev in agreeing if ev.weight >= MIN_WEIGHT]
        for source in dict.fromkeys(ev.source for ev in contradicting if ev.source != "text"):
            wrong = [ev for ev in contradicting if ev.source == source]
            wrong_days = ", ".join(dict.fromkeys(ev.value.astimezone(tz).date().isoformat() for ev in wrong))
            warnings.append(
                f"{_label(source)} {wrong_days} contradicts the {_sources(support)} "
                f"({anchor_iso}); used {anchor_iso}"
            )
    if chosen.precision == "month":
        warnings.append(f"the publication date is known only to the month ({anchor.strftime('%Y-%m')})")
    return chosen.value, candidates, warnings


def _distance(days: int) -> str:
    """``9 days``, ``about 4 months``, ``about 22 years``."""
    if days >= 365:
        return f"about {round(days / 365.25)} years"
    if days >= 60:
        return f"about {round(days / 30.44)} months"
    return f"{days} days"


def _join(note: str, reason: str) -> str:
    """``note; reason``, or whichever of them is not empty."""
    return f"{note}; {reason}" if note and reason else note or reason


def _candidate(ev: Evidence, chosen: bool, note: str) -> DateCandidate:
    return new_date_candidate(ev.value, ev.source, ev.raw, ev.precision, chosen, note)
