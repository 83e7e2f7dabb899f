"""Building the :class:`~newsparse.model.Article` from a document, its body and the fields.

This is the last step of the pipeline: bytes → text → variant parser (:class:`Document`)
→ body extractor (:class:`Body`) → field extractors → here.
"""

from __future__ import annotations

import re

from newsparse.document import Body, Document
from newsparse.fields.bylines import Byline, labelled_writers, read_byline, title_writer
from newsparse.fields.dates import resolve_published
from newsparse.fields.publisher import (
    author_field,
    column_writer,
    identify_publisher,
    platform_account,
    strings,
    topic_tags,
)
from newsparse.fields.script import SAMPLE_SIZE, ScriptName, read_script
from newsparse.fields.urls import canonical_url
from newsparse.html.extract import extract_body
from newsparse.model import Article, Image, Link, new_article, new_image, new_link
from newsparse.normalize import normalize_article
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher, zone_for_url
from newsparse.variants.jekyll import front_matter_image

__all__ = ["build_article", "clean_title", "detect_language", "language_and_script", "without_site_name"]

# labels feeds put before titles: "[Chinese] ", "【Chinese】 ", "[中文] ", and a feed's section
# label of 2-4 ideographs in ASCII brackets followed by a space (RTI: "[國際] ", "[兩岸] ",
# "[政治] "). Fullwidth brackets without the space are the publisher's own title labels and
# stay: "【图集】元朗示威…" (联合早报), "【一线采访】哈市居民…" (大纪元).
# BBC's World Service feed labels each item with its section as one capitalised English word
# before a Chinese title: "[Chinese] 研究报告显示…", "[Sport] 中国“紅色收藏家”保存…" (agora0/2410,
# the same day); the word must be followed by white space and a Chinese character or an opening
# quote, so "[AI] 新技术" (an acronym) and "[Update]Trump…" (no Chinese title) stay.
_FEED_LABEL = re.compile(
    r"^\s*(?:\[(?:Chinese|中文|Chinese Simplified|Chinese Traditional)\]|【(?:Chinese|中文)】"
    r"|\[[\u4e00-\u9fff]{2,4}\](?=\s)"
    r"|(?-i:\[[A-Z][a-z]{2,15}\])(?=\s+[\u4e00-\u9fff“「《]))\s*",
    re.IGNORECASE,
)
# a feed's date-and-sequence code after the title: " - 200722-10" (RTI: yymmdd, the day's item)
_FEED_CODE = re.compile(r"\s+-\s+\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{1,3}\s*$")
_SPACES = re.compile(r"\s+")
# what a page's <title> sets between the headline and the site's name: "FBI加码赏金 吁协寻美国会
# 放置炸弹嫌犯 – 法国国际广播电台 - RFI", "… | 端传媒 Initium Media", "…｜報導者 The Reporter"
_SITE_SEPARATOR = re.compile(r" [-–—|] |｜")
# a site name follows its separator this near the end of the title (the longest alias: 21 characters)
_SITE_NAME_ZONE = 40
# a headline keeps at least this many characters when the site's name comes off
_MIN_HEADLINE = 5
# each publisher's names as without_site_name compares them, by its name and aliases
_SITE_NAMES: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}
# what a _FEED_LABEL starts with after its white space
_LABEL_STARTS = ("[", "【")
# set-aside lines that may name people: photo credits, credit lines the cleaner kept apart
_CREDIT_RULES = frozenset({"image-credit", "credits", "byline"})
# a Chinese ideograph: "中"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# hiragana or katakana: "の", "ア"
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
# a Hangul syllable: "한", "국"
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# the first Chinese ideograph (group 1) or Hangul syllable of a text: "中", "한"
_HAN_OR_HANGUL = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])|[\uac00-\ud7a3]")
# Korean written with some ideographs shows Hangul this soon after its first one ("北, 미사일 발사",
# "美 대통령"); a Chinese text has none there (or a name in brackets: "文在寅（문재인）", counted then)
_HANGUL_NEAR = 16
_LANGUAGE_SAMPLE = 2000
# Japanese writes its grammar in kana: even the kanji-heavy law text of the Constitution's preamble
# ("日本国民は、正当に選挙された国会における代表者を通じて行動し、…") has about one kana to one
# ideograph. A Chinese text quoting Japanese has far more ideographs: 18 kana to 1,739 ideographs
# in a Chinese report of a Tokyo rally quoting the slogan "ウイグル人に自由を！" (agorahub/pen0).
# More than this many ideographs to a kana: Chinese.
_HAN_PER_KANA = 10
# a word of Latin letters: "the", "Taiwan"; "été" gives "t" (accented letters are not English)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# English function words that French, German, Spanish or Italian text hardly has ("in", "a",
# "on", "an", "was", "will" are words of those too, so they are not counted; Dutch shares "of", "is")
# fmt: off
_ENGLISH_WORDS = frozenset([
    "the", "and", "of", "to", "is", "that", "for", "it", "with", "are", "this", "be", "by", "from",
    "not", "or", "as", "at", "which", "have", "has", "were", "been", "their", "they", "you", "we",
])
# fmt: on
# an English text: this many Latin words at least, this share of them English function words
# (measured on man pages and a post: English prose 0.25-0.36, terse English option lists 0.16;
# French, German, Spanish, Italian, Portuguese, Swedish, Polish below 0.03, Dutch up to 0.08)
_MIN_WORDS = 10
_ENGLISH_SHARE = 0.15


