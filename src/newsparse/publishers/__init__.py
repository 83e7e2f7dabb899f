"""Publisher knowledge, kept as data in ``newsparse/data/publishers.json``.

:func:`identify` recognizes the publisher of a document from its URL host, the name the
feed gave (front matter ``author``/``tags``) or the text; the result carries the
normalized name, a stable id, the time zone that anchors day-only dates, and the
publisher's boilerplate rules.

>>> identify(url="https://www.cna.com.tw/news/aopl/202310170397.aspx").id
'cna'
>>> identify(names=["(臺)中央社CNA"]).name
'中央社'
>>> identify(url="https://example.org/x") is None
True
"""

from newsparse.publishers.registry import (
    PUBLISHERS,
    TABLE,
    Boilerplate,
    Publisher,
    PublisherTable,
    by_id,
    identify,
    load_publishers,
    zone_for_url,
)

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
