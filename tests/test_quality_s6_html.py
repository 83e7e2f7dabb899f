"""Round 6 (html): Markdown bodies of Jekyll posts, and caption pointer marks.

The snippets are real: agorahub/pen0's column ``2021-06-23-ending-of-apple-daily.md`` (a
Markdown body: ``###`` headings, ``>`` pull quotes, ``![](…)`` images with a ``▲ …摄：…``
caption line) and hkarchivist/hkcnews-article-archive ``article_49791.md`` (眾新聞: a ``#``
title, Markdown paragraphs between HTML ``<figure>`` blocks, ``**bold**``, ``[…](…)`` links).
"""

from __future__ import annotations

import pytest

from newsparse.fields.images import choose_caption
from newsparse.html.extract import extract_body
from newsparse.html.markdown import markdown_to_html

PEN0 = (
    "2021年6月23日，壹传媒有限公司董事会宣布，《苹果日报》的印刷版不迟于2021年6月26日最后一期结束。\n\n"
    "<!--more-->\n\n"
    "### 创刊：在$5一份黑白报纸的年代，$2一份的全彩《苹果》\n\n"
    "> 创刊当日，《苹果》销量达到20万份，在短期内成为全港销量第二高的报章，仅次于《东方日报》。\n\n"
    "1995年6月20日，《苹果》创刊，旋即取得商业成功，彻底改变香港的报业生态。\n\n"
    "![](https://images.weserv.nl/?url=d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/"
    "03099db4512d415c8a1a277cd864dd3a.jpg)\n"
    "▲ 2020年8月11日，被搜查后发行的首批《苹果日报》印好，送到报纸档贩售。摄：林振东/端传媒\n\n\n"
    "### 政治的《苹果》：民主、反共、公众知情权\n\n"
    "（谢梓枫，香港中文大学新闻与传播学院研究生）\n\n"
    "<!--END-->"
)

HKCNEWS = (
    "\n# 立場新聞停運，其餘報紙有何反應？\n\n"
    "2021年本港最後一件大事，或是立場新聞停止運作。事件震驚新聞界，筆者比較12份報章的報道。   \n   \n"
    " 大部分報道標題都提及警方拘捕人數，涉及的罪名。\n\n"
    "### 關注停運消息\n\n"
    "《文匯報》、《東方日報》、《明報》的標題提及立場新聞停運。\n\n"
    '<figure>\n<img src="https://hkcnews.com/news/2021/12/a_large.jpg" alt="">\n'
    "<figcaption>《文匯報》</figcaption>\n</figure>\n\n"
    "警方以「串謀發布煽動刊物」罪控告《蘋果日報》和立場新聞，媒體人人自危，各位保重！   \n   \n"
    " **參考文章：**   \n"
    " [〈《蘋果日報》停刊，其餘報紙有何反應？〉](https://web.archive.org/web/20220705003159/https://bit.ly/3xSgvSX)\n"
)


def test_a_markdown_column_reads_as_headings_quotes_and_paragraphs() -> None:
    body = extract_body(PEN0, title="香港最后一份异议报纸的终结")
    assert body.paragraphs == [
        "2021年6月23日，壹传媒有限公司董事会宣布，《苹果日报》的印刷版不迟于2021年6月26日最后一期结束。",
        "创刊：在$5一份黑白报纸的年代，$2一份的全彩《苹果》",
        "创刊当日，《苹果》销量达到20万份，在短期内成为全港销量第二高的报章，仅次于《东方日报》。",
        "1995年6月20日，《苹果》创刊，旋即取得商业成功，彻底改变香港的报业生态。",
        "政治的《苹果》：民主、反共、公众知情权",
        "（谢梓枫，香港中文大学新闻与传播学院研究生）",
    ]
    assert body.headings == [
        "创刊：在$5一份黑白报纸的年代，$2一份的全彩《苹果》",
        "政治的《苹果》：民主、反共、公众知情权",
    ]


