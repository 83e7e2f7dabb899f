"""Rule ``boilerplate-classes``: containers whose class or id names them as boilerplate, on any site.

Sites name their furniture: ``SubscriptionInner``, ``newsletter-box``, ``related-posts``,
``owl-carousel``, ``comment-wrapper``, ``dfp-ad-imu1``, ``share-bar``, or marks it with an empty
``data-`` attribute (``<div data-selfpromo-newsletter>``); ``<nav>`` and ``<footer>`` are furniture
by their tag; MediaWiki pages (Wikipedia) mark theirs ``hatnote`` (the disambiguation note above
the text), ``printfooter`` (``取自“…oldid=…”``), ``navbox``, ``catlinks``. Such a container goes,
unless it holds most of the page's text with few links (a wrapper named after a feature
of the page, ``<div class="article comments-enabled">``, is the article) or is a short
credits line (``<div class="article-footer">（編輯：陳惠珍）</div>``). Citation markers, a
``<sup>`` holding only ``[1]`` (Wikipedia's ``<sup class="reference">``, Baidu Baike's
``<sup class="sup--normal">``), point to reference lists the page does not carry: they go too,
their text around them stays.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.html.context import Context, text_of
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=parse_fragment(
...     "<div class='article comments-on'>"
...     "<p>自由與安全，經常被人們視為一對矛盾。</p><p>自由是安全的保障。</p>"
...     "<div class='comment-wrapper'><p>Levitra 10</p></div></div>"),
...     options=ParseOptions())
>>> boilerplate_classes(ctx)
>>> ctx.root.text_content()
'自由與安全，經常被人們視為一對矛盾。自由是安全的保障。'
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context, text_of
from newsparse.html.rules.base import AttributeMatcher, element_links, link_kind, looks_like_credits

# distinctive class/id words of boilerplate containers, matched anywhere in the value:
# "SubscriptionInner", "newsletter-box", "articlekeywordGroup", "related-posts", "owl-carousel",
# "comment-wrapper", "outbrain-widget", "most-read", "yarpp-related", "addthis_toolbox"
_BOILERPLATE_WORDS = re.compile(
    r"subscri|newsletter|epaper|keyword|related|recommend|carousel|paywall|sharebar|share-bar|"
    r"sharing|social|breadcrumb|comment|advert|adsense|sponsor|promo|download-app|app-download|"
    r"morearticle|more-article|more_article|see-also|readmore|read-more|topnews|top-news|"
    r"sidebar|widget|pagination|popup|cookie|copyright|disclaimer|toolbar|outbrain|taboola|"
    r"recirc|yarpp|addthis|sharethis|most-?read|mostpopular|most-popular|trending|hotnews|hot-news|"
    r"also-?read|more-?stories|next-?article|prev-?article|signup|sign-up|donat|follow-?us|swiper|slick-|service-links|"
    r"hatnote|printfooter|navbox|catlinks|mw-editsection",
    re.IGNORECASE,
)
# short words that mark boilerplate only as whole tokens: "ad", "ads_KbHEVhh8Rw", "dfp-ad-imu1", "nav",
# "tags", "share", "pager"
_BOILERPLATE_TOKENS = re.compile(
    r"(?:^|[\s_-])(?:ads?|dfp|gpt|nav|navbar|menu|share|tags?|footer|print|related|promo|imu\d*|"
    r"pager|banner|rss|qrcode|qr|links)(?:$|[\s_-])",
    re.IGNORECASE,
)
# either, with one remembered answer per value
_BOILERPLATE_NAME = AttributeMatcher(
    re.compile(f"{_BOILERPLATE_WORDS.pattern}|{_BOILERPLATE_TOKENS.pattern}", re.IGNORECASE)
)
# a citation marker's whole text: "[1]", "[ 12 ]", "[注3]", "[a]"
_CITATION = re.compile(r"\[\s*(?:注\s*)?(?:\d{1,3}|[a-z])\s*\]")
# elements that are page furniture by their tag
_BOILERPLATE_TAGS = frozenset(["nav", "footer"])
# a container holding more than this share of the page's text, with few links, is the article
_MAX_SHARE = 0.5
_MAX_LINK_DENSITY = 0.5


def is_boilerplate_name(value: str) -> bool:
    """True when a class or id value names boilerplate.

    >>> is_boilerplate_name("SubscriptionInner mySubscriptionInner")
    True
    >>> is_boilerplate_name("bbc-19j92fr e57qer20")
    False
    >>> is_boilerplate_name("dfp-ad-imu1"), is_boilerplate_name("header-image")
    (True, False)
    """
    return _BOILERPLATE_NAME(value)


def _visible_length(text: str) -> int:
    return len(text) - sum(1 for c in text if c.isspace()) if len(text) < 64 else len("".join(text.split()))


def _is_the_article(el: Any, text: str, total: int) -> bool:
    """Most of the page's text, and not mostly links."""
    size = _visible_length(text)
    if size <= total * _MAX_SHARE:
        return False
    link_chars = sum(_visible_length(text) for _, text in element_links(el))
    return link_chars < size * _MAX_LINK_DENSITY


def _only_child(el: Any, parent: Any) -> bool:
    """``el`` is all there is in ``parent``: the same text, no need to read it again."""
    return len(parent) == 1 and not (parent.text or "").strip() and not (el.tail or "").strip()


def boilerplate_classes(ctx: Context) -> None:
    """Containers whose class or id names them as boilerplate, and ``<nav>``/``<footer>`` (any publisher)."""
    total = -1
    found = ctx.elements_named(classes=_BOILERPLATE_NAME, ids=_BOILERPLATE_NAME)
    found += ctx.elements_by_tag(_BOILERPLATE_TAGS)
    # empty data-* attributes that mark a component, by name: RFI's <div data-selfpromo-newsletter>
    # (the page's distinct attribute names are tested first: usually none is such a name, and no
    # element is looked at)
    marks = {
        name for name in ctx.attribute_names() if name.startswith("data-") and _BOILERPLATE_NAME(name[5:])
    }
    if marks:
        for el, names in ctx.elements_with_attributes():
            for name in names:
                if name in marks and el.get(name) == "":
                    found.append(el)
    for el in ctx.elements_by_tag(("sup",)):
        if _CITATION.fullmatch(text_of(el).strip()):
            ctx.drop(el, kind="footnote", rule="boilerplate-classes")
    articles: set[Any] = set()  # containers kept as the article
    for el in found:
        if el is ctx.root or not ctx.attached(el):
            continue
        parent = el.getparent()
        if parent in articles and _only_child(el, parent):
            articles.add(el)  # a wrapper inside the article wrapper: the same text, the article too
            continue
        if total < 0:
            total = _visible_length(text_of(ctx.root))
        text = text_of(el)
        if _is_the_article(el, text, total):
            articles.add(el)
        elif not looks_like_credits(" ".join(text.split())):
            ctx.drop(el, kind=link_kind(element_links(el)), rule="boilerplate-classes")
