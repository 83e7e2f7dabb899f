"""Rule ``post-meta``: the page's own lines about the post (author, date) leave the text, not the record.

Content systems print who posted and when in a container named for it: Drupal's
``<div class="submitted">长平 在 星期五, 02/28/2014 - 13:48 提交</div>``, WordPress's
``entry-meta``/``post-meta``, ``<div class="time">5-26</div>``, ``<div class="field-name-author">文/
长平</div>``. The line is set aside for the field extractors (``byline`` when it names an
author, ``date-line`` when it holds digits, else ``meta-line``) and leaves the text.

HTML's own element for the author's contact information, ``<address>``, is a byline when it is
short, stands at the top or the bottom of the body and reads as names: the NYT's Chinese edition
opens its feed items with ``<address>DAVID PIERSON, BERRY WANG</address>``. Any other
``<address>`` (a postal address, a long contact block) stays where it is.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.html.context import Context, text_of
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=parse_fragment(
...     "<div class='submitted'><a href='/author/18'>长平</a> 在 星期五, 02/28/2014 - 13:48 提交</div>"
...     "<p>正文。</p>"),
...     options=ParseOptions())
>>> post_meta(ctx)
>>> ctx.root.text_content(), [(line.rule, line.text) for line in ctx.body.set_aside]
('正文。', [('date-line', '长平 在 星期五, 02/28/2014 - 13:48 提交')])
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.fields.bylines import split_names
from newsparse.html.blocks import BLOCK_TAGS
from newsparse.html.context import Context, text_of
from newsparse.html.rules.base import AttributeMatcher

# whole class/id tokens of post-meta containers: "submitted", "entry-meta", "post-meta", "article-meta",
# "meta-info", "time", "pubtime", "publish-date", "post-date", "entry-date", "dateline-box"
_META_PATTERN = re.compile(
    r"(?:^|[\s_-])(?:submitted|(?:entry|post|article|story)[-_]?(?:meta|info|date|time)|meta[-_]?info|"
    r"time|date|datetime|pubtime|pubdate|publish(?:ed)?[-_]?(?:time|date|at|on)?|posted[-_]?on)(?:$|[\s_-])",
    re.IGNORECASE,
)
_META = AttributeMatcher(_META_PATTERN)
# whole class/id tokens of author lines: "byline", "author", "field-name-author", "author-name", "writer"
_AUTHOR_PATTERN = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|author[-_]?name|writer|reporter)(?:$|[\s_-])", re.IGNORECASE
)
_AUTHOR = AttributeMatcher(_AUTHOR_PATTERN)
# either: one remembered answer per value for the search through every class and id
_META_OR_AUTHOR = AttributeMatcher(
    re.compile(f"{_AUTHOR_PATTERN.pattern}|{_META_PATTERN.pattern}", re.IGNORECASE)
)
# longer than this, the container is more than a meta line: leave it to the other rules
_MAX_META = 100
_DIGIT = re.compile(r"\d")
_ADDRESS = ("address",)
# an <address> with less text than this before it or after it stands at the top or the bottom of the body
_NEAR_EDGE = 200
# no byline names more people than this
_MAX_NAMES = 6


def post_meta(ctx: Context) -> None:
    """Short author/date lines in containers named for them are set aside, not kept as text."""
    for el, class_value, id_value in ctx.named_elements(classes=_META_OR_AUTHOR, ids=_META_OR_AUTHOR):
        if el.tag not in BLOCK_TAGS or el is ctx.root or not ctx.attached(el):
            continue
        text = " ".join(text_of(el).split())
        if not text or len(text) > _MAX_META:
            continue
        is_author = _AUTHOR(class_value or "") or _AUTHOR(id_value or "")
        rule = "byline" if is_author else ("date-line" if _DIGIT.search(text) else "meta-line")
        ctx.set_aside(rule, text)
        ctx.drop(el, kind="other", rule="post-meta", text=text)
    for el in ctx.elements_by_tag(_ADDRESS):
        if ctx.attached(el) and el is not ctx.root:
            _address_byline(ctx, el)


def _text_size(texts: list[Any]) -> int:
    """Characters in ``texts`` other than white space."""
    return sum(len("".join(text.split())) for text in texts)


def _address_byline(ctx: Context, el: Any) -> None:
    """Set aside ``<address>DAVID PIERSON, BERRY WANG</address>`` as a byline when it is short, reads as
    names and stands at the top or the bottom of the body (an address mid-text is quoted, not signed)."""
    text = " ".join(text_of(el).split())
    if not text or len(text) > _MAX_META:
        return
    names = split_names(text)
    if not names or len(names) > _MAX_NAMES:
        return
    before, after = el.xpath("preceding::text()"), el.xpath("following::text()")
    if _text_size(before) >= _NEAR_EDGE and _text_size(after) >= _NEAR_EDGE:
        return
    ctx.set_aside("byline", f"作者：{text}")
    ctx.drop(el, kind="other", rule="post-meta", text=text)
