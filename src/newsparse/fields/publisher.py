"""Who published a document, and how the document itself names its source.

The evidence, in order: the names the feed gave (front matter ``author``, ``source``,
``tags`` that label the feed, ``categories``; a PDF's footer name and series), the URL host,
then the text (the PDF masthead and footer; the lead and the closing lines where a name
stands as the publisher's: a stamp, a source label; for PDF text the head and tail of the
raw text, where the publisher's address and web site stand). A name the text only mentions
is its subject, not its publisher: a column about 《蘋果日報》 was not published by it.

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
from functools import cache
from itertools import chain
from typing import Any

from newsparse.document import Body, Document
from newsparse.fields.bylines import (
    has_credit_word,
    has_organisation_word,
    is_person_name,
    read_credit_line,
    split_names,
)
from newsparse.publishers import TABLE, Publisher

__all__ = [
    "author_field",
    "author_field_people",
    "column_writer",
    "document_source",
    "identify_publisher",
    "platform_account",
    "strings",
    "topic_tags",
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
# a newsroom's staff byline in an author field, the role word closing it: "眾新聞記者",
# "新京报编辑部", "端传媒报道组" (what stands before it must be a newsroom: see _byline_field)
_STAFF_BYLINE = re.compile(
    r"\s*(?:特約|特约)?(?:記者|记者|編輯部|编辑部|報道組|报道组|報導組|报导组|採訪組|采访组|新聞組|新闻组)$"
)
# a pen name: ideographs only (a middle dot between), as "当代张敬轩", "骷髏小姐在挪威"
_PEN_NAME = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·・]{1,11}"
)
# a page's label naming a writer's blog or column: 眾新聞's writer box "博客 | 骷髏小姐在挪威"
_COLUMN_LABEL = ("博客", "部落格", "專欄", "专栏")
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


def _categories(fm: dict[str, Any]) -> list[str]:
    """The front matter's ``categories`` and Jekyll's singular ``category``."""
    found = strings(fm.get("categories"))
    if "category" in fm:
        found.extend(strings(fm.get("category")))
    return found


# the labels an importer or a CMS gives every post, which name no topic: jekyll-import's RSS
# archives (agora0/2511: "categories: initium", "tags: blog"), WordPress's "Uncategorized"
_ARCHIVE_TAGS = frozenset(
    ["blog", "blogs", "post", "posts", "news", "article", "articles", "feed", "rss", "uncategorized"]
)


def _tag_roles(fm: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The front matter's tags as ``(feed labels, topic tags)``.

    RSS archivers label each post with the feed's name, in the tags, the categories and often
    the author field alike (NodeBE4: ``author: 联合早报``, ``tags: [ 联合早报 ]``, ``categories:
    [ 联合早报 ]``); a tag that is the author field, or is (or holds, or is held in) a category,
    is such a label, and so is a lone tag with no category at all. The other tags are the post's
    topics, as Jekyll means them: 眾新聞's ``tags: [立場新聞, 立場, stand news, 報章頭版]`` beside
    ``category: 眾說`` (hkarchivist/hkcnews-article-archive) name what the article is about.
    Only text values are topics (a nested list is nobody's keyword).

    >>> _tag_roles({"tags": ["泡泡"], "categories": ["泡泡"]})
    (['泡泡'], [])
    >>> _tag_roles({"tags": ["立場新聞", "報章頭版"], "category": "眾說"})
    ([], ['立場新聞', '報章頭版'])
    >>> _tag_roles({"tags": ["燕京书评"]}), _tag_roles({"tags": ["五四運動一百年"], "category": "眾說"})
    ((['燕京书评'], []), ([], ['五四運動一百年']))
    >>> _tag_roles({"author": "联合早报", "tags": ["联合早报"], "categories": ["[ 联合早"]})
    (['联合早报'], [])
    >>> _tag_roles({"tags": "blog", "categories": "initium"})
    (['blog'], [])
    """
    raw = fm.get("tags")
    if raw is None:
        return [], []
    if raw == fm.get("categories") and "category" not in fm:
        return strings(raw), []  # the archivers' label, "[ 泡泡 ]" in both: one comparison
    tags = strings(raw)
    if not tags:
        return [], []
    categories = _categories(fm)
    if not categories:
        if len(tags) == 1:
            return tags, []
        labels = []
    else:
        authors = strings(fm.get("author"))
        labels = [
            t
            for t in tags
            if t in authors or t.lower() in _ARCHIVE_TAGS or any(t in c or c in t for c in categories)
        ]
        if len(labels) == len(tags):
            return labels, []
    written = {t.strip() for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)}
    return labels, [t for t in tags if t not in labels and t in written]


