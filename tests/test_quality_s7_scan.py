"""Round 7 (scan): DW's press-digest header names the compiler; a feed teaser's "...more" link goes.

Real snippets from Deutsche Welle's digests 墙外文摘 and 德语媒体 (tests/data/unseen/160_dw.html,
161_dw.html) and from RTI's feed teasers (tests/data/unseen/040_rti.md, 041_rti.md), with near
misses that must stay.
"""

from __future__ import annotations

import newsparse

_DW_HEAD = (
    "---\nlayout: post\ntitle: 墙外文摘：不再承认 BNO\n"
    "date: 2021-01-31 22:56:46 +08:00\ncategories: dw\n---\n\n"
)
_DW_BODY = (
    "<p>（德国之声中文网）中国外交部发言人声言，为了反制英国实施新的 BNO 政策，"
    "中国将不再承认 BNO 作为旅行证件和身份证明。香港政府随即配合。</p>"
    "<p><strong>林郑月娥连任与否，对中共治港无关紧要</strong></p>"
    "<p>习近平在听取林郑月娥述职报告时，虽表示关心、担忧香港的疫情防控，但充份肯定林郑“履职尽责”。</p>"
)


def _dw(header: str) -> newsparse.Article:
    return newsparse.parse(_DW_HEAD + f"<div><i>{header}</i></div>" + _DW_BODY + "\n")


def test_compiler_over_date_header_gives_the_author_and_leaves_the_text() -> None:
    article = _dw("  张平（摘编）<br>2021-01-31T14:31:56.691Z")
    assert article.authors == ("张平",)
    assert "摘编" not in article.text
    assert "2021-01-31T14" not in article.text
    assert article.paragraphs[0].startswith("（德国之声中文网）")
    assert article.published is not None
    assert article.published.isoformat().startswith("2021-01-31T14:31")


def test_second_digest_header_and_plain_author_header() -> None:
    assert _dw("  达扬（摘编）<br>2021-02-01T15:49:48.953Z").authors == ("达扬",)
    # the header 031_dw has: a name alone over the date
    assert _dw("Matthias von Hein<br>2021-01-31T08:11:33.755Z").authors == ("Matthias von Hein",)


def test_other_bracketed_note_is_no_compiler_header() -> None:
    # near miss: a name with a place in brackets over a date is not the feed's header
    article = _dw("张平（北京）<br>2021-01-31T14:31:56.691Z")
    assert article.authors == ()
    assert "张平（北京）" in article.text


_RTI_HEAD = (
    '---\nlayout: post\ntitle: "[專題] 國民法官走入法庭 - 200722-26"\nauthor: RTI 中央廣播電臺\n'
    "from: https://www.rti.org.tw/news/view/id/2073104\n---\n<!--1595408750000-->\n"
    "[國民法官走入法庭](https://www.rti.org.tw/news/view/id/2073104)\n------\n\n<div>\n"
)
_TEASER = (
    "「國民法官法」在朝野抗議聲中完成三讀，落實人民參與審判的承諾。未來人民將能坐上法檯，"
    "但究竟要採類似日本裁判員制的參審制，還是類似美國的..."
)


def _rti(link_text: str) -> newsparse.Article:
    link = f'<a target="_blank" href="https://www.rti.org.tw/news/view/id/2073104">{link_text}</a>'
    return newsparse.parse(_RTI_HEAD + _TEASER + link + "\n</div>\n")


def test_more_link_at_the_end_of_a_teaser_goes() -> None:
    article = _rti("...more")
    assert article.text.endswith("還是類似美國的...")
    assert "more" not in article.text
    kinds = {link.text: link.kind for link in article.links}
    assert kinds["...more"] == "other"


def test_read_more_and_full_text_links_go_too() -> None:
    assert "Read more" not in _rti("Read more »").text
    assert "閱讀全文" not in _rti("閱讀全文").text


def test_a_link_that_says_more_than_more_stays() -> None:
    # near miss: a paragraph ending with a link whose words are the text's
    article = _rti("More than 100 people")
    assert article.text.endswith("More than 100 people")


def test_more_inside_the_text_stays() -> None:
    # near miss: "more" ending the last block as plain text (no link) is the writer's word
    article = newsparse.parse(_RTI_HEAD + _TEASER + "and more\n</div>\n")
    assert article.text.endswith("and more")
