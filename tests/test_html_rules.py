"""Each boilerplate rule on small excerpts of real archived posts: what it removes, what it keeps.

Every test runs one rule alone, through the public extension point
(``extract_body(..., rules=Ruler([...]))``), so a rule is judged on its own work. The
excerpts come from the corpus posts and seeds (``tests/data/corpus``, ``seeds``); their
publishers are named where a rule reads the publisher table.
"""

from __future__ import annotations

from newsparse.document import Body
from newsparse.html import extract_body
from newsparse.html.rules import DEFAULT_RULES, Ruler
from newsparse.publishers import Publisher, by_id


def run(rule: str, html: str, *, publisher: str | None = None, title: str | None = None) -> Body:
    """``html`` extracted with the one rule called ``rule`` and no other."""
    ruler = Ruler([r for r in DEFAULT_RULES if r.name == rule])
    assert ruler.names() == [rule]
    pub: Publisher | None = by_id(publisher) if publisher else None
    return extract_body(
        html, base_url="https://example.org/a/1.html", title=title, publisher=pub, rules=ruler
    )


def text(body: Body) -> str:
    return "\n".join(body.paragraphs)


# ------------------------------------------------------------------ non-text


def test_non_text_drops_scripts_forms_and_players_but_records_embeds() -> None:
    # Medium (010): a YouTube embed whose fallback text is a URL; a CNA form input
    html = (
        "<p>同埋宣傳片 :p</p><iframe src='https://cdn.embedly.com/widgets/media.html?src=x'>"
        "<a href='https://medium.com/media/139b64f6/href'>https://medium.com/media/139b64f6/href</a></iframe>"
        "<script>var a = 1;</script><form><input placeholder='請輸入電子信箱'></form>"
    )
    body = run("non-text", html)
    assert text(body) == "同埋宣傳片 :p"
    assert ("https://cdn.embedly.com/widgets/media.html?src=x", "embed") in {
        (x.url, x.kind) for x in body.links
    }


# ------------------------------------------------------------------ hidden


def test_hidden_drops_what_a_browser_hides() -> None:
    # paopao (007): a Drupal element-invisible heading; CNA: the top-news carousel with display:none
    html = (
        "<h2 class='element-invisible'><a href='/file/87'>6523513689_baeec3c53c_z.jpg</a></h2>"
        "<p>自由與安全，經常被人們視為一對矛盾。</p>"
        "<div class='owl-carousel' id='TopNews' style='display: none'>"
        "<span>陳建仁31日上任拜會立法院</span></div>"
        "<div aria-hidden='true'>×</div><p hidden>隱藏</p>"
    )
    assert text(run("hidden", html)) == "自由與安全，經常被人們視為一對矛盾。"


def test_hidden_keeps_visible_styles() -> None:
    html = "<div style='padding-bottom:56.25%'><p style='color: #999;'>可見的文字。</p></div>"
    assert text(run("hidden", html)) == "可見的文字。"


# ------------------------------------------------------------------ publisher-selectors


def test_publisher_selectors_drop_cna_subscription_box_between_paragraphs() -> None:
    # seed 002: the e-paper box sits between paragraphs 4 and 5
    html = (
        "<p>金星容同時也提到媒體報導。</p>"
        "<div class='SubscriptionInner mySubscriptionInner' data-listid='1'>"
        "<div class='subscriInnTitle'>訂閱《國際新聞》電子報 第一手掌握世界最新脈動</div>"
        "<a class='subslink mySubEpaperInner' href='javascript:'>訂閱</a><div>感謝您的訂閱！</div></div>"
        "<p>金健則指出，北韓為擺脫當前面臨的國內外危機。</p>"
    )
    body = run("publisher-selectors", html, publisher="cna")
    assert body.paragraphs == ["金星容同時也提到媒體報導。", "金健則指出，北韓為擺脫當前面臨的國內外危機。"]


def test_publisher_selectors_give_keyword_rows_the_tag_kind() -> None:
    # seed 001: the keyword row after the last paragraph
    html = (
        "<p>（譯者：鄭詩韻/核稿：陳昱婷）1120130</p><div class='articlekeywordGroup'>"
        "<div class='keywordTag'><a href='/tag/hysearchws.aspx?q=南韓'>#南韓</a></div>"
        "<div class='keywordTag'><a href='/tag/hysearchws.aspx?q=烏克蘭'>#烏克蘭</a></div></div>"
    )
    body = run("publisher-selectors", html, publisher="cna")
    assert text(body) == "（譯者：鄭詩韻/核稿：陳昱婷）1120130"
    assert body.keywords == ["南韓", "烏克蘭"]


