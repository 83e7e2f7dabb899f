"""The shortcuts outside the HTML stage give the answers of the plain computations they replace.

Each test runs the plain computation (written out here as the code read before the shortcut)
and the shortcut on the URLs and documents of the corpus, the unseen posts and generated
values, so a shortcut that stops being exact fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import timezone, tzinfo
from functools import cache
from itertools import pairwise
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.fields import publisher, urls
from newsparse.fields.dates import parse as dates_parse
from newsparse.options import ParseOptions
from newsparse.publishers import TABLE
from newsparse.variants import detect_variant
from tests.conftest import CORPUS_FILES, UNSEEN_FILES


@cache
def _documents() -> list[Document]:
    """The variant parser's documents of the corpus and the unseen posts."""
    docs: list[Document] = []
    for path in [*CORPUS_FILES, *UNSEEN_FILES]:
        text = path.read_text("utf-8")
        docs.append(detect_variant(text).parse(text, name=None, options=ParseOptions()))
    return docs


def _corpus_urls() -> list[str]:
    return [doc.url for doc in _documents() if doc.url]


# -- canonical_url: a plain web address without "?" and "#" comes back as it is -------------


def _plain_canonical_url(url: str | None) -> str | None:
    """canonical_url as it read before the shortcut."""
    if not url:
        return None
    url = urls.unwrap_archive(url.strip())
    if not urls.is_safe_url(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query and not parts.fragment:
        return url
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [
            (k, v)
            for k, v in pairs
            if not urls._TRACKING_PARAM.match(k)
            and not (k.lower() == "source" and urls._TRACKING_SOURCE.match(v))
        ]
        if len(kept) != len(pairs):
            query = urlencode(kept, safe=":/@!$'()*,;")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


_URL_EDGES = [
    "https://www.cna.com.tw/news/aopl/202310170397.aspx",
    "https://www.bbc.com/zhongwen/simp/chinese-news-61465932?at_medium=RSS&at_campaign=KARANGA",
    "http://a.tw/x#frag",
    "https://[::1/x",  # urlsplit refuses it
    "https://[::1/x?a=1",
    "http://a.tw/\tx",
    " https://a.tw/x ",
    "https://web.archive.org/web/20220201162527/https://www.hkcnews.com/article/45123/0",
    "https://web.archive.org/web/20220201162527/javascript:alert(1)",
    "https:javascript",
    "javascript:alert(1)",
    "HTTPS://A.TW/x",
    "http://",
    "https://a.tw/x?",
    "https://a.tw/x?utm_source=rss",
    "",
    None,
]


def test_canonical_url_shortcut_on_real_and_edge_urls() -> None:
    values = [*_corpus_urls(), *_URL_EDGES]
    assert len(values) > 100
    for url in values:
        assert urls.canonical_url(url) == _plain_canonical_url(url), url


@given(
    st.sampled_from(["https://", "http://", "", " ", "HTTP://", "javascript:"]),
    st.text(alphabet="ab/.?#=&:%[]\t\n \x00中", max_size=20),
)
def test_canonical_url_shortcut_on_generated_urls(scheme: str, rest: str) -> None:
    url = scheme + rest
    assert urls.canonical_url(url) == _plain_canonical_url(url)


# -- author_field: the table's own names are read once -----------------------------------------


def _plain_author_field(doc: Document) -> tuple[list[str], str | None]:
    """author_field as it read before the table's names were read once."""
    people: list[str] = []
    source: str | None = None
    for name in publisher._author_field(doc):
        found = publisher._people(name)
        if not found and (byline := publisher._byline_field(name)) is not None:
            found, newsroom = byline
            source = source or newsroom
        people.extend(found)
        if not found and source is None:
            source = name
    if source is None:
        for key in ("source", "publisher"):
            if named := publisher.strings(doc.front_matter.get(key)):
                return people, named[0]
    return people, source


def _table_names() -> list[str]:
    return [name for p in TABLE.publishers for name in (p.name, *p.aliases)]


def test_table_name_readings_are_the_plain_readings() -> None:
    readings = publisher._table_name_readings()
    assert len(readings) > 100
    for name in _table_names():
        found, newsroom = publisher._name_reading(name)
        assert readings[name] == (tuple(found), newsroom), name


def test_author_field_shortcut_on_documents_and_table_names() -> None:
    docs = list(_documents())
    assert any(doc.front_matter.get("author") in publisher._table_name_readings() for doc in docs)
    names = _table_names()
    # every name of the table alone, two of them together, with a person, with a source key
    docs.extend(Document("jekyll", front_matter={"author": name}) for name in names)
    docs.extend(Document("jekyll", front_matter={"author": [a, b]}) for a, b in pairwise(names))
    docs.extend(Document("jekyll", front_matter={"author": [name, "王 征"]}) for name in names[:50])
    docs.extend(Document("jekyll", front_matter={"author": name, "source": "來源"}) for name in names[:50])
    for doc in docs:
        assert publisher.author_field(doc) == _plain_author_field(doc), doc.front_matter.get("author")


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_table_names()),
            st.text(alphabet="中央社記者端传媒王征 、CNABBC", max_size=12),
        ),
        max_size=3,
    )
)
def test_author_field_shortcut_on_generated_fields(names: list[str]) -> None:
    doc = Document("jekyll", front_matter={"author": names})
    assert publisher.author_field(doc) == _plain_author_field(doc)