def clean_title(title: str | None) -> str:
    """The title without feed labels and codes, and with whitespace collapsed.

    >>> clean_title("[Chinese] 香港《国安法》实施两年")
    '香港《国安法》实施两年'
    >>> clean_title("[政治] 國民法官法三讀 民進黨團：司改重大里程碑 - 200722-10")
    '國民法官法三讀 民進黨團：司改重大里程碑'
    >>> clean_title("【图集】元朗示威五人被捕")
    '【图集】元朗示威五人被捕'
    """
    if not title:
        return ""
    if title.isprintable() and "  " not in title:
        # the usual title: its only white space is single " " (every other white-space
        # character is not printable), which _SPACES leaves as it is; a feed label starts
        # with "[" or "【" after the white space, a feed code ends with a digit after " - "
        head = title.strip(" ")
        if not head.startswith(_LABEL_STARTS) and not (head[-1:].isdigit() and " - " in head):
            return head
    return _SPACES.sub(" ", _FEED_CODE.sub("", _FEED_LABEL.sub("", title))).strip()


def without_site_name(title: str, publisher: Publisher | None) -> str:
    """``title`` without the site's name a page's ``<title>`` appends, when it names ``publisher``.

    Each part after a separator (`` - ``, `` – ``, `` — ``, `` | ``, ``｜``) at the end of the title
    that is the publisher's name or one of its aliases comes off; the name of anyone else stays
    (a press review's ``- 法国世界报`` names the paper it quotes), and so does a headline that
    would be left shorter than five characters.

    >>> from newsparse.publishers import by_id
    >>> without_site_name("FBI加码赏金 吁协寻美国会放置炸弹嫌犯 – 法国国际广播电台 - RFI", by_id("rfi"))
    'FBI加码赏金 吁协寻美国会放置炸弹嫌犯'
    >>> without_site_name("中国和美国总统拜登之间首次过招 - 法国世界报", by_id("rfi"))
    '中国和美国总统拜登之间首次过招 - 法国世界报'
    >>> without_site_name("FBI加码赏金 吁协寻美国会放置炸弹嫌犯 – 法国国际广播电台 - RFI", by_id("voa"))
    'FBI加码赏金 吁协寻美国会放置炸弹嫌犯 – 法国国际广播电台 - RFI'
    """
    if publisher is None:
        return title
    # (most titles: no separator near the end, one search says so, and no name is looked at)
    start = len(title) - _SITE_NAME_ZONE
    if _SITE_SEPARATOR.search(title, start if start > 0 else 0) is None:
        return title
    key = (publisher.name, publisher.aliases)
    names = _SITE_NAMES.get(key)
    if names is None:
        names = _SITE_NAMES[key] = frozenset(
            " ".join(name.split()).casefold() for name in (publisher.name, *publisher.aliases)
        )
    while True:
        start = len(title) - _SITE_NAME_ZONE
        last = None
        for last in _SITE_SEPARATOR.finditer(title, start if start > 0 else 0):  # noqa: B007
            pass
        if last is None:
            return title
        site = " ".join(title[last.end() :].split()).casefold()
        headline = title[: last.start()].rstrip()
        if site not in names or len(headline) < _MIN_HEADLINE:
            return title
        title = headline


