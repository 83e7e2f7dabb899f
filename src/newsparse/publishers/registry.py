"""The publisher table: loading, lookup by host, by name and by text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from attrs import field, frozen

__all__ = ["PUBLISHERS", "Boilerplate", "Publisher", "by_id", "identify", "load_publishers"]


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


@frozen
class Publisher:
    """One publisher: stable id, normalized name, how documents name it, where it lives."""

    id: str
    name: str
    aliases: tuple[str, ...] = field(default=(), converter=tuple)
    hosts: tuple[str, ...] = field(default=(), converter=tuple)
    timezone: str = "UTC"
    boilerplate: Boilerplate = field(factory=Boilerplate)
    #: any other keys of the table entry (byline forms and the like), read-only
    data: tuple[tuple[str, Any], ...] = field(default=(), converter=lambda v: tuple(dict(v).items()))

    @property
    def tz(self) -> ZoneInfo:
        """The publisher's time zone."""
        return _zone(self.timezone)

    def get(self, key: str, default: Any = None) -> Any:
        """A further key of the publisher's table entry."""
        return dict(self.data).get(key, default)


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


_KNOWN_KEYS = {"id", "name", "aliases", "hosts", "timezone", "boilerplate"}


def load_publishers(entries: Iterable[Mapping[str, Any]] | None = None) -> tuple[Publisher, ...]:
    """Read the publisher table (the bundled one when ``entries`` is None)."""
    if entries is None:
        raw = resources.files("newsparse").joinpath("data/publishers.json").read_text("utf-8")
        entries = json.loads(raw)["publishers"]
    return tuple(
        Publisher(
            id=e["id"],
            name=e["name"],
            aliases=e.get("aliases", ()),
            hosts=e.get("hosts", ()),
            timezone=e.get("timezone", "UTC"),
            boilerplate=Boilerplate.from_mapping(e.get("boilerplate")),
            data={k: v for k, v in e.items() if k not in _KNOWN_KEYS},
        )
        for e in entries
    )


#: The bundled publisher table.
PUBLISHERS: tuple[Publisher, ...] = load_publishers()
_BY_ID = {p.id: p for p in PUBLISHERS}
_BY_HOST = sorted(((h.lower(), p) for p in PUBLISHERS for h in p.hosts), key=lambda hp: -len(hp[0]))
_BY_ALIAS = {a.casefold(): p for p in PUBLISHERS for a in (p.name, *p.aliases)}
# longest alias first, so "BBC中文网" wins over "BBC" when searching text
_ALIASES_BY_LENGTH = sorted(_BY_ALIAS.items(), key=lambda ap: -len(ap[0]))


def by_id(publisher_id: str) -> Publisher | None:
    """The publisher with this id, if known."""
    return _BY_ID.get(publisher_id)


def _host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def identify(
    *, url: str | None = None, names: Iterable[str | None] = (), text: str | None = None
) -> Publisher | None:
    """The publisher named by ``names``, hosting ``url``, or named in ``text``, in that order.

    Names (the feed's own label) come first: an aggregator URL such as ``nei.st`` may carry
    another publisher's article, but the URL host is still better evidence than the text.
    """
    for name in names:
        if name and (p := _BY_ALIAS.get(name.strip().casefold())):
            return p
    if url:
        host = _host_of(url)
        if host:
            for suffix, p in _BY_HOST:
                if host == suffix or host.endswith("." + suffix):
                    return p
    if text:
        head = text[:300].casefold()
        for alias, p in _ALIASES_BY_LENGTH:
            if len(alias) >= 2 and alias in head:
                return p
    return None
