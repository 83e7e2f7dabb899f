"""Rule ``publisher-selectors``: the publisher's own boilerplate containers (from the table)."""

from __future__ import annotations

from newsparse.html.context import Context
from newsparse.html.rules.base import tokens


def publisher_selectors(ctx: Context) -> None:
    """The publisher's own boilerplate containers, by class token or id (from the table)."""
    if ctx.publisher is None:
        return
    bp = ctx.publisher.boilerplate
    classes = dict(bp.drop_classes)
    ids = dict(bp.drop_ids)
    if not classes and not ids:
        return
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        kind = ids.get(el.get("id") or "")
        if kind is None:
            for token in tokens(el.get("class")):
                if token in classes:
                    kind = classes[token]
                    break
        if kind is not None:
            ctx.drop(el, kind=kind, rule="publisher-selectors")
