"""Parsing archives on Dask (``pip install 'newsparse[dask]'``), also as :mod:`newsparse.dask`.

:func:`read_articles` lists the input files on the client, splits the list into
partitions and parses each partition on a worker, which reads the files itself (so the
paths must be visible to the workers: a shared or network file system). The result is a
Bag of :func:`newsparse.schema.record` dicts, one per input file, failures included: every
record has the same keys in the same order (those of ``Result.to_dict()``; a failed input
has ``ok`` false, ``error`` and ``error_kind``, and ``None`` for every article field).
:data:`META` is the matching DataFrame schema::

    from dask.distributed import Client
    import newsparse.dask

    client = Client()                                   # or the address of a cluster
    bag = newsparse.dask.read_articles("/archive/**/*.md", script="Hant")
    frame = bag.to_dataframe(meta=newsparse.dask.META)  # or read_dataframe(...)
    frame[frame.ok].to_parquet("articles/", schema=newsparse.schema.arrow_schema())

dask and pandas are imported when first needed, so this module imports (and its
documentation builds) without them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from newsparse.batch import DEFAULT_SUFFIXES, InputItem, iter_inputs, map_inputs
from newsparse.options import ParseOptions
from newsparse.schema import pandas_meta, record

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["DEFAULT_PARTITION_SIZE", "META", "read_articles", "read_dataframe"]

#: Files per partition: a partition takes a worker a fraction of a second to a few seconds.
DEFAULT_PARTITION_SIZE = 1000

#: The empty pandas DataFrame describing a frame of article records (``meta=`` of Dask);
#: made on first use.
META: pd.DataFrame


def __getattr__(name: str) -> Any:
    if name == "META":
        meta = pandas_meta()
        globals()["META"] = meta
        return meta
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError("newsparse.dask needs dask: pip install 'newsparse[dask]'") from exc
    return dask.bag


def _parse_partition(items: Iterable[InputItem], options: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(map_inputs(record, items, **options))


def read_articles(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    suffixes: Iterable[str] | None = DEFAULT_SUFFIXES,
    **options: Any,
) -> db.Bag:
    """A Dask Bag with one record dict per input file (see the module's description).

    ``paths_or_glob`` is a file, folder or glob pattern, or a list of them, as for
    :func:`newsparse.parse_many`; the file list is made here, on the client. ``options``
    are those of :func:`newsparse.parse` and are checked at once.
    """
    ParseOptions.from_kwargs(**options)
    bags = _dask_bag()
    items = list(iter_inputs(paths_or_glob, suffixes=suffixes))
    if not items:
        return cast("db.Bag", bags.from_sequence([], npartitions=1))
    bag = bags.from_sequence(items, partition_size=partition_size)
    return cast("db.Bag", bag.map_partitions(_parse_partition, dict(options)))


def read_dataframe(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    suffixes: Iterable[str] | None = DEFAULT_SUFFIXES,
    **options: Any,
) -> dd.DataFrame:
    """:func:`read_articles` as a Dask DataFrame with the fixed schema :data:`META`."""
    bag: Any = read_articles(paths_or_glob, partition_size=partition_size, suffixes=suffixes, **options)
    return cast("dd.DataFrame", bag.to_dataframe(meta=pandas_meta()))