def test_publisher_selectors_use_ids_and_do_nothing_for_other_publishers() -> None:
    # Zaobao (015): the empty ad slot and the paywall placeholder
    html = (
        "<p>乘用車產銷上月分別完成223.9萬輛。</p><section id='imu'>"
        "<div id='dfp-ad-imu1'>廣告位</div></section>"
        "<div class='cx_paywall_placeholder' id='sph_cdp_40'>付費牆</div>"
    )
    assert text(run("publisher-selectors", html, publisher="zaobao")) == "乘用車產銷上月分別完成223.9萬輛。"
    assert "廣告位" in text(run("publisher-selectors", html, publisher="cna"))
    assert "廣告位" in text(run("publisher-selectors", html))


# ------------------------------------------------------------------ post-meta


def test_post_meta_sets_aside_drupal_submitted_line() -> None:
    # paopao (007)
    html = (
        "<div class='submitted'><span><a class='username' href='/author/18'>长平</a>"
        " 在 星期五, 02/28/2014 - 13:48 提交</span></div><p>自由与安全，经常被人们视为一对矛盾。</p>"
    )
    body = run("post-meta", html)
    assert text(body) == "自由与安全，经常被人们视为一对矛盾。"
    assert [(x.rule, x.text) for x in body.set_aside] == [
        ("date-line", "长平 在 星期五, 02/28/2014 - 13:48 提交")
    ]


def test_post_meta_sets_aside_author_lines_and_keeps_long_containers() -> None:
    # allnow (009): the author strip; a wrapper named "article-info" that holds the article stays
    long_text = "波兰记者维特多·沙博尔夫斯基曾有机会变成一名厨师。" * 8
    html = (
        "<div class='author-wrap'><a class='single-name' href='/user/1130714'>曾梦龙</a></div>"
        f"<div class='article-info'><p>{long_text}</p></div>"
    )
    body = run("post-meta", html)
    assert text(body) == long_text
    assert [(x.rule, x.text) for x in body.set_aside] == [("byline", "曾梦龙")]


# ------------------------------------------------------------------ boilerplate-classes


def test_boilerplate_classes_drop_comments_and_share_links() -> None:
    # paopao (007): spam comments and the share icons
    article = "自由与安全，经常被人们视为一对矛盾。自“9.11”以后，美国政客总是劝说民众让渡一部分自由。"
    html = (
        f"<div class='field-name-body'><p>{article}</p></div>"
        "<div class='service-links'><a href='https://twitter.com/share'>Twitter</a></div>"
        "<div class='comment-wrapper' id='comments'><h2>评论</h2>"
        "<p>Levitra 10 Bucodispersable Bayer</p></div>"
    )
    assert text(run("boilerplate-classes", html)) == article


def test_boilerplate_classes_keep_the_article_wrapper_and_credits() -> None:
    # a wrapper whose class names a feature of the page is the article when it holds its text;
    # a footer holding the closing credits is the article's own
    article = "北京主导制定并推动付诸实施的《国安法》生效两年来，香港发生了很大变化。" * 3
    html = (
        f"<div class='story comments-enabled'><p>{article}</p>"
        "<footer class='article-footer'>（編輯：陳惠珍）</footer>"
        "<div class='ad-slot'>Advertisement</div></div>"
    )
    assert run("boilerplate-classes", html).paragraphs == [article, "（編輯：陳惠珍）"]


def test_boilerplate_classes_drop_components_marked_by_data_attributes() -> None:
    # RFI (027): self-promotion blocks marked by empty data-* attributes
    html = (
        "<p>明年预估还将放慢至2.9%。</p><div data-selfpromo-newsletter><p>訂閱法廣新聞信</p></div>"
        "<div data-selfpromo-app>下載應用程式</div><div data-e2e=''>保留</div>"
    )
    assert run("boilerplate-classes", html).paragraphs == ["明年预估还将放慢至2.9%。", "保留"]


def test_boilerplate_classes_drop_nav() -> None:
    html = "<nav><a href='/'>首頁</a><a href='/world'>國際</a></nav><p>正文第一段。</p>"
    assert text(run("boilerplate-classes", html)) == "正文第一段。"


# ------------------------------------------------------------------ link-dense


