"""The person-read expectation files stay well-formed and true to their raw posts.

``tests/data/check_annotations.py`` checks every expectation file (corpus, unseen, seeds):
required keys, enough keep and drop snippets, and every snippet found in the raw post.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).parent / "data"


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_annotations", DATA / "check_annotations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_annotation_file_passes() -> None:
    checker = _checker()
    checked = list(checker.iter_annotations())
    files = [*DATA.glob("*/expected/*.json"), *(DATA / "seeds").glob("*.json")]
    assert len(checked) == len(files)
    for path, src_dir, is_seed in checked:
        record = json.loads(path.read_text("utf-8"))
        assert checker.check_record(record, src_dir / record["file"], is_seed) == [], path.name


def test_a_snippet_missing_from_the_post_is_reported() -> None:
    checker = _checker()
    path = DATA / "unseen" / "expected" / "003_ideobook.json"
    record = json.loads(path.read_text("utf-8"))
    raw = DATA / "unseen" / record["file"]
    # split by markup in the raw post ("<a>网络杂谈</a>\n之二十五"): found once tags and spaces go
    assert "网络杂谈之二十五" in record["keep"]
    assert checker.check_record(record, raw, False) == []
    record["keep"] = [*record["keep"], "这句话不在原文里出现过"]
    record["drop"] = [*record["drop"], "也不在原文里的一句"]
    errors = checker.check_record(record, raw, False)
    assert any("keep snippet not in raw file" in e for e in errors)
    assert any("drop snippet not in raw file" in e for e in errors)