def topic_tags(fm: dict[str, Any]) -> list[str]:
    """The front matter's tags that name the post's topics, not the feed (see ``_tag_roles``):
    the publisher's keyword tags an archive copied.

    >>> topic_tags({"tags": ["徐英偉", "區議員宣誓"], "category": "眾聞"})
    ['徐英偉', '區議員宣誓']
    >>> topic_tags({"tags": ["(臺)中央社CNA"], "categories": ["(臺)中央社CNA"]})
    []
    """
    raw = fm.get("tags")
    if raw is None or (raw == fm.get("categories") and "category" not in fm):
        return []  # no tags, or the archivers' label (as _tag_roles finds, without a list built)
    return _tag_roles(fm)[1]


def _feed_names(fm: dict[str, Any]) -> Iterable[str]:
    """The names the feed gave, in the order of :data:`_NAME_KEYS`, read lazily: the first name
    the table knows ends the search (usually the author field's)."""
    for key in _NAME_KEYS:
        if key == "tags":
            yield from _tag_roles(fm)[0]
        else:
            yield from strings(fm.get(key))


# where a name stands as the publisher's in the lead or the closing lines of a text:
# a newsroom's word after its name opening the lead: "中央社記者廖禹揚首爾17日專電", "法广消息"
_NEWSROOM_WORD = re.compile(
    r"\s*(?:記者|记者|特派員|特派员|特約|特约|駐|驻|訊|讯|電|电|專電|专电|消息|報導|報道|报道|綜合|综合|快訊|快讯|[0-9])"
)
# the bracket of a stamp before the name: "（德国之声中文网）", "【大纪元2023年01月30日讯】"
_STAMP_OPENING = "（(【[〔"
_STAMP_CLOSING = frozenset("）)】]〕")
# a source label right before the name: "來源：美國之音", "本文原载于《端传媒》", "转载自 BBC中文",
# "原文链接：https://www.rfa.org/…", "© 2023 Deutsche Welle", Nikkei's "日本经济新闻（中文版：日经中文网）";
# and the feed's own lines when a damaged header leaves them in the text: "author: 德国之声",
# "from: https://cn.nikkei.com/…", the header link "[标题](https://www.cna.com.tw/…)"
_SOURCE_LABEL = re.compile(
    r"(?:來源|来源|出處|出处|稿源|原文(?:連結|链接|鏈接|網址|网址|地址)?|原載|原载|原刊|轉載|转载|轉自|转自"
    r"|首發|首发|刊於|刊于|載於|载于|發表於|发表于|中文版|©|Copyright"
    r"|(?:author|from|source|publisher|link|url|tags|categories)[ \t]*:[ \t]*\[?|\]\()"
    r"[\s:：於于自在0-9]*[《〈「【（(]?\s*(?:https?://)?\Z"
)
# rights after the name, closing a line: "美國之音版權所有", "（端传媒授权转载）"
_RIGHTS = re.compile(r"[\s》〉」]*(?:版權所有|版权所有|授權|授权|All rights reserved)")
# what a closing line may hold besides the name alone: brackets, marks, spaces, years
_FRAME = re.compile(r"[\s（）()【】\[\]〔〕《》〈〉「」©—–\-:：.。0-9]*")


