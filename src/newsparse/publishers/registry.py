"""The publisher table: loading it, and finding a publisher by id, URL host, name or text.

The table is data (``newsparse/data/publishers.json``); :class:`PublisherTable` indexes it once
(hosts, aliases and one compiled pattern for each of them) so that every lookup is a dictionary
access or a single regex search.

>>> TABLE.by_host("https://www.cna.com.tw/news/aopl/202310170397.aspx").id
'cna'
>>> TABLE.by_name("(臺)中央社CNA").name
'中央社'
>>> TABLE.in_text("（德国之声中文网）欧洲统计局周一通报说").id
'dw'
>>> TABLE.in_text("Tel: 886-2-23654366 <http://www.pf.org.tw>").id
'prospect'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from attrs import field, frozen

__all__ = [
    "PUBLISHERS",
    "TABLE",
    "Boilerplate",
    "Publisher",
    "PublisherTable",
    "by_id",
    "identify",
    "load_publishers",
    "zone_for_url",
]


def _freeze_map(value: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    return tuple((value or {}).items())


@frozen
class Boilerplate:
    """A publisher's boilerplate rules (all optional).

    ``drop_classes`` and ``drop_ids`` map a class token or element id to the kind given
    to the links inside (``related``, ``tag``, ``footer``, ``other``); ``caption_classes``
    mark image captions; ``drop_phrases`` mark a short paragraph as boilerplate.
    """

    drop_classes: tuple[tuple[str, str], ...] = field(default=(), converter=_freeze_map)
    drop_ids: tuple[tuple[str, str], ...] = field(default=(), converter=_freeze_map)
    caption_classes: tuple[str, ...] = field(default=(), converter=tuple)
    drop_phrases: tuple[str, ...] = field(default=(), converter=tuple)
    #: phrases that end the article: this paragraph and everything after it is dropped
    end_phrases: tuple[str, ...] = field(default=(), converter=tuple)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None) -> Boilerplate:
        """Build from the JSON table's ``boilerplate`` object."""
        data = data or {}
        return cls(
            drop_classes=data.get("drop_classes"),
            drop_ids=data.get("drop_ids"),
            caption_classes=data.get("caption_classes", ()),
            drop_phrases=data.get("drop_phrases", ()),
            end_phrases=data.get("end_phrases", ()),
        )


