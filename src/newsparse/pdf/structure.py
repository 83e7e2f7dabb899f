"""What the lines around the body are: masthead, title, author, captions, notes, footer.

Think-tank commentaries share one shape: a masthead (series name, English series name,
issue, date), sometimes a photo with its caption and credit, the title, an author block
in one of a few styles, the body, an editor's note and the publisher's footer (name,
description, address, telephone and fax numbers, web address). Each finder here sets
the ``role`` of the lines it takes, so the paragraph builder skips them.

Author blocks::

    李明峻                         文／沈若谷　東亞安全展望基金會能源安全研究員
    新台灣國策智庫研發長             钟亦衡（海川国际问题研究院科技与安全研究所助理研究员）

>>> read_author("文／沈若谷　東亞安全展望基金會能源安全研究員")
('沈若谷', '東亞安全展望基金會能源安全研究員', '')
>>> read_author("全球人工智能治理的分化趋势 钟亦衡（海川国际问题研究院助理研究员）")
('钟亦衡', '海川国际问题研究院助理研究员', '全球人工智能治理的分化趋势')
>>> is_editor_note("（本文仅代表作者个人观点，不代表本院立场。）")
True
"""

from __future__ import annotations

import re

from attrs import define, field

from newsparse.pdf.chrome import COPYRIGHT as _COPYRIGHT
from newsparse.pdf.chrome import DATE, ISSUE, is_page_number
from newsparse.pdf.join import HEADING_START, repair_urls
from newsparse.pdf.lines import HAN, Line, ends_sentence, has_cjk, squash, tidy_spaces

__all__ = [
    "Footer",
    "Front",
    "is_editor_note",
    "mark_captions",
    "mark_editor_notes",
    "mark_footer",
    "read_author",
    "read_front",
]

