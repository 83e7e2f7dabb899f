"""Building the :class:`~newsparse.model.Article` from a document, its body and the fields.

This is the last step of the pipeline: bytes → text → variant parser (:class:`Document`)
→ body extractor (:class:`Body`) → field extractors → here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newsparse.document import Body, Document
from newsparse.fields.bylines import read_byline
from newsparse.fields.dates import resolve_published
from newsparse.fields.urls import canonical_url
from newsparse.html.extract import extract_body
from newsparse.model import Article, Link
from newsparse.normalize import detect_script, normalize_article
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher, identify

__all__ = ["build_article", "clean_title"]

# labels feeds put before titles: "[Chinese] ", "【Chinese】 ", "[中文] "
_FEED_LABEL = re.compile(r"^\s*(?:\[(?:Chinese|中文|Chinese Simplified|Chinese Traditional)\]|【(?:Chinese|中文)】)\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def clean_title(title: str | None) -> str:
    """The title without feed labels and with whitespace collapsed.

    >>> clean_title("[Chinese] 香港《国安法》实施两年")
    '香港《国安法》实施两年'
    """
    if not title:
        return ""
    return _SPACES.sub(" ", _FEED_LABEL.sub("", title)).strip()


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Iterable):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value)]


def _publisher(doc: Document, body: Body) -> Publisher | None:
    fm = doc.front_matter
    names = [*_strings(fm.get("author")), *_strings(fm.get("source")), *_strings(fm.get("categories")), *_strings(fm.get("tags"))]
    names.append(body.meta.get("publisher_name"))  # type: ignore[arg-type]
    first = body.paragraphs[0] if body.paragraphs else None
    return identify(url=doc.url, names=names, text=first)


def build_article(doc: Document, options: ParseOptions) -> Article:
    """Run the body extractor and the field extractors, and assemble the article."""
    title = clean_title(doc.title)
    url = canonical_url(doc.url)
    warnings = list(doc.warnings)

    fm = doc.front_matter
    pre_publisher = identify(url=doc.url, names=_strings(fm.get("author")))
    if doc.body_parts is not None:
        body = doc.body_parts
    else:
        body = extract_body(doc.body, base_url=url, title=title, publisher=pre_publisher, options=options)
    warnings.extend(body.warnings)
    publisher = _publisher(doc, body)

    published, candidates, date_warnings = resolve_published(doc, body, publisher.tz if publisher else None)
    warnings.extend(date_warnings)

    authors, credits, dateline = read_byline(body.paragraphs)
    authors = list(dict.fromkeys([*body.authors, *authors]))

    links: list[Link] = []
    if url:
        links.append(Link(url, title, "source"))
    links.extend(body.links)

    if not title:
        warnings.append("no title found")
    text = "\n\n".join(body.paragraphs)
    source = _strings(fm.get("author"))
    article = Article(
        variant=doc.variant,
        title=title,
        url=url,
        published=published,
        date_candidates=candidates,
        source=source[0] if source and publisher and source[0] != publisher.name else (source[0] if source else None),
        publisher=publisher.name if publisher else None,
        publisher_id=publisher.id if publisher else None,
        authors=authors,
        credits=credits,
        dateline=dateline,
        tags=_strings(fm.get("tags")),
        categories=_strings(fm.get("categories")),
        keywords=body.keywords,
        language="zh",
        script=detect_script(title + text[:2000]),
        text=text,
        paragraphs=body.paragraphs,
        headings=body.headings,
        footnotes=body.footnotes,
        links=links,
        images=body.images,
        warnings=warnings,
        extra=body.meta,
    )
    return normalize_article(article, options)
