"""Rules ``call-to-action`` and ``end-phrases``: the page talking to its reader, not the article.

``call-to-action`` knows the phrases sites use in Chinese (both scripts) and English for
subscription and newsletter boxes, app promotions, follow-and-share bars, "continue
reading" prompts, related-reading labels, media-player fallbacks and copyright notices. A
short block goes when it *opens* with such a phrase (after bullets and brackets), or is
little more than the phrase: a quote such as「請關注我們的處境」stays. Copyright notices go
anywhere in the last blocks. The publisher table adds its own ``drop_phrases`` (anywhere in a
short block) and ``end_phrases`` (the article ends at the block holding one).

>>> from newsparse.html.blocks import Block
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> ctx = Context(root=None, options=ParseOptions())
>>> texts = ["第一段。", "訂閱《國際新聞》電子報 第一手掌握世界最新脈動", "他說：「請關注我們的處境。」",
...          "延伸閱讀", "© 2022年德国之声版权声明：本文所有内容受到著作权法保护。"]
>>> ctx.blocks = [Block(t, index=i) for i, t in enumerate(texts)]
>>> call_to_action(ctx)
>>> [b.text for b in ctx.blocks]
['第一段。', '他說：「請關注我們的處境。」']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsparse.html.blocks import Block
from newsparse.html.context import Context
from newsparse.html.rules.base import cased_forms, may_open_with

#: Phrases that mark a short block as talking to the reader (compared in lower case).
CALL_TO_ACTION = (
    # subscriptions and newsletters
    "訂閱《",
    "订阅《",
    "訂閱電子報",
    "订阅电子报",
    "訂閱我們",
    "订阅我们",
    "感謝您的訂閱",
    "感谢您的订阅",
    "請輸入正確的電子信箱",
    "请输入正确的电子邮箱",
    "請輸入電子信箱",
    "请输入电子邮箱",
    "歡迎訂閱",
    "欢迎订阅",
    "點我訂閱",
    "点我订阅",
    "立即訂閱",
    "立即订阅",
    "subscribe to",
    "sign up for",
    "sign up to",
    "get our newsletter",
    # app promotions, follow and share
    "點擊下載",
    "点击下载",
    "下載app",
    "下载app",
    "下載客戶端",
    "下载客户端",
    "打開app",
    "打开app",
    "掃碼下載",
    "扫码下载",
    "掃碼關注",
    "扫码关注",
    "長按二維碼",
    "长按二维码",
    "關注我們",
    "关注我们",
    "追蹤我們",
    "追踪我们",
    "加入line",
    "分享到",
    "分享至",
    "分享本文",
    "分享此文",
    "download the app",
    "download our app",
    "follow us",
    "share this",
    "share on",
    # the thanks that close blog-platform posts (方格子 vocus, Matters, Medium): "感謝你花時間閱讀這篇
    # 文章，喜歡這篇文章的話，歡迎按讚，拍手或是訂閱專題喔!", "感谢阅读，欢迎留言"
    "感謝你花時間閱讀",
    "感谢你花时间阅读",
    "感謝您花時間閱讀",
    "感谢您花时间阅读",
    "感謝閱讀",
    "感谢阅读",
    "感謝您的閱讀",
    "感谢您的阅读",
    "感謝你的閱讀",
    "感谢你的阅读",
    # continue reading
    "請繼續往下閱讀",
    "请继续往下阅读",
    "繼續閱讀",
    "继续阅读",
    "閱讀全文",
    "阅读全文",
    "展開全文",
    "展开全文",
    "continue reading",
    # media players
    "您的瀏覽器不支援",
    "您的浏览器不支持",
    "你的瀏覽器不支援",
    "你的浏览器不支持",
    "您的瀏覽器不支持",
    "瀏覽器不支援此",
    "浏览器不支持此",
    "視頻加載中",
    "视频加载中",
    "影片載入中",
    "your browser does not support",
    "media playback is unsupported",
    # "你的器材不支持播放多媒体材料" (BBC), "您的设备不支持播放此视频", "此影片無法播放"
    "器材不支持播放",
    "器材不支援播放",
    "設備不支援播放",
    "设备不支持播放",
    "裝置不支援播放",
    "装置不支持播放",
    "不支持播放多媒体",
    "不支援播放多媒體",
    "無法播放此",
    "无法播放此",
    "your device does not support",
    "this video is unavailable",
    "please enable javascript",
    "贊助內容",
    "赞助内容",
    "點我看",
    "点我看",
    "看更多",
)
#: Labels of related-reading lists and links (compared in lower case): they count only as a label,
#: followed by punctuation or nothing (``延伸閱讀：``), not as a sentence (``相關報導指出，``).
RELATED_LABELS = (
    "延伸閱讀",
    "延伸阅读",
    "相關新聞",
    "相关新闻",
    "相關閱讀",
    "相关阅读",
    "相關文章",
    "相关文章",
    "相關報導",
    "相关报道",
    "推薦閱讀",
    "推荐阅读",
    "編輯推薦",
    "编辑推荐",
    "更多新聞",
    "更多新闻",
    "更多報導",
    "更多报道",
    "熱門新聞",
    "热门新闻",
    # Al Jazeera's box inside the story: "阅读更多" (Chinese), "Recommended Stories" (English)
    "閱讀更多",
    "阅读更多",
    # BBC Chinese video pages end with "关注更多：" over a list of their other stories
    "关注更多",
    "關注更多",
    "recommended stories",
    "可能感兴趣的文章",
    "可能感興趣的文章",
    "可能感兴趣的新闻",
    "可能感興趣的新聞",
    "猜你喜歡",
    "猜你喜欢",
    "原文網址",
    "原文网址",
    "原文連結",
    "原文链接",
    "相關圖集",
    "相关图集",
    "精選圖集",
    "精选图集",
    "相關影片",
    "相关影片",
    "相關視頻",
    "相关视频",
    # a broadcaster's program page closes with where to watch or hear it, one "channel：URL" line
    # each: "网络收看方式：" / "大纪元新闻网：https://…" / "新唐人直播：https://www.youtube.com/…"
    # (大纪元's 《新闻大家谈》, a 新唐人 program); radio programs say 收听方式
    "收看方式",
    "网络收看方式",
    "網絡收看方式",
    "觀看方式",
    "观看方式",
    "收聽方式",
    "收听方式",
    "read more",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "see also",
    "also read",
    "more on this story",
    "you may also like",
    "most read",
)
#: Blocks that are nothing but one of these go (compared in lower case, without punctuation).
WHOLE_LINES = frozenset(["廣告", "广告", "advertisement", "sponsored", "ad", "載入中", "加载中", "loading"])
#: Copyright notices (compared in lower case).
COPYRIGHT = (
    "版權所有",
    "版权所有",
    "版權聲明",
    "版权声明",
    "未經授權",
    "未经授权",
    "未經許可",
    "未经许可",
    "不得轉載",
    "不得转载",
    "禁止轉載",
    "禁止转载",
    "著作權法保護",
    "著作权法保护",
    # reprint notices closing blog and WeChat posts: "转载请联系小C", "如需轉載，請註明出處",
    # "未经特别说明，C计划文章均为原创"
    "轉載請",
    "转载请",
    "如需轉載",
    "如需转载",
    "歡迎轉載",
    "欢迎转载",
    "文章均為原創",
    "文章均为原创",
    # the author-owns-it footer of Chinese literary and history sites (民间历史, 新浪博客, 豆瓣…):
    # "版权归作者所有，文责由作者自负", "版權歸原作者所有", "文责自负"
    "版權歸作者所有",
    "版权归作者所有",
    "版權歸原作者所有",
    "版权归原作者所有",
    "文責由作者自負",
    "文责由作者自负",
    "文責自負",
    "文责自负",
    "all rights reserved",
    "copyright",
    "©",
)
# bullets, brackets and marks that may open a call to action: "【", "▲", "►", "*", "（"
_LEAD = re.compile(r"[\W_]*")
# blocks longer than this are article text, whatever they say
_MAX_CTA = 80
_MAX_COPYRIGHT = 200
_MAX_WHOLE_LINE = 20
# copyright notices are looked for anywhere in this many last blocks
_TAIL = 3
# slack around a phrase for the whole block to count as "the phrase"
_SLACK = 6
# a word character: after a label, it means the label is the start of a sentence
_WORD = re.compile(r"\w")
_NOT_WORD = re.compile(r"[\W_]+")
# a piece of every word of WHOLE_LINES ("廣告", "載入中", "advertisement", "ad", "loading"…)
_WHOLE_LINE_KEY = re.compile("告|中|d")

#: Patterns of calls to action with words between their parts (compared in lower case):
#: "下載中央社App", "追蹤中央社Facebook", "加入中時LINE好友", "订阅BBC中文电子报", "點擊這裡訂閱".
CALL_TO_ACTION_PATTERNS = (
    r"下[载載].{0,12}app",
    r"(?:加入|追蹤|追踪|關注|关注|订阅|訂閱|follow).{0,12}"
    r"(?:line|facebook|臉書|脸书|twitter|推特|instagram|youtube|telegram|微信|微博|公众号|公眾號|頻道|频道)",
    r"(?:订阅|訂閱).{0,12}(?:电子报|電子報|newsletter)",
    r"(?:点击|點擊|点此|點此|按此)(?:这里|這裡|此处|此處|查看|閱讀|阅读|下載|下载|訂閱|订阅|看|進入|进入)",
    r"二维码|二維碼|qr ?code",
    # likes, claps and comments asked for: "歡迎按讚", "记得点赞", "欢迎留言交流", "請幫我拍手"
    # (not a phrase describing people: "欢迎留言的读者…")
    r"(?:歡迎|欢迎|記得|记得|請|请|幫我|帮我)(?:按讚|按赞|點讚|点赞|拍手|鼓掌|留言)(?![的之])",
    # the reader asked to subscribe or join, as Hong Kong's reader-funded sites close their articles:
    # "請加入成為眾新聞的月費訂戶，長期支持我們的工作。" (眾新聞), "立即成為會員" (not a report of
    # someone who "成為會員", which no request opens)
    r"(?:請|请|歡迎|欢迎|立即|馬上|马上)(?:加入)?(?:成為|成为).{0,12}(?:訂戶|订户|會員|会员|訂閱者|订阅者)",
    # a script embed's fallback asking the reader for JavaScript, left where the chart or player
    # would stand: "請啟動Javascript" (BBC中文's Flourish charts), "请启用JavaScript", "請開啟 JavaScript"
    # (a request, 請/请: not a sentence saying that someone "啟用JavaScript")
    r"(?:請|请)(?:啟動|启动|啟用|启用|開啟|开启|打開|打开) ?javascript",
)
# a link to the site's subscription or membership page, and the words that offer one: the line under
# 眾新聞's subscription appeal, "月費訂戶 [網址：hkcnews.com/aboutus/#subscribe](/web/…/aboutus/#subscribe)"
# Also a link to the site's donation page with the words that ask for support:
# "【支持】为真相护航 为沉默发声，就在今天，支持大纪元 https://donate.epochtimes.com" (大纪元), as
# reader-funded sites ask at the end of their stories (獨立媒體's "/supportus", HKFP's "/support-hkfp")
_SUBSCRIPTION_HREF = re.compile(r"subscri|newsletter|membership|donat|/support", re.IGNORECASE)
_SUBSCRIPTION_WORD = re.compile(r"訂|订|會員|会员|subscri|newsletter|支持|捐|贊助|赞助|donat", re.IGNORECASE)
# the longest such line, and the share of it its link text must hold
_MAX_SUBSCRIPTION_LINE = 60
# a short block with a call to action anywhere in it, unless it quotes someone
_SHORT = 24
_QUOTES = frozenset('「」『』“”"')


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_LONGEST_LABEL = max(len(label) for label in RELATED_LABELS)
_CATEGORY = {**dict.fromkeys(COPYRIGHT, "copyright"), **dict.fromkeys(RELATED_LABELS, "label")}
_CATEGORY.update(dict.fromkeys(CALL_TO_ACTION, "cta"))
# any known phrase, longest first (the text is lower-cased first): "訂閱《", "延伸閱讀", "版權所有"…
# (a plain alternation of literals: Python's re then skips quickly to the phrases' first characters)
_PHRASE = re.compile(_alternatives(tuple(_CATEGORY)))
# a pattern that opens with a group of plain words, "(?:订阅|訂閱).{0,12}(?:电子报|…)", written as one
# alternative per word, "订阅.{0,12}(?:电子报|…)|訂閱.{0,12}(?:电子报|…)": the same matches, tried in the
# same order, but every alternative now opens with a literal character, so Python's re skips quickly
# to the positions where one stands (with the group first, it tries every position of the text)
_LEADING_GROUP = re.compile(r"\(\?:((?:[^()\[\]{}\\.*+?^$|]+\|)*[^()\[\]{}\\.*+?^$|]+)\)(.*)", re.DOTALL)


def _literal_first(pattern: str) -> str:
    """``pattern`` with a leading group of plain words distributed over what follows it.

    >>> _literal_first("(?:点击|點擊)(?:这里|這裡)")
    '点击(?:这里|這裡)|點擊(?:这里|這裡)'
    >>> _literal_first("二维码|二維碼")
    '二维码|二維碼'
    """
    m = _LEADING_GROUP.fullmatch(pattern)
    if m is None:
        return pattern
    return "|".join(word + m.group(2) for word in m.group(1).split("|"))


_PATTERN = re.compile("|".join(_literal_first(p) for p in CALL_TO_ACTION_PATTERNS))
_COPYRIGHT_NOTICE = re.compile(_alternatives(COPYRIGHT))
_LONGEST_COPYRIGHT = max(len(p) for p in COPYRIGHT)


def _by_first_character(phrases: Iterable[str]) -> str:
    """An alternation that finds any of ``phrases``, grouped by first character (for a search only)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(
        re.escape(first) if "" in rests else re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
        for first, rests in groups.items()
    )