def test_link_dense_drops_rfa_related_list_after_first_paragraph() -> None:
    # RFA (001): three related headlines in a <ul> between the lead and the second paragraph
    html = (
        "<p>近日，在今年4月从中国流亡到美国的“90后”青年郭斌接受自由亚洲电台专访。</p><ul>"
        "<li><strong><a href='https://www.rfa.org/a.html'>武汉疫情封城四周年　昔日惨状历历在目</a>"
        "</strong></li>"
        "<li><strong><a href='https://www.rfa.org/b.html'>美智库报告：新冠病毒起源或系研究相关事件</a>"
        "</strong></li>"
        "</ul><p>2019年底，武汉爆发新冠疫情并扩散中国和世界。</p>"
    )
    body = run("link-dense", html)
    assert len(body.paragraphs) == 2
    assert "武汉疫情封城四周年" not in text(body)
    assert {x.kind for x in body.links} == {"related"}


def test_link_dense_keeps_paragraphs_with_inline_links() -> None:
    # Epoch (004): tag links inside the sentences
    html = (
        "<p>中华民国行政院长<a href='/gb/tag/苏贞昌.html'>苏贞昌</a>今天（25日）表示，"
        "整体国防<a href='/gb/tag/总预算.html'>总预算</a>5,863亿元，成长13.9%，也创下历史新高。</p>"
    )
    assert "苏贞昌今天" in text(run("link-dense", html))


def test_link_dense_does_not_empty_a_page_that_is_a_list_of_links() -> None:
    html = "<ul><li><a href='/1'>第一篇推薦文章</a></li><li><a href='/2'>第二篇推薦文章</a></li></ul>"
    assert len(run("link-dense", html).paragraphs) == 2


# ------------------------------------------------------------------ related-heading


def test_related_heading_drops_label_and_link_paragraphs() -> None:
    html = (
        "<p>美國聯準會今天宣布升息一碼。</p><p><strong>延伸閱讀</strong></p>"
        "<p><a href='/news/1'>聯準會主席發言全文</a></p><p><a href='/news/2'>台股開盤走勢分析</a></p>"
        "<p>分析師認為，未來仍有再升息的空間。</p>"
    )
    body = run("related-heading", html)
    assert body.paragraphs == ["美國聯準會今天宣布升息一碼。", "分析師認為，未來仍有再升息的空間。"]
    assert {x.kind for x in body.links} == {"related"}


def test_related_heading_keeps_a_sentence_that_starts_like_a_label() -> None:
    html = "<p>相關報導指出，市場仍然疲弱。</p><p><a href='/1'>某篇文章</a></p>"
    assert len(run("related-heading", html).paragraphs) == 2


# ------------------------------------------------------------------ title-repeat


def test_title_repeat_drops_bbc_h1_and_title_styled_paragraph() -> None:
    # BBC (006) repeats the title in an <h1>; allnow (009) in <p class="title">
    title = "香港《国安法》实施两年你的生活有什么变化？分享你的故事"
    html = (
        f"<h1 class='bbc-6yjyco'>{title}</h1><p class='title'>{title}</p>"
        + "<p>北京主导制定的《国安法》生效两年。</p>"
    )
    assert run("title-repeat", html, title=title).paragraphs == ["北京主导制定的《国安法》生效两年。"]


def test_title_repeat_keeps_a_post_opening_with_its_own_title_line() -> None:
    # Medium (010): the first <p> repeats the title and is the post's own first line
    title = "輕輕一推多年前寫落既長篇 Shaun Livingston:"
    html = f"<p>{title}</p><p>同埋宣傳片 :p</p>"
    assert run("title-repeat", html, title=title).paragraphs[0] == title


# ------------------------------------------------------------------ date-lines


def test_date_lines_set_aside_feed_dates() -> None:
    # VOA (025), DW (026), RFI (027), BBC (006)
    html = (
        "<div><i>Fri, 05 Aug 2022 18:39:36 GMT</i></div><div><i><br>2022-07-04T11:04:07.064Z</i></div>"
        "<div>26/07/2022 - 23:30</div><div><time datetime='2022-05-23'>2022年5月23日</time></div>"
        "<p>美国新增就业数字上个月继续高升。</p>"
    )
    body = run("date-lines", html)
    assert body.paragraphs == ["美国新增就业数字上个月继续高升。"]
    assert [x.rule for x in body.set_aside] == ["date-line"] * 4


