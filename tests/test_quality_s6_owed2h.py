"""Round 6 (owed2h): patterns found by the round's fields and html2 helpers, on real snippets.

- 朝鲜日报's Chinese edition sets its pictures as ``<dl><dt><img></dt><dd>▲ caption。/路透社</dd></dl>``
  (agora0/2510, every CHOSUN item with a picture): the ``<dd>`` is the caption, the closing
  ``/路透社`` the photo's source, and ``▲ 插画 = 朴祥勋`` / ``▲ 制图=金成奎`` credit lines;
- a WeChat account promoted at the end of a post (燕京书评's ``微信搜索“燕京书评”（Pekingbooks）：…``);
- plain-text paragraphs after a picture's ``<div>`` (NHK's items in agora0/2412);
- the links of a removed ``相關文章：`` line are related links (眾新聞).
"""

from __future__ import annotations

from pathlib import Path

from lxml.html import fromstring

import newsparse
from newsparse.html.extract import extract_body
from newsparse.html.rules.call_to_action import is_wechat_follow, opens_with_related_label
from newsparse.html.rules.captions import is_credit, text_credit

UNSEEN = Path(__file__).parent / "data" / "unseen"

# 064: the lead figure of 朝鲜日报's item (agora0/2510, 2025-10-01), as the page writes it
_CHOSUN_LEAD = (
    '<div>2025-10-01&nbsp;09:57  &nbsp;</div><div id="articleBody" itemprop="articleBody">\n'
    "\t<div >\t\n\t\t<dl>\t\t\n"
    '\t\t\t<dt><img src="https://images.weserv.nl/?url=cnnews.chosun.com/up_fd/wc_news/2025-10/'
    'bimg_thumb/1chaut.jpg"></dt>\n'
    "\t\t\t<dd>▲ 30日，美国国防部长彼得·赫格塞思在弗吉尼亚州匡提科海军陆战队基地，罕见地召集了全球800余名"
    "美军将领，正在以军人精神为主题发表演讲。/路透社</dd>\n"
    "\t\t</dl>\n\t</div>\n"
    "\t\t美国总统唐纳德·特朗普30日在弗吉尼亚州匡提科海军陆战队基地举行的全军指挥部活动上表示。<br /><br />"
    "当天在包括争议地区在内的全球800余名美军将领和海军上将面前，特朗普表示。\n</div>\n"
)
# the same template inside the story (中国资本突袭…, agora0/2510): a classed <dd> and a chart credit
_CHOSUN_INLINE = (
    "<div>9月底，中国持有的韩国股票市值为20万4900亿韩元。<br /><br />"
    '<DIV ><dl ><dt><img src="http://cnnews.chosun.com/up_fd/wc_News/2025-10/limg_thumb/2chautB.jpg" ></dt>'
    "<dd class=use_caption>▲ 制图=金成奎 </dd></dl></DIV> \n</div>"
)


def test_a_dl_holding_an_image_and_its_dd_is_a_figure() -> None:
    body = extract_body(_CHOSUN_LEAD)
    assert body.paragraphs[0].startswith("美国总统唐纳德·特朗普30日")
    assert not any("路透社" in p or "▲" in p for p in body.paragraphs)
    [image] = body.images
    assert image.url == "https://cnnews.chosun.com/up_fd/wc_news/2025-10/bimg_thumb/1chaut.jpg"
    assert image.caption is not None
    assert image.caption.startswith("30日，美国国防部长")
    assert image.caption.endswith("发表演讲。")  # the pointer and the agency credit are not caption
    assert [line.text for line in body.set_aside if line.rule == "image-credit"] == ["路透社"]


def test_a_chart_credit_under_a_picture_is_a_credit_not_a_caption() -> None:
    body = extract_body(_CHOSUN_INLINE)
    assert body.paragraphs == ["9月底，中国持有的韩国股票市值为20万4900亿韩元。"]
    assert [image.caption for image in body.images] == [None]
    assert [line.text for line in body.set_aside if line.rule == "image-credit"] == ["制图=金成奎"]


def test_a_dl_near_miss_a_glossary_stays_text() -> None:
    # a definition list without a picture is text; a <dd> after a <dt> holding words is no caption
    body = extract_body("<dl><dt>OSA</dt><dd>政府安全保障能力强化支援机制。</dd></dl><p>正文。</p>")
    assert body.paragraphs == ["OSA", "政府安全保障能力强化支援机制。", "正文。"]