# found wherever a phrase or a pattern could match: a block without one can only be a whole-line word
_CANDIDATE = re.compile(_by_first_character(_CATEGORY) + "|" + _PATTERN.pattern)


def _verdict(low: str, *, tail: bool) -> bool:
    """Whether lower-cased block text ``low`` is a call to action, a related label or a copyright notice."""
    size = len(low)
    lead = _LEAD.match(low)
    start = lead.end() if lead else 0
    if size > _MAX_CTA and not tail:  # only a copyright notice opening the block is left to find
        return _COPYRIGHT_NOTICE.match(low, start) is not None
    short = size <= _SHORT and _QUOTES.isdisjoint(low)
    for m in _PHRASE.finditer(low):
        category = _CATEGORY[m.group()]
        opens = m.start() <= start or size <= m.end() - m.start() + _SLACK
        if category == "copyright":
            if opens or tail:
                return True
        elif size > _MAX_CTA:
            continue
        elif category == "cta":
            if opens or short:
                return True
        elif opens and (m.end() >= size or not _WORD.match(low, m.end())):
            return True
    if size <= _MAX_CTA:
        for m in _PATTERN.finditer(low):
            if short or m.start() <= start or size <= m.end() - m.start() + _SLACK:
                return True
    return size <= _MAX_WHOLE_LINE and _NOT_WORD.sub("", low) in WHOLE_LINES


