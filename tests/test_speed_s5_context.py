"""The shared pass of :class:`~newsparse.html.context.Context` gives what plain lxml reads give.

The pass reads each element's tag and attribute names once and sorts the elements by tag and
by attributes on the way; the ``class`` and ``id`` values are read only for the elements that
have them, and the ``hidden`` rule reads only the hiding attributes an element has. These tests
compare every index with the plain computation on the corpus and on edge cases.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from newsparse.html.context import Context
from newsparse.html.tree import parse_fragment
from newsparse.options import ParseOptions
from tests.conftest import CORPUS_FILES

hidden_module = importlib.import_module("newsparse.html.rules.hidden")

_EDGES = [
    "",
    "<p>正文</p>",
    "<div class='' id=''>空</div><p class='a b' id='x'>甲</p><p id='y'>乙</p><p class='c'>丙</p>",
    "<div hidden>一</div><div style='DISPLAY:none'>二</div><span aria-hidden='true'>三</span>"
    "<span aria-hidden='false' style='color:red'>四</span><p data-x='' title='t'>五</p>",
    "<nav><a href='/1'>甲</a></nav><script>x()</script><footer><a>乙</a></footer><time>2024</time>",
    "<svg><use href='#a'></use></svg><picture><source srcset='a.jpg'><img src='a.jpg'></picture>",
]


def _documents() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in CORPUS_FILES] + _EDGES


def _plain_hides(el: Any) -> bool:
    """The ``hidden`` rule's test as it was: three ``get`` calls."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return (style is not None and hidden_module.hiding_style(style)) or el.get("aria-hidden") == "true"


@pytest.mark.parametrize("html", _documents())
def test_indexes_match_plain_reads(html: str) -> None:
    root = parse_fragment(html)
    ctx = Context(root=root, options=ParseOptions())
    everything = list(root.iter())
    assert [el for el, _, _ in ctx._elements()] == everything
    for tags in ({"a"}, {"img"}, {"p", "a"}, {"nav", "footer"}, {"script", "svg", "source"}, {"x"}):
        assert ctx.elements_by_tag(tags) == [el for el in everything if el.tag in tags]
    assert ctx.elements_with_attributes() == [(el, el.keys()) for el in everything if el.keys()]
    hiding = frozenset(["style", "hidden", "aria-hidden"])
    assert ctx.elements_with_attribute(hiding) == [
        el for el in everything if any(el.get(name) is not None for name in hiding)
    ]
    assert ctx._named_elements() == [
        (el, el.get("class"), el.get("id"))
        for el in everything
        if el.get("class") is not None or el.get("id") is not None
    ]
    for el, names in ctx.elements_with_attributes():
        assert hidden_module._hides(el, names) == _plain_hides(el)


def test_tree_changed_reads_the_tree_again() -> None:
    root = parse_fragment("<p class='a'>甲</p>")
    ctx = Context(root=root, options=ParseOptions())
    assert len(ctx.elements_by_tag({"p"})) == 1
    assert len(ctx.elements_named(classes=lambda v: v == "a")) == 1
    new = root.makeelement("p", {"class": "a", "id": "b"})
    root.append(new)
    ctx.tree_changed()
    assert ctx.elements_by_tag({"p"})[-1] is new
    assert ctx.elements_with_attributes()[-1] == (new, ["class", "id"])
    assert ctx.elements_named(classes=lambda v: v == "a")[-1] is new


@pytest.mark.parametrize("html", _documents())
def test_values_and_named_triples_match_plain_reads(html: str) -> None:
    root = parse_fragment(html)
    ctx = Context(root=root, options=ParseOptions())
    everything = list(root.iter())
    classes = [v for el in everything if (v := el.get("class")) is not None]
    ids = [v for el in everything if (v := el.get("id")) is not None]
    assert ctx.attribute_values() == (tuple(dict.fromkeys(classes)), tuple(dict.fromkeys(ids)))
    # some tests pass, some fail: the triples carry the values get() reads, in document order
    tests = [(lambda v: "a" in v, None), (None, lambda v: len(v) % 2 == 0), (lambda v: True, lambda v: True)]
    for by_class, by_id in tests:
        triples = ctx.named_elements(classes=by_class, ids=by_id)
        assert [el for el, _, _ in triples] == ctx.elements_named(classes=by_class, ids=by_id)
        assert triples == [(el, el.get("class"), el.get("id")) for el, _, _ in triples]
        expected = [
            el
            for el in everything
            if (by_class is not None and el.get("class") is not None and by_class(el.get("class")))
            or (by_id is not None and el.get("id") is not None and by_id(el.get("id")))
        ]
        assert [el for el, _, _ in triples] == expected


def test_values_read_from_a_list_made_before_them() -> None:
    root = parse_fragment("<p class='a' id='b'>甲</p><p class='a'>乙</p>")
    ctx = Context(root=root, options=ParseOptions())
    ctx._named_elements()
    ctx._values = None
    assert ctx.attribute_values() == (("a",), ("b",))
