"""Round 6 (owed2f): staff bylines, pen names, role words, language and Korean papers' "=" credits.

Real snippets from 眾新聞 (hkarchivist/hkcnews-article-archive), agorahub/pen0's columns and
朝鲜日报's Chinese edition (agora0/2510), each with near misses that must not match.
"""

from __future__ import annotations

import pytest

from newsparse.assemble import detect_language
from newsparse.document import Document
from newsparse.fields.bylines import has_credit_word, read_byline, read_credit_line, split_names
from newsparse.fields.publisher import author_field, column_writer
from newsparse.publishers import TABLE

# --- a. a newsroom's staff byline: no author, the newsroom as the source ---------------------


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("眾新聞記者", ([], "眾新聞")),  # 080, 081, 089: "HKCNews reporter"
        ("众新闻记者", ([], "众新闻")),
        ("新京报编辑部", ([], "新京报")),  # a newsroom word ends the name
        ("端传媒报道组", ([], "端传媒")),
        ("端传媒记者 林怡廷、许芷君、秦轩 发自缅甸仰光", (["林怡廷", "许芷君", "秦轩"], "端传媒")),  # 027
    ],
)
def test_a_staff_byline_names_no_author_and_its_newsroom_is_the_source(
    field: str, expected: tuple[list[str], str]
) -> None:
    assert author_field(Document("jekyll", front_matter={"author": field})) == expected


@pytest.mark.parametrize(
    "field",
    [
        "本報記者",  # "this paper's reporter": names no newsroom
        "張三記者",  # a name before the role is no newsroom
    ],
)
def test_near_misses_of_staff_bylines_stay_as_they_were(field: str) -> None:
    assert author_field(Document("jekyll", front_matter={"author": field})) == ([], field)


def test_a_person_in_the_author_field_is_still_an_author() -> None:
    assert author_field(Document("jekyll", front_matter={"author": "甄港彰"})) == (["甄港彰"], None)


# --- b. a column's pen name is its writer -------------------------------------------------------

_WRITER_BOX = (
    "![博客 | 骷髏小姐在挪威](https://web.archive.org/web/20210712002405im_/https://www.hkcnews.com/"
    "uploads/avatars/62c82bf5.png)\n\n**博客 | 骷髏小姐在挪威**\n\n【骷髏小姐・骷髏小姐在挪威】…"
)


def test_a_site_s_own_column_names_its_writer() -> None:
    # agorahub/pen0 087: no URL, no publisher, "author: 当代张敬轩"
    doc = Document("jekyll", front_matter={"author": "当代张敬轩"}, body="战争一方是俄罗斯帝国主义……")
    assert column_writer("当代张敬轩", doc, None)


def test_a_blog_labelled_on_the_page_names_its_writer() -> None:
    # 眾新聞 084: the writer box labels the blog "博客 | 骷髏小姐在挪威"
    doc = Document("jekyll", url="https://www.hkcnews.com/article/250/x", body="正文……\n\n" + _WRITER_BOX)
    assert column_writer("骷髏小姐在挪威", doc, TABLE.by_id("hkcnews"))


@pytest.mark.parametrize(
    ("name", "url", "body", "publisher_id"),
    [
        # CDT's reposting account: a feed with a URL, no label names it as a column
        (
            "翻翻更健康",
            "https://chinadigitaltimes.net/chinese/662531.html",
            "<p>点击 Shdowrocket……</p>",
            "cdt",
        ),
        # the name on a news site without a blog label
        ("骷髏小姐在挪威", "https://www.hkcnews.com/article/250/x", "正文提到骷髏小姐在挪威。", "hkcnews"),
        # group accounts and organisations, even labelled as a blog
        ("師潮作者群", "https://www.hkcnews.com/article/10500/x", "**博客 | 師潮作者群**", "hkcnews"),
        ("好青年荼毒室 — 哲學部", None, "", None),
        ("中国人权研究中心", None, "", None),
        ("眾新聞記者", None, "", None),  # a role, not a pen name
        ("Yeeyan", None, "", None),  # Latin names: platform_account's business
    ],
)
def test_near_misses_of_pen_names_stay_sources(
    name: str, url: str | None, body: str, publisher_id: str | None
) -> None:
    publisher = TABLE.by_id(publisher_id) if publisher_id else None
    assert not column_writer(name, Document("jekyll", url=url, body=body), publisher)


