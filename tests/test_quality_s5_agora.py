"""General rules shown by RSS-importer archives (agorahub/news0, agora0/news), on their real snippets."""

from __future__ import annotations

import lxml.html
import pytest

from newsparse.document import Document
from newsparse.fields.bylines import _stamp_dateline, read_byline, read_credit_line
from newsparse.fields.images import is_decorative
from newsparse.fields.publisher import author_field, identify_publisher
from newsparse.html.rules.contentless import _is_stray_letter
from newsparse.html.rules.date_lines import _DATE_LINE


def test_an_author_field_that_is_a_whole_byline_names_reporters_and_the_newsroom() -> None:
    doc = Document("jekyll", front_matter={"author": "端传媒记者 林怡廷、许芷君、秦轩 发自缅甸仰光"})
    assert author_field(doc) == (["林怡廷", "许芷君", "秦轩"], "端传媒")


def test_filed_from_is_not_part_of_the_place() -> None:
    found = read_credit_line("端传媒记者 林怡廷、许芷君、秦轩 发自缅甸仰光")
    assert found is not None
    assert found[1] is not None
    assert found[1].place == "缅甸仰光"


def test_an_agency_stamp_gives_the_dateline() -> None:
    byline = read_byline(["【共同社伦敦1月31日电】英国政府30日宣布，将正式申请加入TPP。"])
    assert byline.dateline is not None
    assert (byline.dateline.place, byline.dateline.day) == ("伦敦", 31)
    assert _stamp_dateline("大纪元2022年08月25日讯") is None


def test_pipe_separated_one_character_credits() -> None:
    found = read_credit_line("译 | 宋无忧 校 | 司空宽淑 责任编辑 | 芮荣俊 查看其它新闻")
    assert found == ({"translator": ["宋无忧"], "reviewer": ["司空宽淑"], "editor": ["芮荣俊"]}, None)


@pytest.mark.parametrize("line", ["学校：张三", "校友 | 李四", "翻译软件 译 文"])
def test_one_character_labels_need_to_stand_alone(line: str) -> None:
    found = read_credit_line(line)
    assert found is None or "reviewer" not in found[0]


@pytest.mark.parametrize(
    ("category", "publisher_id"),
    [("initium", "initium"), ("kyodo", "kyodo"), ("joins", "joins"), ("rss", None)],
)
def test_the_feed_category_names_the_publisher(category: str, publisher_id: str | None) -> None:
    found = identify_publisher(Document("jekyll", front_matter={"categories": [category]}))
    assert (found.id if found else None) == publisher_id


def test_a_default_avatar_is_no_article_image() -> None:
    box = lxml.html.fromstring(
        '<div class="profile-images"><img src="https://chinese.joins.com/image/newsroom/default-user.png"'
        ' alt="全秀真 记者"></div>'
    )
    assert is_decorative(box[0])
    photo = lxml.html.fromstring(
        '<img src="https://chinese.joins.com/news/photo/202101/100203_83112_2612.jpg">'
    )
    assert not is_decorative(photo)


def test_a_dotted_date_line() -> None:
    assert _DATE_LINE.match("2021.01.29 17:32")
    assert not _DATE_LINE.match("2021.01.29 他说")


@pytest.mark.parametrize(("text", "stray"), [("v", True), ("1", False), ("一", False), ("ok", False)])
def test_a_paragraph_of_one_latin_letter_is_a_stray_keystroke(text: str, stray: bool) -> None:
    assert _is_stray_letter(text) is stray
