"""Round 7 (feeds): feeds the waimei archives relay that no earlier round read.

* NGOCN's monthly report as China Digital Times relays it (nodenews/waimei, kept pending):
  credits in two ``<div>`` lines whose names mix Chinese names and one-word Latin nicknames,
  ``作者：Harry、LIZI、马来貘貘`` / ``编辑：糖糖、COCO、小咚``.
* CDT's 2020 feed (zhouxiang93123/waimei, unseen 141 and 142): WordPress with the Better Feed
  plugin, whose line ``Feed enhanced by Better Feed from Ozh`` closes every item.
* Epoch Times' talk show 《新闻大家谈》 (nodenews/waimei, unseen 120): every episode's page
  ends with the watch links (``网络收看方式：``, ``新唐人直播：…``) and the donation box
  ``【支持】为真相护航 为沉默发声，就在今天，支持大纪元``, which the generic where-to-watch and
  donation rules remove (no phrase of the publisher's is needed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.fields.bylines import read_byline, split_names

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Harry、LIZI、马来貘貘", ["Harry", "LIZI", "马来貘貘"]),
        ("糖糖、COCO、小咚", ["糖糖", "COCO", "小咚"]),
        # near misses: nicknames without a Chinese name beside them, or without a 、 list
        ("AFP、Reuters", None),
        ("Harry", None),
        # a sentence in a 、 list is still no name
        ("Harry、我们都说", None),
    ],
)
def test_nicknames_count_only_beside_chinese_names_in_a_list(text: str, names: list[str] | None) -> None:
    assert split_names(text) == names


def test_ngocn_credit_lines_give_authors_and_editors() -> None:
    byline = read_byline(
        ["作者：Harry、LIZI、马来貘貘", "编辑：糖糖、COCO、小咚", "2020年终于走到了它被无数人盼望着的终点。"]
    )
    assert byline.authors == ("Harry", "LIZI", "马来貘貘")
    assert byline.credits == {"editor": ("糖糖", "COCO", "小咚")}


def test_a_list_of_brands_in_the_lead_names_no_author() -> None:
    # a lead that lists companies is not a credit line: no label, no names
    byline = read_byline(["Apple、Google、微软都在12月发布了年度报告。", "正文。"])
    assert byline.authors == ()


def _cdt_post(body: str) -> str:
    url = "https://chinadigitaltimes.net/chinese/2020/07/example/"
    return (
        '---\nlayout: post\ntitle: "【异闻观止】例子"\ndate: 2020-07-22T08:38:23.000Z\n'
        f"author: 中国数字时代\nfrom: {url}\ntags: [ 中国数字时代 ]\ncategories: [ 中国数字时代 ]\n---\n"
        f"<!--1595407103000-->\n[【异闻观止】例子]({url})\n------\n\n<div>\n{body}\n</div>\n"
    )


def test_better_feed_line_leaves_cdt_items() -> None:
    body = (
        "<p>洪水报道完全被抗洪报道压倒，配菜成了主菜，主菜成了配菜，这是不正常的。</p>"
        "<p>难道今年的洪水都是山东籍的，不配上桌？</p>"
        "<p><small>Feed enhanced by <a href='http://planetozh.com/blog/my-projects/wordpress-plugin-better-feed-rss/'>"
        "Better Feed</a> from  <a href='http://planetozh.com/blog/'>Ozh</a></small></p>"
    )
    article = newsparse.parse(_cdt_post(body))
    assert "Feed enhanced" not in article.text
    assert article.text.endswith("不配上桌？")


@pytest.mark.parametrize("name", ["141_cdt.md", "142_cdt.md"])
def test_cdt_2020_feed_footer(name: str) -> None:
    article = newsparse.parse_file(UNSEEN / name)
    assert "Feed enhanced" not in article.text
    assert "get_post_time" not in article.text
    assert article.keywords[:2] == ("2020南方水灾", "2020南方洪水")


def test_epoch_talk_show_footer() -> None:
    article = newsparse.parse_file(UNSEEN / "120_epoch.md")
    text = article.text
    for boilerplate in ("网络收看方式", "新唐人直播", "为真相护航", "donate.epochtimes.com"):
        assert boilerplate not in text
    # the host's question and the editor's credit stay
    assert "秦鹏：大家都在纷纷解读，你怎么看？" in text
    assert text.endswith("责任编辑：孙芸#")
    assert article.credits == {"editor": ("孙芸",)}


def test_epoch_phrases_are_the_footers_own() -> None:
    # near miss: an Epoch text that reports on a show's viewers keeps its sentence
    post = (
        '---\nlayout: post\ntitle: "例子"\ndate: 2021-01-22T14:59:44.000Z\nauthor: 大纪元\n'
        "from: https://www.epochtimes.com/gb/21/1/22/n1.htm\ntags: [ 大纪元 ]\ncategories: [ 大纪元 ]\n---\n"
        "<!--1611327584000-->\n[例子](https://www.epochtimes.com/gb/21/1/22/n1.htm)\n------\n\n<div>\n"
        "<p>【大纪元2021年01月22日讯】观众来信说，他们改变了网络收看的方式，更多人在手机上看节目。</p>"
        "<p>这是第二段正文，讲述了更多的细节和背景。</p>\n</div>\n"
    )
    assert "改变了网络收看的方式" in newsparse.parse(post).text
