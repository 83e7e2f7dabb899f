"""The rule machinery: :class:`Rule`, :class:`Ruler` and helpers shared by rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from attrs import frozen

from newsparse.html.context import Context, DroppedLink, text_of

__all__ = [
    "AttributeMatcher",
    "Rule",
    "RuleFunction",
    "Ruler",
    "cased_forms",
    "dropped_link",
    "element_links",
    "element_text",
    "link_kind",
    "looks_like_credits",
    "may_open_with",
    "same_text",
    "tokens",
]

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
        self._active: dict[tuple[str, tuple[str, ...]], list[Rule]] = {}

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
        self._active.clear()

    def insert_before(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just before the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name), rule)
        self._active.clear()

    def insert_after(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just after the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name) + 1, rule)
        self._active.clear()

    def remove(self, name: str) -> Rule:
        """Remove and return the rule called ``name``."""
        rule = self._rules.pop(self._index(name))
        self._active.clear()
        return rule

    def copy(self) -> Ruler:
        """An independent copy."""
        return Ruler(self._rules)

    def active(self, stage: str, disabled: tuple[str, ...] = ()) -> list[Rule]:
        """The rules of ``stage`` that are not disabled, in order."""
        key = (stage, disabled)
        rules = self._active.get(key)  # remembered until the list changes (every parse asks)
        if rules is None:
            if len(self._active) > 64:
                self._active.clear()
            rules = self._active[key] = [
                r for r in self._rules if r.stage == stage and r.name not in disabled
            ]
        return list(rules)

    def _check_new(self, rule: Rule) -> None:
        if rule.stage not in ("tree", "blocks"):
            raise ValueError(f"rule stage must be 'tree' or 'blocks', not {rule.stage!r}")
        if rule.name in self.names():
            raise ValueError(f"a rule named {rule.name!r} exists already")


def element_text(el: Any) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(text_of(el).split())


def tokens(value: str | None) -> list[str]:
    """The whitespace-separated tokens of a class attribute."""
    return value.split() if value else []


def same_text(a: str, b: str) -> bool:
    """Equal once all whitespace is removed."""
    return "".join(a.split()) == "".join(b.split())


def dropped_link(href: str, text: str, kind: str, order: int = -1) -> DroppedLink:
    """A link record for content removed without :meth:`Context.drop` (iframe sources)."""
    return DroppedLink(href, text, kind, order)


class AttributeMatcher:
    """A regular expression tested against ``class``/``id`` values, with the answers remembered.

    Pages of one publisher repeat the same few class strings on every element, and every
    post of a publisher repeats them again: remembering the answer per distinct value makes
    a rule's pass over the elements a dictionary lookup per element.

    >>> ads = AttributeMatcher(re.compile(r"(?:^|[\\s_-])ads?(?:$|[\\s_-])", re.IGNORECASE))
    >>> ads("dfp-ad-imu1"), ads("header"), ads("dfp-ad-imu1")
    (True, False, True)
    """

    #: values remembered before the memory is cleared (bounds memory on odd inputs)
    MAX_REMEMBERED = 20_000

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._answers: dict[str, bool] = {}

    def __call__(self, value: str) -> bool:
        """True when the pattern is found in ``value``."""
        answer = self._answers.get(value)
        if answer is None:
            if len(self._answers) >= self.MAX_REMEMBERED:
                self._answers.clear()
            answer = self._answers[value] = self.pattern.search(value) is not None
        return answer

    def matching(self, values: Iterable[str]) -> set[str]:
        """The ``values`` the pattern is found in (one dictionary lookup for a value seen before).

        :meth:`Context.elements_named` uses this instead of a call per value.

        >>> AttributeMatcher(re.compile("ad")).matching(["ad-box", "title", "ad-box"])
        {'ad-box'}
        """
        answers = self._answers
        return {v for v in values if (answers[v] if v in answers else self(v))}


# hrefs of keyword-tag pages: "/tag/hysearchws.aspx?q=南韓", "/gb/tag/苏贞昌.html", "/topics/x", "?keyword=x"
_TAG_HREF = re.compile(r"/tags?/|/keywords?/|/topics?/|hysearch|[?&](?:q|tag|keyword)=", re.IGNORECASE)
# a piece of every _TAG_HREF match, in lower case: an ASCII href whose lower case holds none is no tag page
# (the pattern ignoring case has no fast path: it is tried at every position of the href)
_TAG_HREF_KEYS = ("tag", "keyword", "topic", "hysearch", "q=")


def _is_tag_href(href: str) -> bool:
    """``_TAG_HREF`` found in ``href``, searched for only in hrefs holding a piece of it.

    >>> _is_tag_href("/tag/hysearchws.aspx?q=南韓"), _is_tag_href("https://www.cna.com.tw/news/aopl/1.aspx")
    (True, False)
    """
    if href.isascii():  # (lower-casing an ASCII href is what ignoring case does to it)
        low = href.lower()
        for key in _TAG_HREF_KEYS:
            if key in low:
                break
        else:
            return False
    return _TAG_HREF.search(href) is not None


# sites of feed services that end every item with a footer of their own: feedx.net's
# "<hr>获取更多RSS：<a href="https://feedx.net">…</a> <a href="https://feedx.xyz">…</a>"
_FEED_SERVICE_HOSTS = frozenset(["feedx.net", "feedx.xyz"])
# the host of an absolute or scheme-relative href: "https://www.feedx.net/rss" -> "feedx.net"
_HREF_HOST = re.compile(r"(?:https?:)?//(?:www\.)?([^/?#:\s]+)", re.IGNORECASE)


def _is_feed_service(href: str) -> bool:
    """A link to a feed service's own site (its footer's advertisement, not the article's).

    >>> _is_feed_service("https://feedx.net"), _is_feed_service("https://www.cna.com.tw/news/1.aspx")
    (True, False)
    """
    host = _HREF_HOST.match(href)
    return host is not None and host.group(1).lower() in _FEED_SERVICE_HOSTS


def link_kind(links: Iterable[tuple[str, str]]) -> str:
    """``tag`` for a row of keyword tags (``#鴻海`` or tag-page hrefs), ``related`` for other links.

    ``links`` are ``(href, text)`` pairs; ``other`` when there are none; ``footer`` when every
    one goes to a feed service's site (the footer a feed service adds to every item).

    >>> link_kind([("/tag/hysearchws.aspx?q=南韓", "#南韓"), ("/tag/hysearchws.aspx?q=北約", "#北約")])
    'tag'
    >>> link_kind([("/news/aopl/1.aspx", "北約秘書長抵首爾訪問")])
    'related'
    >>> link_kind([("https://feedx.net", "https://feedx.net"), ("https://feedx.xyz", "https://feedx.xyz")])
    'footer'
    """
    total = tagged = service = 0
    for href, text in links:
        total += 1
        if text.lstrip().startswith(("#", "＃")) or _is_tag_href(href):
            tagged += 1
        elif _is_feed_service(href):
            service += 1
    if not total:
        return "other"
    if service == total:
        return "footer"
    return "tag" if tagged * 2 >= total else "related"


def element_links(el: Any) -> list[tuple[str, str]]:
    """``(href, text)`` of every ``<a href>`` inside ``el``."""
    return [(a.get("href"), text_of(a)) for a in el.iter("a") if a.get("href")]


# a closing credits line: "（編輯：陳惠珍）", "责任编辑：叶紫微", "责编 许书婷",
# "（譯者：張正芊/核稿：陳政一）",
# "自由亚洲电台记者黄春梅 台北报道", "(本文依据了美联社的报道。)", "文/长平"; not "编辑推荐", "相关报道"
_CREDITS = re.compile(
    r"(?:編輯|编辑|責編|责编|網編|网编|譯者|译者|核稿|審校|审校|撰稿|作者|攝影|摄影|翻譯|翻译)\s*[:：／/]"
    r"|(?:責編|责编|網編|网编)\s"
    r"|(?:記者|记者)\S{1,24}(?:報導|报道|報道|專電|专电|電|电)"
    r"|本文(?:依据|依據|參考|参考|綜合|综合|编译|編譯)"
    r"|^\s*[(（]?\s*(?:文|圖|图)\s*[/／:：]"
)
_MAX_CREDITS = 120


def looks_like_credits(text: str) -> bool:
    """A short line naming the article's editors, reporters or translators: article text, never boilerplate.

    >>> [looks_like_credits(t) for t in ("（編輯：陳惠珍）", "责任编辑：叶紫微", "责编 许书婷")]
    [True, True, True]
    >>> [looks_like_credits(t) for t in ("编辑推荐", "相关报道", "分享到微信")]
    [False, False, False]
    """
    return len(text) <= _MAX_CREDITS and _CREDITS.search(text) is not None


def cased_forms(characters: Iterable[str]) -> frozenset[str]:
    """``characters`` with every character whose lower case holds one of them.

    A rule that lower-cases a text before matching can first look for these in the text as it
    is. For the ASCII letters they are the capitals, "İ" (lower case "i̇") and the Kelvin sign
    (lower case "k"); nothing else lower-cases to an ASCII letter, a Chinese character or a sign
    (a test checks every character).

    >>> sorted(cased_forms("ik訂")) == ["I", "K", "i", "k", "\\u0130", "\\u212a", "訂"]
    True
    """
    forms = set(characters)
    for ch in list(forms):
        if ch.isascii() and ch.isalpha():
            forms.add(ch.upper())
    if "i" in forms:
        forms.add("\u0130")
    if "k" in forms:
        forms.add("\u212a")
    return frozenset(forms)


# the brackets, bullets and marks before a block's first letter: "【", "▲", "►", "*", "（"
_LEAD = re.compile(r"[\W_]*")


def may_open_with(text: str, cased: frozenset[str], lowered: frozenset[str]) -> bool:
    """False when ``text.lower()`` holds none of ``lowered`` up to its first letter (inclusive).

    ``cased`` is :func:`cased_forms` of ``lowered``. Rules whose patterns start after the marks
    that may open a block (``[\\W_]*``) with one of a few words use this to skip the
    lower-casing and the match for most blocks: each of those marks lower-cases to one such
    mark, and a letter to a string that opens with a letter (a test checks every character),
    so ``text.lower()`` up to its first letter is ``text[:start + 1].lower()``.

    >>> openers = frozenset("上t")
    >>> cased = cased_forms(openers)
    >>> [may_open_with(t, cased, openers) for t in ("上一篇：", "【上一篇】", "Top", "正文。", "「」")]
    [True, True, True, False, False]
    """
    first = text[:1]
    if first in cased:
        return True
    if first.isalnum():  # the usual block: opens with a letter (the lead is empty)
        return False
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    return not lowered.isdisjoint(text[: start + 1].lower())
