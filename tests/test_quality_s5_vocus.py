"""What the agora0 / agorahub blog-platform archives showed (jekyll-import RSS: 方格子 vocus, Matters,
Al Jazeera and the NYT's Chinese edition), on snippets of the real posts.

The posts themselves (agora0/post, agora0/2511) carry their URL in a ``link:`` front-matter key
that the Jekyll variant does not read yet, so they wait in the round's scratch folder with their
expectations; the general rules they showed are checked here.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import newsparse
from newsparse.html.rules.call_to_action import is_call_to_action
from newsparse.html.rules.related_heading import is_related_label
from newsparse.publishers import TABLE, by_id


def _post(categories: str, body: str, extra: str = "") -> str:
    head = "---\nlayout: post\ntitle: 標題\ndate: 2018-05-18 11:16:09.000000000 +00:00\n"
    return f"{head}{extra}categories: {categories}\n---\n\n{body}\n"


@pytest.mark.parametrize(
    "text",
    [
        # 方格子 (vocus.cc), Stevehuang's closing line
        "感謝你花時間閱讀這篇文章，喜歡這篇文章的話，歡迎按讚，拍手或是訂閱專題喔!",
        # Matters, NGOCN's closing lines
        "欢迎留言交流",
        "感谢阅读，欢迎点赞分享",
        # Al Jazeera's box label
        "阅读更多",
    ],
)
def test_platform_thanks_and_requests_are_calls_to_action(text: str) -> None:
    assert is_call_to_action(text)


@pytest.mark.parametrize(
    "text",
    [
        "欢迎留言的读者后来都收到了回信，其中不少人提到自己的经历与文章所写的相似。这是我没有想到的。",
        "阅读更多的书，是他给年轻人的建议。",
        "他在每次直播结束时都说：“欢迎按赞。”",
    ],
)
def test_sentences_with_those_words_stay(text: str) -> None:
    assert not is_call_to_action(text)


def test_read_more_labels_al_jazeera_box() -> None:
    assert is_related_label("阅读更多")
    assert is_related_label("Recommended Stories")


def test_al_jazeera_read_more_box_with_screen_reader_marks_goes() -> None:
    # chinese.aljazeera.net (agora0/2511, 2025-11-01 加拿大卡尼和中国习近平迈出修补关系的一步), shortened
    body = (
        '<div aria-live="polite"><p>中国和加拿大两国领导人在亚太经济峰会期间于韩国举行会晤，'
        "迈出了修补两国长期破裂关系的一步。</p>"
        "<section><h2>阅读更多<!-- --> </h2><span>list of 4 items</span><ul>"
        '<li><span>list 1 of 4</span><a href="https://chinese.aljazeera.net/economy/2025/10/31/a">汽车制造商因芯片短缺准备减产</a></li>'
        '<li><span>list 2 of 4</span><a href="https://chinese.aljazeera.net/economy/2025/10/31/b">世界黄金协会：全球黄金需求创历史新高</a></li>'
        "</ul><span>end of list</span></section>"
        "<p>一份加拿大声明称：“两国领导人一致认为，他们的会晤标志着双边关系的一个转折点。”</p>"
        "<p>据报道，习近平表示，在双方共同努力下，两国关系正出现复苏迹象。</p></div>"
    )
    article = newsparse.parse(_post("aj", body))
    assert article.publisher_id == "aljazeera"
    for leaked in ("阅读更多", "list of", "end of list", "汽车制造商", "全球黄金需求"):
        assert leaked not in article.text
    assert "两国关系正出现复苏迹象" in article.text
    assert {link.kind for link in article.links if "aljazeera" in link.url} == {"related"}


def test_vocus_platform_by_category_and_host() -> None:
    vocus = by_id("vocus")
    assert vocus is not None
    assert vocus.name == "方格子"
    assert TABLE.by_host("https://vocus.cc/article/5b155498fd8978000145d775") is vocus
    body = (
        '<div class="draft-block draft--p left">'
        "參觀過幾個德國酒莊，都有種明明上的了檯面卻又在檯面上看不到的感覺，時常受限於產量。</div>"
    )
    article = newsparse.parse(_post("vocus", body, "tags: blog\nauthor: 馬雅人\n"))
    assert article.publisher_id == "vocus"
    assert article.authors == ("馬雅人",)


def test_vocus_closing_thanks_leaves_the_text() -> None:
    body = (
        '<div class="draft-block draft--p left">'
        "拜訪到最後我問了有關甜酒的部份，Balthasar Ress還是有做蠻多甜酒的，"
        "49歐的價格實在有夠佛心，沒多猶豫幾秒就立刻扛一瓶回去了</div>\n"
        '<div class="draft-block draft--p left"><span style="font-style: italic; font-weight: bold; ">'
        "感謝你花時間閱讀這篇文章，喜歡這篇文章的話，歡迎按讚，拍手或是訂閱專題喔!</span></div>\n"
        '<div><h3><a href="https://button.like.co/fyhgooi"></div>\n'
    )
    article = newsparse.parse(_post("vocus", body, "author: Stevehuang\n"))
    assert "扛一瓶回去了" in article.text
    assert "感謝你花時間閱讀" not in article.text


def test_nyt_chinese_edition_times_are_beijing_time() -> None:
    # cn.nytimes.com: <time pudate="2025-11-01 09:30:36"> on an item the feed stamped 01:37 UTC
    # (09:37 Beijing): the page's times are Beijing time, not New York's
    nyt = by_id("nyt")
    assert nyt is not None
    assert str(nyt.tz) == "Asia/Shanghai"
    body = (
        '<time pudate="2025-11-01 09:30:36" datetime="2025-11-01 09:30:36">2025年11月1日</time>'
        "<section><p>作为亚太经济峰会事实上的地缘政治重量级人物，中国领导人习近平周五积极争取各国对华贸易和投资。</p></section>"
    )
    text = _post("nyt", body).replace("2018-05-18 11:16:09", "2025-11-01 01:37:01")
    article = newsparse.parse(text)
    assert article.publisher_id == "nyt"
    assert article.published is not None
    assert article.published.astimezone(nyt.tz).date().isoformat() == "2025-11-01"
    # whichever candidate is chosen, it lies within the hour before the feed's stamp
    assert article.published <= datetime(2025, 11, 1, 1, 37, 1, tzinfo=timezone.utc)