def _items(value: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    return tuple(dict(value).items())


@frozen
class Publisher:
    """One publisher: stable id, normalized name, how documents name it, where it lives.

    ``date_order`` says how the publisher writes all-numeric dates (``"DMY"`` for
    ``26/07/2022``, ``"MDY"`` for ``02/28/2014``); it only matters when both readings are valid.
    """

    id: str
    name: str
    aliases: tuple[str, ...] = field(default=(), converter=tuple)
    hosts: tuple[str, ...] = field(default=(), converter=tuple)
    timezone: str = "UTC"
    boilerplate: Boilerplate = field(factory=Boilerplate)
    date_order: str = "DMY"
    #: any other keys of the table entry (byline forms and the like), read-only
    data: tuple[tuple[str, Any], ...] = field(default=(), converter=_items)

    @property
    def host_only(self) -> bool:
        """Known by its address only (``"host_only": true`` in the table): a platform such as
        YouTube or Wikipedia, named in countless texts that it did not publish."""
        return bool(dict(self.data).get("host_only"))

    @property
    def cited_by_others(self) -> bool:
        """A wire agency that other publishers quote (``"cited_by_others": true``): ``据路透社报道``
        in a text says nothing of who published it, so a mention in text never identifies it (its
        names in a feed's label and its address still do)."""
        return bool(dict(self.data).get("cited_by_others"))

    @property
    def writing_platform(self) -> bool:
        """A platform where people and organisations post under their accounts (``"writing_platform":
        true``: Medium, Matters, 方格子 VOCUS); the author field names the account that posted."""
        return bool(dict(self.data).get("writing_platform"))

    @property
    def tz(self) -> ZoneInfo:
        """The publisher's time zone."""
        return _zone(self.timezone)

    @property
    def day_first(self) -> bool:
        """True when ``01/02/2023`` means 1 February for this publisher."""
        return self.date_order != "MDY"

    def get(self, key: str, default: Any = None) -> Any:
        """A further key of the publisher's table entry."""
        return dict(self.data).get(key, default)


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


_KNOWN_KEYS = {"id", "name", "aliases", "hosts", "timezone", "boilerplate", "date_order"}


@cache
def _bundled_table() -> dict[str, Any]:
    raw = resources.files("newsparse").joinpath("data/publishers.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(raw)
    return table


def load_publishers(entries: Iterable[Mapping[str, Any]] | None = None) -> tuple[Publisher, ...]:
    """Read the publisher table (the bundled one when ``entries`` is None)."""
    if entries is None:
        entries = _bundled_table()["publishers"]
    return tuple(
        Publisher(
            id=e["id"],
            name=e["name"],
            aliases=e.get("aliases", ()),
            hosts=e.get("hosts", ()),
            timezone=e.get("timezone", "UTC"),
            boilerplate=Boilerplate.from_mapping(e.get("boilerplate")),
            date_order=e.get("date_order", "DMY"),
            data={k: v for k, v in e.items() if k not in _KNOWN_KEYS},
        )
        for e in entries
    )


# a Latin-script alias ("CNA", "Radio Free Asia"): matched in text as a whole word, case kept
_LATIN_ALIAS = re.compile(r"^[A-Za-z0-9 .&'-]+$")


def _host_of(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _mention_part(alias: str) -> str:
    """One alias in the mention pattern.

    A Latin alias stands only as a whole word; the word-start test comes after its first
    letter (``C(?<![A-Za-z0-9]C)NA``, the same test) so that every alternative starts with a
    literal and ``re`` can skip ahead to the characters an alias can start with.
    """
    if not _LATIN_ALIAS.match(alias):
        return re.escape(alias)
    first = re.escape(alias[0])
    return rf"{first}(?<![A-Za-z0-9]{first}){re.escape(alias[1:])}(?![A-Za-z0-9])"


class PublisherTable:
    """An index over publishers: by id, URL host, exact name and mention in text."""

    def __init__(self, publishers: Iterable[Publisher]) -> None:
        self.publishers: tuple[Publisher, ...] = tuple(publishers)
        self._by_id = {p.id: p for p in self.publishers}
        self._by_host = {h.lower(): p for p in self.publishers for h in p.hosts}
        # platforms (YouTube, Wikipedia) are found by their URL host only: a feed's label or a text
        # naming one says nothing of who published the page ("维基百科" on a Baidu Baike page)
        named = [p for p in self.publishers if not p.host_only]
        self._platform_names = frozenset(
            _fold(alias) for p in self.publishers if p.host_only for alias in (p.name, *p.aliases)
        )
        self._by_alias: dict[str, Publisher] = {}
        for p in named:
            for alias in (p.name, *p.aliases):
                self._by_alias.setdefault(_fold(alias), p)
        # every alias in one pattern, longest first so "BBC中文网" wins over "BBC"; Latin
        # aliases only as whole words and only when capitalised ("CNA", not "medium")
        mentions: list[tuple[str, Publisher]] = []
        for p in named:
            for alias in (p.name, *p.aliases):
                if len(alias) < 2 or (_LATIN_ALIAS.match(alias) and alias.islower()):
                    continue
                mentions.append((alias, p))
        mentions.sort(key=lambda ap: -len(ap[0]))
        self._mention_of: dict[str, Publisher] = {}
        for alias, p in mentions:
            self._mention_of.setdefault(alias, p)
        self._mention = re.compile("|".join(_mention_part(a) for a, _ in mentions)) if mentions else None
        # what a text may be told apart by: every alias but those of agencies that others quote
        quoted = [(a, p) for a, p in mentions if not p.cited_by_others]
        self._own_mention = (
            re.compile("|".join(_mention_part(a) for a, _ in quoted))
            if len(quoted) != len(mentions) and quoted
            else (self._mention if quoted else None)
        )
        # "www.pf.org.tw", "https://cn.nikkei.com/..." inside a text
        hosts = sorted((h for h, p in self._by_host.items() if not p.host_only), key=len, reverse=True)
        # every host has a dot, so a text without one mentions none (the common case: a name)
        self._host_needs_dot = all("." in h for h in hosts)
        self._host_mention = (
            re.compile(
                r"(?<![\w.-])(?:[a-z0-9-]+\.)*(" + "|".join(re.escape(h) for h in hosts) + r")(?![\w-])",
                re.IGNORECASE,
            )
            if hosts
            else None
        )

    def by_id(self, publisher_id: str) -> Publisher | None:
        """The publisher with this id."""
        return self._by_id.get(publisher_id)

    def by_host(self, url: str) -> Publisher | None:
        """The publisher whose host (or a parent domain of it) serves ``url``."""
        host = _host_of(url) if "/" in url or ":" in url else url.lower()
        while host:
            if (p := self._by_host.get(host)) is not None:
                return p
            _, _, host = host.partition(".")
            if "." not in host:
                break
        return None

    def by_name(self, name: str) -> Publisher | None:
        """The publisher a feed or document names: an exact alias, else one the name contains.

        >>> TABLE.by_name("美国之音中文网 VOA").id
        'voa'
        """
        key = _fold(name)
        if not key:
            return None
        if (p := self._by_alias.get(key)) is not None:
            return p
        return self.in_text(name)

    def names_a_publisher(self, name: str) -> bool:
        """True when ``name`` is exactly a publisher's or a platform's name (not a person's).

        >>> [TABLE.names_a_publisher(name) for name in ("维基百科", "中央社", "长平")]
        [True, True, False]
        """
        key = _fold(name)
        return key in self._by_alias or key in self._platform_names

    def in_text(self, text: str) -> Publisher | None:
        """The first publisher ``text`` names (by alias) or links to (by host)."""
        best: tuple[int, Publisher] | None = None
        if self._own_mention is not None and (m := self._own_mention.search(text)):
            best = (m.start(), self._mention_of[m.group(0)])
        if (
            self._host_mention is not None
            and ("." in text or not self._host_needs_dot)
            and (m := self._host_mention.search(text))
        ):
            p = self._by_host[m.group(1).lower()]
            if best is None or m.start() < best[0]:
                best = (m.start(), p)
        return best[1] if best else None

    def mentions(self, text: str) -> list[tuple[int, int, Publisher]]:
        """Every publisher ``text`` names (by alias) or links to (by host), as ``(start, end,
        publisher)`` in the order of the text; the aliases of agencies others quote are left out,
        as :meth:`in_text` leaves them.

        >>> [(s, e, p.id) for s, e, p in TABLE.mentions("本文原载于端传媒 theinitium.com")]
        [(5, 8, 'initium'), (9, 23, 'initium')]
        """
        found: list[tuple[int, int, Publisher]] = []
        if self._own_mention is not None:
            found.extend(
                (m.start(), m.end(), self._mention_of[m.group(0)]) for m in self._own_mention.finditer(text)
            )
        if self._host_mention is not None and ("." in text or not self._host_needs_dot):
            found.extend(
                (m.start(), m.end(), self._by_host[m.group(1).lower()])
                for m in self._host_mention.finditer(text)
            )
            found.sort(key=lambda mention: mention[0])
        return found

    def alias_pattern(self) -> re.Pattern[str] | None:
        """The compiled pattern matching any alias in text (longest first)."""
        return self._mention

    def identify(
        self, *, url: str | None = None, names: Iterable[str | None] = (), text: str | None = None
    ) -> Publisher | None:
        """The publisher named by ``names``, hosting ``url``, or named in ``text``, in that order.

        Names (the feed's own label) come first: an aggregator URL such as ``nei.st`` may carry
        another publisher's article, but the URL host is still better evidence than the text.
        """
        for name in names:
            if name and (p := self.by_name(name)):
                return p
        if url and (p := self.by_host(url)):
            return p
        if text:
            return self.in_text(text[:600])
        return None


def zone_for_url(url: str | None) -> ZoneInfo | None:
    """The time zone of a URL's country domain, for a publisher the table does not know.

    Day-only dates (a URL's ``/2023/08/01/``, a body line ``2023年8月1日``) are anchored at
    midnight in the publisher's zone; without one they would be read in UTC, a day early for
    a Taiwanese or Hong Kong site whose evidence gives a time. The table's ``host_zones`` maps
    country domains to zones.

    >>> zone_for_url("https://news.example.com.tw/a/1").key, zone_for_url("https://example.org/a") is None
    ('Asia/Taipei', True)
    """
    if not url:
        return None
    host = _host_of(url)
    zones: dict[str, str] = _bundled_table().get("host_zones", {})
    suffix = host.rsplit(".", 1)[-1] if "." in host else ""
    name = zones.get(suffix) if suffix and not suffix.startswith("_") else None
    return _zone(name) if name else None


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


#: The bundled publisher table.
PUBLISHERS: tuple[Publisher, ...] = load_publishers()
#: The index over :data:`PUBLISHERS`.
TABLE = PublisherTable(PUBLISHERS)


def by_id(publisher_id: str) -> Publisher | None:
    """The publisher with this id, if known."""
    return TABLE.by_id(publisher_id)


def identify(
    *, url: str | None = None, names: Iterable[str | None] = (), text: str | None = None
) -> Publisher | None:
    """The publisher named by ``names``, hosting ``url``, or named in ``text`` (:class:`PublisherTable`)."""
    return TABLE.identify(url=url, names=names, text=text)
