"""Rule ``hidden``: elements a browser would not show.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> html = ('<p>正文。</p><div style="display: none">輪播</div>'
...         '<h2 class="element-invisible">6523513689_baeec3c53c_z.jpg</h2><span aria-hidden="true">×</span>')
>>> ctx = Context(root=parse_fragment(html), options=ParseOptions(), html=html)
>>> hidden(ctx)
>>> ctx.root.text_content()
'正文。'
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.base import AttributeMatcher

# "display:none", "display: none !important", "visibility:hidden"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# class tokens that hide an element or keep it for screen readers only: "element-hidden",
# "element-invisible" (Drupal), "sr-only", "visually-hidden", "screen-reader-text", "hidden", "d-none"
_HIDDEN_CLASS = AttributeMatcher(
    re.compile(
        r"(?:^|\s)(?:element-(?:hidden|invisible)|sr-only|visually-?hidden|screen-reader-text|hidden|d-none|"
        r"is-hidden|hide)(?:\s|$)",
        re.IGNORECASE,
    )
)
# the attributes that may hide an element
_HIDING_ATTRIBUTES = frozenset(["style", "hidden", "aria-hidden"])
# words one of which the source must contain for this rule to have anything to do
_HINTS = (
    "hidden",
    "none",
    "invisible",
    "sr-only",
    "screen-reader",
    "hide",
    "HIDDEN",
    "NONE",
    "Hidden",
    "None",
)


def hiding_style(style: str) -> bool:
    """True when a ``style`` value hides the element (``display: none``, ``visibility:hidden``).

    The pattern ignores case, which makes the regex engine try it at every character (some
    300 instructions each: ten times the cost of the rest of this rule on a long inline
    style); an ASCII value, nearly every one, can only match when its lower-case form holds
    ``none`` or ``hidden``, two substring searches. (Only ``İ``, ``ı`` and ``ſ`` outside ASCII
    match a letter of the pattern when case is ignored: other values go to the pattern.)

    >>> hiding_style("DISPLAY : None !important"), hiding_style("padding-bottom:56.25%")
    (True, False)
    >>> hiding_style("dİsplay:none"), hiding_style("font-family: none-such; display:block")
    (True, False)
    """
    if style.isascii():
        lowered = style.lower()
        if "none" not in lowered and "hidden" not in lowered:
            return False
    return _HIDDEN_STYLE.search(style) is not None


def _hides(el: Any, names: list[str]) -> bool:
    """True when ``el``, whose attribute names are ``names``, is hidden by an attribute.

    Only the attributes the element has are read (each ``get`` costs an lxml call).
    """
    if "hidden" in names:
        return True  # the hidden attribute, whatever its value
    if "style" in names and hiding_style(el.get("style")):
        return True
    return "aria-hidden" in names and el.get("aria-hidden") == "true"


def hidden(ctx: Context) -> None:
    """Elements a browser would not show (``display:none``, ``hidden``, ``aria-hidden``, hiding classes)."""
    root = ctx.root
    found = (
        [
            el
            for el, names in ctx.elements_with_attributes()
            if not _HIDING_ATTRIBUTES.isdisjoint(names) and el is not root and _hides(el, names)
        ]
        # (no element is looked at on a page without any of the attributes)
        if not _HIDING_ATTRIBUTES.isdisjoint(ctx.attribute_names())
        else []
    )
    found += ctx.elements_named(classes=_HIDDEN_CLASS)
    if not found:
        return
    # nothing is hidden in a source that holds none of the hints, whatever the attributes
    # say; the source is searched only now: ten substring searches through a long page cost
    # more than the lookups above in the shared pass over the tree
    if ctx.html and not any(hint in ctx.html for hint in _HINTS):
        return
    for el in found:
        if el is not ctx.root and ctx.attached(el):
            ctx.drop(el, kind="related", rule="hidden")