def _talks_to_reader(text: str, *, tail: bool) -> bool:
    """:func:`_verdict` of the lower-cased ``text``, lower-casing and searching only what can decide it."""
    if len(text) > _MAX_CTA and not tail:
        # only a copyright notice opening the block is looked for: lower-casing keeps the
        # length of the text and the [\W_] characters before its first letter (the one
        # character it lengthens, "İ", is a letter), so only the start needs lower-casing
        lead = _LEAD.match(text)
        start = lead.end() if lead else 0
        return _COPYRIGHT_NOTICE.match(text[start : start + _LONGEST_COPYRIGHT].lower()) is not None
    low = text.lower()
    if _CANDIDATE.search(low) is None:
        return (
            len(low) <= _MAX_WHOLE_LINE
            and _WHOLE_LINE_KEY.search(low) is not None
            and _NOT_WORD.sub("", low) in WHOLE_LINES
        )
    return _verdict(low, tail=tail)


def is_call_to_action(text: str, *, tail: bool = False) -> bool:
    """True for a short block that talks to the reader instead of telling the story.

    ``tail`` says the block is among the article's last ones, where a copyright notice may
    stand anywhere in it.

    >>> [is_call_to_action(t) for t in ("延伸閱讀：", "相關報導指出，市場仍然疲弱。", "广告")]
    [True, False, True]
    >>> [is_call_to_action(t) for t in ("歡迎在推特上關注我們", "他說：「請關注我們的處境。」")]
    [True, False]
    >>> is_call_to_action("立即下載中央社App")
    True
    >>> is_call_to_action("請啟動Javascript"), is_call_to_action("改版後，不必在每頁啟用JavaScript外掛。")
    (True, False)
    >>> is_call_to_action("本文未經授權不得轉載"), is_call_to_action("© 2022年德国之声版权声明")
    (True, True)
    >>> notice = "該公司聲稱擁有版權所有權，並要求賠償。"
    >>> is_call_to_action(notice), is_call_to_action(notice, tail=True)
    (False, True)
    """
    return len(text) <= _MAX_COPYRIGHT and _talks_to_reader(text, tail=tail)


