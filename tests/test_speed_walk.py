"""The HTML stage's shortcuts give the answers of the plain computations they stand in for.

Parsing and walking skip work that cannot apply (a scan for characters the text cannot hold,
a pattern for text without a character it changes). These tests compare each shortcut with the
plain computation on edge cases and on generated text, so a pattern changed without its
shortcut fails here.
"""

from __future__ import annotations

import glob
import os
from typing import Any

import lxml.etree as etree
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse.html.text as text_module
from newsparse.html import tree
from newsparse.html.blocks import _BLOCK_INFO, BLOCK_TAGS, Block, ImageRef, LinkRef, Span, Walk, walk
from newsparse.html.text import BR, split_paragraphs


def _plain_utf8_if_compatible(html: str) -> bytes | None:
    """What ``_utf8_if_compatible`` stands in for: the text in UTF-8 unless the pattern matches it."""
    return None if tree._XML_INCOMPATIBLE.search(html) else html.encode("utf-8")


_CONTROL_EDGES = [
    "",
    "<p>一</p>",
    "a\tb\nc\rd",
    *(f"<p>x{chr(c)}y</p>" for c in range(0x20)),
    "\x7f\x80\x85\x9f",
    "\ufffd\ufffe\uffff",
    "\ud800",
    "\udfff中",
    "\U0001f600\u3000",
    "中" * 300 + "\x1f",
]


def test_compatible_utf8_is_what_the_pattern_says() -> None:
    for html in _CONTROL_EDGES:
        assert tree._utf8_if_compatible(html) == _plain_utf8_if_compatible(html), repr(html)


@given(
    st.text(
        alphabet=st.characters(max_codepoint=0x3000) | st.sampled_from("\ufffe\uffff\ud800\x0c北"),
        max_size=40,
    )
)
def test_compatible_utf8_on_generated_text(html: str) -> None:
    assert tree._utf8_if_compatible(html) == _plain_utf8_if_compatible(html)


def test_the_body_is_what_find_gives() -> None:
    pages = (
        "<p>一</p>",
        "<html><head><title>t</title></head><body><p>二</p></body></html>",
        "x",
        "<frameset>",
    )
    for html in pages:
        root = etree.fromstring(html.encode("utf-8"), tree._parser("utf-8"))
        body = root.find("body")
        assert tree._body_of(root) is (body if body is not None else root)
    root = etree.fromstring(b"<div><!-- c --><body/><body/></div>")
    assert tree._body_of(root) is root[1]
    assert tree._body_of(etree.fromstring(b"<div><p/></div>")).tag == "div"


# -- the walk --------------------------------------------------------------------------------


def _plain_clean(text: str) -> str:
    """clean_inline as its patterns define it, without its shortcuts (see test_html_text)."""
    text = text_module._CJK_NEWLINE.sub("", text)
    text = text_module._SPACES.sub(" ", text_module._INVISIBLE.sub("", text))
    return text_module._AROUND_BR.sub(BR, text).strip(" ")


def _reference_walk(root: Any) -> Walk:
    """The walk without its shortcuts: every piece of text buffered, every flush through the patterns."""
    blocks: list[Block] = []
    images: list[ImageRef] = []
    links: list[LinkRef] = []
    spans: list[Span] = []
    buffer: list[str] = []
    kinds: list[tuple[str, int, Any]] = [("p", 0, root)]
    n = {"link_chars": 0, "link_count": 0, "chars": 0, "all_link_chars": 0, "all_links": 0, "flushes": 0}

    def add(text: str | None) -> None:
        if text:
            buffer.append(text)
            n["chars"] += len(text.strip())

    def flush() -> None:
        n["flushes"] += 1
        raw = "".join(buffer)
        buffer.clear()
        link_chars, link_count = n["link_chars"], n["link_count"]
        n["link_chars"] = n["link_count"] = 0
        if not raw or raw.isspace():
            return
        kind, level, element = kinds[-1]
        if kind == "pre":
            text = raw.replace(BR, "\n").strip("\n")
            if text.strip():
                blocks.append(Block(text, "pre", 0, link_chars, link_count, element, len(blocks)))
            return
        parts = split_paragraphs(_plain_clean(raw))
        if len(parts) == 1:
            blocks.append(Block(parts[0], kind, level, link_chars, link_count, element, len(blocks)))
            return
        total = max(1, sum(len(p) for p in parts))
        for part in parts:
            share = round(link_chars * len(part) / total)
            blocks.append(Block(part, kind, level, share, 0, element, len(blocks)))

    def visit(el: Any) -> None:
        add(el.text)
        for child in el:
            tag = child.tag
            if tag in BLOCK_TAGS:
                flush()
                kind, level, measured = _BLOCK_INFO[tag]
                pushed = kind is not None or kinds[-1][0] == "p"
                if pushed:
                    kinds.append((kind or "p", level, child))
                before = (
                    n["chars"],
                    n["all_link_chars"],
                    n["all_links"],
                    len(blocks),
                    len(images),
                    len(links),
                )
                visit(child)
                flush()
                if measured and n["all_links"] - before[2] >= 2:
                    spans.append(
                        Span(
                            child,
                            tag,
                            n["chars"] - before[0],
                            n["all_link_chars"] - before[1],
                            n["all_links"] - before[2],
                            (before[3], len(blocks)),
                            (before[4], len(images)),
                            (before[5], len(links)),
                        )
                    )
                if pushed:
                    kinds.pop()
            elif tag == "a":
                chars, at, flushes, block = n["chars"], len(buffer), n["flushes"], len(blocks)
                visit(child)
                added = n["chars"] - chars
                if added > 0:
                    n["link_chars"] += added
                    n["link_count"] += 1
                    n["all_link_chars"] += added
                    n["all_links"] += 1
                href = child.get("href")
                if href is not None:
                    text = ""
                    if added:
                        raw = "".join(buffer[at:]) if n["flushes"] == flushes else "".join(child.itertext())
                        text = _plain_clean(raw).replace(BR, " ").strip()
                    image = not text and next(child.iter("img"), None) is not None
                    links.append(LinkRef(href, text, block, child, image))
            elif tag == "br":
                buffer.append(BR)
            elif tag == "img":
                images.append(ImageRef(child, len(blocks) + (1 if buffer else 0)))
            elif tag in ("td", "th"):
                if buffer and child.getprevious() is not None:
                    buffer.append(" | ")
                visit(child)
            elif isinstance(tag, str):
                visit(child)
            add(child.tail)

    visit(root)
    flush()
    return Walk(blocks, images, links, spans, n["chars"])


