"""Markdown bodies: the Jekyll post written in Markdown, turned into the HTML Jekyll would show.

A Jekyll post's body is Markdown (kramdown renders it), and archives that write their posts
themselves keep it so: agorahub/pen0's columns (``### 创刊：…``, ``> 创刊当日，…`` pull quotes,
``![](https://images.weserv.nl/…)`` with the caption on the next line, ``▲ 2020年8月11日，…
摄：林振东/端传媒``) and hkarchivist's 眾新聞 copies (``# 立場新聞停運…``, ``**參考文章：**``,
``[〈…〉](https://…)`` links, HTML ``<figure>`` blocks between Markdown paragraphs). Read as
HTML, the marks stay in the text and the blank lines between paragraphs are lost.

:func:`markdown_to_html` converts the blocks of such a body (headings, quotes, rules,
paragraphs, an image with its caption line) and the inline marks (images, links, ``**bold**``);
blocks that are HTML already (``<figure>…``, ``<div>…``, ``<!--more-->``) stay as they are.
It answers ``None`` for a body that opens with a tag or shows no Markdown block mark outside
its HTML blocks, so the archivers' HTML bodies (``<div>…</div>`` in a ``.md`` file) are never
touched.

>>> markdown_to_html("### 標題\\n\\n第一段，見[此](https://a.b/c)。\\n\\n> 引言\\n")
'<h3>標題</h3><p>第一段，見<a href="https://a.b/c">此</a>。</p><blockquote><p>引言</p></blockquote>'
>>> html = markdown_to_html("![](https://a.b/1.jpg)\\n▲ 圖說。摄：某人\\n\\n正文。\\n")
>>> html.split("<figcaption>")  # doctest: +NORMALIZE_WHITESPACE
['<figure><img src="https://a.b/1.jpg" alt="">',
 '▲ 圖說。<span class="credit">摄：某人</span></figcaption></figure><p>正文。</p>']
>>> markdown_to_html("<div><p>一</p>\\n\\n<p>二</p></div>") is None, markdown_to_html("一\\n\\n二") is None
(True, True)
"""

from __future__ import annotations

import re
from html import escape

__all__ = ["markdown_to_html"]

# a line with nothing but white space on it ends a block: "\n\n", "\n   \n"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# a block mark at the start of a line: "# 標題" .. "###### 標題", "> 引言", ">《苹果》…",
# "![](https://…)", a thematic break "---" / "***"; not "#記者劉玉秋的報導#" (RTI's reporter mark),
# not "#tag"
_BLOCK_MARK = re.compile(
    r"^(?:#{1,6}[ \t]+\S|>|!\[[^\]\n]*\]\(\S+\)[ \t]*$|(?:-{3,}|\*{3,})[ \t]*$)", re.MULTILINE
)
# what a _BLOCK_MARK match holds: a cheap test before the pattern
_BLOCK_HINTS = ("\n#", "\n>", "\n![", "\n---", "\n***")
_FIRST_HINTS = frozenset("#>!-*")
# an HTML body: "<div>…", "\n<p>…" (a Markdown body that opens with an HTML block is read as HTML)
_OPENS_WITH_TAG = re.compile(r"\s*<")
_HEADING = re.compile(r"(#{1,6})[ \t]+(.+?)[ \t#]*$")
_RULE = re.compile(r"(?:-{3,}|\*{3,})[ \t]*$")
_IMAGE_LINE = re.compile(r"!\[([^\]\n]*)\]\((\S+?)(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*$")
# a photo credit closing a caption line: "…送到报纸档贩售。摄：林振东/端传媒",
# "…上街。摄：Kin Cheung/Reuters/达志影像", "（攝影：張三）"
_CAPTION_CREDIT = re.compile(r"[(（]?(?:摄|攝|摄影|攝影|图|圖)[:：][^:：。！？]{1,40}[)）]?$")
# inline marks: an image, a link (its URL without spaces, as Markdown writes it), **bold**
_INLINE = re.compile(
    r"!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)\)"
    r"|\[(?P<text>[^\]\n]+)\]\((?P<href>[^)\s]+)\)"
    r"|\*\*(?P<bold>[^*\n]+)\*\*"
)


def markdown_to_html(text: str) -> str | None:
    """The HTML of a Markdown body, or ``None`` when ``text`` shows no Markdown block mark.

    Only blocks that do not open with ``<`` are read as Markdown, and only those may show the
    mark that decides it: an HTML body with a stray ``>`` line inside a tag is left alone.
    """
    # (a body that opens with a tag is HTML: tested first, at the start only, as the
    # searches for the hints would cost a pass over the text each)
    if _OPENS_WITH_TAG.match(text) is not None:
        return None
    if not any(hint in text for hint in _BLOCK_HINTS) and text[:1] not in _FIRST_HINTS:
        return None
    text = "\n" + text.replace("\r\n", "\n")
    blocks = [block.strip("\n") for block in _BLANK_LINE.split(text)]
    blocks = [block for block in blocks if block.strip()]
    if not any(not block.lstrip().startswith("<") and _BLOCK_MARK.search(block) for block in blocks):
        return None
    return "".join([block if block.lstrip().startswith("<") else _block(block) for block in blocks])


def _block(block: str) -> str:
    """One Markdown block (lines between blank lines) as HTML."""
    lines = [line.strip() for line in block.split("\n")]
    if all(line.startswith(">") for line in lines):
        inner = [line[1:].strip() for line in lines]
        return f"<blockquote><p>{_inline('<br>'.join(inner))}</p></blockquote>"
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(f"<p>{_inline('<br>'.join(paragraph))}</p>")
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if (heading := _HEADING.match(line)) is not None:
            flush()
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif _RULE.match(line):
            flush()
            out.append("<hr>")
        elif not paragraph and (image := _IMAGE_LINE.match(line)) is not None:
            # an image alone on its line, the lines after it (in the same block) its caption:
            # "![](…/03099db….jpg)" then "▲ 2020年8月11日，…。摄：林振东/端传媒"
            caption = []
            while i + 1 < len(lines) and lines[i + 1] and not _BLOCK_MARK.match(lines[i + 1]):
                i += 1
                caption.append(lines[i])
            img = f'<img src="{escape(image.group(2))}" alt="{escape(image.group(1))}">'
            if caption:
                out.append(f"<figure>{img}<figcaption>{_caption(' '.join(caption))}</figcaption></figure>")
            else:
                out.append(f"<p>{img}</p>")
        elif line:
            paragraph.append(line)
        i += 1
    flush()
    return "".join(out)


def _caption(text: str) -> str:
    """A caption line, its closing photo credit set apart as a credit the caption rule reads."""
    credit = _CAPTION_CREDIT.search(text)
    if credit is None or credit.start() == 0:
        return _inline(text)
    return f'{_inline(text[: credit.start()].rstrip())}<span class="credit">{credit.group(0)}</span>'


def _inline(text: str) -> str:
    """Inline Markdown (images, links, ``**bold**``) as HTML; other text as it is."""
    if "](" not in text and "**" not in text:
        return text
    return _INLINE.sub(_inline_tag, text)


def _inline_tag(m: re.Match[str]) -> str:
    if m.group("src") is not None:
        return f'<img src="{escape(m.group("src"))}" alt="{escape(m.group("alt"))}">'
    if m.group("href") is not None:
        return f'<a href="{escape(m.group("href"))}">{m.group("text")}</a>'
    return f"<strong>{m.group('bold')}</strong>"
