"""The block rules' shortcuts give the answers of the plain loops they stand in for.

The block rules skip most blocks with a cheap look at them (the character a pattern must open
with, a piece every phrase holds, a count of link characters) before lower-casing and matching.
Here each rule runs next to a copy of its plain form on the corpus posts, the seeds and
generated blocks, and must leave the same blocks, log, set-aside lines and link kinds. The
characters a shortcut looks for are checked against the patterns themselves (read with the
regular-expression parser) and against every Unicode character's lower case.
"""

from __future__ import annotations

import copy
import importlib
import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.html.blocks import Block, ImageRef, LinkRef
from newsparse.html.context import Context
from newsparse.html.rules import DEFAULT_RULES, Rule, Ruler
from newsparse.html.rules.base import cased_forms, may_open_with
from newsparse.options import ParseOptions
from newsparse.publishers import by_id

from .conftest import CORPUS_FILES, SEED_FILES


def _module(name: str) -> ModuleType:
    # (the package's attributes of these names are the rule functions, not the modules)
    return importlib.import_module(f"newsparse.html.rules.{name}")


CTA = _module("call_to_action")
NAV = _module("navigation")
DATES = _module("date_lines")

# ------------------------------------------------------------------ the characters behind the shortcuts

_EVERY_CHARACTER = [chr(cp) for cp in range(sys.maxunicode + 1)]
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


def _character_class(items: list[tuple[Any, Any]]) -> str:
    out = []
    for op, av in items:
        if op is sre.NEGATE:
            out.append("^")
        elif op is sre.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY:
            out.append(_CATEGORIES[av])
        else:
            raise NotImplementedError(op)
    return "[" + "".join(out) + "]"