def _first_characters(pattern: str) -> frozenset[str]:
    """The first character of every top-level alternative of ``pattern`` (each opens with a plain one).

    >>> sorted(_first_characters(r"下[载載].{0,12}app|二维码|(?:a|b)c|qr ?code"))
    ['(', 'q', '下', '二']
    """
    firsts = set()
    depth = 0
    escaped = in_class = False
    opening = True
    for ch in pattern:
        if opening:
            firsts.add(ch)
            opening = False
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and not depth:
            opening = True
    return frozenset(firsts)


# what a phrase or a pattern match opens with (lower case): "訂", "延", "版", "©", "下" (下載…app)…
_OPENERS = frozenset(p[0] for p in _CATEGORY) | _first_characters(_PATTERN.pattern)
# the longest text a pattern of CALL_TO_ACTION_PATTERNS matches ("follow" + 12 + "instagram";
# a test measures it): a block longer than any phrase or pattern match plus the slack, and longer
# than a short block or a whole-line word, is a call to action only when one opens it
_PATTERN_WIDTH = 27
_OPENING_ONLY = max(max(map(len, _CATEGORY)) + _SLACK, _PATTERN_WIDTH + _SLACK, _SHORT, _MAX_WHOLE_LINE)


# first characters of the block that may lower-case to an opener
_CASED_OPENERS = cased_forms(_OPENERS)


