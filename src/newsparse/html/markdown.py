"""Markdown bodies: the Jekyll post written in Markdown, turned into the HTML Jekyll would show.

A Jekyll post's body is Markdown (kramdown renders it), and archives that write their posts
themselves keep it so: agorahub/pen0's columns (``### 创刊：…``, ``> 创刊当日，…`` pull quotes,
``![](https://images.weserv.nl/…)`` with the caption on the next line, ``▲ 2020年8月11日，…
摄：林振东/端传媒``) and hkarchivist's 眾新聞 copies (``# 立場新聞停運…``, ``**參考文章：**``,
``[〈…〉](https://…)`` links, HTML ``<figure>`` blocks between Markdown paragraphs). Read as
HTML, the marks stay in the text and the blank lines between paragraphs are lost.

:func:`markdown_to_html` renders such a body with markdown-it-py (CommonMark: headings,
quotes, lists, emphasis, links, images, escapes; HTML blocks such as ``<figure>…`` and
``<!--more-->`` pass through), with changes for archived news: four leading spaces do not
make a code block (pasted Chinese text indents its paragraphs); an image alone on its line (or
a link holding only an image) with caption lines under it becomes a ``<figure>`` whose closing
photo credit (``摄：…``) is set apart for the caption rule; link destinations stay as written;
and kramdown's footnotes (``[^1]``) are numbered and listed after the body, for the extractor.
It answers ``None`` for a body that opens with a tag or shows no Markdown block mark outside
its HTML blocks, so the archivers' HTML bodies (``<div>…</div>`` in a ``.md`` file) are never
touched.

>>> print(markdown_to_html("### 標題\\n\\n第一段，見[此](https://a.b/c)。\\n\\n> 引言\\n"))
<h3>標題</h3>
<p>第一段，見<a href="https://a.b/c">此</a>。</p>
<blockquote>
<p>引言</p>
</blockquote>
<BLANKLINE>
>>> print(markdown_to_html("![](/1.jpg)\\n▲ 圖。摄：甲\\n\\n正文 a < b。\\n"))
<figure><img src="/1.jpg" alt="" /><figcaption>▲ 圖。<span class="credit">摄：甲</span></figcaption></figure>
<p>正文 a &lt; b。</p>
<BLANKLINE>
>>> markdown_to_html("<div><p>一</p>\\n\\n<p>二</p></div>") is None, markdown_to_html("一\\n\\n二") is None
(True, True)
"""

from __future__ import annotations

import re
from html import unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["FOOTNOTES_ATTRIBUTE", "markdown_to_html"]

#: the attribute of the list the footnotes of a Markdown body are rendered into, after the body
#: (``<ol data-markdown-footnotes="">``): the extractor makes them ``Article.footnotes``
FOOTNOTES_ATTRIBUTE = "data-markdown-footnotes"

# a line with nothing but white space on it ends a block: "\n\n", "\n   \n"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# a block mark at the start of a line: "# 標題" .. "###### 標題", "> 引言", ">《苹果》…",
# "![](https://…)", a thematic break "---" / "***"; not "#記者劉玉秋的報導#" (RTI's reporter
# mark), not "#tag"; a footnote definition "[^1]: 見…". (A list item alone does not decide it:
# plain text has "- " and "1. " lines; once a body is Markdown, its lists are read as lists.)
_BLOCK_MARK = re.compile(
    r"^(?:#{1,6}[ \t]+\S|>|!\[[^\]\n]*\]\(\S+\)[ \t]*$|(?:-{3,}|\*{3,})[ \t]*$|\[\^[^\]\s]+\]:)", re.MULTILINE
)
# what a _BLOCK_MARK match holds: a cheap test before the pattern
_BLOCK_HINTS = ("\n#", "\n>", "\n![", "\n---", "\n***", "\n[^")
# a footnote definition, the syntax of kramdown (Jekyll's Markdown), GitHub and Pandoc:
# "[^1]: 見《…》第3頁。", "   [^note]: https://…"; the lines after it continue it, and after a
# blank line those indented by four spaces
_FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*")
# a footnote reference: "正文[^1]。"
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]\s]{1,40})\](?!:)")
_FIRST_HINTS = frozenset("#>!-*")
# white space before a body's first tag or comment
_SPACE = re.compile(r"\s*")
# a photo credit closing a caption line: "…送到报纸档贩售。摄：林振东/端传媒",
# "…上街。摄：Kin Cheung/Reuters/达志影像", "（攝影：張三）"
_CAPTION_CREDIT = re.compile(r"[(（]?(?:摄|攝|摄影|攝影|图|圖)[:：][^:：。！？]{1,40}[)）]?$")


class _ArchiveMarkdown(MarkdownIt):
    """markdown-it that leaves link and image destinations as written.

    CommonMark's renderer percent-encodes them (``https://zh.wikipedia.org/zh-hk/鲁迅`` becomes
    ``…/%E9%B2%81%E8%BF%85``); the HTML bodies keep an ``href`` as the page wrote it, and a link
    must not change its URL with the form of the body that holds it. (``javascript:`` and the
    other destinations :meth:`validateLink` refuses are still left out.)
    """

    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it's name)
        """``url`` as the Markdown wrote it (entities and backslash escapes already read)."""
        return url


