"""Bylines, credits and datelines (provisional)."""

from __future__ import annotations

import re

from newsparse.model import Dateline

__all__ = ["read_byline"]

# "（中央社記者廖禹揚首爾17日專電）"
_CNA_LEAD = re.compile(r"^[（(]中央社(?:記者(?P<who>[^\d（）()]{2,12}?))?(?P<place>[^\d（）()]{1,12}?)(?P<day>\d{1,2})日")
# "（譯者：鄭詩韻/核稿：陳昱婷）"
_CREDIT = re.compile(r"(譯者|编辑|編輯|核稿|責任編輯|责任编辑)[:：]\s*([^/／）)\s]{2,8})")
_ROLES = {"譯者": "translator", "編輯": "editor", "编辑": "editor", "核稿": "reviewer", "責任編輯": "editor", "责任编辑": "editor"}


def read_byline(paragraphs: list[str]) -> tuple[list[str], dict[str, list[str]], Dateline | None]:
    """Authors, credits and dateline from the first and last paragraphs."""
    authors: list[str] = []
    dateline = None
    credits: dict[str, list[str]] = {}
    if paragraphs and (m := _CNA_LEAD.match(paragraphs[0])):
        if m.group("who"):
            authors.append(m.group("who"))
        dateline = Dateline(m.group("place"), int(m.group("day")), m.group(0))
    for para in paragraphs[-2:]:
        for role, name in _CREDIT.findall(para):
            credits.setdefault(_ROLES[role], []).append(name)
    return authors, credits, dateline