def _opens_with_phrase(text: str) -> bool:
    """False when no phrase or pattern can start at or before the first letter of ``text``.

    That is all :func:`_verdict` looks at in a block of the middle (not among the last ones,
    longer than :data:`_OPENING_ONLY`).

    >>> _opens_with_phrase("訂閱《國際新聞》電子報"), _opens_with_phrase("【延伸閱讀】")
    (True, True)
    >>> _opens_with_phrase("中华民国行政院会今天通过"), _opens_with_phrase("「我們」")
    (False, False)
    """
    return may_open_with(text, _CASED_OPENERS, _OPENERS)


# a piece of every copyright notice, in every case it can have before lower-casing ("y" and "Y" of
# "copyright", "v" and "V" of "all rights reserved": no other character lower-cases to one of them)
_COPYRIGHT_KEYS = (
    "版",
    "未",
    "不得",
    "禁止",
    "著作",
    "轉載",
    "转载",
    "原創",
    "原创",
    "文責",
    "文责",
    "©",
    "y",
    "Y",
    "v",
    "V",
)


def _may_hold_copyright(text: str) -> bool:
    """False when the lower-cased ``text`` holds none of the :data:`COPYRIGHT` phrases.

    (Substring tests: a search for any of the keys tests each character of the text against them.)

    >>> [_may_hold_copyright(t) for t in ("本文未經授權", "COPYRIGHT 2022", "第一段。")]
    [True, True, False]
    """
    for key in _COPYRIGHT_KEYS:  # noqa: SIM110 (a loop costs less than any() over a generator)
        if key in text:
            return True
    return False


# a WeChat account promoted at the end of a post: the reader asked to search for it by name,
# "微信搜索“燕京书评”（Pekingbooks）：重申文化想象，重塑文字力量。" (燕京书评),
# "微信搜索“阮一峰的网络日志”或者扫描二维码，即可订阅。", "请搜索微信公众号“旦旦淘学”。",
# "搜索微信公众号【Python Web与Django开发】关注我！": the search opens the block, a quoted name
# follows, then the account's id, a colon, "or", "follow" or the end; not a story telling of a
# search ("他在微信搜索“李文亮”时发现…", "微信搜索“李文亮”，会出现…")
_WECHAT_SEARCH = re.compile(
    r"[\W_]*(?:请|請|可|可以|您可|欢迎|歡迎)?(?:在)?"
    r"(?:(?:微信|微信公众号|微信公眾號|公众号|公眾號)(?:搜索|搜尋|搜一搜)|(?:搜索|搜尋)(?:微信)?(?:公众号|公眾號))"
    r'\s*[:：\-—]?\s*[“"「『【《](?:[^”"」』】》\n]{1,24})[”"」』】》]\s*'
    r"(?:[(（]|[:：]|或|关注|關注|即可|[。！!]?\s*$)"
)


