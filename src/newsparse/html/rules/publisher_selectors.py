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

# a publisher's selectors as dictionaries, by the identity of its (immutable) boilerplate entry,
# with the kind each class value seen so far gets (None: no selector) -- pages of one publisher
# repeat the same class values, so each is read once
_SELECTORS: dict[int, tuple[Boilerplate, dict[str, str], dict[str, str], dict[str, str | None]]] = {}
#: class values remembered per publisher before the memory is cleared (bounds memory on odd inputs)
_MAX_REMEMBERED = 20_000


def _selectors(bp: Boilerplate) -> tuple[dict[str, str], dict[str, str], dict[str, str | None]]:
    cached = _SELECTORS.get(id(bp))
    if cached is None or cached[0] is not bp:
        if len(_SELECTORS) > 1024:
            _SELECTORS.clear()
        cached = _SELECTORS[id(bp)] = (bp, dict(bp.drop_classes), dict(bp.drop_ids), {})
    return cached[1], cached[2], cached[3]


def _kind_of_class(value: str, classes: dict[str, str]) -> str | None:
    for token in value.split():
        kind = classes.get(token)
        if kind is not None:
            return kind
    return None


class _ClassKinds:
    """The kind a class value gets from its first selector token, remembered per value."""

    __slots__ = ("classes", "kinds")

    def __init__(self, classes: dict[str, str], kinds: dict[str, str | None]) -> None:
        self.classes = classes
        self.kinds = kinds

    def __call__(self, value: str) -> bool:
        return self.kind(value) is not None

    def kind(self, value: str) -> str | None:
        kinds = self.kinds
        if value in kinds:
            return kinds[value]
        if len(kinds) >= _MAX_REMEMBERED:
            kinds.clear()
        kind = kinds[value] = _kind_of_class(value, self.classes)
        return kind

    def matching(self, values: tuple[str, ...]) -> set[str]:
        """The values with a selector token (see :meth:`Context.elements_named`)."""
        kinds = self.kinds
        return {v for v in values if (kinds[v] if v in kinds else self.kind(v)) is not None}


def publisher_selectors(ctx: Context) -> None:
    """The publisher's own boilerplate containers, by class token or id (from the table)."""
    if ctx.publisher is None:
        return
    classes, ids, kinds = _selectors(ctx.publisher.boilerplate)
    if not classes and not ids:
        return
    class_kinds = _ClassKinds(classes, kinds)
    # (with the class and id values the shared pass read: no ``get`` again to find the kind)
    for el, class_value, id_value in ctx.named_elements(classes=class_kinds, ids=ids.__contains__):
        if el is ctx.root or not ctx.attached(el):
            continue
        kind = ids.get(id_value or "") or class_kinds.kind(class_value or "") or "other"
        ctx.drop(el, kind=kind, rule="publisher-selectors")
