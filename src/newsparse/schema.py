"""The one table layout of parsed records: columns for CSV, Parquet and Dask DataFrames.

Every output that is a table (``newsparse parse --format csv|parquet``, the Dask
DataFrame of :mod:`newsparse.dask`) uses :data:`COLUMNS`: the keys of
:meth:`Result.to_dict() <newsparse.model.Result.to_dict>` in a fixed order, ``path``,
``ok``, ``error_kind`` and ``error`` first. Error records have the same columns, with
every article column ``None``, so a table never changes shape with its data.

>>> COLUMN_NAMES[:5]
('path', 'ok', 'error_kind', 'error', 'variant')
>>> select_columns(["title", "url"])
('path', 'ok', 'error', 'title', 'url')

pyarrow and pandas are optional: they are imported only by :func:`arrow_schema`,
:func:`arrow_table` and :func:`pandas_meta`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from attrs import frozen

from newsparse.model import Result

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "ALWAYS",
    "COLUMNS",
    "COLUMN_NAMES",
    "Column",
    "arrow_schema",
    "arrow_table",
    "csv_row",
    "pandas_meta",
    "record",
    "select_columns",
]


@frozen
class Column:
    """One column: its name, its kind and what it holds.

    ``kind`` is ``"str"``, ``"bool"``, ``"timestamp"`` (``published``: an ISO 8601 string
    with its offset in JSON and CSV, a UTC timestamp in Parquet and DataFrames),
    ``"strings"`` (a list of strings) or the name of a nested structure
    (``"date_candidates"``, ``"credits"``, ``"dateline"``, ``"links"``, ``"images"``,
    ``"extra"``).
    """

    name: str
    kind: str
    doc: str


#: The columns of every parsed-record table, in order.
COLUMNS: tuple[Column, ...] = (
    Column("path", "str", "the input file as given or found"),
    Column("ok", "bool", "true when the input parsed"),
    Column("error_kind", "str", "the ParseError class of a failed input (ReadError, DecodeError...)"),
    Column("error", "str", "the error message of a failed input"),
    Column("variant", "str", "input variant: jekyll, comment_stamp, pdf_text"),
    Column("title", "str", "the title as the publisher gave it"),
    Column("url", "str", "canonical source URL"),
    Column("published", "timestamp", "publication time"),
    Column("date_candidates", "date_candidates", "every date found, where it came from, which was chosen"),
    Column("source", "str", "publisher as the document names it"),
    Column("publisher", "str", "normalized publisher name"),
    Column("publisher_id", "str", "stable publisher id"),
    Column("authors", "strings", "people who wrote it"),
    Column("credits", "credits", "other roles: editor, translator, reviewer..."),
    Column("dateline", "dateline", "place and day of a news lead"),
    Column("tags", "strings", "front-matter tags"),
    Column("categories", "strings", "front-matter categories"),
    Column("keywords", "strings", "publisher keyword tags"),
    Column("language", "str", "language code"),
    Column("script", "str", "Hans, Hant or null"),
    Column("text", "str", "clean body text"),
    Column("paragraphs", "strings", "body paragraphs"),
    Column("headings", "strings", "section headings"),
    Column("footnotes", "strings", "footnote texts"),
    Column("links", "links", "links with their kind"),
    Column("images", "images", "images with caption and alt text"),
    Column("warnings", "strings", "what looked wrong but was recovered"),
    Column("extra", "extra", "variant-specific string metadata"),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)

#: Columns every selection keeps, so a failed input is never a silent row of nulls.
ALWAYS: tuple[str, ...] = ("path", "ok", "error")

_BY_NAME = {c.name: c for c in COLUMNS}


def select_columns(fields: Iterable[str] | None = None) -> tuple[str, ...]:
    """The column names to write for ``fields`` (all columns for ``None``), in table order.

    :data:`ALWAYS` are added; an unknown name raises ``ValueError`` naming the known ones.

    >>> select_columns(["text", "path"])
    ('path', 'ok', 'error', 'text')
    >>> select_columns(["titel"])
    Traceback (most recent call last):
    ...
    ValueError: unknown field 'titel'; fields: path, ok, error_kind, error, variant, ...
    """
    if fields is None:
        return COLUMN_NAMES
    wanted = set(fields)
    for name in wanted:
        if name not in _BY_NAME:
            known = ", ".join(COLUMN_NAMES)
            raise ValueError(f"unknown field {name!r}; fields: {known}")
    wanted.update(ALWAYS)
    return tuple(name for name in COLUMN_NAMES if name in wanted)


def record(result: Result, columns: Sequence[str] = COLUMN_NAMES) -> dict[str, Any]:
    """``result.to_dict()`` with exactly ``columns``, in that order (missing ones ``None``).

    >>> from newsparse.errors import ReadError
    >>> rec = record(Result("a.md", error=ReadError("no such file", name="a.md")))
    >>> rec["ok"], rec["error_kind"], rec["title"], len(rec) == len(COLUMNS)
    (False, 'ReadError', None, True)
    """
    get = result.to_dict().get
    return {name: get(name) for name in columns}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_row(rec: Mapping[str, Any], columns: Sequence[str] = COLUMN_NAMES) -> list[str]:
    """One CSV row: nested values as JSON, ``None`` as empty, booleans as ``true``/``false``.

    >>> csv_row({"path": "a.md", "ok": True, "authors": ["甲", "乙"]}, ["path", "ok", "authors"])
    ['a.md', 'true', '["甲", "乙"]']
    """
    return [_csv_cell(rec.get(name)) for name in columns]


def _arrow_types() -> dict[str, pa.DataType]:
    import pyarrow as pa

    s = pa.string()
    return {
        "str": s,
        "bool": pa.bool_(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "strings": pa.list_(s),
        "date_candidates": pa.list_(
            pa.struct(
                [
                    ("value", s),
                    ("source", s),
                    ("raw", s),
                    ("precision", s),
                    ("chosen", pa.bool_()),
                    ("note", s),
                ]
            )
        ),
        "credits": pa.map_(s, pa.list_(s)),
        "dateline": pa.struct([("place", s), ("day", pa.int32()), ("raw", s)]),
        "links": pa.list_(pa.struct([("url", s), ("text", s), ("kind", s)])),
        "images": pa.list_(pa.struct([("url", s), ("caption", s), ("alt", s)])),
        "extra": pa.map_(s, s),
    }


def arrow_schema(columns: Sequence[str] = COLUMN_NAMES) -> pa.Schema:
    """The Arrow schema of ``columns`` (requires pyarrow: ``pip install newsparse[parquet]``).

    ``published`` is a UTC timestamp; the values of ``date_candidates`` stay ISO 8601
    strings with their original offsets.
    """
    import pyarrow as pa

    types = _arrow_types()
    return pa.schema(
        [
            pa.field(
                name, types[_BY_NAME[name].kind], nullable=name != "ok", metadata={"doc": _BY_NAME[name].doc}
            )
            for name in columns
        ]
    )


def arrow_table(records: Sequence[Mapping[str, Any]], columns: Sequence[str] = COLUMN_NAMES) -> pa.Table:
    """An Arrow table of :func:`record` dicts with :func:`arrow_schema` (``published`` converted)."""
    import pyarrow as pa

    schema = arrow_schema(columns)
    if "published" not in columns:
        return pa.Table.from_pylist(list(records), schema=schema)
    at = schema.get_field_index("published")
    as_text = schema.set(at, pa.field("published", pa.string()))
    table = pa.Table.from_pylist(list(records), schema=as_text)
    published = table.column(at).cast(schema.field(at).type)
    return table.set_column(at, schema.field(at), published)


def pandas_meta(columns: Sequence[str] = COLUMN_NAMES) -> pd.DataFrame:
    """An empty pandas DataFrame with the dtypes of ``columns`` (the ``meta`` of Dask frames).

    Strings have pandas' string dtype (``object`` before pandas 3), ``ok`` is ``bool``,
    ``published`` is ``datetime64[us, UTC]`` and nested columns hold Python lists and
    dicts (``object``).
    """
    import pandas as pd

    dtypes = {"str": "str", "bool": "bool", "timestamp": "datetime64[us, UTC]"}
    return pd.DataFrame(
        {name: pd.Series([], dtype=dtypes.get(_BY_NAME[name].kind, "object")) for name in columns}
    )
