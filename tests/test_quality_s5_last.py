"""What the agora0 / agorahub archives made with jekyll-import's RSS importer still needed (the
fixes the s5 vocus and agora rounds asked for), on snippets of the real posts."""

from __future__ import annotations

import pytest

import newsparse


def _post(front: str, body: str) -> str:
    head = "---\nlayout: post\ntitle: 標題\ndate: 2018-04-18 14:09:26.000000000 +00:00\n"
    return f"{head}{front}---\n\n{body}\n"


_VOCUS_BODY = "<p>當我只是個小孩的時候，學習馬雅文化的第一個難題，就是許多專有名詞。</p>"


def test_the_rss_importers_link_key_is_the_url() -> None:
    # agora0/post 2018-04-18 【馬雅基本常識】地形篇 (方格子 vocus)
    text = _post(
        "link: https://vocus.cc/article/5ad75196fd89780001a9be7f\n"
        "categories: vocus\ntags: blog\nauthor: 馬雅人\n",
        _VOCUS_BODY,
    )
    assert newsparse.parse(text).url == "https://vocus.cc/article/5ad75196fd89780001a9be7f"


def test_from_and_url_come_before_link() -> None:
    text = _post("url: https://vocus.cc/article/a\nlink: https://vocus.cc/article/b\n", _VOCUS_BODY)
    assert newsparse.parse(text).url == "https://vocus.cc/article/a"
    text = _post("from: https://vocus.cc/article/c\nlink: https://vocus.cc/article/b\n", _VOCUS_BODY)
    assert newsparse.parse(text).url == "https://vocus.cc/article/c"


_NYT_FIGURE = (
    '<figure><img src="https://static01.nyt.com/images/2025/10/31/multimedia/31int-apec-china-fztm/'
    '31int-apec-china-fztm-master1050.jpg"><figcaption>在庆州一家餐馆的电视屏幕上，播放着特朗普总统与中国领导人'
    "习近平的画面。特朗普离开后，习近平成为亚太经合组织峰会上唯一的超级大国领导人。 "
    "<cite>Chang W. Lee/The New York Times</cite></figcaption></figure>"
)
_NYT_PARAGRAPH = "<p>在特朗普总统离开韩国后，中国领导人习近平成了亚太经合组织峰会上唯一的超级大国领导人。</p>"


def test_a_cite_closing_a_figcaption_is_the_photo_credit() -> None:
    # cn.nytimes.com (agora0/2511, 2025-11-01), the first figure
    article = newsparse.parse(_post("", _NYT_FIGURE + _NYT_PARAGRAPH))
    [image] = article.images
    assert image.caption == (
        "在庆州一家餐馆的电视屏幕上，播放着特朗普总统与中国领导人习近平的画面。"
        "特朗普离开后，习近平成为亚太经合组织峰会上唯一的超级大国领导人。"
    )
    assert "Chang W. Lee" not in article.text


def test_a_cite_inside_a_caption_sentence_stays_in_the_caption() -> None:
    figure = (
        '<figure><img src="https://example.com/cover.jpg"><figcaption>'
        "<cite>纽约时报</cite>在2025年11月1日刊登的这张照片引起了讨论。</figcaption></figure>"
    )
    [image] = newsparse.parse(_post("", figure + _NYT_PARAGRAPH)).images
    assert image.caption == "纽约时报在2025年11月1日刊登的这张照片引起了讨论。"


_NYT_LONG = (
    "<p>"
    + "由于特朗普在一天前离开韩国，习近平成为在庆州举行的亚太经济合作组织峰会上唯一的超级大国领导人。" * 6
    + "</p>"
)


def test_an_address_of_names_opening_the_body_is_the_byline() -> None:
    # cn.nytimes.com (agora0/2511, 2025-11-01): the feed item opens with the writers' names
    body = (
        '<address>DAVID PIERSON, BERRY WANG</address><time pudate="2025-11-01 09:30:36">2025年11月1日</time>'
        + _NYT_PARAGRAPH
        + _NYT_LONG
    )
    article = newsparse.parse(
        _post("link: https://cn.nytimes.com/china/20251101/china-apec-trump-trade/\n", body)
    )
    assert article.authors == ("DAVID PIERSON", "BERRY WANG")
    assert "PIERSON" not in article.text


