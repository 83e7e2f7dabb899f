"""Round 6 (html2): Markdown columns of agorahub/pen0 and 眾新聞 copies of hkarchivist's archive.

Real snippets of the posts read this round (agorahub/pen0 ``_collections/_columns``: a poem column
under ``<!--more-->``, a war summary with a linked picture; hkarchivist/hkcnews-article-archive:
眾新聞's news and blog posts with the subscription appeal, the writer box and captions that name
the photo's source), each with a near miss that must not change.
"""

from __future__ import annotations

import newsparse
from newsparse.html.markdown import markdown_to_html
from newsparse.html.rules.call_to_action import is_call_to_action
from newsparse.html.rules.captions import text_credit


def _post(body: str, *, author: str = "小游") -> newsparse.Article:
    head = (
        f'---\nlayout: post\ntitle : "时代的打油诗"\nauthor: "{author}"\n'
        "date  : 2022-10-31 12:00:00 +0800\n---\n\n"
    )
    return newsparse.parse((head + body).encode("utf-8"), name="x.md")


# --- Markdown bodies -------------------------------------------------------------------------------

POEM = (
    "<!--more-->\n\n### 《瞧！那个皇帝没穿衣服》\n\n> `2022年10月18日`\n\n瞧！那个皇帝没穿衣服\n\n"
    "那是孩子才被允许的\n\n振聋发聩的诚实\n\n⠀\n\n人们认为\n\n<!--END-->"
)


def test_a_markdown_body_under_a_template_comment_is_read_as_markdown() -> None:
    article = _post(POEM)
    assert "《瞧！那个皇帝没穿衣服》" in article.headings
    for mark in ("###", "`", "<!--"):
        assert mark not in article.text
    # each line of verse is a paragraph; the U+2800 stanza break is no text
    assert [str(p) for p in article.paragraphs][-4:] == [
        "瞧！那个皇帝没穿衣服",
        "那是孩子才被允许的",
        "振聋发聩的诚实",
        "人们认为",
    ]
    assert "⠀" not in article.text


def test_a_quoted_date_is_the_quoted_texts_own() -> None:
    article = _post(POEM)
    # the poem's date stays in the text and is no evidence of the post's date
    assert "2022年10月18日" in article.text
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-10-31"


def test_a_date_alone_on_its_line_outside_a_quote_still_goes() -> None:
    article = _post("<!--more-->\n\n### 標題\n\n2022年10月18日\n\n正文第一段，說明了事情的經過。\n")
    assert "2022年10月18日" not in article.text


def test_html_bodies_under_a_comment_stay_html() -> None:
    assert markdown_to_html("<!-- wp:paragraph -->\n<p>第一段。</p>\n\n<p>第二段。</p>\n") is None
    assert markdown_to_html("<!-- 未完的註解\n\n# 標題\n") is None
    # a run of comments that no tag follows is passed over in one step per comment
    assert markdown_to_html("<!--9-->\n" * 2000 + "正文。\n") is None


def test_link_destinations_are_kept_as_written() -> None:
    body = (
        "### 五四百年\n\n首先，我想起了 [魯迅](https://web.archive.org/web/20220126000533/"
        "https://zh.wikipedia.org/zh-hk/鲁迅) 的文章 "
        "[《吶喊》](https://baike.baidu.com/item/呐喊/2647540) 。\n"
    )
    urls = [link.url for link in _post(body).links]
    assert "https://web.archive.org/web/20220126000533/https://zh.wikipedia.org/zh-hk/鲁迅" in urls
    assert "https://baike.baidu.com/item/呐喊/2647540" in urls
    # an escape a page already wrote stays as it is, and script links are still refused
    html = markdown_to_html("### 標題\n\n[甲](https://a.b/%E9%B2%81) [乙](javascript:alert(1))\n")
    assert html is not None
    assert 'href="https://a.b/%E9%B2%81"' in html
    assert 'href="javascript' not in html