_PIECES = [
    *"北約。ab 1",
    *("\n", "\t", "\r", "\xa0", "\u3000", "\u200b", "\x0b", "\x0c", "\x1c", "\x1e", "\x1f", "\x7f", "\xad"),
    *("\u2028", "\x85", "  ", "\n   ", "&nbsp;", "&lt;"),
]
_TAGS = [
    *("p", "div", "span", "a", "a ", "br", "img", "li", "ul", "pre", "td", "th", "tr", "table", "h2"),
    *("strong", "blockquote", "figcaption", "section", "b", "caption", "!--"),
]


def _render(tag_children: tuple[str, list[str]]) -> str:
    tag, children = tag_children
    inner = "".join(children)
    if tag == "!--":
        return f"<!--{inner.replace('-', '')}-->"
    if tag in ("br", "img"):
        return f"<{tag} src='/i.jpg'>{inner}"
    if tag == "a ":  # a link with an address
        return f"<a href='/x'>{inner}</a>"
    return f"<{tag}>{inner}</{tag}>"


# white space alone (between tags) comes often, in all its kinds
_SPACES = [
    " ",
    "\n",
    "\t",
    "\r",
    "\n   ",
    "\xa0",
    "\u3000",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1e",
    "\x1f",
    "\x85",
    "\u2028",
]
_HTML = st.recursive(
    st.lists(st.sampled_from(_SPACES), max_size=3).map("".join)
    | st.lists(st.sampled_from(_PIECES), max_size=6).map("".join),
    lambda inner: st.tuples(st.sampled_from(_TAGS), st.lists(inner, max_size=4)).map(_render),
    max_leaves=24,
)


def _trees(html: str) -> list[Any]:
    """``html`` parsed as parse_fragment parses it, and as a plain parser does (which keeps controls)."""
    trees = [tree.parse_fragment(html)]
    root = etree.fromstring(html.encode("utf-8"), tree._parser("utf-8"))
    if root is not None:
        trees.append(root)
    return trees


@settings(max_examples=1000, deadline=None)
@given(_HTML)
def test_the_walk_is_the_plain_walk(html: str) -> None:
    for root in _trees(html):
        assert walk(root) == _reference_walk(root), html


def test_the_walk_is_the_plain_walk_on_the_corpus() -> None:
    for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "data", "corpus", "*.md"))):
        with open(path, encoding="utf-8") as f:
            for root in _trees(f.read()):
                assert walk(root) == _reference_walk(root), path


def test_the_walk_is_the_plain_walk_on_edge_cases() -> None:
    for html in (
        "<p>\n  正文\n  </p>\n  <img src=a>\n<p>b</p>",
        "<div>\n <span>\n 甲</span>\n<a href=x>\n\n</a>\x1e<br><img>\n</div>",
        "<pre>\n  code\n</pre>\n  <pre>x<b>\n y</b>\n</pre>",
        "<table>\n<tr>\n<td>\n 一</td>\n<td>二</td></tr></table>",
        "<ul>\n<li>\n<div>\n 項</div>\n</li></ul>",
        "\x0b\x0c <p>a</p>\x1c\x1d\x1e\x1f <img><p>b</p>",
        "<a href=y>\n  <p>卡片</p>\n  標題</a>",
        *(f"<p>a</p>{space}<b>x</b><div>{space}<b>y</b></div>" for space in _SPACES),
    ):
        for root in _trees(html):
            assert walk(root) == _reference_walk(root), html


@given(st.text(alphabet=" \x1e\u3000a北\n\t\xa0", max_size=30))
def test_spaces_around_markers_go_as_the_pattern_removes_them(text: str) -> None:
    # clean_inline replaces _AROUND_BR by two replaces once _SPACES has collapsed every run
    collapsed = text_module._SPACES.sub(" ", text)
    expected = text_module._AROUND_BR.sub(BR, collapsed)
    assert collapsed.replace(" " + BR, BR).replace(BR + " ", BR) == expected
