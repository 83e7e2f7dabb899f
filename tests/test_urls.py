"""URLs: resolving, tracking parameters, proxies (newsparse.fields.urls)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from hypothesis import given
from hypothesis import strategies as st

import newsparse.fields.urls as urls_module
from newsparse.fields.urls import resolve_url, unwrap_proxy

_PARTS = ["https://", "http://", "HTTPS://", "a.com", "WSRV.NL", "i0.wp.com", "/", "?", "#", ";", "[", "]"]
_PARTS += [":80", "@", "%2F", "..", ".", "x", "q=南韓", " ", "\t", "\n", "url=", "ssl:", "images.weserv.nl"]
_BASES = [None, "", "https://www.cna.com.tw/news/a.aspx", "http://a.tw/x/y", "ftp://x/y"]


@given(st.lists(st.sampled_from(_PARTS), max_size=8).map("".join), st.sampled_from(_BASES))
def test_the_absolute_url_shortcut_is_what_urljoin_gives(href: str, base: str | None) -> None:
    href = href.strip()
    if urls_module._PLAIN_HTTP_URL.match(href):
        assert resolve_url(href, base) == href
        assert urljoin(base or "", href) == href


_ROOT_BASES = [
    "https://www.cna.com.tw/news/a.aspx",
    "https://pao-pao.net",
    "http://user@a.tw:8080/x/y?q=1#f",
    "HTTPS://A.tw/x",
    "https://[::1]/x",
    "https://a.tw?x",
    "https://a.tw#x",
    "https://a.tw/x;p",
]


@given(
    st.lists(st.sampled_from(["/", *_PARTS]), min_size=1, max_size=8).map(lambda p: "/" + "".join(p)),
    st.sampled_from(_ROOT_BASES),
)
def test_the_root_relative_shortcut_is_what_urljoin_gives(href: str, base: str) -> None:
    # "/article/875" against a plain base is joined without urljoin: same answer
    if urls_module._ROOT_RELATIVE.match(href) and urls_module._PLAIN_BASE.match(base):
        assert resolve_url(href, base) == urljoin(base, href)


def test_root_relative_links_resolve_against_the_site() -> None:
    assert resolve_url("/article/875", "https://pao-pao.net/article/41") == "https://pao-pao.net/article/875"
    assert resolve_url("/a/../b", "https://a.tw/x/y") == "https://a.tw/b"  # dot segments: urljoin's way
    assert resolve_url("/c#d", "http://u@a.tw:81/x") == "http://u@a.tw:81/c#d"


@given(st.lists(st.sampled_from(_PARTS), max_size=8).map("".join))
def test_an_address_without_a_proxy_hint_has_no_proxy_host(url: str) -> None:
    # unwrap_proxy returns such an address as it is, without parsing it
    if url.isascii() and not any(hint in url.lower() for hint in urls_module._PROXY_HINTS):
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return
        assert host not in urls_module._PROXY_HOSTS
        assert not urls_module._WP_PHOTON.match(host)


def test_proxies_are_unwrapped() -> None:
    assert unwrap_proxy("https://i0.wp.com/example.com/x.jpg") == "https://example.com/x.jpg"
    assert unwrap_proxy("https://WSRV.NL/?url=a.com/x.jpg") == "https://a.com/x.jpg"
