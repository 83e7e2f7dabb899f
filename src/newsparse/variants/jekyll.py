"""Jekyll posts written by RSS archivers: YAML front matter, then the archiver's header.

::

    ---
    layout: post
    title: "北約秘書長訪南韓 促增對烏克蘭軍援"
    date: 2023-01-30T08:04:05.000Z
    author: (臺)中央社CNA
    from: https://www.cna.com.tw/news/aopl/202301300091.aspx
    tags: [ (臺)中央社CNA ]
    categories: [ (臺)中央社CNA ]
    ---
    <!--1675065845000-->
    [北約秘書長訪南韓 促增對烏克蘭軍援](https://www.cna.com.tw/news/aopl/202301300091.aspx)
    ------

    <div>...</div>

python-frontmatter's handler model splits the front matter (a handler subclass whose
boundary is exactly ``---``, so the archiver's ``------`` rule never closes it), and the
block is read with PyYAML's safe loader, after a pass over its events that
refuses what a safe loader would still take too far: aliases (a "billion laughs" bomb
is never expanded), tags other than YAML's own (``!!python/object``...) and nesting
deeper than :data:`MAX_YAML_DEPTH` (libyaml slows down and finally crashes on deep
nesting). Archivers write ``title: "${title}"`` verbatim, so a title holding a double
quote breaks the YAML. In all these cases the record is not lost: the ``key: value``
lines are read the way a person would read them, the title and URL also come from the
``[title](url)`` header line, and a warning says what happened.

The URL is the front matter's ``from:`` (the RSS archiver), else ``url:``, else ``link:``
(jekyll-import's RSS importer keeps the feed item's link there), else the header line's.
An archive of Wayback Machine copies writes the copy's address in ``url:`` and the
publisher's in ``original_url:``, which is then the URL; any Wayback address
(``https://web.archive.org/web/20220705003159/https://hkcnews.com/…``) gives the original's.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from newsparse.document import Document
from newsparse.fields.urls import archive_capture, resolve_url, unwrap_proxy
from newsparse.options import ParseOptions
from newsparse.variants._header import USUAL_HEADER, read_header, safe_source_url, usual_header

__all__ = ["MAX_FRONT_MATTER", "MAX_YAML_DEPTH", "JekyllParser", "front_matter_image", "load_front_matter"]

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

# "---\n" at the very start (after optional blank lines), closed by another "---" line
_OPENING = re.compile(r"\A\s*---[ \t]*\n")
_CLOSING = re.compile(r"^---[ \t]*$", re.MULTILINE)


def _closing(text: str, start: int) -> re.Match[str] | None:
    """``_CLOSING.search(text, start)``, tried only where ``---`` stands.

    The pattern's search tries every position of the front matter; ``str.find`` skips to
    each ``---`` in one C loop, and the pattern is matched there only (its ``^`` holds at
    the start of the text and after a newline, as tested here).

    >>> _closing("a: b\\nx---\\n---\\nbody", 0).start()
    10
    """
    pos = start
    while (at := text.find("---", pos)) >= 0:
        if (at == 0 or text[at - 1] == "\n") and (m := _CLOSING.match(text, at)) is not None:
            return m
        pos = at + 1
    return None


# the newlines after the closing line, which the content does not start with
_NEWLINE_RUN = re.compile(r"\n*")
# "key: value" at the start of a line, for reading broken front matter: "title: "a "b" c""
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:(?P<value>.*)$", re.MULTILINE)
# "[ a, b ]" flow lists as archivers write them
_FLOW_LIST = re.compile(r"^\[(?P<items>.*)\]$")
# YAML's own timestamp form: "2023-01-30", "2023-01-30T08:04:05.000Z", "2014-02-28 13:48:50 +01:00"
_TIMESTAMP = yaml.constructor.SafeConstructor.timestamp_regexp
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

#: front matter larger than this (in characters) is not given to the YAML parser
MAX_FRONT_MATTER = 256 * 1024
#: front matter nested deeper than this is not loaded (archivers write flat mappings)
MAX_YAML_DEPTH = 32
#: the tags a front matter may carry: YAML's own; anything else is refused
_SAFE_TAGS = frozenset(
    [
        "!",
        *(
            "tag:yaml.org,2002:" + t
            for t in [
                "str",
                "int",
                "float",
                "bool",
                "null",
                "timestamp",
                "seq",
                "map",
                "binary",
                "set",
                "omap",
                "pairs",
            ]
        ),
    ]
)


class _FrontMatterLoader(_SafeLoader):
    """The safe loader, keeping dates that do not exist and absurd integers as strings."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.kept_as_text: list[str] = []

    def _timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):  # "2023-02-30", "2023-01-01T25:00:00"
            self.kept_as_text.append(f"front matter value {node.value!r} is not a real date")
            return node.value

    def _int(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_int(node)
        except ValueError:  # more digits than Python converts
            self.kept_as_text.append(f"front matter number of {len(node.value)} digits kept as text")
            return node.value


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _FrontMatterLoader._timestamp)
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _FrontMatterLoader._int)


