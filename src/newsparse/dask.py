"""``import newsparse.dask``: :func:`read_articles` and friends (see :mod:`newsparse.integrations.dask`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse.integrations.dask import DEFAULT_PARTITION_SIZE, read_articles, read_dataframe

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_PARTITION_SIZE", "META", "read_articles", "read_dataframe"]

#: The empty pandas DataFrame describing a frame of article records (made on first use).
META: pd.DataFrame


def __getattr__(name: str) -> Any:
    if name == "META":  # made on first use: it imports pandas
        from newsparse.integrations import dask

        return dask.META
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