def is_wechat_follow(text: str) -> bool:
    """A line asking the reader to search WeChat for the publisher's account.

    >>> is_wechat_follow("微信搜索“燕京书评”（Pekingbooks）：重申文化想象，重塑文字力量。")
    True
    >>> is_wechat_follow("他在微信搜索“李文亮”时发现，相关文章已被删除。")
    False
    >>> is_wechat_follow("微信搜索“李文亮”，会出现什么？")
    False
    """
    return "搜" in text and _WECHAT_SEARCH.match(text) is not None


# the footer WordPress feeds with Yoast SEO add to every item (China Digital Times, many blogs):
# "The post 2047BBS | 拜登就职典礼上的诗人 appeared first on 中国数字时代."
_FEED_FOOTER = re.compile(r"The post .{1,300}? appeared first on [^。,，]{1,80}?[.。]?", re.DOTALL)


# the line the WordPress plugin Better Feed (by Ozh) adds under every item of a feed, its
# default text: "Feed enhanced by Better Feed from Ozh" (China Digital Times' 2020 feed)
_BETTER_FEED = "Feed enhanced by Better Feed from Ozh"


def is_feed_footer(text: str) -> bool:
    """True for a line a WordPress feed closes each item with: Yoast SEO's "The post … appeared
    first on …", the Better Feed plugin's "Feed enhanced by Better Feed from Ozh".

    >>> is_feed_footer("The post 2047BBS | 拜登就职典礼上的诗人 appeared first on 中国数字时代.")
    True
    >>> is_feed_footer("The post office appeared first on the list of targets, he said, and then")
    False
    >>> is_feed_footer("Feed enhanced by Better Feed from  Ozh"), is_feed_footer("Feed enhanced by AI")
    (True, False)
    """
    if text.startswith("Feed enhanced by "):
        return " ".join(text.split()) == _BETTER_FEED
    return text.startswith("The post ") and _FEED_FOOTER.fullmatch(text.strip()) is not None


def call_to_action(ctx: Context) -> None:
    """Short blocks that subscribe, promote, share, point to related reading or claim copyright."""
    phrases: tuple[str, ...] = ctx.publisher.boilerplate.drop_phrases if ctx.publisher else ()
    blocks = ctx.blocks
    # (both feed footers at times, Yoast's above Better Feed's)
    while blocks and is_feed_footer(blocks[-1].text):
        # the feed's footer links (the post itself, the site's home) are footer links
        ctx.remove_blocks([len(blocks) - 1], rule="call-to-action", kind="footer")
    if blocks and blocks[-1].links and blocks[-1].text.endswith(_MORE_ENDS):
        _cut_more_link(ctx, blocks[-1])
    if (
        blocks
        and blocks[-1].links
        and _DISCUSS_ENDS.search(blocks[-1].text[-12:])
        and _is_discussion_prompt(ctx, blocks[-1])
    ):
        ctx.remove_blocks([len(blocks) - 1], rule="call-to-action", kind="other")
    if phrases:
        # only the phrases found somewhere in the text are looked for in each block
        joined = "\n".join([block.text for block in blocks])
        phrases = tuple([p for p in phrases if p in joined])
    count = len(blocks)
    tail_from = count - _TAIL
    for i in range(count - 1, -1, -1):
        text = blocks[i].text
        size = len(text)
        if size > _MAX_COPYRIGHT:
            continue
        if size <= _OPENING_ONLY:
            found = _talks_to_reader(text, tail=i >= tail_from)
        else:
            # longer than any phrase and the slack: only a phrase or pattern opening the block decides
            # (most open with a letter none opens with), or a copyright notice in one of the last blocks
            first = text[:1]
            if first in _CASED_OPENERS or (not first.isalnum() and _opens_with_phrase(text)):
                found = _talks_to_reader(text, tail=i >= tail_from)
            elif i >= tail_from:
                found = _may_hold_copyright(text) and _talks_to_reader(text, tail=True)
            else:
                found = False
        if (
            found
            or (phrases and any(p in text for p in phrases))
            or (i >= tail_from and size <= _MAX_CTA and is_wechat_follow(text))
            or (blocks[i].links and size <= _MAX_SUBSCRIPTION_LINE and _is_subscription_link(blocks[i]))
        ):
            if blocks[i].links and opens_with_related_label(text):
                # "相關文章： [25歲青年承認暴動罪…](…)" (眾新聞): its links are related reading
                ctx.remove_blocks([i], rule="call-to-action", kind="related")
            else:
                ctx.remove_block(i, rule="call-to-action")