def detect_language(text: str) -> str:
    """The language code of a text: ``"zh"``, ``"ja"`` (kana), ``"ko"`` (Hangul), ``"en"`` or ``"und"``.

    Chinese is told by its ideographs, Japanese by its kana, Korean by its Hangul; a text
    with none of them is English when enough of its words are English function words
    (``the``, ``and``, ``of``…), and ``"und"`` (undetermined) otherwise. Only the first
    2,000 characters are read.

    >>> detect_language("北約秘書長訪南韓"), detect_language("日本の首相"), detect_language("한국 대통령")
    ('zh', 'ja', 'ko')
    >>> detect_language("The PRC supports a version of the One-China policy, which states that Taiwan "
    ...                 "and mainland China are both part of China.")
    'en'
    >>> detect_language("La politique d'une seule Chine est soutenue par la République populaire.")
    'und'
    >>> detect_language("Hello")  # too few words to tell
    'und'
    """
    sample = text[:_LANGUAGE_SAMPLE]
    # most texts have no kana: one scan answers, and the ideographs are counted only when there is some
    kana = len(_KANA.findall(sample)) if _KANA.search(sample) else 0
    if kana:
        han = len(_HAN.findall(sample))
        if kana * 4 >= han or (kana >= 8 and kana * _HAN_PER_KANA >= han):
            return "ja"
    return _kana_free_language(sample, len(sample))


def _kana_free_language(text: str, end: int = _LANGUAGE_SAMPLE) -> str:
    """:func:`detect_language` of ``text[:end]``, whose kana (if any) do not make it Japanese."""
    first = _HAN_OR_HANGUL.search(text, 0, end)
    if first is None:
        return "en" if _is_english(text, end) else "und"
    if first.lastindex is not None:  # an ideograph
        at = first.end()
        if _HANGUL.search(text, at, min(at + _HANGUL_NEAR, end)) is None:
            return "zh"  # the usual Chinese text: no Hangul soon after its first ideograph
    return "ko" if len(_HANGUL.findall(text, 0, end)) >= len(_HAN.findall(text, 0, end)) else "zh"


def _is_english(text: str, end: int = _LANGUAGE_SAMPLE) -> bool:
    """Enough Latin words, and enough of them English function words.

    >>> _is_english("Support me on Patreon: http://www.patreon.com/serpentza")
    False
    >>> _is_english("Der Benutzer wird gezwungen, sein Passwort bei der nächsten Anmeldung zu ändern.")
    False
    """
    words = _LATIN_WORD.findall(text, 0, end)
    if len(words) < _MIN_WORDS:
        return False
    common = 0
    for word in words:
        if word.lower() in _ENGLISH_WORDS:
            common += 1
    return common >= len(words) * _ENGLISH_SHARE


def language_and_script(text: str) -> tuple[str, ScriptName | None]:
    """:func:`detect_language` and :func:`~newsparse.fields.script.detect_script` of one text.

    The script reading scans the whole of a text up to ``SAMPLE_SIZE`` long for kana on its
    way; when it found none, the language needs no scan of its own.

    >>> language_and_script("北約秘書長訪南韓"), language_and_script("日本の首相")
    (('zh', 'Hant'), ('ja', None))
    """
    reading = read_script(text)
    if reading.kana_free and len(text) <= SAMPLE_SIZE:
        return _kana_free_language(text), reading.script
    return detect_language(text), reading.script


def _byline(body: Body) -> Byline:
    extra = [line.text for line in body.set_aside if line.rule in _CREDIT_RULES]
    captions = [image.caption for image in body.images if image.caption]
    return read_byline(body.paragraphs, extra_lines=extra, captions=captions)


