"""Rule ``related-heading``: a related-reading label and the run of links under it.

Many sites print related reading inside the article's own container, with no class to tell
it apart: ``<p><strong>延伸閱讀</strong></p><p><a>…</a></p><p><a>…</a></p>``. The label is
a short block such as ``延伸閱讀``, ``相關新聞：``, ``您可能感兴趣的文章``, ``Related``, also with the
site's name before it (``BBC中文的相关报道：``, ``本台相关报道``); the blocks that
follow it and are mostly links go with it, as ``related`` links. The run ends at the first
block that is not mostly links. A gallery heading (``相关图集：热热热！…``, ``相關影片``) heads
picture captions instead of links: the blocks that each follow an image go with it, and their
images too.

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
from newsparse.html.rules.base import cased_forms
from newsparse.html.rules.call_to_action import RELATED_LABELS

# a block that is only a label: "延伸閱讀", "相關新聞：", "【延伸閱讀】", "Related:", "您可能感兴趣的文章"
_PUNCTUATION = re.compile(r"[\W_]+")
_LABELS = frozenset(_PUNCTUATION.sub("", label) for label in RELATED_LABELS) | frozenset(
    ["related", "相關", "相关", "延伸", "更多", "more", "推薦", "推荐"]
)
#: Labels of picture galleries and video lists: what follows them is captions, not links.
GALLERY_LABELS = (
    "相關圖集",
    "相关图集",
    "精選圖集",
    "精选图集",
    "圖集",
    "图集",
    "組圖",
    "组图",
    "相關影片",
    "相关影片",
    "相關視頻",
    "相关视频",
    "photo gallery",
    "in pictures",
)
_GALLERY = frozenset(_PUNCTUATION.sub("", label) for label in GALLERY_LABELS)
_ALL_LABELS = "|".join(sorted(_LABELS | _GALLERY, key=len, reverse=True))
# the site's name before a label: "BBC中文的相关报道", "本台相关报道", "更多相关新闻"
_PREFIXED_LABEL = re.compile(
    rf"^(?:\w{{1,10}}的|本台|本網|本网|本報|本报|本站|更多|其他|其它)(?:{_ALL_LABELS})$"
)
# a heading that opens with a label and names the list: "相关图集：热热热！中国多地遭遇高温"
_LABEL_COLON = re.compile(rf"^[\W_]*(?P<label>{_ALL_LABELS})\s*[:：|｜]", re.IGNORECASE)
_MAX_LABEL = 20
# the last letter of every label, and each letter that lower-cases to one: a block whose last
# character is another letter is no label (its key, lower-cased without punctuation, ends with it)
_CASED_LABEL_ENDS = cased_forms(label[-1] for label in _LABELS | _GALLERY)
_MAX_LABEL_HEADING = 60
# a block under the label that is mostly link text belongs to the list
_LIST_DENSITY = 0.5
_MAX_ITEM = 120
# what a list says to screen readers around its items (Al Jazeera, in every language edition):
# "list of 4 items", "end of list"; such a block is part of the list it announces
_LIST_MARKER = re.compile(r"(?:list of \d+ items?|end of list)\s*$", re.IGNORECASE)
_MAX_LIST_MARKER = 24
# a gallery caption under a gallery label: a block right after an image, this long at most
_MAX_GALLERY_ITEM = 300


def is_related_label(text: str) -> bool:
    """A short block that only labels a list of related links.

    >>> is_related_label("【延伸閱讀】"), is_related_label("相關報導指出，市場疲弱。")
    (True, False)
    >>> is_related_label("BBC中文的相关报道："), is_related_label("本台相关报道")
    (True, True)
    """
    if len(text) > _MAX_LABEL:
        return False
    key = _PUNCTUATION.sub("", text.lower())
    return key in _LABELS or key in _GALLERY or _PREFIXED_LABEL.match(key) is not None


def _may_be_label(text: str) -> bool:
    """False when ``text`` is too long for a label or ends with a letter no label ends with."""
    last = text[-1:]
    return len(text) <= _MAX_LABEL and (last in _CASED_LABEL_ENDS or not last.isalnum())


def _label_kind(block: Block) -> str | None:
    """``"gallery"`` or ``"related"`` when ``block`` labels a list, else None."""
    text = block.text
    if _may_be_label(text) and is_related_label(text):
        key = _PUNCTUATION.sub("", text.lower())
        return "gallery" if any(key.endswith(g) for g in _GALLERY) else "related"
    if (
        block.kind == "heading"
        and len(text) <= _MAX_LABEL_HEADING
        and (m := _LABEL_COLON.match(text.lower()))
    ):
        return "gallery" if _PUNCTUATION.sub("", m.group("label")) in _GALLERY else "related"
    return None


def _is_list_item(block: Block) -> bool:
    text = block.text
    return (block.link_density >= _LIST_DENSITY and len(text) <= _MAX_ITEM) or (
        len(text) <= _MAX_LIST_MARKER and _LIST_MARKER.match(text) is not None
    )


def related_heading(ctx: Context) -> None:
    """A related-reading label and the link blocks that follow it; a gallery label and its captions."""
    blocks = ctx.blocks
    drop: list[int] = []
    after_image: set[int] | None = None  # blocks that come right after an image (read once, if needed)
    gallery_blocks: set[int] = set()
    until = 0  # blocks before this one are dropped already
    for i, block in enumerate(blocks):
        # (most blocks are no heading and too long for a label)
        if i < until or (block.kind != "heading" and len(block.text) > _MAX_LABEL):
            continue
        kind = _label_kind(block)
        if kind is None:
            continue
        end = i + 1
        if kind == "gallery":
            if after_image is None:
                after_image = {ref.block for ref in ctx.images}
            while (
                end < len(blocks)
                and blocks[end].index in after_image
                and len(blocks[end].text) <= _MAX_GALLERY_ITEM
            ):
                gallery_blocks.add(blocks[end].index)
                end += 1
        while end < len(blocks) and _is_list_item(blocks[end]):
            end += 1
        if end == i + 1 and block.kind != "heading":
            continue  # a lone label that heads nothing: call-to-action decides
        drop.extend(range(i, end))
        until = end
    ctx.remove_blocks(drop, rule="related-heading", kind="related")
    if gallery_blocks:
        for ref in ctx.images:
            if ref.block in gallery_blocks:
                ref.dropped = True
