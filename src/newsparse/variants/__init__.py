"""Input variants: one module per variant, each a parser that can recognise its input.

A variant parser has a ``name``, a ``detect(text) -> float`` that says how sure it is
that ``text`` is its variant (0 means "not mine"), and a ``parse(text, *, name, options)``
that returns a :class:`~newsparse.document.Document`. :data:`REGISTRY` asks every parser
and the most confident one wins; ties go to the one registered first. Detection looks at
content only, never at file names. A caller can skip detection with ``variant="..."``.

To add a variant, write a module with such a class and call :func:`register`.

>>> detect_variant("<!--1732721943000-->\\n[t](https://a.tw/x)\\n------\\n<p>x</p>").name
'comment_stamp'
>>> [p.name for p in REGISTRY]
['jekyll', 'comment_stamp', 'pdf_text']
"""

from __future__ import annotations

from typing import Protocol

from newsparse.document import Document
from newsparse.errors import UnknownVariantError
from newsparse.options import ParseOptions
from newsparse.variants.comment_stamp import CommentStampParser
from newsparse.variants.jekyll import JekyllParser
from newsparse.variants.pdf_text import PdfTextParser

__all__ = ["REGISTRY", "VariantParser", "detect_variant", "get_variant", "register"]


class VariantParser(Protocol):
    """What every variant parser provides."""

    name: str

    def detect(self, text: str) -> float:
        """How sure the parser is that ``text`` is its variant, from 0 to 1."""
        ...

    def parse(self, text: str, *, name: str | None, options: ParseOptions) -> Document:
        """Split ``text`` into metadata and body."""
        ...


#: The registered parsers, in order of preference on a tie.
REGISTRY: list[VariantParser] = [JekyllParser(), CommentStampParser(), PdfTextParser()]


def register(parser: VariantParser, *, first: bool = False) -> None:
    """Add a variant parser (replacing one of the same name)."""
    REGISTRY[:] = [p for p in REGISTRY if p.name != parser.name]
    if first:
        REGISTRY.insert(0, parser)
    else:
        REGISTRY.append(parser)


def get_variant(name: str, *, input_name: str | None = None) -> VariantParser:
    """The registered parser called ``name``, or :class:`UnknownVariantError`."""
    for parser in REGISTRY:
        if parser.name == name:
            return parser
    known = ", ".join(p.name for p in REGISTRY)
    raise UnknownVariantError(f"unknown variant {name!r} (known: {known})", name=input_name)


#: A detection score at or above this is certain enough that later parsers are not asked
#: (front matter or a full archiver header cannot be mistaken for anything else).
CERTAIN = 0.9


def detect_variant(text: str, *, input_name: str | None = None) -> VariantParser:
    """The parser most confident that ``text`` is its variant.

    Parsers are asked in registry order; the first one that is :data:`CERTAIN` wins at
    once, so the costlier checks of later parsers run only on unusual inputs.
    """
    best: tuple[float, VariantParser] | None = None
    for parser in REGISTRY:
        score = parser.detect(text)
        if score > 0 and (best is None or score > best[0]):
            best = (score, parser)
            if score >= CERTAIN:
                break
    if best is None:
        raise UnknownVariantError(
            "not a recognised input: no front matter, no <!--stamp--> header and no text body",
            name=input_name,
        )
    return best[1]
