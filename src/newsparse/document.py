"""The parts of a document between the variant parser and the field extractors.

A variant parser turns decoded text into a :class:`Document` (the metadata block, the
header line and the body, still raw). A body extractor turns the body into a
:class:`Body` (paragraphs, headings, links, images and what was set aside as
boilerplate). The field extractors read both, and :mod:`newsparse.assemble` builds the
:class:`~newsparse.model.Article`. These are mutable working records, private to the
pipeline.
"""

from __future__ import annotations

from typing import Any

from attrs import define, field

from newsparse.model import Image, Link

__all__ = ["Body", "BodyLine", "Document"]


@define
class Document:
    """What a variant parser read: metadata, header line and the raw body.

    ``body_format`` is ``"html"`` for feed posts (the publisher's HTML) and ``"text"``
    for PDF-extracted text; ``body_parts`` is set when the variant parser already built the
    body itself (PDF text), so no HTML extraction runs.
    """

    variant: str
    name: str | None = None
    #: the title from the front matter or the ``[title](url)`` header line
    title: str | None = None
    #: the URL from the front matter (``from:``) or the header line, as written
    url: str | None = None
    #: the parsed YAML front matter (empty when there is none)
    front_matter: dict[str, Any] = field(factory=dict)
    #: the ``<!--epoch-ms-->`` stamp as written (``"1697553060000"`` or ``"NaN"``)
    stamp_raw: str | None = None
    #: the stamp as milliseconds since the epoch, when it is a usable number
    stamp_ms: int | None = None
    #: the header line's title, kept apart from the front-matter title
    header_title: str | None = None
    header_url: str | None = None
    body: str = ""
    body_format: str = "html"
    #: 1-based line in the input where the body starts (for error messages)
    body_line: int = 1
    body_parts: Body | None = None
    warnings: list[str] = field(factory=list)
    #: ``body`` in UTF-8 when the input bytes held it so, with no control character but tab
    #: and newline: the HTML parser reads these bytes (see ``parse_fragment``)
    body_utf8: bytes | None = None


@define
class BodyLine:
    """A short piece of text set aside from the body, with the rule that set it aside.

    The field extractors look at these: a CNA trailer code (``1121017``), a date line
    (``Wed, 27 Nov 2024 14:59:13 GMT``), a credits line (``（編輯：陳惠珍）``).
    """

    rule: str
    text: str


@define
class Body:
    """The body of a document after extraction and cleaning."""

    paragraphs: list[str] = field(factory=list)
    headings: list[str] = field(factory=list)
    footnotes: list[str] = field(factory=list)
    links: list[Link] = field(factory=list)
    images: list[Image] = field(factory=list)
    #: publisher keyword tags (CNA's ``#南韓``)
    keywords: list[str] = field(factory=list)
    #: text the cleaner set aside and that may carry metadata
    set_aside: list[BodyLine] = field(factory=list)
    #: ``datetime`` attributes of ``<time>`` elements, in document order
    time_values: list[str] = field(factory=list)
    #: people the body names as authors (PDF author line, bylines kept as metadata)
    authors: list[str] = field(factory=list)
    #: string metadata for ``Article.extra``
    meta: dict[str, str] = field(factory=dict)
    warnings: list[str] = field(factory=list)