def _refusal(block: str, first_line: int) -> str | None:
    """Why ``block`` must not be loaded as YAML (an alias, an unsafe tag, deep nesting), or None.

    Looks at the parser's events only, so nothing is built or expanded.
    """
    depth = 0
    for event in yaml.parse(block, Loader=_SafeLoader):
        mark = event.start_mark
        where = f"line {first_line + mark.line}" if mark is not None else "an unknown line"
        if isinstance(event, yaml.AliasEvent):
            return f"alias *{event.anchor} at {where}; aliases are never expanded"
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _SAFE_TAGS:
            return f"unsafe tag {tag.replace('tag:yaml.org,2002:', '!!')} at {where}"
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return f"nested deeper than {MAX_YAML_DEPTH} levels at {where}"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _timestamp(value: str) -> datetime | date | None:
    """``value`` as YAML would read it when it is a timestamp that exists, else None.

    >>> _timestamp("2023-01-30T08:04:05.000Z")
    datetime.datetime(2023, 1, 30, 8, 4, 5, tzinfo=datetime.timezone.utc)
    >>> _timestamp("2023-02-30") is None
    True
    """
    try:
        if _UTC_STAMP.fullmatch(value):  # what archivers write: read by the C parser
            return _utc_stamp(value)
        m = _TIMESTAMP.match(value)
        if m is None:
            return None
        return _yaml_timestamp(m)
    except (ValueError, OverflowError):
        return None


# the archivers' timestamp, "2023-01-30T08:04:05.000Z": a form datetime.fromisoformat reads
# the way PyYAML does once the "Z" is taken off (3 or 6 fraction digits, as Python 3.10 wants)
_UTC_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{3}(?:[0-9]{3})?)?Z")


def _utc_stamp(value: str) -> datetime:
    """A ``_UTC_STAMP`` as PyYAML reads it; ``ValueError`` for a date that does not exist."""
    return datetime.fromisoformat(value[:-1] + "+00:00")  # tzinfo: timezone.utc itself


@functools.lru_cache(maxsize=64)
def _fixed_zone(minutes: int) -> timezone:
    """The zone ``minutes`` east of UTC, one object per offset (an archive repeats a handful:
    ``+01:00``, ``+08:00``); ``ValueError`` for a day or more, as ``timezone`` raises.

    >>> _fixed_zone(60) is _fixed_zone(60), _fixed_zone(0) is timezone.utc
    (True, True)
    """
    return timezone(timedelta(minutes=minutes))


