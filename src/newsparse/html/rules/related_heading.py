"""Rule ``related-heading``: a related-reading label and the run of links under it.

Many sites print related reading inside the article's own container, with no class to tell
it apart: ``<p><strong>延伸閱讀</strong></p><p><a>…</a></p><p><a>…</a></p>``. The label is
a short block such as ``延伸閱讀``, ``相關新聞：``, ``您可能感兴趣的文章``, ``Related``; the blocks that
follow it and are mostly links go with it, as ``related`` links. The run ends at the first
block that is not mostly links.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> ctx.blocks = [Block("第一段正文。", index=0), Block("延伸閱讀", "heading", 3, index=1),
...               Block("北約秘書長抵首爾訪問", link_chars=10, links=1, index=2),
...               Block("南韓新年謀求與北韓對話", link_chars=11, links=1, index=3),
...               Block("（編輯：陳惠珍）", index=4)]
>>> related_heading(ctx)
>>> [b.text for b in ctx.blocks]
['第一段正文。', '（編輯：陳惠珍）']
"""

from __future__ import annotations

import re

from newsparse.html.blocks import Block
from newsparse.html.context import Context
from newsparse.html.rules.call_to_action import RELATED_LABELS

# a block that is only a label: "延伸閱讀", "相關新聞：", "【延伸閱讀】", "Related:", "您可能感兴趣的文章"
_PUNCTUATION = re.compile(r"[\W_]+")
_LABELS = frozenset(_PUNCTUATION.sub("", label) for label in RELATED_LABELS) | frozenset(
    ["related", "相關", "相关", "延伸", "更多", "more", "推薦", "推荐"]
)
_MAX_LABEL = 20
# a block under the label that is mostly link text belongs to the list
_LIST_DENSITY = 0.5
_MAX_ITEM = 120


def is_related_label(text: str) -> bool:
    """A short block that only labels a list of related links.

    >>> is_related_label("【延伸閱讀】"), is_related_label("相關報導指出，市場疲弱。")
    (True, False)
    """
    return len(text) <= _MAX_LABEL and _PUNCTUATION.sub("", text.lower()) in _LABELS


def _is_list_item(block: Block) -> bool:
    return block.link_density >= _LIST_DENSITY and len(block.text) <= _MAX_ITEM


def related_heading(ctx: Context) -> None:
    """A related-reading label and the link blocks that follow it."""
    blocks = ctx.blocks
    drop: list[int] = []
    i = 0
    while i < len(blocks):
        if not is_related_label(blocks[i].text):
            i += 1
            continue
        end = i + 1
        while (
            end < len(blocks)
            and blocks[end].link_density >= _LIST_DENSITY
            and len(blocks[end].text) <= _MAX_ITEM
        ):
            end += 1
        if end == i + 1 and blocks[i].kind != "heading":
            i += 1  # a lone label that heads nothing: call-to-action decides
            continue
        drop.extend(range(i, end))
        i = end
    ctx.remove_blocks(drop, rule="related-heading", kind="related")
