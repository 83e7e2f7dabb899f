"""Image URLs: the original behind lazy-loading placeholders, srcsets and proxies.

>>> import lxml.html
>>> img = lxml.html.fromstring('<img src="data:image/gif;base64,R0l" data-src="/p/1.jpg">')
>>> image_url(img, "https://www.cna.com.tw/news/a.aspx")
'https://www.cna.com.tw/p/1.jpg'
>>> img = lxml.html.fromstring('<img src="https://images.weserv.nl?url=gdb.voanews.com/a.jpg">')
>>> image_url(img, None)
'https://gdb.voanews.com/a.jpg'
>>> is_decorative(lxml.html.fromstring('<img src="/stat?event=x" width="1" height="1">'))
True
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.fields.urls import resolve_url, unwrap_proxy

__all__ = ["image_url", "is_decorative"]

# attributes lazy loaders put the real address in, most specific first
_LAZY_ATTRS = ("data-original", "data-src", "data-lazy-src", "data-url", "data-actualsrc", "data-hi-res-src")
_SRCSET_ATTRS = ("data-srcset", "srcset", "data-lazy-srcset")
# "https://x/a.jpg 240w, https://x/b.jpg 800w" -> candidates with widths
_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
# UI icons and tracking pixels: ".../icon-zoom.png", "/_/stat?event=post.clientViewed", spacer.gif
_DECORATIVE_PATH = re.compile(r"(?:^|/)(?:icons?[-_/]|icon[-_]?\w*\.(?:png|svg|gif)|spacer\.gif|pixel\.gif|blank\.gif|_/stat\b)|/stat\?", re.IGNORECASE)


def _best_from_srcset(value: str) -> str | None:
    best: tuple[float, str] | None = None
    for m in _SRCSET_ITEM.finditer(value):
        url = m.group(1)
        if not url:
            continue
        size = float(m.group(2)) if m.group(2) else 1.0
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


def image_url(img: Any, base: str | None) -> str | None:
    """The original, absolute URL of an ``<img>`` (``None`` when it has none)."""
    candidates: list[str] = []
    for attr in _LAZY_ATTRS:
        value = img.get(attr)
        if value and not value.startswith("data:"):
            candidates.append(value)
    for attr in _SRCSET_ATTRS:
        value = img.get(attr)
        if value and (best := _best_from_srcset(value)):
            candidates.append(best)
    src = img.get("src")
    if src and not src.startswith("data:"):
        candidates.append(src)
    for candidate in candidates:
        url = resolve_url(unwrap_proxy(candidate.strip()), base)
        if url:
            return unwrap_proxy(url)
    return None


def is_decorative(img: Any) -> bool:
    """Tracking pixels, spacers and UI icons."""
    width, height = img.get("width"), img.get("height")
    if width in ("0", "1") or height in ("0", "1"):
        return True
    src = img.get("src") or img.get("data-src") or ""
    return bool(_DECORATIVE_PATH.search(src))