def test_date_lines_keep_sentences_with_dates() -> None:
    html = "<p>2022年5月23日，香港立法會通過法案。</p>"
    assert run("date-lines", html).paragraphs == ["2022年5月23日，香港立法會通過法案。"]


# ------------------------------------------------------------------ navigation


def test_navigation_drops_breadcrumbs_pagers_and_tag_lines() -> None:
    html = (
        "<p><a href='/'>首頁</a> &gt; <a href='/world'>國際</a> &gt; 亞洲</p><p>正文第一段。</p>"
        "<p>上一篇：<a href='/p/1'>美日韓會談</a></p>"
        "<p>標籤：<a href='/tag/北約'>北約</a> <a href='/tag/南韓'>南韓</a></p>"
        "<p><a href='#top'>回到頂部</a></p>"
    )
    body = run("navigation", html)
    assert body.paragraphs == ["正文第一段。"]
    assert ("https://example.org/tag/北約", "tag") in {(x.url, x.kind) for x in body.links}


def test_navigation_keeps_sentences_that_mention_the_next_step() -> None:
    html = "<p>Next, the company said it would hire 300 people.</p><p>下一步，政府將推出新政策。</p>"
    assert len(run("navigation", html).paragraphs) == 2


# ------------------------------------------------------------------ call-to-action


def test_call_to_action_drops_subscription_copyright_and_app_lines() -> None:
    # CNA subscription box (seed 002), DW copyright (026), Nikkei copyright outside <p> (028)
    html = (
        "<p>（德国之声中文网）欧洲统计局周一通报说。</p>"
        "<div>訂閱《國際新聞》電子報 第一手掌握世界最新脈動</div><div>請輸入正確的電子信箱格式</div>"
        "<p>►歡迎加入ETtoday新聞雲LINE好友！</p><p>（路透社）</p>"
        "<p><em>© 2022年德国之声版权声明：本文所有内容受到著作权法保护，"
        "如无德国之声特别授权，不得擅自使用。</em></p>"
        "<strong>版权声明：日本经济新闻社版权所有，未经授权不得转载或部分复制，违者必究。</strong>"
    )
    body = run("call-to-action", html)
    assert body.paragraphs == ["（德国之声中文网）欧洲统计局周一通报说。", "（路透社）"]


def test_call_to_action_keeps_quotes_and_closing_credits() -> None:
    html = (
        "<p>他說：「請關注我們的處境。」</p><p>相關報導指出，市場仍然疲弱。</p>"
        "<p>责任编辑：叶紫微</p><p><em>(本文依据了美联社的报道。)</em></p>"
    )
    assert len(run("call-to-action", html).paragraphs) == 4


def test_call_to_action_uses_the_publisher_phrases() -> None:
    # Medium's feed footer
    html = (
        "<p>同埋宣傳片 :p</p><p>"
        "<a href='https://medium.com/p/cdc6b1c059e7'>輕輕一推</a> was originally published in "
        "<a href='https://medium.com/x'>飛步</a> on Medium, where people are continuing the conversation.</p>"
    )
    assert run("call-to-action", html, publisher="medium").paragraphs == ["同埋宣傳片 :p"]
    assert len(run("call-to-action", html).paragraphs) == 2


# ------------------------------------------------------------------ edge-links


def test_edge_links_drop_column_label_above_the_article() -> None:
    # allnow (009): the column link above the first paragraph
    html = (
        "<p class='column'><a class='column-link' href='/column/199'>燕京书评</a></p>"
        "<p>波兰记者维特多·沙博尔夫斯基（Witold Szabłowski）曾有机会变成一名厨师。</p>"
    )
    assert (
        text(run("edge-links", html))
        == "波兰记者维特多·沙博尔夫斯基（Witold Szabłowski）曾有机会变成一名厨师。"
    )


def test_edge_links_leave_a_short_post_alone() -> None:
    # Medium (010): a title line, one link paragraph, a short line
    html = (
        "<p>輕輕一推多年前寫落既長篇 Shaun Livingston:</p>"
        "<p><a href='https://verbalflystep.com/shaun-livingston/home'>"
        "逆境冶情－籃球天才的重生之路 - 飛步出品</a></p>"
        "<p>同埋宣傳片 :p</p>"
    )
    assert len(run("edge-links", html).paragraphs) == 3


# ------------------------------------------------------------------ link-runs


