"""Walking a cleaned HTML tree into text blocks.

One pass over the tree: inline text accumulates until a block-level element opens or
closes, then it becomes a :class:`Block` with its kind (paragraph, heading, list item,
quote, caption, preformatted, table row), its text, and how much of that text is link
text. ``<br>`` is kept as a marker so that runs of ``<br>`` can split paragraphs.
Images met on the way are recorded with the index of the next block, so captions can
be matched to them.

The same pass measures every container (``div``, ``ul``, ``table``…) that holds two links
or more: how much text and link text it holds and which blocks, images and links it
produced (a :class:`Span`). Block rules such as ``link-dense`` decide on spans without
walking the tree again, so the whole extraction stays one pass over the elements.
"""

from __future__ import annotations

from typing import Any

import lxml.etree as etree
from attrs import define

from newsparse.html.text import _SPACE_RUN, BR, clean_inline, split_paragraphs

__all__ = ["BLOCK_TAGS", "SPAN_TAGS", "Block", "ImageRef", "LinkRef", "Span", "Walk", "walk"]

#: Elements that start a new block of text.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "hr",
        "address",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
        "body",
        "html",
    ]
)
#: Block containers the walker measures (text, link text, links) when they hold two links or more.
SPAN_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "aside",
        "nav",
        "header",
        "footer",
        "ul",
        "ol",
        "dl",
        "table",
        "center",
    ]
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_KIND_OF = {
    "li": "li",
    "dt": "li",
    "dd": "li",
    "blockquote": "quote",
    "pre": "pre",
    "figcaption": "caption",
    "caption": "caption",
    "tr": "row",
}


@define(slots=True)
class Block:
    """A run of text between block boundaries."""

    text: str
    kind: str = "p"
    #: 1-6 for headings, 0 otherwise
    level: int = 0
    link_chars: int = 0
    links: int = 0
    #: the block element the text belongs to
    element: Any = None
    #: position in the walk's output, stable while rules remove blocks
    index: int = -1

    @property
    def link_density(self) -> float:
        """Share of the text that is link text."""
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0


@define(slots=True)
class LinkRef:
    """An ``<a href>`` met in kept content, with the index of the block it belongs to."""

    href: str
    text: str
    block: int
    element: Any = None
    #: True when the link wraps an image and no text
    image: bool = False
    #: the kind a block rule gave the link when it removed its content (``related``, ``tag``)
    kind: str | None = None


@define(slots=True)
class ImageRef:
    """An ``<img>`` met in kept content; ``block`` is the index of the next block."""

    element: Any
    block: int
    #: the caption element matched to it, if the walker saw one
    caption: str | None = None
    #: set when a block rule removed the content the image belongs to (a related list's thumbnail)
    dropped: bool = False


@define(slots=True)
class Span:
    """A container element the walker measured: what it holds, as index ranges into the walk.

    ``chars`` and ``link_chars`` count non-blank text (``link_chars`` inside ``<a href>``);
    ``blocks``, ``images`` and ``link_refs`` are ``(start, end)`` index ranges of what the
    container produced. Spans come in the order their containers close: inner before outer.
    """

    element: Any
    tag: str
    chars: int
    link_chars: int
    links: int
    blocks: tuple[int, int]
    images: tuple[int, int]
    link_refs: tuple[int, int]

    @property
    def link_density(self) -> float:
        """Share of the container's text that is link text."""
        return self.link_chars / self.chars if self.chars else 0.0


@define(slots=True)
class Walk:
    """What one walk over the tree produced."""

    blocks: list[Block]
    images: list[ImageRef]
    links: list[LinkRef]
    spans: list[Span]
    #: non-blank characters of text in the whole tree
    chars: int


#: What the walker does with each block element: its kind (``None``: the text keeps the kind
#: of the block around it, ``div`` inside ``li``), heading level, and whether it is measured
#: as a :class:`Span`. ``"h2"`` -> ``("heading", 2, False)``, ``"ul"`` -> ``(None, 0, True)``.
_BLOCK_INFO: dict[str, tuple[str | None, int, bool]] = {
    tag: ("heading" if tag in _HEADINGS else _KIND_OF.get(tag), _HEADINGS.get(tag, 0), tag in SPAN_TAGS)
    for tag in BLOCK_TAGS
}


# What the walker does with an element that is not a block: its text is inline (span, strong,
# any tag not listed), or it is a link, a line break, an image, a table cell (" | " between
# cells), or not an element at all (a comment or PI, which survive only in trees parsed elsewhere:
# their text is not content, only their tail is).
_INLINE, _LINK, _BREAK, _IMAGE, _CELL, _NOT_ELEMENT = range(6)
# markup white space: what pretty-printed source puts between tags ("\n    ")
_MARKUP_SPACE = " \t\n\r"
_ACTION: dict[Any, int] = {
    "a": _LINK,
    "br": _BREAK,
    "img": _IMAGE,
    "td": _CELL,
    "th": _CELL,
    etree.Comment: _NOT_ELEMENT,
    etree.ProcessingInstruction: _NOT_ELEMENT,
    etree.Entity: _NOT_ELEMENT,
}


