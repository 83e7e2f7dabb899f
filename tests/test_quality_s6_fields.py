"""Bylines of WeChat-born articles reposted on writing platforms (s6 fields round), on snippets of
the real posts: 《人物》's interview reposted on Matters (NodeBE4/teahouse 2020-03-10, unseen 060)
and a 燕京书评 excerpt on m.allnow.com (NodeBE4/oped2 2020-10-15, unseen 061)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.fields.bylines import labelled_writers, read_byline, read_credit_line

# the top of 060: the reposter's note, the editor's note, a bare name line, the standfirst,
# then the magazine's credit block, one credit a paragraph
_RENWU_TOP = [
    "原文在微信上秒删",
    "编者按：此文系《人物》杂志公众号文章，因为原文在当日11:40左右被删除。",
    "龚菁琦",
    "2019年12月30日，艾芬曾拿到过一份不明肺炎病人的病毒检测报告，她用红色圈出「SARS冠状病毒」字样。",
    "这给艾芬带来了麻烦，作为传播的源头，她被医院纪委约谈，遭受了「前所未有的、严厉的斥责」。",
    "这是《人物》3月刊封面《武汉医生》的第二篇报道。",
    "文｜龚菁琦",
    "编辑｜金石",
    "摄影｜尹夕远",
    "接到武汉市中心医院急诊科主任艾芬同意采访的短信是3月1日凌晨5点，大约半小时后。",
    "死亡的阴影笼罩着这家武汉市最大的三甲医院。",
    "悲剧原本有机会避免。",
    "关于武汉市中心医院和艾芬本人在过去的两个多月中到底经历了什么？",
    "作为武汉人，我们哪一个不热爱自己的城市？",
]


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("作者丨郭雪妮", {"author": ["郭雪妮"]}),  # 丨 U+4E28, an ideograph drawn as a bar
        ("文｜龚菁琦", {"author": ["龚菁琦"]}),
        ("编辑｜金石", {"editor": ["金石"]}),
        ("摄影｜尹夕远", {"photographer": ["尹夕远"]}),
        ("文丨张三 编辑丨李四", {"author": ["张三"], "editor": ["李四"]}),
    ],
)
def test_wechat_bars_separate_a_label_from_its_names(line: str, roles: dict[str, list[str]]) -> None:
    found = read_credit_line(line)
    assert found is not None
    assert found[0] == roles


def test_a_bar_inside_a_word_is_no_label() -> None:
    # 061's first caption names the imprint: "九色鹿丨社会科学文献出版社" is no credit of a person
    assert read_credit_line("郭雪妮著，九色鹿丨社会科学文献出版社2020年8月版") is None
    assert read_credit_line("学校丨北京") is None  # "校" ends a word here; it is no reviewer label


def test_a_credit_block_below_the_standfirst_is_read() -> None:
    byline = read_byline(_RENWU_TOP)
    assert byline.authors == ("龚菁琦",)
    assert byline.credits == {"editor": ("金石",), "photographer": ("尹夕远",)}


def test_a_lone_label_line_in_the_body_is_not_a_block() -> None:
    paragraphs = [p for p in _RENWU_TOP if p not in ("文｜龚菁琦", "摄影｜尹夕远")]
    byline = read_byline(paragraphs)
    assert byline.authors == ()
    assert "editor" not in byline.credits


def test_a_block_far_down_the_body_is_not_read() -> None:
    filler = [f"第{i}段正文，艾芬讲述了那段时间急诊科的状况，经历过的人一辈子都忘不了。" for i in range(12)]
    paragraphs = _RENWU_TOP[:2] + filler + _RENWU_TOP[6:9] + filler
    assert read_byline(paragraphs).authors == ()


def test_labelled_writers() -> None:
    lead = "在世界文学史上，并非任何一座城市都能成为文学家反复描述的样本。"
    assert labelled_writers(["作者丨郭雪妮", lead]) == ["郭雪妮"]
    assert labelled_writers(_RENWU_TOP) == ["龚菁琦"]
    # a reporter line is no writer's label (Nikkei keeps its feed author, 王 征)
    assert labelled_writers(["记者为日本经济新闻（中文版：日经中文网）原田逸策 北京"]) == []
    assert labelled_writers(["编辑｜金石", "正文"]) == []


def _allnow_post(author: str, body: str) -> str:
    return (
        '---\nlayout: post\ntitle: "“小中华”的“长安梦”：日本人的焦虑想象与乡愁记忆"\n'
        f"date: 2020-10-15T11:25:51.000Z\nauthor: {author}\n"
        "from: https://m.allnow.com/post/5f88217a3a3e102778286788\n"
        "tags: [ 燕京书评 ]\ncategories: [ 燕京书评 ]\n---\n<!--1602761151000-->\n\n"
        f"<div>\n{body}\n</div>\n"
    )


_YANJING_BODY = (
    "<p>作者丨郭雪妮</p><p> </p><p>在世界文学史上，并非任何一座城市都能成为文学家反复描述与表现的样本，"
    "历史、地理和政治因素对于文学中的异国形象的塑造，具有不可低估的作用。</p>"
    "<p><em>注：本文摘自郭雪妮《从长安到日本：都城空间与文学考古》中的《终章》，由社会科学文献出版社授权刊发。</em></p>"
)


def test_an_author_field_the_labelled_text_never_names_is_the_poster() -> None:
    article = newsparse.parse(_allnow_post("萧小壹", _YANJING_BODY))
    assert article.authors == ("郭雪妮",)
    assert article.source is None


def test_an_author_field_the_text_names_stays_an_author() -> None:
    body = _YANJING_BODY.replace("<p> </p>", "<p>萧小壹 译</p>")
    assert newsparse.parse(_allnow_post("萧小壹", body)).authors == ("郭雪妮", "萧小壹")


def test_without_a_writers_label_the_author_field_stays_an_author() -> None:
    # corpus 009_yanjing: the account 曾梦龙 is its own writer, the text has no byline
    body = _YANJING_BODY.replace("<p>作者丨郭雪妮</p>", "")
    assert newsparse.parse(_allnow_post("曾梦龙", body)).authors == ("曾梦龙",)


_RTHK_BODY = (
    "正在南韓的行政長官李家超表示，出席APEC會議期間有同國家主席習近平交談。\r\n\r\n"
    "李家超表示，習近平很關心重視香港。\n"
)


def _rthk_post(front: str) -> str:
    head = "---\nlayout: post\ntitle: APEC2025｜李家超稱獲習近平鼓勵繼續做好工作\n"
    return f"{head}date: 2025-11-01 16:23:40.000000000 +08:00\n{front}---\n\n{_RTHK_BODY}"


@pytest.mark.parametrize(
    "front",
    [
        "link: https://news.rthk.hk/rthk/ch/component/k2/1829699-20251101.htm\ncategories: rthk\n",
        "link: https://news.rthk.hk/rthk/ch/component/k2/1829699-20251101.htm\n",  # the host
        "categories: rthk\n",  # the feed name
    ],
)
def test_rthk_is_known_by_its_host_and_its_feed_name(front: str) -> None:
    article = newsparse.parse(_rthk_post(front))
    assert article.publisher_id == "rthk"
    assert article.publisher == "香港電台"


def test_a_text_quoting_rthk_is_not_rthks() -> None:
    # a CNA item (nodenews/waimei 2021-01-22) quotes RTHK; with no feed name or address the
    # quote names no publisher (RTHK is cited by others), as the RSS item 035 names none
    body = (
        "中國13屆全國人大常委會25次會議今天在北京閉幕，議程未涉及香港議題。\n\n"
        "會議閉幕後，官方香港電台稍早時引述譚耀宗受訪時表示，他並不清楚中方因應的行動及措施。\n"
    )
    text = "---\nlayout: post\ntitle: 中國人大常委會議閉幕\ncategories: rss\n---\n\n" + body
    assert newsparse.parse(text).publisher_id is None


def _chosun_post(front_date: str, page_time: str, link: bool = True) -> str:
    # agora0/2510 2025-10-01 CHOSUN: the RSS importer's front matter, then the page's date line
    head = "---\nlayout: post\ntitle: 特朗普召集800名将领，称“将升级核武战斗力”\n"
    url = "link: https://cnnews.chosun.com/client/news/viw.asp?nNewsNumb=20251063618&cate=&mcate=\n"
    return (
        f"{head}date: {front_date}\n{url if link else ''}categories: chosun\n---\n\n"
        f'<div>{page_time}  &nbsp;</div><div id="articleBody" itemprop="articleBody">'
        "美国总统唐纳德·特朗普30日在弗吉尼亚州匡提科海军陆战队基地举行的全军指挥部活动上表示"
        "“要升级核武战斗力，但希望永远不要用到它”。<br /><br />当天在包括争议地区在内的全球800余名"
        "美军将领和海军上将面前，特朗普表示：“我已经重建了核武器，但今后还要继续升级。”</div>\n"
    )


def test_chosun_is_known_by_its_host_and_feed_name_in_seoul_time() -> None:
    for link in (True, False):
        article = newsparse.parse(
            _chosun_post("2025-10-01 02:16:04.000000000 +00:00", "2025-10-01&nbsp;09:57", link)
        )
        assert article.publisher_id == "chosun"
        assert article.publisher == "朝鲜日报"


def test_the_time_the_page_shows_beats_a_later_feed_time() -> None:
    article = newsparse.parse(_chosun_post("2025-10-01 02:16:04.000000000 +00:00", "2025-10-01&nbsp;09:57"))
    assert article.published is not None
    assert article.published.isoformat() == "2025-10-01T09:57:00+09:00"
    notes = {c.source: c.note for c in article.date_candidates}
    assert notes["front_matter"] == "same day, another time"
    assert notes["body_line"].startswith("chosen: the time the page shows")


def test_a_feed_time_within_the_pages_minute_refines_it() -> None:
    # the page's 09:57 and a front-matter 00:57:30Z agree to the minute: the seconds are kept
    article = newsparse.parse(_chosun_post("2025-10-01 00:57:30.000000000 +00:00", "2025-10-01&nbsp;09:57"))
    assert article.published is not None
    assert article.published.isoformat() == "2025-10-01T00:57:30+00:00"


def test_a_feed_time_never_displaces_another_feed_time() -> None:
    # a front-matter time with milliseconds and a later comment stamp on the same day (联合早报
    # in nodenews/waimei writes both): no page time, so the most precise is kept, as before
    text = (
        "---\nlayout: post\ntitle: 中国外交部：单边制裁如回旋镖迟早飞回去\n"
        "date: 2021-01-22T09:17:48.933Z\nauthor: 联合早报\n"
        "from: https://www.zaobao.com/realtime/china/story20210122-1118441\n---\n"
        "<!--1611310000000-->\n\n<div><p>中国外交部发言人华春莹就美国指责中国制裁时说，单边制裁损人害己。</p></div>\n"
    )
    article = newsparse.parse(text)
    assert article.published is not None
    assert article.published.isoformat() == "2021-01-22T09:17:48.933000+00:00"


def test_a_text_quoting_the_chosun_ilbo_is_not_its() -> None:
    text = (
        "---\nlayout: post\ntitle: 標題\ncategories: rss\n---\n\n"
        "据韩国《朝鲜日报》报道，韩国政府计划扩大消费券发放范围。\n\n另据朝鲜日报消息，相关预算已提交国会。\n"
    )
    assert newsparse.parse(text).publisher_id is None


_NHK_HEAD = (
    "---\nlayout: post\ntitle: 日本拟向亚非四国提供警戒监视设备\ndate: 2024-12-01 13:11:02.000000000 +08:00\n"
)
_NHK_BODY = (
    '<div><img src="https://www3.nhk.or.jp//nhkworld/upld/thumbnails/en/news/20241130_16_1465619_L.jpg">'
    '<small style="color: gray;">Japan to provide defense equipment for 4 countries in Asia and Africa'
    "</small>"
    "</div>为推进安全领域的合作，日本政府打算通过OSA机制，向亚洲和非洲的四个国家提供用于警戒监视活动的设备。\n"
)


@pytest.mark.parametrize(
    "front",
    [
        "link: https://nwapi.nhk.jp/nhkworld/rdnewsweb/v6b/zh/detail/20241130_16.json\ncategories: nhk\n",
        "link: https://www3.nhk.or.jp/nhkworld/zh/news/20241130_16/\n",  # the host
        "categories: nhk\n",  # the feed name
    ],
)
def test_nhk_is_known_by_its_hosts_and_its_feed_name(front: str) -> None:
    head = _NHK_HEAD
    article = newsparse.parse(f"{head}{front}---\n\n{_NHK_BODY}")
    assert article.publisher_id == "nhk"


def test_nhks_story_day_beats_the_importers_batch_time() -> None:
    # agora0/2412: every NHK item of the batch has the front matter 2024-12-01 13:11:02 +08:00;
    # the API address names the story's day, 20241130, in Tokyo
    head = _NHK_HEAD
    link = "link: https://nwapi.nhk.jp/nhkworld/rdnewsweb/v6b/zh/detail/20241130_16.json\ncategories: nhk\n"
    article = newsparse.parse(f"{head}{link}---\n\n{_NHK_BODY}")
    assert article.published is not None
    assert article.published.isoformat() == "2024-11-30T00:00:00+09:00"


def test_a_text_quoting_nhk_is_not_nhks() -> None:
    text = (
        "---\nlayout: post\ntitle: 標題\ncategories: rss\n---\n\n"
        "据日本NHK报道，日本政府打算向亚洲和非洲的四个国家提供设备。\n\nNHK说，预计近期将与各国正式达成协议。\n"
    )
    assert newsparse.parse(text).publisher_id is None
