"""Parsing an HTML fragment into an lxml tree: safely, without the network, losing no text.

The parser never loads a DTD, an external entity or anything else over the network or
from disk (``no_network``, and libxml2's HTML parser reads no DTD); comments and
processing instructions are dropped.

Deep nesting is the one thing libxml2 handles badly: at 256 levels (2048 with
``huge_tree``) it *stops parsing* and everything after that point — not only the deep
part — is silently lost. So a tree deeper than ``max_depth`` is parsed again from markup
whose tags below that depth were removed (:func:`flatten_markup`): the text is kept, the
structure below ``max_depth`` is not, and a warning says so. Deep trees are also what
would make recursive tree walks fail, so every later step may count on ``max_depth``.
The check costs little on ordinary posts: a tree with fewer elements than ``max_depth``
cannot be that deep (one XPath count tells), and otherwise one XPath step chain tells.

>>> root = parse_fragment("<div>" * 10000 + "deep" + "</div>" * 10000 + "<p>after</p>", max_depth=64)
>>> text = root.text_content()
>>> "deep" in text, "after" in text
(True, True)
"""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING, Any

import lxml.etree as etree
import lxml.html

from newsparse.limits import check_deadline

if TYPE_CHECKING:
    from typing import TypeAlias

    HtmlElement: TypeAlias = Any
else:
    HtmlElement = lxml.html.HtmlElement

__all__ = ["DEFAULT_MAX_DEPTH", "HtmlElement", "depth_exceeds", "flatten_markup", "parse_fragment"]

#: Elements nested deeper than this are flattened (``ParseOptions.max_depth``'s default).
DEFAULT_MAX_DEPTH = 256

# "<?xml version='1.0' encoding='utf-8'?>" at the start: lxml refuses str input that has one
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^<>]{0,500}\?>")
# characters XML, and so lxml's setters, refuse: C0 controls other than tab, newline and
# carriage return, U+FFFE, U+FFFF and lone surrogates; "\x0c" (form feed) and "\x0b" become spaces
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# its C0 controls as UTF-8 byte values (no other character's UTF-8 holds one): looking for each
# in the encoded text (``0x0c in data``, a memchr) tells whether there are any about twice as
# fast as deleting them all with ``bytes.translate`` and many times faster than the pattern
_XML_INCOMPATIBLE_BYTES = tuple(c for c in range(0x20) if c not in b"\t\n\r")
# a start or end tag: "<div class=x>", "</div>", "<br/>"; never spans another "<", so a
# tag left open costs only the scan to the next "<"
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*?(/?)>")

#: Elements that have no end tag: they never add a level.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "frame",
    ]
)
#: Elements a sibling of the same name closes (``<p>a<p>b`` is two paragraphs, not nested).
_SELF_CLOSING_SIBLINGS = frozenset(["p", "li", "dt", "dd", "tr", "td", "th", "option"])
#: Inline elements: a removed inline tag leaves nothing; a removed block tag leaves a
#: paragraph break (two ``<br>``, which add no level).
_INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "tt",
        "u",
        "var",
    ]
)
#: how far down the stack an end tag looks for its start tag
_MATCH_WINDOW = 64


# Every element is an lxml.html.HtmlElement (text_content(), drop_tree()...), chosen by a
# lookup that runs in C: lxml.html's own lookup calls Python for every element object
# lxml creates, which made each pass over the tree about three times slower.
_ELEMENT_LOOKUP = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement)


_PARSERS = threading.local()


def _parser(encoding: str | None = None) -> Any:
    """This thread's HTML parser (lxml reuses a parser's context, so reuse is faster)."""
    key = encoding or "str"
    parser = getattr(_PARSERS, key, None)
    if parser is None:
        parser = lxml.html.HTMLParser(
            encoding=encoding,
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            collect_ids=False,
            default_doctype=False,
            recover=True,
            huge_tree=True,  # no 10 MB cap on text nodes; HTML parsing expands no entities
        )
        parser.set_element_class_lookup(_ELEMENT_LOOKUP)
        setattr(_PARSERS, key, parser)
    return parser


def _parse(data: bytes) -> Any:
    """The root element of ``data``, HTML in UTF-8 (``None`` when there is nothing to parse).

    Bytes, not str: libxml2 would first convert a str's UTF-16 or UCS-4 buffer to UTF-8, and
    lxml refuses a str that has an XML declaration with an encoding (bytes are read as UTF-8
    whatever they declare).
    """
    try:
        return etree.fromstring(data, _parser("utf-8"))
    except etree.LxmlError:  # "Document is empty" and the like
        return None


def _utf8_if_compatible(html: str) -> bytes | None:
    """``html`` in UTF-8, or ``None`` when it holds a character ``_XML_INCOMPATIBLE`` matches.

    >>> _utf8_if_compatible("<p>一</p>"), _utf8_if_compatible("a\\x0cb"), _utf8_if_compatible("\\ud800")
    (b'<p>\\xe4\\xb8\\x80</p>', None, None)
    """
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    return data if _compatible(html, data) else None


def _compatible(html: str, data: bytes) -> bool:
    """True when ``html``, whose UTF-8 form is ``data``, holds no character ``_XML_INCOMPATIBLE``
    matches (``data`` has none of the surrogates: no UTF-8 form has one).

    >>> _compatible("<p>一</p>", "<p>一</p>".encode()), _compatible("a\\x1bb", b"a\\x1bb")
    (True, False)
    """
    if "\ufffe" in html or "\uffff" in html:
        return False
    for byte in _XML_INCOMPATIBLE_BYTES:  # noqa: SIM110 (a loop: cheaper than any() over a generator)
        if byte in data:
            return False
    return True


