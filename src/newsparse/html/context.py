"""The working state that boilerplate rules read and change."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from itertools import chain
from typing import Any

import lxml.etree as etree
from attrs import define, field

from newsparse.document import Body, BodyLine
from newsparse.fields.images import is_decorative
from newsparse.html.blocks import Block, ImageRef, LinkRef, Span
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher

__all__ = ["Context", "DroppedLink", "text_of"]


def text_of(el: Any) -> str:
    """All the text inside ``el``, without its tail: ``el.text_content()`` at about half the cost.

    (``text_content()`` evaluates an XPath; serializing as text is one plain C call.)

    >>> import lxml.html
    >>> text_of(lxml.html.fromstring("<div>甲<b>乙</b>丙</div>"))
    '甲乙丙'
    """
    text: str = etree.tostring(el, method="text", encoding=str, with_tail=False)
    return text


def _passing(test: Callable[[str], bool], values: tuple[str, ...]) -> set[str]:
    """The ``values`` that pass ``test``; a test that offers ``matching(values)`` answers all at once."""
    matching = getattr(test, "matching", None)
    if matching is not None:
        hits: set[str] = matching(values)
        return hits
    return {v for v in values if test(v)}


@define(slots=True)
class DroppedLink:
    """A link inside content a rule removed, with the kind the rule gave it."""

    href: str
    text: str
    kind: str
    order: int
    image: bool = False


@define
class Context:
    """Everything a rule may look at: the tree (tree rules) or the blocks (block rules).

    Tree rules find elements by class or id with :meth:`elements_named` and remove them
    with :meth:`drop`, which keeps the links inside them (with the rule's link kind) and the
    text after them. Block rules edit :attr:`blocks` (:meth:`remove_block`,
    :meth:`remove_blocks`, :meth:`remove_span`) and may :meth:`set_aside` text that carries
    metadata.
    """

    root: Any
    options: ParseOptions
    title: str | None = None
    base_url: str | None = None
    publisher: Publisher | None = None
    #: the HTML source, for rules that first check cheaply whether they have anything to do
    html: str = ""
    body: Body = field(factory=Body)
    blocks: list[Block] = field(factory=list)
    images: list[ImageRef] = field(factory=list)
    links: list[LinkRef] = field(factory=list)
    #: containers with two links or more, as the walker measured them (block rules)
    spans: list[Span] = field(factory=list)
    #: non-blank characters of text the walker saw in the whole tree
    chars: int = 0
    dropped_links: list[DroppedLink] = field(factory=list)
    #: caption text found for an ``<img>`` element
    captions: dict[Any, str] = field(factory=dict)
    #: document order of every ``<a>`` element, so links come out in reading order
    link_order: dict[Any, int] = field(factory=dict)
    #: what each rule removed, for debugging and tests: (rule, kind, text) triples
    removed: list[tuple[str, str, str]] = field(factory=list)
    #: the pass over the tree the tree rules share (see :meth:`elements_by_tag`)
    _tree: list[tuple[Any, Any, list[str]]] | None = None
    #: ``(element, class, id)`` of the elements with a class or an id, in document order
    _named: list[tuple[Any, str | None, str | None]] | None = None
    _values: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    #: the elements of :attr:`_tree` by tag (see :meth:`elements_by_tag`)
    _by_tag: dict[Any, list[Any]] | None = None
    #: ``(element, attribute names)`` of the elements of :attr:`_tree` that have attributes
    _attributed: list[tuple[Any, list[str]]] | None = None
    #: the distinct names in :attr:`_attributed` (see :meth:`attribute_names`)
    _names: set[str] | None = None
    _decorative: dict[Any, bool] = field(factory=dict)

    def _elements(self) -> list[tuple[Any, Any, list[str]]]:
        """Every element with its tag and attribute names, from one pass over the tree made on first use.

        Tree rules look elements up here instead of each walking the tree (an lxml walk from
        Python costs about as much per element as the lookups themselves); the list is the
        tree as it was then: elements removed since are still listed, so a rule checks
        :meth:`attached` before acting on one, and a rule that adds or moves elements calls
        :meth:`tree_changed` so that the rules after it see them.
        """
        tree = self._tree
        if tree is None:
            tree = self._read_tree()
        return tree

    def _read_tree(self) -> list[tuple[Any, Any, list[str]]]:
        """Read the tree once for every index the rules look elements up in.

        Each read of an lxml element (its ``tag``, ``keys()``, a ``get()``) creates Python
        objects and costs about a thousand instructions, more than the lookups made with it:
        so the one pass reads each element's tag and attribute names only, and sorts the
        elements by tag and by attributes on the way instead of in a pass of its own for each.
        """
        tree: list[tuple[Any, Any, list[str]]] = []
        by_tag: dict[Any, list[Any]] = {}
        attributed: list[tuple[Any, list[str]]] = []
        for el in self.root.iter():
            tag = el.tag
            names = el.keys()
            tree.append((el, tag, names))
            same = by_tag.get(tag)
            if same is None:
                by_tag[tag] = [el]
            else:
                same.append(el)
            if names:
                attributed.append((el, names))
        self._tree, self._by_tag, self._attributed = tree, by_tag, attributed
        return tree

    def tree_changed(self) -> None:
        """Forget what was read from the tree: a rule that added or moved elements calls this."""
        self._tree = self._named = self._values = self._by_tag = self._attributed = self._names = None

    def elements_by_tag(self, tags: Collection[str]) -> list[Any]:
        """Elements whose tag is one of ``tags`` (a set), in document order.

        Elements a rule removed since the tree was first read may be listed: check
        :meth:`attached` before acting on one.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<p>正文<script>x()</script></p><nav>選單</nav>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [el.tag for el in ctx.elements_by_tag({"script", "nav"})]
        ['script', 'nav']
        """
        by_tag = self._by_tag
        if by_tag is None:
            self._read_tree()
            by_tag = self._by_tag
            assert by_tag is not None
        if len(tags) == 1:  # (the usual question: "a", "img", "time"; no set is built for it)
            for tag in tags:
                same = by_tag.get(tag)
                return [] if same is None else list(same)
        present = by_tag.keys() & tags
        if not present:
            return []
        if len(present) == 1:
            return list(by_tag[present.pop()])
        # several tags: in document order, as the shared pass met them
        return [el for el, tag, _ in self._elements() if tag in tags]

    def elements_with_attributes(self) -> list[tuple[Any, list[str]]]:
        """``(element, attribute names)`` of every element that has attributes, in document order.

        Elements a rule removed since the tree was first read may be listed: check
        :meth:`attached` before acting on one.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<p>正文</p><div hidden style='x'>隱藏</div>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [(el.tag, names) for el, names in ctx.elements_with_attributes()]
        [('div', ['hidden', 'style'])]
        """
        attributed = self._attributed
        if attributed is None:
            self._read_tree()
            attributed = self._attributed
            assert attributed is not None
        return list(attributed)

    def attribute_names(self) -> set[str]:
        """The distinct attribute names in the tree, as first read (see :meth:`elements_with_attributes`).

        A rule looking for elements with some attribute first asks whether the page has it at
        all: one set built in C instead of a test per element and name.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<p class='a'>正文</p><div hidden style='x' class='b'>隱藏</div>")
        >>> sorted(Context(root=root, options=ParseOptions()).attribute_names())
        ['class', 'hidden', 'style']
        """
        names = self._names
        if names is None:
            names = self._names = set(
                chain.from_iterable(names for _, names in self.elements_with_attributes())
            )
        return names

    def elements_with_attribute(self, names: frozenset[str]) -> list[Any]:
        """Elements that have at least one of the attributes ``names``, in document order.

        Elements a rule removed since the tree was first read may be listed: check
        :meth:`attached` before acting on one.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<p style='x'>正文</p><p hidden>隱藏</p>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [el.text for el in ctx.elements_with_attribute(frozenset(["hidden", "aria-hidden"]))]
        ['隱藏']
        """
        return [el for el, keys in self.elements_with_attributes() if not names.isdisjoint(keys)]

    def _named_elements(self) -> list[tuple[Any, str | None, str | None]]:
        named = self._named
        if named is None:
            # read when a rule first asks, as the values are then; one loop gets only the
            # attributes an element has (``<p class="x">`` costs one lxml call, not two) and
            # gathers the distinct values of :meth:`attribute_values` on the way
            named = self._named = []
            classes: dict[str, None] = {}
            ids: dict[str, None] = {}
            for el, names in self.elements_with_attributes():
                if "class" in names:
                    value = el.get("class")
                    classes[value] = None
                    if "id" in names:
                        ident = el.get("id")
                        ids[ident] = None
                        named.append((el, value, ident))
                    else:
                        named.append((el, value, None))
                elif "id" in names:
                    ident = el.get("id")
                    ids[ident] = None
                    named.append((el, None, ident))
            self._values = (tuple(classes), tuple(ids))
        return named

    def attribute_values(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The distinct ``class`` values and ``id`` values in the tree, in order (read once, shared by rules).

        Rules test these few strings instead of every element, then fetch the elements of
        the values that matched with :meth:`elements_named`.
        """
        values = self._values
        if values is None:
            named = self._named_elements()
            values = self._values
            if values is None:  # (the list was there before the values: read them from it)
                values = self._values = (
                    tuple(dict.fromkeys(c for _, c, _ in named if c is not None)),
                    tuple(dict.fromkeys(i for _, _, i in named if i is not None)),
                )
        return values

    def elements_named(
        self, classes: Callable[[str], bool] | None = None, ids: Callable[[str], bool] | None = None
    ) -> list[Any]:
        """Elements whose whole ``class`` value passes ``classes`` or ``id`` value passes ``ids``.

        In document order; elements a rule removed since the tree was first read may be
        listed, so check :meth:`attached` before acting on one.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<div class='ad box'>廣告</div><p id='x'>正文</p>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [el.tag for el in ctx.elements_named(classes=lambda v: "ad" in v.split())]
        ['div']
        """
        return [el for el, _, _ in self.named_elements(classes, ids)]

    def named_elements(
        self, classes: Callable[[str], bool] | None = None, ids: Callable[[str], bool] | None = None
    ) -> list[tuple[Any, str | None, str | None]]:
        """:meth:`elements_named` with the ``class`` and ``id`` value of each: ``(element, class, id)``.

        The values are those the tree had when they were first read: a rule that needs them
        to decide (which selector matched) reads them here instead of with ``get`` again.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<div class='ad box'>廣告</div><p id='x'>正文</p>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [(el.tag, c, i) for el, c, i in ctx.named_elements(ids=lambda v: v == "x")]
        [('p', None, 'x')]
        """
        class_values, id_values = self.attribute_values()
        class_hits = _passing(classes, class_values) if classes is not None and class_values else None
        id_hits = _passing(ids, id_values) if ids is not None and id_values else None
        if not id_hits:
            if not class_hits:
                return []
            return [entry for entry in self._named_elements() if entry[1] in class_hits]
        if not class_hits:
            return [entry for entry in self._named_elements() if entry[2] in id_hits]
        return [entry for entry in self._named_elements() if entry[1] in class_hits or entry[2] in id_hits]

    def is_decorative(self, el: Any) -> bool:
        """:func:`~newsparse.fields.images.is_decorative` for an ``<img>``, answered once per document.

        Captions and the image list both ask about every image; the answer depends only
        on the element's attributes, which rules do not change.
        """
        answer = self._decorative.get(el)
        if answer is None:
            answer = self._decorative[el] = is_decorative(el)
        return answer

    def attached(self, el: Any) -> bool:
        """True while ``el`` is still in the tree (no rule removed it or an ancestor)."""
        root = self.root
        node = el
        while node is not None:  # (a getparent() loop: several times cheaper than iterancestors())
            if node is root:
                return True
            node = node.getparent()
        return False

    def drop(self, el: Any, *, kind: str, rule: str, text: str | None = None) -> None:
        """Remove ``el`` (keeping its tail text) and record its links as ``kind``.

        ``text`` is the element's text with white space collapsed, when the rule has it
        already (it is logged in :attr:`removed`).
        """
        # (an element without children holds a link only if it is one: no iter() for it)
        for a in el.iter("a") if len(el) or el.tag == "a" else ():
            href = a.get("href")
            if href is not None:
                # a link without child elements is its own text and holds no image
                plain = not len(a)
                self.dropped_links.append(
                    DroppedLink(
                        href,
                        " ".join((a.text or "").split() if plain else text_of(a).split()),
                        kind,
                        self.link_order.get(a, -1),
                        not plain and next(a.iter("img"), None) is not None,
                    )
                )
        if text is None:
            text = " ".join(text_of(el).split())
        if text:
            self.removed.append((rule, kind, text[:200]))
        if el.getparent() is not None:
            el.drop_tree()

    def set_aside(self, rule: str, text: str) -> None:
        """Keep ``text`` for the field extractors (a date line, a trailer code...)."""
        self.body.set_aside.append(BodyLine(rule, text))

    def remove_block(self, index: int, *, rule: str, kind: str = "other") -> Block:
        """Remove one block (by position in :attr:`blocks`) and log it."""
        block = self.blocks.pop(index)
        self.removed.append((rule, kind, block.text[:200]))
        return block

    def remove_blocks(self, positions: Iterable[int], *, rule: str, kind: str = "other") -> None:
        """Remove several blocks (by position in :attr:`blocks`) in one pass; their links get ``kind``.

        >>> from newsparse.options import ParseOptions
        >>> ctx = Context(root=None, options=ParseOptions())
        >>> ctx.blocks = [Block("甲", index=0), Block("乙", index=1), Block("丙", index=2)]
        >>> ctx.remove_blocks([0, 2], rule="example", kind="related")
        >>> [b.text for b in ctx.blocks]
        ['乙']
        """
        drop = set(positions)
        if not drop:
            return
        kept = []
        removed: set[int] = set()
        for position, block in enumerate(self.blocks):
            if position in drop:
                self.removed.append((rule, kind, block.text[:200]))
                removed.add(block.index)
            else:
                kept.append(block)
        self.blocks[:] = kept
        for ref in self.links:
            if ref.kind is None and ref.block in removed:
                ref.kind = kind

    def remove_spans(self, spans: Iterable[tuple[Span, str]], *, rule: str) -> None:
        """Remove what measured containers produced: blocks, images and links (links get each one's kind)."""
        ranges = sorted(spans, key=lambda pair: pair[0].blocks[0])
        if not ranges:
            return
        kept = []
        at = 0
        for block in self.blocks:  # blocks and ranges are both in document order
            while at < len(ranges) and ranges[at][0].blocks[1] <= block.index:
                at += 1
            if at < len(ranges) and ranges[at][0].blocks[0] <= block.index:
                self.removed.append((rule, ranges[at][1], block.text[:200]))
            else:
                kept.append(block)
        self.blocks[:] = kept
        for span, kind in ranges:
            for ref in self.links[span.link_refs[0] : span.link_refs[1]]:
                if ref.kind is None:
                    ref.kind = kind
            for image in self.images[span.images[0] : span.images[1]]:
                image.dropped = True

    def remove_span(self, span: Span, *, kind: str, rule: str) -> None:
        """Remove what one measured container produced: its blocks, images and links (as ``kind``)."""
        self.remove_spans([(span, kind)], rule=rule)
