"""Image URLs and captions: the original behind lazy placeholders and proxies; captions, not alt labels.

>>> import lxml.html
>>> img = lxml.html.fromstring('<img src="data:image/gif;base64,R0l" data-src="/p/1.jpg">')
>>> image_url(img, "https://www.cna.com.tw/news/a.aspx")
'https://www.cna.com.tw/p/1.jpg'
>>> img = lxml.html.fromstring('<img src="https://images.weserv.nl?url=gdb.voanews.com/a.jpg">')
>>> image_url(img, None)
'https://gdb.voanews.com/a.jpg'
>>> img = lxml.html.fromstring('<img src="/lazy.gif" data-srcset="/a-320.jpg 320w, /a-800.jpg 800w">')
>>> image_url(img, "https://a.tw/x")
'https://a.tw/a-800.jpg'
>>> is_decorative(lxml.html.fromstring('<img src="/stat?event=x" width="1" height="1">'))
True
>>> choose_caption(None, "poster"), choose_caption(None, "圖為杜哈街頭一處世界盃看板。（路透社）")
(None, '圖為杜哈街頭一處世界盃看板。（路透社）')
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterator
from typing import Any

from newsparse.fields.urls import resolve_url, unwrap_proxy

__all__ = ["choose_caption", "image_url", "is_decorative", "is_placeholder"]

# attributes lazy loaders put the real address in, most specific first
_LAZY_ATTRS = ("data-original", "data-src", "data-lazy-src", "data-url", "data-actualsrc", "data-hi-res-src")
_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset", "srcset")
# "https://x/a.jpg 240w, https://x/b.jpg 800w" -> candidates with widths
_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
# placeholders lazy loaders show until the real image loads: "data:…", "/img/lazy.gif",
# "placeholder.png", "blank.gif", "grey-placeholder.png", "loading.svg"
_PLACEHOLDER = re.compile(
    r"^data:|(?:^|[/_-])(?:lazy|placeholder|blank|spacer|transparent|loading|pixel|grey|gray|1x1)"
    r"[\w-]*\.(?:gif|png|svg|jpe?g|webp)(?:\?|$)",
    re.IGNORECASE,
)
# words one of which an ASCII address holds (in lower case) when _PLACEHOLDER matches it: a few
# substring searches rule most addresses out faster than the pattern can
_PLACEHOLDER_WORDS = (
    "data:",
    "lazy",
    "placeholder",
    "blank",
    "spacer",
    "transparent",
    "loading",
    "pixel",
    "grey",
    "gray",
    "1x1",
)
# UI icons, avatars, logos and tracking pixels: ".../icon-zoom.png", "/_/stat?event=post.clientViewed",
# "/servicelinks/png/twitter.png", "avatar", "?imageView2/2/w/64"; the stand-in picture of a
# writer without a photo: "/image/newsroom/default-user.png" (JoongAng Ilbo's Chinese edition)
_DECORATIVE_PATH = re.compile(
    r"(?:^|/)(?:icons?[-_/]|icon[-_]?\w*\.(?:png|svg|gif)|spacer\.gif|pixel\.gif|blank\.gif|_/stat\b)|/stat\?|"
    r"servicelinks|/share[-_/]|sharethis|/emoji/|/emoticons?/|avatar|/logos?[-_/.]|[-_/]logo\.(?:png|svg|gif)|"
    r"default[-_](?:user|profile)",
    re.IGNORECASE,
)
# _DECORATIVE_PATH for a lower-case ASCII address, case kept: the same matches (its letters are all
# lower case), found several times faster than with case ignored
_DECORATIVE_PATH_LOWER = re.compile(_DECORATIVE_PATH.pattern)
# the same for _DECORATIVE_PATH
_DECORATIVE_WORDS = (
    "icon",
    "spacer",
    "pixel",
    "blank",
    "/stat",
    "servicelinks",
    "share",
    "/emo",
    "avatar",
    "logo",
    "default",
)
# the class of a writer's portrait beside the byline: "avatar", "profile-images" (JoongAng Ilbo)
_PORTRAIT_CLASS = re.compile(r"avatar|profile[-_]?(?:image|img|pic|photo)", re.IGNORECASE)
# the same for _PORTRAIT_CLASS ("image-richtext image-inline captioned" holds neither: no search)
_PORTRAIT_CLASS_WORDS = ("avatar", "profile")
# video pages a feed put in an <img>'s src when it turned an embedded player into an image
# (China Digital Times' WordPress feed): "https://www.youtube.com/watch?v=zaZBgqfEa1E", "youtu.be/x"
_VIDEO_PAGE = re.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:youtube\.com/(?:watch|embed/|shorts/)|youtu\.be/|vimeo\.com/\d)", re.I
)
# a caption set between slashes, as WeChat accounts write them: "/ The Economist /"
_SLASHED = re.compile(r"^/\s*(?P<inner>[^/].*?)\s*/$")
# alt texts of UI images: "Twitter logo", "分享到微信", "icon"
_DECORATIVE_ALT = re.compile(r"\blogo\b|\bicon\b|^分享|^share\b|頭像|头像|avatar", re.IGNORECASE)
# what an alt text _DECORATIVE_ALT matches holds once lower-cased: one of its words, or a letter
# that matches "i" or "s" when case is ignored ("ı", "ſ"; "İ" lower-cased is "i" + U+0307). A few
# substring searches rule most alt texts out faster than the pattern can.
_DECORATIVE_ALT_HINTS = (
    "logo",
    "icon",
    "share",
    "avatar",
    "分享",
    "頭像",
    "头像",
    "\u0131",
    "\u017f",
    "i\u0307",
)
# links that share the page rather than show an image
_SHARE_HREF = re.compile(
    r"twitter\.com/(?:share|intent)|facebook\.com/shar|/sharer|line\.me/R/msg|weibo\.com/share", re.I
)
# the same for _SHARE_HREF: the link around a picture ("https://www.rfa.org/.../image.jpg") is
# searched only when it holds one (the pattern ignores case: some 300 instructions a character)
_SHARE_HREF_WORDS = ("twitter.com/", "facebook.com/shar", "/sharer", "line.me/r/msg", "weibo.com/share")
# alt texts that label a picture rather than describe it: "poster", "photo", "图片", "image1.jpg"
_GENERIC_ALT = re.compile(
    r"^(?:poster|photo|image|picture|img|figure|thumbnail|banner|图片|圖片|图像|圖像|照片|配图|配圖|[\w.-]+\.(?:jpe?g|png|gif|webp))$",
    re.IGNORECASE,
)
#: alt texts shorter than this are labels (``四种罪行``), not captions
MIN_ALT_CAPTION = 10


def _best_from_srcset(value: str) -> str | None:
    best: tuple[float, str] | None = None
    for m in _SRCSET_ITEM.finditer(value):
        url = m.group(1)
        if not url or url.startswith("data:"):
            continue
        size = float(m.group(2)) if m.group(2) else 1.0
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


def is_placeholder(src: str) -> bool:
    """True for a lazy-loading placeholder (``data:`` URIs, ``lazy.gif``, ``placeholder.png``)."""
    src = src.strip()
    return _may_match(src, _PLACEHOLDER_WORDS) and _PLACEHOLDER.search(src) is not None


def _may_match(value: str, words: tuple[str, ...]) -> bool:
    """False when ``value`` cannot match a pattern that needs one of ``words`` (cheaper than the search)."""
    if not value.isascii():
        return True  # case-insensitive matching may meet "ſ" or "K" (the Kelvin sign) there
    low = value.lower()
    # (a loop, not any() over a generator: that costs more than the searches)
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


def _may_be_decorative_alt(alt: str) -> bool:
    """False when ``_DECORATIVE_ALT`` cannot match ``alt`` (cheaper than the search).

    >>> _may_be_decorative_alt("圖為杜哈街頭一處世界盃看板。"), _may_be_decorative_alt("Twitter Logo")
    (False, True)
    """
    low = alt.lower()
    for hint in _DECORATIVE_ALT_HINTS:  # noqa: SIM110 (a loop: see _may_match)
        if hint in low:
            return True
    return False


def image_url(img: Any, base: str | None) -> str | None:
    """The original, absolute URL of an ``<img>`` (``None`` when it has none).

    Lazy-loading attributes (``data-src``…) come first, then ``src`` unless it is a
    placeholder, then the largest ``srcset`` entry; proxy wrappers are removed. A video page
    in the place of an image (``src="https://www.youtube.com/watch?v=…"``) is no image.

    >>> import lxml.html
    >>> video = lxml.html.fromstring('<img src="https://www.youtube.com/watch?v=zaZBgqfEa1E">')
    >>> image_url(video, None) is None
    True
    """
    for candidate in _candidates(img):
        candidate = candidate.strip()
        if candidate[:1] == "(":
            candidate = _without_markdown_paren(candidate)
        url = resolve_url(unwrap_proxy(candidate), base)
        if url:
            url = unwrap_proxy(url)
            if ("you" in url or "vimeo" in url) and _VIDEO_PAGE.match(url):
                return None
            return url
    return None


def _without_markdown_paren(src: str) -> str:
    """An absolute address without the parenthesis a Markdown conversion left before it.

    A converter that half-read ``![img](https://…/a.png)`` writes the address with its opening
    parenthesis, ``src="(https://chinadigitaltimes.net/chinese/files/2021/01/post-661756-600a825788da5."``
    (China Digital Times' feed of NGOCN's report); read as it is, it would be a path under the
    page's address. No address of a picture starts with ``(http``; other values stay as they are.

    >>> _without_markdown_paren("(https://a.net/p.png)"), _without_markdown_paren("(https://a.net/p.")
    ('https://a.net/p.png', 'https://a.net/p.')
    >>> _without_markdown_paren("(https://a.net/p_(1).png)"), _without_markdown_paren("(1).png")
    ('https://a.net/p_(1).png', '(1).png')
    """
    if not src.startswith(("(http://", "(https://", "(//")):
        return src
    src = src[1:]
    # the closing parenthesis too, unless it closes one of the address ("…/p_(1).png")
    return src[:-1] if src.endswith(")") and src.count(")") > src.count("(") else src


def _candidates(img: Any) -> Iterator[str]:
    """The addresses :func:`image_url` tries, best first (the first that resolves is used)."""
    for attr in _LAZY_ATTRS:
        value = img.get(attr)
        if value and not is_placeholder(value):
            yield value
    if (dataset := img.get("data-image-dataset")) and (url := _dataset_url(dataset)):
        yield url
    src = (img.get("src") or "").strip()
    if src and not is_placeholder(src):
        yield src
    for attr in _SRCSET_ATTRS:
        value = img.get(attr)
        if value and (best := _best_from_srcset(value)):
            yield best
    if src and not src.startswith("data:"):
        yield src


def _dataset_url(value: str) -> str | None:
    """The image address in the JSON of France Médias Monde's lazy images (RFI, France 24).

    Their ``<img>`` shows a 1x1 ``data:`` GIF and names the picture in ``data-image-dataset``:
    a folder ``url`` and a ``filename``.

    >>> _dataset_url('{"url":"https://s.rfi.fr/media/display/4247/","filename":"a.JPG","ratio":null}')
    'https://s.rfi.fr/media/display/4247/a.JPG'
    >>> _dataset_url("{not json") is None
    True
    """
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    folder, name = data.get("url"), data.get("filename")
    if isinstance(folder, str) and isinstance(name, str) and folder.startswith(("http", "//")) and name:
        return folder + name if folder.endswith("/") else f"{folder}/{name}"
    return None


def is_decorative(img: Any) -> bool:
    """Tracking pixels, spacers, UI icons, avatars, logos and share buttons.

    A pattern that ignores case is tried only on a value that holds one of its words (see
    :func:`_may_match`). (The attributes are read with ``get``: reading them all at once with
    ``items()`` and a dict is slower, an ``<img>`` has many.)

    >>> from lxml.html import fromstring
    >>> is_decorative(fromstring('<a href="https://twitter.com/intent/tweet"><img src="/t.png"></a>')[0])
    True
    >>> is_decorative(fromstring('<div class="Profile-Photo"><span><img src="/p.jpg"></span></div>')[0][0])
    True
    >>> is_decorative(fromstring('<a href="/photos/1.jpg"><img src="/static/1.jpg" alt="圖為…"></a>')[0])
    False
    """
    width, height = img.get("width"), img.get("height")
    if width in ("0", "1") or height in ("0", "1"):
        return True
    src = img.get("data-src") or img.get("src") or ""
    if _decorative_path(src):
        return True
    alt = img.get("alt")
    if alt and _may_be_decorative_alt(alt) and _DECORATIVE_ALT.search(alt):
        return True
    parent = img.getparent()
    for _ in range(2):
        if parent is None:
            break
        if parent.tag == "a":
            href = parent.get("href")
            if href and _may_match(href, _SHARE_HREF_WORDS) and _SHARE_HREF.search(href):
                return True
        if _is_portrait_class(parent.get("class")):
            return True
        parent = parent.getparent()
    return False


def _decorative_path(src: str) -> bool:
    """True when ``_DECORATIVE_PATH`` finds an icon, pixel, logo... in the address ``src``.

    >>> _decorative_path("https://www.rfa.org/++plone++rfa-resources/img/ICON-zoom.png")
    True
    >>> _decorative_path("https://www.rfa.org/static/a.jpg"), _decorative_path("/圖/Logo.png")
    (False, True)
    """
    if not src.isascii():
        return _DECORATIVE_PATH.search(src) is not None
    low = src.lower()
    for word in _DECORATIVE_WORDS:  # (a loop: see _may_match)
        if word in low:
            return _DECORATIVE_PATH_LOWER.search(low) is not None
    return False


def _is_portrait_class(value: str | None) -> bool:
    """True when a ``class`` value names a writer's portrait (``_PORTRAIT_CLASS``).

    >>> _is_portrait_class("profile-images"), _is_portrait_class("image-richtext image-inline captioned")
    (True, False)
    >>> _is_portrait_class(None), _is_portrait_class("prof\u0130le_pic")
    (False, True)
    """
    return (
        value is not None
        and _may_match(value, _PORTRAIT_CLASS_WORDS)
        and _PORTRAIT_CLASS.search(value) is not None
    )


# a writer's portrait: "…/uploads/avatars/62c82bf5-….png" (眾新聞's writer box), "/avatar/…"; an
# alt or a wrapper's class saying so ("頭像", "avatar", "profile-images")
_PORTRAIT_PATH = re.compile(r"/avatars?[/_]", re.IGNORECASE)
_PORTRAIT_ALT = re.compile(r"頭像|头像|avatar", re.IGNORECASE)


def is_portrait(img: Any) -> bool:
    """A writer's portrait in a writer box (decorative: no image of the article).

    >>> from lxml.html import fromstring
    >>> is_portrait(fromstring('<img src="https://x.com/uploads/avatars/62c8.png?41" alt="博客 | 甲">'))
    True
    >>> is_portrait(fromstring('<img src="https://x.com/news/2021/09/avatar-film.jpg" alt="劇照">'))
    False
    """
    src = img.get("src") or ""
    if "avatar" in src.lower() and _PORTRAIT_PATH.search(src):
        return True
    alt = img.get("alt")
    # (the pattern ignores case; only ASCII letters match those of "avatar" then)
    if alt and ("頭像" in alt or "头像" in alt or "avatar" in alt.lower()) and _PORTRAIT_ALT.search(alt):
        return True
    parent = img.getparent()
    return parent is not None and _is_portrait_class(parent.get("class"))


# marks that point at the picture from its caption: "▲ 2020年8月11日，…" (端传媒, 香港01), "↑ 图为…"
POINTERS = frozenset("▲△▼↑⬆")


def choose_caption(
    caption: str | None,
    alt: str | None,
    title: str | None = None,
    paragraphs: Container[str] = (),
) -> str | None:
    """The caption found next to the image, else an alt text that describes it.

    An alt text stands in for a caption only when it reads like one: at least
    :data:`MIN_ALT_CAPTION` characters, not a generic label (``poster``, ``图片``, a file name),
    not the article's title (RFA puts the title in its lead image's alt) and not a paragraph of
    the text word for word (one of ``paragraphs``, asked with white space collapsed: BBC's 2014
    stories in its newer template leave the figcaption empty and repeat the fourth paragraph in
    the alt, ``随着中国经济放缓影响到了商家财富，来澳门一掷千金的豪赌客户变得越来越少。``).
    Slashes set around a caption go.

    A pointer mark set before a caption (``▲ 2020年8月11日，…``, ``↑ 图为…``) goes too.

    >>> choose_caption("/ REUTERS｜Thomas Peter /", None), choose_caption("1/2", None)
    ('REUTERS｜Thomas Peter', '1/2')
    >>> choose_caption("▲ 2020年8月11日，首批報紙印好。", None), choose_caption("▲", None)
    ('2020年8月11日，首批報紙印好。', '▲')
    >>> alt = "来澳门一掷千金的豪赌客户变得越来越少。"
    >>> choose_caption(None, alt) == alt, choose_caption(None, alt, paragraphs={alt})
    (True, None)
    """
    if caption and caption.strip():
        text = " ".join(caption.split())
        if text[:1] in POINTERS and len(text) > 1:
            text = text[1:].lstrip()
        if text[:1] == "/" and text[-1:] == "/" and (m := _SLASHED.match(text)):
            return m.group("inner")
        return text
    if not alt:
        return None
    text = " ".join(alt.split())
    if len(text) < MIN_ALT_CAPTION or _GENERIC_ALT.match(text):
        return None
    if title and "".join(text.split()) == "".join(title.split()):
        return None
    if text in paragraphs:
        return None
    return text
