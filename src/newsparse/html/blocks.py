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

from attrs import define, field

from newsparse.html.text import BR, clean_inline, split_paragraphs

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


@define
class _State:
    blocks: list[Block] = field(factory=list)
    images: list[ImageRef] = field(factory=list)
    links: list[LinkRef] = field(factory=list)
    spans: list[Span] = field(factory=list)
    buffer: list[str] = field(factory=list)
    #: link characters and links in the buffer (the block being built)
    link_chars: int = 0
    link_count: int = 0
    #: running totals over the whole walk (non-blank characters)
    chars: int = 0
    all_link_chars: int = 0
    all_links: int = 0
    flushes: int = 0
    kinds: list[tuple[str, int, Any]] = field(factory=list)


def _flush(state: _State) -> None:
    """Turn the buffered inline text into blocks of the innermost block element's kind."""
    state.flushes += 1
    if not state.buffer:
        state.link_chars = state.link_count = 0
        return
    raw = "".join(state.buffer)
    state.buffer.clear()
    link_chars, link_count = state.link_chars, state.link_count
    state.link_chars = state.link_count = 0
    if raw.isspace():  # source indentation between tags (BR markers count as space too)
        return
    kind, level, element = state.kinds[-1]
    blocks = state.blocks
    if kind == "pre":
        text = raw.replace(BR, "\n").strip("\n")
        if text.strip():
            blocks.append(Block(text, "pre", 0, link_chars, link_count, element, len(blocks)))
        return
    cleaned = clean_inline(raw)
    if BR not in cleaned:  # the usual block: one paragraph, as split_paragraphs would give it
        text = cleaned.strip(" \u3000\t")
        if text:
            blocks.append(Block(text, kind, level, link_chars, link_count, element, len(blocks)))
        return
    if not cleaned.strip(BR + " \u3000"):
        return
    parts = split_paragraphs(cleaned)
    if len(parts) == 1:
        blocks.append(Block(parts[0], kind, level, link_chars, link_count, element, len(blocks)))
        return
    total = max(1, sum(len(p) for p in parts))
    for part in parts:
        # link text is spread evenly when a <br><br> run splits a block
        blocks.append(
            Block(part, kind, level, round(link_chars * len(part) / total), 0, element, len(blocks))
        )


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
    state = _State()
    state.kinds.append(("p", 0, root))
    buffer = state.buffer
    kinds = state.kinds
    blocks = state.blocks
    images = state.images

    def visit(el: Any) -> None:
        """Walk ``el``'s own text and children (not its tail)."""
        text = el.text
        if text:
            buffer.append(text)
            state.chars += len(text.strip())
        for child in el:
            tag = child.tag
            if tag in BLOCK_TAGS:
                block(child, tag)
            elif tag == "a":
                at = (state.chars, len(buffer), state.flushes, len(blocks))
                visit(child)
                _end_link(child, state, *at)
            elif tag == "br":
                buffer.append(BR)
            elif tag == "img":
                images.append(ImageRef(child, len(blocks) + (1 if buffer else 0)))
            elif isinstance(tag, str):  # comments and PIs survive only when parsed elsewhere
                if (tag == "td" or tag == "th") and buffer and child.getprevious() is not None:
                    buffer.append(" | ")
                visit(child)
            tail = child.tail
            if tail:
                buffer.append(tail)
                state.chars += len(tail.strip())

    def block(el: Any, tag: str) -> None:
        """A block element: its text becomes blocks of its own; containers are measured."""
        _flush(state)
        level = _HEADINGS.get(tag, 0)
        kind = "heading" if level else _KIND_OF.get(tag)
        pushed = kind is not None
        if pushed:
            kinds.append((kind or "p", level, el))
        elif kinds[-1][0] == "p":
            kinds.append(("p", 0, el))
            pushed = True
        if tag in SPAN_TAGS:
            start = (
                state.chars,
                state.all_link_chars,
                state.all_links,
                len(blocks),
                len(images),
                len(state.links),
            )
            visit(el)
            _flush(state)
            if state.all_links - start[2] >= 2:
                state.spans.append(
                    Span(
                        el,
                        tag,
                        state.chars - start[0],
                        state.all_link_chars - start[1],
                        state.all_links - start[2],
                        (start[3], len(blocks)),
                        (start[4], len(images)),
                        (start[5], len(state.links)),
                    )
                )
        else:
            visit(el)
            _flush(state)
        if pushed:
            kinds.pop()

    visit(root)
    _flush(state)
    return Walk(blocks, images, state.links, state.spans, state.chars)


def _end_link(el: Any, state: _State, chars_before: int, buffer_at: int, flushes: int, block: int) -> None:
    """Count a closed ``<a>``'s text as link text and record the link."""
    added = state.chars - chars_before
    if added > 0:
        state.link_chars += added
        state.link_count += 1
        state.all_link_chars += added
        state.all_links += 1
    href = el.get("href")
    if href is None:
        return
    # when the link wraps blocks (a headline card), its text was flushed on the way
    raw = "".join(state.buffer[buffer_at:]) if flushes == state.flushes else "".join(el.itertext())
    text = clean_inline(raw).replace(BR, " ").strip() if added else ""
    state.links.append(LinkRef(href, text, block, el, not text and next(el.iter("img"), None) is not None))
