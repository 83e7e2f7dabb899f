"""Parsing many files: :func:`parse_many`, the inputs it walks and the process pool behind it.

Inputs are files, folders (walked recursively, names sorted, hidden entries skipped, only
files with one of ``suffixes``) and glob patterns (``archive/**/*.md``, expanded in sorted
order). They are read lazily: a generator of millions of paths is never turned into a list.

With ``workers=N`` the paths go in chunks to N worker processes, which read and parse the
files themselves and send back compact results. A bounded window of chunks is in flight,
so memory stays flat however many inputs there are and however slowly the caller consumes
the results; results come back in input order while later files are still being read.
A worker that dies (a crash in a C library, the kernel's OOM killer) or is stuck on one
file (still busy ``2 * timeout + 5`` seconds after starting it, where the parser's own
time limit could not stop it) loses nothing: that file becomes an error :class:`Result`,
the rest of its chunk is parsed again, and a new worker takes its place.

>>> from newsparse.batch import parse_many
>>> [(r.ok, r.article.title) for r in parse_many(["seeds/002_6277ebebd8b1f93f.txt"])]
[(True, '美日韓會談 憂心北韓以武器換取俄國回報')]
"""

from __future__ import annotations

import contextlib
import fnmatch
import itertools
import logging
import multiprocessing
import os
import re
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from attrs import define, field, frozen

from newsparse.api import parse_path
from newsparse.errors import InternalError, LimitExceededError, ParseError, ReadError
from newsparse.model import Result
from newsparse.options import ParseOptions

__all__ = [
    "DEFAULT_SUFFIXES",
    "InputItem",
    "WorkerError",
    "iter_inputs",
    "map_inputs",
    "parse_many",
    "usable_cpus",
]

log = logging.getLogger("newsparse")

T = TypeVar("T")

#: File name endings a folder walk picks up (compared case-insensitively). Files named
#: explicitly or matched by a glob are always parsed, whatever their ending.
DEFAULT_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".txt", ".html", ".htm")

#: Files per chunk sent to a worker: large enough that messages cost little next to
#: parsing, small enough that the first results come back at once.
DEFAULT_CHUNK_SIZE = 32

#: What :func:`iter_inputs` yields: a file path, or the error of an input that names no
#: readable file (a glob that matches nothing, a folder that cannot be listed).
InputItem = str | ParseError

# "a/*.md", "a/**/x?.txt", "a/[0-9]*" — what makes a string a glob pattern
_GLOB_MAGIC = re.compile(r"[*?[]")
_SEPARATORS = re.compile(r"[\\/]" if os.sep == "\\" else "/")


class WorkerError(ParseError):
    """The worker process parsing this input died (a crash in a C library, out of memory...)."""


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


# --------------------------------------------------------------------------- inputs


def _has_suffix(name: str, suffixes: tuple[str, ...] | None) -> bool:
    return suffixes is None or name.lower().endswith(suffixes)


def _walk(root: str, suffixes: tuple[str, ...] | None) -> Iterator[InputItem]:
    """Regular files under ``root``, depth first, names sorted; hidden entries and
    symbolic links to folders are skipped."""
    stack: list[Iterator[os.DirEntry[str]]] = []
    folder = root
    while True:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
            yield ReadError(f"cannot list folder: {reason}", name=folder)
            entries = []
        stack.append(iter(entries))
        folder = ""
        while stack and not folder:
            for entry in stack[-1]:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        folder = entry.path
                        break
                    if entry.is_file() and _has_suffix(entry.name, suffixes):
                        yield entry.path
                except OSError:
                    continue
            else:
                stack.pop()
        if not folder:
            return


