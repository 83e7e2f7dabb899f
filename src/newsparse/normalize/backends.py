"""OpenCC backends, loaded so that the ``opencc`` module-name clash cannot break them.

Two PyPI packages install the same top-level module ``opencc``: the pure-Python
``opencc-python-reimplemented`` (newsparse's dependency) and the C++ binding ``OpenCC`` (the
``opencc-fast`` extra). Whichever was installed last owns ``opencc/__init__.py``, and
uninstalling either deletes that file for both. So newsparse never runs ``import opencc``: it
asks :mod:`importlib.metadata` where each *distribution* put its files and loads them by path.

``pure``
    ``opencc-python-reimplemented``: its ``opencc/opencc.py`` engine and its text dictionaries
    (OpenCC's tables of about 2020), with a few entries corrected from
    ``newsparse/data/opencc_overrides.json`` (``托`` stays ``托``; ``想象`` becomes ``想像``…).
``fast``
    ``OpenCC`` (the official C++ library): its compiled ``opencc_clib`` extension and the
    configuration and ``.ocd2`` dictionary files of its ``share/opencc`` folder, unchanged.
    About 30 times faster, with the current OpenCC dictionaries.

``auto`` is ``fast`` when ``OpenCC`` is installed and loads, else ``pure``.

>>> backend_name("pure")
'pure'
>>> backend_name("auto") in ("pure", "fast")
True
>>> converter("pure", "t2s")("北約秘書長")
'北约秘书长'
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Mapping
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from types import ModuleType
from typing import Any

from attrs import frozen

__all__ = [
    "BACKENDS",
    "CONFIGS",
    "BackendInfo",
    "BackendUnavailableError",
    "available_backends",
    "backend_info",
    "backend_name",
    "converter",
]

log = logging.getLogger(__name__)

#: Values of ``ParseOptions.opencc_backend``.
BACKENDS = ("auto", "pure", "fast")
#: The OpenCC conversions newsparse uses (both backends ship all of them).
CONFIGS = ("s2t", "s2tw", "s2hk", "t2s", "t2tw", "t2hk")

_PURE_DIST = "opencc-python-reimplemented"
_FAST_DIST = "OpenCC"
#: The name the ``OpenCC`` package gives its extension; registered under it so that a later
#: ``import opencc`` reuses our copy (pybind11 cannot initialize the same extension twice:
#: a second load fails with "type _OpenCC is already registered" and can abort the process).
_FAST_MODULE = "opencc.clib.opencc_clib"
_INSTALL_HINT = {
    "pure": "pip install opencc-python-reimplemented",
    "fast": "pip install 'newsparse[opencc-fast]'  (the OpenCC C++ binding)",
}

_lock = threading.RLock()


class BackendUnavailableError(ImportError):
    """The OpenCC backend asked for is not installed or does not load (a configuration error).

    >>> issubclass(BackendUnavailableError, ImportError)
    True
    """


@frozen
class BackendInfo:
    """Which backend produced an output: its name, the distribution behind it and its version."""

    name: str
    distribution: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} ({self.distribution} {self.version})"


def _unavailable(name: str, why: str) -> BackendUnavailableError:
    return BackendUnavailableError(
        f"OpenCC backend {name!r} is not available: {why}; install it with: {_INSTALL_HINT[name]}"
    )


def _distribution(name: str, dist_name: str) -> metadata.Distribution:
    try:
        return metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        raise _unavailable(name, f"the {dist_name} package is not installed") from None


def _dist_file(dist: metadata.Distribution, wanted: Callable[[str], bool]) -> Path | None:
    """The first file recorded by ``dist`` whose POSIX path satisfies ``wanted``."""
    for entry in dist.files or ():
        if wanted(entry.as_posix()):
            return Path(str(dist.locate_file(entry)))
    return None


# ---------------------------------------------------------------------------------------------
# pure: opencc-python-reimplemented, loaded by path, dictionaries patched with our overrides


@cache
def _pure_module() -> ModuleType:
    dist = _distribution("pure", _PURE_DIST)
    path = _dist_file(dist, lambda p: p == "opencc/opencc.py")
    if path is None or not path.is_file():
        raise _unavailable("pure", f"{_PURE_DIST} {dist.version} has no opencc/opencc.py")
    spec = importlib.util.spec_from_file_location("newsparse._opencc_pure", path)
    if spec is None or spec.loader is None:  # pragma: no cover - only for a broken install
        raise _unavailable("pure", f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _overrides() -> Mapping[str, Mapping[str, str]]:
    """Dictionary file name -> entries to add or replace, from ``data/opencc_overrides.json``."""
    raw = resources.files("newsparse").joinpath("data/opencc_overrides.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return {name: dict(entries) for name, entries in data.items() if not name.startswith("_")}


@cache
def _patched_dictionary(path: str) -> tuple[int, int, dict[str, str]]:
    """One dictionary of the pure engine with our overrides applied, in the shape its
    ``dict_cache`` holds: ``(longest key, shortest key, {key: values})``."""
    entries: dict[str, str] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            key, _, value = line.strip().partition("\t")
            if key and value:
                entries[key] = value
    entries.update(_overrides().get(os.path.basename(path), {}))
    lengths = [len(key) for key in entries]
    return max(lengths), min(lengths), entries


def _pure_converter(config: str) -> Callable[[str], str]:
    module = _pure_module()
    engine = module.OpenCC()
    # The engine reads each dictionary through its dict_cache, keyed by file path; filling
    # that cache first is how our corrections reach it without copying its files.
    folder = os.path.join(os.path.dirname(str(module.__file__)), module.DICT_DIR)
    dict_cache = getattr(engine, "dict_cache", None)
    if isinstance(dict_cache, dict):
        for name in _overrides():
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                dict_cache[path] = _patched_dictionary(path)
    else:  # pragma: no cover - a future release without dict_cache
        log.warning("%s has no dict_cache; newsparse's OpenCC corrections are not applied", _PURE_DIST)
    engine.set_conversion(config)
    engine.convert("")  # load the dictionaries now, under the lock, not on first use
    convert: Callable[[str], str] = engine.convert
    return convert


# ---------------------------------------------------------------------------------------------
# fast: the OpenCC C++ binding's compiled module and data files, loaded by path


def _is_extension(path: str) -> bool:
    name = path.rpartition("/")[2]
    return name.startswith("opencc_clib.") and name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


@cache
def _fast_parts() -> tuple[Any, Path]:
    """The ``_OpenCC`` class of the compiled module, and the folder of configuration files."""
    dist = _distribution("fast", _FAST_DIST)
    extension = _dist_file(dist, _is_extension)
    s2t = _dist_file(dist, lambda p: p.endswith("/opencc/s2t.json"))
    if extension is None or s2t is None:
        raise _unavailable("fast", f"{_FAST_DIST} {dist.version} has no compiled module or data files")
    module = _loaded_extension(extension)
    if module is None:
        spec = importlib.util.spec_from_file_location(_FAST_MODULE, extension)
        if spec is None or spec.loader is None:  # pragma: no cover - only for a broken install
            raise _unavailable("fast", f"cannot load {extension}")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except ImportError as error:
            raise _unavailable("fast", f"{extension.name} does not load ({error})") from error
        sys.modules.setdefault(_FAST_MODULE, module)
    return module._OpenCC, s2t.parent


def _loaded_extension(extension: Path) -> ModuleType | None:
    """The copy of the compiled module already imported (``import opencc`` did it), if any."""
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if file and Path(file).name == extension.name and hasattr(module, "_OpenCC"):
            try:
                if os.path.samefile(file, extension):
                    return module
            except OSError:
                continue
    return None


def _fast_converter(config: str) -> Callable[[str], str]:
    engine_class, folder = _fast_parts()
    engine = engine_class(str(folder / f"{config}.json"))

    def convert(text: str) -> str:
        data = text.encode("utf-8")
        result: str = engine.convert(data, len(data))
        return result

    return convert


# ---------------------------------------------------------------------------------------------
# selection


_FACTORIES: dict[str, Callable[[str], Callable[[str], str]]] = {
    "pure": _pure_converter,
    "fast": _fast_converter,
}
_DISTRIBUTIONS = {"pure": _PURE_DIST, "fast": _FAST_DIST}
_converters: dict[tuple[str, str], Callable[[str], str]] = {}
_auto: list[str] = []  # what "auto" resolved to, once known


def _check(backend: str) -> None:
    if backend not in BACKENDS:
        raise ValueError(f"opencc_backend must be one of {', '.join(BACKENDS)}, not {backend!r}")


def _usable(name: str) -> bool:
    try:
        converter(name, "s2t")
    except BackendUnavailableError as error:
        installed = _distribution_installed(_DISTRIBUTIONS[name])
        log.log(logging.WARNING if installed else logging.DEBUG, "%s", error)
        return False
    return True


def _distribution_installed(dist_name: str) -> bool:
    try:
        metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        return False
    return True


def backend_name(backend: str = "auto") -> str:
    """The backend that ``backend`` resolves to: ``"pure"`` or ``"fast"``.

    ``"auto"`` is ``"fast"`` when the ``OpenCC`` binding is installed and loads, else
    ``"pure"``. Raises :class:`BackendUnavailableError` when the backend named is missing and
    ``ValueError`` for an unknown name.

    >>> backend_name("Fast")
    Traceback (most recent call last):
    ...
    ValueError: opencc_backend must be one of auto, pure, fast, not 'Fast'
    """
    _check(backend)
    if backend == "auto":
        if not _auto:
            with _lock:
                if not _auto:
                    _auto.append("fast" if _usable("fast") else "pure")
        return _auto[0]
    converter(backend, "s2t")  # raise now when it is missing
    return backend


def backend_info(backend: str = "auto") -> BackendInfo:
    """Name, distribution and version of the backend ``backend`` resolves to.

    >>> backend_info("pure").distribution
    'opencc-python-reimplemented'
    """
    name = backend_name(backend)
    dist = _DISTRIBUTIONS[name]
    return BackendInfo(name, dist, metadata.version(dist))


def available_backends() -> tuple[str, ...]:
    """The backends installed and loading here, ``"pure"`` first."""
    return tuple(name for name in ("pure", "fast") if _usable(name))


def converter(backend: str, config: str) -> Callable[[str], str]:
    """A function converting text with OpenCC configuration ``config`` (``"s2t"``, ``"t2s"``…).

    ``backend`` is ``"pure"``, ``"fast"`` or ``"auto"``. Converters are built once and shared;
    they are safe to call from several threads.
    """
    _check(backend)
    if config not in CONFIGS:
        raise ValueError(f"unknown OpenCC configuration {config!r}; known: {', '.join(CONFIGS)}")
    if backend == "auto":
        backend = backend_name("auto")
    key = (backend, config)
    found = _converters.get(key)
    if found is not None:
        return found
    with _lock:
        found = _converters.get(key)
        if found is None:
            try:
                found = _converters[key] = _FACTORIES[backend](config)
            except BackendUnavailableError:
                raise
            except Exception as error:  # a broken install: missing data files, another engine API
                raise _unavailable(backend, f"its {config} conversion does not load ({error!r})") from error
    return found


def _reset() -> None:
    """Forget every loaded backend (for tests that simulate a broken install)."""
    with _lock:
        _converters.clear()
        _auto.clear()
        _pure_module.cache_clear()
        _fast_parts.cache_clear()
