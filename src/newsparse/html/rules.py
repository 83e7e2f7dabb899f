"""Boilerplate rules: named, ordered steps that a user can list, disable or extend.

Modelled on markdown-it's rulers. ``tree`` rules run on the lxml tree before it is
walked into blocks (they remove elements: scripts, subscription boxes, related lists);
``blocks`` rules run on the list of text blocks afterwards (date lines, call-to-action
phrases, trailer codes, repeated titles). Each rule is a plain function of a
:class:`~newsparse.html.context.Context`.

>>> [r.name for r in DEFAULT_RULES][:4]
['non-text', 'hidden', 'publisher-selectors', 'image-captions']
>>> "link-dense" in DEFAULT_RULES.names()
True

To skip rules for one call: ``parse(data, disable_rules=("link-dense",))``. To add one
for every call::

    from newsparse.html.rules import DEFAULT_RULES, Rule
    DEFAULT_RULES.insert_after("publisher-selectors", Rule("my-site", "tree", my_function))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from attrs import frozen

from newsparse.html.context import Context

__all__ = ["DEFAULT_RULES", "Rule", "Ruler"]

RuleFunction = Callable[[Context], None]


@frozen
class Rule:
    """A named cleaning step; ``stage`` is ``"tree"`` or ``"blocks"``."""

    name: str
    stage: str
    apply: RuleFunction
    doc: str = ""


class Ruler:
    """An ordered list of rules, addressable by name."""

    def __init__(self, rules: list[Rule] | None = None) -> None:
        self._rules: list[Rule] = list(rules or [])

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def names(self) -> list[str]:
        """The rule names, in the order they run."""
        return [r.name for r in self._rules]

    def describe(self) -> list[tuple[str, str, str]]:
        """``(name, stage, doc)`` for every rule, for listings."""
        return [(r.name, r.stage, r.doc) for r in self._rules]

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == name:
                return i
        raise KeyError(f"no rule named {name!r}; rules: {', '.join(self.names())}")

    def push(self, rule: Rule) -> None:
        """Add ``rule`` at the end of its stage."""
        self._check_new(rule)
        self._rules.append(rule)

    def insert_before(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just before the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name), rule)

    def insert_after(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just after the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name) + 1, rule)

    def remove(self, name: str) -> Rule:
        """Remove and return the rule called ``name``."""
        return self._rules.pop(self._index(name))

    def copy(self) -> Ruler:
        """An independent copy."""
        return Ruler(self._rules)

    def active(self, stage: str, disabled: tuple[str, ...] = ()) -> list[Rule]:
        """The rules of ``stage`` that are not disabled, in order."""
        return [r for r in self._rules if r.stage == stage and r.name not in disabled]

    def _check_new(self, rule: Rule) -> None:
        if rule.stage not in ("tree", "blocks"):
            raise ValueError(f"rule stage must be 'tree' or 'blocks', not {rule.stage!r}")
        if rule.name in self.names():
            raise ValueError(f"a rule named {rule.name!r} exists already")


# --------------------------------------------------------------------------- tree rules

_NON_TEXT = (
    "script style svg noscript template form input button select textarea object embed "
    "canvas map link meta iframe audio video source track dialog head title".split()
)


def _non_text(ctx: Context) -> None:
    """Scripts, styles, SVG, forms, inputs, media players and frames carry no article text."""
    for el in list(ctx.root.iter(*_NON_TEXT)):
        if el.getparent() is None:
            continue
        src = el.get("src") if el.tag in ("iframe", "embed", "video", "audio") else None
        if src:
            ctx.dropped_links.append(_dropped(src, "", "embed", -1))
        ctx.drop(el, kind="other", rule="non-text")


def _dropped(href: str, text: str, kind: str, order: int) -> Any:
    from newsparse.html.context import DroppedLink

    return DroppedLink(href, text, kind, order)


# "display:none", "display: none !important", "visibility:hidden"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(ctx: Context) -> None:
    """Elements a browser would not show (``display:none``, ``hidden``, ``aria-hidden``)."""
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el is ctx.root or el.getparent() is None:
            continue
        style = el.get("style")
        if (
            (style and _HIDDEN_STYLE.search(style))
            or el.get("hidden") is not None
            or el.get("aria-hidden") == "true"
            or "element-hidden" in (el.get("class") or "")
        ):
            ctx.drop(el, kind="related", rule="hidden")


def _tokens(value: str | None) -> list[str]:
    return value.split() if value else []


def _publisher_selectors(ctx: Context) -> None:
    """The publisher's own boilerplate containers, by class token or id (from the table)."""
    if ctx.publisher is None:
        return
    bp = ctx.publisher.boilerplate
    classes = dict(bp.drop_classes)
    ids = dict(bp.drop_ids)
    if not classes and not ids:
        return
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        kind = ids.get(el.get("id") or "")
        if kind is None:
            for token in _tokens(el.get("class")):
                if token in classes:
                    kind = classes[token]
                    break
        if kind is not None:
            ctx.drop(el, kind=kind, rule="publisher-selectors")


