"""The newsparse command: parse to JSONL, CSV and Parquet; show; rules; exit statuses."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from newsparse.schema import COLUMN_NAMES, arrow_schema
from tests.conftest import CORPUS_FILES, SEED_FILES

POSTS = [*SEED_FILES[:2], *CORPUS_FILES[:6]]
SUMMARY = re.compile(r"^parsed (\d+), failed (\d+), \d+\.\d+ s, [\d,]+ docs/s$", re.MULTILINE)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder of posts, one nested, and one file that is not a post."""
    root = tmp_path / "archive"
    (root / "2022").mkdir(parents=True)
    for i, post in enumerate(POSTS):
        shutil.copy(post, (root / "2022" if i % 2 else root) / post.name)
    (root / "broken.md").write_bytes(b"\x00\x01\x02" * 100)
    return root


def _run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    status = cli.main(list(argv))
    out, err = capsysbinary.readouterr()
    return status, out, err.decode("utf-8")


def _summary(err: str) -> tuple[int, int]:
    match = SUMMARY.search(err)
    assert match, err
    return int(match[1]), int(match[2])


def test_jsonl_has_one_record_per_input_and_failures_exit_1(
    archive: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    status, out, err = _run(capsysbinary, "parse", str(archive), "--workers", "0")
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert len(records) == len(POSTS) + 1
    assert all(list(r) == list(COLUMN_NAMES) for r in records)
    failed = [r for r in records if not r["ok"]]
    assert [os.path.basename(r["path"]) for r in failed] == ["broken.md"]
    assert failed[0]["error_kind"] == "DecodeError"
    assert failed[0]["title"] is None
    assert _summary(err) == (len(POSTS), 1)
    assert "error: " in err  # the failure is named on stderr too
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    assert status == 1
    ok = next(r for r in records if r["ok"])
    expected = newsparse.parse_file(ok["path"]).to_dict()
    assert {k: ok[k] for k in expected} == expected


def test_all_parsed_exits_0_and_workers_write_the_same_bytes(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    paths = [str(p) for p in POSTS]
    status, here, err = _run(capsysbinary, "parse", *paths, "--workers", "0")
    assert status == 0
    assert _summary(err) == (len(POSTS), 0)
    out = tmp_path / "out.jsonl"
    status, _, _ = _run(capsysbinary, "parse", *paths, "--workers", "2", "-o", str(out))
    assert status == 0
    assert out.read_bytes() == here


def test_fields_pick_columns_and_keep_path_ok_error(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, out, _ = _run(capsysbinary, "parse", str(POSTS[0]), "--fields", "url, title")
    assert status == 0
    assert list(json.loads(out)) == ["path", "ok", "error", "title", "url"]


def test_bad_fields_and_parquet_to_stdout_are_usage_errors(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse", str(POSTS[0]), "--fields", "titel"])
    assert exit_info.value.code == 2
    assert "unknown field 'titel'" in capsysbinary.readouterr().err.decode()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse", str(POSTS[0]), "--format", "parquet"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse"])
    assert exit_info.value.code == 2


def test_csv_has_a_header_and_nested_fields_as_json(
    archive: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    out = tmp_path / "articles.csv"  # the format follows the suffix
    status, _, _ = _run(capsysbinary, "parse", str(archive), "-o", str(out), "--workers", "1")
    assert status == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert len(rows) == len(POSTS) + 1
    assert list(rows[0]) == list(COLUMN_NAMES)
    good = next(r for r in rows if r["ok"] == "true")
    article = newsparse.parse_file(good["path"])
    assert good["text"] == article.text
    assert json.loads(good["links"]) == [link.to_dict() for link in article.links]
    bad = next(r for r in rows if r["ok"] == "false")
    assert bad["error_kind"] == "DecodeError"
    assert bad["title"] == ""


def test_parquet_has_the_fixed_schema_in_row_groups(
    archive: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(cli._ParquetWriter, "ROWS", 3)
    out = tmp_path / "articles.parquet"
    status, _, _ = _run(capsysbinary, "parse", str(archive), "-o", str(out), "--script", "Hans")
    assert status == 1
    parquet = pq.ParquetFile(out)
    assert parquet.schema_arrow == arrow_schema()
    assert parquet.metadata.num_row_groups == 3
    table = parquet.read().to_pylist()
    assert len(table) == len(POSTS) + 1
    good = next(r for r in table if r["ok"])
    article = newsparse.parse_file(good["path"], script="Hans")
    assert good["title"] == article.title
    assert good["published"] == article.published
    assert good["authors"] == list(article.authors)


def test_progress_bar_redraws_and_clears() -> None:
    stream = io.StringIO()
    bar = cli.Progress(stream, total=10, width=70)
    bar.update(5)
    bar.clear()
    text = stream.getvalue()
    assert text.startswith("\r[")
    assert "5/10" in text
    assert text.endswith("\r\x1b[K")


def test_show_prints_the_article_for_a_person(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    article = newsparse.parse_file(POSTS[0])
    status, out, _ = _run(capsysbinary, "show", str(POSTS[0]), "--width", "40")
    text = out.decode("utf-8")
    assert status == 0
    assert text.splitlines()[0] == article.title
    assert "published" in text
    lines = text.splitlines()
    for paragraph in article.paragraphs:
        wrapped = cli.wrap(paragraph, 40)
        assert "".join(wrapped).replace(" ", "") == paragraph.replace(" ", "")
        assert all(cli._display_width(line) <= 42 for line in wrapped)  # closing punctuation may hang
        assert wrapped[0] in lines
    status, out, _ = _run(capsysbinary, "show", str(POSTS[0]), "--json")
    assert json.loads(out) == article.to_dict()


def test_show_of_a_bad_file_exits_1(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    status, _, err = _run(capsysbinary, "show", str(tmp_path / "missing.md"))
    assert status == 1
    assert "no such file" in err


def test_rules_lists_the_boilerplate_rules(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from newsparse.html.rules import DEFAULT_RULES

    status, out, _ = _run(capsysbinary, "rules")
    assert status == 0
    assert [line.split()[0] for line in out.decode().splitlines()] == [r[0] for r in DEFAULT_RULES.describe()]


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", str(POSTS[0]), "--fields", "title"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == newsparse.parse_file(POSTS[0]).title
    assert _summary(done.stderr.decode()) == (1, 0)
