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
from newsparse.html.rules.base import cased_forms, may_open_with, same_text
from newsparse.options import ParseOptions
from newsparse.publishers import by_id

from .conftest import CORPUS_FILES, SEED_FILES


def _module(name: str) -> ModuleType:
    # (the package's attributes of these names are the rule functions, not the modules)
    return importlib.import_module(f"newsparse.html.rules.{name}")


BASE = _module("base")
CTA = _module("call_to_action")
NAV = _module("navigation")
DATES = _module("date_lines")
RUNS = _module("link_runs")
EMPTY = _module("contentless")
RELATED = _module("related_heading")
EDGES = _module("edge_links")
DATELINE = _module("lead_dateline")
TRAILER = _module("trailer_code")
TITLE = _module("title_repeat")
DENSE = _module("link_dense")

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


def test_whole_line_words_hold_a_key() -> None:
    for word in CTA.WHOLE_LINES:  # (compared in lower case, as the key is looked for)
        assert CTA._WHOLE_LINE_KEY.search(word), word


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


def test_placeholders_open_with_a_space_a_bracket_or_their_letters() -> None:
    assert EMPTY._CONTENTLESS.pattern == r"^[\W_]*$"  # (no letter or digit anywhere)

    def passes(ch: str) -> bool:
        return not ch.isalnum() or ch in EMPTY._PLACEHOLDER_LETTERS

    assert _all_pass(openings(EMPTY._PLACEHOLDER), passes) == []


def test_label_ends_are_the_last_letters_of_the_labels() -> None:
    ends = {label[-1] for label in RELATED._LABELS | RELATED._GALLERY}
    assert cased_forms(ends) == RELATED._CASED_LABEL_ENDS
    # a label key ends with a letter: the last letter of the text, lower-cased
    assert all(label[-1:].isalnum() for label in RELATED._LABELS | RELATED._GALLERY)


