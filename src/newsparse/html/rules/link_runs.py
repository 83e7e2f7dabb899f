"""Rule ``link-runs``: related links set as paragraphs between the article's paragraphs.

Some sites put related headlines into the text itself, one link per paragraph, with no
container to tell them apart: ``<p>►<a>…</a></p>``, or two or three ``<p><a>…</a></p>`` in a
row. Two rules of thumb find them: a run of two or more short blocks that are all link
text, and a single short block led by a bullet (``►``, ``▶``, ``●``, ``→``…) that is mostly
link text. One link paragraph on its own stays (a post may be a line and a link), and so
does a run holding half the text or more (a post that is a list of links).

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> ctx.blocks = [Block("第一段正文，說明事情的經過。", index=0),
...               Block("►北約秘書長抵首爾訪問", link_chars=10, links=1, index=1),
...               Block("第二段正文。", index=2),
...               Block("南韓新年謀求與北韓對話", link_chars=11, links=1, index=3),
...               Block("美日韓會談 憂心北韓", link_chars=10, links=1, index=4),
...               Block("逆境冶情－籃球天才的重生之路", link_chars=14, links=1, index=5),
...               Block("同埋宣傳片 :p", index=6)]
>>> link_runs(ctx)
>>> [b.text for b in ctx.blocks]
['第一段正文，說明事情的經過。', '第二段正文。', '同埋宣傳片 :p']
"""

from __future__ import annotations

from newsparse.html.blocks import Block
from newsparse.html.context import Context

# bullets that lead a related-link line: "►", "▶", "▸", "●", "•", "◆", "■", "→", "»", "☞"
_BULLETS = tuple("►▶▸▹●•◆◇■□→»☞★☆")
_BULLET_DENSITY = 0.6
# a line of a run: this much link text, and short
_RUN_DENSITY = 0.9
_MAX_LINE = 80
_MIN_RUN = 2


def _is_link_line(block: Block) -> bool:
    return (
        block.kind != "heading"
        and len(block.text) <= _MAX_LINE
        and block.link_chars > 0
        and block.link_density >= _RUN_DENSITY
    )


def _is_bullet_link(block: Block) -> bool:
    text = block.text
    return len(text) <= _MAX_LINE and text.startswith(_BULLETS) and block.link_density >= _BULLET_DENSITY


def link_runs(ctx: Context) -> None:
    """Runs of link-only lines, and bullet-led link lines, inside the text."""
    blocks = ctx.blocks
    # only blocks with link text can be link lines or bullet links: most posts have none or a few
    linked = [i for i, block in enumerate(blocks) if block.link_chars]
    if not linked:
        return
    total = -1  # all the text, counted when a run needs it
    drop: list[int] = []
    at = 0
    while at < len(linked):
        i = linked[at]
        at += 1
        if not _is_link_line(blocks[i]):
            if _is_bullet_link(blocks[i]):
                drop.append(i)
            continue
        start = i
        i += 1
        while at < len(linked) and linked[at] == i and _is_link_line(blocks[i]):
            i += 1
            at += 1
        # blocks[start:i] is a run of link lines
        if i - start >= _MIN_RUN:
            if total < 0:
                total = sum(len(b.text) for b in blocks)
            if sum(len(b.text) for b in blocks[start:i]) * 2 < total:
                drop.extend(range(start, i))
        elif _is_bullet_link(blocks[start]):
            drop.append(start)
    ctx.remove_blocks(drop, rule="link-runs", kind="related")
