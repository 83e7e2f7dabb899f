"""Rule ``non-text``: scripts, styles, SVG, forms, inputs, frames and media players.

A ``<noscript>`` goes too, but the real address of a lazy image it holds is kept first: lazy
loaders show a placeholder ``<img>`` and put the real one in the ``<noscript>`` after it, which
then gives its address to the placeholder (as ``data-src``), so that the image is found once,
with its caption.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.options import ParseOptions
>>> root = parse_fragment('<div><img src="data:image/gif;base64,R0l" alt="天安門">'
...                       '<noscript><img src="https://s.rfi.fr/a.jpg"></noscript><p>正文。</p></div>')
>>> non_text(Context(root=root, options=ParseOptions()))
>>> [(img.get("data-src"), img.get("alt")) for img in root.iter("img")]
[('https://s.rfi.fr/a.jpg', '天安門')]
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.fields.images import is_placeholder
from newsparse.html.context import Context
from newsparse.html.rules.base import dropped_link

_NON_TEXT = [
    "script",
    "style",
    "svg",
    "noscript",
    "template",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "object",
    "embed",
    "canvas",
    "map",
    "link",
    "meta",
    "iframe",
    "audio",
    "video",
    "source",
    "track",
    "dialog",
    "head",
    "title",
]
_NON_TEXT_TAGS = frozenset(_NON_TEXT)
# the address of an <img> in a <noscript> the parser left as text: '<img src="https://…/a.jpg" …>'
_TEXT_IMG_SRC = re.compile(r"""<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def _noscript_image(noscript: Any) -> str | None:
    """The address of the one ``<img>`` a ``<noscript>`` holds, parsed as an element or left as text.

    >>> import lxml.html
    >>> _noscript_image(lxml.html.fromstring('<noscript><img src="/a.jpg"></noscript>'))
    '/a.jpg'
    >>> _noscript_image(lxml.html.fromstring('<noscript><p>請開啟 JavaScript</p></noscript>')) is None
    True
    """
    children = [child for child in noscript if isinstance(child.tag, str)]
    if children:
        if len(children) != 1 or children[0].tag != "img":
            return None
        src = children[0].get("src")
    else:
        found = _TEXT_IMG_SRC.search(noscript.text or "")
        src = found.group(1) if found else None
    src = (src or "").strip()
    return src if src and not is_placeholder(src) else None


def _lazy_placeholder(noscript: Any) -> Any:
    """The placeholder ``<img>`` just before ``noscript`` (or ending the element just before it), if any.

    A placeholder shows no real address: its ``src`` is empty or a placeholder
    (``data:image/gif;base64,…``, ``lazy.gif``) and it has no ``data-src``.
    """
    previous = noscript.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment between them
    if previous is None:
        return None
    # the element itself or the one it ends with: "<img>", "<a><img></a>", "<picture>…<img></picture>"
    img = previous
    while img.tag != "img":
        children = [child for child in img if isinstance(child.tag, str)]
        if not children:
            return None
        img = children[-1]
    if img.get("data-src"):
        return None
    src = (img.get("src") or "").strip()
    return img if not src or is_placeholder(src) else None


def non_text(ctx: Context) -> None:
    """Scripts, styles, SVG, forms, inputs, media players and frames carry no article text."""
    # the elements in the tree now (those inside one dropped below are still looked at)
    for el in [el for el in ctx.elements_by_tag(_NON_TEXT_TAGS) if ctx.attached(el)]:
        if el.getparent() is None:
            continue
        if el.tag in ("source", "track"):
            # void in HTML5, but libxml2 nests what follows inside them: keep the <img> of a <picture>
            el.drop_tag()
            continue
        if el.tag == "noscript" and (real := _noscript_image(el)) is not None:
            placeholder = _lazy_placeholder(el)
            if placeholder is not None:
                placeholder.set("data-src", real)
        src = el.get("src") if el.tag in ("iframe", "embed", "video", "audio") else None
        if src:
            ctx.dropped_links.append(dropped_link(src, "", "embed", -1))
        ctx.drop(el, kind="other", rule="non-text")