def _glob_parts(base: str, parts: Sequence[str]) -> Iterator[str]:
    """Paths under ``base`` matching the pattern ``parts`` (one per path level), sorted."""
    if not parts:
        yield base
        return
    head, rest = parts[0], parts[1:]
    if not _GLOB_MAGIC.search(head):
        path = os.path.join(base, head) if base else head
        if rest:
            if os.path.isdir(path):
                yield from _glob_parts(path, rest)
        elif os.path.lexists(path):
            yield path
        return
    try:
        with os.scandir(base or ".") as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    if head == "**":
        if not rest:  # "a/**": every file below a
            for found in _walk(base or ".", None):
                if isinstance(found, str):
                    yield found if base else found[2:]
            return
        yield from _glob_parts(base, rest)
        for entry in entries:
            if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                yield from _glob_parts(os.path.join(base, entry.name) if base else entry.name, parts)
        return
    for entry in entries:
        if entry.name.startswith(".") and not head.startswith("."):
            continue
        if fnmatch.fnmatch(entry.name, head):
            path = os.path.join(base, entry.name) if base else entry.name
            if not rest:
                yield path
            elif entry.is_dir():
                yield from _glob_parts(path, rest)


def _glob(pattern: str) -> Iterator[str]:
    parts = _SEPARATORS.split(pattern)
    fixed = 0
    while fixed < len(parts) - 1 and not _GLOB_MAGIC.search(parts[fixed]):
        fixed += 1
    base = os.sep.join(parts[:fixed])
    if not base and pattern[:1] in ("/", "\\"):
        base = os.sep
    return _glob_parts(base, [p for p in parts[fixed:] if p])


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    suffixes: Iterable[str] | None = DEFAULT_SUFFIXES,
) -> Iterator[InputItem]:
    """The files :func:`parse_many` reads for ``paths``, in order, lazily.

    A folder yields the regular files below it whose names end with one of ``suffixes``
    (compared case-insensitively, the dot optional; ``None``: every file), depth first with
    names sorted, skipping hidden files and folders and not following symbolic links to
    folders. A string with ``*``, ``?`` or ``[`` that is not an existing path is a glob
    pattern (``**`` spans folders); its matches are taken in sorted order (a matching folder
    is walked as above), and a pattern that matches nothing yields one
    :class:`~newsparse.errors.ReadError`. ``os.PathLike`` values are never patterns.
    Anything else is yielded as it is: a missing file becomes an error when it is read. A
    single path may be passed instead of a list.

    >>> list(iter_inputs("seeds/00[12]_*.txt"))
    ['seeds/001_c93ee8db15b0679c.txt', 'seeds/002_6277ebebd8b1f93f.txt']
    >>> [str(e) for e in iter_inputs("seeds/*.pdf")]
    ['seeds/*.pdf: no files match this pattern']
    """
    ends = (
        None if suffixes is None else tuple(("" if s.startswith(".") else ".") + s.lower() for s in suffixes)
    )
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for entry in paths:
        path = os.fspath(entry)
        if os.path.isdir(path):
            yield from _walk(path, ends)
        elif isinstance(entry, str) and _GLOB_MAGIC.search(path) and not os.path.lexists(path):
            matched = False
            for match in _glob(path):
                matched = True
                if os.path.isdir(match):
                    yield from _walk(match, ends)
                else:
                    yield match
            if not matched:
                yield ReadError("no files match this pattern", name=path)
        else:
            yield path


# --------------------------------------------------------------------------- jobs


def _identity(result: Result) -> Result:
    return result


@frozen
class _ParseJob(Generic[T]):
    """Parse one input and convert its :class:`Result`; sent once to every worker."""

    options: ParseOptions
    convert: Callable[[Result], T]

    def __call__(self, item: InputItem) -> T:
        if isinstance(item, ParseError):
            result = Result(item.name or "", error=item)
        else:
            try:
                result = Result(item, article=parse_path(item, self.options))
            except ParseError as exc:
                result = Result(item, error=exc)
        try:
            return self.convert(result)
        except Exception as exc:  # a bug in convert; report it on this input, keep going
            log.exception("newsparse: converting the result of %s failed", result.path)
            error = InternalError(
                f"internal error ({type(exc).__name__}: {exc}); please report it", name=result.path
            )
            return self.convert(Result(result.path, error=error))

    def failed(self, item: InputItem, error: ParseError) -> T:
        """The converted error result of ``item``, for inputs that killed their worker."""
        return self.convert(Result(_item_name(item), error=error.with_name(_item_name(item))))