def test_an_address_of_names_closing_the_body_is_the_byline() -> None:
    article = newsparse.parse(_post("", _NYT_PARAGRAPH + _NYT_LONG + "<address>储百亮</address>"))
    assert article.authors == ("储百亮",)
    assert "储百亮" not in article.text


@pytest.mark.parametrize(
    "address",
    [
        # a postal address, a contact block: not names
        "台北市中正區重慶南路一段122號",
        "联系我们：info@example.com",
        # long: never dropped
        "、".join(["王小明", "李大华", "张三丰", "赵子龙", "孙中山", "周树人", "鲁迅"])
        + "，"
        + "与本报记者" * 20,
    ],
)
def test_other_addresses_stay(address: str) -> None:
    article = newsparse.parse(_post("", f"<address>{address}</address>" + _NYT_PARAGRAPH + _NYT_LONG))
    assert article.authors == ()
    assert "".join(address.split())[:10] in "".join(article.text.split())


def test_an_address_of_names_in_the_middle_is_not_a_byline() -> None:
    article = newsparse.parse(_post("", _NYT_LONG + "<address>储百亮</address>" + _NYT_LONG))
    assert article.authors == ()
    assert "储百亮" in article.text


_RTI_TEASER = (
    "柯建銘並說，國民法官法是民進黨推動司法改革的重大里程碑，盼台灣的訴訟能更符合人民期待。"
    "#記者劉玉秋的報導#「國民法官法」在朝野多日表決大戰下完成三讀，將由6名國民法官和3名職業法官「合審合判」。"
)


def test_rtis_reporter_mark_is_the_author_and_leaves_the_text() -> None:
    # www.rti.org.tw/news/view/id/2073047 (2020-07-22), the feed teaser
    article = newsparse.parse(_post("", f"<div>{_RTI_TEASER}</div>"))
    assert article.authors == ("劉玉秋",)
    assert "#" not in article.text
    assert "人民期待。「國民法官法」在朝野" in article.text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("#記者劉玉秋的報導#", ["劉玉秋"]),
        ("#記者劉玉秋報導#", ["劉玉秋"]),
        ("＃记者王小明的报道＃", ["王小明"]),
        ("#記者 劉玉秋、王小明 的報道#", ["劉玉秋", "王小明"]),
        ("#記者會的報導#", None),
        ("#台灣#", None),
    ],
)
def test_report_marks(line: str, names: list[str] | None) -> None:
    from newsparse.fields.bylines import read_credit_line, report_marker_names

    assert report_marker_names(line) == names
    found = read_credit_line(line)
    if names is not None:
        assert found == ({"author": names}, None)


def test_hashtags_that_name_no_reporter_stay() -> None:
    text = "他在社群網站寫下#記者會的報導#與#台灣#兩個標籤，引起許多網友在留言中熱烈討論。"
    article = newsparse.parse(_post("", f"<p>{text}</p>"))
    assert article.authors == ()
    assert "#記者會的報導#" in article.text


_INITIUM_COLUMN = (
    "<p>每逢大的灾难，无论人祸还是天灾，媒体上总会出现两种声音：一种是感动，一种是问责。</p>"
    "<p>上世纪九十年代到本世纪头十年，是都市报兴起、调查报道繁荣的时期。</p>"
)


