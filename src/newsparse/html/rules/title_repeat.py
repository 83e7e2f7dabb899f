"""Rule ``title-repeat``: the page repeating the article's title above the text.

A heading that says the title again (BBC's ``<h1>``, Drupal's ``page-title``) goes, and so
does a paragraph styled as the title (``<p class="title">``) or set wholly in bold (BBC's video
pages: ``<div><strong>上海疫情中挣扎的盲人按摩师</strong></div>``). A plain first paragraph that
happens to equal the title stays: short posts open with their own title line. The heading and the
title may differ in their closing mark: a feed title edited after the page was written keeps or
gains a "！"/"？" the heading lacks (Medium's ``<h3>【荼毒室呈獻】哲學家 Stickers︰WhatsApp / Telegram /
WeChat</h3>`` under the title "…WeChat！"). A title given as
"author：title" (``海波：凄凉犯简史``, the listing title of memoir and opinion sites) is repeated on the
page without its author: ``<div><b>凄凉犯简史</b></div>`` goes too.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions(), title="北約秘書長訪南韓")
>>> ctx.blocks = [Block("北約秘書長訪南韓", "heading", 1, index=0), Block("第一段。", index=1)]
>>> title_repeat(ctx)
>>> [b.text for b in ctx.blocks]
['第一段。']
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.base import AttributeMatcher, same_text

# class tokens of title elements: "title", "page-title", "entry-title", "headline", "article-title"
_TITLE_CLASS = AttributeMatcher(
    re.compile(r"(?:^|[\s_-])(?:title|headline|heading)(?:$|[\s_-])", re.IGNORECASE)
)
# only this many blocks from the top are looked at
_HEAD = 8
_BOLD = ("strong", "b")
# sentence-closing marks a title and its heading may differ in: "…WeChat！" over "…WeChat"
_CLOSING = "！!？?。.…～~"
# "作者：题目": a short name before the first colon of a title ("海波：凄凉犯简史", "胡凌：什么是数据主权？")
_AUTHOR_PREFIX = re.compile(r"^\s*[^\s\W\d][^\W\d]{0,11}\s*[：:]\s*(?=\S)")


def _all_bold(element: Any) -> bool:
    """The element's text is one ``<strong>``/``<b>`` child and nothing around it."""
    if element is None or len(element) != 1 or (element.text or "").strip():
        return False
    child = element[0]
    return child.tag in _BOLD and not (child.tail or "").strip()


def _same_but_closing(text: str, title: str) -> bool:
    """``text`` is ``title`` (white space aside) but for the closing marks of one of them.

    >>> _same_but_closing("哲學家 Stickers︰WeChat", "哲學家Stickers︰WeChat！")
    True
    >>> _same_but_closing("絕育才是道德？", "絕育才是道德?")
    True
    >>> _same_but_closing("哲學家 Stickers︰WeChat 下載", "哲學家Stickers︰WeChat！")
    False
    """
    if text[-1:] not in _CLOSING and title[-1:] not in _CLOSING:
        return False
    bare = "".join(text.split()).rstrip(_CLOSING)
    return bool(bare) and bare == title.rstrip(_CLOSING)


def title_repeat(ctx: Context) -> None:
    """A heading, or a block styled as a title, near the top that repeats the title."""
    if not ctx.title:
        return
    titles = [(ctx.title, "".join(ctx.title.split()))]
    if (prefix := _AUTHOR_PREFIX.match(ctx.title)) is not None:
        rest = ctx.title[prefix.end() :]
        titles.append((rest, "".join(rest.split())))
    for i in range(min(_HEAD, len(ctx.blocks)) - 1, -1, -1):
        block = ctx.blocks[i]
        # (the text without white space is the title: it is not shorter than the title, but for
        # a closing mark it may lack)
        size = len(block.text)
        if not any(
            len(title) - 3 <= size <= len(full) + 10
            and (same_text(block.text, title) or _same_but_closing(block.text, title))
            for full, title in titles
        ):
            continue
        element = block.element
        classes = element.get("class") if element is not None else None
        if block.kind == "heading" or (classes and _TITLE_CLASS(classes)) or _all_bold(element):
            ctx.remove_block(i, rule="title-repeat")
