"""Rule ``publisher-selectors``: the publisher's own boilerplate containers, from the publisher table.

A publisher's ``boilerplate`` entry in ``newsparse/data/publishers.json`` names class tokens
(``drop_classes``) and element ids (``drop_ids``), each with the kind its links get
(``related``, ``tag``, ``other``…). An element carrying one of them goes with everything
inside it.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> from newsparse.publishers import by_id
>>> ctx = Context(root=parse_fragment(
...     "<p>正文。</p><div class='paragraph moreArticle'><a href='/news/1.aspx'>相關新聞</a></div>"),
...     options=ParseOptions(), publisher=by_id("cna"))
>>> publisher_selectors(ctx)
>>> ctx.root.text_content(), [(link.text, link.kind) for link in ctx.dropped_links]
('正文。', [('相關新聞', 'related')])
"""

from __future__ import annotations

from newsparse.html.context import Context
from newsparse.publishers import Boilerplate

# a publisher's selectors as dictionaries, by the identity of its (immutable) boilerplate entry
_SELECTORS: dict[int, tuple[Boilerplate, dict[str, str], dict[str, str]]] = {}


def _selectors(bp: Boilerplate) -> tuple[dict[str, str], dict[str, str]]:
    cached = _SELECTORS.get(id(bp))
    if cached is None or cached[0] is not bp:
        if len(_SELECTORS) > 1024:
            _SELECTORS.clear()
        cached = _SELECTORS[id(bp)] = (bp, dict(bp.drop_classes), dict(bp.drop_ids))
    return cached[1], cached[2]


def _kind_of_class(value: str, classes: dict[str, str]) -> str | None:
    for token in value.split():
        kind = classes.get(token)
        if kind is not None:
            return kind
    return None


def publisher_selectors(ctx: Context) -> None:
    """The publisher's own boilerplate containers, by class token or id (from the table)."""
    if ctx.publisher is None:
        return
    classes, ids = _selectors(ctx.publisher.boilerplate)
    if not classes and not ids:
        return
    for el in ctx.elements_named(
        classes=lambda value: _kind_of_class(value, classes) is not None, ids=lambda value: value in ids
    ):
        if el is ctx.root or not ctx.attached(el):
            continue
        kind = ids.get(el.get("id") or "") or _kind_of_class(el.get("class") or "", classes) or "other"
        ctx.drop(el, kind=kind, rule="publisher-selectors")