def _placed(text: str, start: int, end: int) -> bool:
    """Whether the publisher's name at ``text[start:end]`` stands where a publisher's does: a
    stamp opening the lead, after a source label, before a rights notice, or alone on its line.

    >>> _placed("（中央社記者廖禹揚首爾17日專電）北約秘書長", 1, 4), _placed("來源：美國之音", 3, 7)
    (True, True)
    >>> _placed("壹传媒有限公司董事会宣布，《苹果日报》的印刷版不迟于", 14, 18)
    False
    >>> _placed("2021年本港最後一件大事，或是立場新聞停止運作。", 16, 20)
    False
    >>> _placed("【立場新聞停運】各報", 1, 5)  # a title label: its subject
    False
    """
    head = text[:start].strip()
    if (not head or (len(head) == 1 and head in _STAMP_OPENING)) and (
        _NEWSROOM_WORD.match(text, end) or (head and text[end : end + 1] in _STAMP_CLOSING)
    ):
        # "中央社記者…", "（中央社記者…）", "（德国之声中文网）", "【大纪元2023年…讯】"; not the
        # subject of a title label, "【立場新聞停運】…"
        return True
    if _SOURCE_LABEL.search(text, max(0, start - 20), start) is not None:
        return True
    if _RIGHTS.match(text, end):
        return True
    return _FRAME.fullmatch(text, 0, start) is not None and _FRAME.fullmatch(text, end) is not None


def placed_publisher(text: str) -> Publisher | None:
    """The first publisher ``text`` names where a publisher's name stands (see :func:`_placed`).

    >>> placed_publisher("（德国之声中文网）欧洲统计局周一通报说").id
    'dw'
    >>> placed_publisher("本文原载于端传媒").id
    'initium'
    >>> placed_publisher("政府的说法企图将《苹果日报》塑造成新闻界的害群之马") is None
    True
    """
    for start, end, found in TABLE.mentions(text):
        if _placed(text, start, end):
            return found
    return None


def identify_publisher(
    doc: Document, body: Body | None = None, *, known: Publisher | None = None
) -> Publisher | None:
    """The publisher of ``doc``, from feed names, URL host, then text.

    ``known`` is what ``identify_publisher(doc)`` found before the body was extracted: when
    the body names no publisher or series of its own, the answer is the same, found again.
    """
    if known is not None and body is not None and not any(map(body.meta.get, _META_NAME_KEYS)):
        return known
    names: Iterable[str | None] = _feed_names(doc.front_matter)
    if body is not None:
        names = chain(names, map(body.meta.get, _META_NAME_KEYS))
    found = TABLE.identify(url=doc.url, names=names)
    if found is not None or body is None or _names_itself(doc, body):
        # a document that names an organisation we do not know is not guessed from its text
        return found
    # a PDF's masthead and footer name the publisher wherever the name stands in them
    for key in _META_TEXT_KEYS:
        if (text := body.meta.get(key)) and (found := TABLE.in_text(text)) is not None:
            return found
    # the lead and the closing lines only where the name stands as the publisher's
    if body.paragraphs:
        lines = [body.paragraphs[0][:300], *(p for p in body.paragraphs[-2:] if len(p) <= 100)]
        for text in lines:
            if (found := placed_publisher(text)) is not None:
                return found
    if doc.body_format == "text" and doc.body:
        for text in (doc.body[:_RAW_WINDOW], doc.body[-_RAW_WINDOW:]):
            if (found := TABLE.in_text(text)) is not None:
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
    table_names = _table_name_readings()
    for name in _author_field(doc):
        reading = table_names.get(name)
        found, newsroom = _name_reading(name) if reading is None else reading
        if newsroom is not None:
            source = source or newsroom
        people.extend(found)
        if not found and source is None:
            source = name
    if source is None:
        for key in ("source", "publisher"):
            if named := strings(doc.front_matter.get(key)):
                return people, named[0]
    return people, source


