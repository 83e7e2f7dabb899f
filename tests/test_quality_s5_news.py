"""Round 5 news publishers (tests/data/unseen/020-026): the general rules their posts showed.

Reuters Chinese (wire-lead datelines, 编译/审校/发稿 credits, the trust badge), FT中文网 (thumbor
resizer addresses), Epoch Times interview reports (``采访报导`` brackets) and Deutsche Welle's
feed header (author over date). Every input below is a snippet of a real archived post.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.fields.bylines import read_byline, read_credit_line
from newsparse.fields.urls import unwrap_proxy
from newsparse.publishers import TABLE


def _post(body: str, *, author: str, url: str) -> str:
    return (
        f'---\nlayout: post\ntitle: "标题"\ndate: 2020-07-22T09:53:15.000Z\nauthor: {author}\n'
        f"from: {url}\ntags: [ {author} ]\ncategories: [ {author} ]\n---\n<!--1595411595000-->\n"
        f"[标题]({url})\n------\n\n<div>\n{body}\n</div>\n"
    )


@pytest.mark.parametrize(
    ("name", "publisher_id"),
    [("路透", "reuters"), ("金融时报", "ft"), ("RTI 中央廣播電臺", "rti"), ("FT中文网", "ft")],
)
def test_news_agencies_and_papers_in_the_table(name: str, publisher_id: str) -> None:
    found = TABLE.by_name(name)
    assert found is not None
    assert found.id == publisher_id


@pytest.mark.parametrize(
    ("url", "publisher_id"),
    [
        ("https://cn.reuters.com/article/hotel-china-marriott-opening-job-0722-idCNKCS24N0CR", "reuters"),
        ("https://cn.ft.com/story/001088664?full=y", "ft"),
        ("https://www.ftchinese.com/story/001088664", "ft"),
        ("https://www.rti.org.tw/news/view/id/2073123", "rti"),
    ],
)
def test_news_hosts_in_the_table(url: str, publisher_id: str) -> None:
    found = TABLE.by_host(url)
    assert found is not None
    assert found.id == publisher_id


def test_an_agency_named_as_author_is_the_source_not_a_person() -> None:
    article = newsparse.parse(
        _post(
            "<p>路透北京7月22日 - 万豪国际称，随着中国国内旅行回暖，"
            "其大中华地区客房入住率下月料将升至60%。</p>"
            "<p>编译 王凤昌  发稿 朱淑珍</p>",
            author="路透",
            url="https://cn.reuters.com/article/hotel-china-marriott-opening-job-0722-idCNKCS24N0CR",
        )
    )
    assert article.publisher_id == "reuters"
    assert article.source == "路透"
    assert article.authors == ()
    assert dict(article.credits) == {"translator": ("王凤昌",), "editor": ("朱淑珍",)}
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.day) == ("北京", 22)


@pytest.mark.parametrize(
    ("lead", "place", "day"),
    [
        ("路透上海7月22日 - 上海证券交易所周三进行30年来首次指数调整", "上海", 22),
        ("路透东京1月22日 - 距离重新安排至今年举办的东京奥运会开幕还有六个月", "东京", 22),
        ("路透北京7月22日 - 万豪国际(MAR.O)称，随着中国国内旅行回暖", "北京", 22),
    ],
)
def test_wire_lead_datelines(lead: str, place: str, day: int) -> None:
    byline = read_byline([lead, "正文。"])
    assert byline.dateline is not None
    assert (byline.dateline.place, byline.dateline.day) == (place, day)
    assert byline.authors == ()


@pytest.mark.parametrize(
    "lead",
    [
        # a sentence that names a day but is no wire lead: no agency, or no dash after the day
        "上海证券交易所7月22日 - 进行30年来首次指数调整",
        "路透社7月22日报道，上海证券交易所进行指数调整。",
        "据路透上海7月22日报道，上交所进行指数调整。",
    ],
)
def test_no_wire_dateline_without_the_agency_place_day_dash_form(lead: str) -> None:
    assert read_byline([lead, "正文。"]).dateline is None


def test_reuters_attribution_reviewers() -> None:
    found = read_credit_line("编译 张明钧/张涛；审校 孙茉莉/汪红英")
    assert found is not None
    assert found[0] == {"translator": ["张明钧", "张涛"], "reviewer": ["孙茉莉", "汪红英"]}


def test_till_filing_time_is_no_credit() -> None:
    # RTI: "但截至發稿為止，美方尚未說明…" holds 發稿 but names nobody
    assert read_credit_line("但截至發稿為止，美方尚未說明作出這一命令的具體原因。") is None


def test_interview_report_bracket_names_reporters_and_no_place() -> None:
    byline = read_byline(
        [
            "【大纪元2021年01月23日讯】（大纪元记者洪宁、张顿采访报导）中国黑龙江省再次成为新一轮的疫情重灾区。",
            "正文。",
        ]
    )
    assert byline.authors == ("洪宁", "张顿")
    assert byline.dateline is None


def test_interview_report_bracket_with_a_place() -> None:
    byline = read_byline(["（大纪元记者钟元台北采访报导）台湾立法院周三三读通过。", "正文。"])
    assert byline.authors == ("钟元",)
    assert byline.dateline is not None
    assert byline.dateline.place == "台北"


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/7/000097827_piclink.jpg",
            "https://thumbor.ftacademy.cn/unsafe/picture/7/000097827_piclink.jpg",
        ),
        (
            "https://img.example.com/unsafe/fit-in/300x0/filters:quality(80)/https://cdn.example.com/a.jpg",
            "https://cdn.example.com/a.jpg",
        ),
        # no address inside: it is the original
        (
            "https://thumbor.ftacademy.cn/unsafe/picture/7/000097827_piclink.jpg",
            "https://thumbor.ftacademy.cn/unsafe/picture/7/000097827_piclink.jpg",
        ),
        # an unsafe inner address is never returned
        (
            "https://img.example.com/unsafe/300x0/javascript:alert(1)",
            "https://img.example.com/unsafe/300x0/javascript:alert(1)",
        ),
    ],
)
def test_thumbor_resizer_addresses_are_unwrapped(url: str, original: str) -> None:
    assert unwrap_proxy(url) == original


def test_reuters_trust_badge_is_dropped() -> None:
    article = newsparse.parse(
        _post(
            '<div class="StandardArticleBody_body">'
            "<p>路透上海7月22日 - 上海证券交易所周三进行30年来首次指数调整，"
            "但批评人士指出，这些调整仍力有未逮。 </p>"
            '<div class="StandardArticleBody_trustBadgeContainer">'
            '<span class="StandardArticleBody_trustBadgeTitle">'
            '我们的标准：</span><span class="trustBadgeUrl"><a href="https://www.thomsonreuters.cn/content/dam/'
            'openweb/documents/pdf/china/brochures/about-us-1.pdf">汤森路透“信任原则”</a></span></div></div>',
            author="路透",
            url="https://cn.reuters.com/article/china-shanghai-exchange-stocks-0722-idCNKCS24N17V",
        )
    )
    assert "信任原则" not in article.text
    assert "我们的标准" not in article.text
    assert "首次指数调整" in article.text


def test_feed_header_author_over_date() -> None:
    article = newsparse.parse(
        _post(
            "<div><i>William  Yang<br>2020-07-22T07:16:50.329Z</i></div>"
            "<p>(德国之声中文网) 台湾立法院周三 (7月22日) 处理一项由民进党团与时代力量党团做出的提案。</p>"
            "<p>最终立法院院会根据民进党所提出的决议案作表决，以64张同意票通过。</p>",
            author="德国之声",
            url="https://www.dw.com/zh/a-54260645",
        )
    )
    assert article.authors == ("William Yang",)
    assert "William" not in article.text
    assert "2020-07-22T07" not in article.text


def test_two_lines_that_are_not_a_name_over_a_date_stay() -> None:
    # a short heading over a date is no author header
    article = newsparse.parse(
        _post(
            "<div><i>更新<br>2020-07-22T07:16:50.329Z</i></div>"
            "<p>(德国之声中文网) 台湾立法院周三 (7月22日) 处理一项由民进党团与时代力量党团做出的提案。</p>",
            author="德国之声",
            url="https://www.dw.com/zh/a-54260645",
        )
    )
    assert article.authors == ()


@pytest.mark.parametrize(
    "text",
    [
        "另据路透社报道，乌克兰总统泽连斯基今年十月在接受韩国广播公司采访时表示",
        "据《金融时报》，这本书最初试图揭示标志性独裁者的私人内幕",
    ],
)
def test_quoting_an_agency_or_paper_does_not_make_it_the_publisher(text: str) -> None:
    assert TABLE.in_text(text) is None


def test_an_agency_photo_credit_names_no_reporter() -> None:
    # RFA: <span class="copyright">路透资料照片</span> beside the lead image
    assert read_credit_line("路透资料照片") is None
