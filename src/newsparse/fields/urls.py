"""URLs: resolving relative links, removing feed tracking parameters, unwrapping proxies.

>>> canonical_url("https://www.bbc.com/zhongwen/simp/chinese-news-61465932?at_medium=RSS&at_campaign=KARANGA")
'https://www.bbc.com/zhongwen/simp/chinese-news-61465932'
>>> resolve_url("/a/7874541.html", "https://www.voachinese.com/a/x/7878666.html")
'https://www.voachinese.com/a/7874541.html'
>>> unwrap_proxy("https://images.weserv.nl?url=gdb.voanews.com/21a8.jpg")
'https://gdb.voanews.com/21a8.jpg'
>>> resolve_url("javascript:void(0)", "https://a.tw/") is None
True
>>> unwrap_archive("https://web.archive.org/web/20220705003159/https://hkcnews.com/article/49791/x")
'https://hkcnews.com/article/49791/x'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = [
    "UNSAFE_SCHEMES",
    "archive_capture",
    "canonical_url",
    "is_safe_url",
    "resolve_url",
    "unwrap_archive",
    "unwrap_proxy",
]

#: Schemes never returned as links: they run code or embed data, they do not point anywhere.
UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript", "file", "about", "blob"})

# query parameters that feeds and newsletters add; "utm_source", "at_medium", "source=rss..."
_TRACKING_PARAM = re.compile(
    r"^(?:utm_\w+|at_(?:medium|campaign|custom\d*|link_\w+|ptr_name|bbc_team|format)|fbclid|gclid|"
    r"dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ref_src|cmpid|ocid|xtor)$",
    re.IGNORECASE,
)
# "source=rss", "source=rss-7e0de79fece------2" (Medium), "source=feed"
_TRACKING_SOURCE = re.compile(r"^(?:rss|feed|atom)", re.IGNORECASE)
# "https://images.weserv.nl?url=gdb.voanews.com/x.jpg", "https://i0.wp.com/example.com/x.jpg"
_PROXY_HOSTS = ("images.weserv.nl", "wsrv.nl")
_WP_PHOTON = re.compile(r"^i[0-3]\.wp\.com$")
# what a proxy's address holds (in lower case), or it is none of these (tested one by one in
# unwrap_proxy: faster than any() over a generator)
_PROXY_HINTS = ("weserv.nl", "wsrv.nl", "wp.com", "/unsafe/")
# a thumbor resizer's address ends with the original's: "https://thumbor.ftacademy.cn/unsafe/1340x754/
# https://thumbor.ftacademy.cn/unsafe/picture/7/000097827_piclink.jpg" (FT中文网), "/unsafe/fit-in/300x0/
# filters:quality(80)/https://…"
_THUMBOR = re.compile(r"/unsafe/(?:[^/]+/)*?(?P<inner>https?://.+)$")
# a Wayback Machine copy: "https://web.archive.org/web/20220705003159/https://hkcnews.com/article/49791/…",
# the capture time (14 digits) and a mode ("im_", "id_", "if_") before the original's address
_WAYBACK = re.compile(
    r"https?://web\.archive\.org/web/(?P<stamp>[0-9]{14})[a-z_]*/(?P<inner>.*)\Z", re.DOTALL
)
# what the Wayback address of every copy holds, tested before the pattern
_WAYBACK_HINT = "web.archive.org/web/"
# what an absolute web address starts with; no control character or space can stand before
# its ":", so is_safe_url reads "http" or "https" as its scheme
_WEB_SCHEMES = ("https://", "http://")
# a scheme such as "javascript:", allowing the whitespace and case tricks browsers accept
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:")
# "https://host/..." and other absolute URLs with an authority
_ABSOLUTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*://")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
# an absolute http(s) URL that urljoin would give back unchanged: a plain ASCII host, then no
# ";" (path parameters), "#", brackets or tab/newline, and not ending in an empty query ("...?")
# "https://www.cna.com.tw/tag/x?q=南韓"
_PLAIN_HTTP_URL = re.compile(r"https?://[A-Za-z0-9.\-:@_~%!$&'()*+,=]+(?:[/?][^;#\[\]\t\r\n]*)?(?<!\?)\Z")
# the scheme and host of a base that urlsplit reads as they stand: "https://pao-pao.net" of
# "https://pao-pao.net/article/41" (lower-case scheme, a plain ASCII host without brackets)
_PLAIN_BASE = re.compile(r"(https?://[A-Za-z0-9.\-:@_~%!$&'()*+,=]+)(?:[/?#]|\Z)")
# a root-relative link that urljoin only puts after the base's scheme and host: "/article/875",
# "/comment/17984#comment-17984", "/tag/hysearchws.aspx?q=世足賽" (no "//" host, no ";" parameters,
# no "/." that could be a dot segment, no empty query or fragment, nothing urlsplit removes)
_ROOT_RELATIVE = re.compile(
    r"(?!//)(?:(?!/\.)[^?#;\s\x00-\x1f\x7f])+(?:\?[^#\s\x00-\x1f\x7f]+)?(?:#[^\s\x00-\x1f\x7f]+)?\Z"
)


def is_safe_url(url: str) -> bool:
    """False for ``javascript:``, ``data:``, ``vbscript:`` and similar schemes.

    >>> is_safe_url(" JaVa\\tScript:alert(1)")
    False
    >>> is_safe_url("/a/1.html")
    True
    """
    m = _SCHEME.match(_CONTROL.sub("", url))
    return m is None or m.group(1).lower() not in UNSAFE_SCHEMES


def resolve_url(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; ``None`` for empty, fragment-only or unsafe links."""
    if not href:
        return None
    href = href.strip()
    if href[:4] == "http" and _PLAIN_HTTP_URL.match(href):
        return href  # the usual absolute link: what urljoin would return
    if not href or href.startswith("#") or not is_safe_url(href):
        return None
    if href.startswith("//"):
        return "https:" + href
    if base:
        if href[0] == "/" and _ROOT_RELATIVE.match(href) and (plain := _PLAIN_BASE.match(base)):
            return plain.group(1) + href  # what urljoin gives, without parsing both
        try:
            return urljoin(base, href)
        except ValueError:
            return href
    return href