# class tokens that mark image captions: "image-caption", "lead_image_caption", "picinfo",
# "wp-caption-text", "aesop-cap-description", "dls-image-capture"
_CAPTION_CLASS = re.compile(
    r"caption|picinfo|pic-info|pic_info|photo-?text|photo-?desc|img-?desc|imgtext|image-?desc|"
    r"cap-desc|image-capture|figure-?text|pictext",
    re.IGNORECASE,
)
# class tokens of photo credits: "copyright" under an image, "aesop-cap-cred", "photo-credit"
_CREDIT_CLASS = re.compile(r"credit|cap-cred|copyright|attribution", re.IGNORECASE)
_MAX_CAPTION = 400


def _element_text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _caption_for(img: Any, ctx: Context) -> Any:
    """The element holding ``img``'s caption, or None."""
    fig = img
    for _ in range(5):
        fig = fig.getparent()
        if fig is None:
            break
        if fig.tag == "figure":
            cap = fig.find(".//figcaption")
            if cap is not None:
                return cap
            break
    node = img
    for _level in range(4):
        sib = node.getnext()
        steps = 0
        while sib is not None and steps < 3:
            if isinstance(sib.tag, str):
                cls = sib.get("class") or ""
                text = _element_text(sib)
                if sib.tag in ("figcaption", "small") or _CAPTION_CLASS.search(cls):
                    return sib if text and len(text) <= _MAX_CAPTION else None
                if (
                    len(sib) == 1
                    and sib[0].tag in ("small", "figcaption")
                    and not (sib.text or "").strip()
                    and text
                    and len(text) <= _MAX_CAPTION
                ):
                    return sib
                if text or sib.tag == "img":
                    break
            steps += 1
            sib = sib.getnext()
        parent = node.getparent()
        if parent is None or parent is ctx.root:
            break
        # climb only through wrappers that hold nothing but the image
        if (parent.text or "").strip() or _element_text(parent):
            break
        node = parent
    return None


def _image_captions(ctx: Context) -> None:
    """Captions and photo credits under images become image metadata, not paragraphs."""
    for img in list(ctx.root.iter("img")):
        if img.getparent() is None:
            continue
        cap = _caption_for(img, ctx)
        if cap is not None and cap.getparent() is not None:
            text = _element_text(cap)
            ctx.captions[img] = text
            ctx.drop(cap, kind="image", rule="image-captions")
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        cls = el.get("class")
        if cls and (_CREDIT_CLASS.search(cls) or _CAPTION_CLASS.search(cls)):
            text = _element_text(el)
            if len(text) <= _MAX_CAPTION:
                ctx.set_aside("image-credit", text)
                ctx.drop(el, kind="image", rule="image-captions")


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


def _link_kind(el: Any) -> str:
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
    return total > 0 and len(_element_text(el)) > total * 0.5


def _boilerplate_classes(ctx: Context) -> None:
    """Containers whose class or id names them as boilerplate (any publisher)."""
    total = len(_element_text(ctx.root))
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
        ctx.drop(el, kind=_link_kind(el), rule="boilerplate-classes")


_CONTAINERS = frozenset("div section aside nav ul ol dl table p span header footer td".split())


def _link_dense(ctx: Context) -> None:
    """Containers that are mostly links (related lists, tag rows, carousels)."""
    stats: dict[Any, tuple[int, int, int]] = {}

    def measure(el: Any) -> tuple[int, int, int]:
        text = len((el.text or "").strip())
        links = 0
        count = 0
        for child in el:
            if isinstance(child.tag, str):
                t, lk, c = measure(child)
                text += t
                links += lk
                count += c
            text += len((child.tail or "").strip())
        if el.tag == "a" and el.get("href") is not None:
            links = text
            count += 1
        stats[el] = (text, links, count)
        return text, links, count

    total, _, _ = measure(ctx.root)
    if total == 0:
        return
    to_drop: list[Any] = []
    stack = list(reversed(list(ctx.root)))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        text, links, count = stats.get(el, (0, 0, 0))
        if (
            el.tag in _CONTAINERS
            and count >= 2
            and text > 0
            and links / text >= (0.6 if el.tag in ("ul", "ol", "nav", "dl") else 0.75)
            and text < total * 0.5
        ):
            to_drop.append(el)
            continue
        stack.extend(reversed(list(el)))
    for el in to_drop:
        ctx.drop(el, kind=_link_kind(el), rule="link-dense")