def test_link_runs_drop_bullet_links_and_runs_inside_the_text() -> None:
    html = (
        "<p>中央氣象署今天發布海上颱風警報，預計明天發布陸上警報。</p>"
        "<p>►<a href='/n/1'>颱風最新動態一次看</a></p>"
        "<p>氣象署提醒民眾注意強風豪雨，並做好防颱準備。</p>"
        "<p><a href='/n/2'>颱風假怎麼放</a></p><p><a href='/n/3'>各縣市停班停課</a></p>"
        "<p>氣象署說，颱風預計週末遠離。</p>"
    )
    body = run("link-runs", html)
    assert len(body.paragraphs) == 3
    assert {x.kind for x in body.links} == {"related"}


# ------------------------------------------------------------------ trailer-code


def test_trailer_code_sets_aside_cna_date_code_and_keeps_the_credits() -> None:
    # CNA (011): the trailer is glued to the credits
    html = "<p>皆由5月水準略上升至13.6%。（譯者：張正芊/核稿：陳政一）1110801</p>"
    body = run("trailer-code", html)
    assert body.paragraphs == ["皆由5月水準略上升至13.6%。（譯者：張正芊/核稿：陳政一）"]
    assert [(x.rule, x.text) for x in body.set_aside] == [("trailer-code", "1110801")]


# ------------------------------------------------------------------ contentless


def test_contentless_drops_spacer_paragraphs_and_repeats_from_other_elements() -> None:
    # Nikkei (028): full-width-space spacer paragraphs
    html = (
        "<p>　　日本经济新闻（中文版：日经中文网）日前在新加坡举行了论坛。</p><p>　　　　</p>"
        "<h3>重回厨师世界</h3><p>重回厨师世界</p><p>好。</p><p>好。</p>"
    )
    body = run("contentless", html)
    assert body.paragraphs == [
        "日本经济新闻（中文版：日经中文网）日前在新加坡举行了论坛。",
        "重回厨师世界",
        "好。",
        "好。",
    ]


# ------------------------------------------------------------------ held-out forms (generalization)


def test_contentless_drops_a_template_placeholder_line() -> None:
    # RFA (2013 feed item): the missing feed description printed as "null" before the text
    html = (
        "<div>\nnull                                 "
        "<p>韩国国防部长金宽镇周三表示，韩国不会加入美国的飞弹防御系统。</p>"
        "<p><span> </span></p><p><span>金宽镇强调，韩国当然需要引进美国的新型装备。</span></p></div>"
    )
    assert text(run("contentless", html)) == (
        "韩国国防部长金宽镇周三表示，韩国不会加入美国的飞弹防御系统。\n金宽镇强调，韩国当然需要引进美国的新型装备。"
    )
    assert (
        text(run("contentless", "<p>他把变量设成 null，程序就崩溃了。</p>"))
        == "他把变量设成 null，程序就崩溃了。"
    )


def test_date_lines_drop_relative_times() -> None:
    # BBC: the saved page says "24 分钟前" in its <time> element; no date evidence in it
    html = (
        '<div class="bbc-q4ibpr"><time datetime="2022-07-20" class="bbc-529aew">24 分钟前</time></div>'
        "<p>六月初，中国上海结束了为期两个月的严格封城。</p><p>5 hours ago</p>"
    )
    body = run("date-lines", html)
    assert text(body) == "六月初，中国上海结束了为期两个月的严格封城。"
    assert [line.text for line in body.set_aside] == []
    assert text(run("date-lines", "<p>三天前他还在北京。</p>")) == "三天前他还在北京。"


def test_call_to_action_drops_media_player_fallbacks() -> None:
    # BBC video page: the player's fallback text above the story
    html = (
        '<div data-e2e="media-player"><img src="p0cmy1gn.jpg" alt=""><div>'
        "<strong>你的器材不支持播放多媒体材料</strong></div></div>"
        "<p>对于失明或弱视群体来说，按摩行业是他们至关重要的就业命脉。</p>"
    )
    assert text(run("call-to-action", html)) == "对于失明或弱视群体来说，按摩行业是他们至关重要的就业命脉。"


def test_related_heading_with_the_site_name_before_the_label() -> None:
    # BBC: "BBC中文的相关报道：" and its list closing the article
    html = (
        "<p>一些视障按摩师向BBC上海团队讲述了他们的境遇。</p>"
        "<div><h2>BBC中文的相关报道：</h2></div><div><ul role='list'>"
        "<li><a href='https://www.bbc.com/zhongwen/simp/business-62174553'>"
        "中国经济： 二季度增长大幅放缓 下半年复苏乏力</a></li>"
        "<li><a href='https://www.bbc.com/zhongwen/simp/chinese-news-62089752'>中国新冠病毒“清零”政策对习近平造成危险</a></li>"
        "</ul></div>"
    )
    body = run("related-heading", html)
    assert text(body) == "一些视障按摩师向BBC上海团队讲述了他们的境遇。"
    assert {link.kind for link in body.links} == {"related"}