def build_article(doc: Document, options: ParseOptions) -> Article:
    """Run the body extractor and the field extractors, and assemble the article."""
    title = clean_title(doc.title)
    url = canonical_url(doc.url)
    warnings = list(doc.warnings)

    hint = None
    if doc.body_parts is not None:
        body = doc.body_parts
    else:
        hint = identify_publisher(doc)
        title = without_site_name(title, hint)
        body = extract_body(
            doc.body, base_url=url, title=title, publisher=hint, options=options, html_utf8=doc.body_utf8
        )
    warnings.extend(body.warnings)
    publisher = identify_publisher(doc, body, known=hint)
    if publisher is not hint:
        title = without_site_name(title, publisher)

    byline = _byline(body)
    feed_people, source = author_field(doc)
    text = "\n\n".join(body.paragraphs)
    if feed_people and (writers := labelled_writers(body.paragraphs)):
        # "作者丨郭雪妮" heads the text: an author field naming someone the text never names
        # (燕京书评's 萧小壹) is the account that posted it on a platform, not a writer
        feed_people = [p for p in feed_people if p in writers or p in text]
    authors = tuple(dict.fromkeys([*body.authors, *byline.authors, *feed_people]))
    if not authors:
        if (
            source
            and publisher
            and publisher.writing_platform
            and source in strings(doc.front_matter.get("author"))
            and platform_account(source, doc.body)
        ):
            # the account that posted on VOCUS, Matters or Medium, when nothing else names a writer
            authors, source = (source,), None
        elif (
            source
            and source in strings(doc.front_matter.get("author"))
            and column_writer(source, doc, publisher)
        ):
            # a column's pen name: "当代张敬轩" (a site's own column), "骷髏小姐在挪威" (眾新聞's blog)
            authors, source = (source,), None
        elif writer := title_writer(title, text):
            authors = (writer,)  # a column titled "宋志标：灾难中的感动模式如何取代问责？"

    published, candidates, date_warnings = resolve_published(
        doc,
        body,
        publisher.tz if publisher else zone_for_url(url),
        dateline=byline.dateline,
        day_first=publisher.day_first if publisher else True,
    )
    warnings.extend(date_warnings)

    links: list[Link] = []
    if url:
        links.append(new_link(url, title, "source"))
    links.extend(body.links)

    if not title:
        warnings.append("no title found")
    language, script = language_and_script(title + "\n" + text)
    fm = doc.front_matter
    keywords = body.keywords
    if "tags" in fm and (topics := topic_tags(fm)):
        # the publisher's keyword tags an archive copied into the front matter (眾新聞's
        # "tags: [立場新聞, 報章頭版]" beside "category: 眾說"), after the page's own
        keywords = list(dict.fromkeys([*keywords, *topics]))
    images: list[Image] = body.images
    # a theme's lead picture ("image:", "image_caption:"), first unless the body shows it
    if (
        "image" in fm
        and (lead := front_matter_image(fm, url)) is not None
        and all(image.url != lead[0] for image in images)
    ):
        images = [new_image(lead[0], lead[1], None), *images]
    # every value in the type Article's converters would give it (tuples of str, new dicts),
    # in the order of the fields (see new_article)
    article = new_article(
        doc.variant,
        title,
        url,
        published,
        tuple(candidates),  # date_candidates
        source,
        publisher.name if publisher else None,  # publisher
        publisher.id if publisher else None,  # publisher_id
        authors,
        dict(byline.credits),  # credits: role -> tuple of names
        byline.dateline,
        tuple(strings(fm.get("tags"))),  # tags
        tuple(strings(fm.get("categories"))),  # categories
        tuple(keywords),  # keywords
        language,
        script,
        text,
        tuple(body.paragraphs),  # paragraphs
        tuple(body.headings),  # headings
        tuple(body.footnotes),  # footnotes
        tuple(links),  # links
        tuple(images),  # images
        tuple(warnings),  # warnings
        dict(body.meta),  # extra: str -> str
    )
    return normalize_article(article, options)