# A feed teaser cut short ends its last paragraph with a link to the whole story, whose text is only
# "more" after dots: RTI's "…還是類似美國的...<a href="…/id/2073104">...more</a>" (the teaser's own
# "..." stays). Also "read more", "閱讀全文 »". Compared in lower case.
_MORE_LINK = re.compile(r"(?:\.{2,}|…+)?\s*(?:read\s+)?more\s*(?:»|>>)?|(?:閱讀|阅读)全文\s*(?:»|>>)?")
# what such a paragraph ends with (a cheap test before the links are looked at)
_MORE_ENDS = ("more", "More", "MORE", "全文", "»", ">>")


def _cut_more_link(ctx: Context, block: Block) -> None:
    """Take a "...more" link to the whole story off the end of the last block, text it ends.

    >>> from newsparse.html.blocks import LinkRef
    >>> from newsparse.options import ParseOptions
    >>> ctx = Context(root=None, options=ParseOptions())
    >>> ctx.blocks = [Block("究竟要採參審制，還是類似美國的......more", links=1, index=0)]
    >>> ctx.links = [LinkRef("https://www.rti.org.tw/news/view/id/2073104", "...more", 0)]
    >>> _cut_more_link(ctx, ctx.blocks[0])
    >>> ctx.blocks[0].text, ctx.links[0].kind
    ('究竟要採參審制，還是類似美國的...', 'other')

    A paragraph that is the link alone is another rule's (a link line), and a link that says
    more than "more" is text: ``<a>More than 100 people</a>`` at a paragraph's end stays.
    """
    text = block.text.rstrip()
    for ref in reversed(ctx.links):
        if ref.block != block.index:
            continue
        label = ref.text.strip()
        if (
            ref.kind is None
            and label
            and len(label) < len(text)
            and text.endswith(label)
            and _MORE_LINK.fullmatch(label.lower())
        ):
            block.text = text[: -len(label)].rstrip()
            block.link_chars = max(0, block.link_chars - len(label))
            block.links -= 1
            ref.kind = "other"
            ctx.removed.append(("call-to-action", "other", label))
        return  # only the block's last link can end it


# A story closing with questions put to the reader and a link to the site's forum: BBC中文网's
# "你认为香港学生此次通过罢课行动争取民主有意义吗？…会有助于香港最终实现“真普选”吗？<a href="…/interactive/
# 2014/09/140923_forum_hk_students">欢迎参与讨论</a>。" The link's words invite discussion or comment;
# what stands before them is questions only (each sentence ends in "？").
_DISCUSS_LINK = re.compile(
    r"(?:歡迎|欢迎|請|请)?(?:參與|参与|加入)(?:討論|讨论)|(?:發表|发表)(?:評論|评论|意見|意见|看法)"
)
# what such a block ends with, before its closing mark (a cheap test before the links are looked at)
_DISCUSS_ENDS = re.compile(r"(?:討論|讨论|評論|评论|意見|意见|看法)[。！!.]?\s*$")
# the questions before the link: sentences that each end in a question mark
_QUESTIONS = re.compile(r"(?:[^。！!？?]+[？?])+")
# the longest such block
_MAX_DISCUSSION = 160