def _opening_items(items: Iterable[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """Patterns of the characters a match of ``items`` can open with, and whether it can be empty."""
    pieces: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            return [*pieces, re.escape(chr(av))], False
        if op is sre.NOT_LITERAL:
            return [*pieces, "[^" + re.escape(chr(av)) + "]"], False
        if op is sre.ANY:
            return [*pieces, "."], False
        if op is sre.IN:
            return [*pieces, _character_class(av)], False
        if op is sre.AT:
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                more, can_be_empty = _opening_items(alternative.data)
                pieces += more
                empty = empty or can_be_empty
            if not empty:
                return pieces, False
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            assert not add_flags
            assert not del_flags
            more, can_be_empty = _opening_items(sub.data)
            pieces += more
            if not can_be_empty:
                return pieces, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, sub = av
            more, can_be_empty = _opening_items(sub.data)
            pieces += more
            if low and not can_be_empty:
                return pieces, False
        else:
            raise NotImplementedError(op)
    return pieces, True


def openings(pattern: re.Pattern[str], skip: int = 0) -> re.Pattern[str]:
    """A pattern of the characters a match of ``pattern`` can open with (after its first ``skip`` items)."""
    items = sre_parse.parse(pattern.pattern, pattern.flags).data[skip:]
    pieces, can_be_empty = _opening_items(items)
    assert not can_be_empty
    return re.compile("|".join(pieces), pattern.flags)


def test_openings_reads_the_first_characters() -> None:
    found = openings(re.compile(r"^(?:更新\s*[:：])?(?:\d+|ab?|(?:x|y)z)", re.IGNORECASE))
    assert [ch for ch in "更新:：0a5Ab xXyYz\u017f" if found.match(ch)] == list("更0a5AxXyY")
    assert not openings(re.compile(r"[\W_]*(?:上一篇|top)"), skip=1).match("【")


def _all_pass(opens: re.Pattern[str], shortcut: Callable[[str], bool]) -> list[str]:
    """Characters a match can open with that ``shortcut`` turns away (should be none)."""
    return [ch for ch in _EVERY_CHARACTER if opens.match(ch) and not shortcut(ch)]


def test_lead_characters_are_the_ones_that_are_not_alphanumeric() -> None:
    # [\W_] (the marks before a block's first letter) is "not str.isalnum()", and lower-casing
    # keeps such a mark one mark long and a letter a string that opens with a letter
    lead = re.compile(r"[\W_]")
    for ch in _EVERY_CHARACTER:
        low = ch.lower()
        assert (lead.match(ch) is not None) is (not ch.isalnum()), ch
        if ch.isalnum():
            assert low[:1].isalnum(), ch
        else:
            assert len(low) == 1, ch
            assert not low.isalnum(), ch


@pytest.mark.parametrize(
    "characters",
    ["abcdefghijklmnopqrstuvwxyz", "上下回返標标相關关pnobtk", "©訂阅版", "ik"],
)
def test_cased_forms_hold_every_character_that_lower_cases_to_one(characters: str) -> None:
    wanted = frozenset(characters)
    forms = cased_forms(wanted)
    assert [ch for ch in _EVERY_CHARACTER if not wanted.isdisjoint(ch.lower()) and ch not in forms] == []


def test_call_to_action_openers_are_what_the_phrases_and_patterns_open_with() -> None:
    assert not (CTA._OPENERS & set("\\([.^$?*+{|"))  # every alternative opens with a plain character
    for pattern in (CTA._PHRASE, CTA._PATTERN):
        assert _all_pass(openings(pattern), CTA._OPENERS.__contains__) == []


def test_call_to_action_widths() -> None:
    assert sre_parse.parse(CTA._PATTERN.pattern).getwidth()[1] <= CTA._PATTERN_WIDTH
    assert max(map(len, CTA._CATEGORY)) + CTA._SLACK <= CTA._OPENING_ONLY


def test_copyright_keys_are_in_every_notice() -> None:
    for phrase in CTA.COPYRIGHT:
        assert any(key in phrase for key in CTA._COPYRIGHT_KEYS), phrase
    for key in CTA._COPYRIGHT_KEYS:  # each key in every case it can have before lower-casing
        assert len(key) > 1 or cased_forms(key.lower()) <= set(CTA._COPYRIGHT_KEYS), key


def test_navigation_openers_are_what_the_line_pattern_opens_with() -> None:
    assert sre_parse.parse(NAV._NAV_LINE.pattern).data[0][0] is sre.MAX_REPEAT  # the [\W_]* lead
    assert _all_pass(openings(NAV._NAV_LINE, skip=1), NAV._NAV_OPENERS.__contains__) == []
    assert cased_forms(NAV._NAV_OPENERS) == NAV._CASED_NAV_OPENERS


def test_home_keys_are_in_every_home_word() -> None:
    for word in NAV._HOME:
        assert any(key in word for key in NAV._HOME_KEYS), word
    for key in NAV._HOME_KEYS:
        assert len(key) > 1 or cased_forms(key.lower()) <= set(NAV._HOME_KEYS), key


def test_date_line_openers_are_what_the_patterns_open_with() -> None:
    def passes(ch: str) -> bool:  # (the text is stripped: it opens with no space)
        return ch in DATES._OPENERS or ch.isdecimal() or ch.isspace()

    for pattern in (DATES._DATE_LINE, DATES._RELATIVE_TIME):
        assert _all_pass(openings(pattern), passes) == []


@given(st.text(alphabet="上下回返標标pPtT訂訂©【】「」 ._İ\u212aΣ中文", max_size=6))
def test_may_open_with_is_a_look_at_the_lower_cased_opening(text: str) -> None:
    lowered = frozenset("上下回返標标ptk©訂")
    low = text.lower()
    lead = re.match(r"[\W_]*", low)
    assert lead is not None
    if not lowered.isdisjoint(low[: lead.end() + 1]):
        assert may_open_with(text, cased_forms(lowered), lowered)


# ------------------------------------------------------------------ the plain rules


def _plain_call_to_action(ctx: Context) -> None:
    phrases: tuple[str, ...] = ctx.publisher.boilerplate.drop_phrases if ctx.publisher else ()
    count = len(ctx.blocks)
    for i in range(count - 1, -1, -1):
        text = ctx.blocks[i].text
        if len(text) > CTA._MAX_COPYRIGHT:
            continue
        if CTA._talks_to_reader(text, tail=i >= count - CTA._TAIL) or (
            phrases and any(p in text for p in phrases)
        ):
            ctx.remove_block(i, rule="call-to-action")


def _plain_is_breadcrumb(block: Block) -> bool:
    text = block.text
    if len(text) > NAV._MAX_CRUMBS or NAV._CRUMB_CHAR.search(text) is None:
        return False
    parts = [p for p in NAV._CRUMB_SEPARATOR.split(text) if p]
    if len(parts) < 3 or any(len(p) > NAV._MAX_CRUMB_PART for p in parts[:-1]):
        return False
    return parts[0].lower() in NAV._HOME or block.link_density >= 0.5


def _plain_navigation(ctx: Context) -> None:
    tag_lines: list[int] = []
    navigation_lines: list[int] = []
    for i, block in enumerate(ctx.blocks):
        text = block.text
        if len(text) > NAV._MAX_TAG_LINE:
            continue
        m = NAV._NAV_LINE.match(text.lower())
        if m is not None and m.lastgroup == "tags":
            tag_lines.append(i)
        elif (
            m is not None and (m.lastgroup == "back" or len(text) <= NAV._MAX_PAGER)
        ) or _plain_is_breadcrumb(block):
            navigation_lines.append(i)
    if tag_lines:
        ctx.remove_blocks(tag_lines, rule="navigation", kind="tag")
        gone = set(tag_lines)
        navigation_lines = [i - bisect_left(tag_lines, i) for i in navigation_lines if i not in gone]
    ctx.remove_blocks(navigation_lines, rule="navigation", kind="related")


def _plain_date_lines(ctx: Context) -> None:
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) > 60:
            continue
        text = block.text.strip()
        if DATES._DATE_LINE.match(text):
            ctx.set_aside("date-line", text)
            ctx.remove_block(i, rule="date-lines")
        elif len(text) <= 24 and DATES._RELATIVE_TIME.match(text):
            ctx.remove_block(i, rule="date-lines")


PLAIN: dict[str, Callable[[Context], None]] = {
    "call-to-action": _plain_call_to_action,
    "navigation": _plain_navigation,
    "date-lines": _plain_date_lines,
}

# ------------------------------------------------------------------ running both


def _copy(ctx: Context) -> Context:
    other = copy.copy(ctx)
    other.blocks = [copy.copy(b) for b in ctx.blocks]
    other.images = [copy.copy(i) for i in ctx.images]
    other.links = [copy.copy(link) for link in ctx.links]
    other.body = copy.deepcopy(ctx.body)
    other.removed = list(ctx.removed)
    return other


def _state(ctx: Context) -> tuple[Any, ...]:
    return (
        [(b.text, b.kind, b.level, b.link_chars, b.links, b.element, b.index) for b in ctx.blocks],
        [(i.block, i.dropped) for i in ctx.images],
        [link.kind for link in ctx.links],
        [(line.rule, line.text) for line in ctx.body.set_aside],
        ctx.removed,
    )


def _compare(name: str, ctx: Context, fast: Callable[[Context], None]) -> str | None:
    """Run the plain rule on a copy and ``fast`` on ``ctx``; a description of any difference."""
    other = _copy(ctx)
    PLAIN[name](other)
    fast(ctx)
    if _state(ctx) != _state(other):
        return f"{name}: {_state(other)} != {_state(ctx)}"
    return None


@cache
def _twin_rules() -> tuple[Ruler, list[str]]:
    differences: list[str] = []
    rules = []
    for rule in DEFAULT_RULES:
        if rule.name in PLAIN:

            def apply(
                ctx: Context, name: str = rule.name, fast: Callable[[Context], None] = rule.apply
            ) -> None:
                found = _compare(name, ctx, fast)
                if found:
                    differences.append(found)

            rules.append(Rule(rule.name, rule.stage, apply, rule.doc))
        else:
            rules.append(rule)
    return Ruler(rules), differences


@pytest.mark.parametrize("path", CORPUS_FILES + SEED_FILES, ids=lambda p: p.stem[:12])
def test_rules_act_as_their_plain_forms_on_real_posts(path: Any) -> None:
    rules, differences = _twin_rules()
    differences.clear()
    newsparse.parse(path.read_bytes(), rules=rules)
    assert differences == []


_PIECES = (
    *CTA.CALL_TO_ACTION[::3],
    *CTA.RELATED_LABELS[::4],
    *CTA.COPYRIGHT,
    *(
        "廣告",
        "Advertisement",
        "AD",
        "載入中",
        "下載中央社App",
        "追蹤中央社Facebook",
        "點擊這裡訂閱",
        "QR Code",
    ),
    *(
        "上一篇：",
        "下一頁",
        "Next Article",
        "PREVIOUS",
        "回到頂部",
        "Back to Top",
        "TOP",
        "標籤：",
        "Tags:",
        "KEYWORDS:",
    ),
    *("首頁", "Home", "HOME", "主页", " > ", "›", "|", "/", " - ", "-", "＞", "»"),
    *("2022年5月23日", "Wed, 27 Nov 2024 14:59:13 GMT", "ſep 3, 2021", "2022-07-04", "26/07/2022 - 23:30"),
    *(
        "更新時間：",
        "發布",
        "24 分钟前",
        "3小時前",
        "剛剛",
        "Yesterday",
        "JUST NOW",
        "5 hours ago",
        "２０２２",
    ),
    *("（編輯：陳惠珍）", "1121017", "920101", "华盛顿 —", "WASHINGTON —", "—", "–", "null", "NaN"),
    *("：", ":", "【", "】", "「", "」", "►", "*", "_", "。", "，", " ", "\u3000", "\n", "\t", "#"),
    *("İ", "\u212a", "ſ", "Σ", "ı", "Ⅰ", "Ⓐ", "a", "A", "x", "m", "y", "v", "9"),
    *(
        "第一段正文，說明事情的經過。",
        "中华民国行政院会今天通过主计总处编具的总预算案",
        "他說：「請關注我們的處境。」",
    ),
    "中华民国国防部指出，国防预算的筹编，必须综合考量敌情威胁、防卫作战需求、兵力整建计划及政府财政等面向。",
)
_PUBLISHERS = [None, *(by_id(p) for p in ("cna", "bbc", "dw", "nikkei", "epoch", "medium", "paopao"))]


@st.composite
def contexts(draw: st.DrawFn) -> Context:
    """A context of generated blocks, with a link in some of them and an image before some."""
    texts = draw(st.lists(st.lists(st.sampled_from(_PIECES), max_size=7).map("".join), max_size=9))
    blocks = []
    links = []
    images = []
    for index, text in enumerate(texts):
        heading = draw(st.booleans())
        link_chars = draw(st.sampled_from([0, 0, 1, len(text) // 2, len(text) - 1, len(text), len(text) + 3]))
        link_count = draw(st.integers(0, 2)) if link_chars else 0
        blocks.append(
            Block(
                text, "heading" if heading else "p", 2 if heading else 0, link_chars, link_count, index=index
            )
        )
        for _ in range(link_count):
            links.append(LinkRef("/a", text[:4], index))
        if draw(st.booleans()):
            images.append(ImageRef(None, index))
    ctx = Context(root=None, options=ParseOptions(), publisher=draw(st.sampled_from(_PUBLISHERS)))
    ctx.title = draw(st.sampled_from([None, *texts[:2], "北約秘書長訪南韓"]))
    ctx.blocks, ctx.links, ctx.images = blocks, links, images
    return ctx


@settings(max_examples=400, deadline=None)
@given(contexts(), st.sampled_from(sorted(PLAIN)))
def test_rules_act_as_their_plain_forms_on_generated_blocks(ctx: Context, name: str) -> None:
    fast = next(rule.apply for rule in DEFAULT_RULES if rule.name == name)
    assert _compare(name, ctx, fast) is None