# a Chinese personal name (two to four ideographs, a "·" allowed) or a Latin one
_NAME = rf"(?:[{HAN}]{{2,4}}|[{HAN}]{{1,6}}[·‧・][{HAN}]{{1,8}}|[A-Z][a-z]+(?: [A-Z][a-z.]+){{1,2}})"
# what an author title ends with: "研究員", "研發長", "助理研究员", "教授"
_ROLE = (
    r"(?:研究員|研究员|研發長|研发长|主任|教授|講師|讲师|院長|院长|所長|所长|執行長|执行长|董事長|董事长"
    r"|秘書長|秘书长|顧問|顾问|分析師|分析师|博士|博士生|博士後|博士后|研究助理|記者|记者|主編|主编|總監|总监"
    r"|學者|学者|專員|专员|委員|委员|理事長|理事长|會長|会长|社長|社长|總編輯|总编辑|律師|律师|作家"
    r"|Fellow|Professor|Researcher|Director|Analyst)"
)
# an optional byline word before a name: "文／", "作者："
_BY = r"(?:(?:文|作者|撰文|撰稿)\s*[／/:：]\s*)?"
# "文／沈若谷　東亞…研究員", "文/周映辰", "作者：李明峻"
_BYLINE = re.compile(
    rf"^(?:文|作者|撰文|撰稿)\s*[／/:：]\s*(?P<name>{_NAME})(?:[\s\u3000]+(?P<title>\S.*))?$"
)
# "钟亦衡（海川国际问题研究院…助理研究员）", "作者：王小明（…研究員）", with an optional
# title before it
_PAREN = re.compile(
    rf"^(?:(?P<pre>.+?)[\s\u3000]+)?{_BY}(?P<name>{_NAME})\s*[（(](?P<title>[^（）()]{{2,80}})[）)]$"
)
# "沈若谷 东亚安全展望基金会能源安全研究员", with an optional title before it
_SPACED = re.compile(
    rf"^(?:(?P<pre>.+?)[\s\u3000]+)?{_BY}(?P<name>{_NAME})[\s\u3000]+(?P<title>\S{{2,80}}{_ROLE})$"
)
# a name alone on its line: "李明峻"
_NAME_ONLY = re.compile(rf"^(?:(?:文|作者)\s*[／/:：]\s*)?(?P<name>{_NAME})$")
# an author title on its own line: "新台灣國策智庫研發長"
_ROLE_LINE = re.compile(rf"{_ROLE}$")
# what an organisation's name ends with: "基金會", "研究院", "中心", "Institute"
_ORG = re.compile(
    r"(?:基金會|基金会|研究院|中心|研究所|智庫|智库|協會|协会|學會|学会|研究會|研究会|學院|学院|大學|大学"
    r"|Institute|Foundation|Center|Centre|Council|Association)$"
)
# a contact line of a publisher footer: "Tel: 886-2-…", "電話：(02)…", "地址：…", a bare URL
_CONTACT = re.compile(
    r"(?:^|\s)(?:Tel|TEL|Phone|電話|电话|Fax|FAX|傳真|传真|地址|Add(?:ress)?|網址|网址|E-?mail|電郵|电邮)\s*[:：.]"
    r"|^\s*(?:https?://|www\.)\S+\s*$"
)
# a street address: "臺北市汀州路三段 60 巷 1 號", "北京市海淀区学院路 35 号"
_ADDRESS = re.compile(rf"^[{HAN}]{{2,4}}[市縣县省][^，。]{{0,30}}[路街道巷弄號号樓楼層层]")
# the start of a publisher's description: "本基金會為…", "本中心聚焦…"
_SELF = r"本(?:基金會|基金会|中心|院|會|会|所|智庫|智库|社|刊)"
# a line starting with the publisher speaking of itself: "本基金會為…"
_SELF_START = re.compile(_SELF)
# two Latin letters in a row: "Policy Brief"
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
# an organisation's name and its description on one line: "中欧经贸与治理研究中心 本中心聚焦…"
_ORG_DESCRIPTION = re.compile(
    rf"^(?P<org>\S{{2,40}}?(?:基金會|基金会|研究院|中心|研究所|智庫|智库|協會|协会|學會|学会|研究會|研究会))"
    rf"[\s\u3000]+(?P<desc>{_SELF}.*)$"
)
# the start of an editor's note: "編按：", "编者按：", "【編按】"
_NOTE_START = re.compile(
    r"^[【\[（(]?(?:編按|编按|編者按|编者按|編註|编注|編輯室報告|编者注|編者註)[】\]）)]?\s*[:：]?"
)
# a disclaimer printed as the editor's note: "（本文仅代表作者个人观点，不代表本院立场。）"
_DISCLAIMER = re.compile(r"^[（(]?本文(?:僅|仅|只|純屬|纯属)?代表(?:作者|撰稿人)")
# an image credit: "(圖片來源：…)", "（图片来源：…", "Photo: …" (white space removed)
_CREDIT = re.compile(
    r"[（(]?(?:圖片來源|图片来源|圖片提供|图片提供|照片來源|照片来源|圖片出處|图片出处|攝影|摄影|圖／|图／|圖/|图/"
    r"|Photo(?:credit)?|Image(?:credit)?|Source)[:：]",
    re.IGNORECASE,
)
# a character or word every image credit starts with (a quick test before _CREDIT)
_CREDIT_HINT = re.compile(r"[圖图照攝摄]|Photo|Image|Source", re.IGNORECASE)
# a URL in text: "https://www.nist.gov/chips"
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")
# a line that is only a piece of a URL: "president.gov.ua/en/news/…)", "Page)"
_URL_PIECE = re.compile(r"^[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+[)）]?$")
# characters a URL does not end with when it is followed by text
_URL_TRAIL = ".,;:!?)）。，"


@define
class Front:
    """The masthead, title and author block at the top of the first page."""

    title: str | None = None
    author: str | None = None
    author_title: str | None = None
    series: str | None = None
    series_en: str | None = None
    issue: str | None = None
    date: str | None = None
    masthead: list[str] = field(factory=list)
    caption: str | None = None


@define
class Footer:
    """The publisher's block at the end."""

    lines: list[str] = field(factory=list)
    name: str | None = None
    urls: list[str] = field(factory=list)


