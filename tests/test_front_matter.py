"""The flat front-matter fast path reads exactly what PyYAML reads, or steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsparse.variants.jekyll import _HANDLER, _read_flat, load_front_matter
from tests.conftest import CORPUS_FILES, SEED_FILES

WITH_FRONT_MATTER = [p for p in (*SEED_FILES, *CORPUS_FILES) if _HANDLER.detect(p.read_text("utf-8"))]


@pytest.mark.parametrize("path", WITH_FRONT_MATTER, ids=lambda p: p.stem[:12])
def test_fast_path_equals_pyyaml_on_every_bundled_post(path: Path) -> None:
    text = path.read_text("utf-8")
    block, _content = _HANDLER.split(text)
    flat = _read_flat(block)
    assert flat is not None, "archivers' flat front matter should take the fast path"
    assert flat == yaml.safe_load(block)


@pytest.mark.parametrize(
    "block",
    [
        "a: yes",  # YAML 1.1 bool
        "a: 012",  # octal
        "a: 1.5",
        "a: ~",
        'a: "x\\"y"',  # escape
        "a: 'it''s'",
        "a: [1, 2]",
        "a: x # comment",
        "a: 2023-02-30",  # a date that does not exist
        "a:\n  b: 1",  # nesting
        "- x",
        "a: &x [1]\nb: *x",
        'a: [a, "b"]',
    ],
)
def test_fast_path_steps_aside_or_agrees(block: str) -> None:
    flat = _read_flat(block)
    if flat is not None:
        assert flat == yaml.safe_load(block)


@pytest.mark.parametrize(
    "block",
    ["a: 012", 'a: "x\\"y"', "a: x # comment", "a: 2023-02-30", "a:\n  b: 1", "- x", "a: &x [1]\nb: *x"],
)
def test_fast_path_steps_aside_for_what_only_yaml_reads(block: str) -> None:
    # numbers, escapes, comments, impossible dates, nesting, sequences and aliases are the
    # guarded loader's job: the fast path must not guess at them
    assert _read_flat(block) is None


def test_bundled_posts_with_front_matter_are_most_of_them() -> None:
    assert len(WITH_FRONT_MATTER) == 33  # all but seed 000 (comment stamp) and 003 (PDF text)


def test_fast_path_reads_typed_values() -> None:
    flat = _read_flat(
        'layout: post\ntitle: "美日韓會談"\ndate: 2023-10-17T14:31:00.000Z\ncomments: True\n'
        "tags: [ (臺)中央社CNA ]\nempty:\n"
    )
    assert flat is not None
    assert flat["date"].isoformat() == "2023-10-17T14:31:00+00:00"
    assert flat["comments"] is True
    assert flat["tags"] == ["(臺)中央社CNA"]
    assert flat["empty"] is None


def test_slow_path_still_guards_aliases() -> None:
    data, warnings = load_front_matter("a: &x [1, 2]\nb: *x\ntitle: t")
    assert data["title"] == "t"
    assert "aliases are never expanded" in warnings[0]


def test_fast_path_is_linear_on_a_long_line_with_blank_runs() -> None:
    import time

    block = "title: " + "字 " * 100_000 + "x" + " \t" * 100_000
    started = time.perf_counter()
    flat = _read_flat(block)
    assert time.perf_counter() - started < 0.5
    assert flat is not None
    assert flat["title"].endswith("x")
