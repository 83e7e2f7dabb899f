"""The walker: blocks, their kinds, link text, images, and the containers it measures."""

from __future__ import annotations

from newsparse.html.blocks import walk
from newsparse.html.tree import parse_fragment


def test_br_runs_split_paragraphs_and_a_single_br_is_a_line_break() -> None:
    # VOA (025): paragraphs separated by <br /><br /> inside one <p>
    w = walk(
        parse_fragment(
            "<p>7月份的人數高於6月份。<br /><br />美國經濟出現退縮，<br/>不過就業市場強勁。<br /> </p>"
        )
    )
    assert [b.text for b in w.blocks] == ["7月份的人數高於6月份。", "美國經濟出現退縮，\n不過就業市場強勁。"]


def test_kinds_of_blocks() -> None:
    w = walk(
        parse_fragment(
            "<h2>《国安法》背景与重点</h2><p>正文。</p><blockquote>引語。</blockquote><ul><li>甲</li></ul>"
            "<table><tr><td>欄一</td><td>欄二</td></tr></table>"
            "<pre>a\n  b</pre><figure><figcaption>圖說</figcaption></figure>"
        )
    )
    assert [(b.kind, b.text) for b in w.blocks] == [
        ("heading", "《国安法》背景与重点"),
        ("p", "正文。"),
        ("quote", "引語。"),
        ("li", "甲"),
        ("row", "欄一 | 欄二"),
        ("pre", "a\n  b"),
        ("caption", "圖說"),
    ]
    assert w.blocks[0].level == 2


def test_source_line_breaks_between_chinese_characters_vanish() -> None:
    # paopao (007) is pretty-printed: text nodes carry newlines and indentation
    w = walk(parse_fragment("<p>\n   自由与安全，\n   经常被人们视为一对矛盾。\n  </p>"))
    assert [b.text for b in w.blocks] == ["自由与安全，经常被人们视为一对矛盾。"]


def test_link_text_is_counted_and_links_know_their_block() -> None:
    w = walk(
        parse_fragment(
            "<p>中华民国行政院长<a href='/gb/tag/苏贞昌.html'>苏贞昌</a>今天表示。</p><p>第二段。</p>"
        )
    )
    assert w.blocks[0].link_chars == 3
    assert [(x.href, x.text, x.block) for x in w.links] == [("/gb/tag/苏贞昌.html", "苏贞昌", 0)]


def test_a_link_wrapping_blocks_keeps_its_text() -> None:
    # CNA top-news cards: <a> around <div>s
    w = walk(
        parse_fragment("<a href='/news/1.aspx'><div><img src='a.jpg'></div><span>陳建仁31日上任</span></a>")
    )
    assert [(x.href, x.text) for x in w.links] == [("/news/1.aspx", "陳建仁31日上任")]
    assert len(w.images) == 1


def test_containers_with_two_links_or_more_are_measured() -> None:
    w = walk(
        parse_fragment(
            "<div><p>近日，郭斌接受自由亚洲电台专访。</p>"
            "<ul><li><a href='/a'>武汉疫情封城四周年</a></li><li><a href='/b'>美智库报告</a></li></ul></div>"
        )
    )
    spans = {s.tag: s for s in w.spans}
    assert set(spans) == {"ul", "div"}
    assert spans["ul"].link_density == 1.0
    assert spans["ul"].blocks == (1, 3)
    assert spans["div"].link_chars == spans["ul"].link_chars
    assert w.chars == sum(len(b.text) for b in w.blocks)


def test_image_positions_point_at_the_next_block() -> None:
    w = walk(parse_fragment("<p>第一段。</p><img src='a.jpg'><p>第二段。</p>"))
    assert [i.block for i in w.images] == [1]