def _yaml_timestamp(m: re.Match[str]) -> datetime | date:
    """PyYAML's ``construct_yaml_timestamp`` on a match of its own pattern (``_TIMESTAMP``).

    The same steps as PyYAML 6 takes, without building a node and matching the text a second
    time; raises ``ValueError`` for a date that does not exist, as PyYAML does.

    >>> _yaml_timestamp(_TIMESTAMP.match("2014-02-28 13:48:50.5 +01:00")).isoformat()
    '2014-02-28T13:48:50.500000+01:00'
    """
    year, month, day, hour, minute, second, fraction_text, tz, tz_sign, tz_hour, tz_minute = m.group(
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "second",
        "fraction",
        "tz",
        "tz_sign",
        "tz_hour",
        "tz_minute",
    )
    if not hour:
        return date(int(year), int(month), int(day))
    fraction = 0
    if fraction_text:
        fraction = int(fraction_text[:6].ljust(6, "0"))
    zone: tzinfo | None = None
    if tz_sign:
        minutes = int(tz_hour) * 60 + int(tz_minute or 0)
        zone = _fixed_zone(-minutes if tz_sign == "-" else minutes)
    elif tz:
        zone = timezone.utc
    return datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), fraction, tzinfo=zone
    )


def _lenient_value(raw: str) -> Any:
    """Read one scalar or flow list the way a person would, without YAML."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if m := _FLOW_LIST.match(value):
        return [item.strip().strip("\"'") for item in m.group("items").split(",") if item.strip()]
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    stamp = _timestamp(value)
    return value if stamp is None else stamp


def _read_lines(block: str) -> dict[str, Any]:
    """The ``key: value`` lines of a front matter YAML cannot read; the first of a key wins.

    >>> _read_lines('title: "He said "hi""\\ndate: 2023-01-30\\ntags: [ a, b ]')
    {'title': 'He said "hi"', 'date': datetime.date(2023, 1, 30), 'tags': ['a', 'b']}
    """
    found: dict[str, Any] = {}
    for m in _KEY_LINE.finditer(block):
        found.setdefault(m.group("key"), _lenient_value(m.group("value")))
    return found


# a front matter made only of the lines of the flat form archivers write, checked in one match:
# "key: value" ("title: "…"", "tags: [ 中央社 ]", "date: 2023-01-30T08:04:05.000Z"), "key:" and
# blank lines; a key starts its line (an indented key is nested, not flat). Possessive: a line
# is matched once, never tried again in another way.
_FLAT_BLOCK = re.compile(
    r"(?:(?:[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?|[ \t]*)\n)*+(?:[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?|[ \t]*)"
)
# a double- or single-quoted scalar with nothing YAML would interpret inside
_PLAIN_QUOTED = re.compile(r'"(?P<dq>[^"\\]*)"|\'(?P<sq>[^\']*)\'')
# a flow sequence of plain items: "[ (臺)中央社CNA ]", "[ a, b ]", "[]"
_PLAIN_FLOW = re.compile(r"\[(?P<items>[^\[\]{}\"'#&*!|>%@`]*)\]")
# characters that may not start a plain scalar, and sequences that may not occur in one
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# PyYAML's implicit resolvers by first character (the dict itself, so additions are seen)
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"
# the words PyYAML's bool pattern takes, with their value: "True", "yes", "OFF"
_BOOL_WORDS = {
    word: _CONSTRUCTOR.bool_values[word.lower()]
    for lower in _CONSTRUCTOR.bool_values
    for word in (lower, lower.capitalize(), lower.upper())
}


def _resolve_plain(value: str) -> tuple[bool, Any]:
    """``(True, value)`` as YAML's resolvers would read a plain scalar, or ``(False, None)``.

    Mirrors PyYAML's implicit resolvers (bool, int, float, null, timestamp); gives up on
    anything it does not read exactly like PyYAML.

    >>> _resolve_plain("post"), _resolve_plain("True"), _resolve_plain("~"), _resolve_plain("012")
    ((True, 'post'), (True, True), (True, None), (False, None))
    """
    if not value:
        return True, None
    first = value[0]
    if first in _INDICATORS or ": " in value or " #" in value or value.endswith(":"):
        return False, None
    resolvers = _IMPLICIT.get(first)
    if not resolvers:  # "post", "https://…", "中央社": no resolver starts with these, a string
        return True, value
    # the two forms archivers write, answered without trying the resolvers' patterns in turn:
    # "2023-01-30T08:04:05.000Z" (only the timestamp pattern takes it: no int or float has a
    # "T") and "True" (the bool resolver is the first one of every letter a bool word starts with)
    if (word := _BOOL_WORDS.get(value)) is not None and resolvers[0][0] == _BOOL_TAG:
        return True, word
    if _UTC_STAMP.fullmatch(value):
        try:
            return True, _utc_stamp(value)
        except (ValueError, OverflowError):  # "2023-02-30T00:00:00Z"
            return False, None
    for candidate, regexp in resolvers:
        if regexp.match(value):
            tag = candidate
            break
    else:
        return True, value
    if tag == _TIMESTAMP_TAG:
        stamp = _timestamp(value)
        return (stamp is not None), stamp
    if tag == _BOOL_TAG:  # PyYAML's construct_yaml_bool
        return True, _CONSTRUCTOR.bool_values[value.lower()]
    if tag == _NULL_TAG:
        return True, None
    return False, None  # numbers and the rest: let the real loader judge


def _read_flat(block: str) -> dict[str, Any] | None:
    """The archivers' flat ``key: value`` front matter, read exactly as PyYAML would.

    Returns None for anything beyond that simple form (nesting, block lists, escapes,
    numbers, comments), which then goes to the full YAML loader. Most posts never need
    it, and the full loader costs ~20x more.

    >>> _read_flat('layout: post\\ntitle: "北約秘書長訪南韓"\\ntags: [ (臺)中央社CNA ]\\ncomments: True')
    {'layout': 'post', 'title': '北約秘書長訪南韓', 'tags': ['(臺)中央社CNA'], 'comments': True}
    >>> _read_flat("a: &x [1]") is None
    True
    """
    data = _read_template(block)
    return data if data is not None else _read_flat_lines(block)


def _template_pattern() -> re.Pattern[str]:
    """:data:`_TEMPLATE`, with the characters YAML reads in some other way left out of its values."""
    resolved = "".join(re.escape(c) for c in sorted(_IMPLICIT) if c)  # "~", "T", "0"...
    indicators = "".join(re.escape(c) for c in sorted(_INDICATORS))  # "[", "&", "#"...
    flow = re.escape("[]{}\"'#&*!|>%@`,")  # what _PLAIN_FLOW refuses in items, and the comma
    # a plain scalar that reads as itself (its first character starts no resolver and no
    # indicator; it neither starts nor ends with a blank, nor ends with ":"; ": " and " #"
    # are looked for afterwards, on all values at once): "post", "中央社", "https://a.tw/x"
    plain = rf"[^\s{indicators}{resolved}][^\n]*(?<![\s:])"
    # the same, as the one item of a flow list: "(臺)中央社CNA" of "[ (臺)中央社CNA ]"
    item = rf"[^\s{indicators}{resolved}][^\n{flow}]*(?<![\s:])"
    return re.compile(
        rf"layout: (?P<layout>{plain})\n"
        r'title: "(?P<title>[^"\\\n]*)"\n'
        # what _timestamp reads, or not flat; "utc" when it is the archivers' own form
        rf"date: (?P<date>(?P<utc>{_UTC_STAMP.pattern})(?=\n)|[0-9]{{4}}-[^\n]*(?<!\s))\n"
        rf"author: (?P<author>{plain})\n"
        rf"from: (?P<from>{plain})\n"
        rf"tags: \[[ \t]*(?P<tags>{item})[ \t]*\]\n"
        r"(?:comments: (?P<comments>[^\s\"'\[][^\n]*(?<!\s))\n)?"
        rf"categories: \[[ \t]*(?P<categories>{item})[ \t]*\]"
    )


#: The front matter as the RSS archiver writes it, line for line, read in one match::
#:
#:     layout: post
#:     title: "北約秘書長訪南韓 促增對烏克蘭軍援"
#:     date: 2023-01-30T08:04:05.000Z
#:     author: (臺)中央社CNA
#:     from: https://www.cna.com.tw/news/aopl/202301300091.aspx
#:     tags: [ (臺)中央社CNA ]
#:     comments: True
#:     categories: [ (臺)中央社CNA ]
_TEMPLATE = _template_pattern()
#: how many first characters PyYAML's resolvers had when _TEMPLATE was built (one added since
#: could change how a value is read: then the template is not used)
_RESOLVED_FIRSTS = len(_IMPLICIT)


def _read_template(block: str) -> dict[str, Any] | None:
    """:func:`_read_flat_lines` of a front matter that is exactly :data:`_TEMPLATE`, or None.

    One match instead of a pass per line: the pattern admits only values that read as
    themselves (or as the timestamp and the boolean they spell), so what is left to do is
    building the mapping.

    >>> _read_template('layout: post\\ntitle: "t"\\ndate: 2023-01-30T08:04:05.000Z\\nauthor: 中央社\\n'
    ...                'from: https://a.tw/x\\ntags: [ 中央社 ]\\ncategories: [ 中央社 ]')["tags"]
    ['中央社']
    """
    m = _TEMPLATE.fullmatch(block)
    return None if m is None else _template_values(m)


def _template_values(m: re.Match[str]) -> dict[str, Any] | None:
    """The mapping of a front matter that :data:`_TEMPLATE` matched (``m`` may be a match of a
    longer pattern that holds it), or None when a value is not read as the pattern reads it."""
    if len(_IMPLICIT) != _RESOLVED_FIRSTS:
        return None
    layout, title, stamp, utc, author, source, tag, comments, category = m.group(
        "layout", "title", "date", "utc", "author", "from", "tags", "comments", "categories"
    )
    # what the pattern does not rule out in a plain value: ": " and " #" inside it
    plain = "\n".join((layout, author, source, tag, category))
    if ": " in plain or " #" in plain:
        return None
    # "2023-01-30T08:04:05.000Z", "2020-05-26": only the timestamp resolver takes four digits
    # and a "-" (no int or float has a "-" after its first character); a value it reads has
    # no ": " and no " #"
    if utc is not None:
        try:
            published: datetime | date | None = _utc_stamp(utc)
        except (ValueError, OverflowError):  # "2023-02-30T00:00:00Z"
            return None
    else:
        published = _timestamp(stamp)
    if published is None:  # "2023-02-30", "2020-05-26x": the line reader sorts these out
        return None
    data = {
        "layout": layout,
        "title": title,
        "date": published,
        "author": author,
        "from": source,
        "tags": [tag],
    }
    if comments is not None:
        # "True": a bool word is read as such when the bool resolver comes first for its letter
        # (as PyYAML registers it); anything else as the line reader would
        word = _BOOL_WORDS.get(comments)
        if word is not None and _IMPLICIT[comments[0]][0][0] == _BOOL_TAG:
            data["comments"] = word
        else:
            ok, data["comments"] = _resolve_plain(comments)
            if not ok:
                return None
    data["categories"] = [category]
    return data


def _read_flat_lines(block: str) -> dict[str, Any] | None:
    """:func:`_read_flat`, line by line: any flat front matter, not only the archiver's template."""
    if _FLAT_BLOCK.fullmatch(block) is None:
        return None  # some line is neither "key: value" nor blank
    data: dict[str, Any] = {}
    for line in block.split("\n"):
        # the key never holds a ":"; what follows it is blank or starts with a blank
        key, colon, value = line.partition(":")
        if not colon:
            continue  # a blank line
        value = value.strip()
        first = value[:1]
        if first == '"' or first == "'":
            if (q := _PLAIN_QUOTED.fullmatch(value)) is None:
                return None  # escapes and the like (no plain scalar starts with a quote)
            dq, sq = q.groups()
            data[key] = dq if dq is not None else sq
        elif first == "[":
            if (f := _PLAIN_FLOW.fullmatch(value)) is None:
                return None  # nested or quoted items (no plain scalar starts with "[")
            inner = f.group("items").strip()
            items: list[Any] = []
            if inner:
                for item in inner.split(","):
                    item = item.strip()
                    ok, parsed = _resolve_plain(item)
                    if not ok or not item:
                        return None
                    items.append(parsed)
            data[key] = items
        else:
            ok, parsed = _resolve_plain(value)
            if not ok:
                return None
            data[key] = parsed
    return data