# CommonMark with HTML passed through; no indented code blocks: archived Chinese text indents
# its paragraphs ("    第一段"), and no post shows code. Containers nested deeper than
# maxNesting are skipped by markdown-it, not flattened: see _kept_every_word.
_MARKDOWN = _ArchiveMarkdown("commonmark", {"html": True, "maxNesting": 40}).disable("code")
# a word character: what rendering never removes (marks, escapes and white space it may); not "_",
# which is an emphasis mark as "*" is ("▲ _《平台资本主义》_" under a picture in pen0's columns)
_WORD = re.compile(r"[^\W_]")
# marks made of word characters that rendering turns into structure, not counted as words of the
# Markdown: an ordered list's number ("1. 甲", "2) 乙", "> 3. 丙"), a reference link's label
# ("[報告][1]") and a definition's ("[1]: https://…", whose URL the links using it show)
_WORD_MARKS = re.compile(
    r"^[ \t>]*\d{1,9}[.)](?=[ \t]|$)|\]\[[^\[\]\n]*\]|^[ \t]{0,3}\[[^\[\]\n]+\]:", re.MULTILINE
)
# a tag, "<p>", '<img src="…" alt="…" />', "</li>", "<!--more-->": its name is no word of the text
_TAG = re.compile(r"<[/!]?[A-Za-z-][^<>]*>")
# a quoted attribute value in a tag: where link targets and alt texts go
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def markdown_to_html(text: str) -> str | None:
    """The HTML of a Markdown body, or ``None`` when ``text`` shows no Markdown block mark.

    Only blocks that do not open with ``<`` may show the mark that decides it: an HTML body
    with a stray ``>`` line inside a tag is left alone.
    """
    # (a body that opens with a tag is HTML: tested first, at the start only, as the
    # searches for the hints would cost a pass over the text each)
    if _opens_with_tag(text):
        return None
    if not any(hint in text for hint in _BLOCK_HINTS) and text[:1] not in _FIRST_HINTS:
        return None
    blocks = _BLANK_LINE.split("\n" + text.replace("\r\n", "\n"))
    if not any(not block.lstrip().startswith("<") and _BLOCK_MARK.search(block) for block in blocks):
        return None
    source, notes = _take_footnotes(text) if "[^" in text else (text, [])
    tokens = _MARKDOWN.parse(source)
    _captioned_images(tokens)
    html: str = _MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {})
    if notes:
        items = "".join(f"<li>{_MARKDOWN.renderInline(note)}</li>" for note in notes)
        html += f'<ol {FOOTNOTES_ATTRIBUTE}="">{items}</ol>\n'
        source += "\n" + "\n".join(notes)
    return html if _kept_every_word(source, html) else None


def _take_footnotes(text: str) -> tuple[str, list[str]]:
    """``text`` without its footnote definitions, references numbered, and the notes in that order.

    A reference becomes ``<sup>[1]</sup>``, the citation mark the HTML bodies' rules take out of
    the text; a reference to no definition stays as written. The notes are numbered in the order
    of their first reference (as kramdown does), notes no reference names after them.

    >>> _take_footnotes("正文[^a]，又見[^b]。\\n\\n[^b]: 乙書，\\n第2頁。\\n[^a]: 甲書。\\n\\n尾段[^x]。")
    ('正文<sup>[1]</sup>，又見<sup>[2]</sup>。\\n\\n\\n尾段[^x]。', ['甲書。', '乙書，\\n第2頁。'])
    """
    kept: list[str] = []
    definitions: dict[str, list[str]] = {}
    current: list[str] | None = None
    blank = False  # a blank line after the current definition, held back
    for line in text.replace("\r\n", "\n").split("\n"):
        definition = _FOOTNOTE_DEFINITION.match(line)
        if definition is not None:
            current = definitions.setdefault(definition.group(1), [])
            current.append(line[definition.end() :])
            blank = False
        elif current is not None and not line.strip():
            blank = True
        elif current is not None and (not blank or line.startswith(("    ", "\t"))):
            current.append(line.strip())
            blank = False
        else:
            if current is not None:
                kept.append("")
                current, blank = None, False
            kept.append(line)
    if not definitions:
        return text, []
    order: dict[str, int] = {}

    def number(reference: re.Match[str]) -> str:
        label = reference.group(1)
        if label not in definitions:
            return reference.group(0)
        return f"<sup>[{order.setdefault(label, len(order) + 1)}]</sup>"

    source = _FOOTNOTE_REFERENCE.sub(number, "\n".join(kept))
    labels = sorted(definitions, key=lambda label: order.get(label, len(order) + 1))
    return source, ["\n".join(definitions[label]).strip() for label in labels]


