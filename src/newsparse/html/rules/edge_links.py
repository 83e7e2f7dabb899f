"""Rule ``edge-links``: link-only lines above the article's first paragraph and below its last.

A page's chrome sits at the edges of the body: a column or section label (``燕京书评``),
a "back to the list" link, a link to the original page. Where the body has real
paragraphs, a block that is entirely link text and lies before the first of them or after
the last of them goes (a real paragraph is a sentence of 30 characters or more, or any block
of 80). Inside the article, a paragraph that is a single link stays, and a
body with no real paragraph (a short post that is one link and a line) is left alone.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> ctx.blocks = [Block("燕京书评", link_chars=4, links=1, index=0),
...               Block("波兰记者维特多·沙博尔夫斯基（Witold Szabłowski）曾有机会变成一名厨师。", index=1),
...               Block("逆境冶情－籃球天才的重生之路", link_chars=14, links=1, index=2),
...               Block("那时他20多岁，刚从华沙大学新闻系与政治学系毕业，前往丹麦看望朋友。", index=3)]
>>> edge_links(ctx)
>>> [b.text[:4] for b in ctx.blocks]
['波兰记者', '逆境冶情', '那时他2']
"""

from __future__ import annotations

from newsparse.html.blocks import Block
from newsparse.html.context import Context

# a paragraph of the article: a sentence this long (or any block this long), mostly not link text
_MIN_SENTENCE = 30
_MIN_PARAGRAPH = 80
_MAX_PARAGRAPH_LINKS = 0.5
# what a sentence ends with: "。", "！", "？", "」", "”", "）", ".", "!"
_SENTENCE_END = tuple('。！？!?…」』”"）).')
# a chrome link line: this much of it is link text, and it is short
_LINK_ONLY = 0.9
_MAX_LINK_LINE = 60


def _is_paragraph(block: Block) -> bool:
    text = block.text
    size = len(text)
    # (link_density < 0.5 in whole numbers: the text is not empty)
    return (
        (size >= _MIN_PARAGRAPH or (size >= _MIN_SENTENCE and text.rstrip().endswith(_SENTENCE_END)))
        and 2 * block.link_chars < size
        and block.kind != "heading"
    )


def _is_link_line(block: Block) -> bool:
    return block.links >= 1 and block.link_density >= _LINK_ONLY and len(block.text) <= _MAX_LINK_LINE


def edge_links(ctx: Context) -> None:
    """Link-only blocks before the first and after the last real paragraph."""
    blocks = ctx.blocks
    count = len(blocks)
    first = 0  # (usually the first block or the second)
    while first < count and not _is_paragraph(blocks[first]):
        first += 1
    if first == count:
        return
    last = count - 1
    while not _is_paragraph(blocks[last]):
        last -= 1
    # (only the blocks before the first paragraph and after the last are looked at)
    drop = [i for i in range(first) if _is_link_line(blocks[i])]
    drop += [i for i in range(last + 1, count) if _is_link_line(blocks[i])]
    ctx.remove_blocks(drop, rule="edge-links", kind="related")