def _read_yaml(block: str, first_line: int) -> tuple[dict[str, Any], list[str], bool]:
    """The mapping, warnings, and whether YAML had to be given up for line reading."""
    if len(block) > MAX_FRONT_MATTER:
        reason = f"{len(block)} characters, over the limit of {MAX_FRONT_MATTER}"
        return _read_lines(block), [f"front matter not read as YAML ({reason}); read line by line"], True
    flat = _read_flat(block)
    if flat is not None:
        return flat, [], False
    try:
        refusal = _refusal(block, first_line)
        if refusal is not None:
            return _read_lines(block), [f"front matter not read as YAML ({refusal}); read line by line"], True
        loader = _FrontMatterLoader(block)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {first_line + mark.line})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        return (
            _read_lines(block),
            [f"front matter is not valid YAML{where}: {problem}; read line by line"],
            True,
        )
    if data is None:
        return {}, [], False
    if not isinstance(data, dict):
        return _read_lines(block), ["front matter is not a mapping; read line by line"], True
    return {str(k): v for k, v in data.items()}, loader.kept_as_text, False


def load_front_matter(
    block: str, *, name: str | None = None, first_line: int = 2
) -> tuple[dict[str, Any], list[str]]:
    """Parse a front-matter block; return the mapping and warnings. Never raises.

    Invalid YAML, aliases, unsafe tags, deep nesting and oversized blocks fall back to
    reading ``key: value`` lines, with a warning. ``first_line`` is the line of the input
    the block starts on, for the warnings.

    >>> load_front_matter('title: "He said "hi""\\nfrom: https://a.tw/x')[0]["title"]
    'He said "hi"'
    >>> fm, warnings = load_front_matter("a: &x [1, 2]\\nb: *x\\ntitle: t")
    >>> fm["title"]
    't'
    >>> print(*warnings)
    front matter not read as YAML (alias *x at line 3; aliases are never expanded); read line by line
    """
    data, warnings, _gave_up = _read_yaml(block, first_line)
    return data, warnings


class ArchiverYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, fitted to archived posts.

    The boundary is exactly three dashes (the archiver's ``------`` header rule must not
    close the front matter), leading blank lines are allowed, and ``load`` is newsparse's
    guarded loader instead of a bare ``yaml.load``.

    >>> ArchiverYAMLHandler().split("---\\ntitle: t\\n---\\n[t](u)\\n------\\n<p>x</p>")
    ('title: t', '[t](u)\\n------\\n<p>x</p>')
    """

    FM_BOUNDARY = re.compile(r"^---[ \t]*$", re.MULTILINE)
    START_DELIMITER = END_DELIMITER = "---"

    def detect(self, text: str) -> bool:
        """An opening ``---`` line at the start, after optional blank lines."""
        return _OPENING.match(text[:4096]) is not None

    def split(self, text: str) -> tuple[str, str]:
        """Front matter and content; content is empty when the block never closes."""
        opening = _OPENING.match(text)
        start = opening.end() if opening else 0
        closing = _closing(text, start)
        if closing is None:
            return text[start:], ""
        return text[start : closing.start()].strip("\n"), text[closing.end() :].lstrip("\n")

    def load(self, fm: str, **kwargs: object) -> dict[str, Any]:
        """The guarded loader: no aliases, no foreign tags, bounded nesting."""
        data, _warnings, _gave_up = _read_yaml(fm, 1)
        return data


_HANDLER = ArchiverYAMLHandler()


class JekyllParser:
    """The ``jekyll`` variant: front matter + stamp + header line + HTML body."""

    name = "jekyll"

    def detect(self, text: str) -> float:
        """Confidence that ``text`` is a Jekyll post: an opening ``---`` and a closing one."""
        # the usual post: "---" on the first line and a "---" line further down (the first
        # closing line may come earlier; any one is enough to say there is one)
        if text.startswith("---\n") and text.find("\n---\n", 3) >= 0:
            return 0.95
        # _HANDLER.detect's test, matched once: an opening found in the first 4096 characters
        # is the one a match over the whole text finds
        opening = _OPENING.match(text, 0, 4096)
        if opening is None:
            return 0.0
        if _closing(text, opening.end()) is None:
            return 0.3
        return 0.95

    def parse(self, text: str, *, name: str | None, options: ParseOptions) -> Document:
        """Split the front matter, read the header and keep the body as HTML."""
        head = _ARCHIVED_HEAD.match(text)
        if head is not None and (doc := self._parse_archived(text, head, name)) is not None:
            return doc
        return self._parse_lines(text, name)

    def _parse_lines(self, text: str, name: str | None) -> Document:
        """:meth:`parse` of any Jekyll post: the front matter and the header line by line."""
        doc = Document(variant=self.name, name=name)
        opening = _OPENING.match(text)
        start = opening.end() if opening else 0
        closing = _closing(text, start) if opening else None
        if closing is None:
            doc.warnings.append("front matter is not closed by a --- line; read as far as it goes")
            block = text[start:]
            # a front matter that never closes: keys until the first line that is not one
            keys_end = 0
            for m in _KEY_LINE.finditer(block):
                if block[keys_end : m.start()].strip():
                    break
                keys_end = m.end()
            fm_text, rest_offset = block[:keys_end], start + keys_end
        else:
            # what _HANDLER.split returns, from the matches above and without copying the rest
            fm_text = text[start : closing.start()].strip("\n")
            newlines = _NEWLINE_RUN.match(text, closing.end())
            assert newlines is not None  # "\n*" matches everywhere
            rest_offset = newlines.end()
        front_matter, warnings, gave_up = _read_yaml(fm_text, text.count("\n", 0, start) + 1)
        doc.front_matter = front_matter
        doc.warnings.extend(warnings)

        # the header of text[rest_offset:], read in place
        header = read_header(text, rest_offset)
        doc.warnings.extend(w for w in header.warnings if header.stamp_raw is not None or header.title)
        doc.stamp_raw, doc.stamp_ms = header.stamp_raw, header.stamp_ms
        doc.header_title, doc.header_url = header.title, header.url
        doc.body = text[header.body_start :]
        doc.body_line = text.count("\n", 0, rest_offset) + header.body_line + 1

        fm_title = _clean_str(front_matter.get("title"))
        # the RSS archiver writes ``from:``; other front matters ``url:``; jekyll-import's RSS
        # importer keeps the item's link in ``link: https://vocus.cc/article/5ad75196fd89780001a9be7f``
        fm_url = (
            _clean_str(front_matter.get("from"))
            or _clean_str(front_matter.get("url"))
            or _clean_str(front_matter.get("link"))
        )
        if (fm_url is None or archive_capture(fm_url) is not None) and (
            original := _clean_str(front_matter.get("original_url"))
        ):
            # an archive of copies: "url: https://web.archive.org/web/20220705003159/https://hkcnews.com/…"
            # beside "original_url: https://hkcnews.com/…" (hkarchivist/hkcnews-article-archive)
            fm_url = original
        if gave_up:
            # the header line is written from the feed item; trust it over a broken YAML
            doc.title = header.title or fm_title
            url = header.url or fm_url
        else:
            doc.title = fm_title or header.title
            url = fm_url or header.url
        doc.url = safe_source_url(url, doc.warnings)
        return doc

    def _parse_archived(self, text: str, head: re.Match[str], name: str | None) -> Document | None:
        """What :meth:`parse` reads from a post whose head :data:`_ARCHIVED_HEAD` matched, or None
        when a value or a line is not read the way the pattern reads it.

        The front matter is the block between the two ``---`` lines (it neither starts nor ends
        with a newline), closed by the first ``---`` line (no template line starts with
        ``---``); the header starts after the newlines that follow (``blank``).
        """
        fm_start, fm_end = head.span("fm")
        if fm_end - fm_start > MAX_FRONT_MATTER:
            return None  # read line by line, with a warning
        front_matter = _template_values(head)
        if front_matter is None:
            return None
        # the header: the usual three lines (when their group matched, it starts after the
        # newlines that follow the front matter), else whatever read_header finds there
        rest_offset = head.start("header")
        header = None if rest_offset < 0 else usual_header(text, head, rest_offset, _HEADER_GROUP)
        if header is None:
            rest_offset = head.end("blank")
            header = read_header(text, rest_offset)
            if header.warnings and header.stamp_raw is None and not header.title:
                return None  # warnings the general reader drops: never from read_header today
        warnings = header.warnings
        # in the order of the fields (a call with keywords costs twice as much)
        return Document(
            self.name,  # variant
            name,
            _clean_str(front_matter["title"]) or header.title,  # title
            safe_source_url(front_matter["from"], warnings),  # url (plain: nothing to strip)
            front_matter,
            header.stamp_raw,
            header.stamp_ms,
            header.title,  # header_title
            header.url,  # header_url
            text[header.body_start :],  # body
            "html",  # body_format
            text.count("\n", 0, rest_offset) + header.body_line + 1,  # body_line
            None,  # body_parts
            warnings,
        )


#: The head of a post as the RSS archiver writes it: ``---``, the front matter of
#: :data:`_TEMPLATE`, ``---``, and the stamp, link and rule lines of
#: :data:`~newsparse.variants._header.USUAL_HEADER`, read in one match.
_ARCHIVED_HEAD = re.compile(
    rf"---\n(?P<fm>{_TEMPLATE.pattern})\n---[ \t]*(?=\n|\Z)(?P<blank>\n*)"
    rf"(?:(?P<header>{USUAL_HEADER.pattern}))?"
)
# how many groups of _ARCHIVED_HEAD come before USUAL_HEADER's own: the last is "header"
_HEADER_GROUP = _ARCHIVED_HEAD.groupindex["header"]


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def front_matter_image(
    front_matter: dict[str, Any], base_url: str | None = None
) -> tuple[str, str | None] | None:
    """The lead image a Jekyll theme's front matter names, as ``(url, caption)``, or None.

    Themes put the post's lead picture in ``image:`` and its caption in ``image_caption:``
    (agorahub/pen0's columns: ``image : https://images.weserv.nl/?url=d32kak7w9u5ewj.cloudfront.net/…``);
    the URL is the original behind an image proxy, made absolute against the post's URL. Only
    a text value is read (a mapping is some other theme's convention).

    >>> front_matter_image({"image": "https://wsrv.nl/?url=a.net/1.jpg", "image_caption": " 1995年 "})
    ('https://a.net/1.jpg', '1995年')
    >>> front_matter_image({"image": "/assets/c1.jpg"}, "https://pen.example/2022/x.html")
    ('https://pen.example/assets/c1.jpg', None)
    >>> front_matter_image({"image": "/assets/c1.jpg"}) is None, front_matter_image({"image": True}) is None
    (True, True)
    """
    value = front_matter.get("image")
    if not isinstance(value, str) or not (url := resolve_url(value, base_url)):
        return None
    url = unwrap_proxy(url)
    if not url.startswith(("https://", "http://")):
        return None
    caption = front_matter.get("image_caption")
    return url, (_clean_str(caption) if isinstance(caption, str) else None)
