"""The working state that boilerplate rules read and change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import lxml.etree as etree
from attrs import define, field

from newsparse.document import Body, BodyLine
from newsparse.html.blocks import Block, ImageRef, LinkRef, Span
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher

__all__ = ["Context", "DroppedLink"]

# every class and id value in the tree, as plain strings (one C-level pass, no element objects)
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_ID_VALUES = etree.XPath("descendant-or-self::*/@id", smart_strings=False)


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
    _values: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    _named: list[tuple[Any, str | None, str | None]] | None = None

    def attribute_values(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The distinct ``class`` values and ``id`` values in the tree, in order (read once, shared by rules).

        Rules test these few strings instead of every element, then fetch the elements of
        the values that matched with :meth:`elements_named`.
        """
        if self._values is None:
            self._values = (
                tuple(dict.fromkeys(_CLASS_VALUES(self.root))),
                tuple(dict.fromkeys(_ID_VALUES(self.root))),
            )
        return self._values

    def elements_named(
        self, classes: Callable[[str], bool] | None = None, ids: Callable[[str], bool] | None = None
    ) -> list[Any]:
        """Elements whose whole ``class`` value passes ``classes`` or ``id`` value passes ``ids``.

        In document order; elements a rule removed since the first call may be listed, so
        check :meth:`attached` before acting on one.

        >>> from newsparse.html.tree import parse_fragment
        >>> from newsparse.options import ParseOptions
        >>> root = parse_fragment("<div class='ad box'>廣告</div><p id='x'>正文</p>")
        >>> ctx = Context(root=root, options=ParseOptions())
        >>> [el.tag for el in ctx.elements_named(classes=lambda v: "ad" in v.split())]
        ['div']
        """
        class_values, id_values = self.attribute_values()
        class_hits = {v for v in class_values if classes(v)} if classes is not None else set()
        id_hits = {v for v in id_values if ids(v)} if ids is not None else set()
        if not class_hits and not id_hits:
            return []
        named = self._named
        if named is None:
            named = self._named = []
            for el in self.root.iter():
                c = el.get("class")
                i = el.get("id")
                if c is not None or i is not None:
                    named.append((el, c, i))
        return [el for el, c, i in named if c in class_hits or i in id_hits]

    def attached(self, el: Any) -> bool:
        """True while ``el`` is still in the tree (no rule removed it or an ancestor)."""
        if el is self.root:
            return True
        root = self.root
        return any(ancestor is root for ancestor in el.iterancestors())

    def drop(self, el: Any, *, kind: str, rule: str) -> None:
        """Remove ``el`` (keeping its tail text) and record its links as ``kind``."""
        for a in el.iter("a"):
            href = a.get("href")
            if href is not None:
                text = " ".join(a.text_content().split())
                self.dropped_links.append(
                    DroppedLink(
                        href, text, kind, self.link_order.get(a, -1), next(a.iter("img"), None) is not None
                    )
                )
        text = " ".join(el.text_content().split())
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