@given(
    st.lists(
        st.sampled_from(
            [
                "/tag/",
                "/TAGS/",
                "/Keyword/",
                "/topics/",
                "HySearch",
                "?q=",
                "&Q=",
                "?tag=",
                "&keyword=",
                "/",
                "?",
                "&",
                "=",
                "q",
                "s",
                "ſ",
                "\u212a",
                "İ",
                "ı",
                "南韓",
                "a.aspx",
                "https://www.cna.com.tw/news/aopl/",
                "ey",
                "word",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_tag_hrefs_are_what_the_pattern_finds(href: str) -> None:
    assert BASE._is_tag_href(href) is (BASE._TAG_HREF.search(href) is not None)


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
            if ctx.blocks[i].links and CTA.opens_with_related_label(text):
                ctx.remove_blocks([i], rule="call-to-action", kind="related")
            else:
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


def _plain_link_runs(ctx: Context) -> None:
    blocks = ctx.blocks
    total = sum(len(b.text) for b in blocks)
    drop: list[int] = []
    i = 0
    while i < len(blocks):
        if not RUNS._is_link_line(blocks[i]):
            if RUNS._is_bullet_link(blocks[i]):
                drop.append(i)
            i += 1
            continue
        start = i
        while i < len(blocks) and RUNS._is_link_line(blocks[i]):
            i += 1
        if i - start >= RUNS._MIN_RUN and sum(len(b.text) for b in blocks[start:i]) * 2 < total:
            drop.extend(range(start, i))
        elif i - start == 1 and RUNS._is_bullet_link(blocks[start]):
            drop.append(start)
    ctx.remove_blocks(drop, rule="link-runs", kind="related")


def _plain_contentless(ctx: Context) -> None:
    blocks = ctx.blocks
    # the headings ending the text (not a credits line), when a block of another kind comes before them
    run = 0
    while (
        run < len(blocks)
        and blocks[-1 - run].kind == "heading"
        and not BASE.looks_like_credits(blocks[-1 - run].text)
    ):
        run += 1
    if 0 < run < len(blocks) and blocks[-1 - run].kind != "heading":
        ctx.remove_blocks(range(len(blocks) - run, len(blocks)), rule="contentless")
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        text = block.text
        if EMPTY._CONTENTLESS.match(text) or (len(text) <= 20 and EMPTY._PLACEHOLDER.match(text)):
            ctx.remove_block(i, rule="contentless")
            continue
        if len(text) <= 3 and block.kind == "p" and EMPTY._is_stray_letter(text):
            ctx.remove_block(i, rule="contentless")
            continue
        if len(text) <= EMPTY._MAX_LABEL and EMPTY._EMPTY_LABEL.match(text):
            ctx.remove_block(i, rule="contentless")
            continue
        if i == 0:
            continue
        before = blocks[i - 1]
        if (
            (
                text == before.text
                or (abs(len(text) - len(before.text)) < EMPTY._LENGTH_SLACK and same_text(text, before.text))
            )
            and block.kind == before.kind
            and not EMPTY._made_alike(block.element, before.element)
        ) or (text == before.text and block.kind != before.kind):
            ctx.remove_block(i, rule="contentless")


def _plain_label_kind(block: Block) -> str | None:
    text = block.text
    if RELATED.is_related_label(text):
        key = RELATED._PUNCTUATION.sub("", text.lower())
        return "gallery" if any(key.endswith(g) for g in RELATED._GALLERY) else "related"
    if (
        block.kind == "heading"
        and len(text) <= RELATED._MAX_LABEL_HEADING
        and (m := RELATED._LABEL_COLON.match(text.lower()))
    ):
        return "gallery" if RELATED._PUNCTUATION.sub("", m.group("label")) in RELATED._GALLERY else "related"
    return None


def _plain_related_heading(ctx: Context) -> None:
    blocks = ctx.blocks
    drop: list[int] = []
    after_image: set[int] | None = None
    gallery_blocks: set[int] = set()
    i = 0
    while i < len(blocks):
        kind = _plain_label_kind(blocks[i])
        if kind is None:
            i += 1
            continue
        end = i + 1
        if kind == "gallery":
            if after_image is None:
                after_image = {ref.block for ref in ctx.images}
            while (
                end < len(blocks)
                and blocks[end].index in after_image
                and len(blocks[end].text) <= RELATED._MAX_GALLERY_ITEM
            ):
                gallery_blocks.add(blocks[end].index)
                end += 1
        while end < len(blocks) and RELATED._is_list_item(blocks[end]):
            end += 1
        if end == i + 1 and blocks[i].kind != "heading":
            i += 1
            continue
        drop.extend(range(i, end))
        i = end
    ctx.remove_blocks(drop, rule="related-heading", kind="related")
    if gallery_blocks:
        for ref in ctx.images:
            if ref.block in gallery_blocks:
                ref.dropped = True


def _plain_is_paragraph(block: Block) -> bool:
    text = block.text
    size = len(text)
    return (
        (
            size >= EDGES._MIN_PARAGRAPH
            or (size >= EDGES._MIN_SENTENCE and text.rstrip().endswith(EDGES._SENTENCE_END))
        )
        and block.link_density < EDGES._MAX_PARAGRAPH_LINKS
        and block.kind != "heading"
    )


def _plain_edge_links(ctx: Context) -> None:
    blocks = ctx.blocks
    first = next((i for i, b in enumerate(blocks) if _plain_is_paragraph(b)), None)
    if first is None:
        return
    last = next(i for i in range(len(blocks) - 1, -1, -1) if _plain_is_paragraph(blocks[i]))
    drop = [i for i, block in enumerate(blocks) if (i < first or i > last) and EDGES._is_link_line(block)]
    ctx.remove_blocks(drop, rule="edge-links", kind="related")


def _plain_lead_dateline(ctx: Context) -> None:
    blocks = ctx.blocks
    for i in range(min(DATELINE._HEAD, len(blocks) - 1)):
        block, lead = blocks[i], blocks[i + 1]
        if block.link_chars == 0 and lead.kind == "p" and DATELINE._PLACE_DASH.match(block.text.strip()):
            lead.text = f"{block.text.strip()} {lead.text}"
            ctx.remove_block(i, rule="lead-dateline")
            return


def _plain_trailer_code(ctx: Context) -> None:
    for i in range(len(ctx.blocks) - 1, max(-1, len(ctx.blocks) - 4), -1):
        block = ctx.blocks[i]
        m = TRAILER._TRAILER.search(block.text) if block.text.rstrip()[-1:].isdecimal() else None
        if m:
            ctx.set_aside("trailer-code", m.group("code"))
            block.text = block.text[: m.start()].rstrip()
            if not block.text:
                ctx.remove_block(i, rule="trailer-code")
            return


def _plain_title_repeat(ctx: Context) -> None:
    if not ctx.title:
        return
    titles = [ctx.title]
    if (prefix := TITLE._AUTHOR_PREFIX.match(ctx.title)) is not None:
        titles.append(ctx.title[prefix.end() :])  # "海波：凄凉犯简史" repeated as "凄凉犯简史"
    for i in range(min(TITLE._HEAD, len(ctx.blocks)) - 1, -1, -1):
        block = ctx.blocks[i]
        if not any(
            len(block.text) <= len(title) + 10 and same_text(block.text, "".join(title.split()))
            for title in titles
        ):
            continue
        element = block.element
        classes = element.get("class") if element is not None else None
        if block.kind == "heading" or (classes and TITLE._TITLE_CLASS(classes)) or TITLE._all_bold(element):
            ctx.remove_block(i, rule="title-repeat")


def _plain_link_kind(links: Iterable[tuple[str, str]]) -> str:
    total = tagged = 0
    for href, text in links:
        total += 1
        if text.lstrip().startswith(("#", "＃")) or BASE._TAG_HREF.search(href):
            tagged += 1
    if not total:
        return "other"
    return "tag" if tagged * 2 >= total else "related"


def _plain_link_dense(ctx: Context) -> None:
    if not ctx.spans or ctx.chars <= 0:
        return
    chosen = []
    removed_until = -1
    for span in sorted(ctx.spans, key=lambda s: (s.blocks[0], -s.blocks[1])):
        start, end = span.blocks
        if start >= end or start < removed_until:
            continue
        if DENSE._is_link_dense(span.tag, span.chars, span.link_chars, span.links, ctx.chars):
            refs = ctx.links[span.link_refs[0] : span.link_refs[1]]
            chosen.append((span, _plain_link_kind((ref.href, ref.text) for ref in refs)))
            removed_until = end
    ctx.remove_spans(chosen, rule="link-dense")


PLAIN: dict[str, Callable[[Context], None]] = {
    "call-to-action": _plain_call_to_action,
    "navigation": _plain_navigation,
    "date-lines": _plain_date_lines,
    "link-runs": _plain_link_runs,
    "contentless": _plain_contentless,
    "related-heading": _plain_related_heading,
    "edge-links": _plain_edge_links,
    "lead-dateline": _plain_lead_dateline,
    "trailer-code": _plain_trailer_code,
    "title-repeat": _plain_title_repeat,
    "link-dense": _plain_link_dense,
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
    *(
        "（編輯：陳惠珍）",
        "1121017",
        "920101",
        "华盛顿 —",
        "WASHINGTON —",
        "—",
        "–",
        "null",
        "NaN",
        "UNDEFINED",
    ),
    *(
        *RELATED.GALLERY_LABELS[::3],
        "本台相关报道",
        "BBC中文的相关报道",
        "Related",
        "MORE",
        "延伸",
        "►",
        "●",
        "→",
    ),
    *("[object Object]", "北約秘書長訪南韓", "北約 秘書長訪南韓"),
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


# what blocks that rules act on open with
_OPENINGS = (
    *(
        "►",
        "●",
        "→",
        "【",
        "「",
        "©",
        "_",
        " ",
        "\n",
        "上一篇：",
        "Next",
        "TOP",
        "標籤：",
        "首頁",
        "HOME",
        "延伸閱讀",
    ),
    *(
        "相關",
        "訂閱",
        "版權所有",
        "Copyright",
        "2022-07-04",
        "Nov",
        "ſep",
        "剛剛",
        "null",
        "华盛顿 —",
        "İ",
        "\u212a",
    ),
)


@st.composite
def contexts(draw: st.DrawFn) -> Context:
    """A context of generated blocks, with a link in some of them and an image before some."""
    pieces = st.lists(st.sampled_from(_PIECES), max_size=7).map("".join)
    opened = st.tuples(st.sampled_from(_OPENINGS), pieces).map("".join)
    texts = draw(st.lists(st.one_of(pieces, opened), max_size=9))
    blocks = []
    links = []
    images = []
    for index, text in enumerate(texts):
        heading = draw(st.booleans())
        size = len(text)
        link_chars = draw(st.sampled_from([0, 0, 1, size // 2, size - 1, size, size + 3]))
        link_count = draw(st.integers(0, 2)) if link_chars else 0
        kind, level = ("heading", 2) if heading else ("p", 0)
        blocks.append(Block(text, kind, level, link_chars, link_count, index=index))
        for _ in range(link_count):
            links.append(LinkRef("/a", text[:4], index))
        if draw(st.booleans()):
            images.append(ImageRef(None, index))
    ctx = Context(root=None, options=ParseOptions(), publisher=draw(st.sampled_from(_PUBLISHERS)))
    ctx.title = draw(st.sampled_from([None, *texts[:2], "北約秘書長訪南韓"]))
    ctx.blocks, ctx.links, ctx.images = blocks, links, images
    return ctx


@pytest.mark.parametrize("name", sorted(PLAIN))
@settings(max_examples=120, deadline=None)
@given(ctx=contexts())
def test_rules_act_as_their_plain_forms_on_generated_blocks(name: str, ctx: Context) -> None:
    fast = next(rule.apply for rule in DEFAULT_RULES if rule.name == name)
    assert _compare(name, ctx, fast) is None
