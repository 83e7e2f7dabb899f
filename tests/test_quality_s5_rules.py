"""Rules found on the round-5 unseen posts (tests/data/unseen/006-014), each on real snippets.

* WordPress feed footers, "The post … appeared first on …" (China Digital Times);
* "author: unknown", the archiver's placeholder, names neither a person nor a source;
* commentary bylines "特约评论员：何燕青" (维权网), compiler credits "文字整理：李洁思" and the
  end mark "#" after Epoch Times credits, two-place wire datelines "首爾/舊金山" (CNA);
* video pages in an <img>'s src (CDT) and France Médias Monde's lazy images (RFI).
"""

from __future__ import annotations

import lxml.html
import pytest

import newsparse
from newsparse.document import Document
from newsparse.fields.bylines import read_byline, read_credit_line
from newsparse.fields.images import image_url
from newsparse.fields.publisher import author_field
from newsparse.html.rules.call_to_action import is_feed_footer

_HEADER = (
    '---\nlayout: post\ntitle: "{title}"\ndate: 2021-01-22T07:32:11.000Z\nauthor: {author}\n'
    "from: {url}\ntags: [ 中国数字时代 ]\ncategories: [ 中国数字时代 ]\n---\n"
    "<!--1611300731000-->\n[{title}]({url})\n------\n\n<div>\n{body}\n</div>\n"
)


def _post(
    body: str, *, author: str = "unknown", url: str = "https://chinadigitaltimes.net/chinese/662531.html"
) -> str:
    return _HEADER.format(title="拜登就职典礼上的诗人", author=author, url=url, body=body)


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        (
            "The post Fuck GFW｜ClubHouse被封后如何翻墙听？Shadowrocket上的相关设置"
            " appeared first on 中国数字时代.",
            True,
        ),
        (
            "The post 2047BBS | 拜登就职典礼上的22岁非裔女诗人：表达自我是一种政治选择"
            " appeared first on 中国数字时代.",
            True,
        ),
        ("The post Mr. Smith Goes to Washington appeared first on example.com.", True),
        ("The post office appeared first on the list of targets, he said, and then left.", False),
        ("这篇文章最先出现在中国数字时代。", False),
    ],
)
def test_wordpress_feed_footer(text: str, footer: bool) -> None:
    assert is_feed_footer(text) is footer


def test_the_feed_footer_goes_and_its_links_are_footer_links() -> None:
    body = (
        "<p>下图是此诗的中文翻译：</p>"
        '<p>The post <a rel="nofollow" href="https://chinadigitaltimes.net/chinese/662531.html">'
        "拜登就职典礼上的诗人</a> appeared first on "
        '<a rel="nofollow" href="https://chinadigitaltimes.net/chinese">中国数字时代</a>.</p>'
    )
    article = newsparse.parse(_post(body))
    assert article.text == "下图是此诗的中文翻译："
    kinds = {link.url: link.kind for link in article.links}
    assert kinds["https://chinadigitaltimes.net/chinese"] == "footer"


def test_a_sentence_that_starts_like_the_footer_stays() -> None:
    body = "<p>第一段。</p><p>The post office appeared first on the list of targets, he said.</p>"
    assert "The post office" in newsparse.parse(_post(body)).text


@pytest.mark.parametrize("placeholder", ["unknown", "Unknown", "anonymous", "null"])
def test_an_archivers_placeholder_author_is_no_source(placeholder: str) -> None:
    doc = Document("jekyll", front_matter={"author": placeholder})
    assert author_field(doc) == ([], None)
    assert newsparse.parse(_post("<p>正文。</p>", author=placeholder)).source is None


def test_a_real_author_field_is_still_read() -> None:
    assert author_field(Document("jekyll", front_matter={"author": "翻翻更健康"})) == ([], "翻翻更健康")
    assert author_field(Document("jekyll", front_matter={"author": "祝东风"})) == (["祝东风"], None)


