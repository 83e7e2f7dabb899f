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
