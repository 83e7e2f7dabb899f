"""Walking a cleaned HTML tree into text blocks.

One pass over the tree: inline text accumulates until a block-level element opens or
closes, then it becomes a :class:`Block` with its kind (paragraph, heading, list item,
quote, caption, preformatted, table row), its text, and how much of that text is link
text. ``<br>`` is kept as a marker so that runs of ``<br>`` can split paragraphs.
Images met on the way are recorded with the index of the next block, so captions can
be matched to them.
"""

from __future__ import annotations

from typing import Any

from attrs import define, field

from newsparse.html.text import BR, clean_inline, split_paragraphs

__all__ = ["BLOCK_TAGS", "Block", "ImageRef", "LinkRef", "walk"]

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
        return self.link_chars / len(self.text) if self.text else 0.0


@define(slots=True)
class LinkRef:
    """An ``<a href>`` met in kept content, with the index of the block it belongs to."""

    href: str
    text: str
    block: int
    element: Any = None
    #: True when the link wraps an image and no text
    image: bool = False


@define(slots=True)
class ImageRef:
    """An ``<img>`` met in kept content; ``block`` is the index of the next block."""

    element: Any
    block: int
    #: the caption element matched to it, if the walker saw one
    caption: str | None = None


@define
class _State:
    blocks: list[Block] = field(factory=list)
    images: list[ImageRef] = field(factory=list)
    links: list[LinkRef] = field(factory=list)
    buffer: list[str] = field(factory=list)
    link_chars: int = 0
    link_count: int = 0
    kinds: list[tuple[str, int, Any]] = field(factory=list)
    in_link: int = 0
    pre: int = 0


def _flush(state: _State) -> None:
    if not state.buffer:
        state.link_chars = state.link_count = 0
        return
    raw = "".join(state.buffer)
    state.buffer.clear()
    kind, level, element = state.kinds[-1] if state.kinds else ("p", 0, None)
    link_chars, link_count = state.link_chars, state.link_count
    state.link_chars = state.link_count = 0
    if kind == "pre":
        text = raw.replace(BR, "\n").strip("\n")
        if text.strip():
            state.blocks.append(Block(text, "pre", 0, link_chars, link_count, element, len(state.blocks)))
        return
    cleaned = clean_inline(raw)
    if not cleaned.strip(BR + " \u3000"):
        return
    parts = split_paragraphs(cleaned)
    for part in parts:
        # link text is spread evenly when a <br><br> run splits a block
        share = len(part) / max(1, sum(len(p) for p in parts))
        state.blocks.append(
            Block(
                part,
                kind,
                level,
                round(link_chars * share),
                link_count if len(parts) == 1 else 0,
                element,
                len(state.blocks),
            )
        )


def _walk(el: Any, state: _State) -> None:
    tag = el.tag
    if not isinstance(tag, str):  # comments and PIs survive only when parsed elsewhere
        if el.tail:
            state.buffer.append(el.tail)
        return
    if tag == "br":
        state.buffer.append(BR)
    elif tag == "img":
        state.images.append(ImageRef(el, len(state.blocks) + (1 if state.buffer else 0)))
    elif tag in ("td", "th"):
        if state.buffer and el.getprevious() is not None:
            state.buffer.append(" | ")
        _inline(el, state)
    elif tag in BLOCK_TAGS:
        _flush(state)
        level = _HEADINGS.get(tag, 0)
        kind = "heading" if level else _KIND_OF.get(tag)
        pushed = kind is not None
        if pushed:
            state.kinds.append((kind or "p", level, el))
        elif not state.kinds or state.kinds[-1][0] in ("p",):
            state.kinds.append(("p", 0, el))
            pushed = True
        if tag == "pre":
            state.pre += 1
        _inline(el, state)
        _flush(state)
        if tag == "pre":
            state.pre -= 1
        if pushed:
            state.kinds.pop()
    else:
        if tag == "a":
            before = sum(len(s) for s in state.buffer)
            state.in_link += 1
            _inline(el, state)
            state.in_link -= 1
            added = sum(len(s) for s in state.buffer) - before
            if added > 0 and before >= 0:
                state.link_chars += added
                state.link_count += 1
            href = el.get("href")
            if href is not None:
                text = "".join(state.buffer)[before:] if added > 0 else ""
                state.links.append(
                    LinkRef(
                        href,
                        clean_inline(text).replace(BR, " "),
                        len(state.blocks),
                        el,
                        el.find(".//img") is not None and not text.strip(),
                    )
                )
        else:
            _inline(el, state)
    if el.tail:
        state.buffer.append(el.tail)


def _inline(el: Any, state: _State) -> None:
    if el.text:
        state.buffer.append(el.text)
    for child in el:
        _walk(child, state)


def walk(root: Any) -> tuple[list[Block], list[ImageRef], list[LinkRef]]:
    """Walk ``root`` into blocks, the images and the links met on the way, in order.

    >>> from newsparse.html.tree import parse_fragment
    >>> blocks, images, links = walk(parse_fragment(
    ...     "<h2>標題</h2><p>第一段<a href='/x'>連結</a>。<br><br>第二段。</p><ul><li>甲</li><li>乙</li></ul>"))
    >>> [(b.kind, b.text) for b in blocks]
    [('heading', '標題'), ('p', '第一段連結。'), ('p', '第二段。'), ('li', '甲'), ('li', '乙')]
    >>> [(link.href, link.text, link.block) for link in links]
    [('/x', '連結', 1)]
    """
    state = _State()
    state.kinds.append(("p", 0, root))
    if root.text:
        state.buffer.append(root.text)
    for child in root:
        _walk(child, state)
    _flush(state)
    return state.blocks, state.images, state.links
