"""Whitespace and invisible-character cleanup of text taken out of HTML."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsparse.html.text as text_module
from newsparse.html.text import BR, clean_inline, split_paragraphs


def test_clean_inline_keeps_spaces_between_latin_words_and_drops_them_between_ideographs() -> None:
    assert clean_inline("路由器本身是与\u00a0Banana Pi 合作") == "路由器本身是与 Banana Pi 合作"
    assert clean_inline("北約\n   秘書長") == "北約秘書長"
    assert clean_inline("the\n  quick") == "the quick"


def test_clean_inline_drops_invisible_characters_but_keeps_full_width_spaces() -> None:
    assert clean_inline("訪南韓\u200b\ufeff") == "訪南韓"
    assert clean_inline("70年产权\u3000首付30％") == "70年产权\u3000首付30％"


def test_split_paragraphs_at_br_runs() -> None:
    assert split_paragraphs(f"一。{BR}{BR}{BR}二，{BR}續。") == ["一。", "二，\n續。"]
    assert split_paragraphs(f"{BR}\u3000{BR}") == []


def test_the_printable_shortcut_meets_no_character_the_patterns_change() -> None:
    # clean_inline skips its patterns for printable text: no printable character but " " may be one they touch
    printable = "".join(c for c in map(chr, range(0x110000)) if c.isprintable() and c != " ")
    for pattern in (text_module._INVISIBLE, text_module._SPACES, text_module._CJK_NEWLINE):
        assert pattern.search(printable) is None
    assert BR not in printable
    assert "\n" not in printable


@given(st.text(alphabet=" 　\n\t\r\x0b\x0c\x1e\u200b\xa0\u2028北約。ab", max_size=30))
def test_clean_inline_shortcuts_change_nothing(text: str) -> None:
    expected = text_module._CJK_NEWLINE.sub("", text)
    expected = text_module._SPACES.sub(" ", text_module._INVISIBLE.sub("", expected))
    expected = text_module._AROUND_BR.sub(BR, expected).strip(" ")
    assert clean_inline(text) == expected
