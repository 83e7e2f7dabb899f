"""The working state that boilerplate rules read and change."""

from __future__ import annotations

from typing import Any

from attrs import define, field

from newsparse.document import Body, BodyLine
from newsparse.html.blocks import Block, ImageRef, LinkRef
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher

__all__ = ["Context", "DroppedLink"]


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

    Rules remove elements with :meth:`drop`, which keeps the links inside them (with the
    rule's link kind) and the text after them; block rules edit :attr:`blocks` in place
    and may :meth:`set_aside` text that carries metadata.
    """

    root: Any
    options: ParseOptions
    title: str | None = None
    base_url: str | None = None
    publisher: Publisher | None = None
    body: Body = field(factory=Body)
    blocks: list[Block] = field(factory=list)
    images: list[ImageRef] = field(factory=list)
    links: list[LinkRef] = field(factory=list)
    dropped_links: list[DroppedLink] = field(factory=list)
    #: caption text found for an ``<img>`` element
    captions: dict[Any, str] = field(factory=dict)
    #: document order of every ``<a>`` element, so links come out in reading order
    link_order: dict[Any, int] = field(factory=dict)
    #: what each rule removed, for debugging and tests: (rule, kind, text) triples
    removed: list[tuple[str, str, str]] = field(factory=list)

    def drop(self, el: Any, *, kind: str, rule: str) -> None:
        """Remove ``el`` (keeping its tail text) and record its links as ``kind``."""
        for a in el.iter("a"):
            href = a.get("href")
            if href is not None:
                text = " ".join(a.text_content().split())
                self.dropped_links.append(
                    DroppedLink(href, text, kind, self.link_order.get(a, -1), a.find(".//img") is not None)
                )
        text = " ".join(el.text_content().split())
        if text:
            self.removed.append((rule, kind, text[:200]))
        parent = el.getparent()
        if parent is None:
            return
        el.drop_tree()

    def set_aside(self, rule: str, text: str) -> None:
        """Keep ``text`` for the field extractors (a date line, a trailer code...)."""
        self.body.set_aside.append(BodyLine(rule, text))

    def remove_block(self, index: int, *, rule: str, kind: str = "other") -> Block:
        """Remove one block and log it."""
        block = self.blocks.pop(index)
        self.removed.append((rule, kind, block.text[:200]))
        return block
