"""Round-6 fixes from posts of agora0's month archives, each on real snippets and near-misses.

* BBC's World Service feed labels each item with its section as one capitalised English word
  before the Chinese title: ``[Chinese] 研究报告显示…``, ``[Sport] 中国“紅色收藏家”保存…``
  (agora0/2410, both on 2024-10-01); the label is no part of the title;
* BBC Chinese video pages end with ``关注更多：`` over a list of related stories: the label goes
  with the list.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.assemble import clean_title
from newsparse.html.rules.call_to_action import is_call_to_action

# --- feed section labels before titles ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("[Sport] 中国“紅色收藏家”保存毛泽东时代记忆", "中国“紅色收藏家”保存毛泽东时代记忆"),
        (
            "[Chinese] 研究报告显示中国民众20年来对经济前景的态度变迁",
            "研究报告显示中国民众20年来对经济前景的态度变迁",
        ),
        ("[World] “全职儿女”：年轻人的选择", "“全职儿女”：年轻人的选择"),
        # near-misses: an acronym, a lower-case word, no space, no Chinese title after it
        ("[AI] 新技术改变新闻业", "[AI] 新技术改变新闻业"),
        ("[sport] 中国队夺冠", "[sport] 中国队夺冠"),
        ("[Sport]中国队夺冠", "[Sport]中国队夺冠"),
        ("[Update] Trump wins", "[Update] Trump wins"),
        ("【图集】元朗示威五人被捕", "【图集】元朗示威五人被捕"),
    ],
)
def test_english_section_label_before_a_chinese_title(title: str, expected: str) -> None:
    assert clean_title(title) == expected


_BBC_VIDEO = (
    '---\nlayout: post\ntitle: "[Sport] 中国“紅色收藏家”保存毛泽东时代记忆"\n'
    "date: 2024-10-01 11:09:13.000000000 +00:00\nlink: https://www.bbc.com/zhongwen/simp/69384891\n"
    "categories: bbc\n---\n\n"
    '<div dir="ltr"><h1 id="content">中国“紅色收藏家”保存毛泽东时代记忆</h1></div>'
    '<div dir="ltr"><p dir="ltr">记者走进“紅色收藏家”冯刚位于内蒙古的家里，只见房内堆满各式各样的'
    "毛泽东时代纪念品，从小小的徽章到高至天花板的雕像——都是他几十年收藏生涯的至宝。</p></div>"
    '<div dir="ltr"><p dir="ltr">关注更多：</p></div><div dir="ltr"><ul role="list">'
    '<li role="listitem"><a href="https://www.bbc.com/zhongwen/simp/world-69379223">'
    "中共建政75周年：2027、2035、2049三个年份为何对中国有特殊意义</a></li>"
    '<li role="listitem"><a href="https://www.bbc.com/zhongwen/simp/chinese-news-57598844">'
    "中共建党百年：习近平是否是21世纪的毛泽东</a></li></ul></div>\n"
)


def test_bbc_video_page_title_and_closing_list() -> None:
    article = newsparse.parse(_BBC_VIDEO)
    assert article.title == "中国“紅色收藏家”保存毛泽东时代记忆"
    # the h1 repeats the title (now without its label): not text
    assert article.paragraphs[0].startswith("记者走进")
    assert "关注更多" not in article.text
    assert "21世纪的毛泽东" not in article.text
    related = [link.url for link in article.links if link.kind == "related"]
    assert "https://www.bbc.com/zhongwen/simp/chinese-news-57598844" in related


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("关注更多：", True),
        ("關注更多", True),
        # near-misses: the words inside a sentence
        ("关注更多的是民生问题。", False),
        ("请关注更多新闻", False),
    ],
)
def test_follow_more_is_a_related_label(text: str, expected: bool) -> None:
    assert is_call_to_action(text) is expected
