"""Comment-stamp posts: the archiver's header with no front matter.

::

    <!--1732721943000-->
    [韩乌同意分享朝俄情报，但韩国民意不支持向基辅提供武器](https://www.voachinese.com/a/…/7878666.html)
    ------

    <div><i>Wed, 27 Nov 2024 14:59:13 GMT</i></div>...

The stamp and the header line are all the metadata there is.
"""

from __future__ import annotations

from newsparse.document import Document
from newsparse.options import ParseOptions
from newsparse.variants._header import read_header, safe_source_url

__all__ = ["CommentStampParser"]


class CommentStampParser:
    """The ``comment_stamp`` variant: stamp + header line + HTML body."""

    name = "comment_stamp"

    def detect(self, text: str) -> float:
        """Confidence that ``text`` starts with the archiver's stamp or header link."""
        header = read_header(text[:8192])
        if header.stamp_raw is not None and header.title is not None:
            return 0.9
        if header.found:
            return 0.6
        return 0.0

    def parse(self, text: str, *, name: str | None, options: ParseOptions) -> Document:
        """Read the header and keep the rest as the HTML body."""
        header = read_header(text)
        doc = Document(variant=self.name, name=name)
        doc.warnings.extend(header.warnings)
        doc.stamp_raw, doc.stamp_ms = header.stamp_raw, header.stamp_ms
        doc.title = doc.header_title = header.title
        doc.header_url = header.url
        doc.url = safe_source_url(header.url, doc.warnings)
        doc.body = text[header.body_start :]
        doc.body_line = header.body_line + 1
        return doc