def test_a_linked_picture_with_its_caption_line_is_a_figure() -> None:
    body = (
        "### 三、战争进程\n\n至于乌克兰当局的如意算盘能否打通，接下去的一两周也是关键时刻。\n\n"
        "[![image1](https://github.com/agorahub/_meta/raw/agoran/theagora/pen0/assets/images/c1/"
        "c1-20220306-011.jpg)](https://zhuanlan.zhihu.com/p/475099436)\n▲ 原载《知乎》链接。\n\n<!--END-->"
    )
    article = _post(body)
    assert [image.caption for image in article.images] == ["原载《知乎》链接。"]
    assert "原载" not in article.text
    assert "https://zhuanlan.zhihu.com/p/475099436" in {link.url for link in article.links}
    # a link under a picture on the next line is no caption: a link line of its own stays a paragraph
    html = markdown_to_html("### 標題\n\n[俄军麾下的顿巴斯武装](https://zhuanlan.zhihu.com/p/362012758)\n")
    assert html is not None
    assert "<figure>" not in html


# --- 眾新聞 (hkcnews.com) -------------------------------------------------------------------------

HKCNEWS_TAIL = (
    "謹以諸君共勉！\n\n\n---\n\n\n"
    "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。\n\n"
    "月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](/web/20210712014115/https://www.hkcnews.com/aboutus/#subscribe)\n\n"
    "---\n\n"
    "![博客 | 師潮作者群](https://web.archive.org/web/20210712014115im_/https://www.hkcnews.com/uploads/avatars/"
    "8d0a908a-3f23-4698-9dc0-f370e84d7345.png?1393402290)\n\n"
    "**博客 | 師潮作者群**\n\n"
    "【師潮】我們主要是一群熱愛教學的中文老師，分別任教大、中、小學和幼稚園，並從事語文教學研究工作。\n"
)


def test_the_subscription_appeal_and_its_link_go() -> None:
    article = _post("# 想起那副寫給車長的春聯\n\n我們的街道太繁忙。\n\n" + HKCNEWS_TAIL, author="師潮作者群")
    assert "月費訂戶" not in article.text
    assert "hkcnews.com/aboutus" not in article.text
    assert "謹以諸君共勉！" in article.text


def test_the_writer_box_label_goes_with_the_avatar_and_the_bio_stays() -> None:
    article = _post("# 想起那副寫給車長的春聯\n\n我們的街道太繁忙。\n\n" + HKCNEWS_TAIL, author="師潮作者群")
    assert "博客 | 師潮作者群" not in article.text
    assert "【師潮】我們主要是一群熱愛教學的中文老師" in article.text
    assert article.images == ()


def test_an_icon_whose_alt_repeats_a_heading_keeps_the_heading() -> None:
    body = (
        '<div><p>第一段，說明事情的經過。</p><p><img src="/static/icons/news.png" alt="事件背景"></p>'
        "<h3>事件背景</h3><p>第二段，交代背景。</p></div>"
    )
    assert "事件背景" in _post(body).text


def test_a_request_to_subscribe_is_a_call_to_action() -> None:
    appeal = "請加入成為眾新聞的月費訂戶，長期支持我們的工作。所有訂戶都可以收到我們的「每周時事」通訊 。"
    assert is_call_to_action(appeal)
    assert is_call_to_action("立即成為會員")
    # a report of someone joining is no request
    assert not is_call_to_action("他去年加入成為工會會員，其後當選理事。")


def test_a_subscription_page_link_in_the_text_is_not_enough() -> None:
    body = "### 標題\n\n[訂閱經濟](https://example.com/news/subscription-economy)的興起，令不少傳統報章重新思考收費模式與讀者關係。\n"
    assert "訂閱經濟的興起" in _post(body).text


def test_a_captions_photo_source_is_a_credit() -> None:
    assert text_credit("參與五四運動學生在北平舉着國旗遊行。維基百科照片") == (
        "參與五四運動學生在北平舉着國旗遊行。",
        "維基百科照片",
    )
    assert text_credit("區議員宣誓信件附錄中，宣誓衣物都有嚴格規定。區議員提供") == (
        "區議員宣誓信件附錄中，宣誓衣物都有嚴格規定。",
        "區議員提供",
    )
    assert text_credit("眾新聞製圖。（左圖攝於阿均認罪還柙前）") == (
        "（左圖攝於阿均認罪還柙前）",
        "眾新聞製圖",
    )
    assert text_credit("今屆立法會選舉中，8名候選人報稱獨立。資料圖片")[1] == "資料圖片"
    assert text_credit("部分單張曾出現創建力量的標誌。康樂區居民協會FB圖片")[1] == "康樂區居民協會FB圖片"
    # a caption that speaks of a photo names no source
    for caption in (
        "林鄭月娥今日透過行政會議前公布區議員宣誓安排。",
        "市民手持照片悼念。",
        "警方到場。圖為示威者的照片",
    ):
        assert text_credit(caption) == (caption, None)