def read_author(text: str) -> tuple[str, str, str] | None:
    """``(name, title, text before the name)`` for a one-line author block, else None."""
    text = text.strip()
    for pattern in (_BYLINE, _PAREN, _SPACED):
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            title = (groups.get("title") or "").strip(" \u3000")
            return m.group("name"), title, (groups.get("pre") or "").strip()
    return None


def is_editor_note(text: str) -> bool:
    """True for the start of an editor's note or the usual disclaimer."""
    text = text.strip()
    return bool(_NOTE_START.match(text) or _DISCLAIMER.match(text))


def urls_in(text: str) -> list[str]:
    """The URLs written in ``text``, without trailing punctuation."""
    return [m.group().rstrip(_URL_TRAIL) for m in _URL.finditer(text)]


def _masthead_like(line: Line, headers: set[str]) -> bool:
    text = line.text.strip()
    key = squash(text)
    if line.role == "chrome" or key in headers:
        return True
    rest = DATE.sub("", ISSUE.sub("", text)).strip(" |｜·•/　")
    if not rest:
        return True
    return not has_cjk(rest) and len(rest) <= 60 and not ends_sentence(rest)


def _caption_like(text: str) -> bool:
    key = squash(text)
    if _CREDIT.search(key) or "://" in key or "www." in key:
        return True
    return bool(_URL_PIECE.match(key)) and ("/" in key or "." in key)


def read_front(lines: list[Line], headers: set[str], *, limit: int = 30) -> Front:
    """Find masthead, caption, title and author among the first lines; set their roles."""
    front = Front()
    if not lines:
        return front
    first_page = lines[0].page
    head = [
        i
        for i, line in enumerate(lines)
        if line.page == first_page and line.role in ("", "chrome") and not is_page_number(line.text)
    ][:limit]
    author_at, title_from = _find_author(lines, head, front)
    if author_at is None:
        title_at = _fallback_title(lines, head, headers)
        if title_at is None:
            return front
        title_idx = [title_at]
        region_end = title_at
    else:
        title_idx = [] if title_from else _title_lines(lines, head, head.index(author_at), headers)
        region_end = title_idx[0] if title_idx else author_at
        if title_from:
            front.title = tidy_spaces(title_from)
    if title_idx and not front.title:
        front.title = _join_title([lines[i].text for i in title_idx])
    for i in title_idx:
        lines[i].role = "title"
    region = [i for i in head if i < region_end]
    if author_at is not None:
        # a masthead the extractor wrote after the author block
        after = [i for i in head if i > author_at and lines[i].role != "author"][:4]
        for i in after:
            if lines[i].role == "" and _masthead_like(lines[i], headers) and _masthead_words(lines[i].text):
                region.append(i)
            elif lines[i].role == "":
                break
    _read_masthead(lines, region, headers, front)
    return front


def _masthead_words(text: str) -> bool:
    """An issue or date, or a few capitalised words: "East Asia Observer"."""
    if ISSUE.search(text) or DATE.search(text):
        return True
    words = text.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _find_author(lines: list[Line], head: list[int], front: Front) -> tuple[int | None, str]:
    """Index of the author line (roles set), and a title found on the same line.

    A name alone on its line needs the next line to be an author title: one ending in a
    job title (``研究員``) on a first pass, any short line on a second.
    """
    for level in (0, 1, 2):
        found = _author_pass(lines, head, front, level=level)
        if found[0] is not None:
            return found
    return None, ""


