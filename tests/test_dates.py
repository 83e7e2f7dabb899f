"""Date evidence and the choice of ``published`` (newsparse.fields.dates).

The corpus has no decades-wrong front-matter date, so those cases are built here from real
posts: a CNA post whose front matter (and stamp) says 2001 while its URL and trailer code say
2023-08-01; a stamp that disagrees; a post with no evidence at all.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

import newsparse
from newsparse.document import Body, BodyLine, Document
from newsparse.fields.dates import resolve_published, search_date
from newsparse.fields.dates.evidence import DateContext, url_date
from newsparse.fields.dates.parse import chinese_dates, precision_of, roc_year
from newsparse.model import Dateline
from tests.conftest import CORPUS, SEEDS

TAIPEI = ZoneInfo("Asia/Taipei")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
CNA_011 = (CORPUS / "011_cna.md").read_text("utf-8")


def chosen(article: newsparse.Article) -> newsparse.DateCandidate:
    (only,) = [c for c in article.date_candidates if c.chosen]
    return only


# -- reading dates from text ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "precision", "assumed"),
    [
        ("Wed, 27 Nov 2024 14:59:13 GMT", "2024-11-27T14:59:13+00:00", "second", False),
        ("2022-07-04T11:04:07.064Z", "2022-07-04T11:04:07.064000+00:00", "millisecond", False),
        ("2014-02-28T13:48:50+01:00", "2014-02-28T13:48:50+01:00", "second", False),
        ("26/07/2022 - 23:30", "2022-07-26T23:30:00+08:00", "minute", True),
        ("更新時間：2023/10/17 14:31", "2023-10-17T14:31:00+08:00", "minute", True),
        ("2022-05-23", "2022-05-23T00:00:00+08:00", "day", True),
        ("2023年10月17日", "2023-10-17T00:00:00+08:00", "day", True),
        ("2023 年 10 月 20 日", "2023-10-20T00:00:00+08:00", "day", True),
        ("民國112年10月17日", "2023-10-17T00:00:00+08:00", "day", True),
        ("112年10月17日", "2023-10-17T00:00:00+08:00", "day", True),
        ("二〇二三年十月十七日", "2023-10-17T00:00:00+08:00", "day", True),
        ("2022年5月23日 星期一 下午3:10", "2022-05-23T15:10:00+08:00", "minute", True),
        ("Nov 27, 2024 10:30 AM", "2024-11-27T10:30:00+08:00", "minute", True),
        ("2024年3月", "2024-03-01T00:00:00+08:00", "month", True),
    ],
)
def test_search_date_reads_every_form(text: str, iso: str, precision: str, assumed: bool) -> None:
    m = search_date(text, TAIPEI)
    assert m is not None
    assert (m.value.isoformat(), m.precision, m.zone_assumed) == (iso, precision, assumed)


def test_numeric_dates_follow_the_publisher_order_only_when_ambiguous() -> None:
    assert search_date("02/03/2023", TAIPEI, day_first=True).value.date() == date(2023, 3, 2)  # type: ignore[union-attr]
    assert search_date("02/03/2023", TAIPEI, day_first=False).value.date() == date(2023, 2, 3)  # type: ignore[union-attr]
    assert search_date("02/28/2014", TAIPEI, day_first=True).value.date() == date(2014, 2, 28)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "no date", "2023年13月40日", "0001-01-01", "22年最高", "1.2.3"])
def test_search_date_refuses_non_dates(text: str) -> None:
    assert search_date(text, TAIPEI) is None


def test_chinese_dates_and_helpers() -> None:
    found = chinese_dates("兩國於1990年9月30日建交，2023年10月17日會談，2024年3月", TAIPEI)
    assert [m.value.date() for m in found] == [date(1990, 9, 30), date(2023, 10, 17)]
    assert roc_year(112) == 2023
    assert precision_of(datetime(2023, 1, 1, 8, 0, 5, tzinfo=timezone.utc)) == "second"


# -- URL evidence ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "tz", "local"),
    [
        ("https://www.cna.com.tw/news/aopl/202308013001.aspx", TAIPEI, "2023-08-01T00:00:00"),
        (
            "https://www.voachinese.com/a/south-korean-leader-20241127/7878666.html",
            NEW_YORK,
            "2024-11-27T00:00:00",
        ),
        ("https://example.org/2023/10/17/story.html", TAIPEI, "2023-10-17T00:00:00"),
        ("https://www.zaobao.com/realtime/china/story20220712-1292002", TAIPEI, "2022-07-12T00:00:00"),
        ("https://www.rfa.org/mandarin/x/hx-guo-bin-12032024091601.html", NEW_YORK, "2024-12-03T09:16:01"),
        ("https://cn.nikkei.com/china/ceconomy/41326-2020-07-20-04-58-30.html", TOKYO, "2020-07-20T04:58:30"),
        ("https://www.epochtimes.com/gb/22/8/25/n13809709.htm", NEW_YORK, "2022-08-25T00:00:00"),
    ],
)
def test_url_dates(url: str, tz: ZoneInfo, local: str) -> None:
    (ev,) = url_date(DateContext(doc=Document("jekyll", url=url), body=Body(), tz=tz))
    assert ev.value.replace(tzinfo=None).isoformat() == local
    assert ev.value.tzinfo is tz


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bbc.com/zhongwen/simp/chinese-news-61465932",
        "https://www.solidot.org/story?sid=80033",
        "https://www.dw.com/zh/a-62351949",
        "https://example.org/a/20221345/",
    ],
)
def test_urls_without_dates(url: str) -> None:
    assert list(url_date(DateContext(doc=Document("jekyll", url=url), body=Body()))) == []


# -- the choice --------------------------------------------------------------------------------


def test_decades_wrong_front_matter_is_set_aside_with_a_warning() -> None:
    """The issue's case: URL and trailer say 2023-08-01, the front matter 2001-07-31T16:00Z."""
    text = (
        CNA_011.replace("date: 2022-08-01T12:04:06.000Z", "date: 2001-07-31T16:00:00.000Z")
        .replace("202208010314", "202308013001")
        .replace("1110801", "1120801")
        .replace("<!--1659355446000-->", "<!--NaN-->")
    )
    article = newsparse.parse(text)
    assert article.published is not None
    assert article.published.astimezone(TAIPEI).date() == date(2023, 8, 1)
    assert chosen(article).source in ("url", "trailer_code")
    front = next(c for c in article.date_candidates if c.source == "front_matter")
    assert not front.chosen
    assert "contradicts" in front.note
    assert "set aside" in front.note
    assert any(w.startswith("front-matter date 2001-08-01 contradicts") for w in article.warnings)