def test_a_figure_caption_loses_its_photo_source() -> None:
    body = (
        "# 五四百年\n\n1918年，第一次世界大戰結束。翌年，巴黎和會召開。\n\n<figure>\n"
        '<img src="https://web.archive.org/web/20220126000533im_/https://hkcnews.com/news_新聞/'
        'hk-discuss/2019/05/a_large.jpg" alt="">\n'
        "<figcaption>參與五四運動學生在北平舉着國旗遊行。維基百科照片</figcaption>\n</figure>\n\n"
        "五四運動對中國影響深遠。\n"
    )
    article = _post(body, author="潘佩璆")
    assert [image.caption for image in article.images] == ["參與五四運動學生在北平舉着國旗遊行。"]
    assert "維基百科照片" not in article.text
    assert dict(article.credits) == {}


def test_emphasis_marks_do_not_send_a_markdown_body_back_to_plain_text() -> None:
    body = (
        "华文世界整体性的论著不多。笔者以两本近年出版的英文著作为出发点。\n\n"
        "![platform-capitalism](https://github.com/agorahub/_meta/raw/agoran/theagora/pen0/assets/images/c1/"
        "c1-20200914-011.jpg)\n▲ _《平台资本主义》_\n\n"
        "### 平台的不同类型：数据，网络，垄断\n\n这是我们平台时代的问题。\n"
    )
    article = _post(body, author="移风")
    assert [image.caption for image in article.images] == ["《平台资本主义》"]
    assert "平台的不同类型：数据，网络，垄断" in article.headings
    for mark in ("_", "![", "###"):
        assert mark not in article.text
    # an underscore that is a word's own stays
    html = markdown_to_html("### 標題\n\n變數 snake_case_name 與 _強調_。\n")
    assert html is not None
    assert "snake_case_name" in html


def test_ordered_lists_and_reference_links_keep_a_body_markdown() -> None:
    body = (
        "### 三項要求\n\n政府今日公布措施，詳見[公告][1]，內容如下：\n\n"
        "1. 延長免費檢測至年底；\n2. 向中小企發放補貼；\n\n措施即日生效。\n\n[1]: https://www.info.gov.hk/a.htm\n"
    )
    article = _post(body)
    assert "三項要求" in article.headings
    assert "延長免費檢測至年底；" in [str(p) for p in article.paragraphs]
    for mark in ("###", "[1]", "1. "):
        assert mark not in article.text
    assert "https://www.info.gov.hk/a.htm" in {link.url for link in article.links}
    # a definition no link uses would vanish from the page: such a body is still read as plain text
    assert markdown_to_html("### 標題\n\n正文。\n\n[1]: https://a.b/unused\n") is None


def test_markdown_footnotes_become_footnotes() -> None:
    body = (
        "正文引用了一份報告[^1]，又見另一研究[^note]。\n\n第二段沒有註釋，只有[^x]這樣的方括號。\n\n"
        "[^1]: 見[勞工報告](https://example.org/report.pdf)第3頁。\n"
        "[^note]: Woodcock, J. & Graham, M.\n    The Gig Economy, 2019.\n"
    )
    article = _post(body, author="移风")
    assert article.text == "正文引用了一份報告，又見另一研究。\n\n第二段沒有註釋，只有[^x]這樣的方括號。"
    assert article.footnotes == ("見勞工報告第3頁。", "Woodcock, J. & Graham, M. The Gig Economy, 2019.")
    assert ("https://example.org/report.pdf", "footnote") in {(link.url, link.kind) for link in article.links}
    # without definitions, '[^…]' is text, and a body with nothing else Markdown is not Markdown
    assert markdown_to_html("第一段[^1]。\n\n第二段。\n") is None
