"""The shared table layout: it must follow Result.to_dict(), whatever fields Article grows."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.errors import ReadError
from newsparse.model import Result
from newsparse.schema import COLUMN_NAMES, COLUMNS, arrow_table, pandas_meta, record, select_columns
from tests.conftest import CORPUS_FILES, SEED_FILES


def test_columns_are_the_keys_of_result_to_dict_in_order() -> None:
    article = newsparse.parse_file(SEED_FILES[0])
    keys = list(Result(str(SEED_FILES[0]), article=article).to_dict())
    assert sorted(keys) == sorted(COLUMN_NAMES), "Article.to_dict() changed: update newsparse.schema.COLUMNS"
    assert [name for name in COLUMN_NAMES if name in article.to_dict()] == list(article.to_dict())


def test_error_records_have_every_column() -> None:
    rec = record(Result("x.md", error=ReadError("no such file", name="x.md")))
    assert list(rec) == list(COLUMN_NAMES)
    assert rec["ok"] is False
    assert rec["error"] == "x.md: no such file"
    assert all(rec[c.name] is None for c in COLUMNS[4:])


def test_selection_keeps_table_order_and_the_error_columns() -> None:
    assert select_columns(["url", "title"]) == ("path", "ok", "error", "title", "url")
    assert select_columns(None) == COLUMN_NAMES
    with pytest.raises(ValueError, match="unknown field"):
        select_columns(["nope"])


def test_every_record_fits_the_arrow_schema() -> None:
    pytest.importorskip("pyarrow")
    results = [*newsparse.parse_many([*SEED_FILES, *CORPUS_FILES])]
    results.append(Result("x.md", error=ReadError("no such file", name="x.md")))
    table = arrow_table([record(r) for r in results])
    assert table.num_rows == len(results)
    published = table.column("published").to_pylist()
    for result, value in zip(results, published, strict=True):
        assert value == (result.article.published if result.article else None)


def test_pandas_meta_has_one_dtype_per_column() -> None:
    pytest.importorskip("pandas")
    meta = pandas_meta()
    assert list(meta.columns) == list(COLUMN_NAMES)
    assert str(meta.dtypes["published"]) == "datetime64[us, UTC]"
    assert str(meta.dtypes["ok"]) == "bool"
