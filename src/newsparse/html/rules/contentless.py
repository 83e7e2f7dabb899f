"""Rule ``contentless``: blocks with nothing to read, and repeats."""

from __future__ import annotations

import re

from newsparse.html.context import Context
from newsparse.html.rules.base import same_text

# a block with no letter, digit or ideograph: "　　", "***", "|"
_CONTENTLESS = re.compile(r"^[\W_]*$")


def contentless(ctx: Context) -> None:
    """Blocks with nothing to read; adjacent duplicate blocks."""
    previous = None
    for i in range(len(ctx.blocks) - 1, -1, -1):
        text = ctx.blocks[i].text
        if _CONTENTLESS.match(text) or (previous is not None and same_text(text, previous)):
            ctx.remove_block(i, rule="contentless")
            continue
        previous = text
