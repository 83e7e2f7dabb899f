"""The entry points: :func:`parse` and :func:`parse_file`.

Every document is parsed inside one guard (:func:`_guarded`): the time limit of
:mod:`newsparse.limits` applies, and whatever goes wrong comes out as a
:class:`~newsparse.errors.ParseError` naming the input — bad input as the matching
subclass, a bug in newsparse as :class:`~newsparse.errors.InternalError`. Only misuse of
the API itself (an unknown option, ``data`` that is neither text nor bytes) raises
``TypeError`` or ``ValueError``.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import stat
from collections.abc import Callable
from typing import Any

from newsparse.assemble import build_article
from newsparse.decode import (
    decode_parts,
    decode_plain,
    free_of_controls,
    looks_binary,
    normalize_newlines,
    scan_controls,
    utf8_suffix,
)
from newsparse.errors import (
    DecodeError,
    DocumentTooLargeError,
    EmptyDocumentError,
    InternalError,
    LimitExceededError,
    ParseError,
    ReadError,
)
from newsparse.limits import DeadlineExpired, arm, check_deadline, disarm
from newsparse.model import Article
from newsparse.options import ParseOptions
from newsparse.variants import detect_variant, get_variant

__all__ = ["InternalError", "parse", "parse_file", "parse_path", "parse_text"]

log = logging.getLogger("newsparse")

# a lone surrogate, which no encoder accepts: "\ud800" (from a surrogateescape'd file name)
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    if not isinstance(data, str | bytes | bytearray | memoryview):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    return _guarded(name, opts, lambda: _parse_decoded(*_to_text(data, name, opts), name, opts))


def _to_text(
    data: str | bytes | bytearray | memoryview, name: str | None, options: ParseOptions
) -> tuple[str, tuple[str, ...], bool, bytes | None]:
    """The text of ``data`` (decoded, newlines normalized), what was repaired on the way,
    whether the bytes already showed that it is not binary (see
    :func:`~newsparse.decode.plainly_text`), and the bytes themselves when they are the
    text's UTF-8 form (see :func:`~newsparse.decode.decode_plain`) with no control character
    but tab and newline (else ``None``)."""
    if not isinstance(data, str):
        raw = bytes(data)
        if len(raw) > options.max_bytes:
            raise DocumentTooLargeError(
                f"input is {len(raw)} bytes, over max_bytes={options.max_bytes}", name=name
            )
        plain_text = decode_plain(raw)
        if plain_text is not None:  # (what decode_parts gives it: "utf-8", no repairs)
            plain, no_controls = scan_controls(raw)
            # bytes with a control character are not the HTML parser's input: it drops them
            return plain_text, (), plain, raw if no_controls else None
        text, encoding, repairs = decode_parts(raw, name=name)
        return text, repairs, encoding == "utf-8" and free_of_controls(raw), None
    if len(data) > options.max_bytes:
        raise DocumentTooLargeError(
            f"input is {len(data)} characters, over max_bytes={options.max_bytes}", name=name
        )
    warnings: tuple[str, ...] = ()
    if _SURROGATE.search(data):
        count = len(_SURROGATE.findall(data))
        data = _SURROGATE.sub("\ufffd", data)
        warnings = (f"{count} lone surrogate code point(s) replaced with U+FFFD",)
    if data.startswith("\ufeff"):
        data = data[1:]
    return normalize_newlines(data), warnings, False, None


def parse_text(text: str, *, name: str | None = None, options: ParseOptions | None = None) -> Article:
    """Parse already decoded text with ready-made options."""
    opts = options or ParseOptions.from_kwargs()
    return _guarded(name, opts, lambda: _parse_decoded(*_to_text(text, name, opts), name, opts))


def _parse_decoded(
    text: str,
    repairs: tuple[str, ...],
    plain: bool,
    utf8: bytes | None,
    name: str | None,
    options: ParseOptions,
) -> Article:
    # "not text.strip()" without copying the text
    if not text or text.isspace():
        raise EmptyDocumentError("input is empty", name=name)
    if not plain and looks_binary(text):
        raise DecodeError("input looks like binary data, not text", name=name)
    check_deadline()
    parser = (
        get_variant(options.variant, input_name=name)
        if options.variant
        else detect_variant(text, input_name=name)
    )
    doc = parser.parse(text, name=name, options=options)
    if utf8 is not None and doc.body_parts is None:
        # the HTML parser reads UTF-8: the body's is already in the input (the variant
        # parsers keep the body as the end of the text)
        doc.body_utf8 = utf8_suffix(text, utf8, doc.body)
    check_deadline()
    article = build_article(doc, options)
    if repairs:
        article = article.evolve(warnings=(*repairs, *article.warnings))
    return article


def _guarded(name: str | None, options: ParseOptions, work: Callable[[], Article]) -> Article:
    """Run ``work`` within the time limit; everything that goes wrong becomes a ParseError.

    The cyclic garbage collector is paused while the document is parsed. CPython starts a
    collection every few hundred container allocations, and parsing a post allocates
    thousands (lxml proxies, blocks, candidates) that reference counting frees anyway: the
    collections cost about a third of the parse time and find nothing. The same technique
    as Mercurial's ``util.nogc``. The collector is switched back on afterwards only if it
    was on before, so a caller who disabled it keeps it off. Both the pause and the time
    limit are plain ``try/finally`` blocks: generator-based context managers cost more per
    document than the work they guard on a small post.
    """
    try:
        gc_enabled = gc.isenabled()
        if gc_enabled:
            gc.disable()
        try:
            armed = arm(options.timeout, name)
            try:
                return work()
            finally:
                disarm(armed)
        finally:
            if gc_enabled:
                gc.enable()
    except ParseError as exc:
        raise exc.with_name(name) from None
    except DeadlineExpired:
        raise LimitExceededError(
            f"parsing took longer than timeout={options.timeout:g} s", name=name
        ) from None
    except RecursionError:
        raise LimitExceededError("input is nested too deeply to parse", name=name) from None
    except MemoryError:
        raise LimitExceededError("input needs more memory than is available", name=name) from None
    except Exception as exc:  # a bug; keep batches alive, but say so loudly
        log.exception("newsparse bug while parsing %s", name or "<input>")
        raise InternalError(
            f"internal error ({type(exc).__name__}: {exc}); please report it", name=name
        ) from exc


def parse_file(path: str | os.PathLike[str], **options: Any) -> Article:
    """Read and parse one file. Unreadable files raise :class:`~newsparse.errors.ReadError`."""
    return parse_path(os.fspath(path), ParseOptions.from_kwargs(**options))


def parse_path(name: str, options: ParseOptions) -> Article:
    """:func:`parse_file` with ready-made options (what batch workers call for every file)."""
    return _guarded(
        name, options, lambda: _parse_decoded(*_to_text(_read(name, options), name, options), name, options)
    )


def _read(name: str, options: ParseOptions) -> bytes:
    """The bytes of the regular file ``name``, or a :class:`ReadError` saying why not.

    FIFOs, devices and sockets are refused before they are opened: reading one could
    block forever or never end.
    """
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise ReadError("is a directory, not a file", name=name)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file (a FIFO, device or socket)", name=name)
        if info.st_size > options.max_bytes:
            raise DocumentTooLargeError(
                f"file is {info.st_size} bytes, over max_bytes={options.max_bytes}", name=name
            )
        with open(name, "rb") as fh:
            data = fh.read(options.max_bytes + 1)
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
    except ValueError as exc:  # "embedded null byte" and other impossible names
        raise ReadError(f"not a usable file name: {exc}", name=name) from None
    if len(data) > options.max_bytes:
        raise DocumentTooLargeError(f"file is over max_bytes={options.max_bytes} bytes", name=name)
    return data
