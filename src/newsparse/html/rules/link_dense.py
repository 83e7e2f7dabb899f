"""Rule ``link-dense``: containers that are mostly links (related lists, tag rows, carousels)."""

from __future__ import annotations

from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.boilerplate_classes import link_kind

_CONTAINERS = frozenset(
    ["div", "section", "aside", "nav", "ul", "ol", "dl", "table", "p", "span", "header", "footer", "td"]
)


def link_dense(ctx: Context) -> None:
    """Containers that are mostly links (related lists, tag rows, carousels)."""
    stats: dict[Any, tuple[int, int, int]] = {}

    def measure(el: Any) -> tuple[int, int, int]:
        text = len((el.text or "").strip())
        links = 0
        count = 0
        for child in el:
            if isinstance(child.tag, str):
                t, lk, c = measure(child)
                text += t
                links += lk
                count += c
            text += len((child.tail or "").strip())
        if el.tag == "a" and el.get("href") is not None:
            links = text
            count += 1
        stats[el] = (text, links, count)
        return text, links, count

    total, _, _ = measure(ctx.root)
    if total == 0:
        return
    to_drop: list[Any] = []
    stack = list(reversed(list(ctx.root)))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        text, links, count = stats.get(el, (0, 0, 0))
        if (
            el.tag in _CONTAINERS
            and count >= 2
            and text > 0
            and links / text >= (0.6 if el.tag in ("ul", "ol", "nav", "dl") else 0.75)
            and text < total * 0.5
        ):
            to_drop.append(el)
            continue
        stack.extend(reversed(list(el)))
    for el in to_drop:
        ctx.drop(el, kind=link_kind(el), rule="link-dense")
