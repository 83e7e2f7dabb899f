"""Rule ``boilerplate-classes``: containers whose class or id names them as boilerplate."""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.base import element_text

# distinctive class/id words of boilerplate containers, matched anywhere in the value:
# "SubscriptionInner", "newsletter-box", "articlekeywordGroup", "related-posts", "owl-carousel"
_BOILERPLATE_WORDS = re.compile(
    r"subscri|newsletter|epaper|keyword|related|recommend|carousel|paywall|sharebar|share-bar|"
    r"sharing|social|breadcrumb|comment|advert|adsense|sponsor|promo|download-app|app-download|"
    r"morearticle|more-article|more_article|see-also|readmore|read-more|topnews|top-news|"
    r"sidebar|widget|pagination|popup|cookie|copyright|disclaimer|toolbar|selfpromo",
    re.IGNORECASE,
)
# short words that mark boilerplate only as whole tokens: "ad", "ads_KbHEVhh8Rw", "dfp-ad-imu1", "nav"
_BOILERPLATE_TOKEN = re.compile(
    r"(?:^|[\s_-])(?:ads?|dfp|nav|menu|share|tags?|footer|print|related|promo|imu\d*)(?:$|[\s_-])",
    re.IGNORECASE,
)
_TAG_HREF = re.compile(r"/tags?/|/keywords?/|/topics?/|hysearch|[?&](?:q|tag|keyword)=", re.IGNORECASE)


def link_kind(el: Any) -> str:
    """``tag`` for a row of keyword tags (``#鴻海`` or /tag/ links), else ``related``."""
    anchors = [a for a in el.iter("a") if a.get("href")]
    if not anchors:
        return "other"
    tagged = sum(
        1
        for a in anchors
        if (a.text_content() or "").strip().startswith("#") or _TAG_HREF.search(a.get("href") or "")
    )
    return "tag" if tagged * 2 >= len(anchors) else "related"


def _too_much_text(el: Any, ctx: Context, total: int) -> bool:
    return total > 0 and len(element_text(el)) > total * 0.5


def boilerplate_classes(ctx: Context) -> None:
    """Containers whose class or id names them as boilerplate (any publisher)."""
    total = len(element_text(ctx.root))
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("body", "html"):
            continue
        attrs_text = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        for name, value in el.attrib.items():
            if name.startswith("data-") and not value.strip():
                attrs_text += " " + name[5:]
        if not attrs_text:
            continue
        if not (_BOILERPLATE_WORDS.search(attrs_text) or _BOILERPLATE_TOKEN.search(attrs_text)):
            continue
        if _too_much_text(el, ctx, total):
            continue
        ctx.drop(el, kind=link_kind(el), rule="boilerplate-classes")