def _opens_with_tag(text: str) -> bool:
    """Whether ``text`` opens with a tag once white space and comments are passed over.

    An HTML body: ``<div>…``, ``\\n<p>…``, ``<!-- wp:paragraph -->\\n<p>…`` (a Markdown body that
    opens with an HTML block is read as HTML). Not a Markdown body under a template comment, as
    agorahub/pen0's columns open: ``<!--more-->`` (Jekyll's excerpt mark) then ``### 《…》``.
    One step per comment (a pattern with a repeated lazy group backtracks without end over a
    run of comments that no tag follows).

    >>> _opens_with_tag("<!--more-->\\n\\n### 標題"), _opens_with_tag("<!-- wp:paragraph -->\\n<p>一</p>")
    (False, True)
    >>> _opens_with_tag("\\n<div>一</div>"), _opens_with_tag("<!-- 未完"), _opens_with_tag("# 標題")
    (True, True, False)
    """
    position = _after_space(text, 0)
    while text.startswith("<!--", position):
        end = text.find("-->", position + 4)
        if end < 0:
            return True  # a comment that never ends: not Markdown
        position = _after_space(text, end + 3)
    return text.startswith("<", position)


def _after_space(text: str, position: int) -> int:
    """The position of the first character at or after ``position`` that is not white space."""
    space = _SPACE.match(text, position)
    return space.end() if space else position


def _kept_every_word(text: str, html: str) -> bool:
    """Whether ``html`` holds at least as many word characters as the Markdown ``text``.

    Rendering only removes marks (``#``, ``>``, ``**``, brackets); link targets and alt texts
    stay in attributes. markdown-it skips whatever lies inside containers nested deeper than
    its limit (``> > > …`` forty deep, hostile lists), and an unused reference definition
    (``[1]: https://…``) shows nowhere: such a body is read as plain text instead, marks and
    all, rather than losing words.

    Tag names do not count (a skipped list leaves ``<ul><li>`` behind), attribute values do;
    nor do the marks rendering turns into structure (``1.`` of an ordered list, ``[1]`` of a
    reference link).

    >>> _kept_every_word("**粗**", "<p><strong>粗</strong></p>"), _kept_every_word("[1]: /a", "")
    (True, False)
    >>> _kept_every_word("![圖](/a.jpg)", '<p><img src="/a.jpg" alt="圖" /></p>')
    True
    >>> _kept_every_word("▲ _《平台资本主义》_", "<p>▲ <em>《平台资本主义》</em></p>")
    True
    >>> _kept_every_word("1. 甲\\n2. 乙", "<ol><li>甲</li><li>乙</li></ol>")
    True
    >>> _kept_every_word("見[報告][1]。\\n\\n[1]: /r", '<p>見<a href="/r">報告</a>。</p>')
    True
    """
    return _words(html) >= _words(_WORD_MARKS.sub("", text))


def _words(markup: str) -> int:
    """How many word characters ``markup`` shows, in its text and attribute values."""
    values = _TAG.sub(lambda tag: " ".join(_QUOTED.findall(tag.group(0))), markup)
    return len(_WORD.findall(unescape(values)))


def _captioned_images(tokens: list[Token]) -> None:
    """Make each paragraph that is an image, a line break and caption text a ``<figure>``.

    ``![](…/03099db….jpg)`` then ``▲ 2020年8月11日，…。摄：林振东/端传媒`` on the next line is
    one paragraph to CommonMark; the caption rule reads a ``<figcaption>`` and its credit. The
    image may be a link's only content, ``[![image1](…/c1-20220306-011.jpg)](https://zhuanlan…)``
    then ``▲ 原载《知乎》链接。`` (the picture links to the original post).
    """
    for index, token in enumerate(tokens):
        children = token.children
        if token.type != "inline" or not children or len(children) < 3:
            continue
        # the tokens of the picture: the image, or a link holding only the image
        picture = 1 if children[0].type == "image" else 3 if _linked_image(children) else 0
        if (
            not picture
            or len(children) <= picture + 1
            or children[picture].type not in ("softbreak", "hardbreak")
            or tokens[index - 1].type != "paragraph_open"
        ):
            continue
        tokens[index - 1].tag = tokens[index + 1].tag = "figure"
        caption = children[picture + 1 :]
        last = caption[-1]
        credit = _CAPTION_CREDIT.search(last.content) if last.type == "text" else None
        if credit is not None and (credit.start() > 0 or len(caption) > 1):
            before, found = last.content[: credit.start()].rstrip(), credit.group(0)
            caption[-1:] = [
                *([_text(before)] if before else []),
                _html('<span class="credit">'),
                _text(found),
                _html("</span>"),
            ]
        token.children = [*children[:picture], _html("<figcaption>"), *caption, _html("</figcaption>")]


def _linked_image(children: list[Token]) -> bool:
    """Whether ``children`` open with a link whose only content is an image: ``[![…](…)](…)``."""
    return (
        len(children) > 3
        and children[0].type == "link_open"
        and children[1].type == "image"
        and children[2].type == "link_close"
    )


def _html(markup: str) -> Token:
    return Token("html_inline", "", 0, content=markup)


def _text(content: str) -> Token:
    return Token("text", "", 0, content=content)