def test_a_writing_platform_account_that_the_post_names_is_no_pen_name() -> None:
    platform = TABLE.by_id("matters")
    assert platform is not None
    assert platform.writing_platform
    assert column_writer("翻翻看", Document("jekyll", body="<p>一篇文章</p>"), platform)
    assert not column_writer("翻翻看", Document("jekyll", body="<p>翻翻看原创</p>"), platform)


# --- c. role words are never names --------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["製圖", "制图", "攝影", "摄影", "編輯", "编辑", "翻譯", "翻译", "插画", "设计"]
)
def test_role_words_are_no_names(word: str) -> None:
    assert split_names(word) is None
    assert has_credit_word(word)


def test_a_publisher_s_graphic_credit_names_no_reporter() -> None:
    # 081's caption "眾新聞製圖。（左圖攝於阿均認罪還柙前）": the credit is 眾新聞's, no person's
    assert read_credit_line("眾新聞製圖") is None
    # the organisation-then-name form still reads a reporter
    found = read_credit_line("记者为日本经济新闻（中文版：日经中文网）远藤淳")
    assert found is not None
    assert found[0] == {"author": ["远藤淳"]}


# --- d. language ----------------------------------------------------------------------------

# agorahub/pen0 086: a Chinese report of a Tokyo rally quoting a Japanese slogan
_RALLY = (
    "她的家人们被强制收容进了再教育营，2017年至今无法联系到自己的家人。她高喊：ウイグル人に自由を！"
    "（给维吾尔人自由），在场人群也跟随其口号高喊：ウイグル人に自由を！"
)
# the Constitution of Japan, preamble: kanji-heavy Japanese
_CONSTITUTION = (
    "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、"
    "諸国民との協調による成果と、わが国全土にわたつて自由のもたらす恵沢を確保し、政府の行為によつて"
    "再び戦争の惨禍が起ることのないやうにすることを決意し、ここに主権が国民に存することを宣言し、"
    "この憲法を確定する。"
)


def test_chinese_quoting_japanese_is_chinese() -> None:
    assert detect_language("东京集会声援白纸运动\n" + _RALLY * 3 + "集会区域人多到看不到尽头。" * 20) == "zh"


@pytest.mark.parametrize("text", [_CONSTITUTION, "日本の首相", "ウイグル人に自由を！"])
def test_japanese_stays_japanese(text: str) -> None:
    assert detect_language(text) == "ja"


# --- e. a bracketed writer credit ------------------------------------------------------------


def test_a_bracketed_writer_credit_names_the_author() -> None:
    # 082 (眾新聞's group blog 師潮作者群) opens "【撰文：素心】"
    byline = read_byline(
        ["【撰文：素心】", "全城準備送雞迎犬，滿滿的祝福都貼在牆上的時候，發生了傷亡慘重的交通意外"]
    )
    assert byline.authors == ("素心",)


def test_a_column_label_in_brackets_is_no_byline() -> None:
    # the writer box's bio opens with the column's label
    byline = read_byline(["正文。", "【師潮】我們主要是一群中文教師"])
    assert byline.authors == ()


# --- f. Korean papers' "=" credits ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("▲ 插画 = 朴祥勋", {"illustrator": ["朴祥勋"]}),  # 朝鲜日报, 065 and 万物相 (2025-10-01)
        ("▲ 制图=金成奎", {"graphics": ["金成奎"]}),  # 朝鲜日报 (2025-10-01)
        ("插画｜王小明", {"illustrator": ["王小明"]}),  # a WeChat credit block's form
    ],
)
def test_korean_papers_equals_credits(line: str, expected: dict[str, list[str]]) -> None:
    found = read_credit_line(line)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "line",
    [
        "▲ 设于首尔钟路区的Yonhap Infomax的大屏幕正在显示韩国国债收益率。/韩联社",  # a caption
        "a = b",
        "插画师的作品展出",  # the word in a sentence
    ],
)
def test_near_misses_of_equals_credits(line: str) -> None:
    assert read_credit_line(line) is None


def test_an_equals_credit_as_a_caption_is_read() -> None:
    byline = read_byline(["金正日与电影演员成蕙琳同居，生下了长子金正男。"], captions=["▲ 插画 = 朴祥勋"])
    assert byline.credits == {"illustrator": ("朴祥勋",)}
    assert (
        read_byline(["正文。"], captions=["▲ 30日，蔚山南区某行政福利中心的居民们正在排队。/News1"]).credits
        == {}
    )
