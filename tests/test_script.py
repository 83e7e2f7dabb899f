"""Tests for newsparse.fields.script: script detection on the seeds, the corpus and edge cases."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.fields.script import (
    MIN_EVIDENCE,
    SAMPLE_SIZE,
    _sample,
    _script_chars,
    detect_script,
    script_evidence,
)
from newsparse.normalize import detect_script as reexported

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"

# Every seed and corpus post, with the script a reader sees (checked by hand).
EXPECTED = {
    "000_0d47076719672b9a.txt": "Hans",  # VOA
    "001_c93ee8db15b0679c.txt": "Hant",  # CNA
    "002_6277ebebd8b1f93f.txt": "Hant",  # CNA
    "003_09a8cce0a03d3fcd.txt": "Hant",  # 遠景基金會 PDF text
    "004_78d22cbabe5f7d56.txt": "Hant",  # CNA
    "001_rfa.md": "Hans",
    "002_rfa.md": "Hans",
    "003_rfa.md": "Hans",
    "004_epoch.md": "Hans",
    "005_epoch.md": "Hans",
    "006_bbc.md": "Hans",
    "007_paopao.md": "Hans",
    "008_neist.md": "Hans",
    "009_yanjing.md": "Hans",
    "010_medium.md": "Hant",  # written Cantonese, Traditional characters
    "011_cna.md": "Hant",
    "012_cna.md": "Hant",
    "013_cna.md": "Hant",
    "014_cna.md": "Hant",
    "015_zaobao.md": "Hans",
    "016_zaobao.md": "Hans",
    "017_zaobao.md": "Hans",
    "018_zaobao.md": "Hans",
    "019_zaobao.md": "Hans",
    "020_zaobao.md": "Hans",
    "021_zaobao.md": "Hans",
    "022_zaobao.md": "Hans",
    "023_solidot.md": "Hans",
    "024_solidot.md": "Hans",
    "025_voa.md": "Hans",
    "026_dw.md": "Hans",
    "027_rfi.md": "Hans",
    "028_nikkei.md": "Hans",
    "029_nikkei.md": "Hans",
    "030_nikkei.md": "Hans",
}


def _path(name: str) -> Path:
    return (SEEDS if name.endswith(".txt") else CORPUS) / name


def test_every_input_has_an_expectation() -> None:
    names = {p.name for p in SEEDS.glob("*.txt")} | {p.name for p in CORPUS.glob("*.md")}
    assert names == set(EXPECTED)


@pytest.mark.parametrize(("name", "script"), sorted(EXPECTED.items()))
def test_detects_the_script_of_each_post(name: str, script: str) -> None:
    text = _path(name).read_text("utf-8")
    assert detect_script(text) == script


@pytest.mark.parametrize(("name", "script"), sorted(EXPECTED.items()))
def test_detects_the_script_from_any_window(name: str, script: str) -> None:
    """The second half alone, and a short window, still tell (sampling cannot mislead)."""
    text = _path(name).read_text("utf-8")
    assert detect_script(text[len(text) // 2 :]) == script
    assert detect_script(text, sample=600) == script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("北約秘書長訪南韓 促增對烏克蘭軍援", "Hant"),  # seed 001 title
        ("韩乌同意分享朝俄情报，但韩国民意不支持向基辅提供武器", "Hans"),  # seed 000 title
        ("輕輕一推多年前寫落既長篇", "Hant"),  # Cantonese
        ("台湾明年预算规模史上最大", "Hans"),  # 台 is in both scripts; 湾 and 规 are not
        ("新台灣國策智庫研發長", "Hant"),
        ("秘書長", "Hant"),  # 秘 is Taiwan's standard form; only 書 and 長 count
        ("中共中央总书记習近平", "Hans"),  # one Traditional character in Simplified text
    ],
)
def test_detects_short_texts(text: str, script: str) -> None:
    assert detect_script(text) == script


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Hello, world. 2024-11-27",
        "日本首相岸田文雄",  # no character tells the scripts apart
        "發",  # one character is too little evidence
        "这是简体字。這是繁體字。",  # as much of one script as of the other
        "日本語のテキストです。ひらがなとカタカナが混ざっている文章で、国と学も使われます。",  # Japanese
    ],
)
def test_says_none_when_it_cannot_tell(text: str) -> None:
    assert detect_script(text) is None


def test_reexported_from_normalize() -> None:
    assert reexported is detect_script


def test_evidence_counts_distinct_characters() -> None:
    assert script_evidence("发发发") == (1, 0)
    assert script_evidence("發展发展") == (1, 1)
    assert script_evidence("中文 ABC") == (0, 0)
    assert MIN_EVIDENCE == 2


def test_character_sets_are_disjoint_and_leave_shared_characters_out() -> None:
    sets = _script_chars()
    assert not sets["Hans"] & sets["Hant"]
    assert len(sets["Hans"]) > 3000
    assert len(sets["Hant"]) > 3000
    shared = set("中台后里干着秘峰乾於于了的是在有")  # written in both scripts
    assert not shared & (sets["Hans"] | sets["Hant"])
    assert "为" in sets["Hans"]
    assert "為" in sets["Hant"]
    assert "爲" in sets["Hant"]


def test_cost_is_well_under_a_millisecond_for_5_kb() -> None:
    seed = _path("000_0d47076719672b9a.txt").read_text("utf-8")
    text = (seed * 4)[:5000]  # 5000 characters, about 11 KB of UTF-8: twice the 5 KB asked
    runs = 200
    start = time.perf_counter()
    for _ in range(runs):
        detect_script(text)
    per_call = (time.perf_counter() - start) / runs
    assert per_call < 0.001, f"detect_script took {per_call * 1e6:.0f} µs"


def test_long_texts_are_sampled_at_start_middle_and_end() -> None:
    text = "始" + "。" * (2 * SAMPLE_SIZE) + "中" + "。" * (2 * SAMPLE_SIZE) + "末"
    sample = _sample(text, SAMPLE_SIZE)
    assert len(sample) == SAMPLE_SIZE
    assert set("始中末") <= set(sample)
    assert _sample("短文", SAMPLE_SIZE) == "短文"


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF)))
def test_texts_without_han_are_none(text: str) -> None:
    assert detect_script(text) is None


@given(st.text())
def test_never_raises_and_answers_a_known_value(text: str) -> None:
    assert detect_script(text) in (None, "Hans", "Hant")
