"""Bylines, credits and datelines (newsparse.fields.bylines), form by form."""

from __future__ import annotations

import pytest

from newsparse.fields.bylines import (
    is_person_name,
    read_byline,
    read_credit_line,
    split_name_place,
    split_names,
)

BODY = "這是正文的第一段，內容足夠長，不會被當成署名行或者日期行來讀取，所以只有導語的括號會被讀。"


@pytest.mark.parametrize(
    ("lead", "authors", "place", "day"),
    [
        ("（中央社記者廖禹揚首爾17日專電）美國、日本及南韓", ["廖禹揚"], "首爾", 17),
        ("（中央社記者張謙香港22日電）跟隨美國方面大幅升息", ["張謙"], "香港", 22),
        ("（中央社台北24日電）中國最新一期貸款市場報價利率", [], "台北", 24),
        ("（中央社布魯塞爾1日綜合外電報導） 歐洲聯盟", [], "布魯塞爾", 1),
        ("（中央社記者林芳如、楊堯茹台北17日電）立法院", ["林芳如", "楊堯茹"], "台北", 17),
        ("（中央社記者廖禹揚水原17日專電）南韓", ["廖禹揚"], "水原", 17),
        ("【大纪元2022年08月25日讯】（大纪元记者钟元台北报导）中华民国行政院长", ["钟元"], "台北", 25),
        ("(大纪元记者徐简综合报导)美国", ["徐简"], None, None),
        ("华盛顿 — 美国国务院周三表示", [], "华盛顿", None),
    ],
)
def test_lead_bylines(lead: str, authors: list[str], place: str | None, day: int | None) -> None:
    byline = read_byline([lead + BODY, BODY])
    assert list(byline.authors) == authors
    if place is None:
        assert byline.dateline is None
    else:
        assert byline.dateline is not None
        assert (byline.dateline.place, byline.dateline.day) == (place, day)


@pytest.mark.parametrize(
    "lead",
    [
        "（德国之声中文网）欧洲统计局周一通报说",
        "（路透社）美國聯準會",
        "（本报讯）今天",
        "日本经济新闻（中文版：日经中文网）走访了北京市与河北省。",
        "记者针对亚洲的技术创新等采访了美国雅虎联合创始人",
    ],
)
def test_leads_that_name_no_one(lead: str) -> None:
    byline = read_byline([lead + BODY, BODY])
    assert byline.authors == ()
    assert byline.dateline is None


@pytest.mark.parametrize(
    ("closing", "authors", "credits", "place"),
    [
        (
            "北韓今天發表聲明。（譯者：鄭詩韻/核稿：陳昱婷）",
            [],
            {"translator": ["鄭詩韻"], "reviewer": ["陳昱婷"]},
            None,
        ),
        ("以及緊密合作。（編輯：陳惠珍）", [], {"editor": ["陳惠珍"]}, None),
        ("真正痛點。（編輯：李雅雯/邱國強）", [], {"editor": ["李雅雯", "邱國強"]}, None),
        ("责编：许书婷、何平 网编：瑞哲", [], {"editor": ["许书婷", "何平"], "web_editor": ["瑞哲"]}, None),
        (
            "自由亚洲电台记者黄春梅 台北报道 责编 许书婷 温晓平 网编 瑞哲",
            ["黄春梅"],
            {"editor": ["许书婷", "温晓平"], "web_editor": ["瑞哲"]},
            "台北",
        ),
        ("记者：王允 责编：何平 网编：瑞哲", ["王允"], {"editor": ["何平"], "web_editor": ["瑞哲"]}, None),
        ("责任编辑：叶紫微", [], {"editor": ["叶紫微"]}, None),
        ("记者为日本经济新闻（中文版：日经中文网）远藤淳", ["远藤淳"], {}, None),
        ("日本经济新闻（中文版：日经中文网）原田逸策 北京", ["原田逸策"], {}, "北京"),
        ("美国之音记者李逸华 华盛顿报道", ["李逸华"], {}, "华盛顿"),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], {}, None),
        ("文/长平", ["长平"], {}, None),
    ],
)
def test_closing_credit_lines(
    closing: str, authors: list[str], credits: dict[str, list[str]], place: str | None
) -> None:
    byline = read_byline([BODY, BODY, closing])
    assert list(byline.authors) == authors
    assert {role: list(names) for role, names in byline.credits.items()} == credits
    assert (byline.dateline.place if byline.dateline else None) == place