# -- search_date: a date at the start of the text ends the search --------------------------------


def _plain_search_date(text: str, tz: tzinfo, *, day_first: bool = True) -> dates_parse.DateMatch | None:
    """search_date trying every form, as it read before a date at position 0 ended the search."""
    forms: list[tuple[Iterable[re.Match[str]], Callable[..., Any]]] = []
    if text.count("-") >= 2:
        forms.append((dates_parse._ISO.finditer(text), dates_parse._read_iso))
    if dates_parse._LATIN.search(text) is not None:
        forms.append((dates_parse._DAY_MONTH_YEAR.finditer(text), dates_parse._read_named_month))
        forms.append((dates_parse._MONTH_DAY_YEAR.finditer(text), dates_parse._read_named_month))
    if "年" in text and "月" in text:
        forms.append((dates_parse._chinese_finditer(text), dates_parse._read_chinese))
    if dates_parse._may_be_numeric(text):
        forms.append((dates_parse._NUMERIC.finditer(text), dates_parse._read_numeric))
    best = None
    for matches, read in forms:
        for m in matches:
            if best is not None and m.start() >= best.start:
                break
            result = read(m, tz, day_first)
            if result is not None:
                value, precision, assumed = result
                best = dates_parse.DateMatch(
                    value, precision, assumed, m.start(), m.end(), m.group(0).strip()
                )
                break
    return best


_DATE_LINES = [
    "2022年5月23日",
    "长平 在 星期五, 02/28/2014 - 13:48 提交",
    "Fri, 05 Aug 2022 18:39:36 GMT",
    "2022-07-04T11:04:07.064Z",
    "26/07/2022 - 23:30",
    "2022-07-04 Jul 3, 2022",
    "5 Aug 2022 2022-08-06",
    "Aug 5, 2022 10:30 pm EDT 2022年8月6日",
    "2014-02-28T13:48:50+01:00",
    "27 Nov 2024, 10:10 +0800",
    "Sep. 3 2021 at 9:05 pm est",
    "2023-02-30 2023-03-01",
]


def test_search_date_shortcut_on_date_lines_and_paragraphs() -> None:
    zones = [ZoneInfo("Asia/Taipei"), ZoneInfo("Europe/Paris"), timezone.utc]
    texts = [*_DATE_LINES]
    for doc in _documents()[:60]:
        texts.extend(line for line in doc.body.split("\n")[:40] if len(line) < 300)
    assert len(texts) > 500
    for text in texts:
        for tz in zones:
            for day_first in (True, False):
                assert dates_parse.search_date(text, tz, day_first=day_first) == _plain_search_date(
                    text, tz, day_first=day_first
                ), text


@given(st.text(alphabet="0123456789-/.: 年月日TZ ESTgmtAugSepFri,pm", max_size=40))
def test_search_date_shortcut_on_generated_text(text: str) -> None:
    assert dates_parse.search_date(text, timezone.utc) == _plain_search_date(text, timezone.utc)
