"""The PDF-text repair pipeline: extracted text in, paragraphs and metadata out.

Steps, each in its own module:

1. :mod:`~newsparse.pdf.pages`: pages (form feeds), ``-layout`` columns, Markdown hints;
2. :mod:`~newsparse.pdf.chrome`: page numbers and running headers;
3. :mod:`~newsparse.pdf.structure`: masthead, title, author, editor's note, publisher
   footer, image captions; then composite header lines made of what the masthead named;
4. :mod:`~newsparse.pdf.footnotes`: notes out of the text, markers out of sentences;
5. :mod:`~newsparse.pdf.join`: lines back into paragraphs and headings.

>>> text = "遠景論壇\\n標題在此\\n李明峻\\n新台灣國策智庫研發長\\n"
>>> text += "第一段第一行，沒有結束\\n\\n1\\n\\f遠景論壇\\n接著說完。\\n"
>>> r = repair_text(text)
>>> r.front.title, r.front.author, r.paragraphs
('標題在此', '李明峻', ['第一段第一行，沒有結束接著說完。'])
"""

from __future__ import annotations

import re

from attrs import define, field

from newsparse.pdf import chrome, footnotes, join, pages, structure
from newsparse.pdf.lines import Line, ends_sentence, squash, tidy_spaces

__all__ = ["Repaired", "repair_text"]

# sentence punctuation inside a heading candidate: "。" "！" "？"
_SENTENCE_MARK = re.compile(r"[。！？]")


@define
class Repaired:
    """Everything the repair found."""

    paragraphs: list[str] = field(factory=list)
    headings: list[str] = field(factory=list)
    #: headings and paragraphs in reading order, as ``(kind, text)``
    blocks: list[tuple[str, str]] = field(factory=list)
    footnotes: list[footnotes.Footnote] = field(factory=list)
    front: structure.Front = field(factory=structure.Front)
    footer: structure.Footer = field(factory=structure.Footer)
    editor_notes: list[str] = field(factory=list)
    captions: list[tuple[str, list[str]]] = field(factory=list)
    #: URLs written in the paragraphs
    urls: list[str] = field(factory=list)
    #: URLs of Markdown links the extractor kept, by line role
    link_targets: dict[str, list[str]] = field(factory=dict)
    pages: int = 1
    two_column_pages: int = 0
    chrome_lines: int = 0
    joins_across_pages: int = 0
    #: line joins across a blank line, page break, running header or footnote
    rejoined: int = 0
    warnings: list[str] = field(factory=list)


def _mark_headings(lines: list[Line]) -> None:
    """Markdown headings that are headings; page-top continuations lose the mark."""
    previous: Line | None = None
    for line in lines:
        if line.role in ("chrome", "footnote"):
            continue
        if line.role == "" and line.heading_level:
            text = tidy_spaces(line.text)
            dangling = (
                previous is not None
                and previous.role == ""
                and not previous.heading_level
                and not ends_sentence(previous.text)
            )
            if (
                text
                and not ends_sentence(text)
                and not _SENTENCE_MARK.search(text)
                and len(text) <= 60
                and (not dangling or join.HEADING_START.match(text))
            ):
                line.role = "heading"
            else:
                line.heading_level = 0
        previous = line


def repair_text(text: str) -> Repaired:
    """Run the whole repair on one extracted text."""
    out = Repaired()
    lines = pages.read_lines(text)
    if not lines:
        return out
    out.pages = len({line.page for line in lines})
    out.two_column_pages = len({line.page for line in lines if line.column == 1})
    headers = chrome.mark_page_chrome(lines)
    out.front = structure.read_front(lines, headers)
    out.editor_notes = structure.mark_editor_notes(lines)
    out.footer = structure.mark_footer(lines)
    known = set(headers)
    for value in (out.front.series, out.front.series_en, *out.front.masthead):
        if value:
            known.add(squash(value))
    if out.footer.name:
        known.add(squash(out.footer.name))
    chrome.mark_composites(lines, known, out.footer.name or "")
    _mark_headings(lines)
    out.footnotes = footnotes.extract_footnotes(lines)
    loose = footnotes.strip_markers(lines)
    out.captions = structure.mark_captions(lines)
    width = join.column_width(lines)
    blocks, out.rejoined = join.build_blocks(lines, width)
    for block in blocks:
        out.blocks.append((block.kind, block.text))
        if block.kind == "heading":
            out.headings.append(block.text)
        else:
            out.paragraphs.append(block.text)
            out.urls.extend(structure.urls_in(block.text))
            pages_spanned = {lines[i].page for i in block.lines}
            out.joins_across_pages += len(pages_spanned) - 1
    for line in lines:
        if line.links:
            out.link_targets.setdefault(line.role or "body", []).extend(line.links)
    out.chrome_lines = sum(1 for line in lines if line.role == "chrome")
    _warn(out, loose)
    return out


def _warn(out: Repaired, loose: int) -> None:
    if out.two_column_pages:
        out.warnings.append(f"pdf_text: read {out.two_column_pages} two-column page(s) column by column")
    if out.chrome_lines:
        out.warnings.append(f"pdf_text: removed {out.chrome_lines} page-number/running-header line(s)")
    if out.joins_across_pages:
        out.warnings.append(f"pdf_text: rejoined {out.joins_across_pages} paragraph(s) split across pages")
    if out.rejoined:
        out.warnings.append(
            f"pdf_text: rejoined {out.rejoined} line(s) across blank lines, page chrome or notes"
        )
    if out.footnotes:
        out.warnings.append(f"pdf_text: moved {len(out.footnotes)} footnote(s) out of the text")
    missing = [note.number for note in out.footnotes if not note.marker_found]
    if missing:
        out.warnings.append(f"pdf_text: no marker found in the text for footnote(s) {missing}")
    if loose:
        out.warnings.append(f"pdf_text: removed {loose} footnote marker(s) without a note")
