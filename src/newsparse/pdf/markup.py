"""Markdown that PDF-to-Markdown extractors (pymupdf4llm) write, read back into hints.

The extractors guess: ``#`` levels follow font size, so a page-top continuation line can
become ``#### 享相关情报…``; footnotes become block quotes (``> 1 中央社…``); superscript
markers become ``<sup>1</sup>``; a link that wraps is written as two links, each with half
the text. This module only reads the marks off a line and keeps them as hints
(:class:`~newsparse.pdf.lines.Line` fields); the repair steps decide what they mean.

>>> read_markup("### 一、北约秘书长访南韩 ")
MarkupLine(text='一、北约秘书长访南韩', heading_level=3, quote=False, rule=False, links=[])
>>> read_markup("直接 補助<sup>1</sup> ，並").text == "直接 補助" + marker(1) + " ，並"
True
>>> read_markup("[片來源：https://a.org/](https://a.org/x)").links
['https://a.org/x']
"""

from __future__ import annotations

import re

from attrs import define, field

__all__ = ["MARKER_CLOSE", "MARKER_OPEN", "MarkupLine", "looks_like_markdown", "marker", "read_markup"]

#: a footnote marker the extractor set as superscript is kept as
#: ``MARKER_OPEN + "1" + MARKER_CLOSE`` (private-use characters) until footnotes are read
MARKER_OPEN = "\ue000"
MARKER_CLOSE = "\ue001"

# "## 標題", "# 遠景論壇 "
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
# "> 1 中央社，…", ">1 …"
_QUOTE = re.compile(r"^>[ \t]?")
# a horizontal rule: "---", "* * *", "___"
_RULE = re.compile(r"^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# "![alt](img.png)" or "![](…)": an image reference, dropped
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\s]{0,2000}\)")
# "[text](https://…)": a link, kept as its text (bounded so a stray "[" costs little)
_LINK = re.compile(r"\[([^\]\n]{0,500})\]\(([^)\s]{1,2000})\)")
# "<https://www.pf.org.tw>": an autolink
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]{1,2000})>")
# "<sup>1</sup>", "<sup> 12 </sup>": a footnote marker
_SUP = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>", re.IGNORECASE)
# other inline HTML an extractor may write: "<sub>", "</b>", "<br>"
_TAG = re.compile(r"</?(?:sup|sub|b|i|u|em|strong|span|br|mark|small)\b[^<>]{0,200}>", re.IGNORECASE)
# "**bold**" or "__bold__"
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^*\n]{1,500}?)(?<=\S)\1")
# a backslash escape Markdown writers add: "\_", "\*", "\#"
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# what only Markdown has: heading marks, block quotes, links, <sup> markers
_MARKDOWN_HINT = re.compile(
    r"^#{1,6} \S|^> ?\S|\]\((?:https?://|#)|<sup>|^(?:-{3,}|\*{3,})\s*$", re.MULTILINE
)


@define(slots=True)
class MarkupLine:
    """A line with its Markdown marks read off."""

    text: str
    heading_level: int = 0
    quote: bool = False
    rule: bool = False
    links: list[str] = field(factory=list)


def marker(number: int) -> str:
    """The private-use form of a superscript footnote marker."""
    return f"{MARKER_OPEN}{number}{MARKER_CLOSE}"


def looks_like_markdown(text: str) -> bool:
    """True when ``text`` carries Markdown marks (headings, quotes, links, ``<sup>``)."""
    return len(_MARKDOWN_HINT.findall(text[:200_000])) >= 2


def read_markup(raw: str) -> MarkupLine:
    """Read the Markdown marks off one line."""
    if _RULE.match(raw):
        return MarkupLine("", rule=True)
    text = raw
    level = 0
    quote = False
    if m := _QUOTE.match(text):
        quote = True
        text = text[m.end() :]
    if m := _HEADING.match(text):
        level = len(m.group(1))
        text = m.group(2).rstrip(" \t#")
    links: list[str] = []
    if "](" in text:
        text = _IMAGE.sub("", text)

        def _link(m: re.Match[str]) -> str:
            links.append(m.group(2))
            return m.group(1)

        text = _LINK.sub(_link, text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
        text = _SUP.sub(lambda m: marker(int(m.group(1))), text)
        text = _TAG.sub("", text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(lambda m: m.group(2), text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: m.group(1), text)
    return MarkupLine(text.rstrip(), level, quote, False, links)