def test_a_markdown_image_line_with_its_caption_line_is_a_captioned_image() -> None:
    body = extract_body(PEN0)
    [image] = body.images
    assert (
        image.url
        == "https://d32kak7w9u5ewj.cloudfront.net/media/image/2021/06/03099db4512d415c8a1a277cd864dd3a.jpg"
    )
    # the pointer mark and the photo credit are not caption
    assert image.caption == "2020年8月11日，被搜查后发行的首批《苹果日报》印好，送到报纸档贩售。"
    assert not any("摄：林振东" in p for p in body.paragraphs)


def test_markdown_paragraphs_between_html_figures_stay_apart() -> None:
    body = extract_body(HKCNEWS, title="立場新聞停運，其餘報紙有何反應？")
    assert body.paragraphs[:4] == [
        "2021年本港最後一件大事，或是立場新聞停止運作。事件震驚新聞界，筆者比較12份報章的報道。",
        "大部分報道標題都提及警方拘捕人數，涉及的罪名。",
        "關注停運消息",
        "《文匯報》、《東方日報》、《明報》的標題提及立場新聞停運。",
    ]
    assert not any(mark in p for p in body.paragraphs for mark in ("# ", "**", "]("))
    assert [(link.url, link.kind) for link in body.links] == [
        ("https://web.archive.org/web/20220705003159/https://bit.ly/3xSgvSX", "inline")
    ]
    assert [image.caption for image in body.images] == ["《文匯報》"]


@pytest.mark.parametrize(
    "html",
    [
        # an archiver's HTML body in a .md file: blank lines inside the markup
        "<div>\n<p>第一段。</p>\n\n<p>第二段。</p>\n</div>\n",
        # RTI's reporter mark opens a line but is no heading ("#記者…#", no space)
        "#記者劉玉秋的報導#\n\n國民法官法三讀。\n",
        # a plain-text feed body (RTHK): blank lines and no mark
        "國家主席習近平在南韓慶州期間，二人又互贈禮物。\r\n\r\n李在明向習近平贈送棋盤。\n",
        # a ">" line inside a tag is HTML, not a quote
        '<p><a href="/x"\n>連結</a></p>\n\n<p>正文。</p>',
    ],
)
def test_bodies_without_markdown_marks_are_not_converted(html: str) -> None:
    assert markdown_to_html(html) is None


def test_a_caption_credit_needs_a_credit_label() -> None:
    # near miss: a caption that ends with a colon phrase that names no photographer
    html = markdown_to_html("![](https://a.b/1.jpg)\n▲ 游行人士高呼口號：光復香港\n\n正文。")
    assert html is not None
    assert 'class="credit"' not in html
    html = markdown_to_html("![](https://a.b/1.jpg)\n▲ 黎智英由终审法院还押候审。摄：陈焯煇/端传媒\n\n正文。")
    assert html is not None
    assert '<span class="credit">摄：陈焯煇/端传媒</span>' in html


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("▲ 2003年7月1日，50万人游行抗议23条立法。", "2003年7月1日，50万人游行抗议23条立法。"),
        ("↑ 图为示威现场。", "图为示威现场。"),
        ("《文匯報》", "《文匯報》"),
        ("▲", "▲"),
    ],
)
def test_a_pointer_mark_before_a_caption_goes(caption: str, expected: str) -> None:
    assert choose_caption(caption, None) == expected


@pytest.mark.parametrize(
    ("body", "deepest"),
    [
        # lists nested deeper than markdown-it's limit: it would skip their items
        ("# 標題\n\n" + "".join("  " * depth + f"- 第{depth}層\n" for depth in range(60)), ["第59層"]),
        # quotes nested deeper than the limit, and the paragraph after them
        ("# 標題\n\n" + "> " * 60 + "深處的話。\n\n後面的段落。\n", ["深處的話", "後面的段落"]),
    ],
)
def test_a_body_markdown_would_lose_words_from_is_read_as_plain_text(body: str, deepest: list[str]) -> None:
    assert markdown_to_html(body) is None
    text = "".join(extract_body(body).paragraphs)
    assert [word for word in deepest if word not in text] == []


def test_nesting_within_the_limit_is_markdown() -> None:
    html = markdown_to_html("# 標題\n\n" + "> " * 10 + "深處的話。\n")
    assert html is not None
    assert html.count("<blockquote>") == 10
