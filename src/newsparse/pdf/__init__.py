"""Repair of text extracted from PDF files (think-tank commentaries, briefs, reports).

Extractors (pdftotext with or without ``-layout``/``-raw``, PyMuPDF, pypdf,
pymupdf4llm's Markdown) leave page numbers and running headers inside sentences, break
every printed line, interleave two columns, keep hyphens and footnotes where the page
had them. :func:`repair_text` undoes that; :mod:`newsparse.variants.pdf_text` turns the
result into a :class:`~newsparse.document.Document`.
"""

from newsparse.pdf.repair import Repaired, repair_text

__all__ = ["Repaired", "repair_text"]
