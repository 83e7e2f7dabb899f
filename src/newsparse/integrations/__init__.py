"""Bridges to other engines, each behind an optional extra: :mod:`newsparse.integrations.dask`.

Importing :mod:`newsparse` never imports them or their engines.
"""
