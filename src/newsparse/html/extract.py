"""HTML body to :class:`~newsparse.document.Body`: clean, walk, apply rules, collect.

>>> body = extract_body(
...     '<div><p>第一段<a href="/a/1.html">連結</a>。</p>'
...     '<div class="articlekeywordGroup">'
...     '<a href="/tag/x?q=南韓">#南韓</a><a href="/tag/x?q=北約">#北約</a></div>'
...     '<p>（編輯：陳惠珍）1121017</p></div>',
...     base_url="https://www.cna.com.tw/news/aopl/1.aspx")
>>> body.paragraphs
['第一段連結。', '（編輯：陳惠珍）']
>>> body.keywords
['南韓', '北約']
>>> [(link.url, link.kind) for link in body.links]  # doctest: +NORMALIZE_WHITESPACE
[('https://www.cna.com.tw/a/1.html', 'inline'), ('https://www.cna.com.tw/tag/x?q=南韓', 'tag'),
 ('https://www.cna.com.tw/tag/x?q=北約', 'tag')]
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from newsparse.document import Body
from newsparse.fields.images import choose_caption, image_url
from newsparse.fields.urls import resolve_url
from newsparse.html.blocks import walk
from newsparse.html.context import Context
from newsparse.html.markdown import FOOTNOTES_ATTRIBUTE, markdown_to_html
from newsparse.html.rules import DEFAULT_RULES, Ruler
from newsparse.html.rules.base import element_text
from newsparse.html.tree import parse_fragment
from newsparse.model import Image, Link, new_image, new_link
from newsparse.options import ParseOptions
from newsparse.publishers import Publisher

__all__ = ["extract_body"]

_TAG_HREF = re.compile(r"/tags?/|/keywords?/|hysearch|[?&](?:tag|keyword)=", re.IGNORECASE)
# what a URL _TAG_HREF matches holds once lower-cased, or a letter that matches "k" or "s" when case
# is ignored (the Kelvin sign, which lower-cases to "k", and "ſ"): a few substring searches rule
# most links out faster than the pattern, which is tried at every character
_TAG_HREF_HINTS = ("/tag", "/keyword", "hysearch", "tag=", "keyword=", "\u017f")
_MAX_KEYWORD = 40
# a tag that makes a block: a body holding none is plain text, whose paragraphs are separated
# by blank lines (RTHK's feed: "政府提出21項措施…\r\n\r\n政府下星期將會…")
_BLOCK_TAG = re.compile(
    r"<(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|blockquote|section|article|figure|"
    r"figcaption|pre|hr|header|footer|nav|aside|main|center)\b",
    re.IGNORECASE,
)
# a line with nothing but white space on it: "\n\n", "\r\n\r\n", "\n\u3000\n"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# how far from its end a body is looked at for the text it ends with
_END = 64
_LINK_TAG = frozenset(["a"])
_TIME_TAG = frozenset(["time"])


def extract_body(
    html: str,
    *,
    base_url: str | None = None,
    title: str | None = None,
    publisher: Publisher | None = None,
    options: ParseOptions | None = None,
    rules: Ruler | None = None,
    html_utf8: bytes | None = None,
) -> Body:
    """Extract paragraphs, headings, links, images and keyword tags from an HTML body.

    ``html_utf8``, when given, must be ``html.encode("utf-8")`` and hold no control character
    but tab, newline and carriage return (see :func:`~newsparse.html.tree.parse_fragment`).
    """
    options = options or ParseOptions()
    if rules is None:
        # (not ``rules or ...``: an empty Ruler is falsy, and it means "run no rules")
        rules = options.rules if options.rules is not None else DEFAULT_RULES
    notes: list[str] = []
    footnotes = False
    converted_from = None
    if "\n" in html:
        # a Markdown body (a Jekyll post as written), else plain text with blank lines
        converted = markdown_to_html(html)
        footnotes = converted is not None and FOOTNOTES_ATTRIBUTE in converted
        if converted is None:
            converted = _plain_paragraphs(html)
        if converted is not None:
            converted_from, html, html_utf8 = html, converted, None
    root = parse_fragment(html, max_depth=options.max_depth, warnings=notes, utf8=html_utf8)
    if converted_from is None and "\n" in html and _ends_outside_markup(html):
        _loose_paragraphs(root)
    ctx = Context(root=root, options=options, title=title, base_url=base_url, publisher=publisher, html=html)
    ctx.body.warnings.extend(notes)
    if footnotes:
        _markdown_footnotes(ctx)
    # (from the pass over the tree the tree rules share: nothing has been removed yet)
    ctx.link_order = {a: i for i, a in enumerate(ctx.elements_by_tag(_LINK_TAG))}
    for time_el in ctx.elements_by_tag(_TIME_TAG):
        value = time_el.get("datetime") or (time_el.text or "").strip()
        if value:
            ctx.body.time_values.append(value)

    for rule in rules.active("tree", options.disable_rules):
        rule.apply(ctx)
    walked = walk(root)
    ctx.blocks, ctx.images, ctx.links, ctx.spans, ctx.chars = (
        walked.blocks,
        walked.images,
        walked.links,
        walked.spans,
        walked.chars,
    )
    for rule in rules.active("blocks", options.disable_rules):
        rule.apply(ctx)

    body = ctx.body
    kept = {b.index for b in ctx.blocks}
    for block in ctx.blocks:
        # headings are part of the text, in reading order; ``headings`` lists them again
        body.paragraphs.append(block.text)
        if block.kind == "heading":
            body.headings.append(block.text)
    body.links = _collect_links(ctx, kept)
    body.keywords = _keywords(body.links)
    body.images = _collect_images(ctx)
    return body


def _markdown_footnotes(ctx: Context) -> None:
    """The footnotes of a Markdown body (``[^1]: 見《…》第3頁。``) become ``footnotes``, not text.

    Their links stay, as footnote links.
    """
    for notes in ctx.root.iter("ol"):
        if notes.get(FOOTNOTES_ATTRIBUTE) is not None:
            ctx.body.footnotes.extend(element_text(item) for item in notes if item.tag == "li")
            ctx.drop(notes, kind="footnote", rule="markdown-footnotes")
            return


def _plain_paragraphs(html: str) -> str | None:
    """A body of plain text (no block tag) with blank lines, as one ``<p>`` per paragraph.

    ``None`` for anything else: markup with blocks, or text without a blank line (whose line
    breaks may only wrap long lines).

    >>> _plain_paragraphs("第一段，<b>粗</b>。\\r\\n\\r\\n第二段。\\n")
    '<p>第一段，<b>粗</b>。</p><p>第二段。</p>'
    >>> _plain_paragraphs("<p>一</p>\\n\\n<p>二</p>") is None, _plain_paragraphs("一\\n二") is None
    (True, True)
    """
    # (a body with markup shows a block tag at once: that search comes first)
    if _BLOCK_TAG.search(html) is not None or _BLANK_LINE.search(html) is None:
        return None
    return "".join([f"<p>{text}</p>" for part in _BLANK_LINE.split(html) if (text := part.strip())])


def _ends_outside_markup(html: str) -> bool:
    """True when ``html`` ends with text, not a tag: it may hold plain-text paragraphs outside its markup.

    (A cheap test before :func:`_loose_paragraphs` looks at the tree: markup bodies end with a tag.)

    >>> _ends_outside_markup("<div><img src='a.jpg'></div>第一段。\\n\\n第二段。\\n")
    True
    >>> _ends_outside_markup("<div>\\n<p>一</p>\\n\\n<p>二</p>\\n</div>\\n")
    False
    """
    end = html[-_END:].rstrip()
    return bool(end) and end[-1] != ">"


def _loose_paragraphs(root: Any) -> None:
    """Plain text outside every element, after or between HTML blocks: its blank lines end paragraphs.

    A feed item may give its picture in markup and its story as plain text, NHK's Chinese news in
    agora0's archive: ``<div><img …><small>…</small></div>在新冠疫情爆发后，…恢复实施。`` then a blank
    line, ``当地时间30日中午，…``. Such text is read as a tagless body is (:func:`_plain_paragraphs`):
    each blank line becomes a ``<br><br>`` run, where the walker splits paragraphs. Text inside an
    element keeps its white space as markup white space (a pretty-printed ``<p>`` may hold blank lines).
    Only a body that ends with such text is looked at (:func:`_ends_outside_markup`).

    >>> root = parse_fragment("<div><img src='a.jpg'></div>第一段。\\n\\n第二段，<b>粗</b>\\n\\n第三段。")
    >>> _loose_paragraphs(root)
    >>> [b.text for b in walk(root).blocks]
    ['第一段。', '第二段，粗', '第三段。']
    >>> root = parse_fragment("<p>一\\n\\n二</p>\\n\\n<p>三</p>")
    >>> _loose_paragraphs(root)
    >>> [b.text for b in walk(root).blocks]
    ['一二', '三']
    """
    text = root.text
    if text and "\n" in text and not text.isspace():
        root.text = _with_breaks(root, 0, text)
    for child in list(root):
        text = child.tail
        if text and "\n" in text and not text.isspace():
            child.tail = _with_breaks(root, root.index(child) + 1, text)


def _with_breaks(parent: Any, position: int, text: str) -> str:
    """The first paragraph of ``text``; a ``<br><br>`` run and the next one inserted at ``position``, each."""
    parts = _BLANK_LINE.split(text)
    for part in reversed(parts[1:]):
        first, second = parent.makeelement("br", {}), parent.makeelement("br", {})
        second.tail = part
        parent.insert(position, second)
        parent.insert(position, first)
    return parts[0]


def _collect_links(ctx: Context, kept: set[int]) -> list[Link]:
    """Every link in reading order, kept or removed, with its kind; duplicates once."""
    resolved: dict[str, str | None] = {}  # pages repeat their links (tags, related lists)

    def resolve(href: str) -> str | None:
        if href not in resolved:
            resolved[href] = resolve_url(href, ctx.base_url)
        return resolved[href]

    ordered: list[tuple[int, tuple[str, str, str]]] = []
    for ref in ctx.links:
        url = resolve(ref.href)
        if url is None:
            continue
        if ref.image:
            kind = "image"
        elif _may_be_tag_href(url) and _TAG_HREF.search(url):
            kind = "tag"
        elif ref.kind is not None:
            kind = ref.kind
        elif ref.block in kept:
            kind = "inline"
        else:
            kind = "other"
        ordered.append((ctx.link_order.get(ref.element, -1), (url, ref.text, kind)))
    for dropped in ctx.dropped_links:
        url = resolve(dropped.href)
        if url is None:
            continue
        kind = "image" if dropped.image and not dropped.text else dropped.kind
        ordered.append((dropped.order, (url, dropped.text, kind)))
    ordered.sort(key=itemgetter(0))  # (stable: equal positions keep their order)
    # a Link only for the first of equal (url, text, kind): duplicates are dropped before they are made
    seen: set[tuple[str, str, str]] = set()
    links = []
    for _, key in ordered:
        if key not in seen:
            seen.add(key)
            links.append(new_link(*key))
    return links


def _may_be_tag_href(url: str) -> bool:
    """False when ``_TAG_HREF`` cannot match ``url`` (cheaper than the search).

    >>> _may_be_tag_href("https://www.cna.com.tw/news/aopl/1.aspx"), _may_be_tag_href("/Tag/x")
    (False, True)
    """
    if "\u212a" in url:  # the Kelvin sign
        return True
    low = url.lower()
    # (a loop, not any() over a generator: that costs more than the searches)
    for hint in _TAG_HREF_HINTS:  # noqa: SIM110
        if hint in low:
            return True
    return False


def _keywords(links: list[Link]) -> list[str]:
    out: list[str] = []
    for link in links:
        if link.kind != "tag":
            continue
        word = link.text.strip().lstrip("#＃").strip()
        if word and len(word) <= _MAX_KEYWORD and word not in out:
            out.append(word)
    return out


def _collect_images(ctx: Context) -> list[Image]:
    images: list[Image] = []
    seen: set[str] = set()
    # (a list: asking it compares lengths first, cheaper than building a set or searching the text)
    paragraphs = ctx.body.paragraphs
    for ref in ctx.images:
        el: Any = ref.element
        if ref.dropped or ctx.is_decorative(el):
            continue
        url = image_url(el, ctx.base_url)
        if url is None or url in seen:
            continue
        seen.add(url)
        alt = (el.get("alt") or "").strip() or None
        caption = ctx.captions.get(el)
        images.append(new_image(url, choose_caption(caption, alt, ctx.title, paragraphs), alt))
    return images
