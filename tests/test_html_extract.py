"""The extraction as a whole: rules as a list a user can read, change and pass in."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.html import DEFAULT_RULES, Rule, Ruler, extract_body
from newsparse.html.context import Context
from newsparse.options import ParseOptions
from tests.conftest import CORPUS, UNSEEN

RULE_NAMES = [
    "non-text",
    "hidden",
    "publisher-selectors",
    "image-captions",
    "post-meta",
    "boilerplate-classes",
    "link-dense",
    "related-heading",
    "title-repeat",
    "date-lines",
    "photo-credits",
    "report-marker",
    "caption-blocks",
    "navigation",
    "call-to-action",
    "end-phrases",
    "edge-links",
    "link-runs",
    "trailer-code",
    "contentless",
    "lead-dateline",
]


def test_the_rules_are_named_ordered_and_described() -> None:
    assert DEFAULT_RULES.names() == RULE_NAMES
    for name, stage, doc in DEFAULT_RULES.describe():
        assert stage in ("tree", "blocks")
        assert doc, name
    tree = [r.name for r in DEFAULT_RULES.active("tree")]
    assert tree == RULE_NAMES[: len(tree)]  # tree rules come first: they run before the walk


def test_a_rule_can_be_disabled_for_one_call() -> None:
    html = "<p>正文。</p><p>延伸閱讀：某篇文章</p>"
    assert extract_body(html).paragraphs == ["正文。"]
    options = ParseOptions(disable_rules=("call-to-action",))
    assert extract_body(html, options=options).paragraphs == ["正文。", "延伸閱讀：某篇文章"]


def test_an_empty_ruler_runs_no_rules() -> None:
    # an empty Ruler is falsy: it once fell back to the default rules
    html = "<p>正文。</p><p>延伸閱讀：某篇文章</p>"
    assert extract_body(html, rules=Ruler([])).paragraphs == ["正文。", "延伸閱讀：某篇文章"]
    assert extract_body(html, options=ParseOptions(rules=Ruler([]))).paragraphs == [
        "正文。",
        "延伸閱讀：某篇文章",
    ]
    post = "<!--1697553060000-->\n[標題](https://example.org/a/1.html)\n------\n\n" + html
    assert newsparse.parse(post, rules=Ruler([])).paragraphs == ("正文。", "延伸閱讀：某篇文章")
    assert newsparse.parse(post).paragraphs == ("正文。",)


def drop_disclaimers(ctx: Context) -> None:
    """A user's own block rule: paragraphs that start with 免責聲明 go."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        if ctx.blocks[i].text.startswith("免責聲明"):
            ctx.remove_block(i, rule="disclaimers")


def test_a_users_ruler_runs_in_parse_without_changing_the_default() -> None:
    rules = DEFAULT_RULES.copy()
    rules.insert_before("contentless", Rule("disclaimers", "blocks", drop_disclaimers, "drop 免責聲明 lines"))
    post = (
        "<!--1697553060000-->\n[標題](https://example.org/a/1.html)\n------\n\n"
        "<p>第一段正文。</p><p>免責聲明：本文僅供參考。</p>"
    )
    assert newsparse.parse(post, rules=rules).paragraphs == ("第一段正文。",)
    assert len(newsparse.parse(post).paragraphs) == 2
    assert "disclaimers" not in DEFAULT_RULES.names()


def test_ruler_edits() -> None:
    rules = Ruler(list(DEFAULT_RULES))
    removed = rules.remove("link-runs")
    rules.insert_after("edge-links", removed)
    assert rules.names() == RULE_NAMES
    with pytest.raises(ValueError, match="exists already"):
        rules.push(removed)
    with pytest.raises(KeyError, match="no rule named"):
        rules.remove("no-such-rule")
    with pytest.raises(ValueError, match="stage"):
        rules.push(Rule("x", "walk", drop_disclaimers))