def _author_pass(lines: list[Line], head: list[int], front: Front, *, level: int) -> tuple[int | None, str]:
    """One search: level 0 one-line blocks, 1 a name over a job title, 2 a name over a short line."""
    for pos, i in enumerate(head[:16]):
        line = lines[i]
        if line.role:
            continue
        # spaces kept: "文/周映辰 海川…研究员" (tidy_spaces would join name and title)
        text = " ".join(line.text.split())
        if ends_sentence(text):
            if pos > 2 and not _caption_like(text):
                break
            continue
        if _masthead_like(line, set()) and not has_cjk(text.split()[0] if text.split() else ""):
            continue
        found = read_author(text) if level == 0 else None
        if found and (found[1] or pos > 0):
            front.author, front.author_title = found[0], found[1] or None
            line.role = "author"
            if not found[1] and pos + 1 < len(head):
                # "文／沈若谷" with the author title on the next line
                nxt = lines[head[pos + 1]]
                role_text = tidy_spaces(nxt.text)
                if not nxt.role and not nxt.heading_level and _ROLE_LINE.search(role_text):
                    front.author_title = role_text
                    nxt.role = "author"
            return i, found[2]
        m = _NAME_ONLY.match(text) if level else None
        if not m or pos == 0 or pos + 1 >= len(head) or line.heading_level:
            continue
        nxt = lines[head[pos + 1]]
        role_text = tidy_spaces(nxt.text)
        if nxt.role or nxt.heading_level or _masthead_like(nxt, set()):
            continue
        latin = not has_cjk(m.group("name"))
        if _ROLE_LINE.search(role_text) or (level == 2 and not latin and _looks_like_role(role_text)):
            front.author, front.author_title = m.group("name"), role_text
            line.role = nxt.role = "author"
            return i, ""
    return None, ""


def _looks_like_role(text: str) -> bool:
    if _ROLE_LINE.search(text):
        return True
    if ISSUE.search(text) or DATE.search(text):
        return False
    return (
        has_cjk(text) and len(text) <= 30 and not ends_sentence(text) and not any(c in text for c in "，：:")
    )


def _title_lines(lines: list[Line], head: list[int], author_pos: int, headers: set[str]) -> list[int]:
    found: list[int] = []
    for i in reversed(head[:author_pos]):
        line = lines[i]
        text = line.text.strip()
        if line.role or _masthead_like(line, headers) or _caption_like(text) or not has_cjk(text):
            break
        if len(found) == 3:
            break
        if found and line.width < lines[found[-1]].width:
            break  # a wrapped title's first line is its longest; "政策評析" above is the series
        found.append(i)
        if line.heading_level:
            break
    return found[::-1]


def _fallback_title(lines: list[Line], head: list[int], headers: set[str]) -> int | None:
    """Without an author block: the first Markdown heading, else a short first line."""
    for i in head[:12]:
        line = lines[i]
        if line.role or not line.heading_level or _masthead_like(line, headers):
            continue
        if has_cjk(line.text) and not ends_sentence(line.text) and squash(line.text) not in headers:
            # a level-1 heading right at the top is the series name, not the title
            if line.heading_level == 1 and i == head[0]:
                continue
            return i
    # plain text: the first short line of CJK text, followed by longer text
    content = [i for i in head[:6] if not lines[i].role and not _masthead_like(lines[i], headers)]
    if len(content) >= 2:
        first, second = lines[content[0]], lines[content[1]]
        text = first.text.strip()
        if (
            has_cjk(text)
            and len(text) <= 50
            and not ends_sentence(text)
            and not text.endswith(("，", "、", "："))
            and not HEADING_START.match(text)
            and not _caption_like(text)
            and (second.width > first.width or second.blank_before)
        ):
            return content[0]
    return None