def test_front_matter_and_stamp_both_wrong_still_lose_to_url_and_trailer() -> None:
    text = CNA_011.replace("date: 2022-08-01T12:04:06.000Z", "date: 2001-07-31T16:00:00.000Z").replace(
        "<!--1659355446000-->", "<!--996595200000-->"
    )
    article = newsparse.parse(text)
    assert article.published is not None
    assert article.published.astimezone(TAIPEI).date() == date(2022, 8, 1)
    warned = {w.split(" 2001")[0] for w in article.warnings if "contradicts" in w}
    assert warned == {"front-matter date", "comment stamp"}


def test_a_stamp_that_disagrees_is_set_aside() -> None:
    article = newsparse.parse(CNA_011.replace("<!--1659355446000-->", "<!--1690891446000-->"))
    assert article.published == datetime(2022, 8, 1, 12, 4, 6, tzinfo=timezone.utc)
    stamp = next(c for c in article.date_candidates if c.source == "comment_stamp")
    assert not stamp.chosen
    assert "about 1 years" in stamp.note
    assert any(w.startswith("comment stamp 2023-08-01 contradicts") for w in article.warnings)


def test_no_date_evidence_gives_none() -> None:
    article = newsparse.parse(
        "<!--NaN-->\n[標題](https://example.org/story/abc)\n------\n\n<p>沒有日期的文章。</p>"
    )
    assert article.published is None
    assert article.date_candidates == ()


