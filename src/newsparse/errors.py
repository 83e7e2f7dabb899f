"""Errors raised by newsparse.

Every error that ``parse``, ``parse_file`` or ``parse_many`` reports on bad input is a
:class:`ParseError`. Its message names the input and what was wrong, with a line or byte
offset when one is known, so a user reading a log of millions of files can find the one
that failed.

>>> err = DecodeError("could not decode bytes as UTF-8, GB18030 or Big5", name="a.md", offset=17)
>>> str(err)
'a.md: byte 17: could not decode bytes as UTF-8, GB18030 or Big5'
>>> isinstance(err, ParseError)
True
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "FrontMatterError",
    "InternalError",
    "LimitExceededError",
    "ParseError",
    "ReadError",
    "UnknownVariantError",
]


class ParseError(Exception):
    """Base class of every error newsparse raises on bad input.

    ``name`` is the file name or URL the caller gave (``None`` when unnamed), ``line`` a
    1-based line number and ``offset`` a 0-based byte or character offset, when known.
    The exception pickles, so it crosses process boundaries in ``parse_many(workers=N)``.
    """

    def __init__(
        self,
        reason: str,
        *,
        name: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.reason = reason
        self.name = name
        self.line = line
        self.offset = offset
        super().__init__(self._format())

    def _format(self) -> str:
        where = [self.name or "<input>"]
        if self.line is not None:
            where.append(f"line {self.line}")
        elif self.offset is not None:
            where.append(f"byte {self.offset}")
        return ": ".join([*where, self.reason])

    def with_name(self, name: str | None) -> ParseError:
        """Return the same error attributed to ``name`` (used when a caller knows the file)."""
        if name is None or self.name == name:
            return self
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        ParseError.__init__(clone, self.reason, name=name, line=self.line, offset=self.offset)
        return clone

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_error,
            (type(self), self.reason, self.name, self.line, self.offset),
        )

    @property
    def kind(self) -> str:
        """A short stable name of the error class, for error records (``"DecodeError"``)."""
        return type(self).__name__


def _rebuild_error(
    cls: type[ParseError], reason: str, name: str | None, line: int | None, offset: int | None
) -> ParseError:
    err = cls.__new__(cls)
    ParseError.__init__(err, reason, name=name, line=line, offset=offset)
    return err


class ReadError(ParseError):
    """The input could not be read (missing file, permission denied, a directory...)."""


class DecodeError(ParseError):
    """The bytes are not text in any encoding newsparse accepts."""


class EmptyDocumentError(ParseError):
    """The input holds nothing but whitespace (an empty or blanked file)."""


class DocumentTooLargeError(ParseError):
    """The input is larger than the configured ``max_bytes``."""


class LimitExceededError(ParseError):
    """A safety limit was hit: time per document (``timeout``), or a structure too deep to parse."""


class FrontMatterError(ParseError):
    """The YAML front matter is unusable and nothing could be recovered from it."""


class UnknownVariantError(ParseError):
    """No registered variant recognized the document, or an unknown variant was named."""


class InternalError(ParseError):
    """A bug in newsparse met on this input, reported as a ParseError so that batches go on.

    It never signals bad input: the property tests assert that no input raises it.
    """
