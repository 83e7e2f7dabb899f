"""Round 7 (hk): a broadcaster's "how to watch" box, donation appeals, CCTV in the publisher table.

Real snippets from 大纪元's program page 《新闻大家谈》 (tests/data/unseen/120_epoch.md), with near
misses that must stay; the CCTV entry itself is tested in test_quality_s7_tw.py.
"""

from __future__ import annotations

import newsparse

_HEAD = (
    '---\nlayout: post\ntitle: "测试"\nauthor: 大纪元\n'
    "from: https://www.epochtimes.com/gb/21/1/22/n12705632.htm\n---\n<div>\n"
)
_BODY = (
    "<p>【大纪元2021年01月22日讯】大家好，欢迎收看周五（1月22日）的《新闻大家谈》。</p>"
    "<p>面对债务压力，大陆房企不得不在年初大幅发债以应对。从发债用途上看，借新还旧是一项重要用途。</p>"
)
_WATCH_BOX = (
    "<h2><strong>网络收看方式：</strong></h2>"
    '<p>大纪元新闻网：<a href="https://www.epochtimes.com/gb/nf1334917.htm">'
    "https://www.epochtimes.com/gb/nf1334917.htm</a></p>"
    '<p>新唐人直播：<a href="https://www.youtube.com/watch?v=p0r1j2CGOX4&amp;feature=youtu.be">'
    "https://www.youtube.com/watch?v=p0r1j2CGOX4&amp;feature=youtu.be</a></p>"
)
_DONATE = (
    "<p>【支持】为真相护航 为沉默发声，就在今天，支持大纪元<br />"
    '<a href="https://donate.epochtimes.com/">https://donate.epochtimes.com</a></p>'
)
_CREDITS = "<p>新唐人大纪元《新闻大家谈》制作组</p><p>责任编辑：孙芸#</p>"


def _parse(body: str, **kwargs: object) -> newsparse.Article:
    return newsparse.parse(_HEAD + body + "\n</div>\n", **kwargs)  # type: ignore[arg-type]


def test_watch_box_heading_and_channel_lines_go() -> None:
    article = _parse(_BODY + _WATCH_BOX + _CREDITS)
    assert "网络收看方式" not in article.text
    assert "新唐人直播" not in article.text
    assert "借新还旧是一项重要用途" in article.text
    assert article.paragraphs[-2:] == ("新唐人大纪元《新闻大家谈》制作组", "责任编辑：孙芸#")
    assert article.credits == {"editor": ("孙芸",)}


def test_watch_words_in_a_sentence_stay() -> None:
    # near miss: the words used in a sentence, not as a label over channel links
    text = "<p>收看方式很简单：观众打开电视即可。</p>"
    article = _parse(_BODY + text)
    assert "收看方式很简单：观众打开电视即可。" in article.paragraphs


def test_donation_appeal_with_its_donate_link_goes() -> None:
    # without the watch box before it (related-heading off): the call-to-action rule alone
    article = _parse(_BODY + _DONATE + _CREDITS, disable_rules=("related-heading",))
    assert "为真相护航" not in article.text
    assert "donate.epochtimes.com" not in article.text
    assert "新唐人大纪元《新闻大家谈》制作组" in article.text


def test_a_story_about_donations_stays() -> None:
    # near miss: a sentence about a donation drive, longer than a link line, links a donate page
    text = (
        "<p>基金會表示，支持者可在官網捐款，善款將全數用於今年夏天受災地區的重建工作 "
        '<a href="https://donate.example.org">https://donate.example.org</a></p>'
    )
    article = _parse(_BODY + text)
    assert "善款將全數用於今年夏天受災地區的重建工作" in article.text


def test_a_story_quoting_cctv_keeps_its_publisher() -> None:
    # near miss: another publisher's story that cites 央视 is not CCTV's
    post = (
        '---\nlayout: post\ntitle: "测试"\nauthor: (臺)中央社CNA\n'
        "from: https://www.cna.com.tw/news/acn/202101220329.aspx\n---\n<div>\n"
        "<p>（中央社台北22日電）據央視報導，中國全國人大常委會議今天通過「海警法」。</p>\n</div>\n"
    )
    assert newsparse.parse(post).publisher_id == "cna"
