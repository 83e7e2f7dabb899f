"""Rule ``lead-dateline``: a dateline printed as its own line goes back in front of the lead.

Wire-style stories open with the place and a dash (``华盛顿 — 美国国务院周三表示``). Feeds
often render the place as a bare text node before the first ``<p>`` (``里约热内卢 — <p>自2012年…``),
so it comes out as a block of its own. Such a block, among the first few, is joined to the
paragraph after it, where the byline reader finds the dateline and a reader expects it.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> ctx.blocks = [Block("里约热内卢 —", index=0), Block("自2012年电动汽车进入巴西以来。", index=1)]
>>> lead_dateline(ctx)
>>> [b.text for b in ctx.blocks]
['里约热内卢 — 自2012年电动汽车进入巴西以来。']
"""

from __future__ import annotations

import re

from newsparse.html.context import Context

# a block that is only a place and a dash: "里约热内卢 —", "華盛頓電 —", "WASHINGTON —"
_PLACE_DASH = re.compile(
    r"^(?:[\u3400-\u9fff\uf900-\ufaff]{2,8}(?:電|电)?|[A-Z][A-Za-z.' -]{1,30}?)\s*[—–]{1,2}$"
)
# only this many blocks from the top are looked at
_HEAD = 3


def lead_dateline(ctx: Context) -> None:
    """A place-and-dash block near the top is joined to the paragraph that follows it."""
    blocks = ctx.blocks
    for i in range(min(_HEAD, len(blocks) - 1)):
        block, lead = blocks[i], blocks[i + 1]
        text = block.text
        if (
            block.link_chars == 0
            and lead.kind == "p"
            and ("—" in text or "–" in text)  # (the pattern ends with a dash: most blocks have none)
            and _PLACE_DASH.match(text.strip())
        ):
            lead.text = f"{block.text.strip()} {lead.text}"
            ctx.remove_block(i, rule="lead-dateline")
            return