#: how many elements the document of an element holds: a tree with ``limit + 1`` levels below
#: its root ``<html>`` has at least ``limit + 2`` (counted in C, cheaper than counting the
#: ``"<"`` of the markup)
_element_count = etree.XPath("count(//*)")


@functools.lru_cache(maxsize=8)
def _deeper_than(limit: int) -> Any:
    """A compiled XPath that is true when an element sits more than ``limit`` levels down."""
    return etree.XPath("boolean(" + "/".join(["*"] * (limit + 1)) + ")")


@functools.lru_cache(maxsize=8)
def _at_depth(limit: int) -> Any:
    return etree.XPath("/".join(["*"] * limit) + "[*]")


def depth_exceeds(root: HtmlElement, limit: int) -> bool:
    """True when some element is nested more than ``limit`` levels below ``root``.

    >>> depth_exceeds(parse_fragment("<div><div><p>x</p></div></div>"), 2), depth_exceeds(
    ...     parse_fragment("<div><div><p>x</p></div></div>"), 3)
    (True, False)
    """
    return bool(_deeper_than(limit)(root))


def _collapse(root: Any, limit: int) -> None:
    """Replace what is below ``limit`` levels by its text (a last resort after flattening)."""
    for el in _at_depth(limit)(root):
        text = el.text_content()
        for child in list(el):
            el.remove(child)
        el.text = text


def flatten_markup(html: str, limit: int) -> tuple[str, int]:
    """``html`` with the tags nested deeper than ``limit`` removed, and how many were removed.

    Text is never removed: a removed block tag leaves a paragraph break (``<br><br>``), a
    removed inline tag nothing. The nesting is estimated from
    the tags themselves, the way a browser would close them, closely enough for the pages
    this meets; comments and scripts are not told apart.

    >>> flatten_markup("<div><div><div><p>深</p></div></div></div><p>淺</p>", 2)
    ('<div><div><br><br>深<br><br></div></div><p>淺</p>', 4)
    """
    out: list[str] = []
    stack: list[str] = []
    dropped_open = removed = 0
    last = 0
    in_break = False  # the last thing written was a paragraph break
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or (self_closing and not closing):
            continue
        if not closing:
            if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
                stack.pop()
            if len(stack) < limit:
                stack.append(name)
                continue
            dropped_open += 1
        elif dropped_open:
            dropped_open -= 1
        else:
            for i in range(len(stack) - 1, max(-1, len(stack) - 1 - _MATCH_WINDOW), -1):
                if stack[i] == name:
                    del stack[i:]
                    break
            continue
        removed += 1
        between = html[last : m.start()]
        out.append(between)
        if name not in _INLINE and not (in_break and not between.strip()):
            out.append("<br><br>")
            in_break = True
        elif between.strip():
            in_break = False
        last = m.end()
    if not removed:
        return html, 0
    out.append(html[last:])
    return "".join(out), removed


def _xml_compatible(m: re.Match[str]) -> str:
    return " " if m.group() in "\x0b\x0c" else ""


def parse_fragment(
    html: str,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    warnings: list[str] | None = None,
    utf8: bytes | None = None,
) -> HtmlElement:
    """Parse ``html`` (a fragment or a whole page) and return the element holding the body.

    An empty or whitespace-only fragment gives an empty ``<div>``. Control characters
    are dropped (form feeds become spaces). Markup nested deeper than ``max_depth`` is
    flattened, with a note added to ``warnings``. ``utf8``, when given, must be
    ``html.encode("utf-8")`` and hold no control character but tab, newline and carriage
    return: the parser then reads it (the input bytes of a post hold its body so, and were
    searched for control characters already: neither the UTF-8 form nor that search is
    made again).

    >>> parse_fragment("<p>一</p><p>二</p>").tag
    'body'
    >>> len(parse_fragment("   "))
    0
    >>> parse_fragment("<p>a\\x00b\\x0cc\\x1b</p>").text_content()
    'ab c'
    >>> notes = []
    >>> parse_fragment("<b>" * 40 + "粗" + "</b>" * 40, max_depth=8, warnings=notes).text_content()
    '粗'
    >>> notes
    ['HTML nested deeper than 8 levels: the markup below that depth was flattened (its text is kept)']
    """
    if utf8 is None:
        data = _utf8_if_compatible(html)
    else:  # (no control bytes: the other characters XML refuses)
        data = None if "\ufffe" in html or "\uffff" in html else utf8
    if data is None:
        # kept in the tree, they would make any later ``el.text = ...`` raise
        html = _XML_INCOMPATIBLE.sub(_xml_compatible, html)
    if not html or html.isspace():  # (no copy of the whole text, as strip() would make)
        return lxml.html.Element("div")
    if html.startswith("<?xml") or (html[0].isspace() and html.lstrip()[:5] == "<?xml"):
        html = _XML_DECLARATION.sub("", html, count=1)
        data = None
    root = _parse(data if data is not None else html.encode("utf-8"))
    # the root <html> and <body> are two levels the markup itself may not have
    if root is not None and _element_count(root) > max_depth + 1 and depth_exceeds(root, max_depth):
        flat, _removed = flatten_markup(html, max(1, max_depth - 2))
        root = _parse(flat.encode("utf-8"))
        if root is not None and depth_exceeds(root, max_depth):
            _collapse(root, max_depth)
        if warnings is not None:
            warnings.append(
                f"HTML nested deeper than {max_depth} levels: "
                "the markup below that depth was flattened (its text is kept)"
            )
    check_deadline()
    if root is None:
        return lxml.html.Element("div")
    return _body_of(root)


def _body_of(root: Any) -> Any:
    """``root``'s ``<body>`` child, else ``root``: ``root.find("body")`` without ElementPath's
    Python machinery (a fifth of the cost).
    """
    for child in root:
        if child.tag == "body":
            return child
    return root