def _is_discussion_prompt(ctx: Context, block: Block) -> bool:
    """The block is questions to the reader closed by a link inviting discussion.

    >>> from newsparse.html.blocks import LinkRef
    >>> from newsparse.options import ParseOptions
    >>> ctx = Context(root=None, options=ParseOptions())
    >>> prompt = "你是否赞成香港学生的罢课行动？有关行动会有助于实现“真普选”吗？欢迎参与讨论。"
    >>> ctx.blocks = [Block(prompt, links=1, index=0)]
    >>> forum = "http://www.bbc.co.uk/zhongwen/simp/interactive/2014/09/140923_forum_hk_students"
    >>> ctx.links = [LinkRef(forum, "欢迎参与讨论", 0)]
    >>> _is_discussion_prompt(ctx, ctx.blocks[0])
    True

    A sentence of the story that ends with such a link is text: "学联周四发起集会，并在网上<a>参与讨论</a>。"
    """
    text = block.text.strip()
    if len(text) > _MAX_DISCUSSION:
        return False
    for ref in reversed(ctx.links):
        if ref.block != block.index:
            continue
        label = ref.text.strip()
        if not label or _DISCUSS_LINK.fullmatch(label) is None:
            return False
        at = text.rfind(label)
        if at <= 0 or text[at + len(label) :].strip() not in ("", "。", "！", "!", "."):
            return False
        return _QUESTIONS.fullmatch(text[:at].strip()) is not None
    return False


def opens_with_related_label(text: str) -> bool:
    """True when ``text`` opens with a related-reading label (:data:`RELATED_LABELS`) used as a label.

    >>> opens_with_related_label("相關文章： 25歲青年承認暴動罪"), opens_with_related_label("【延伸閱讀】")
    (True, True)
    >>> opens_with_related_label("相關報導指出，市場仍然疲弱。"), opens_with_related_label("見相關文章：甲")
    (False, False)
    """
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    low = text[start : start + _LONGEST_LABEL + 1].lower()
    return any(low.startswith(label) and not _WORD.match(low, len(label)) for label in RELATED_LABELS)


def _is_subscription_link(block: Block) -> bool:
    """A short block that is mostly a link to a subscription or donation page and offers one in words.

    >>> from lxml.html import fromstring
    >>> text = "月費訂戶 網址：hkcnews.com/aboutus/"
    >>> p = fromstring('<p>月費訂戶 <a href="/aboutus/#subscribe">網址：hkcnews.com/aboutus/</a></p>')
    >>> _is_subscription_link(Block(text, link_chars=23, links=1, element=p))
    True
    >>> text = "【支持】为真相护航 为沉默发声，就在今天，支持大纪元\\nhttps://donate.epochtimes.com"
    >>> p = fromstring('<p>【支持】为真相护航 为沉默发声，就在今天，支持大纪元<br>'
    ...                '<a href="https://donate.epochtimes.com/">https://donate.epochtimes.com</a></p>')
    >>> _is_subscription_link(Block(text, link_chars=29, links=1, element=p))
    True
    >>> text = "基金會表示，支持者可在官網捐款，善款將全數用於災區重建 https://donate.example.org"
    >>> p = fromstring('<p>基金會表示，支持者可在官網捐款，善款將全數用於災區重建 '
    ...                '<a href="https://donate.example.org">https://donate.example.org</a></p>')
    >>> _is_subscription_link(Block(text, link_chars=26, links=1, element=p))
    False
    >>> text = "見訂閱經濟的興起一文，市場仍然疲弱。"
    >>> p = fromstring('<p>見<a href="/news/subscription-economy">訂閱經濟的興起</a>一文，市場仍然疲弱。</p>')
    >>> _is_subscription_link(Block(text, link_chars=7, links=1, element=p))
    False
    """
    size = len(block.text)
    if not block.links or size > _MAX_SUBSCRIPTION_LINE or 2 * block.link_chars < size:
        return False
    if block.element is None or _SUBSCRIPTION_WORD.search(block.text) is None:
        return False
    return any(_SUBSCRIPTION_HREF.search(a.get("href") or "") for a in block.element.iter("a"))


def end_phrases(ctx: Context) -> None:
    """The publisher's end-of-article markers: the block and all after it go."""
    if ctx.publisher is None or not ctx.publisher.boilerplate.end_phrases:
        return
    phrases = ctx.publisher.boilerplate.end_phrases
    for i, block in enumerate(ctx.blocks):
        if any(p in block.text for p in phrases):
            for j in range(len(ctx.blocks) - 1, i - 1, -1):
                ctx.remove_block(j, rule="end-phrases")
            return