def test_a_date_merely_mentioned_in_the_text_does_not_date_the_article() -> None:
    lead = "1990年9月30日，兩國正式建交。" + "這段導語描述了當年的歷史背景與各方反應，內容很長。" * 3
    article = newsparse.parse(f"<!--NaN-->\n[標題](https://example.org/story/abc)\n------\n\n<p>{lead}</p>")
    assert article.published is None
    assert [(c.source, c.chosen) for c in article.date_candidates] == [("text", False)]
    assert any("published left empty" in w for w in article.warnings)


def test_dateline_day_is_kept_as_a_candidate() -> None:
    article = newsparse.parse_file(SEEDS / "002_6277ebebd8b1f93f.txt")
    day = next(c for c in article.date_candidates if c.source == "dateline")
    assert (day.raw, day.value.date(), day.precision) == ("首爾17日專電", date(2023, 10, 17), "day")
    assert "agrees" in day.note


def test_a_dateline_decides_between_two_strong_days() -> None:
    doc = Document("comment_stamp", url="https://example.org/2023/10/16/a.html")
    body = Body(set_aside=[BodyLine("date-line", "2023-10-19 10:00")])
    alone, _, _ = resolve_published(doc, body, TAIPEI)
    assert alone is not None
    assert alone.date() == date(2023, 10, 16)
    dateline = Dateline("首爾", 19, "首爾19日專電")
    published, _candidates, warnings = resolve_published(doc, body, TAIPEI, dateline=dateline)
    assert published == datetime(2023, 10, 19, 10, 0, tzinfo=TAIPEI)
    assert warnings == ["URL date 2023-10-16 contradicts the date line (2023-10-19); used 2023-10-19"]


def test_utc_and_publisher_days_differ() -> None:
    """029_nikkei: 2020-07-19T19:58:30Z is 2020-07-20 in Tokyo, the URL's day."""
    article = newsparse.parse_file(CORPUS / "029_nikkei.md")
    assert article.published is not None
    assert article.published.date() == date(2020, 7, 19)
    assert article.published.astimezone(TOKYO).date() == date(2020, 7, 20)
    assert not [w for w in article.warnings if "contradicts" in w]