def test_a_column_titled_writer_colon_title_names_its_writer() -> None:
    # 端传媒 (agorahub/news0 2015-08-14): an empty author field, the writer only in the title
    text = (
        "---\nlayout: post\ntitle: 宋志标：灾难中的感动模式如何取代问责？\n"
        "date: 2015-08-14 04:21:00.000000000 +00:00\ncategories: initium\ntags: blog\nauthor: \n---\n\n"
        + _INITIUM_COLUMN
    )
    assert newsparse.parse(text).authors == ("宋志标",)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a speaker the story names (a news headline)
        (
            "王毅：中方愿同各方加强合作",
            "<p>外交部长王毅周五在北京表示，中方愿同各方加强合作，共同应对挑战。</p>",
        ),
        # who is quoted, not a name (RFA 2024-12-13)
        (
            "流亡人士：回顾新冠疫情 中国欠世界一个交代",
            "<p>近日，在今年4月从中国流亡到美国的青年郭斌接受专访。</p>",
        ),
        # a place, a label
        ("北京：今年首场降雪来了", "<p>今天清晨，首都迎来了今年冬天的第一场雪，气温明显下降。</p>"),
        ("专访：一位老记者的回忆", "<p>他从事新闻工作四十年，见证了这个行业的起落与变化。</p>"),
    ],
)
def test_other_titles_with_a_colon_name_no_writer(title: str, body: str) -> None:
    text = f"---\nlayout: post\ntitle: {title}\ndate: 2015-08-14 04:21:00.000000000 +00:00\n---\n\n{body}\n"
    assert newsparse.parse(text).authors == ()


def test_an_author_found_elsewhere_wins_over_the_title() -> None:
    text = (
        "---\nlayout: post\ntitle: 宋志标：灾难中的感动模式如何取代问责？\n"
        "date: 2015-08-14 04:21:00.000000000 +00:00\nauthor: 张三\n---\n\n" + _INITIUM_COLUMN
    )
    assert newsparse.parse(text).authors == ("张三",)


def _platform_post(categories: str, author: str, body: str) -> str:
    link = "link: https://vocus.cc/article/5e12ebeefd89780001099240\n"
    return _post(f"{link}categories: {categories}\nauthor: {author}\n", body)


_WINE = "<p>參觀過幾個德國酒莊，都有種明明上的了檯面卻又在檯面上看不到的感覺，時常受限於產量。</p>"


def test_a_personal_account_on_a_writing_platform_is_the_writer() -> None:
    # 方格子 vocus (agora0/post 2018-05-18): the account Stevehuang writes in the first person
    article = newsparse.parse(_platform_post("vocus", "Stevehuang", _WINE))
    assert (article.authors, article.source) == (("Stevehuang",), None)


def test_an_organisations_account_names_itself_and_stays_the_source() -> None:
    # Matters (agora0/post 2018-08-14): NGOCN's reprint notice names the account
    notice = (
        "<p><strong>原文为NGOCN原创，首发于NGOCN微信公众号（ID:ngocn05)。"
        "如需转载，请发送邮件到editor@ngocn.net获取授权。</strong></p>"
    )
    article = newsparse.parse(_platform_post("matters", "NGOCN", _WINE + notice))
    assert (article.authors, article.source) == ((), "NGOCN")


def test_an_account_whose_post_a_byline_signs_stays_the_source() -> None:
    article = newsparse.parse(_platform_post("matters", "PlanC", "<p>作者：蓝方</p>" + _WINE))
    assert (article.authors, article.source) == (("蓝方",), "PlanC")


def test_handles_elsewhere_stay_sources() -> None:
    # not a writing platform: a feed's Latin name is its publisher's
    article = newsparse.parse(_post("author: Solidot\n", _WINE))
    assert article.authors == ()
    # an organisation's word in the handle
    article = newsparse.parse(_platform_post("vocus", "CityMedia", _WINE))
    assert (article.authors, article.source) == ((), "CityMedia")


def test_platform_accounts() -> None:
    from newsparse.fields.publisher import platform_account

    assert platform_account("REDBRIC", "<p>最近，經濟學人出了篇文</p>")
    assert not platform_account("Yeeyan", '<p>Translated by <a href="http://www.yeeyan.org/">Yeeyan</a></p>')
    assert not platform_account("好青年荼毒室 — 哲學部", "")
    assert not platform_account("Jane Doe", "")
