"""Rule ``title-repeat``: the page repeating the article's title above the text.

A heading that says the title again (BBC's ``<h1>``, Drupal's ``page-title``) goes, and so
does a paragraph styled as the title (``<p class="title">``) or set wholly in bold (BBC's video
pages: ``<div><strong>上海疫情中挣扎的盲人按摩师</strong></div>``). A plain first paragraph that
happens to equal the title stays: short posts open with their own title line.

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


def _all_bold(element: Any) -> bool:
    """The element's text is one ``<strong>``/``<b>`` child and nothing around it."""
    if element is None or len(element) != 1 or (element.text or "").strip():
        return False
    child = element[0]
    return child.tag in _BOLD and not (child.tail or "").strip()


def title_repeat(ctx: Context) -> None:
    """A heading, or a block styled as a title, near the top that repeats the title."""
    if not ctx.title:
        return
    title = "".join(ctx.title.split())
    for i in range(min(_HEAD, len(ctx.blocks)) - 1, -1, -1):
        block = ctx.blocks[i]
        # (the text without white space is the title: it is not shorter than the title)
        size = len(block.text)
        if size > len(ctx.title) + 10 or size < len(title) or not same_text(block.text, title):
            continue
        element = block.element
        classes = element.get("class") if element is not None else None
        if block.kind == "heading" or (classes and _TITLE_CLASS(classes)) or _all_bold(element):
            ctx.remove_block(i, rule="title-repeat")