def test_related_heading_drops_a_photo_gallery_and_its_pictures() -> None:
    # DW: "相关图集：…" then picture captions, each right after its image, then the copyright line
    html = (
        "<p>中国政府试图通过提高一倍的基础设施支出支撑疲软的经济。</p><p>（综合报道）</p>"
        "<h3>相关图集：热热热！中国多地遭遇高温“烤验”</h3>"
        '<div><img src="https://static.dw.com/image/62890193_303.jpg"><b>农田很渴</b>：根据中国国家气候中心近日监测评估，'
        "自6月中旬的这场高温，为1961年以来持续时间最长的一次。</div>"
        '<div><img src="https://static.dw.com/image/62860034_303.jpg"><b>高温预警</b>：中国官媒央视星期一再次发布高温红色预警。</div>'
        "<p>© 2022年德国之声版权声明：本文所有内容受到著作权法保护。</p>"
    )
    body = run("related-heading", html)
    assert text(body) == (
        "中国政府试图通过提高一倍的基础设施支出支撑疲软的经济。\n（综合报道）\n"
        "© 2022年德国之声版权声明：本文所有内容受到著作权法保护。"
    )
    assert body.images == []


def test_related_heading_keeps_pictures_after_an_ordinary_heading() -> None:
    html = (
        "<h3>高温之下的农村</h3>"
        '<div><img src="a.jpg"><b>农田很渴</b>：高温少雨天气也给农业生产带来严峻挑战。</div>'
    )
    assert "农田很渴" in text(run("related-heading", html))


def test_publisher_selectors_drop_cna_inline_related_inserts() -> None:
    # CNA (live-blog digest): a related headline inserted after each section
    html = (
        "<p>俄羅斯國防部說，國防部長蕭依古已指示俄軍優先摧毀烏克蘭長程飛彈和火砲武器。</p>"
        "<div class='media'><div class='insertGroup'><div><a class='insert' "
        "href='https://www.cna.com.tw/news/aopl/202207180167.aspx'><i class='icon-dot'></i>"
        "<span>路透：俄防長下令優先摧毀烏克蘭飛彈火砲</span></a></div></div></div>"
        "<h2>●烏克蘭有內鬼 檢察總長與安全局長遭停職</h2>"
    )
    body = run("publisher-selectors", html, publisher="cna")
    assert text(body) == (
        "俄羅斯國防部說，國防部長蕭依古已指示俄軍優先摧毀烏克蘭長程飛彈和火砲武器。\n"
        "●烏克蘭有內鬼 檢察總長與安全局長遭停職"
    )
    assert [link.kind for link in body.links] == ["related"]


def test_title_repeat_drops_a_bold_title_line() -> None:
    # BBC video page: the title again, wholly in bold, under the player
    html = (
        '<div dir="ltr" class="bbc-1151pbn">'
        '<strong class="e8stly50">上海疫情中挣扎的盲人按摩师</strong></div>'
        "<p>六月初，中国上海结束了为期两个月的严格封城。</p>"
    )
    assert (
        text(run("title-repeat", html, title="上海疫情中挣扎的盲人按摩师"))
        == "六月初，中国上海结束了为期两个月的严格封城。"
    )
    plain = "<p>上海疫情中挣扎的盲人按摩师</p><p>六月初。</p>"
    assert text(run("title-repeat", plain, title="上海疫情中挣扎的盲人按摩师")).startswith("上海")


def test_lead_dateline_joins_a_place_line_to_the_lead() -> None:
    # VOA feed item: the dateline is a bare text node before the first <p>
    html = (
        '<div><small style="color: #999;">中国电动汽车比亚迪在巴西热卖。</small></div>里约热内卢 — '
        '<p style="text-align:left">自2012年电动汽车进入巴西以来，它的销售量一直缓慢增长。</p>'
    )
    paragraphs = run("lead-dateline", html).paragraphs
    assert paragraphs[-1] == "里约热内卢 — 自2012年电动汽车进入巴西以来，它的销售量一直缓慢增长。"
