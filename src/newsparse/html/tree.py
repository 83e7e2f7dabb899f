"""Parsing an HTML fragment into an lxml tree, safely and without the network."""

from __future__ import annotations

from typing import Any

import lxml.etree as etree
import lxml.html

__all__ = ["HtmlElement", "depth_exceeds", "parse_fragment"]

HtmlElement = lxml.html.HtmlElement

# comments and processing instructions are dropped at parse time; no DTD or network
# access; ids are not indexed (we never look elements up by id through lxml's index)
_PARSER = lxml.html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    collect_ids=False,
    default_doctype=False,
    recover=True,
)


def parse_fragment(html: str) -> HtmlElement:
    """Parse ``html`` (a fragment or a whole page) and return the element holding the body.

    An empty or whitespace-only fragment gives an empty ``<div>``.

    >>> parse_fragment("<p>一</p><p>二</p>").tag
    'body'
    >>> len(parse_fragment("   "))
    0
    """
    if not html.strip():
        return lxml.html.Element("div")
    try:
        root: Any = etree.fromstring(html, _PARSER)
    except etree.ParserError:
        return lxml.html.Element("div")
    if root is None:
        return lxml.html.Element("div")
    body = root.find("body")
    if body is not None:
        return body  # type: ignore[no-any-return]
    return root  # type: ignore[no-any-return]


def depth_exceeds(root: HtmlElement, limit: int) -> bool:
    """True when some element is nested deeper than ``limit`` below ``root``."""
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        el, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in el)
    return False