# ------------------------------------------------------------------------- block rules

_SPACELESS = re.compile(r"\s+")


def _same_text(a: str, b: str) -> bool:
    return _SPACELESS.sub("", a) == _SPACELESS.sub("", b)


def _title_repeat(ctx: Context) -> None:
    """A heading (or the first block) that repeats the title."""
    if not ctx.title:
        return
    title = ctx.title
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if block.kind == "heading" and _same_text(block.text, title):
            ctx.remove_block(i, rule="title-repeat")


_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# a block that is only a date or time:
# "Wed, 27 Nov 2024 14:59:13 GMT", "2022-07-04T11:04:07.064Z", "26/07/2022 - 23:30",
# "2022年5月23日", "2022年5月23日 星期一 10:10", "更新時間：2023-10-17 14:31"
_DATE_LINE = re.compile(
    r"^(?:(?:發布|发布|更新|發佈|发表|發表|出版|刊登)?(?:時間|时间|日期)?\s*[:：]?\s*)?"
    r"(?:"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*(?:GMT|UTC|[+-]\d{{4}}))?"
    rf"|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[AP]M)?)?"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|週|周)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r")\s*(?:更新)?$",
    re.IGNORECASE,
)


def _date_lines(ctx: Context) -> None:
    """Blocks that are only a date or time go to date evidence, not text."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) <= 60 and _DATE_LINE.match(block.text.strip()):
            ctx.set_aside("date-line", block.text.strip())
            ctx.remove_block(i, rule="date-lines")


# "Photo: RFA", "圖：中央社", "（圖取自維基共享資源）", "图片来源：路透社", "攝影：張三"
_PHOTO_CREDIT = re.compile(
    r"^(?:[(（\[]?\s*(?:photo|image|圖|图|圖片|图片|照片|攝影|摄影|圖片來源|图片来源|圖片提供|图片提供|資料照片|资料照片)"
    r"\s*(?:[:：／/]|by\b|credit|取自|來源|来源|提供)[^\n]{0,80}[)）\]]?)$",
    re.IGNORECASE,
)


def _photo_credits(ctx: Context) -> None:
    """Short photo-credit lines (``Photo: RFA``, ``（圖取自…）``)."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) <= 90 and _PHOTO_CREDIT.match(block.text.strip()):
            ctx.set_aside("image-credit", block.text.strip())
            ctx.remove_block(i, rule="photo-credits", kind="image")


#: Phrases that mark a short block as a call to action, a related-links heading or a notice.
CALL_TO_ACTION = (
    "訂閱《", "订阅《", "感謝您的訂閱", "感谢您的订阅", "請輸入正確的電子信箱", "请输入正确的电子邮箱",
    "點擊下載", "点击下载", "下載APP", "下载APP", "下載App", "下载App", "下载客户端", "下載客戶端",
    "掃碼關注", "扫码关注", "關注我們", "关注我们", "加入LINE", "歡迎訂閱", "欢迎订阅", "點我訂閱", "点我订阅",
    "延伸閱讀", "延伸阅读", "相關新聞", "相关新闻", "相關閱讀", "相关阅读", "推薦閱讀", "推荐阅读",
    "更多新聞", "更多新闻", "原文網址", "原文网址", "點我看", "点我看", "看更多", "热门新闻", "熱門新聞",
    "未經授權", "未经授权", "版權所有", "版权所有", "版權聲明", "版权声明", "著作权法保护", "著作權法保護",
    "All rights reserved", "Copyright ©", "Subscribe to", "Sign up for", "Share this", "Advertisement",
    "請繼續往下閱讀", "请继续往下阅读", "繼續閱讀", "继续阅读",
)
_CTA = re.compile("|".join(re.escape(p) for p in CALL_TO_ACTION) + r"|^©|^\(c\)\s|^廣告$|^广告$", re.IGNORECASE)
# long notices still count when they are copyright statements
_COPYRIGHT = re.compile(r"版權|版权|著作權|著作权|©|Copyright|All rights reserved", re.IGNORECASE)


