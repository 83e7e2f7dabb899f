"""Parsing many inputs: :func:`parse_many` (in-process; the process pool is being built)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse.api import parse_file
from newsparse.errors import ParseError
from newsparse.model import Result

__all__ = ["parse_many"]


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, workers: int = 0, **options: Any
) -> Iterator[Result]:
    """One :class:`Result` per input path, in input order."""
    for path in paths:
        name = os.fspath(path)
        try:
            yield Result(name, article=parse_file(name, **options))
        except ParseError as exc:
            yield Result(name, error=exc)
