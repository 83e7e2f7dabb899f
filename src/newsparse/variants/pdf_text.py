"""Text extracted from PDF files: think-tank commentaries, briefs, weekly digests.

Input is what a PDF extractor wrote (pdftotext in any mode, PyMuPDF, pypdf, or
pymupdf4llm's Markdown), pages separated by form feeds or not. The repair itself lives
in :mod:`newsparse.pdf`; this module detects the variant and maps the result onto a
:class:`~newsparse.document.Document` whose ``body_parts`` is already built.

``Body.meta`` keys (only those found): ``series``, ``series_en``, ``issue``, ``date``
(the masthead date as printed, ``2024年11月8日``), ``masthead`` (its lines joined by
``" | "``), ``author_title``, ``image_caption``, ``image_credit`` (the credit inside the
caption's parentheses), ``editor_note``, ``publisher_name`` and ``publisher_footer``
(the footer's lines joined by ``"\\n"``).

>>> parser = PdfTextParser()
>>> parser.detect("遠景論壇\\n\\n日韓元首相繼訪烏對東北亞安保情勢的影響\\n李明峻\\n")
0.4
>>> parser.detect("<html><body><p>新聞</p><div>x</div><p>a</p><p>b</p><p>c</p></body></html>")
0.0
"""

from __future__ import annotations

import re

from newsparse.document import Body, Document
from newsparse.model import Link
from newsparse.options import ParseOptions
from newsparse.pdf import Repaired, repair_text
from newsparse.pdf.structure import urls_in

__all__ = ["PdfTextParser"]

# an HTML or XML tag: "<p>", "<div class=x>" (not "<sup>", which pymupdf4llm writes)
_TAG = re.compile(r"<(?!/?sup\b)/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")
# an ideograph
# C0 control characters other than the whitespace ones PDF text uses: "\x00", "\x1b"
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# the credit inside a caption: "(圖片來源：https://…)" -> "圖片來源：https://…"
_CREDIT = re.compile(
    r"[（(]((?:圖片|图片|照片|攝影|摄影|Photo|Image|Source)[^（）()]*)[）)]\s*$", re.IGNORECASE
)
# a form feed or a printed page number on its own line ("- 1 -", "1 / 2", "第 1 頁"): what
# PDF text has and HTML does not
_PDF_HINT = re.compile(
    r"\f|^[ \t]*(?:[-–—][ \t]*\d{1,4}[ \t]*[-–—]|\d{1,4}[ \t]*/[ \t]*\d{1,4}"
    r"|第[ \t]*\d{1,4}[ \t]*[頁页][^\n]*)[ \t]*$",
    re.M,
)


class PdfTextParser:
    """The ``pdf_text`` variant."""

    name = "pdf_text"

    def detect(self, text: str) -> float:
        """How sure we are that ``text`` is PDF-extracted Chinese text.

        0 for binary data and HTML; 0.4 for plain text with Chinese prose, 0.5 when it
        also has form feeds or printed page numbers.
        """
        head = text[:20000]
        if not head or "\x00" in head or head.startswith("%PDF"):
            return 0.0
        if len(_CONTROL.findall(head)) > len(head) // 100:
            return 0.0
        if not _CJK.search(head):
            return 0.0
        if len(_TAG.findall(head)) >= 5:
            return 0.0
        return 0.5 if _PDF_HINT.search(head) else 0.4

    def parse(self, text: str, *, name: str | None, options: ParseOptions) -> Document:
        """Repair the text and build the document."""
        repaired = repair_text(text)
        body = _body(repaired)
        return Document(
            variant=self.name,
            name=name,
            title=repaired.front.title,
            body=text,
            body_format="text",
            body_parts=body,
        )


def _body(r: Repaired) -> Body:
    body = Body(
        # section headings stay in the reading order of the text, as in HTML bodies
        paragraphs=[text for _kind, text in r.blocks],
        headings=list(r.headings),
        footnotes=[note.text for note in r.footnotes],
        warnings=list(r.warnings),
    )
    front = r.front
    if front.author:
        body.authors.append(front.author)
    meta = body.meta
    for key, value in (
        ("series", front.series),
        ("series_en", front.series_en),
        ("issue", front.issue),
        ("date", front.date),
        ("author_title", front.author_title),
    ):
        if value:
            meta[key] = value
    if front.masthead:
        meta["masthead"] = " | ".join(front.masthead)
    captions = ([front.caption] if front.caption else []) + [text for text, _ in r.captions]
    if captions:
        meta["image_caption"] = "\n".join(captions)
        credits = [m.group(1).strip() for c in captions if (m := _CREDIT.search(c))]
        if credits:
            meta["image_credit"] = "\n".join(credits)
    if r.editor_notes:
        meta["editor_note"] = "\n".join(r.editor_notes)
    if r.footer.lines:
        meta["publisher_footer"] = "\n".join(r.footer.lines)
    if r.footer.name:
        meta["publisher_name"] = r.footer.name
    seen: set[tuple[str, str]] = set()

    def add(url: str, text: str, kind: str) -> None:
        if url and (url, kind) not in seen:
            seen.add((url, kind))
            body.links.append(Link(url, text, kind))

    for caption in captions:
        for url in urls_in(caption):
            add(_absolute(url), caption, "image")
    for url in r.urls:
        add(_absolute(url), "", "inline")
    for note in r.footnotes:
        for url in urls_in(note.text):
            add(_absolute(url), note.text, "footnote")
    for url in r.footer.urls:
        add(_absolute(url), r.footer.name or "", "footer")
    return body


def _absolute(url: str) -> str:
    return url if "://" in url else f"http://{url}"