def _item_name(item: InputItem) -> str:
    return item if isinstance(item, str) else item.name or ""


# --------------------------------------------------------------------------- workers


def _kill_after(timeout: float) -> float:
    """Seconds after which a worker still on one input is killed. The parser stops itself
    at ``timeout``; this is for work that cannot be interrupted (a long call into C)."""
    return 2 * timeout + 5


# Per worker slot in the shared status array: the index in its chunk of the item it is
# parsing (-1: none) and when it started on it (time.monotonic()).
_IDLE = -1.0


def _worker_main(conn: Connection, job: _ParseJob[Any], status: Any, slot: int) -> None:
    """A worker's loop: receive a chunk of inputs, parse them, send back their results."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
    at = 2 * slot
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return
        if items is None:
            return
        out = []
        for index, item in enumerate(items):
            status[at + 1] = time.monotonic()
            status[at] = index
            try:
                out.append(job(item))
            except MemoryError:
                out.append(job.failed(item, LimitExceededError("input needs more memory than is available")))
        status[at] = _IDLE
        try:
            conn.send(out)
        except Exception as exc:  # a result that does not pickle: a bug in convert
            reason = f"internal error (the result could not be sent: {type(exc).__name__}: {exc})"
            conn.send([job.failed(item, InternalError(reason)) for item in items])


@define
class _Task:
    """Part of a chunk given to one worker: ``items`` start at ``start`` in chunk ``chunk``."""

    chunk: int
    start: int
    items: list[InputItem]


@define
class _Chunk(Generic[T]):
    """The results of one chunk as they come in (slots filled in any order)."""

    slots: list[Any]
    missing: int

    @classmethod
    def of(cls, size: int) -> _Chunk[T]:
        return cls([None] * size, size)

    def fill(self, start: int, values: Sequence[T]) -> None:
        self.slots[start : start + len(values)] = values
        self.missing -= len(values)


@define
class _Worker:
    process: Any
    conn: Connection
    task: _Task | None = None
    finished_tasks: int = 0


@define
class _Pool(Generic[T]):
    """Worker processes with their chunks; the parent side of the protocol."""

    job: _ParseJob[T]
    size: int
    context: Any
    timeout: float | None
    status: Any = None
    workers: list[_Worker | None] = field(factory=list)
    failed_starts: int = 0

    def __attrs_post_init__(self) -> None:
        self.status = self.context.RawArray("d", [_IDLE] * (2 * self.size))
        self.workers = [None] * self.size

    def _start(self, slot: int) -> _Worker:
        parent_end, child_end = self.context.Pipe(duplex=True)
        self.status[2 * slot] = _IDLE
        process = self.context.Process(
            target=_worker_main,
            args=(child_end, self.job, self.status, slot),
            name=f"newsparse-worker-{slot}",
            daemon=True,
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers[slot] = worker
        return worker

    def dispatch(self, pending: deque[_Task]) -> None:
        """Give pending tasks to idle workers, starting workers as they are needed."""
        for slot in range(self.size):
            if not pending:
                return
            worker = self.workers[slot] or self._start(slot)
            if worker.task is not None:
                continue
            task = pending.popleft()
            try:
                worker.conn.send(task.items)
            except OSError:  # it died while idle: start another one next round
                pending.appendleft(task)
                self._discard(slot, worker)
                continue
            worker.task = task

    def busy(self) -> list[tuple[int, _Worker]]:
        return [(slot, w) for slot, w in enumerate(self.workers) if w is not None and w.task is not None]

    def collect(self, chunks: dict[int, _Chunk[T]], pending: deque[_Task]) -> None:
        """Wait for workers to finish tasks, die or run out of time, and file what they did."""
        busy = self.busy()
        if not busy:
            return
        handles: list[Any] = [w.conn for _, w in busy] + [w.process.sentinel for _, w in busy]
        ready = set(wait(handles, timeout=None if self.timeout is None else 1.0))
        for slot, worker in busy:
            task = worker.task
            assert task is not None
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    values = worker.conn.recv()
                except (EOFError, OSError):
                    self._died(slot, worker, chunks, pending, None)
                    continue
                chunks[task.chunk].fill(task.start, values)
                worker.task = None
                worker.finished_tasks += 1
                self.failed_starts = 0
                if worker.process.sentinel in ready:  # it sent its results, then died
                    self._discard(slot, worker)
            elif self.timeout is not None:
                self._check_time(slot, worker, chunks, pending)

    def _check_time(
        self, slot: int, worker: _Worker, chunks: dict[int, _Chunk[T]], pending: deque[_Task]
    ) -> None:
        at = 2 * slot
        started, index, again = self.status[at + 1], self.status[at], self.status[at + 1]
        assert self.timeout is not None
        if index == _IDLE or started != again or time.monotonic() - started <= _kill_after(self.timeout):
            return
        worker.process.kill()
        error = LimitExceededError(
            f"parsing took longer than timeout={self.timeout:g} s and did not stop; the worker was killed"
        )
        self._died(slot, worker, chunks, pending, error)

    def _died(
        self,
        slot: int,
        worker: _Worker,
        chunks: dict[int, _Chunk[T]],
        pending: deque[_Task],
        error: ParseError | None,
    ) -> None:
        """A worker is gone: its current input fails, the rest of its task is queued again."""
        task = worker.task
        assert task is not None
        index = int(self.status[2 * slot])
        code = self._discard(slot, worker, started=index >= 0)
        if error is None:
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            error = WorkerError(f"the worker process parsing this file died ({how})")
        if not 0 <= index < len(task.items):
            # it died between inputs (while sending results?): try each input alone
            if len(task.items) > 1:
                pending.extendleft(
                    _Task(task.chunk, task.start + i, [x]) for i, x in reversed(list(enumerate(task.items)))
                )
                return
            index = 0
        chunks[task.chunk].fill(task.start + index, [self.job.failed(task.items[index], error)])
        if index + 1 < len(task.items):
            pending.appendleft(_Task(task.chunk, task.start + index + 1, task.items[index + 1 :]))
        if index > 0:
            pending.appendleft(_Task(task.chunk, task.start, task.items[:index]))

    def _discard(self, slot: int, worker: _Worker, *, started: bool = False) -> int | None:
        """Forget a dead worker; give up when new workers keep dying before their first input."""
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()
        self.workers[slot] = None
        code: int | None = worker.process.exitcode
        if worker.finished_tasks == 0 and not started:
            self.failed_starts += 1
            if self.failed_starts >= 3:
                raise RuntimeError(
                    f"newsparse worker processes keep dying (exit code {code}); see their stderr"
                )
        return code

    def close(self, *, wait_for_idle: bool) -> None:
        """Stop the workers: politely when they are idle, at once otherwise."""
        for worker in self.workers:
            if worker is None:
                continue
            if wait_for_idle and worker.task is None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        for worker in self.workers:
            if worker is None:
                continue
            if not wait_for_idle or worker.task is not None:
                worker.process.kill()
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = [None] * self.size


def _run_here(items: Iterator[InputItem], job: _ParseJob[T]) -> Generator[T, None, None]:
    for item in items:
        yield job(item)


def _run_in_pool(
    items: Iterator[InputItem],
    job: _ParseJob[T],
    *,
    workers: int,
    chunk_size: int,
    window: int,
    context: Any,
) -> Generator[T, None, None]:
    pool = _Pool(job, workers, context, job.options.timeout)
    pending: deque[_Task] = deque()
    chunks: dict[int, _Chunk[T]] = {}
    next_out = next_in = 0
    exhausted = False
    finished = False
    try:
        while True:
            while not exhausted and next_in - next_out < window:
                batch = list(itertools.islice(items, chunk_size))
                if not batch:
                    exhausted = True
                    break
                chunks[next_in] = _Chunk.of(len(batch))
                pending.append(_Task(next_in, 0, batch))
                next_in += 1
            pool.dispatch(pending)  # before yielding: workers parse while the caller consumes
            chunk = chunks.get(next_out)
            if chunk is not None and chunk.missing == 0:
                del chunks[next_out]
                next_out += 1
                yield from chunk.slots
            elif exhausted and next_out == next_in:
                finished = True
                return
            else:
                pool.collect(chunks, pending)
    finally:
        pool.close(wait_for_idle=finished)


def _context(start_method: str | None) -> Any:
    if start_method is None:
        start_method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        # workers forked from a server that has newsparse loaded start in milliseconds
        context.set_forkserver_preload(["__main__", "newsparse.batch"])
    return context


def map_inputs(
    convert: Callable[[Result], T],
    inputs: Iterable[InputItem | os.PathLike[str]],
    *,
    workers: int = 0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
    **options: Any,
) -> Generator[T, None, None]:
    """Parse the items of :func:`iter_inputs` (or file paths) and yield ``convert(result)`` for
    each, in order.

    ``convert`` runs where the file was parsed: in the worker processes when there are
    workers, so it must then be picklable (a module-level function or an instance of a
    module-level class), and only its return values travel back. The command line uses
    it to have the workers make finished JSON lines; the Dask integration, record dicts.
    Options are checked at once; the inputs are read as the results are consumed.

    >>> next(map_inputs(lambda r: r.article.title, iter_inputs("seeds/002_*.txt")))
    '美日韓會談 憂心北韓以武器換取俄國回報'
    """
    job = _ParseJob(ParseOptions.from_kwargs(**options), convert)
    if workers < 0:
        raise ValueError(f"workers must be 0 (in-process) or a positive number, not {workers}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be positive, not {chunk_size}")
    items = (x if isinstance(x, str | ParseError) else os.fspath(x) for x in inputs)
    if workers == 0:
        return _run_here(items, job)
    return _run_in_pool(
        items,
        job,
        workers=workers,
        chunk_size=chunk_size,
        window=max(4, 3 * workers),
        context=_context(start_method),
    )


def parse_many(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    workers: int = 0,
    suffixes: Iterable[str] | None = DEFAULT_SUFFIXES,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    start_method: str | None = None,
    **options: Any,
) -> Generator[Result, None, None]:
    """One :class:`~newsparse.model.Result` per input file, in input order, lazily.

    ``paths`` holds files, folders and glob patterns (see :func:`iter_inputs`; folders are
    walked for files ending with one of ``suffixes``, ``None`` for all). Failures are
    results, never exceptions: a missing file, a glob that matches nothing, a file that
    killed its worker each give one :class:`Result` with a :class:`ParseError`.

    ``workers=0`` parses in this process; ``workers=N`` in N worker processes (started
    with ``start_method``, by default ``"forkserver"`` where the system has it, else
    ``"spawn"``: scripts must guard their entry point with ``if __name__ == "__main__":``).
    A worker gets ``chunk_size`` files at a time and at most ``3 * N`` chunks (at least 4)
    are read ahead of the caller. ``options`` are those of :func:`newsparse.parse`.

    >>> results = list(parse_many(["seeds", "no/such/file.md"], workers=0))
    >>> len(results), results[0].ok, results[-1].error.kind
    (6, True, 'ReadError')
    """
    return map_inputs(
        _identity,
        iter_inputs(paths, suffixes=suffixes),
        workers=workers,
        chunk_size=chunk_size,
        start_method=start_method,
        **options,
    )
