"""Round 6 (relay): CNA's caption trailer, its photographer, and a script embed's JavaScript prompt.

Real snippets from CNA posts archived by agora0 (unseen 092, 097) and a BBC中文 article of
agora0/2410 (kept in the helper's scratch), with near-misses that must stay as they are.
"""

from __future__ import annotations

import pytest

from newsparse.fields.bylines import read_credit_line
from newsparse.html.rules.call_to_action import is_call_to_action
from newsparse.html.rules.captions import text_credit


@pytest.mark.parametrize(
    ("caption", "kept", "credit"),
    [
        # 092 (agora0/news, kept in scratch): the reporter took the picture in Tokyo
        (
            "侯友宜31日在日本國會大廈與日華議員懇談會議員、僑胞座談。中央社記者楊明珠東京攝 112年7月31日",
            "侯友宜31日在日本國會大廈與日華議員懇談會議員、僑胞座談。",
            "中央社記者楊明珠東京攝",
        ),
        # unseen 097: the reporter sent in a picture the city provided (two spaces before the date)
        (
            "吸引民眾目光。（基隆市政府提供）中央社記者沈如峰基隆傳真  113年8月17日",
            "吸引民眾目光。（基隆市政府提供）",
            "中央社記者沈如峰基隆傳真",
        ),
    ],
)
def test_cna_caption_trailer_leaves_the_caption(caption: str, kept: str, credit: str) -> None:
    assert text_credit(caption) == (kept, credit)


@pytest.mark.parametrize(
    "caption",
    [
        # a caption that speaks of a reporter and a date, with no trailer closing it
        "中央社記者楊明珠7月31日在東京採訪侯友宜。",
        # the date alone, no credit before it
        "侯友宜訪日第一天。112年7月31日",
        # an agency's mark, not CNA's trailer (handled as before: left in the caption)
        "圖為杜哈街頭一處世界盃看板。（路透社）",
    ],
)
def test_caption_without_cna_trailer_is_unchanged(caption: str) -> None:
    assert text_credit(caption) == (caption, None)


def test_camera_credit_with_place_gives_the_photographer() -> None:
    assert read_credit_line("中央社記者楊明珠東京攝") == ({"photographer": ["楊明珠"]}, None)
    # the bracketed form read before still reads the same
    assert read_credit_line("（中央社記者王飛華攝）") == ({"photographer": ["王飛華"]}, None)


def test_sent_in_picture_names_no_photographer() -> None:
    # 傳真: the reporter forwarded a picture somebody else took
    assert read_credit_line("中央社記者沈如峰基隆傳真") is None


@pytest.mark.parametrize("text", ["請啟動Javascript", "请启用JavaScript", "請開啟 JavaScript"])
def test_javascript_prompt_is_not_text(text: str) -> None:
    assert is_call_to_action(text)


@pytest.mark.parametrize(
    "text",
    [
        "網站改用新框架後，開發者不再需要在每一頁啟用JavaScript外掛，維護成本因此大減。",
        "JavaScript是一種程式語言。",
        "改版後，不必在每頁啟用JavaScript外掛。",
    ],
)
def test_sentence_about_javascript_stays(text: str) -> None:
    assert not is_call_to_action(text)
