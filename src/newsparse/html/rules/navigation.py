"""Rule ``navigation``: breadcrumbs, pagers, back-to-top links and keyword-tag lines.

Navigation copied into a body has recognizable shapes even without class names:

* a breadcrumb trail: short parts joined by ``>``, ``›``, ``»``, ``/`` or ``|``, starting from
  the home page or made of links (``首頁 > 國際 > 亞洲``);
* a pager or neighbour link: ``上一篇：…``, ``下一頁``, ``Next article``;
* a back-to-top or back-home link: ``回到頂部``, ``返回首页``, ``Back to top``;
* a keyword-tag line: ``標籤：`` / ``关键词：`` / ``Tags:`` followed by words or tag links (the
  links are kept as ``tag`` links).

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> texts = ["首頁 > 國際 > 亞洲", "第一段正文。", "上一篇：美日韓會談", "標籤：北約 南韓", "回到頂部"]
>>> ctx.blocks = [Block(t, index=i) for i, t in enumerate(texts)]
>>> navigation(ctx)
>>> [b.text for b in ctx.blocks]
['第一段正文。']
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsparse.html.blocks import Block
from newsparse.html.context import Context
from newsparse.html.rules.base import cased_forms, may_open_with

# a breadcrumb separator between short parts: " > ", "›", "»", " / ", "|", "＞"
_CRUMB_SEPARATOR = re.compile(r"\s*[>›»＞|｜/]\s*|\s+-\s+")
# the first part of a breadcrumb trail: "首頁", "首页", "Home", "主页"
_HOME = frozenset(["首頁", "首页", "主頁", "主页", "home", "网站首页", "網站首頁"])
_MAX_CRUMB_PART = 12
_MAX_CRUMBS = 80
# one anchored pattern for the three line shapes (the text is lower-cased first):
# a pager or neighbour link: "上一篇：美日韓會談", "下一頁", "next article", "« previous"
# back to the top or the home page, as the whole block: "回到頂部", "返回首页", "back to top ↑"
# a keyword-tag line: "標籤：北約 南韓", "关键词：", "tags: nato, korea", "相關標籤："
_NAV_LINE = re.compile(
    r"[\W_]*(?:"
    r"(?P<pager>上一篇|下一篇|上一頁|下一頁|上一页|下一页|上一則|下一則|上一则|下一则|上篇|下篇|"
    r"previous(?: article| post| page)?|next(?: article| post| page)?|older posts?|newer posts?)"
    r"\s*(?:[:：»›>]|$)"
    r"|(?P<back>回到頂部|回到顶部|返回頂部|返回顶部|回到首頁|回到首页|返回首頁|返回首页|返回列表|回頂端|回顶端|"
    r"back to top|back to home|top)[\W_]*$"
    r"|(?P<tags>標籤|标签|相關標籤|相关标签|關鍵字|关键字|關鍵詞|关键词|tags?|keywords?)\s*[:：]"
    r")"
)
_MAX_PAGER = 80
_MAX_TAG_LINE = 120
# a character that separates the parts of a breadcrumb trail (one search, in C)
_CRUMB_CHAR = re.compile("[>›»＞|｜/-]")
# what the words of _NAV_LINE open with (after the marks, lower case): "上一篇", "previous", "回到頂部",
# "top", "標籤", "tags", "keywords"… (a test reads them from the pattern)
_NAV_OPENERS = frozenset("上下回返標标相關关pnobtk")
_CASED_NAV_OPENERS = cased_forms(_NAV_OPENERS)
# a piece of every home-page word in _HOME, in every case it can have before lower-casing
_HOME_KEYS = ("首", "主", "m", "M")


def _is_breadcrumb(block: Block) -> bool:
    text = block.text
    if len(text) > _MAX_CRUMBS or _CRUMB_CHAR.search(text) is None:
        return False
    parts = [p for p in _CRUMB_SEPARATOR.split(text) if p]
    if len(parts) < 3 or any(len(p) > _MAX_CRUMB_PART for p in parts[:-1]):
        return False
    return parts[0].lower() in _HOME or block.link_density >= 0.5


def navigation(ctx: Context) -> None:
    """Breadcrumbs, pager and back-to-top lines, keyword-tag lines."""
    tag_lines: list[int] = []
    navigation_lines: list[int] = []
    for i, block in enumerate(ctx.blocks):
        text = block.text
        size = len(text)
        if size > _MAX_TAG_LINE or not size:
            continue
        # most blocks open with no word of _NAV_LINE (the lower-casing and the match are skipped)
        first = text[0]
        if first in _CASED_NAV_OPENERS or (
            not first.isalnum() and may_open_with(text, _CASED_NAV_OPENERS, _NAV_OPENERS)
        ):
            m = _NAV_LINE.match(text.lower())
            if m is not None:
                if m.lastgroup == "tags":
                    tag_lines.append(i)
                    continue
                if m.lastgroup == "back" or size <= _MAX_PAGER:
                    navigation_lines.append(i)
                    continue
        # a breadcrumb trail opens with a home-page word (_HOME_KEYS, tested one by one) or is mostly
        # links (link_density >= 0.5, in whole numbers): most blocks have neither, and are not split
        if (
            size <= _MAX_CRUMBS
            and (2 * block.link_chars >= size or "首" in text or "主" in text or "m" in text or "M" in text)
            and _is_breadcrumb(block)
        ):
            navigation_lines.append(i)
    if tag_lines:  # first, while the positions still hold
        ctx.remove_blocks(tag_lines, rule="navigation", kind="tag")
        gone = set(tag_lines)
        navigation_lines = [i - bisect_left(tag_lines, i) for i in navigation_lines if i not in gone]
    ctx.remove_blocks(navigation_lines, rule="navigation", kind="related")