def test_day_only_dates_are_anchored_in_the_publisher_zone() -> None:
    article = newsparse.parse_file(CORPUS / "009_yanjing.md")
    assert article.published == datetime(2020, 5, 26, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert chosen(article).precision == "day"


def test_most_precise_agreeing_value_wins() -> None:
    """Seed 000: the feed's date line (seconds, GMT) over the URL's day."""
    article = newsparse.parse_file(SEEDS / "000_0d47076719672b9a.txt")
    assert article.published == datetime(2024, 11, 27, 14, 59, 13, tzinfo=timezone.utc)
    assert chosen(article).source == "body_line"


def test_crawl_time_front_matter_loses_to_the_url() -> None:
    """001_rfa: stamp NaN, front matter has milliseconds (crawl time); the URL code wins."""
    article = newsparse.parse_file(CORPUS / "001_rfa.md")
    assert chosen(article).source == "url"
    assert article.published is not None
    assert article.published.astimezone(NEW_YORK).isoformat() == "2024-12-03T09:16:01-05:00"
    front = next(c for c in article.date_candidates if c.source == "front_matter")
    assert "crawl time" in front.note


def test_trailer_code_and_body_line_from_set_aside_lines() -> None:
    body = Body(set_aside=[BodyLine("trailer-code", "1121017"), BodyLine("date-line", "2023-10-17 22:31")])
    published, candidates, warnings = resolve_published(Document("jekyll"), body, TAIPEI)
    assert published == datetime(2023, 10, 17, 22, 31, tzinfo=TAIPEI)
    assert [c.source for c in candidates] == ["body_line", "trailer_code"]
    assert warnings == []


def test_pdf_masthead_date() -> None:
    body = Body(meta={"date": "2023 年 10 月 20 日"})
    published, candidates, _ = resolve_published(Document("pdf_text", body_format="text"), body, TAIPEI)
    assert published == datetime(2023, 10, 20, tzinfo=TAIPEI)
    assert candidates[0].source == "masthead"


def test_month_only_masthead_is_kept_with_a_warning() -> None:
    body = Body(meta={"date": "2024年3月"})
    published, candidates, warnings = resolve_published(Document("pdf_text"), body, TAIPEI)
    assert published == datetime(2024, 3, 1, tzinfo=TAIPEI)
    assert candidates[0].precision == "month"
    assert warnings == ["the publication date is known only to the month (2024-03)"]


def test_epoch_lead_stamp_is_dateline_evidence() -> None:
    article = newsparse.parse_file(CORPUS / "004_epoch.md")
    stamp = next(c for c in article.date_candidates if c.raw.startswith("大纪元2022年08月25日"))
    assert stamp.source == "dateline"


def test_candidates_round_trip_through_to_dict() -> None:
    article = newsparse.parse_file(SEEDS / "001_c93ee8db15b0679c.txt")
    again = newsparse.Article.from_dict(article.to_dict())
    assert again.date_candidates == article.date_candidates


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("本报 2023年10月17日", True),
        ("长平在 星期五, 02/28/2014 - 13:48 提交", True),
        ("1990年9月30日，兩國建交", False),
    ],
)
def test_a_short_line_at_the_top_dates_the_article_only_when_it_is_a_date_line(
    line: str, dated: bool
) -> None:
    article = newsparse.parse(
        f"<!--NaN-->\n[標題](https://example.org/story/abc)\n------\n\n<p>{line}</p><p>正文很長的一段。</p>"
    )
    assert (article.published is not None) is dated


def test_day_only_dates_of_an_unknown_publisher_are_anchored_in_its_country_zone() -> None:
    """A site the table does not know, on a .tw host: the URL's day is midnight in Taipei, not UTC."""
    post = (
        '---\nlayout: post\ntitle: "颱風卡努持續長胖"\nauthor: 林小明\n'
        "from: https://news.example.com.tw/2023/08/01/typhoon.html\n---\n"
        "<p>颱風卡努持續增強，外圍雲系將影響北部降雨。</p>"
    )
    article = newsparse.parse(post)
    assert article.publisher is None
    assert article.published == datetime(2023, 8, 1, tzinfo=TAIPEI)


def test_front_matter_date_before_the_web_is_a_placeholder() -> None:
    """NodeBE4's archives write ``date: 1989-06-04`` on every undated post: no publication date."""
    post = (
        '---\nlayout: post\ntitle: "海波：凄凉犯简史"\ndate: 1989-06-04\nauthor: 海波\n'
        "from: http://mjlsh.usc.cuhk.edu.hk/Book.aspx?cid=4&tid=1338\n---\n\n"
        "<div><div><b>----作者：海波</b></div><div>自由，它将不在任何地方。我出身在江苏境内的山村。</div></div>\n"
    )
    article = newsparse.parse(post.encode())
    assert article.published is None
    [candidate] = article.date_candidates
    assert (candidate.source, candidate.raw, candidate.chosen) == ("front_matter", "1989-06-04", False)
    assert "placeholder" in candidate.note
    assert any("no usable date evidence (front-matter date 1989-06-04" in w for w in article.warnings)


def test_front_matter_date_before_the_web_loses_to_a_stamp() -> None:
    post = (
        '---\ntitle: "t"\ndate: 1989-06-04\n---\n<!--1611302400000-->\n'
        "[t](https://www.rfa.org/mandarin/a.html)\n------\n\n<p>正文第一段，足够长的一句话。</p>\n"
    )
    article = newsparse.parse(post.encode())
    assert article.published is not None
    assert article.published.year == 2021
