"""Rule ``trailer-code``: CNA-style numeric date codes closing the article."""

from __future__ import annotations

import re

from newsparse.html.context import Context

# a CNA-style trailer: seven digits (ROC year, month, day) closing the last paragraph,
# "（編輯：陳惠珍）1121017"
_TRAILER = re.compile(
    r"(?<=[）)。」』\]\s])\s*(?P<code>1[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:[89]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\s*$"
)


def trailer_code(ctx: Context) -> None:
    """A numeric date code closing the article (CNA's ``1121017``) goes to date evidence."""
    for i in range(len(ctx.blocks) - 1, max(-1, len(ctx.blocks) - 4), -1):
        block = ctx.blocks[i]
        # the code is the block's last non-blank character: most blocks are ruled out without the search
        text = block.text.rstrip()
        # the code's six or seven digits end the stripped text: the search starts at the mark before
        # them (a match starting further on, in the blank before the code, leaves the same text)
        m = _TRAILER.search(block.text, max(0, len(text) - 8)) if text[-1:].isdecimal() else None
        if m:
            ctx.set_aside("trailer-code", m.group("code"))
            block.text = block.text[: m.start()].rstrip()
            if not block.text:
                ctx.remove_block(i, rule="trailer-code")
            return