def test_commentator_byline() -> None:
    byline = read_byline(
        ["特约评论员：何燕青", "2021年1月12日，维权网获悉，“中国舆论监督网”创办人李新德被判刑5年。"]
    )
    assert byline.authors == ("何燕青",)
    assert read_credit_line("评论员：张三")[0] == {"author": ["张三"]}  # type: ignore[index]
    # a sentence about commentators names nobody
    assert read_credit_line("评论员认为，这一判决将引起更多争议。") is None


def test_compiler_and_editor_with_the_epoch_end_mark() -> None:
    assert read_credit_line("文字整理：李洁思；责任编辑：高静 #") == (
        {"compiler": ["李洁思"], "editor": ["高静"]},
        None,
    )
    assert read_credit_line("责任编辑：林诗远#") == ({"editor": ["林诗远"]}, None)
    # a hashtag line is not a credit
    assert read_credit_line("#香港 #國安法") is None


def test_two_place_wire_dateline() -> None:
    lead = "（中央社首爾/舊金山22日綜合外電報導）彭博披露，韓國三星電子考慮斥資逾100億美元在美國興建晶片廠。"
    dateline = read_byline([lead]).dateline
    assert dateline is not None
    assert (dateline.place, dateline.day) == ("首爾/舊金山", 22)
    one = read_byline(["（中央社台北22日電）在2019年廈門大抓捕事件中被羈押的活動人士。"]).dateline
    assert one is not None
    assert one.place == "台北"


@pytest.mark.parametrize(
    "src",
    [
        "https://www.youtube.com/watch?v=zaZBgqfEa1E",
        "https://youtu.be/zaZBgqfEa1E",
        "//www.youtube.com/embed/RvMyF92Hldc",
        "https://vimeo.com/123456",
    ],
)
def test_a_video_page_is_no_image(src: str) -> None:
    assert image_url(lxml.html.fromstring(f'<img src="{src}" alt="img">'), None) is None


def test_an_image_on_youtubes_image_host_is_an_image() -> None:
    img = lxml.html.fromstring('<img src="https://i.ytimg.com/vi/zaZBgqfEa1E/hqdefault.jpg">')
    assert image_url(img, None) == "https://i.ytimg.com/vi/zaZBgqfEa1E/hqdefault.jpg"


def test_france_medias_monde_lazy_image() -> None:
    # RFI's 2021 template (tests/data/unseen/010_rfi.md): a 1x1 GIF shown, the picture in JSON
    img = lxml.html.fromstring(
        '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
        'alt="法广存档图片" class="m-figure__img" data-lazyloaded="image-formats" '
        'data-image-dataset="{&quot;url&quot;:&quot;https:\\/\\/s.rfi.fr\\/media\\/display\\/'
        "424731d6-5653-11eb-97d8-005056bf87d6\\/&quot;,&quot;filename&quot;:&quot;2021-01-09T094301Z.JPG&quot;,"
        '&quot;ratio&quot;:null,&quot;displayFormat&quot;:&quot;original&quot;}"/>'
    )
    assert image_url(img, None) == (
        "https://s.rfi.fr/media/display/424731d6-5653-11eb-97d8-005056bf87d6/2021-01-09T094301Z.JPG"
    )


def test_a_dataset_without_a_picture_is_ignored() -> None:
    img = lxml.html.fromstring('<img src="/real.jpg" data-image-dataset="[1, 2]">')
    assert image_url(img, "https://www.rfi.fr/cn/a") == "https://www.rfi.fr/real.jpg"


def test_weiquanwang_is_a_known_publisher() -> None:
    post = _post(
        "<p>特约评论员：何燕青</p><p>正文。</p>",
        author="维权网",
        url="https://wqw2010.blogspot.com/2021/01/blog-post_79.html",
    )
    article = newsparse.parse(post)
    assert (article.publisher_id, article.publisher, article.source) == ("weiquanwang", "维权网", "维权网")
    assert article.authors == ("何燕青",)