@pytest.mark.parametrize(
    "line",
    [
        "他对记者说：“我们会继续努力。”",
        "记者：谢谢。",
        "美联社记者张三对本文亦有贡献。",
        "(本文依据了美联社的报道。)",
        "Photo: RFA",
        "图像来源，AFP",
        "编辑推荐",
    ],
)
def test_lines_that_are_not_credits(line: str) -> None:
    assert read_credit_line(line) is None


def test_photographers_from_credits_and_captions() -> None:
    byline = read_byline(
        [BODY],
        extra_lines=["Photograph by Raul Ariano for The Wall Street Journal", "图片来源：Eric Constantineau"],
        captions=["總統蔡英文出席活動。（中央社記者王飛華攝）", "杨致远"],
    )
    assert dict(byline.credits) == {"photographer": ("Raul Ariano", "王飛華")}
    assert byline.authors == ()


def test_a_quoted_wire_story_deep_in_the_text_is_not_the_lead() -> None:
    digest = [BODY, "（中央社首爾30日綜合外電報導）北約秘書長"]
    assert read_byline(digest).dateline is None


def test_name_helpers() -> None:
    assert split_names("许书婷 温晓平") == ["许书婷", "温晓平"]
    assert split_names("张三和李四") == ["张三", "李四"]
    assert split_names("鲁斯捷姆·乌梅罗夫") == ["鲁斯捷姆·乌梅罗夫"]
    assert split_names("路透社") is None
    assert split_name_place("钟元台北") == ("钟元", "台北")
    assert split_name_place("李明峻") == ("李明峻", None)
    assert is_person_name("秦醒驪")
    assert is_person_name("Jane Doe")
    assert not is_person_name("法广")
    assert not is_person_name("Reuters")
    assert not is_person_name("Nei.st")


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # RFA closes with the reporter and editors on one line, joined by an enumeration comma
        (
            "记者：高锋、责编：许书婷 陈美华 嘉远 网编：瑞哲",
            {"author": ["高锋"], "editor": ["许书婷", "陈美华", "嘉远"], "web_editor": ["瑞哲"]},
        ),
        # Nikkei's reporter line with a five-character Japanese name and the filing place
        ("日本经济新闻（中文版：日经中文网）盐崎健太郎 北京", {"author": ["盐崎健太郎"]}),
        # a photo credit names the photographer, not an author, with or without brackets
        ("记者柳飞拍摄", {"photographer": ["柳飞"]}),
        ("（中央社記者王飛華攝）", {"photographer": ["王飛華"]}),
    ],
)
def test_credit_line_forms_shared_by_publishers(line: str, roles: dict[str, list[str]]) -> None:
    found = read_credit_line(line)
    assert found is not None
    assert found[0] == roles


def test_long_names_only_where_the_line_vouches_for_a_name() -> None:
    assert split_names("盐崎健太郎") is None
    assert split_names("盐崎健太郎", long_names=True) == ["盐崎健太郎"]
    found = read_credit_line("日本经济新闻（中文版：日经中文网）盐崎健太郎 北京")
    assert found is not None
    assert found[1] is not None
    assert found[1].place == "北京"


def test_a_caption_photo_credit_with_a_two_character_verb() -> None:
    byline = read_byline([BODY], captions=["香港议会发起人袁弓夷在温哥华介绍香港议会选举。 (记者柳飞拍摄)"])
    assert dict(byline.credits) == {"photographer": ("柳飞",)}
    assert byline.authors == ()


def test_a_wire_dateline_with_spaces_around_the_dash_names_an_unlisted_place() -> None:
    # VOA: "里约热内卢 — 自2012年电动汽车进入巴西以来…" (the place is not in places.txt)
    byline = read_byline(["里约热内卢 — 自2012年电动汽车进入巴西以来，它的销售量一直缓慢增长。", BODY])
    assert byline.dateline is not None
    assert (byline.dateline.place, byline.dateline.day) == ("里约热内卢", None)
    # without the spaces the form is too loose for a place nobody listed
    assert read_byline(["据悉—消息称市场走弱。", BODY]).dateline is None
