"""Rule ``hidden``: elements a browser would not show."""

from __future__ import annotations

import re

from newsparse.html.context import Context

# "display:none", "display: none !important", "visibility:hidden"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hidden(ctx: Context) -> None:
    """Elements a browser would not show (``display:none``, ``hidden``, ``aria-hidden``)."""
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el is ctx.root or el.getparent() is None:
            continue
        style = el.get("style")
        if (
            (style and _HIDDEN_STYLE.search(style))
            or el.get("hidden") is not None
            or el.get("aria-hidden") == "true"
            or "element-hidden" in (el.get("class") or "")
        ):
            ctx.drop(el, kind="related", rule="hidden")