def archive_capture(url: str) -> re.Match[str] | None:
    """The match of a Wayback Machine copy's address (groups ``stamp`` and ``inner``), or None.

    >>> archive_capture("https://web.archive.org/web/20220705003159im_/https://hkcnews.com/a.jpg")["stamp"]
    '20220705003159'
    >>> archive_capture("https://web.archive.org/web/*/hkcnews.com*") is None  # a search, no copy
    True
    """
    if _WAYBACK_HINT not in url:
        return None
    return _WAYBACK.match(url)


def unwrap_archive(url: str) -> str:
    """The original address behind a Wayback Machine copy, else ``url`` as it is.

    An archive address is where a copy is kept, not the article's own URL: its 14 digits are
    the time of the capture (hkarchivist/hkcnews-article-archive keeps 眾新聞's articles so).
    Only an absolute, safe original is unwrapped.

    >>> unwrap_archive("http://web.archive.org/web/20210712054403id_/https://www.hkcnews.com/article/37777/x")
    'https://www.hkcnews.com/article/37777/x'
    >>> unwrap_archive("https://web.archive.org/web/20220705003159/javascript:alert(1)")
    'https://web.archive.org/web/20220705003159/javascript:alert(1)'
    >>> unwrap_archive("https://archive.org/details/hkcnews")
    'https://archive.org/details/hkcnews'
    """
    m = archive_capture(url)
    if m is None:
        return url
    inner = m.group("inner")
    return inner if _ABSOLUTE.match(inner) and inner[:4].lower() == "http" else url


def canonical_url(url: str | None) -> str | None:
    """``url`` with feed tracking parameters and the fragment removed, the original behind a
    Wayback Machine copy; None when unsafe.

    >>> canonical_url("javascript:alert(1)") is None
    True
    >>> canonical_url("https://web.archive.org/web/20220201162527/https://www.hkcnews.com/article/45123/0")
    'https://www.hkcnews.com/article/45123/0'
    """
    if not url:
        return None
    url = unwrap_archive(url.strip())
    if url.startswith(_WEB_SCHEMES):
        # "https://www.cna.com.tw/news/aopl/202310170397.aspx": safe (what is_safe_url reads
        # as its scheme is "http" or "https"), and without a "?" or a "#" urlsplit finds no
        # query and no fragment, so the URL comes back as it is
        if "?" not in url and "#" not in url:
            return url
    elif not is_safe_url(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query and not parts.fragment:
        return url
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [
            (k, v)
            for k, v in pairs
            if not _TRACKING_PARAM.match(k) and not (k.lower() == "source" and _TRACKING_SOURCE.match(v))
        ]
        if len(kept) != len(pairs):
            query = urlencode(kept, safe=":/@!$'()*,;")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def unwrap_proxy(url: str) -> str:
    """The original image URL behind an image proxy or resizer (never an unsafe one).

    >>> unwrap_proxy("https://images.weserv.nl?url=ssl:gdb.voanews.com/a.jpg")
    'https://gdb.voanews.com/a.jpg'
    >>> unwrap_proxy("https://thumbor.ftacademy.cn/unsafe/1340x754/https://i.ftimg.net/picture/a.jpg")
    'https://i.ftimg.net/picture/a.jpg'
    >>> unwrap_proxy("https://images.weserv.nl?url=javascript:alert(1)")
    'https://images.weserv.nl?url=javascript:alert(1)'
    """
    if url.isascii():
        low = url.lower()
        if (
            _PROXY_HINTS[0] not in low
            and _PROXY_HINTS[1] not in low
            and _PROXY_HINTS[2] not in low
            and _PROXY_HINTS[3] not in low
        ):
            return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = parts.hostname or ""
    if host in _PROXY_HOSTS:
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if key == "url" and value:
                inner = unquote(value) if "%" in value[:12] else value
                if not is_safe_url(inner):
                    return url
                if inner.startswith("ssl:"):  # weserv's "ssl:host/path": fetched over https
                    inner = "https://" + inner[4:].lstrip("/")
                elif not _ABSOLUTE.match(inner):  # "gdb.voanews.com/x.jpg", "//host/x.jpg"
                    inner = "https://" + inner.lstrip("/")
                return inner
    if _WP_PHOTON.match(host) and parts.path.count("/") >= 2:
        return "https://" + parts.path.lstrip("/")
    if (m := _THUMBOR.search(url)) is not None and is_safe_url(m.group("inner")):
        return m.group("inner")
    return url