def test_korean_label_credits() -> None:
    dd = fromstring("<dd>x</dd>")
    assert is_credit(dd, "▲ 插画 = 朴祥勋")
    assert is_credit(dd, "▲ 制图=金成奎")
    assert is_credit(dd, "▲ 图片来源：AFP")
    # near misses: "=" in a caption's sentence, a caption that only mentions a drawing
    assert not is_credit(dd, "▲ 1公里=1000米的赛道上，选手正在冲刺。")
    assert not is_credit(dd, "▲ 插画展现场，观众正在参观。")


def test_closing_slash_source_of_a_caption() -> None:
    assert text_credit("▲ 设于首尔钟路区的Yonhap Infomax的大屏幕正在显示韩国国债收益率。/韩联社") == (
        "▲ 设于首尔钟路区的Yonhap Infomax的大屏幕正在显示韩国国债收益率。",
        "韩联社",
    )
    assert (
        text_credit("▲ 10月1日，来自全韩15座机场的劳动者举行出征仪式，正在喊口号。/张京植记者")[1]
        == "张京植记者"
    )
    assert text_credit("▲ 尹锡悦出席会议。/News1")[1] == "News1"
    # near misses: slashes inside the caption's sentences
    for caption in (
        "左起：金某/李某",
        "投票率约为1/2。",
        "首尔/釜山两地同时举行集会。",
        "他说：“好。”/ 他随后离开了会场。",
    ):
        assert text_credit(caption) == (caption, None), caption


def test_wechat_follow_line_closing_a_post() -> None:
    assert is_wechat_follow("微信搜索“燕京书评”（Pekingbooks）：重申文化想象，重塑文字力量。")
    assert is_wechat_follow("微信搜索“阮一峰的网络日志”或者扫描二维码，即可订阅。")
    assert is_wechat_follow("请搜索微信公众号“旦旦淘学”。")
    assert not is_wechat_follow("他在微信搜索“李文亮”时发现，相关文章已被删除。")
    assert not is_wechat_follow("微信搜索“李文亮”，会出现一连串悼念文章。")


def test_wechat_follow_leaves_only_at_the_end() -> None:
    story = "<p>他在微信搜索“李文亮”时发现，相关文章已被删除。</p>"
    line = "<p>微信搜索“<strong>燕京书评</strong>”（Pekingbooks）：重申文化想象，重塑文字力量。</p>"
    body = extract_body("<p>第一段。</p>" + story + "<p>第三段。</p>" + line)
    assert body.paragraphs == ["第一段。", "他在微信搜索“李文亮”时发现，相关文章已被删除。", "第三段。"]
    # the same line among the first of a long story is left alone (a story may open with a search)
    long_story = "".join(f"<p>第{i}段。</p>" for i in range(8))
    assert "燕京书评" in "".join(extract_body(line + long_story).paragraphs)


def test_yanjing_post_loses_its_wechat_footer() -> None:
    article = newsparse.parse_file(UNSEEN / "061_yanjing.md")
    assert not any("微信搜索" in p for p in article.paragraphs)
    assert article.paragraphs[-1].startswith("注：本文摘自郭雪妮")


def test_plain_text_paragraphs_after_a_picture_div() -> None:
    article = newsparse.parse_file(UNSEEN / "066_nhk.html")
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("在新冠疫情爆发后")
    assert article.paragraphs[1].startswith("当地时间30日中午")
    assert article.paragraphs[-1].endswith("还是一个未知数。")
    assert len(newsparse.parse_file(UNSEEN / "067_nhk.html").paragraphs) == 5


def test_loose_text_near_misses() -> None:
    # blank lines inside an element are markup white space (pretty-printed source)
    assert extract_body("<div><p>第一行\n\n第二行</p>\n\n<p>三</p></div>").paragraphs == [
        "第一行第二行",
        "三",
    ]
    # one loose paragraph stays one
    assert extract_body("<div><img src='a.jpg'></div>\n\n正文，\n续。\n").paragraphs == ["正文，续。"]


def test_related_label_line_gives_related_links() -> None:
    html = (
        "<p>正文。</p><p>相關文章： <a href='https://www.hkcnews.com/article/30295/x'>"
        "25歲青年承認暴動罪：牆外比牆內，更沉重難過</a></p><p>結語。</p>"
    )
    body = extract_body(html)
    assert body.paragraphs == ["正文。", "結語。"]
    assert [(link.url, link.kind) for link in body.links] == [
        ("https://www.hkcnews.com/article/30295/x", "related")
    ]
    assert opens_with_related_label("【延伸閱讀】")
    assert not opens_with_related_label("相關報導指出，市場仍然疲弱。")


def test_call_to_action_without_a_related_label_keeps_other_links() -> None:
    body = extract_body("<p>正文。</p><p><a href='https://x.com/app'>立即下載中央社App</a></p>")
    assert [link.kind for link in body.links] == ["other"]
