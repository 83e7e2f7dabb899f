"""Round 7 (deep): a title heading that lacks the title's closing mark; BBC's closing forum prompt.

Real snippets from a Medium post of 好青年荼毒室 (tests/data/unseen/172_medium.md, NodeBE4/teahouse)
whose ``<h3>`` repeats the feed title without its closing "！", and from a 2014 BBC中文网 story
(tests/data/unseen/174_bbc.md, zhouxiang93123/waimei) that closes with questions to the reader and
a link to the site's forum. Each with near misses that must stay.
"""

from __future__ import annotations

from newsparse.document import Body
from newsparse.html import extract_body
from newsparse.html.rules import DEFAULT_RULES, Ruler


def run(rule: str, html: str, *, title: str | None = None) -> Body:
    """``html`` extracted with the one rule called ``rule`` and no other."""
    ruler = Ruler([r for r in DEFAULT_RULES if r.name == rule])
    return extract_body(html, base_url="https://example.org/a/1.html", title=title, rules=ruler)


# ------------------------------------------------------------------ title-repeat

_MEDIUM_TITLE = "【荼毒室呈獻】哲學家 Stickers︰WhatsApp / Telegram / WeChat！"
_MEDIUM_FIRST = "想不到本地的好青年荼毒室連「哲學家 WhatsApp Stickers」也做了出來，而且免費派發。"


def test_heading_repeating_the_title_without_its_closing_mark_goes() -> None:
    html = (
        "<h3>【荼毒室呈獻】哲學家 Stickers︰WhatsApp / Telegram / WeChat</h3>"
        f"<figure><img alt='' src='https://cdn-images-1.medium.com/max/1024/1.png'/></figure><p>{_MEDIUM_FIRST}</p>"
    )
    assert run("title-repeat", html, title=_MEDIUM_TITLE).paragraphs == [_MEDIUM_FIRST]


def test_heading_with_a_closing_mark_the_title_lacks_goes() -> None:
    html = f"<h2>絕育才是道德？</h2><p>{_MEDIUM_FIRST}</p>"
    assert run("title-repeat", html, title="絕育才是道德").paragraphs == [_MEDIUM_FIRST]


def test_heading_saying_more_than_the_title_stays() -> None:
    # near misses: the title's words and more; a plain paragraph equal to the title but its mark
    html = (
        "<h3>【荼毒室呈獻】哲學家 Stickers︰WhatsApp / Telegram / WeChat 下載教學</h3>"
        "<p>【荼毒室呈獻】哲學家 Stickers︰WhatsApp / Telegram / WeChat</p>"
        f"<p>{_MEDIUM_FIRST}</p>"
    )
    assert len(run("title-repeat", html, title=_MEDIUM_TITLE).paragraphs) == 3


def test_heading_differing_inside_the_title_stays() -> None:
    # not a closing mark: a question mark inside the heading is part of another sentence
    html = f"<h3>絕育才是道德？還是自私？</h3><p>{_MEDIUM_FIRST}</p>"
    assert len(run("title-repeat", html, title="絕育才是道德？").paragraphs) == 2


# ------------------------------------------------------------------ call-to-action (forum prompt)

_BBC_LAST = "周永康说，他预计这次游行将有1000人参加。"
_BBC_CREDIT = "（撰稿：叶靖斯　责编：萧尔）"
_BBC_PROMPT = (
    "<p><b>你认为香港学生此次通过罢课行动争取民主有意义吗？你是否赞成香港学生的罢课行动？"
    "有关行动会有助于香港最终实现“真普选”吗？</b>"
    "<a href='http://www.bbc.co.uk/zhongwen/simp/interactive/2014/09/140923_forum_hk_students'>"
    "欢迎参与讨论</a><b>。</b></p>"
)


def test_closing_questions_with_a_forum_link_go() -> None:
    html = f"<p>{_BBC_LAST}</p><p>{_BBC_CREDIT}</p>{_BBC_PROMPT}"
    body = run("call-to-action", html)
    assert body.paragraphs == [_BBC_LAST, _BBC_CREDIT]
    forum = [link for link in body.links if "forum" in link.url]
    assert forum
    assert forum[0].kind == "other"


def test_story_sentence_ending_with_a_discussion_link_stays() -> None:
    # near misses: a statement (no question) before the link; the prompt not in the last block;
    # a question closed by a link that invites nothing
    statement = (
        "<p>学联周四发起集会，并邀请市民在网上"
        "<a href='http://www.bbc.co.uk/zhongwen/simp/interactive/forum'>参与讨论</a>。</p>"
    )
    assert len(run("call-to-action", f"<p>{_BBC_LAST}</p>{statement}").paragraphs) == 2
    assert len(run("call-to-action", f"{_BBC_PROMPT}<p>{_BBC_LAST}</p>").paragraphs) == 2
    other = "<p>他们会去吗？<a href='http://www.bbc.co.uk/zhongwen/simp/china/2014/09/x.shtml'>学联的讨论</a>。</p>"
    assert len(run("call-to-action", f"<p>{_BBC_LAST}</p>{other}").paragraphs) == 2
