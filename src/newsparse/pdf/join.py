"""Rejoin printed lines into paragraphs and headings.

A PDF has no paragraphs, only lines. The rules, for the lines left after chrome,
footnotes and the blocks around the body were set aside:

* a line that does not end a sentence continues on the next line (CJK text has no
  hyphens, so ``…韓國總統尹錫`` / ``悅，其中…`` is one word), across page breaks,
  running headers and footnotes;
* a line that ends a sentence ends its paragraph when it is *short*. The column width
  is the most common width of lines that do not end a sentence (widths in ems, see
  :func:`~newsparse.pdf.lines.text_width`); a line is short when the room left on it
  is more than one and a half ems *and* more than the next line's first unbreakable
  piece needs (``影響力。`` / ``2023 年…`` is a full line: "2023" did not fit). A
  first-line indent the extractor dropped is measured on the document and allowed for.
  A full line that ends a sentence usually ends one inside a paragraph, so it
  continues, unless the next line is indented (kept ``　　`` or spaces) or is short by
  exactly the document's lost indent;
* text that already comes as blocks (pymupdf4llm joins the lines of a block) has no
  usable width: a block ends its paragraph when it ends a sentence;
* a short group of lines after a paragraph end, with no sentence punctuation, no comma
  and balanced brackets, is a heading; so is a line starting ``一、`` (with its wrapped
  tail, or the pieces pdftotext split at a wide space);
* lines join without a space when either side is CJK, with one between Latin words; a
  Latin word hyphenated at the line end is rejoined (``Ko-`` / ``rean``) unless the
  hyphen is real (``leading-`` / ``edge``, ``U.S.-`` / ``ROK``, or the compound is
  written elsewhere in the document); a URL broken after ``/ . - _ ? & =`` is rejoined
  without a space.

>>> join_texts(["has reached the Ko-", "rean Peninsula.", "韓國總統尹錫", "悅，其中"])
'has reached the Korean Peninsula.韓國總統尹錫悅，其中'
>>> join_texts(["(圖片來源：https://www.", "president.gov.ua/en)"])
'(圖片來源：https://www.president.gov.ua/en)'
>>> repair_urls("見 https://www. voachinese.com/ 報導")
'見 https://www.voachinese.com/ 報導'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from attrs import define, field

from newsparse.pdf.lines import Line, ends_sentence, has_wide, is_wide, text_width, tidy_spaces

__all__ = ["Block", "build_blocks", "column_width", "join_texts", "repair_urls", "url_open"]

# a section heading's number: "一、", "二．", "（三）", "第一章", "壹、"
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十百]{1,3}|[壹貳參叁肆伍陸柒捌玖拾]{1,2})[、．.]\s*\S"
    r"|^[（(][一二三四五六七八九十]{1,3}[）)]\s*\S"
    r"|^第[一二三四五六七八九十\d]{1,3}[章節节部分]"
)
# a URL at the end of a text, broken after a character a URL may break after:
# "(圖片來源：https://www.", "https://www.cna.com.tw/news/aopl/"
_URL_TAIL = re.compile(r"(?<![A-Za-z0-9./_-])(?:https?://|www\.)[^\s（）()，。]*[/.\-_?&=:#~%+]$")
# characters a URL may break after
_URL_BREAKS = frozenset("/.-_?&=:#~%+")
# the start of a line that continues a URL: "president.gov.ua/…", "aspx"
_URL_HEAD = re.compile(r"^[A-Za-z0-9%_~#?&=./:+-]")
# a space an extractor put inside a URL when joining lines: "https://www. president",
# "https:// www.cna", "wiki/ Main_Page)", "202309150183. aspx"; the piece after the space
# must look like more URL (has "/", ".", "_"...) or end the text or meet CJK
_URL_SPACE = re.compile(
    r"((?<![A-Za-z0-9./_-])(?:https?:/|www)[^\s（）()，。]{0,2000}[/.\-_?&=:])[ ]"
    r"(?=[A-Za-z0-9][A-Za-z0-9\-]{0,200}(?:[/._?=&#%~+)]|\s*$|\s*[^\x00-\x7f]))"
)
# a Latin word hyphenated at a line end: "Ko-", "counter-"
_HYPHEN_END = re.compile(r"([A-Za-z][A-Za-z.]*)-$")
# the Latin word at the start of a line: "rean", "edge"
_WORD_START = re.compile(r"^([A-Za-z]+)")
# a Latin word or hyphenated compound: "export-control", "chipmakers"
_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# any ASCII letter
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# punctuation a heading does not end with: "，" "：" "、"
_NOT_HEADING_END = frozenset("，、；：,;:")
# sentence punctuation inside a line: "。" "！" "？"
_SENTENCE_MARK = re.compile(r"[。！？]|[.!?](?=\s|$)")
# second halves of words that hyphenation splits off: "-ly", "-tion", "-ness"
_SUFFIXES = ("ly", "ness", "ment", "tion", "sion", "ity", "ous", "ive", "al", "ers", "er", "est", "ings")

#: a line narrower than the column by more than this (ems) is short
SHORT_BY = 1.5


@define
class Block:
    """A paragraph or heading built from lines."""

    kind: str
    text: str
    lines: list[int] = field(factory=list)


def url_open(text: str) -> bool:
    """True when ``text`` ends inside a URL broken after ``/ . - _ ? & =``."""
    text = text.rstrip()
    if not text or text[-1] not in _URL_BREAKS:
        return False
    return bool(_URL_TAIL.search(text[-2000:]))


def repair_urls(text: str) -> str:
    """Remove spaces an extractor put inside URLs (``https://www. president.gov.ua``)."""
    if "://" not in text and "www." not in text:
        return text
    return _URL_SPACE.sub(r"\1", text)


def _keep_hyphen(left: str, right: str, vocab: set[str] | None) -> bool:
    """Decide whether ``left-`` + ``right`` is a real hyphenated compound."""
    if not right[:1].islower() or not left.isalpha() or left.isupper():
        return True  # "U.S.-ROK", "Russia-North", "COVID-19"
    if vocab is None:
        return False
    lw, rw = left.lower(), right.lower()
    if f"{lw}-{rw}" in vocab:
        return True
    if lw + rw in vocab:
        return False
    if (lw in vocab or lw + "s" in vocab) and (rw in vocab or rw + "s" in vocab):
        return True  # "export" and "control" both occur alone
    # "leading-edge", "well-known": a whole participle or adverb before the break
    return len(lw) >= 6 and lw.endswith(("ing", "ed")) and len(rw) >= 3 and not rw.endswith(_SUFFIXES)


#: how much of the text joined so far the joining rules look at
_TAIL = 400


def _separator(tail: str, right: str, vocab: set[str] | None) -> tuple[int, str]:
    """How to join ``right`` after text ending in ``tail``: characters to drop, separator."""
    if url_open(tail) and _URL_HEAD.match(right):
        return 0, ""
    m = _HYPHEN_END.search(tail.rsplit(None, 1)[-1]) if tail.endswith("-") else None
    if m and right[:1].isalpha():
        w = _WORD_START.match(right)
        if w and not _keep_hyphen(m.group(1).rsplit(".", 1)[-1], w.group(1), vocab):
            return 1, ""
        return 0, ""
    if is_wide(tail[-1]) or is_wide(right[0]):
        return 0, ""
    return 0, " "


def join_texts(parts: list[str], vocab: set[str] | None = None) -> str:
    """Join line texts (see the module docstring for the rules). Linear in the length."""
    out: list[str] = []
    tail = ""
    for part in parts:
        right = part.strip(" \t\u3000")
        if not right:
            continue
        if not out:
            out.append(right)
            tail = right[-_TAIL:]
            continue
        drop, sep = _separator(tail, right, vocab)
        if drop:
            out[-1] = out[-1][:-drop]
            tail = tail[:-drop]
        out.append(sep + right)
        tail = (tail + sep + right)[-_TAIL:]
    return "".join(out)


def vocabulary(lines: list[Line]) -> set[str]:
    """Lower-case Latin words and hyphenated compounds written whole inside lines.

    The pieces of a word hyphenated at a line end (``competi-`` / ``tion``) are left out.
    """
    vocab: set[str] = set()
    after_hyphen = False
    for line in lines:
        text = line.text
        hyphen_end = text.endswith("-") and bool(_HYPHEN_END.search(text.rsplit(None, 1)[-1]))
        if _ASCII_LETTER.search(text):
            words = _COMPOUND.findall(text)
            if after_hyphen and words and text.lstrip().startswith(words[0]):
                words = words[1:]
            if hyphen_end and words:
                words = words[:-1]
            for word in words:
                word = word.lower()
                vocab.add(word)
                vocab.update(word.split("-"))
        after_hyphen = hyphen_end
    return vocab


def column_width(lines: list[Line]) -> float | None:
    """The usual width of a full line (ems), or None when lines do not share one.

    Measured on body lines that do not end a sentence (those are the full ones); None
    when fewer than a fifth of them are within an em of the most common width, as in
    text that comes as blocks.
    """
    widths = [round(line.width) for line in lines if not line.role and not ends_sentence(line.text)]
    widths = [w for w in widths if w >= 6]
    if len(widths) < 6:
        return None
    counts = Counter(widths)
    best = max(counts, key=lambda w: (counts[w - 1] + counts[w] + counts[w + 1], w))
    support = counts[best - 1] + counts[best] + counts[best + 1]
    if support < 0.2 * len(widths):
        return None
    # the top of the cluster: justified lines fill the column
    return float(best + 1 if counts[best + 1] >= counts[best - 1] and counts[best + 1] else best)


# brackets and corner quotes that must pair up inside a heading
_OPENERS = "（(「『《〈【["
_CLOSERS = "）)」』》〉】]"
# any bracket or corner quote
_BRACKET = re.compile("[（()）「」『』《》〈〉【】\\[\\]]")


def _balanced(text: str) -> bool:
    """True when every bracket or quote opened in ``text`` is closed."""
    if not _BRACKET.search(text):
        return True
    return all(text.count(o) == text.count(c) for o, c in zip(_OPENERS, _CLOSERS, strict=True))


def latin_width(lines: list[Line]) -> int | None:
    """The usual length (characters) of a full line of Latin text, or None."""
    lengths = sorted(len(line.text) for line in lines if not line.role and _latin(line.text))
    if len(lengths) < 3:
        return None
    return lengths[int(len(lengths) * 0.9) - 1]


@lru_cache(maxsize=1 << 16)
def _latin(text: str) -> bool:
    """A line of Latin-script prose (no CJK, several words)."""
    return text.count(" ") >= 2 and not has_wide(text)


# the first piece of a line that cannot be split from what follows: a Latin word or
# number ("2023", "Tu-95MS"), or one character with the opening brackets before it and
# the closing punctuation after it ("「我", "章》，")
_LEAD_UNIT = re.compile(
    r"^[「『（《〈“‘(\[]*(?:[A-Za-z0-9][A-Za-z0-9.,%/:'’-]*|.)[」』）》〉”’)\]，。、；：！？,.;:!?%]*"
)


def _lead_width(text: str) -> float:
    m = _LEAD_UNIT.match(text.lstrip(" \u3000"))
    return text_width(m.group()) if m else 1.0


@define
class _Builder:
    lines: list[Line]
    width: float | None
    vocab: set[str]
    latin: int | None = None
    #: first-line indent the extractor did not keep (ems), estimated on the document
    indent: float = 0.0
    blocks: list[Block] = field(factory=list)
    group: list[int] = field(factory=list)
    #: joined texts of the current group's first lines, by line count
    texts: dict[int, str] = field(factory=dict)
    #: joins across a blank line, a page break, chrome or a footnote
    rejoined: int = 0
    #: the extractor separates paragraphs (and only paragraphs) with blank lines
    blank_paragraphs: bool = False

    def __attrs_post_init__(self) -> None:
        self.indent = self.hidden_indent()
        self.blank_paragraphs = self.blanks_separate_paragraphs()

    def blanks_separate_paragraphs(self) -> bool:
        """True when blank lines follow paragraph ends and almost nothing else.

        Measured on neighbouring body lines of one page: after a short line that ends a
        sentence (a sure paragraph end) there must nearly always be a blank line, and
        after a line that stops mid-sentence almost never.
        """
        if self.width is None:
            return False
        ends = ends_blank = mids = mids_blank = 0
        previous: Line | None = None
        for line in self.lines:
            if line.role:
                previous = None
                continue
            if previous is not None and previous.page == line.page:
                if ends_sentence(previous.text):
                    if self.eff(previous) < self.width - 3:
                        ends += 1
                        ends_blank += line.blank_before
                else:
                    mids += 1
                    mids_blank += line.blank_before
            previous = line
        return ends >= 3 and ends_blank >= 0.8 * ends and mids_blank <= 0.1 * mids

    def eff(self, line: Line) -> float:
        """The printed width of a line, its kept indent included."""
        return line.width + line.indent

    def hidden_indent(self) -> float:
        """The first-line indent the text lost: first lines fall short by it.

        First lines are those after a heading, the author block or a short line that
        ends a sentence, when a full line follows them (so they are not headings).
        """
        if self.width is None:
            return 0.0
        deficits: list[float] = []
        starts = True
        pending: float | None = None
        for line in self.lines:
            if line.role in ("chrome", "footnote"):
                continue
            if line.role or _latin(line.text):
                pending = None
                starts = line.role in ("heading", "author", "title", "masthead", "caption")
                continue
            if pending is not None and self.eff(line) >= self.width - SHORT_BY:
                deficits.append(pending)
            pending = None
            if starts and not ends_sentence(line.text) and not HEADING_START.match(line.text):
                pending = self.width - self.eff(line)
            starts = bool(HEADING_START.match(line.text)) or (
                ends_sentence(line.text) and self.eff(line) < self.width - 3
            )
        if len(deficits) < 2:
            return 0.0
        deficits.sort()
        median = deficits[len(deficits) // 2]
        return float(round(median)) if 1.5 <= median <= 4 else 0.0

    def short(self, line: Line, *, first: bool = False, nxt: Line | None = None) -> bool:
        """Narrower than a full line, by more than the next line's first word needs.

        A line also falls short when the next word is a Latin word or number too wide
        for the rest of it, or a character that may not start a line; a first line
        falls short by the document's lost indent.
        """
        if _latin(line.text) and self.latin:
            return len(line.text) < 0.8 * self.latin
        if self.width is None:
            return line.width <= 30
        gap = self.width - self.eff(line) - (self.indent if first else 0.0)
        need = max(SHORT_BY, _lead_width(nxt.text) + 0.25) if nxt is not None else SHORT_BY
        return gap > need

    def clearly_short(self, line: Line, by: float = 3) -> bool:
        """Short enough to end a heading: ``by`` ems or more under the column width."""
        if self.width is None:
            return line.width <= 30
        return self.eff(line) < self.width - by

    def block_line(self, line: Line) -> bool:
        """A line much wider than the column: the extractor's block, not a printed line."""
        return self.width is None or line.width > self.width * 1.3 + 3

    def text(self, idx: list[int]) -> str:
        """The joined text of lines ``idx`` (cached for the current group's short prefixes)."""
        cacheable = idx is self.group and len(idx) <= 4
        if cacheable and len(idx) in self.texts:
            return self.texts[len(idx)]
        text = tidy_spaces(repair_urls(join_texts([self.lines[i].text for i in idx], self.vocab)))
        if cacheable:
            self.texts[len(idx)] = text
        return text

    def heading_like(self, idx: list[int], nxt: Line | None = None) -> bool:
        """A short group after a paragraph end, without sentence punctuation."""
        if len(idx) > 3:
            return False
        last = self.lines[idx[-1]]
        numbered = bool(HEADING_START.match(self.lines[idx[0]].text.lstrip(" \u3000")))
        if not numbered and not self.clearly_short(last, by=2.0):
            return False
        text = self.text(idx)
        if not text or _SENTENCE_MARK.search(text) or text[-1] in _NOT_HEADING_END or not _balanced(text):
            return False
        if HEADING_START.match(text):
            return len(text) <= 60
        if _latin(text) and (text.count(" ") > 6 or text.endswith("-")):
            return False
        if "，" in text or "," in text or self.lines[idx[0]].indent >= 1:
            return False
        need = max(2.0, self.indent + 2) if len(idx) == 1 else 2.0
        if not self.clearly_short(last, by=need):
            return False
        if nxt is not None and not self.short(last, first=len(idx) == 1, nxt=nxt):
            return False
        limit = 40.0 if self.width is None else max(40.0, 1.6 * self.width + 4)
        return sum(self.lines[i].width for i in idx) <= limit

    def continues_heading(self, idx: list[int], nxt: Line) -> bool:
        """The next line is the wrapped tail of a heading (``…的立`` / ``場``)."""
        if len(idx) > 3 or self.width is None or ends_sentence(nxt.text) or _SENTENCE_MARK.search(nxt.text):
            return False
        last = self.lines[idx[-1]]
        if self.eff(last) >= 0.7 * self.width and nxt.width < 0.6 * self.width:
            return True
        # pdftotext splits "一、北約秘書長訪南韓　促增對烏克蘭軍援" at the wide space: short
        # pieces of a numbered heading, two printed lines at most
        head = self.text(idx)
        return (
            bool(HEADING_START.match(head))
            and "，" not in nxt.text
            and nxt.width < 0.6 * self.width
            and sum(self.lines[i].width for i in idx) + nxt.width <= 2 * self.width
        )

    def breaks(self, nxt: Line, after: Line | None = None) -> bool:
        """Whether the group ends before ``nxt`` (``after`` is the body line after it)."""
        idx = self.group
        last = self.lines[idx[-1]]
        starts_heading = bool(HEADING_START.match(nxt.text.strip()))
        if self.heading_like(idx, nxt) and not self.continues_heading(idx, nxt):
            return True
        if ends_sentence(last.text):
            if starts_heading or nxt.indent >= 1:
                return True
            if self.blank_paragraphs and nxt.blank_before and nxt.page == last.page:
                return True
            if self.block_line(last) and not _latin(last.text):
                return True
            return self.short(last, first=len(idx) == 1, nxt=nxt) or self.first_line(nxt, after)
        return starts_heading and self.short(last)

    def first_line(self, line: Line, after: Line | None) -> bool:
        """A line short by the document's lost indent, and not for a reason of its own.

        After a full line that ends a sentence this starts a paragraph (``…相应代价」。`` /
        ``上任后首次参与…`` printed two ems in).
        """
        if self.width is None or self.indent < 1.5 or after is None or ends_sentence(line.text):
            return False
        deficit = self.width - self.eff(line)
        if abs(deficit - self.indent) > 0.75:
            return False
        # a line ends short when the next word would not fit: then it is no first line
        return _lead_width(after.text) + 0.25 < deficit and self.eff(after) >= self.width - SHORT_BY

    def flush(self) -> None:
        if not self.group:
            return
        text = self.text(self.group)
        if text:
            kind = "heading" if self.heading_like(self.group) else "paragraph"
            self.blocks.append(Block(kind, text, list(self.group)))
        self.group = []
        self.texts = {}

    def run(self) -> list[Block]:
        body = [i for i, line in enumerate(self.lines) if line.role not in ("chrome", "footnote")]
        previous = -1
        for pos, i in enumerate(body):
            line = self.lines[i]
            if line.role == "heading":
                self.flush()
                self.blocks.append(Block("heading", tidy_spaces(line.text), [i]))
                continue
            if line.role:
                self.flush()
                continue
            after = self.lines[body[pos + 1]] if pos + 1 < len(body) else None
            if after is not None and after.role:
                after = None
            if self.group and self.breaks(line, after):
                self.flush()
            elif self.group and (
                line.blank_before or i != previous + 1 or line.page != self.lines[previous].page
            ):
                self.rejoined += 1
            self.group.append(i)
            previous = i
        self.flush()
        return self.blocks


def build_blocks(lines: list[Line], width: float | None = None) -> tuple[list[Block], int]:
    """Paragraphs and headings from the body lines (``role == ""`` or ``"heading"``).

    Also returns how many joins crossed a blank line, a page break, chrome or a note.
    """
    builder = _Builder(lines, width, vocabulary(lines), latin_width(lines))
    return builder.run(), builder.rejoined
