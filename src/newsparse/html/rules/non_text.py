"""Rule ``non-text``: scripts, styles, SVG, forms, inputs, frames and media players."""

from __future__ import annotations

from newsparse.html.context import Context
from newsparse.html.rules.base import dropped_link

_NON_TEXT = [
    "script",
    "style",
    "svg",
    "noscript",
    "template",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "object",
    "embed",
    "canvas",
    "map",
    "link",
    "meta",
    "iframe",
    "audio",
    "video",
    "source",
    "track",
    "dialog",
    "head",
    "title",
]
_NON_TEXT_TAGS = frozenset(_NON_TEXT)


def non_text(ctx: Context) -> None:
    """Scripts, styles, SVG, forms, inputs, media players and frames carry no article text."""
    # the elements in the tree now (those inside one dropped below are still looked at)
    for el in [el for el in ctx.elements_by_tag(_NON_TEXT_TAGS) if ctx.attached(el)]:
        if el.getparent() is None:
            continue
        if el.tag in ("source", "track"):
            # void in HTML5, but libxml2 nests what follows inside them: keep the <img> of a <picture>
            el.drop_tag()
            continue
        src = el.get("src") if el.tag in ("iframe", "embed", "video", "audio") else None
        if src:
            ctx.dropped_links.append(dropped_link(src, "", "embed", -1))
        ctx.drop(el, kind="other", rule="non-text")
