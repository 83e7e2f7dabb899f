"""Rule ``report-marker``: a reporter's mark inside a paragraph goes to the bylines, not the text.

RTI's feed teasers run the lead and the reporter's story together and mark where the report
starts: ``…盼台灣的訴訟能更符合人民期待。#記者劉玉秋的報導#「國民法官法」在朝野…``. The mark
(:data:`~newsparse.fields.bylines.REPORT_MARKER`) is set aside as a ``byline`` line, which the
bylines reader reads as the author 劉玉秋, and the sentences around it stay.

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> ctx.blocks = [Block("盼台灣的訴訟能更符合人民期待。#記者劉玉秋的報導#「國民法官法」完成三讀。", index=0)]
>>> report_marker(ctx)
>>> ctx.blocks[0].text, [(line.rule, line.text) for line in ctx.body.set_aside]
('盼台灣的訴訟能更符合人民期待。「國民法官法」完成三讀。', [('byline', '#記者劉玉秋的報導#')])
"""

from __future__ import annotations

from newsparse.fields.bylines import REPORT_MARKER, report_marker_names
from newsparse.html.context import Context


def report_marker(ctx: Context) -> None:
    """``#記者劉玉秋的報導#`` inside a block is set aside as a byline and taken out of the block."""
    blocks = ctx.blocks
    # (nearly every document: no block with a hash, no mark)
    hashed = [i for i, block in enumerate(blocks) if "#" in block.text or "＃" in block.text]
    for i in reversed(hashed):
        block = blocks[i]
        text = block.text
        kept = []
        at = 0
        for m in REPORT_MARKER.finditer(text):
            if report_marker_names(m.group()) is None:
                continue  # "#記者會的報導#": no names, a hashtag of the text
            mark = m.group()
            # an open mark, "#記者歐陽夢萍採訪報導" (RTI's 專題 teasers), is read as the closed one
            ctx.set_aside("byline", mark if mark[-1] in "#＃" else mark + "#")
            kept.append(text[at : m.start()])
            at = m.end()
        if not kept:
            continue
        kept.append(text[at:])
        block.text = "".join(kept).strip()
        if not block.text:
            ctx.remove_block(i, rule="report-marker", kind="other")
