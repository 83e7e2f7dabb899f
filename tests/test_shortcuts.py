"""The field extractors' shortcuts give the answers of the plain scans they stand in for.

Each shortcut skips work a pattern or a character set makes pointless (positions where no
match can start, texts without a character every match needs). These properties compare
each with the plain scan, so a pattern changed without its shortcut fails here.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from newsparse.assemble import detect_language, language_and_script
from newsparse.fields import bylines
from newsparse.fields.dates import evidence, parse
from newsparse.fields.script import _KANA, SAMPLE_SIZE, _sample, _script_chars, detect_script, read_script
from newsparse.publishers import TABLE
from newsparse.publishers.registry import _LATIN_ALIAS

_HANS = sorted(_script_chars()["Hans"])
_HANT = sorted(_script_chars()["Hant"])
_ASTRAL = [ch for ch in _HANS + _HANT if ch > "\uffff"][:20]


def _texts(*pieces: str, max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts joined from the given pieces (whole tokens and single characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# -- dates -----------------------------------------------------------------------------------

_DATE_PIECES = (
    *("2023-10-17", "2022-07-04T11:04:07.064Z", "Wed, 27 Nov 2024 14:59:13 GMT", "Nov 27, 2024"),
    *("ſep 3 2021", "26/07/2022 - 23:30", "17.10.2023", "2023年10月17日", "民國112年10月17日"),
    *("中華民國 112 年 1 月 2 日", "二〇二三年十月十七日", "2024年3月", "下午3时15分", "今年", "18.0%"),
    *"年月日号0123456789〇一二三十 \u3000-/.:中民國abcN",
)


@given(_texts(*_DATE_PIECES))
def test_chinese_dates_are_the_matches_of_a_full_scan(text: str) -> None:
    full = [(m.span(), m.groupdict()) for m in parse._CHINESE.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in parse._chinese_finditer(text)] == full


@given(_texts(*_DATE_PIECES), st.booleans())
def test_search_date_finds_what_every_pattern_finds(text: str, day_first: bool) -> None:
    tz = ZoneInfo("Asia/Taipei")
    best: parse.DateMatch | None = None
    for pattern, read in (
        (parse._ISO, parse._read_iso),
        (parse._DAY_MONTH_YEAR, parse._read_named_month),
        (parse._MONTH_DAY_YEAR, parse._read_named_month),
        (parse._CHINESE, parse._read_chinese),
        (parse._NUMERIC, parse._read_numeric),
    ):
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            if (result := read(m, tz, day_first)) is not None:
                best = parse.DateMatch(*result, m.start(), m.end(), m.group(0).strip())
                break
    assert parse.search_date(text, tz, day_first=day_first) == best


@given(
    _texts("2023-10-17-04-58-30", "07152022011538", "2023/10/17", "202308013001", "/22/8/25/", *"/-_.0129a٣")
)
def test_url_dates_are_found_wherever_the_path_starts(path: str) -> None:
    first = evidence._URL_FORM_START.search(path)
    for pattern in (
        evidence._URL_DATETIME,
        evidence._URL_MDY_TIME,
        evidence._URL_COMPACT_TIME,
        evidence._URL_SEPARATED,
        evidence._URL_COMPACT,
    ):
        found = pattern.search(path)
        shortcut = None if first is None else pattern.search(path, first.start())
        assert (found and found.span()) == (shortcut and shortcut.span())


# -- script and language ---------------------------------------------------------------------

# texts from one to three kinds of characters, so that single-script texts are common
_SCRIPT_KINDS = (_HANS[:300], _HANT[:300], sorted(_KANA), _ASTRAL, list("中的。 aー・"))
_SCRIPT_TEXTS = st.lists(st.sampled_from(_SCRIPT_KINDS), min_size=1, max_size=3).flatmap(
    lambda kinds: _texts(*(ch for kind in kinds for ch in kind), max_size=40)
)


def _script_by_sets(text: str) -> str | None:
    chars = set(_sample(text, SAMPLE_SIZE))
    hans, hant = len(chars & _script_chars()["Hans"]), len(chars & _script_chars()["Hant"])
    if max(hans, hant) < 2 or len(chars & _KANA) >= 8:
        return None
    return "Hans" if hans >= 2 * hant else "Hant" if hant >= 2 * hans else None


@given(_SCRIPT_TEXTS)
def test_script_is_what_the_character_sets_say(text: str) -> None:
    assert detect_script(text) == _script_by_sets(text)
    if read_script(text).kana_free:
        assert not set(_sample(text, SAMPLE_SIZE)) & _KANA


@given(_SCRIPT_TEXTS)
def test_language_and_script_together_as_apart(text: str) -> None:
    assert language_and_script(text) == (detect_language(text), detect_script(text))


# -- bylines and publishers ------------------------------------------------------------------


_CREDIT_PIECES = ("編輯：陳惠珍", "記者", "记者王飞摄", "拍攝", "攝影：王飛", "图/王飞", "王飞摄", "王飞")


@given(_texts(*"（）()ab中 \n\t\u3000", *_CREDIT_PIECES))
def test_byline_shortcuts_find_what_the_patterns_find(text: str) -> None:
    paren, closing = bylines._CLOSING_PAREN.search(text), bylines._closing_paren(text)
    assert (paren and paren.span()) == (closing and closing.span())
    camera, credit = bylines._CAMERA.search(text), bylines._camera_credit(text)
    assert (camera and camera.span()) == (credit and credit.span())


@given(
    _texts("CNA", "xCNA", "CNA1", "BBC中文网", "中央社", "Voice of America", "www.cna.com.tw", *"aB1 .-中(")
)
def test_alias_mentions_are_found_as_with_the_word_test_first(text: str) -> None:
    # the word-start test stands after an alias's first letter, so that re can skip ahead
    aliases = list(TABLE._mention_of)
    plain = re.compile(
        "|".join(
            rf"(?<![A-Za-z0-9]){re.escape(a)}(?![A-Za-z0-9])" if _LATIN_ALIAS.match(a) else re.escape(a)
            for a in aliases
        )
    )
    pattern = TABLE.alias_pattern()
    assert pattern is not None
    for find in ("search", "match"):
        found, shortcut = getattr(plain, find)(text), getattr(pattern, find)(text)
        assert (found and (found.span(), found.group())) == (shortcut and (shortcut.span(), shortcut.group()))


_ORG_LINE_PIECES = (*list(TABLE._mention_of)[:20], "記者為", "记者为", "记者", "（中文版：日经中文网）")
_ORG_LINE_PIECES += ("远藤淳", " ", "北京")


@given(_texts(*_ORG_LINE_PIECES, max_size=5))
def test_organisation_lines_start_where_the_shortcut_looks(line: str) -> None:
    pattern = bylines._org_line_pattern()
    if pattern is not None and pattern.match(line):
        assert line[:1] in bylines._org_line_starts()
