"""parse_many and the process pool: inputs, order, streaming, failures as results, crashes."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import batch
from newsparse.batch import WorkerError, iter_inputs, map_inputs, parse_many
from newsparse.errors import LimitExceededError, ReadError
from newsparse.model import Result
from tests.conftest import CORPUS_FILES, SEED_FILES

SOME_POSTS = [*SEED_FILES[:3], *CORPUS_FILES[:9]]


def _tree(root: Path) -> Path:
    """A small archive: posts in nested folders, plus files a folder walk must skip."""
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(SOME_POSTS[0], root / "a.txt")
    shutil.copy(SOME_POSTS[1], root / "b" / "x.md")
    shutil.copy(SOME_POSTS[2], root / "b" / "deep" / "y.MD")
    shutil.copy(SOME_POSTS[3], root / "c.html")
    (root / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / ".hidden.md").write_text("hidden", "utf-8")
    (root / ".git" / "HEAD.md").write_text("ref", "utf-8")
    return root


def _same(a: Result, b: Result) -> bool:
    if a.ok:
        return b.ok and a.path == b.path and a.article == b.article
    assert a.error is not None
    assert b.error is not None
    return a.path == b.path and a.error.kind == b.error.kind and str(a.error) == str(b.error)


# --------------------------------------------------------------------------- inputs


def test_folders_are_walked_depth_first_sorted_and_filtered(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = [os.path.relpath(p, root) for p in iter_inputs(root) if isinstance(p, str)]
    assert found == ["a.txt", os.path.join("b", "deep", "y.MD"), os.path.join("b", "x.md"), "c.html"]
    everything = [os.path.relpath(p, root) for p in iter_inputs([root], suffixes=None) if isinstance(p, str)]
    assert os.path.join("b", "image.png") in everything
    assert not any(part.startswith(".") for p in everything for part in Path(p).parts)
    for md in (".md", "md", ".MD"):
        assert [os.path.basename(str(p)) for p in iter_inputs(str(root), suffixes=[md])] == ["y.MD", "x.md"]


def test_globs_expand_in_sorted_order_and_an_empty_match_is_one_error(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    assert [os.path.basename(str(p)) for p in iter_inputs(f"{root}/**/*.md")] == ["x.md"]
    # a glob matching a folder walks it, with the suffix filter: b/deep is a match
    assert [os.path.basename(str(p)) for p in iter_inputs(f"{root}/*/*")] == ["y.MD", "image.png", "x.md"]
    assert [os.path.basename(str(p)) for p in iter_inputs(f"{root}/[ac].*")] == ["a.txt", "c.html"]
    assert len(list(iter_inputs(f"{root}/b*"))) == 2
    (missing,) = iter_inputs(f"{root}/*.pdf")
    assert isinstance(missing, ReadError)
    assert str(missing).endswith("*.pdf: no files match this pattern")
    # a path object is never a pattern; an existing file named like a pattern is a file
    assert list(iter_inputs([root / "*.md"])) == [str(root / "*.md")]
    odd = root / "[odd].md"
    odd.write_text("x", "utf-8")
    assert list(iter_inputs(str(odd))) == [str(odd)]


def test_relative_globs_keep_relative_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert list(iter_inputs("*.txt")) == ["a.txt"]
    assert list(iter_inputs("**/*.md")) == [os.path.join("b", "x.md")]


def test_an_unlistable_folder_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        # permissions do not stop root (CI runs as root), so refuse the way the OS would
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    (error,) = iter_inputs(tmp_path)
    assert isinstance(error, ReadError)
    assert "permission denied" in str(error)


# --------------------------------------------------------------------------- results


def test_one_result_per_input_in_order_with_failures_as_results(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(bytes(range(256)) * 8)
    inputs = [
        *SOME_POSTS[:4],
        tmp_path / "missing.md",
        str(tmp_path / "empty.md"),
        str(tmp_path / "nothing-*.md"),
        tmp_path / "binary.md",
        SOME_POSTS[4],
    ]
    results = list(parse_many(inputs))
    assert [r.path for r in results] == [os.fspath(p) for p in inputs]
    assert [r.ok for r in results] == [True] * 4 + [False] * 4 + [True]
    kinds = [r.error.kind for r in results if r.error is not None]
    assert kinds[0] == kinds[2] == "ReadError"
    assert results[0].article == newsparse.parse_file(SOME_POSTS[0])


def test_options_are_checked_before_anything_runs() -> None:
    with pytest.raises(TypeError, match="scirpt"):
        parse_many(SOME_POSTS, scirpt="Hant")
    with pytest.raises(ValueError, match="script"):
        parse_many(SOME_POSTS, workers=2, script="Klingon")
    with pytest.raises(ValueError, match="workers"):
        parse_many(SOME_POSTS, workers=-1)


def test_options_reach_the_workers() -> None:
    post = SEED_FILES[0]
    (here,) = parse_many([post], variant="pdf_text")
    (there,) = parse_many([post], workers=1, variant="pdf_text")
    assert here.article is not None
    assert here.article.variant == "pdf_text"
    assert _same(here, there)


def test_workers_give_the_same_results_in_the_same_order(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00")
    inputs = [*SOME_POSTS, tmp_path / "missing.md", tmp_path / "bad.md", *SOME_POSTS[::-1]]
    here = list(parse_many(inputs))
    there = list(parse_many(inputs, workers=2, chunk_size=3))
    assert len(here) == len(there) == len(inputs)
    assert all(_same(a, b) for a, b in zip(here, there, strict=True))
    assert not multiprocessing.active_children()


def test_results_stream_while_a_lazy_input_is_still_being_read() -> None:
    consumed = 0

    def paths() -> Iterator[Path]:
        nonlocal consumed
        for i in range(2000):
            consumed += 1
            yield SOME_POSTS[i % len(SOME_POSTS)]

    here = parse_many(paths())
    next(here)
    assert consumed == 1
    here.close()

    consumed = 0
    there = parse_many(paths(), workers=2, chunk_size=8)
    first = next(there)
    assert first.ok
    assert consumed <= 6 * 8  # the window: 3 chunks per worker read ahead, never the whole input
    there.close()  # stopping early stops the workers
    assert not multiprocessing.active_children()


# --------------------------------------------------------------------------- dying workers

CRASH_MARK = "crash-me"


def _crash_on_mark(result: Result) -> bool:
    """Kill the worker process when it reaches a marked file, like a segfault in lxml.

    (Error results are converted in the parent: those must pass.)"""
    if CRASH_MARK in result.path and result.ok:
        os.kill(os.getpid(), signal.SIGKILL)
    return result.ok


def _hang_on_mark(result: Result) -> bool:
    """Hang where no time limit reaches, like a runaway call into C."""
    if CRASH_MARK in result.path and result.ok:
        time.sleep(600)
    return result.ok


def _posts_with_marks(tmp_path: Path, marked: set[int], count: int = 20) -> list[Path]:
    paths = []
    for i in range(count):
        path = tmp_path / (f"{i:02d}-{CRASH_MARK}.md" if i in marked else f"{i:02d}.md")
        shutil.copy(SOME_POSTS[i % len(SOME_POSTS)], path)
        paths.append(path)
    return paths


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_dying_worker_loses_only_its_current_file(tmp_path: Path) -> None:
    paths = _posts_with_marks(tmp_path, {3, 4, 11})
    values = list(map_inputs(_crash_on_mark, paths, workers=2, chunk_size=5))
    assert len(values) == len(paths)
    assert [i for i, ok in enumerate(values) if not ok] == [3, 4, 11]
    assert not multiprocessing.active_children()


def test_a_dying_worker_gives_a_worker_error(tmp_path: Path) -> None:
    paths = _posts_with_marks(tmp_path, {2}, count=4)
    results = list(map_inputs(_keep_or_crash, paths, workers=1, chunk_size=4))
    assert [r.ok for r in results] == [True, True, False, True]
    error = results[2].error
    assert isinstance(error, WorkerError)
    assert str(error) == f"{paths[2]}: the worker process parsing this file died (killed by signal 9)"
    assert pickle.loads(pickle.dumps(error)).kind == "WorkerError"


def _keep_or_crash(result: Result) -> Result:
    _crash_on_mark(result)
    return result


def test_a_stuck_worker_is_killed_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_kill_after", lambda timeout: 0.5)
    paths = _posts_with_marks(tmp_path, {1}, count=4)
    started = time.monotonic()
    values = list(map_inputs(_hang_on_mark, paths, workers=2, chunk_size=2, timeout=1.0))
    assert time.monotonic() - started < 30
    assert values == [True, False, True, True]


def test_a_stuck_worker_gives_a_limit_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_kill_after", lambda timeout: 0.5)
    paths = _posts_with_marks(tmp_path, {0}, count=1)
    (result,) = map_inputs(_keep_or_hang, paths, workers=1, timeout=1.0)
    assert isinstance(result.error, LimitExceededError)
    assert "did not stop; the worker was killed" in str(result.error)


def _keep_or_hang(result: Result) -> Result:
    _hang_on_mark(result)
    return result