def _join_title(parts: list[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if text and text[-1].isascii() and part[:1].isascii():
            text += " "
        text += part
    return tidy_spaces(text)


def _read_masthead(lines: list[Line], region: list[int], headers: set[str], front: Front) -> None:
    """Series, English series, issue, date and the image caption above the title."""
    caption_from = None
    for pos, i in enumerate(region):
        line = lines[i]
        text = line.text.strip()
        if line.role == "" and (_caption_like(text) or ("，" in text and not _masthead_like(line, headers))):
            caption_from = pos
            break
    mast = region if caption_from is None else region[:caption_from]
    caption = [] if caption_from is None else region[caption_from:]
    if caption:
        cap_text = tidy_spaces(repair_urls(_join_caption([lines[i].text for i in caption])))
        if _caption_like(cap_text):
            front.caption = cap_text
            for i in caption:
                lines[i].role = "caption"
        else:
            mast = region
    for i in mast:
        line = lines[i]
        text = tidy_spaces(line.text)
        if text.isdigit() or _COPYRIGHT.search(text):
            continue
        if text not in front.masthead:
            front.masthead.append(text)
        if not front.issue and (m := ISSUE.search(text)):
            front.issue = m.group().strip()
        for m in DATE.finditer(text):
            if not front.date or ("日" in m.group() and "日" not in front.date):
                front.date = m.group().strip()
        rest = DATE.sub(" ", ISSUE.sub(" ", text)).strip(" |｜·•/　")
        rest = " ".join(rest.split())
        if not rest:
            pass
        elif not has_cjk(rest):
            if not front.series_en and _TWO_LETTERS.search(rest):
                front.series_en = rest
        elif (
            len(rest) <= 20
            and not ends_sentence(rest)
            and (not front.series or (line.heading_level == 1 and front.series not in headers))
        ):
            front.series = rest
        if line.role == "":
            line.role = "masthead"


def _join_caption(parts: list[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if text and text[-1].isascii() and part[:1].isascii() and not _url_open(text):
            text += " "
        text += part
    return text


def _url_open(text: str) -> bool:
    """True when ``text`` ends inside a URL (so the next line continues it)."""
    tail = text.rsplit(None, 1)[-1] if text.split() else ""
    tail = tail.rsplit("：", 1)[-1].rsplit("，", 1)[-1].rsplit("(", 1)[-1].rsplit("（", 1)[-1]
    return ("://" in tail or tail.startswith("www.")) and not tail.endswith((")", "）", "。"))


def mark_editor_notes(lines: list[Line]) -> list[str]:
    """Mark editor's notes (``編按：…`` and the usual disclaimer); return their texts."""
    notes: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.role or not is_editor_note(line.text):
            i += 1
            continue
        parts = [line.text.strip()]
        line.role = "editor_note"
        j = i + 1
        while not ends_sentence(parts[-1]) and j < len(lines) and len(parts) < 4:
            nxt = lines[j]
            j += 1
            if nxt.role == "chrome":
                continue
            if nxt.role or is_editor_note(nxt.text):
                break
            nxt.role = "editor_note"
            parts.append(nxt.text.strip())
        notes.append(tidy_spaces("".join(parts)))
        i = j
    return notes


def _contact(text: str) -> bool:
    return bool(_CONTACT.search(text) or _ADDRESS.match(text.strip()))


def mark_footer(lines: list[Line], *, tail: int = 40) -> Footer:
    """Find the publisher's footer block near the end; set ``role = "footer"``."""
    footer = Footer()
    body = [i for i in range(len(lines)) if lines[i].role in ("", "heading")]
    candidates = body[-tail:]
    contacts = [i for i in candidates if _contact(lines[i].text) and len(squash(lines[i].text)) <= 400]
    if not contacts:
        return footer
    # the contact run: the last contact line and those before it with little between
    run = [contacts[-1]]
    for i in reversed(contacts[:-1]):
        between = [j for j in body if i < j < run[0]]
        if len(between) > 2:
            break
        run.insert(0, i)
    start = run[0]
    org = start if _ORG_DESCRIPTION.match(lines[start].text.strip()) else None
    for j in range(start - 1 if org is None else -1, max(-1, start - 12), -1):
        line = lines[j]
        text = line.text.strip()
        if line.role in ("title", "author", "masthead", "caption"):
            break
        if line.role not in ("", "chrome", "heading"):
            continue
        key = squash(text)
        if len(key) <= 40 and _ORG.search(key) and not ends_sentence(text):
            org = j
            break
        m = _ORG_DESCRIPTION.match(text)
        if m:
            org = j
            break
        if line.role == "" and ends_sentence(text) and not _description(lines, j):
            break
    first = org if org is not None else start
    picked = [j for j in range(first, run[-1] + 1) if lines[j].role in ("", "heading") or j == org]
    # description lines between the name and the contacts must not run into the body
    for j in picked:
        lines[j].role = "footer"
    footer.lines = _split_footer([lines[j].text for j in picked])
    if org is not None:
        m = _ORG_DESCRIPTION.match(lines[org].text.strip())
        footer.name = tidy_spaces(m.group("org") if m else lines[org].text)
    for text in footer.lines:
        footer.urls.extend(urls_in(text))
    return footer


def _description(lines: list[Line], j: int) -> bool:
    """True when line ``j`` ends a description that follows an organisation's name."""
    for k in range(j, max(-1, j - 5), -1):
        key = squash(lines[k].text)
        if _SELF_START.match(key) or _ORG_DESCRIPTION.match(lines[k].text.strip()):
            return True
        if k < j and (ends_sentence(lines[k].text) or _ORG.search(key)):
            return bool(_ORG.search(key))
    return False


# where a footer line that an extractor joined splits: before "Tel", "傳真", "https://"
_FOOTER_SPLIT = re.compile(
    r"(?<=。)\s+|\s+(?=(?:Tel|TEL|Fax|FAX|電話|电话|傳真|传真|地址|網址|网址|https?://|www\.)(?:\S))"
    rf"|(?<=[會会院心所庫库])[\s\u3000]+(?={_SELF})"
)


# a run of spaces or tabs (collapsed before splitting, so the split stays linear)
_BLANKS = re.compile(r"[ \t\u00a0]+")


def _split_footer(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        text = _BLANKS.sub(" ", text).strip()
        for part in _FOOTER_SPLIT.split(text):
            part = tidy_spaces(part)
            if part:
                out.append(part)
    # a description the extractor wrapped: join lines until the one ending a sentence
    joined: list[str] = []
    for part in out:
        if (
            joined
            and not ends_sentence(joined[-1])
            and not _contact(joined[-1])
            and not _contact(part)
            and (not _ORG.search(squash(joined[-1])) or len(joined[-1]) > 40)
        ):
            joined[-1] = tidy_spaces(joined[-1] + part)
            continue
        joined.append(part)
    return joined


def mark_captions(lines: list[Line]) -> list[tuple[str, list[str]]]:
    """Mark image captions with a credit (``(圖片來源：…)``); return (text, URLs) pairs.

    The credit may be split over lines (``…工地。(圖`` / ``片來源：https://…``); the caption
    starts after the last line that ends a sentence before it and ends where the
    parenthesis closes.
    """
    found: list[tuple[str, list[str]]] = []
    body = [i for i, line in enumerate(lines) if line.role == ""]
    pos = 0
    while pos < len(body):
        i = body[pos]
        nxt = lines[body[pos + 1]].text if pos + 1 < len(body) else ""
        if not _CREDIT_HINT.search(lines[i].text):
            pos += 1
            continue
        key = squash(lines[i].text)
        both = key + squash(nxt)[:8]
        m = _CREDIT.search(both)
        if not m or m.start() >= len(key):
            pos += 1
            continue
        start = pos
        while start > 0 and pos - start < 3:
            prev = lines[body[start - 1]]
            if ends_sentence(prev.text) or prev.heading_level or HEADING_START.match(prev.text.strip()):
                break
            if body[start - 1] != body[start] - 1 and prev.page != lines[i].page:
                break
            start -= 1
        end = pos
        text = _join_caption([lines[body[k]].text for k in range(start, end + 1)])
        while (_url_open(text) or not _closed(text)) and end + 1 < len(body) and end - pos < 3:
            end += 1
            text = _join_caption([text, lines[body[end]].text])
        for k in range(start, end + 1):
            lines[body[k]].role = "caption"
        text = tidy_spaces(repair_urls(text))
        found.append((text, urls_in(text)))
        pos = end + 1
    return found


def _closed(text: str) -> bool:
    """True when the credit's parenthesis is closed (or there was none)."""
    opened = text.count("(") + text.count("（")
    closed = text.count(")") + text.count("）")
    return closed >= opened