def _call_to_action(ctx: Context) -> None:
    """Short blocks with call-to-action, related-heading or copyright phrases."""
    phrases: tuple[str, ...] = ctx.publisher.boilerplate.drop_phrases if ctx.publisher else ()
    for i in range(len(ctx.blocks) - 1, -1, -1):
        text = ctx.blocks[i].text
        limit = 200 if _COPYRIGHT.search(text) else 80
        if len(text) <= limit and (_CTA.search(text) or any(p in text for p in phrases)):
            ctx.remove_block(i, rule="call-to-action")


def _end_phrases(ctx: Context) -> None:
    """The publisher's end-of-article markers: the block and all after it go."""
    if ctx.publisher is None or not ctx.publisher.boilerplate.end_phrases:
        return
    phrases = ctx.publisher.boilerplate.end_phrases
    for i, block in enumerate(ctx.blocks):
        if any(p in block.text for p in phrases):
            for j in range(len(ctx.blocks) - 1, i - 1, -1):
                ctx.remove_block(j, rule="end-phrases")
            return


# a CNA-style trailer: seven digits (ROC year, month, day) closing the last paragraph,
# "（編輯：陳惠珍）1121017"
_TRAILER = re.compile(r"(?<=[）)。」』\]\s])\s*(?P<code>1[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:[89]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s*$")


def _trailer_code(ctx: Context) -> None:
    """A numeric date code closing the article (CNA's ``1121017``) goes to date evidence."""
    for i in range(len(ctx.blocks) - 1, max(-1, len(ctx.blocks) - 4), -1):
        block = ctx.blocks[i]
        m = _TRAILER.search(block.text)
        if m:
            ctx.set_aside("trailer-code", m.group("code"))
            block.text = block.text[: m.start()].rstrip()
            if not block.text:
                ctx.remove_block(i, rule="trailer-code")
            return


# a block with no letter, digit or ideograph: "　　", "***", "|"
_CONTENTLESS = re.compile(r"^[\W_]*$")


def _contentless(ctx: Context) -> None:
    """Blocks with nothing to read; adjacent duplicate blocks."""
    previous = None
    for i in range(len(ctx.blocks) - 1, -1, -1):
        text = ctx.blocks[i].text
        if _CONTENTLESS.match(text) or (previous is not None and _same_text(text, previous)):
            ctx.remove_block(i, rule="contentless")
            continue
        previous = text


def _caption_blocks(ctx: Context) -> None:
    """Caption blocks the tree rules did not tie to an image are still not paragraphs."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        if ctx.blocks[i].kind == "caption":
            ctx.set_aside("caption", ctx.blocks[i].text)
            ctx.remove_block(i, rule="caption-blocks", kind="image")


#: The rules every parse runs, in order.
DEFAULT_RULES = Ruler(
    [
        Rule("non-text", "tree", _non_text, "drop scripts, styles, SVG, forms, inputs, frames, media"),
        Rule("hidden", "tree", _hidden, "drop elements hidden with display:none, hidden or aria-hidden"),
        Rule("publisher-selectors", "tree", _publisher_selectors, "drop the publisher's boilerplate classes and ids"),
        Rule("image-captions", "tree", _image_captions, "turn captions and photo credits into image metadata"),
        Rule("boilerplate-classes", "tree", _boilerplate_classes, "drop containers named as boilerplate"),
        Rule("link-dense", "tree", _link_dense, "drop containers that are mostly links"),
        Rule("title-repeat", "blocks", _title_repeat, "drop headings that repeat the title"),
        Rule("date-lines", "blocks", _date_lines, "set aside blocks that are only a date"),
        Rule("photo-credits", "blocks", _photo_credits, "set aside photo-credit lines"),
        Rule("caption-blocks", "blocks", _caption_blocks, "set aside figcaption blocks without an image"),
        Rule("call-to-action", "blocks", _call_to_action, "drop subscription, related-heading, copyright lines"),
        Rule("end-phrases", "blocks", _end_phrases, "cut the article at the publisher's end marker"),
        Rule("trailer-code", "blocks", _trailer_code, "set aside CNA-style numeric date trailers"),
        Rule("contentless", "blocks", _contentless, "drop blocks with nothing to read and repeats"),
    ]
)