def _name_reading(name: str) -> tuple[list[str] | tuple[str, ...], str | None]:
    """The people an author-field value names, and the newsroom when it is a whole byline
    (:func:`_byline_field`; ``None`` otherwise).

    >>> _name_reading("王 征"), _name_reading("端传媒记者 林怡廷 发自缅甸仰光")
    ((['王 征'], None), (['林怡廷'], '端传媒'))
    """
    found = _people(name)
    if not found and (byline := _byline_field(name)) is not None:
        # "端传媒记者 林怡廷、许芷君 发自缅甸仰光": the reporters are people, the newsroom the source
        return byline
    return found, None


@cache
def _table_name_readings() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """:func:`_name_reading` of every name and alias of the publisher table, as the table writes
    them (``"(臺)中央社CNA"``, ``"自由亚洲电台"``), read once.

    Most author fields are a feed's name for its publisher; each would otherwise be looked
    up as a person, a staff byline and a credit line in every document. The readings are
    those of the table's own strings, computed by the same functions, so they are the same
    whatever document asks.
    """
    readings: dict[str, tuple[tuple[str, ...], str | None]] = {}
    for publisher in TABLE.publishers:
        for name in (publisher.name, *publisher.aliases):
            found, newsroom = _name_reading(name)
            readings[name] = (tuple(found), newsroom)
    return readings


def _byline_field(name: str) -> tuple[list[str], str] | None:
    """The reporters and the organisation of an author field that is a whole byline, else None.

    A newsroom's staff byline names no reporter (眾新聞's ``author: "眾新聞記者"``, "HKCNews
    reporter"): no people, and the newsroom as named, without the role word, is the source.

    >>> _byline_field("端传媒记者 林怡廷、许芷君、秦轩 发自缅甸仰光")
    (['林怡廷', '许芷君', '秦轩'], '端传媒')
    >>> _byline_field("眾新聞記者"), _byline_field("新京报编辑部"), _byline_field("本報記者")
    (([], '眾新聞'), ([], '新京报'), None)
    """
    if (staff := _STAFF_BYLINE.search(name)) is not None and (newsroom := name[: staff.start()].strip()):
        # the organisation before the role: a publisher the table knows or a name that says it is
        # one ("…新聞", "…报", "…台"); not "本報" ("this paper": it names nobody)
        if not newsroom.startswith("本") and (
            TABLE.names_a_publisher(newsroom) or has_organisation_word(newsroom)
        ):
            return [], newsroom
        return None
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


def column_writer(name: str, doc: Document, publisher: Publisher | None) -> bool:
    """Whether ``name``, an author field that names no person and no organisation, is a column's
    writer under a pen name (``当代张敬轩``, ``骷髏小姐在挪威``), not a source.

    Only where the document says a writer stands there: a site's own post (no publisher, no URL:
    the ``author:`` of a Jekyll site's column, agorahub/pen0), a writing platform's account, or a
    page that labels the name as a blog or column (眾新聞's writer box ``博客 | 骷髏小姐在挪威``).
    A feed's or an aggregator's reposting account stays the source (CDT's ``翻翻更健康``), as do
    names of organisations (``師潮作者群``, ``好青年荼毒室 — 哲學部``) and the table's names.

    >>> from newsparse.document import Document
    >>> column_writer("当代张敬轩", Document("jekyll"), None)
    True
    >>> column_writer("師潮作者群", Document("jekyll"), None), column_writer("翻翻更健康", Document(
    ...     "jekyll", url="https://chinadigitaltimes.net/chinese/662531.html"), None)
    (False, False)
    """
    if not _PEN_NAME.fullmatch(name) or TABLE.names_a_publisher(name) or has_organisation_word(name):
        return False
    if has_credit_word(name):
        return False  # "眾新聞記者", "责编": a role, never a pen name
    if publisher is None:
        return not doc.url
    if publisher.writing_platform:
        return name not in doc.body
    return name in doc.body and any(
        re.search(label + r"\s*[|｜:：]\s*" + re.escape(name), doc.body)
        for label in _COLUMN_LABEL
        if label in doc.body
    )


def author_field_people(doc: Document) -> list[str]:
    """The people named in the front matter's author field (``王 征``), as written."""
    return author_field(doc)[0]
