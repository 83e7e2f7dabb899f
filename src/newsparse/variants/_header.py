"""The archiver's header shared by the ``jekyll`` and ``comment_stamp`` variants.

RSS archivers write, after the optional front matter::

    <!--1697553060000-->
    [美日韓會談 憂心北韓以武器換取俄國回報](https://www.cna.com.tw/news/aopl/202310170397.aspx)
    ------

    <div>...the publisher's HTML...</div>

The stamp is the feed item's time in milliseconds since the epoch (``NaN`` when the feed
gave none); the header line is a Markdown link to the article; ``------`` ends the header.
Any of the three may be missing in a damaged file: what is there is read, what is missing
is reported as a warning.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from attrs import define, field

from newsparse.fields.urls import is_safe_url, unwrap_archive

__all__ = [
    "HEADER_LINK",
    "STAMP_LINE",
    "USUAL_HEADER",
    "Header",
    "read_header",
    "safe_source_url",
    "usual_header",
]

# "<!--1697553060000-->", "<!-- NaN -->", "<!---62135596800000-->" (digits beyond any date
# are still a stamp, reported as out of range); no two optional runs of spaces in a row,
# so a long run of spaces costs one pass
STAMP_LINE = re.compile(r"^[ \t]*<!--[ \t]*(?:(-?\d{1,40}|NaN|null|undefined)[ \t]*)?-->[ \t]*$")
# "[title](https://example.com/a.html)"; the title may itself hold brackets:
# "[[Chinese] 香港《国安法》…](https://www.bbc.com/zhongwen/simp/chinese-news-61465932)"
HEADER_LINK = re.compile(r"^[ \t]*\[(?P<title>.*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)[ \t]*$")
# "------" (three or more dashes or equals signs, a Markdown rule or setext underline)
RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|={3,})[ \t]*$")
# the three lines as archivers write them, one right after the other: STAMP_LINE, HEADER_LINK
# and RULE_LINE joined by newlines, read in one match; the title is not a group (a group after
# ".*" makes the engine try every position from the end for "]", a plain "]" after ".*" is
# found by a quick scan) and is cut from the text between the "[" and the URL's "]("
USUAL_HEADER = re.compile(
    r"[ \t]*<!--[ \t]*(?:(?P<stamp>-?\d{1,40}|NaN|null|undefined)[ \t]*)?-->[ \t]*\n"
    r"(?P<link>[ \t]*\[.*\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)[ \t]*)\n"
    r"(?P<rule>[ \t]*(?:-{3,}|={3,})[ \t]*)(?:\n|\Z)"
)

#: how many leading lines the header may span (blank lines included)
_HEADER_WINDOW = 12
#: a longer line is body, not header (and is never given to the header patterns)
_MAX_HEADER_LINE = 8192
#: the stamps a datetime can hold (years 1 to 9999), in milliseconds since the epoch
_MIN_STAMP_MS = int((datetime(1, 1, 1, tzinfo=timezone.utc).timestamp()) * 1000)
_MAX_STAMP_MS = int((datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc).timestamp()) * 1000)


#: URL beginnings whose scheme is certainly safe: "https://www.cna.com.tw/…"
_WEB_SCHEMES = ("https:", "http:")


def safe_source_url(url: str | None, warnings: list[str]) -> str | None:
    """``url``, or None with a warning when its scheme runs code (``javascript:``, ``data:``...).

    A Wayback Machine copy's address gives the original's (the publisher's host, the
    article's own URL date): ``https://web.archive.org/web/20220705003159/https://hkcnews.com/…``
    is ``https://hkcnews.com/…``.

    >>> notes = []
    >>> safe_source_url("javascript:alert(1)", notes), notes
    (None, ['the source URL has an unsafe scheme and was dropped: javascript:alert(1)'])
    >>> safe_source_url("https://web.archive.org/web/20220705003159/https://hkcnews.com/article/49791/", [])
    'https://hkcnews.com/article/49791/'
    """
    if url is not None:
        url = unwrap_archive(url)
    # "https://…" (nearly every source URL) keeps its scheme whatever is_safe_url strips
    # from the rest: safe without a look at it
    if url is None or url.startswith(_WEB_SCHEMES) or is_safe_url(url):
        return url
    warnings.append(f"the source URL has an unsafe scheme and was dropped: {url[:100]}")
    return None


@define
class Header:
    """What the header lines said, and where the body starts."""

    stamp_raw: str | None = None
    stamp_ms: int | None = None
    title: str | None = None
    url: str | None = None
    #: index into the text where the body starts
    body_start: int = 0
    #: 0-based count of lines before the body
    body_line: int = 0
    warnings: list[str] = field(factory=list)

    @property
    def found(self) -> bool:
        """True when a stamp or a header link was found."""
        return self.stamp_raw is not None or self.title is not None


def _read_stamp(header: Header, raw: str) -> None:
    """Record the stamp ``raw`` (``"1697553060000"``, ``"NaN"``, ``""``) on ``header``."""
    header.stamp_raw = raw
    if raw.lstrip("-").isdigit():
        stamp = int(raw)
        if _MIN_STAMP_MS <= stamp <= _MAX_STAMP_MS:
            header.stamp_ms = stamp
        else:
            header.warnings.append(f"the comment stamp {raw} is out of range; ignored")


def read_header(text: str, start: int = 0) -> Header:
    """Read the stamp, header link and rule from ``text[start:]``.

    >>> h = read_header("<!--1697553060000-->\\n[標題](https://a.tw/x)\\n------\\n\\n<p>x</p>")
    >>> h.stamp_ms, h.title, h.url, h.body_line
    (1697553060000, '標題', 'https://a.tw/x', 3)
    """
    usual = USUAL_HEADER.match(text, start)
    if usual is not None and (header := usual_header(text, usual, start)) is not None:
        return header
    return _read_header_lines(text, start)


def usual_header(text: str, usual: re.Match[str], start: int, before: int = 0) -> Header | None:
    """What :func:`_read_header_lines` reads from the three lines ``usual`` matched at
    ``start``, or None when one of them is too long to be read as header (it would be body).

    ``usual`` is a match of :data:`USUAL_HEADER`, or of a longer pattern that ends with it
    and has ``before`` groups before USUAL_HEADER's own.
    """
    # the spans of the groups, read from one tuple rather than by a call for each
    spans = usual.regs
    stamp, link, url, rule = (
        spans[before + _STAMP],
        spans[before + _LINK],
        spans[before + _URL],
        spans[before + _RULE],
    )
    end = spans[0][1]
    # all three together are not too long, or each one is not
    if end - start > _MAX_HEADER_LINE and (
        link[0] - 1 - start > _MAX_HEADER_LINE
        or link[1] - link[0] > _MAX_HEADER_LINE
        or rule[1] - rule[0] > _MAX_HEADER_LINE
    ):
        return None
    header = Header(
        None,
        None,
        text[text.index("[", link[0]) + 1 : url[0] - 2].strip(),  # the title
        text[url[0] : url[1]].strip() or None,
        end,
        3,
    )
    _read_stamp(header, text[stamp[0] : stamp[1]])  # "" when the stamp is "<!---->": (-1, -1)
    return header


_STAMP, _LINK, _URL, _RULE = (USUAL_HEADER.groupindex[n] for n in ("stamp", "link", "url", "rule"))
assert USUAL_HEADER.groups == _RULE, "usual_header reads every group of USUAL_HEADER"


def _read_header_lines(text: str, start: int) -> Header:
    """:func:`read_header`, line by line: blank lines, missing lines and lines out of order too."""
    header = Header(body_start=start)
    pos = start
    line_no = 0
    seen_rule = False
    for _ in range(_HEADER_WINDOW):
        end = text.find("\n", pos)
        if (len(text) if end < 0 else end) - pos > _MAX_HEADER_LINE:
            break
        line = text[pos:] if end < 0 else text[pos:end]
        next_pos = len(text) if end < 0 else end + 1
        stripped = line.strip()
        if not stripped:
            if end < 0:
                break
            pos = next_pos
            line_no += 1
            continue
        # each pattern allows only blanks before its first character: a cheap test before it
        first = stripped[0]
        if (
            first == "<"
            and header.stamp_raw is None
            and header.title is None
            and (m := STAMP_LINE.match(line))
        ):
            _read_stamp(header, m.group(1) or "")
        elif first == "[" and header.title is None and (m := HEADER_LINK.match(line)):
            header.title = m.group("title").strip()
            header.url = m.group("url").strip() or None
        elif (
            (first == "-" or first == "=")
            and RULE_LINE.match(line)
            and (header.title is not None or header.stamp_raw is not None)
        ):
            seen_rule = True
            pos = next_pos
            line_no += 1
            break
        else:
            break
        pos = next_pos
        line_no += 1
        if end < 0:
            break
    if header.found:
        header.body_start = pos
        header.body_line = line_no
        if header.title is None:
            header.warnings.append("no [title](url) header line after the comment stamp")
        elif not seen_rule:
            header.warnings.append("the header line is not followed by a ------ rule")
    return header
