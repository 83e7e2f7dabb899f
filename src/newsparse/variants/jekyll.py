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

The front matter is split with python-frontmatter and read with a YAML loader that
refuses aliases and Python tags. Archivers write ``title: "${title}"`` verbatim, so a
title holding a double quote breaks the YAML; then the keys are read line by line and a
warning says so.
"""

from __future__ import annotations

import re
from typing import Any

import frontmatter
import yaml

from newsparse.document import Document
from newsparse.errors import LimitExceededError
from newsparse.options import ParseOptions
from newsparse.variants._header import read_header

__all__ = ["JekyllParser", "load_front_matter"]

_HANDLER = frontmatter.YAMLHandler()
# "---\n" at the very start (after optional blank lines), closed by another "---" line
_OPENING = re.compile(r"\A\s*---[ \t]*\n")
_CLOSING = re.compile(r"^---[ \t]*$", re.MULTILINE)
# a YAML anchor or alias: "&a [..]" or "*a"
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])[&*][A-Za-z0-9_-]+")
# "key: value" at the start of a line, for reading broken front matter
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
# "[ a, b ]" flow lists as archivers write them
_FLOW_LIST = re.compile(r"^\[(?P<items>.*)\]$")

#: front matter larger than this is not given to the YAML parser
MAX_FRONT_MATTER = 256 * 1024

try:
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


def _lenient_value(raw: str) -> Any:
    """Read one scalar or flow list the way a person would, without YAML."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if m := _FLOW_LIST.match(value):
        return [item.strip().strip("\"'") for item in m.group("items").split(",") if item.strip()]
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def _read_lines(block: str) -> dict[str, Any]:
    return {m.group("key"): _lenient_value(m.group("value")) for m in _KEY_LINE.finditer(block)}


def load_front_matter(block: str, *, name: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """Parse a front-matter block; return the mapping and warnings.

    Invalid YAML, aliases and unsafe tags fall back to reading ``key: value`` lines.

    >>> load_front_matter('title: "He said "hi""\\nfrom: https://a.tw/x')[0]["title"]
    'He said "hi"'
    """
    warnings: list[str] = []
    if len(block) > MAX_FRONT_MATTER:
        raise LimitExceededError(
            f"front matter is {len(block)} characters, over the limit of {MAX_FRONT_MATTER}",
            name=name,
        )
    if _ALIAS.search(block):
        warnings.append("front matter uses YAML anchors or aliases, which are not expanded; read line by line")
        return _read_lines(block), warnings
    try:
        data = yaml.load(block, Loader=_BaseLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (front matter line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        warnings.append(f"front matter is not valid YAML{where}: {problem}; read line by line")
        return _read_lines(block), warnings
    if data is None:
        return {}, warnings
    if not isinstance(data, dict):
        warnings.append("front matter is not a mapping; read line by line")
        return _read_lines(block), warnings
    return {str(k): v for k, v in data.items()}, warnings


class JekyllParser:
    """The ``jekyll`` variant: front matter + stamp + header line + HTML body."""

    name = "jekyll"

    def detect(self, text: str) -> float:
        """Confidence that ``text`` is a Jekyll post: an opening ``---`` and a closing one."""
        head = text[:4096]
        if not _OPENING.match(head):
            return 0.0
        opening = _OPENING.match(text)
        assert opening is not None
        if _CLOSING.search(text, opening.end()) is None:
            return 0.3
        return 0.95

    def parse(self, text: str, *, name: str | None, options: ParseOptions) -> Document:
        """Split the front matter, read the header and keep the body as HTML."""
        doc = Document(variant=self.name, name=name)
        opening = _OPENING.match(text)
        closing = _CLOSING.search(text, opening.end()) if opening else None
        if opening is None or closing is None:
            doc.warnings.append("front matter is not closed by a --- line; read as far as it goes")
            block = text[opening.end() if opening else 0 :]
            # a front matter that never closes: keys until the first line that is not one
            keys_end = 0
            for m in _KEY_LINE.finditer(block):
                if block[keys_end:m.start()].strip():
                    break
                keys_end = m.end()
            fm_text, rest, rest_offset = block[:keys_end], block[keys_end:], (opening.end() if opening else 0) + keys_end
        else:
            fm_text = text[opening.end() : closing.start()]
            rest_offset = closing.end() + 1 if closing.end() < len(text) else closing.end()
            rest = text[rest_offset:]
        front_matter, warnings = load_front_matter(fm_text, name=name)
        doc.front_matter = front_matter
        doc.warnings.extend(warnings)

        header = read_header(rest)
        doc.warnings.extend(w for w in header.warnings if header.stamp_raw is not None or header.title)
        doc.stamp_raw, doc.stamp_ms = header.stamp_raw, header.stamp_ms
        doc.header_title, doc.header_url = header.title, header.url
        doc.body = rest[header.body_start :]
        doc.body_line = text.count("\n", 0, rest_offset) + header.body_line + 1

        fm_title = front_matter.get("title")
        doc.title = _clean_str(fm_title) or header.title
        doc.url = _clean_str(front_matter.get("from")) or _clean_str(front_matter.get("url")) or header.url
        if header.title and fm_title and _clean_str(fm_title) != header.title:
            # the header line is written from the feed item; prefer it when the YAML broke
            if warnings:
                doc.title = header.title
        return doc


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
