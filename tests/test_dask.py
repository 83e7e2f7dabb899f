"""newsparse.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import newsparse  # noqa: E402
import newsparse.dask  # noqa: E402
from newsparse.schema import COLUMN_NAMES, pandas_meta, record  # noqa: E402
from tests.conftest import CORPUS_FILES, SEED_FILES  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, memory_limit="1GiB"
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """The seeds and corpus posts, twice, in nested folders, and one file that is not a post."""
    for copy in ("a", "b"):
        folder = tmp_path / copy
        folder.mkdir()
        for post in [*SEED_FILES, *CORPUS_FILES]:
            shutil.copy(post, folder / post.name)
    (tmp_path / "b" / "broken.txt").write_bytes(bytes(range(256)))
    return tmp_path


def test_importing_newsparse_does_not_import_dask() -> None:
    code = "import sys, newsparse; assert 'dask' not in sys.modules and 'pandas' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_bag_holds_one_record_per_file_on_the_cluster(client: Any, archive: Path) -> None:
    bag = newsparse.dask.read_articles(str(archive), partition_size=16)
    assert bag.npartitions > 2
    records = bag.compute()
    expected = [record(r) for r in newsparse.parse_many(archive)]
    assert len(records) == len(expected) == 2 * (len(SEED_FILES) + len(CORPUS_FILES)) + 1
    assert records == expected
    assert all(list(r) == list(COLUMN_NAMES) for r in records)
    assert [r["error_kind"] for r in records if not r["ok"]] == ["DecodeError"]
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2
    assert os.getpid() not in pids


def test_the_dataframe_has_the_fixed_schema(client: Any, archive: Path) -> None:
    frame = newsparse.dask.read_dataframe(
        [f"{archive}/a/*.md", str(archive / "b"), f"{archive}/nothing-*.md"], partition_size=16, script="Hant"
    )
    assert frame.dtypes.to_dict() == pandas_meta().dtypes.to_dict()
    table = frame.compute()
    assert table.dtypes.to_dict() == pandas_meta().dtypes.to_dict()
    assert len(table) == len(CORPUS_FILES) + len(SEED_FILES) + len(CORPUS_FILES) + 1 + 1
    assert sorted(table[~table.ok].error_kind) == ["DecodeError", "ReadError"]
    first = table[table.ok].iloc[0]
    article = newsparse.parse_file(first.path, script="Hant")
    assert first.title == article.title
    assert first.published == article.published
    published = table.published.dropna()
    assert len(published) > len(table) // 2
    assert str(published.dt.tz) == "UTC"


def test_options_are_checked_on_the_client() -> None:
    with pytest.raises(TypeError, match="scirpt"):
        newsparse.dask.read_articles("seeds", scirpt="Hant")