def test_active_rules_follow_every_edit_of_the_ruler() -> None:
    # the active list is remembered between parses; each edit must show in the next parse
    rules = DEFAULT_RULES.copy()
    post = (
        "<!--1697553060000-->\n[標題](https://example.org/a/1.html)\n------\n\n"
        "<p>第一段正文。</p><p>免責聲明：本文僅供參考。</p>"
    )
    assert len(newsparse.parse(post, rules=rules).paragraphs) == 2
    assert "disclaimers" not in [r.name for r in rules.active("blocks")]
    rules.push(Rule("disclaimers", "blocks", drop_disclaimers))
    assert rules.active("blocks")[-1].name == "disclaimers"
    assert newsparse.parse(post, rules=rules).paragraphs == ("第一段正文。",)
    rules.remove("disclaimers")
    assert len(newsparse.parse(post, rules=rules).paragraphs) == 2
    rules.insert_after("contentless", Rule("disclaimers", "blocks", drop_disclaimers))
    assert newsparse.parse(post, rules=rules).paragraphs == ("第一段正文。",)
    assert "disclaimers" not in [r.name for r in rules.active("blocks", ("disclaimers",))]
    active = rules.active("tree")
    active.clear()  # a caller changing the returned list does not change the ruler
    assert rules.active("tree")


def test_rules_option_must_be_a_ruler() -> None:
    with pytest.raises(TypeError, match="Ruler"):
        ParseOptions(rules=["non-text"])


def test_headings_are_part_of_the_text_in_reading_order() -> None:
    # Epoch (004): <h2> subheadings between paragraphs
    article = newsparse.parse_file(CORPUS / "004_epoch.md")
    heading = "明年国防预算成长12.9％ 台国防部：加速国防建设建构可恃防卫力量"
    assert heading in article.headings
    assert heading in article.paragraphs
    assert article.text == "\n\n".join(article.paragraphs)


def test_links_removed_with_boilerplate_keep_their_kind() -> None:
    # RFA (001): the related list after the lead; the closing credits stay
    article = newsparse.parse_file(CORPUS / "001_rfa.md")
    related = {x.text.strip() for x in article.links if x.kind == "related"}
    assert "武汉疫情封城四周年\u3000昔日惨状历历在目" in related
    assert article.paragraphs[-1].startswith("责编：许书婷、何平")


def test_thumbnails_of_removed_lists_are_not_article_images() -> None:
    html = (
        "<p>近日，郭斌接受自由亚洲电台专访，回顾新冠疫情。</p>"
        "<img src='https://example.org/lead.jpg' alt='x'>"
        "<p>2019年底，武汉爆发新冠疫情并扩散中国和世界，造成地表上1/10人口确诊。</p>"
        "<ul><li><a href='/a'><img src='https://example.org/t1.jpg'>武汉疫情封城四周年</a></li>"
        "<li><a href='/b'><img src='https://example.org/t2.jpg'>美智库报告</a></li></ul>"
    )
    body = extract_body(html, base_url="https://example.org/")
    assert [i.url for i in body.images] == ["https://example.org/lead.jpg"]


def test_plain_text_body_splits_at_blank_lines() -> None:
    """RTHK's feed gives plain text, paragraphs separated by a blank line (CRLF CRLF)."""
    article = newsparse.parse((UNSEEN / "035_rthk.html").read_bytes())
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("政府提出21項措施")
    assert article.paragraphs[1].startswith("政府下星期將會向財委會申請")


def test_blank_lines_between_html_blocks_change_nothing() -> None:
    html = "<p>第一段。</p>\n\n<p>第二段<b>粗</b>。</p>\n\n第三段。"
    assert extract_body(html).paragraphs == ["第一段。", "第二段粗。", "第三段。"]


def test_plain_text_without_blank_lines_stays_one_paragraph() -> None:
    # a single line break may only wrap a long line
    assert extract_body("第一行，\n接着第一行。").paragraphs == ["第一行，接着第一行。"]
