"""Image URLs and captions (newsparse.fields.images, newsparse.html.rules.captions)."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse.fields.images as images_module
from newsparse.fields.images import choose_caption, image_url, is_decorative, is_placeholder
from newsparse.html.extract import extract_body


def img(html: str) -> lxml.html.HtmlElement:
    element = lxml.html.fromstring(html)
    return element if element.tag == "img" else next(element.iter("img"))


@pytest.mark.parametrize(
    ("html", "url"),
    [
        ('<img src="https://images.weserv.nl?url=gdb.voanews.com/a.jpg">', "https://gdb.voanews.com/a.jpg"),
        (
            '<img src="https://images.weserv.nl/?url=static.dw.com/image/1_303.jpeg">',
            "https://static.dw.com/image/1_303.jpeg",
        ),
        ('<img src="data:image/gif;base64,R0l" data-src="/p/1.jpg">', "https://a.tw/p/1.jpg"),
        ('<img src="/img/lazy.gif" data-original="/p/2.jpg">', "https://a.tw/p/2.jpg"),
        ('<img src="/placeholder.png" srcset="/s-320.jpg 320w, /s-800.jpg 800w">', "https://a.tw/s-800.jpg"),
        (
            '<img src="/real-640.jpg" srcset="/real-320.jpg 320w, /real-800.jpg 800w">',
            "https://a.tw/real-640.jpg",
        ),
        (
            '<img src="//img.allhistory.com/5e.jpg?imageView2/2/w/800">',
            "https://img.allhistory.com/5e.jpg?imageView2/2/w/800",
        ),
        ('<img src="data:image/png;base64,AAAA">', None),
    ],
)
def test_image_url_finds_the_original(html: str, url: str | None) -> None:
    assert image_url(img(html), "https://a.tw/news/1.html") == url


@pytest.mark.parametrize(
    ("html", "decorative"),
    [
        ('<img src="https://medium.com/_/stat?event=post.clientViewed" width="1" height="1">', True),
        ('<img src="https://www.rfa.org/++plone++rfa-resources/img/icon-zoom.png">', True),
        ('<img alt="Twitter logo" src="https://pao-pao.net/themes/servicelinks/png/twitter.png">', True),
        ('<a href="https://twitter.com/share?url=x"><img src="/t.png"></a>', True),
        ('<a class="single-avatar" href="/user/1"><img src="//pic.allhistory.com/T1.jpg"></a>', True),
        ('<img src="https://cn.nikkei.com/images/2019/01/0129/0129-06-1-L.jpg" alt="">', False),
    ],
)
def test_decorative_images(html: str, decorative: bool) -> None:
    assert is_decorative(img(html)) is decorative


def test_placeholders() -> None:
    assert is_placeholder("data:image/gif;base64,R0l")
    assert is_placeholder("/static/lazy-load.gif")
    assert not is_placeholder("https://imgcdn.cna.com.tw/www/WebPhotos/800/x.jpg")


def test_alt_text_is_a_caption_only_when_it_describes_the_picture() -> None:
    assert choose_caption(None, "poster") is None
    assert choose_caption(None, "四种罪行") is None
    assert choose_caption(None, "IMG_0042.jpg") is None
    title = "流亡人士：回顾新冠疫情  中国欠世界一个交代"
    assert choose_caption(None, title, "流亡人士：回顾新冠疫情 中国欠世界一个交代") is None
    assert (
        choose_caption(None, "圖為杜哈街頭一處世界盃看板。（路透社）")
        == "圖為杜哈街頭一處世界盃看板。（路透社）"
    )
    assert choose_caption(" 售楼处 很热闹 ", "anything") == "售楼处 很热闹"


def body(html: str) -> tuple[list[tuple[str, str | None]], list[str], list[tuple[str, str]]]:
    b = extract_body(html, base_url="https://a.tw/news/1.html")
    return (
        [(i.url, i.caption) for i in b.images],
        b.paragraphs,
        [(line.rule, line.text) for line in b.set_aside],
    )


TEXT = "<p>這是正文第一段，說明了事件的經過。</p>"


def test_figcaption_in_a_figure_even_when_the_figure_class_says_captioned() -> None:
    images, paragraphs, _ = body(
        '<div><figure class="image-richtext captioned"><img src="/a.jpg" alt="說明。">'
        '<figcaption class="image-caption">上海受到封城影响。(RFA制图)</figcaption></figure>'
        + TEXT
        + "</div>"
    )
    assert images == [("https://a.tw/a.jpg", "上海受到封城影响。(RFA制图)")]
    assert paragraphs == ["這是正文第一段，說明了事件的經過。"]


def test_feed_small_caption_under_the_image() -> None:
    images, paragraphs, _ = body(
        '<div><div><i>Wed, 27 Nov 2024 14:59:13 GMT</i></div><img src="https://images.weserv.nl?url=gdb.voanews.com/1.jpg">'
        '<div><small style="color: #999;">韩国抗议者在首尔示威。(2024年11月27日)</small></div>'
        + TEXT
        + "</div>"
    )
    assert images == [("https://gdb.voanews.com/1.jpg", "韩国抗议者在首尔示威。(2024年11月27日)")]
    assert "韩国抗议者在首尔示威。(2024年11月27日)" not in paragraphs


def test_caption_class_sibling_and_credit_span() -> None:
    images, _, set_aside = body(
        '<div><img src="/lead.jpg" alt="標題"><span class="lead_image_caption">郭斌3日接受专访</span>'
        '<div id="zoomattribute"><a href="/big"><img src="/img/icon-zoom.png"></a>'
        '<span class="copyright">Photo: RFA</span></div>' + TEXT + "</div>"
    )
    assert images == [("https://a.tw/lead.jpg", "郭斌3日接受专访")]
    assert ("image-credit", "Photo: RFA") in set_aside


def test_caption_repeating_the_alt_after_a_picture_wrapper() -> None:
    caption = "圖為杜哈街頭一處世界盃看板。（路透社）"
    images, paragraphs, _ = body(
        f'<div><div><div><picture><source srcset="/800/a.jpg"><img src="/800/a.jpg" alt="{caption}">'
        f"</picture></div><div>{caption}</div></div>{TEXT}</div>"
    )
    assert images == [("https://a.tw/800/a.jpg", caption)]
    assert caption not in paragraphs


def test_table_row_caption_and_empty_row() -> None:
    images, paragraphs, _ = body(
        '<div><table><tbody><tr><td><img alt="" src="/1-L.jpg"></td></tr><tr><td><p><span><strong>'
        "售楼处连工作日上午也很热闹（7月，北京市内）</strong></span></p></td></tr></tbody></table>"
        '<table><tbody><tr><td><img alt="" src="/2-M.jpg"></td></tr><tr><td></td></tr></tbody></table>'
        + TEXT
        + "</div>"
    )
    assert images == [
        ("https://a.tw/1-L.jpg", "售楼处连工作日上午也很热闹（7月，北京市内）"),
        ("https://a.tw/2-M.jpg", None),
    ]
    assert paragraphs == ["這是正文第一段，說明了事件的經過。"]


def test_figcaption_credit_is_split_off() -> None:
    images, _, set_aside = body(
        '<div><div class="container"><div class="ph"><img data-src="/pig.jpg" src="/pig.jpg"></div>'
        '<div class="aesop-image-component"><figure><figcaption class="aesop-image-component-caption">'
        '<p class="aesop-cap-description">63 岁的 Luo Hengfeng 饲养的猪群。</p>'
        '<p class="aesop-cap-cred">Photograph by Raul Ariano for The Wall Street Journal</p>'
        "</figcaption></figure></div></div>" + TEXT + "</div>"
    )
    assert images == [("https://a.tw/pig.jpg", "63 岁的 Luo Hengfeng 饲养的猪群。")]
    assert ("image-credit", "Photograph by Raul Ariano for The Wall Street Journal") in set_aside


def test_figure_credit_paragraph_is_not_a_caption() -> None:
    images, paragraphs, set_aside = body(
        '<div><figure><div><div><picture><img src="/640/a.jpg" alt="poster"></picture>'
        '<p role="text"><span>图像来源，</span><span lang="en-GB">AFP</span></p></div></div></figure>'
        + TEXT
        + "</div>"
    )
    assert images == [("https://a.tw/640/a.jpg", None)]
    assert ("image-credit", "图像来源，AFP") in set_aside
    assert paragraphs == ["這是正文第一段，說明了事件的經過。"]


def test_a_following_paragraph_is_not_a_caption() -> None:
    images, paragraphs, _ = body(
        '<div><div>26/07/2022 - 23:30</div><img src="/a.jpg"><p><strong>中俄经济下滑。</strong></p></div>'
    )
    assert images == [("https://a.tw/a.jpg", None)]
    assert paragraphs == ["中俄经济下滑。"]


_ADDRESS_PARTS = ["icon", "ICONS/", "/stat?", "_/stat", "Spacer.gif", "/share-", "sharethis", "/emoji/"]
_ADDRESS_PARTS += ["AVATAR", "/logo.", "-Logo.png", "lazy", "Placeholder", "blank", "grey", "1x1", "DATA:"]
_ADDRESS_PARTS += [".gif", ".png", "?", "/", "-", "_", "a", "ſ", "\u212a", " "]


@given(st.lists(st.sampled_from(_ADDRESS_PARTS), max_size=6).map("".join))
def test_the_word_shortcuts_agree_with_the_patterns(address: str) -> None:
    # the substring tests before each pattern only ever spare a search that would find nothing
    if images_module._PLACEHOLDER.search(address.strip()):
        assert images_module._may_match(address.strip(), images_module._PLACEHOLDER_WORDS)
    if images_module._DECORATIVE_PATH.search(address):
        assert images_module._may_match(address, images_module._DECORATIVE_WORDS)


def test_caption_matching_stays_linear_with_many_images_among_many_siblings() -> None:
    # fuzzing found this shape (a post duplicated many times, markup flattened): every
    # image used to re-read thousands of empty siblings and the whole article beside it
    import time

    import newsparse

    unit = "<div></div>" * 30 + "<img src='/a.jpg'><p>" + "正文段落。" * 40 + "</p>"
    html = "<!--1697553060000-->\n[t](https://www.cna.com.tw/news/aopl/1.aspx)\n------\n" + unit * 600
    started = time.perf_counter()
    article = newsparse.parse(html)
    assert time.perf_counter() - started < 2.0
    assert article.paragraphs  # the text is all there
