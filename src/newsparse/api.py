"""The entry points: :func:`parse` and :func:`parse_file`."""

from __future__ import annotations

import logging
import os
from typing import Any

from newsparse.assemble import build_article
from newsparse.decode import decode_text, looks_binary, normalize_newlines
from newsparse.errors import DecodeError, DocumentTooLargeError, ParseError, ReadError
from newsparse.model import Article
from newsparse.options import ParseOptions
from newsparse.variants import detect_variant, get_variant

__all__ = ["InternalError", "parse", "parse_file", "parse_text"]

log = logging.getLogger("newsparse")


class InternalError(ParseError):
    """A bug in newsparse met on this input; reported as a ParseError so batches go on."""


def parse(data: str | bytes, *, name: str | None = None, **options: Any) -> Article:
    """Parse one document (text or bytes) into an :class:`~newsparse.model.Article`.

    ``name`` (a file name or URL) is used in error messages and provenance. ``options``
    are the fields of :class:`~newsparse.options.ParseOptions`, such as ``variant=`` and
    ``script=``.

    >>> a = parse("<!--1697553060000-->\\n[標題](https://www.cna.com.tw/news/aopl/202310170397.aspx)\\n"
    ...           "------\\n\\n<p>（中央社記者廖禹揚首爾17日專電）第一段。</p>")
    >>> a.variant, a.title, a.publisher, a.authors, a.published.date().isoformat()
    ('comment_stamp', '標題', '中央社', ('廖禹揚',), '2023-10-17')
    """
    opts = ParseOptions.from_kwargs(**options)
    return parse_text(_to_text(data, name, opts), name=name, options=opts)


def _to_text(data: str | bytes, name: str | None, options: ParseOptions) -> str:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > options.max_bytes:
            raise DocumentTooLargeError(
                f"input is {len(raw)} bytes, over max_bytes={options.max_bytes}", name=name
            )
        return decode_text(raw, name=name)
    if not isinstance(data, str):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    if len(data) > options.max_bytes:
        raise DocumentTooLargeError(
            f"input is {len(data)} characters, over max_bytes={options.max_bytes}", name=name
        )
    if data.startswith("\ufeff"):
        data = data[1:]
    return normalize_newlines(data)


def parse_text(text: str, *, name: str | None = None, options: ParseOptions | None = None) -> Article:
    """Parse already decoded text with ready-made options."""
    opts = options or ParseOptions()
    if not text.strip():
        raise ParseError("input is empty", name=name)
    if looks_binary(text):
        raise DecodeError("input looks like binary data, not text", name=name)
    try:
        parser = get_variant(opts.variant, input_name=name) if opts.variant else detect_variant(text, input_name=name)
        doc = parser.parse(text, name=name, options=opts)
        return build_article(doc, opts)
    except ParseError as exc:
        raise exc.with_name(name) from None
    except RecursionError:
        raise ParseError("input is nested too deeply to parse", name=name) from None
    except MemoryError:
        raise ParseError("input needs more memory than is available", name=name) from None
    except Exception as exc:  # a bug; keep batches alive, but say so loudly
        log.exception("newsparse bug while parsing %s", name or "<input>")
        raise InternalError(f"internal error ({type(exc).__name__}: {exc}); please report it", name=name) from exc


def parse_file(path: str | os.PathLike[str], **options: Any) -> Article:
    """Read and parse one file. Unreadable files raise :class:`~newsparse.errors.ReadError`."""
    name = os.fspath(path)
    opts = ParseOptions.from_kwargs(**options)
    try:
        size = os.path.getsize(name)
        if size > opts.max_bytes:
            raise DocumentTooLargeError(f"file is {size} bytes, over max_bytes={opts.max_bytes}", name=name)
        with open(name, "rb") as fh:
            data = fh.read(opts.max_bytes + 1)
    except ParseError:
        raise
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", name=name) from None
    except FileNotFoundError:
        raise ReadError("no such file", name=name) from None
    except PermissionError:
        raise ReadError("permission denied", name=name) from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", name=name) from None
    return parse_text(_to_text(data, name, opts), name=name, options=opts)