def walk(root: Any) -> Walk:
    """Walk ``root`` into blocks, the images and links met on the way, and measured containers.

    >>> from newsparse.html.tree import parse_fragment
    >>> w = walk(parse_fragment(
    ...     "<h2>標題</h2><p>第一段<a href='/x'>連結</a>。<br><br>第二段。</p>"
    ...     "<ul><li>甲</li><li>乙</li></ul>"))
    >>> [(b.kind, b.text) for b in w.blocks]
    [('heading', '標題'), ('p', '第一段連結。'), ('p', '第二段。'), ('li', '甲'), ('li', '乙')]
    >>> [(link.href, link.text, link.block) for link in w.links]
    [('/x', '連結', 1)]
    >>> w = walk(parse_fragment(
    ...     "<p>正文。</p><ul><li><a href='/1'>相關一</a></li><li><a href='/2'>相關二</a></li></ul>"))
    >>> [(s.tag, s.chars, s.link_chars, s.links, s.blocks) for s in w.spans]
    [('ul', 6, 6, 2, (1, 3))]
    """
    # The walk runs once per element of every document: its state lives in local variables
    # of this function (closure cells), which the nested functions read faster than the
    # attributes of a state object.
    blocks: list[Block] = []
    images: list[ImageRef] = []
    links: list[LinkRef] = []
    spans: list[Span] = []
    #: the inline text of the block being built (and BR markers)
    buffer: list[str] = []
    #: markup white space ("\n    ", between the tags of pretty-printed source) met while the buffer
    #: was empty: not buffered outside <pre>, as it would change no block's text (inline text loses
    #: it at its start), only whether the buffer is empty, which this remembers
    blank = False
    #: link characters and links in the buffer (the block being built)
    link_chars = link_count = 0
    #: running totals over the whole walk (non-blank characters)
    chars = all_link_chars = all_links = 0
    #: how many times the buffer was flushed (a link whose text was flushed on the way reads it again)
    flushes = 0

    def flush(ctx: tuple[str, int, Any]) -> None:
        """Turn the buffered inline text into blocks of the kind ``ctx`` gives (see ``visit``)."""
        nonlocal link_chars, link_count, flushes, blank
        flushes += 1
        blank = False
        if not buffer:
            link_chars = link_count = 0
            return
        raw = buffer[0] if len(buffer) == 1 else "".join(buffer)
        buffer.clear()
        block_link_chars, block_links = link_chars, link_count
        link_chars = link_count = 0
        kind, level, element = ctx
        if kind != "pre":
            # the usual block: plain text, perhaps between markup white space ("\n  正文。\n")
            text = raw.strip(_MARKUP_SPACE)
            if text.isprintable():  # (what clean_inline gives, without its call)
                if text:
                    if "  " in text:
                        text = _SPACE_RUN.sub(" ", text)
                    blocks.append(
                        Block(text, kind, level, block_link_chars, block_links, element, len(blocks))
                    )
                return
        if raw.isspace():  # source indentation between tags (BR markers count as space too)
            return
        emit(raw, kind, level, element, block_link_chars, block_links)

    def emit(raw: str, kind: str, level: int, element: Any, block_link_chars: int, block_links: int) -> None:
        """Add the blocks of ``raw``, inline text that is not only white space."""
        if kind == "pre":
            text = raw.replace(BR, "\n").strip("\n")
            if text.strip():
                blocks.append(Block(text, "pre", 0, block_link_chars, block_links, element, len(blocks)))
            return
        cleaned = clean_inline(raw)
        if BR not in cleaned:  # one paragraph, as split_paragraphs would give it
            text = cleaned.strip(" \u3000\t")
            if text:
                blocks.append(Block(text, kind, level, block_link_chars, block_links, element, len(blocks)))
            return
        if not cleaned.strip(BR + " \u3000"):
            return
        parts = split_paragraphs(cleaned)
        if len(parts) == 1:
            blocks.append(Block(parts[0], kind, level, block_link_chars, block_links, element, len(blocks)))
            return
        total = max(1, sum(len(p) for p in parts))
        for part in parts:
            # link text is spread evenly when a <br><br> run splits a block
            share = round(block_link_chars * len(part) / total)
            blocks.append(Block(part, kind, level, share, 0, element, len(blocks)))

    def visit(el: Any, ctx: tuple[str, int, Any]) -> None:
        """Walk ``el``'s own text and children (not its tail).

        ``ctx`` is (kind, level, element) of the innermost block element that gives text its kind.
        """
        nonlocal chars, link_chars, link_count, all_link_chars, all_links, flushes, blank
        keep_blank = ctx[0] == "pre"  # (where white space is text)
        text = el.text
        if text:
            if buffer or keep_blank or not (text.isspace() and text.isascii()):
                buffer.append(text)
                chars += len(text.strip())
            else:
                blank = True
        for child in el[:]:  # (a list of the children: faster to loop over than their iterator)
            tag = child.tag
            info = _BLOCK_INFO.get(tag)
            if info is not None:
                # a block element: its text becomes blocks of its own; containers are measured
                if buffer:
                    flush(ctx)
                else:  # (all flush() does with nothing buffered)
                    flushes += 1
                    blank = False
                    link_chars = link_count = 0
                kind, level, measured = info
                if not len(child):
                    # most paragraphs are only text: the same steps, without a nested walk (the
                    # empty container measures nothing); the buffer is empty: its text alone is what
                    # the flush at its end would see (the flush above already counted for links)
                    text = child.text
                    if text:
                        if kind is not None:
                            element = child
                        elif ctx[0] == "p":
                            kind, element = "p", child
                        else:  # (a <div> inside a <li>: its text is list item text)
                            kind, level, element = ctx
                        stripped = text.strip(_MARKUP_SPACE)
                        if kind != "pre" and stripped.isprintable():
                            # what flush() does with plain text ("<p>正文。</p>"), inline
                            # (stripped is then text.strip(): no other white space is printable)
                            if stripped:
                                chars += len(stripped)
                                if "  " in stripped:
                                    stripped = _SPACE_RUN.sub(" ", stripped)
                                blocks.append(Block(stripped, kind, level, 0, 0, element, len(blocks)))
                        else:
                            chars += len(text.strip())
                            if not text.isspace():
                                emit(text, kind, level, element, 0, 0)
                else:
                    if kind is not None:
                        inner = (kind, level, child)
                    elif ctx[0] == "p":
                        inner = ("p", 0, child)
                    else:  # (a <div> inside a <li>: its text is list item text)
                        inner = ctx
                    if measured:
                        start = (chars, all_link_chars, all_links, len(blocks), len(images), len(links))
                        visit(child, inner)
                        flush(inner)
                        if all_links - start[2] >= 2:
                            spans.append(
                                Span(
                                    child,
                                    tag,
                                    chars - start[0],
                                    all_link_chars - start[1],
                                    all_links - start[2],
                                    (start[3], len(blocks)),
                                    (start[4], len(images)),
                                    (start[5], len(links)),
                                )
                            )
                    else:
                        visit(child, inner)
                        flush(inner)
            else:
                action = _ACTION.get(tag, _INLINE)
                if action == _INLINE:
                    if len(child):
                        visit(child, ctx)
                    else:  # <strong>只有文字</strong>: its text, without a nested walk
                        text = child.text
                        if text:
                            buffer.append(text)
                            chars += len(text.strip())
                elif action == _LINK:
                    chars_before, buffer_at, flushes_before, block = chars, len(buffer), flushes, len(blocks)
                    if len(child):
                        visit(child, ctx)
                    else:  # <a href="/x">連結</a>: its text, without a nested walk
                        text = child.text
                        if text:
                            buffer.append(text)
                            chars += len(text.strip())
                    # count the link's text as link text and record the link
                    added = chars - chars_before
                    if added > 0:
                        link_chars += added
                        link_count += 1
                        all_link_chars += added
                        all_links += 1
                    href = child.get("href")
                    if href is not None:
                        link_text = ""
                        if added:
                            # when the link wraps blocks (a headline card), its text was flushed on the way
                            # (white space not buffered at its start changes nothing clean_inline gives)
                            raw = (
                                "".join(buffer[buffer_at:])
                                if flushes == flushes_before
                                else "".join(child.itertext())
                            )
                            link_text = clean_inline(raw).replace(BR, " ").strip()
                        image = not link_text and next(child.iter("img"), None) is not None
                        links.append(LinkRef(href, link_text, block, child, image))
                elif action == _BREAK:
                    buffer.append(BR)
                elif action == _IMAGE:
                    images.append(ImageRef(child, len(blocks) + (1 if buffer or blank else 0)))
                elif action == _CELL:
                    if (buffer or blank) and child.getprevious() is not None:
                        buffer.append(" | ")
                    visit(child, ctx)
            tail = child.tail
            if tail:
                if buffer or keep_blank:
                    buffer.append(tail)
                    chars += len(tail.strip())
                elif tail.isspace() and tail.isascii():  # "\n    " between two tags
                    blank = True
                else:
                    buffer.append(tail)
                    chars += len(tail.strip())

    top = ("p", 0, root)
    visit(root, top)
    flush(top)
    return Walk(blocks, images, links, spans, chars)
