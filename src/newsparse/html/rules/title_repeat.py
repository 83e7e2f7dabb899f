"""Rule ``title-repeat``: headings that repeat the title."""

from __future__ import annotations

from newsparse.html.context import Context
from newsparse.html.rules.base import same_text


def title_repeat(ctx: Context) -> None:
    """A heading (or the first block) that repeats the title."""
    if not ctx.title:
        return
    title = ctx.title
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if block.kind == "heading" and same_text(block.text, title):
            ctx.remove_block(i, rule="title-repeat")
