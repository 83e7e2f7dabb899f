"""Who published a document, and how the document itself names its source.

The evidence, in order: the names the feed gave (front matter ``author``, ``source``,
``tags``, ``categories``; a PDF's footer name and series), the URL host, then the text (the
PDF masthead and footer, the lead, the closing lines; for PDF text the head and tail of the
raw text, where the publisher's address and web site stand).

>>> from newsparse.document import Body, Document
>>> doc = Document("jekyll", url="https://m.allnow.com/post/5ecd2036fcd3560001cab2df",
...                front_matter={"author": "曾梦龙", "tags": ["燕京书评"]})
>>> identify_publisher(doc).name
'燕京书评'
>>> document_source(doc) is None, author_field_people(doc)
(True, ['曾梦龙'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain
from typing import Any

from newsparse.document import Body, Document
from newsparse.fields.bylines import is_person_name, read_credit_line, split_names
from newsparse.publishers import TABLE, Publisher

__all__ = [
    "author_field",
    "author_field_people",
    "document_source",
    "identify_publisher",
    "platform_account",
    "strings",
]

_NAME_KEYS = ("author", "source", "publisher", "tags", "categories")
_META_NAME_KEYS = ("publisher_name", "series")
_META_TEXT_KEYS = ("masthead", "publisher_footer", "series_en")
_RAW_WINDOW = 1500
# what separates several people in one author field: "张三、李四", "Jane Doe, John Roe", "A / B"
_LIST_MARK = re.compile(r"[、，,/／;；&]|\sand\s|和|及|與|与")
# what RSS archivers write in the author field when the feed item named nobody: "author: unknown"
# (compared in lower case); the field then names neither a person nor a source
_NO_AUTHOR = frozenset(["unknown", "anonymous", "none", "null", "undefined", "n/a"])
# a platform account's handle: one word of Latin letters and digits ("REDBRIC", "Stevehuang", "ngocn_cat")
_ACCOUNT = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{2,39}")
# a handle that says it is an organisation's: "BBCNews", "dailypost", "CityMedia"
_ORGANISATION_WORD = re.compile(
    r"news|times|post|media|press|daily|radio|tv|journal|agency|network|magazine|review|weekly|group|"
    r"foundation|institute|official",
    re.IGNORECASE,
)


def strings(value: Any) -> list[str]:
    """A front-matter value as a list of non-empty strings.

    >>> strings(" 自由亚洲电台 "), strings(["BBC", None, ""]), strings(None)
    (['自由亚洲电台'], ['BBC'], [])
    """
    if value is None:
        return []
    if isinstance(value, str):
        value = value.strip()
        return [value] if value else []
    # lists first: the usual value, and cheaper to recognise than an Iterable
    if isinstance(value, list | tuple) or (
        isinstance(value, Iterable) and not isinstance(value, bytes | dict)
    ):
        return [text for v in value if v is not None and (text := str(v).strip())]
    return [str(value)]


def identify_publisher(
    doc: Document, body: Body | None = None, *, known: Publisher | None = None
) -> Publisher | None:
    """The publisher of ``doc``, from feed names, URL host, then text.

    ``known`` is what ``identify_publisher(doc)`` found before the body was extracted: when
    the body names no publisher or series of its own, the answer is the same, found again.
    """
    if known is not None and body is not None and not any(map(body.meta.get, _META_NAME_KEYS)):
        return known
    fm = doc.front_matter
    # read lazily: the first name the table knows ends the search (usually the author field)
    names: Iterable[str | None] = (name for key in _NAME_KEYS for name in strings(fm.get(key)))
    if body is not None:
        names = chain(names, map(body.meta.get, _META_NAME_KEYS))
    found = TABLE.identify(url=doc.url, names=names)
    if found is not None or body is None or _names_itself(doc, body):
        # a document that names an organisation we do not know is not guessed from its text
        return found
    texts: list[str] = [body.meta.get(key, "") for key in _META_TEXT_KEYS]
    if body.paragraphs:
        texts.append(body.paragraphs[0][:300])
        texts.extend(p for p in body.paragraphs[-2:] if len(p) <= 100)
    if doc.body_format == "text" and doc.body:
        texts.extend((doc.body[:_RAW_WINDOW], doc.body[-_RAW_WINDOW:]))
    for text in texts:
        if text and (found := TABLE.in_text(text)) is not None:
            return found
    return None


def _names_itself(doc: Document, body: Body) -> bool:
    """True when the document names its publisher (a footer name, a non-person author)."""
    if body.meta.get("publisher_name"):
        return True
    return any(not _people(name) for name in _author_field(doc))


def _author_field(doc: Document) -> list[str]:
    """The front matter's author values, without archivers' placeholders.

    >>> _author_field(Document("jekyll", front_matter={"author": "unknown"}))
    []
    """
    return [name for name in strings(doc.front_matter.get("author")) if name.lower() not in _NO_AUTHOR]


def document_source(doc: Document) -> str | None:
    """The publisher as the document names it (``(臺)中央社CNA``), when its author field names one.

    A person in the author field (``长平``) is an author, not a source; then a ``source`` or
    ``publisher`` key is used if there is one.
    """
    return author_field(doc)[1]


def author_field(doc: Document) -> tuple[list[str], str | None]:
    """:func:`author_field_people` and :func:`document_source` from one reading of the author field.

    >>> from newsparse.document import Document
    >>> author_field(Document("jekyll", front_matter={"author": "(臺)中央社CNA"}))
    ([], '(臺)中央社CNA')
    """
    people: list[str] = []
    source: str | None = None
    for name in _author_field(doc):
        found = _people(name)
        if not found and (byline := _byline_field(name)) is not None:
            # "端传媒记者 林怡廷、许芷君 发自缅甸仰光": the reporters are people, the newsroom the source
            found, newsroom = byline
            source = source or newsroom
        people.extend(found)
        if not found and source is None:
            source = name
    if source is None:
        for key in ("source", "publisher"):
            if named := strings(doc.front_matter.get(key)):
                return people, named[0]
    return people, source


def _byline_field(name: str) -> tuple[list[str], str] | None:
    """The reporters and the organisation of an author field that is a whole byline, else None.

    >>> _byline_field("端传媒记者 林怡廷、许芷君、秦轩 发自缅甸仰光")
    (['林怡廷', '许芷君', '秦轩'], '端传媒')
    """
    pattern = TABLE.alias_pattern()
    if pattern is None or (org := pattern.match(name)) is None:
        return None
    found = read_credit_line(name)
    if found is None or not (reporters := found[0].get("author")):
        return None
    return reporters, org.group(0)


def _people(name: str) -> list[str]:
    """``["王 征"]`` for a person, ``["张三", "李四"]`` for ``张三、李四``, ``[]`` for a publisher.

    A name the publisher table knows is a publisher's, however name-like (``维基百科``).
    """
    if TABLE.names_a_publisher(name):
        return []
    if is_person_name(name):
        return [" ".join(name.split())]
    names = split_names(name) if _LIST_MARK.search(name) else None
    return names if names and all(is_person_name(n) for n in names) else []


def platform_account(name: str, body: str) -> bool:
    """Whether ``name``, an author field that names no person, is the writer's own account on a
    writing platform: a one-word Latin handle (``REDBRIC``, ``Stevehuang``) that the body never
    names, in any case.

    An organisation's account reposts its own material and names itself in the third person
    (Matters' ``原文为NGOCN原创，首发于NGOCN微信公众号``, Medium's ``Translated by Yeeyan``); a person
    writing on their own account does not.

    >>> platform_account("Stevehuang", "<p>參觀過幾個德國酒莊……</p>")
    True
    >>> platform_account("NGOCN", "<p>原文为NGOCN原创，首发于NGOCN微信公众号</p>")
    False
    >>> platform_account("C计划", "")
    False
    """
    if not _ACCOUNT.fullmatch(name) or TABLE.names_a_publisher(name) or _ORGANISATION_WORD.search(name):
        return False
    return name.lower() not in body.lower()


def author_field_people(doc: Document) -> list[str]:
    """The people named in the front matter's author field (``王 征``), as written."""
    return author_field(doc)[0]
