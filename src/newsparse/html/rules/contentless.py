"""Rule ``contentless``: blocks with nothing to read, and the page repeating a block in another form.

A block with no letter, digit or ideograph (``　　``, ``***``, ``|``) goes, and so does a
paragraph of one Latin letter (a stray keystroke left in the page: ``<p>v</p>`` before
Initium's closing note), a template's empty value printed as text (``null``, ``undefined``,
``NaN``), a field label with no value (``分类：``, ``Tags:``) and the headings ending the text
with nothing under them (an archive template's empty sections: ``最近动态``, ``相关言论``,
``民间历史``). A block equal to the one before it goes when the two come from differently
made elements (a standfirst ``<p class="summary">`` repeated as the first ``<p>``, a
heading repeated as a paragraph);
identical paragraphs made the same way are what the source says, and stay.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.options import ParseOptions
>>> root = parse_fragment("<h2>重回厨师世界</h2><p>重回厨师世界</p><p>　　</p><p>好。</p><p>好。</p>")
>>> ctx = Context(root=root, options=ParseOptions())
>>> ctx.blocks = [Block("重回厨师世界", "heading", 2, element=root[0], index=0),
...               Block("重回厨师世界", element=root[1], index=1), Block("　　", element=root[2], index=2),
...               Block("好。", element=root[3], index=3), Block("好。", element=root[4], index=4)]
>>> contentless(ctx)
>>> [b.text for b in ctx.blocks]
['重回厨师世界', '好。', '好。']
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.base import looks_like_credits, same_text

# a block with no letter, digit or ideograph: "　　", "***", "|"
_CONTENTLESS = re.compile(r"^[\W_]*$")
# a template's empty value printed as text: a feed item's missing description ("null"),
# "undefined", "None", "NaN", "[object Object]"
_PLACEHOLDER = re.compile(r"^\s*(?:null|undefined|none|nan|nil|\[object object\])\s*$", re.IGNORECASE)
# what a placeholder opens with, besides the white space and the "[" _CONTENTLESS looks at too
# (a test reads them from the pattern): a block opening with another letter is neither
_PLACEHOLDER_LETTERS = frozenset("nNuU")
# a field label whose value is missing: "分类：", "標籤:", "Tags:", "【来源】："
_EMPTY_LABEL = re.compile(
    r"^[\W_]*(?:分类|分類|类别|類別|标签|標籤|栏目|欄目|关键词|關鍵詞|关键字|關鍵字|来源|來源|出处|出處|"
    r"作者|编辑|編輯|责任编辑|責任編輯|tags?|categor(?:y|ies)|keywords?|source|author)[\W_]*[：:]$",
    re.IGNORECASE,
)
# label blocks are short
_MAX_LABEL = 12
# texts whose lengths differ this much or more are not compared once white space is removed
_LENGTH_SLACK = 8


def _is_stray_letter(text: str) -> bool:
    """True for a paragraph of one Latin letter (``v``); digits and ideographs (``1``, ``一``) number things.

    >>> [_is_stray_letter(t) for t in ("v", " x ", "1", "一", "AB")]
    [True, True, False, False, False]
    """
    text = text.strip()
    return len(text) == 1 and text.isascii() and text.isalpha()


def _made_alike(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return bool(a.tag == b.tag and a.get("class") == b.get("class"))


def _trailing_headings(ctx: Context) -> None:
    """Headings at the end of the text: they title nothing (text before them stays)."""
    blocks = ctx.blocks
    end = len(blocks)
    # (a closing credit set as a heading, "<h4>責任編輯：陳惠珍</h4>", is the article's)
    while end > 1 and blocks[end - 1].kind == "heading" and not looks_like_credits(blocks[end - 1].text):
        end -= 1
    if end < len(blocks) and blocks[end - 1].kind != "heading":
        ctx.remove_blocks(range(end, len(blocks)), rule="contentless")


def contentless(ctx: Context) -> None:
    """Blocks with nothing to read; a block repeating the previous one from a different element."""
    _trailing_headings(ctx)
    blocks = ctx.blocks
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        text = block.text
        first = text[0] if text else ""
        # (a block opening with a letter has something to read: the usual block is not matched)
        if (not first.isalnum() or first in _PLACEHOLDER_LETTERS) and (
            _CONTENTLESS.match(text) or (len(text) <= 20 and _PLACEHOLDER.match(text))
        ):
            ctx.remove_block(i, rule="contentless")
            continue
        if len(text) <= 3 and block.kind == "p" and _is_stray_letter(text):
            ctx.remove_block(i, rule="contentless")
            continue
        if len(text) <= _MAX_LABEL and text[-1:] in "：:" and _EMPTY_LABEL.match(text):
            ctx.remove_block(i, rule="contentless")
            continue
        if i == 0:
            continue
        before = blocks[i - 1]
        other = before.text
        if text == other:
            if block.kind != before.kind or not _made_alike(block.element, before.element):
                ctx.remove_block(i, rule="contentless")
        elif (
            -_LENGTH_SLACK < len(text) - len(other) < _LENGTH_SLACK
            and block.kind == before.kind
            and same_text(text, other)
            and not _made_alike(block.element, before.element)
        ):
            ctx.remove_block(i, rule="contentless")
