"""Bylines, credits and datelines: who wrote a story, who else worked on it, where it was filed.

Chinese news names its people in a few fixed places, and those are the only places read:

* the lead's bracketed dateline: ``（中央社記者廖禹揚首爾17日專電）``, ``（中央社台北24日電）``,
  ``【大纪元2022年08月25日讯】（大纪元记者钟元台北报导）``;
* short credit lines at the top or bottom: ``责编：许书婷、何平 网编：瑞哲``,
  ``自由亚洲电台记者黄春梅 台北报道 责编 许书婷 温晓平``, ``责任编辑：叶紫微``, ``By Jane Doe``;
* the closing parenthesis of the last paragraph: ``（譯者：鄭詩韻/核稿：陳昱婷）``,
  ``（編輯：李雅雯/邱國強）``;
* organisation-then-name lines: ``记者为日本经济新闻（中文版：日经中文网）远藤淳``, ``… 原田逸策 北京``;
* photo credits: ``Photograph by Raul Ariano for The Wall Street Journal``, ``（中央社記者王飛華攝）``.

>>> b = read_byline(["（中央社記者廖禹揚首爾17日專電）美日韓會談。", "結尾。（編輯：陳惠珍）"])
>>> b.authors, dict(b.credits), (b.dateline.place, b.dateline.day)
(('廖禹揚',), {'editor': ('陳惠珍',)}, ('首爾', 17))
>>> read_byline(["正文。", "责编：许书婷、何平 网编：瑞哲"]).credits
{'editor': ('许书婷', '何平'), 'web_editor': ('瑞哲',)}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import timezone
from functools import cache
from importlib import resources

from attrs import field, frozen

from newsparse.fields.dates.parse import chinese_dates
from newsparse.model import Dateline
from newsparse.publishers import TABLE

__all__ = [
    "ROLES",
    "Byline",
    "has_credit_word",
    "has_organisation_word",
    "is_person_name",
    "places",
    "read_byline",
    "read_credit_line",
    "split_name_place",
    "split_names",
]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

#: Credit labels and the role each names; ``author`` roles become ``Article.authors``.
ROLES = {
    "特約記者": "author",
    "特约记者": "author",
    # commentary columns name their writer so: "特约评论员：何燕青" (维权网), "評論員：…"
    "特約評論員": "author",
    "特约评论员": "author",
    "評論員": "author",
    "评论员": "author",
    "記者": "author",
    "记者": "author",
    "作者": "author",
    "撰稿人": "author",
    "撰稿": "author",
    "撰文": "author",
    "文": "author",
    # an interview's interviewer, who wrote it up: "采访：阿吉" on a line of its own under the first
    # picture (凹凸镜DOC on Matters); read only before a colon or bar, as the one-character labels,
    # so "凹凸镜DOC: 采访的今天恰好是五四青年节…" and "记者采访：…" name no one
    "採訪": "author",
    "采访": "author",
    "責任編輯": "editor",
    "责任编辑": "editor",
    "文字編輯": "editor",
    "文字编辑": "editor",
    "主編": "editor",
    "主编": "editor",
    "責編": "editor",
    "责编": "editor",
    "編輯": "editor",
    "编辑": "editor",
    "網編": "web_editor",
    "网编": "web_editor",
    "譯者": "translator",
    "译者": "translator",
    "翻譯": "translator",
    "翻译": "translator",
    "編譯": "translator",
    "编译": "translator",
    "核稿": "reviewer",
    # one-character labels, read only before an explicit separator (as "文／"): JoongAng Ilbo's
    # Chinese edition closes "译 | 宋无忧  校 | 司空宽淑  责任编辑 | 芮荣俊"
    "譯": "translator",
    "译": "translator",
    "校": "reviewer",
    # Reuters' Chinese desk: "编译 张明钧/张涛；审校 孙茉莉/汪红英", "编译 王凤昌  发稿 朱淑珍"
    "審校": "reviewer",
    "审校": "reviewer",
    "發稿": "editor",
    "发稿": "editor",
    "審稿": "reviewer",
    "审稿": "reviewer",
    "校對": "reviewer",
    "校对": "reviewer",
    "攝影": "photographer",
    "摄影": "photographer",
    "製作": "producer",
    "制作": "producer",
    # an illustration's and a graphic's maker: 朝鲜日报's Chinese edition writes Korean papers'
    # "=" credits under its pictures, "▲ 插画 = 朴祥勋", "▲ 制图=金成奎"; WeChat blocks "插画｜…"
    "插畫": "illustrator",
    "插画": "illustrator",
    "插圖": "illustrator",
    "插图": "illustrator",
    "繪圖": "illustrator",
    "绘图": "illustrator",
    "製圖": "graphics",
    "制图": "graphics",
    # the layout credit closing WeChat posts: "▷ 排版：鱼香"
    "排版": "layout",
    # who compiled the text from other reports: "文字整理：李洁思；责任编辑：高静" (Epoch Times)
    "文字整理": "compiler",
    "整理": "compiler",
}

# a credit label and what may follow it: "责编：", "網編 ", "記者為", "文/", the bars of
# WeChat bylines, "文｜龚菁琦", "作者丨郭雪妮" (丨 U+4E28 is an ideograph drawn as a bar), and
# Korean papers' "=", "插画 = 朴祥勋" (朝鲜日报 Chinese edition, as "그래픽=김성규" in Korean)
_ROLE = re.compile(
    "(?P<label>"
    + "|".join(sorted(ROLES, key=len, reverse=True))
    + r")(?P<sep>\s*[:：／/|｜丨=＝]\s*|\s*[為为]\s*|\s+)?"
)
# what a one-character label ("文", "译", "校") must be followed by to be read as one
_EXPLICIT_SEPARATORS = ("/", "／", ":", "：", "|", "｜", "丨")
# labels read only as the one-character ones are, before an explicit separator: words of sentences
# too ("采访的今天", "接受采访：")
_SEPARATOR_ONLY = frozenset(("採訪", "采访"))
# what may stand before a one-character label: "图/文：", "（文／張三）", "宋无忧 校 | 司空宽淑"
_BEFORE_SHORT_LABEL = frozenset(" \u3000\t/／，,;；|｜丨（(【[")
# one line of a WeChat credit block, a label, a bar or colon and names: "文｜龚菁琦",
# "编辑｜金石", "作者丨郭雪妮"; magazines put the block after the standfirst, not first
_BLOCK_LINE = re.compile(
    "^(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\s*[｜丨|：:]\s*\S{2,40}$"
)
# the first characters of the labels ("文", "编", "作", "摄"…), a cheap test before _BLOCK_LINE
_LABEL_STARTS = frozenset(label[0] for label in ROLES)
# how far down the body a credit block may start, in paragraphs
_BLOCK_REACH = 12
# a line that names the writers with a writer's label: "作者丨郭雪妮", "文｜龚菁琦", "撰文：张三"
_WRITER_LABEL = re.compile(r"^(?:作者|撰文|撰稿|文)\s*[｜丨|：:/／]\s*(?P<names>\S.{0,38})$")
# a Chinese personal name: 2-4 ideographs ("廖禹揚", "原田逸策"), or a transliterated one with
# a middle dot ("鲁斯捷姆·乌梅罗夫")
_CJK_NAME = re.compile(rf"^(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}[·・‧•][{_HAN}]{{1,10}})$")
# a Japanese name in kanji, read only where a line's form vouches for a name (a reporter after
# the organisation): "盐崎健太郎", "小笠原信之"
_LONG_CJK_NAME = re.compile(rf"^[{_HAN}]{{5,6}}$")
# a Latin-script name: "Raul Ariano", "Jens Stoltenberg", "Mary-Ann O'Neil", "J. R. R. Tolkien"
_LATIN_NAME = re.compile(
    r"^[A-Z][A-Za-z'.-]*(?:\s+(?:[A-Z][A-Za-z'.-]*|van|von|de|der|den|da|di|du|la|le|bin|al)){1,3}$"
)
# a one-word Latin nickname beside Chinese names in a list after a credit label, as NGO and WeChat
# media credit their volunteers: "作者：Harry、LIZI、马来貘貘", "编辑：糖糖、COCO、小咚" (NGOCN)
_NICKNAME = re.compile(r"^[A-Z][A-Za-z]{1,11}$")
# characters that do not occur in names but do in sentences: "谢谢。", "他说"
_NOT_IN_NAMES = frozenset("的了是这這我你们們说說吗嗎呢吧，。！？；：、“”「」《》（）()")
# the words of other credits, roles the credit lines name but newsparse gives no role: a designer,
# a chart, a video's producer or cameraman ("美编：…", "监制：…"). Never names, as no label of
# ROLES is: "眾新聞製圖" (a 眾新聞 chart's credit) names no reporter called 製圖.
_ROLE_WORDS = (
    "美編", "美编", "設計", "设计", "圖表", "图表", "監製", "监制", "策劃", "策划", "統籌", "统筹",
    "剪輯", "剪辑", "攝像", "摄像",
)  # fmt: skip
# words of credit lines that are never part of a name: "台北报道", "责编", "製圖"
_CREDIT_WORD = re.compile(
    "報導|报导|报道|報道|"
    + "|".join(label for label in sorted(ROLES, key=len, reverse=True) if len(label) > 1)
    + "|"
    + "|".join(_ROLE_WORDS)
)
# words that mark an organisation rather than a person: "端传媒", "路透社", "Initium Media",
# "師潮作者群", "好青年荼毒室 — 哲學部", "中国人权研究中心", "眾新聞" (see has_organisation_word)
_ORGANISATION = re.compile(
    r"社|報|报|網|网|台|臺|電視|电视|新聞|新闻|週刊|周刊|雜誌|杂志|媒|中心|基金|研究|大學|大学|"
    r"通訊|通讯|之聲|之声|協會|协会|學會|学会|出版|頻道|频道|集團|集团|公司|政府|委員會|委员会|"
    r"作者群|編輯部|编辑部|聯盟|联盟|工作室|小組|小组|[部室組组團团會会]$|"
    r"\b(?:[Nn]ews|[Tt]imes|[Pp]ost|[Mm]edia|[Pp]ress|[Dd]aily|[Rr]adio|TV|[Jj]ournal|[Aa]gency|"
    r"[Nn]etwork|[Mm]agazine|[Rr]eview|[Ww]eekly|[Gg]roup|[Ff]oundation|[Ii]nstitute|"
    r"Ltd|Inc|LLC|Official)\b"
)
# separators between names: "A、B", "A/B", "A，B", "A; B"
_NAME_PUNCT = re.compile(r"\s*[、，,/／;；&]\s*")
# conjunctions between names: "A和B", "A及B", "A and B"
_NAME_CONJ = re.compile(r"\s*(?:和|及|與|与|\band\b)\s*")
# "台北报道", "華盛頓報導": the place a reporter filed from, closing the reporter's value
_FILED_FROM = re.compile(rf"^(?P<rest>.*?)\s*(?P<place>[{_HAN}]{{2,8}}?)\s*(?:報導|报导|报道|報道)$")

# the verb before the place a reporter filed from: "端传媒记者 林怡廷、许芷君 发自缅甸仰光"
_FILED_VERB = re.compile(r"^(?:发自|發自|寄自)")
# the year and month before a stamp's day: "共同社伦敦1月", "大纪元2022年08月"
_STAMP_MONTH = re.compile(r"\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*$")
# "【大纪元2022年08月25日讯】" opening the lead
_LEAD_STAMP = re.compile(r"^\s*【(?P<stamp>[^】]{2,30})】\s*")
# "（中央社記者廖禹揚首爾17日專電）", "(大纪元记者钟元台北报导)": a bracket opening the lead
_LEAD_BRACKET = re.compile(r"^[（(]\s*(?P<inner>[^（）()]{2,60}?)\s*[）)]")
# how a bracketed dateline ends: "首爾17日專電", "香港22日電", "1日綜合外電報導", "台北報導"
_FILED = re.compile(
    r"(?:(?P<day>\d{1,2})\s*日)?\s*"
    r"(?P<kind>(?:綜合|综合)?(?:外電|外电)?(?:採訪|采访)?(?:報導|报导|报道|報道)|專電|专电|電|电|訊|讯)$"
)
# two places a wire story was filed from: "首爾/舊金山" in "（中央社首爾/舊金山22日綜合外電報導）"
_TWO_PLACES = re.compile(rf"(?P<first>[{_HAN}]{{2,8}})[/／](?P<second>[{_HAN}]{{2,8}})$")
# what a dateline's place may be: "首爾", "Washington", "首爾/舊金山"
_DATELINE_PLACE = re.compile(rf"[{_HAN}A-Za-z ]{{1,12}}(?:[/／][{_HAN}A-Za-z ]{{1,12}})?")
# who filed it: "記者", "特派員", "驻地记者"
_REPORTER = re.compile(r"(?:特約|特约|駐地|驻地)?(?:記者|记者|特派員|特派员|通訊員|通讯员)")
# a wire agency's lead: the agency, the place, the day and a dash, "路透上海7月22日 - ",
# "路透东京1月22日 - " (the agency is matched apart, by the publisher table's aliases)
_WIRE_LEAD = re.compile(
    rf"^(?P<place>[{_HAN}]{{2,8}}?)\s*(?:\d{{1,2}}\s*月\s*)?(?P<day>\d{{1,2}})\s*日\s*(?:電|电)?\s*[-—–]{{1,2}}\s"
)
# "華盛頓 — 美國…": a place and a dash opening the lead (no day)
_LEAD_PLACE = re.compile(rf"^(?P<place>[{_HAN}]{{2,8}})\s*(?:電|电)?\s*[—–]{{1,2}}\s*")
# the wire form with spaces around the dash leaves no doubt that a place stands before it, even
# one the places list does not know: "里约热内卢 — 自2012年…"
_SPACED_PLACE_DASH = re.compile(rf"^[{_HAN}]{{2,6}}\s+[—–]{{1,2}}\s+\S")
# a parenthesis closing a paragraph: "…合作。（編輯：陳惠珍）"
_CLOSING_PAREN = re.compile(r"[（(](?P<inner>[^（）()]{2,60})[）)]\s*$")
# the names before the label, as Deutsche Welle closes its condensed wire digests (全球疫情概览):
# "张筠青/凝炼（路透社、德新社、法新社、美联社）"; 凝炼 ("condensed") is DW's word for the one who wrote
# the digest from the agencies' copy, as 摘编 is in its press digests' header "张平（摘编）": the
# author. The same line with 编译 ("张筠青/编译（路透社）") is the inverted "编译：张筠青", a translator.
# A bracket of sources may close the line; nothing else may follow the label.
_AFTER_NAME_ROLES = {"凝炼": "author", "凝煉": "author", "编译": "translator", "編譯": "translator"}
_NAMES_THEN_LABEL = re.compile(
    r"^(?P<names>[^/／（）()]{2,30}?)\s*[/／]\s*(?P<label>"
    + "|".join(_AFTER_NAME_ROLES)
    + r")\s*(?:[（(][^（）()]{1,40}[）)])?$"
)
# a pen name of one Latin word after a writer's label, the whole line: "作者：Samson" (好青年荼毒室 on
# Medium, whose other writers sign "作者：廸廸仔"). One capitalised word of lower-case letters, so
# agencies in capitals ("作者：AFP", "作者：BBC") and placeholders in lower case ("作者：unknown")
# are no such name; capitalised words that name no person are in _NOT_PEN_NAMES.
_PEN_NAME_LINE = re.compile(r"^(?:作者|撰文)\s*[:：｜|丨]\s*(?P<name>[A-Z][a-z]{2,11})$")
# capitalised single words after 作者： that name an agency, a platform or a role, not a writer
# (names in the publisher table, as Reuters and Medium, are tested apart)
_NOT_PEN_NAMES = frozenset(
    (
        "Admin", "Administrator", "Anonymous", "Author", "Editor", "Editors", "Guest", "None",
        "Null", "Reporter", "Staff", "Team", "Translator", "Undefined", "Unknown", "User",
        "Webmaster", "Writer", "Bloomberg", "Xinhua", "Getty", "Twitter", "Facebook", "Google",
        "Instagram", "Youtube", "Wikipedia", "Weibo", "Wechat", "Telegram", "Whatsapp",
    )
)  # fmt: skip
# "By Jane Doe", "By Jane Doe and John Roe, Reuters"
_BY_LINE = re.compile(
    r"^(?:By|BY)\s+(?P<names>[A-Z][^|:：]{2,80}?)(?:\s*[,|]\s*(?P<org>[A-Z][\w .&-]{1,40}))?$"
)
# "Photograph by Raul Ariano for The Wall Street Journal", "Photo by Jane Doe/Reuters"
_PHOTO_BY = re.compile(
    r"(?:Photo(?:graph)?s?|Photographed|Picture)\s+(?:by|:)\s+"
    r"(?P<name>[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){1,3})"
)
# "（中央社記者王飛華攝）", "（记者张三摄）", "(记者柳飞拍摄)", a bare credit line "记者柳飞拍摄"
_CAMERA = re.compile(
    rf"(?:[（(]|^)(?:[{_HAN}]{{1,6}}?)?(?:記者|记者)(?P<names>[{_HAN}、]{{2,20}}?)"
    r"(?:拍攝|拍摄|攝影|摄影|攝|摄)(?:[）)]|$)"
)
# the photographer's name alone in the bracket closing a caption, as RTI credits its reporters'
# pictures: "國民法官法完成三讀，民進黨團高聲歡呼。（劉玉秋攝）" (no 記者: the name must open with
# a common surname, so "（民眾拍攝）", "（翻攝自臉書）" name no one)
_BARE_CAMERA = re.compile(
    rf"[（(](?P<names>[{_HAN}]{{2,4}}(?:[、/／][{_HAN}]{{2,4}})*)(?:拍攝|拍摄|攝|摄)[）)]\s*$"
)
# the last word of a _BARE_CAMERA match, before its bracket
_CAMERA_WORDS = frozenset("攝摄")
# what follows an agency in a photo credit, never a name: "路透资料照片", "法新社圖片", "美联社提供"
_PHOTO_WORD = re.compile(r"照片|相片|圖片|图片|資料|资料|提供|供圖|供图")
# a spaced Chinese name from a feed's author field: "王 征"
_SPACED_CJK = re.compile(rf"(?<=[{_HAN}])\s(?=[{_HAN}])")

# what every credit line has somewhere: a credit label ("责编", "記者", "文") or a photo
# credit's word ("Photograph by", "Picture:"); lines that start like a "By …" line or an
# organisation-then-name line are tested apart. A cheap test before the readers of
# :func:`read_credit_line`: change it with them.
_ANY_CREDIT = re.compile("|".join(sorted(ROLES, key=len, reverse=True)) + "|凝炼|凝煉|Photo|Picture")

_MAX_CREDIT_LINE = 100
# end-of-story marks after the closing credits: "责任编辑：高静 #", "责任编辑：林诗远#" (Epoch Times)
_END_MARKS = ("#", "＃")
_MAX_TOP_LINE = 40
# the longest name before a title's colon: "宋志标：灾难中的感动模式如何取代问责？", "Jane Doe: Title"
_MAX_TITLE_WRITER = 24
# the common Chinese surnames (mainland, Taiwan, Hong Kong; both scripts): a name standing alone in
# a title must open with one, as "宋志标" does and "流亡人士" (exiles), "专访" (interview) do not
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅"
    "方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯洪游詹"
    "赖賴简簡翁施柯连連温溫庄莊涂卓巫阮蓝藍纪紀郁欧歐甘关關包左殷宁寧骆駱聂聶祝尚安申邢伍易乔喬单單"
    "凌齐齊冉华華鲁魯葛牛文岳艾宗霍樊谷储儲裴符颜顏倪俞焦梅盛童柴车車曲房耿管常屈席应應项項桂季"
)
# compound surnames: "欧阳", "司马", "诸葛"
_COMPOUND_SURNAMES = frozenset(
    ["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "东方", "東方", "皇甫", "令狐", "慕容"]
)
#: A reporter's mark set between hashes inside a paragraph: RTI's feed teasers run the lead and the
#: report together as ``…更符合人民期待。#記者劉玉秋的報導#「國民法官法」…`` (``names``: 劉玉秋).
#: Its 專題 (feature) teasers write "interviewed and reported" and leave the mark open, running it
#: into the next subheading: ``…重拾人民對於司法的信賴。#記者歐陽夢萍採訪報導人民參與審判 參審…``
#: (``names``: 歐陽夢萍; the mark ends with 採訪報導, the closing hash may be there or not).
REPORT_MARKER = re.compile(
    r"[#＃]\s*(?:特約|特约)?(?:記者|记者)\s*(?P<names>[^#＃\s的]{2,20}?)\s*"
    r"(?:的?\s*(?:報導|報道|报道|报导)\s*[#＃]|(?:採訪|采访)(?:報導|報道|报道|报导)(?:\s*[#＃])?)"
)


@frozen
class Byline:
    """What the bylines of one document say."""

    authors: tuple[str, ...] = ()
    credits: dict[str, tuple[str, ...]] = field(factory=dict)
    dateline: Dateline | None = None


@cache
def places() -> frozenset[str]:
    """Dateline places from ``newsparse/data/places.txt`` (both scripts)."""
    raw = resources.files("newsparse").joinpath("data/places.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def _is_name(text: str, *, long_names: bool = False) -> bool:
    if not text or not _NOT_IN_NAMES.isdisjoint(text) or _CREDIT_WORD.search(text):
        return False
    if _ORGANISATION.search(text):
        return False
    if long_names and _LONG_CJK_NAME.match(text):
        return True
    return bool(_CJK_NAME.match(text) or _LATIN_NAME.match(text))


def has_organisation_word(text: str) -> bool:
    """Whether ``text`` holds a word that marks an organisation, a newsroom or a group of
    writers rather than a person: the test every reader of names shares.

    >>> has_organisation_word("師潮作者群"), has_organisation_word("眾新聞")
    (True, True)
    >>> has_organisation_word("当代张敬轩"), has_organisation_word("Jane Doe")
    (False, False)
    """
    return _ORGANISATION.search(text) is not None


def is_person_name(text: str) -> bool:
    """True for a person's name (``王 征``, ``长平``, ``Jane Doe``), False for a publisher or phrase.

    >>> is_person_name("王 征"), is_person_name("(臺)中央社CNA"), is_person_name("端传媒")
    (True, False, False)
    """
    text = " ".join(text.split())
    if not text or TABLE.by_name(text) is not None or _ORGANISATION.search(text):
        return False
    return _is_name(_SPACED_CJK.sub("", text))


def has_credit_word(text: str) -> bool:
    """Whether ``text`` holds a word of credit lines, never part of a name (``記者``, ``责编``, ``製圖``).

    >>> has_credit_word("眾新聞記者"), has_credit_word("眾新聞製圖"), has_credit_word("当代张敬轩")
    (True, True, False)
    """
    return _CREDIT_WORD.search(text) is not None


def split_names(text: str, *, long_names: bool = False) -> list[str] | None:
    """The names in ``text`` (``A、B``, ``A/B``, ``A和B``, ``A B``), or None if it is not a list of names.

    ``long_names`` also accepts names of five or six ideographs (Japanese names in kanji), for
    lines whose form already says a name stands there.

    >>> split_names("李雅雯/邱國強"), split_names("许书婷 温晓平"), split_names("谢谢。")
    (['李雅雯', '邱國強'], ['许书婷', '温晓平'], None)
    >>> split_names("盐崎健太郎"), split_names("盐崎健太郎", long_names=True)
    (None, ['盐崎健太郎'])
    >>> split_names("Harry、LIZI、马来貘貘"), split_names("AFP、Reuters"), split_names("Harry")
    (['Harry', 'LIZI', '马来貘貘'], None, None)
    """
    names: list[str] = []
    # one-word Latin nicknames count only in a 、 list that also names a Chinese name
    nicknames = "、" in text
    nicknamed = False
    for part in _NAME_PUNCT.split(text.strip(" \u3000")):
        part = part.strip(" \u3000")
        if not part:
            continue
        if _is_name(part, long_names=long_names):
            names.append(part)
            continue
        if nicknames and _NICKNAME.match(part):
            names.append(part)
            nicknamed = True
            continue
        for splitter in (str.split, _NAME_CONJ.split):
            pieces = [p for p in splitter(part) if p]
            if len(pieces) > 1 and all(_is_name(p, long_names=long_names) for p in pieces):
                names.extend(pieces)
                break
        else:
            return None
    if nicknamed and not any(_CJK_NAME.match(n) for n in names):
        # without a Chinese name beside them, single Latin words may be brands or agencies
        # ("图片：AFP、Reuters"): not a list of names
        return None
    return names


def split_name_place(text: str) -> tuple[str, str | None]:
    """Split ``廖禹揚首爾`` into reporter names and the place, by the places list, then by length.

    >>> split_name_place("廖禹揚首爾"), split_name_place("張謙香港"), split_name_place("林芳如、楊堯茹台北")
    (('廖禹揚', '首爾'), ('張謙', '香港'), ('林芳如、楊堯茹', '台北'))
    """
    text = text.strip()
    known = places()
    for size in range(min(8, len(text)), 1, -1):
        if text[-size:] in known:
            return text[:-size].strip(), text[-size:]
    if " " in text:
        names, _, place = text.rpartition(" ")
        return names.strip(), place or None
    last = _NAME_PUNCT.split(text)[-1]
    if len(last) <= 3:
        return text, None
    keep = 2 if len(last) == 4 else 3
    cut = len(text) - len(last) + keep
    return text[:cut], text[cut:]


def _strip_org(head: str) -> tuple[str, str]:
    """``("中央社", "首爾")`` from ``中央社首爾`` (a publisher alias at the start)."""
    pattern = TABLE.alias_pattern()
    if pattern is not None and (m := pattern.match(head)):
        return head[: m.end()], head[m.end() :].strip()
    return "", head


def _bracket_dateline(inner: str) -> tuple[list[str], Dateline | None] | None:
    """Reporters and dateline from a bracket such as ``中央社記者廖禹揚首爾17日專電``."""
    filed = _FILED.search(inner)
    if filed is None:
        return None
    head = inner[: filed.start()].strip()
    day = int(filed.group("day")) if filed.group("day") else None
    names: list[str] = []
    reporter = _REPORTER.search(head)
    if reporter is not None:
        names_text, place = split_name_place(head[reporter.end() :])
        names = (split_names(names_text) or []) if names_text else []
    else:
        _, rest = _strip_org(head)
        known = places()
        place = next((rest[-n:] for n in range(min(8, len(rest)), 1, -1) if rest[-n:] in known), None)
        if place is None and 2 <= len(rest) <= 6 and rest != head:
            place = rest
        elif place is not None and (both := _TWO_PLACES.search(rest)) and both.group("first") in known:
            place = both.group(0)  # "首爾/舊金山": a story filed from two places names both
    if place is not None and not _DATELINE_PLACE.fullmatch(place):
        place = None
    if not names and place is None:
        return None
    raw = inner[inner.rfind(place) :] if place else inner[filed.start() :]
    return names, (Dateline(place, day, raw) if place else None)


def _lead(paragraphs: Sequence[str]) -> tuple[list[str], Dateline | None]:
    """Reporters and dateline from the lead's opening bracket or place.

    The lead is the first paragraph, or the second when the first is a short line (a
    standfirst or label); a bracket deeper in the text quotes someone else's story.
    """
    leads = paragraphs[:2] if paragraphs and len(paragraphs[0]) <= _MAX_TOP_LINE else paragraphs[:1]
    for para in leads:
        text = para.lstrip()
        stamp_day: int | None = None
        if m := _LEAD_STAMP.match(text):
            if (wire := _stamp_dateline(m.group("stamp"))) is not None:
                return [], wire
            dates = chinese_dates(m.group("stamp"), timezone.utc)
            stamp_day = dates[0].value.day if dates else None
            text = text[m.end() :]
        if m := _LEAD_BRACKET.match(text):
            found = _bracket_dateline(m.group("inner"))
            if found is not None:
                names, dateline = found
                if dateline is not None and dateline.day is None and stamp_day is not None:
                    dateline = Dateline(dateline.place, stamp_day, dateline.raw)
                return names, dateline
        if (wire := _wire_lead(text)) is not None:
            return [], wire
        if (m := _LEAD_PLACE.match(text)) and (
            m.group("place") in places() or _SPACED_PLACE_DASH.match(text)
        ):
            return [], Dateline(m.group("place"), None, m.group(0).strip())
    return [], None


def _stamp_dateline(stamp: str) -> Dateline | None:
    """The dateline of an agency's bracketed lead stamp, ``共同社伦敦1月31日电``, else None.

    Epoch's stamp ``大纪元2022年08月25日讯`` names no place: its dateline, if any, is in the
    bracket that follows.

    >>> _stamp_dateline("共同社伦敦1月31日电"), _stamp_dateline("大纪元2022年08月25日讯")
    (Dateline(place='伦敦', day=31, raw='伦敦1月31日电'), None)
    """
    filed = _FILED.search(stamp)
    if filed is None or not filed.group("day"):
        return None
    head = _STAMP_MONTH.sub("", stamp[: filed.start()])
    org, place = _strip_org(head)
    if not org or place not in places():
        return None
    return Dateline(place, int(filed.group("day")), stamp[stamp.rfind(place) :])


def _wire_lead(text: str) -> Dateline | None:
    """The dateline of a wire lead such as ``路透上海7月22日 - 上海证券交易所…``, else None.

    >>> _wire_lead("路透东京1月22日 - 距离东京奥运会开幕还有六个月")
    Dateline(place='东京', day=22, raw='东京1月22日')
    """
    if not text[:1].isalpha() or "日" not in text[:24]:
        return None
    org, rest = _strip_org(text[:40])
    if not org or (m := _WIRE_LEAD.match(rest)) is None or m.group("place") not in places():
        return None
    raw = rest[: m.end()].rstrip(" -—–\u3000")
    return Dateline(m.group("place"), int(m.group("day")), raw)


def read_credit_line(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    """Roles and names from one credit line, or None when the line is not one.

    >>> read_credit_line("自由亚洲电台记者黄春梅 台北报道 责编 许书婷 温晓平 网编 瑞哲")[0]
    {'author': ['黄春梅'], 'editor': ['许书婷', '温晓平'], 'web_editor': ['瑞哲']}
    >>> read_credit_line("记者针对亚洲的技术创新等采访了杨致远") is None
    True
    >>> read_credit_line("中央社記者楊明珠東京攝"), read_credit_line("中央社記者沈如峰基隆傳真")
    (({'photographer': ['楊明珠']}, None), None)
    """
    line = line.strip()
    if line[-1:] in _END_MARKS:
        if line[:1] in _END_MARKS and (names := report_marker_names(line)):
            return {"author": names}, None
        line = line.rstrip("".join(_END_MARKS) + " \u3000")
    if line[:1] in "（(【[" and line[-1:] in "）)】]":
        line = line[1:-1].strip()
    if not line or len(line) > _MAX_CREDIT_LINE:
        return None
    if not _may_credit(line):
        return None  # no reader of _read_credit can match
    return _read_credit(line)


def report_marker_names(marker: str) -> list[str] | None:
    """The reporters a whole :data:`REPORT_MARKER` names, or None when ``marker`` is not one.

    >>> report_marker_names("#記者劉玉秋的報導#"), report_marker_names("＃记者王小明报道＃")
    (['劉玉秋'], ['王小明'])
    >>> report_marker_names("#記者會的報導#") is None, report_marker_names("#台灣#") is None
    (True, True)
    >>> report_marker_names("#記者歐陽夢萍採訪報導"), report_marker_names("#記者會採訪報導#") is None
    (['歐陽夢萍'], True)
    """
    m = REPORT_MARKER.fullmatch(marker.strip())
    if m is None or (names := split_names(m.group("names"))) is None:
        return None
    # a hashtag of the text has no surname where the reporter's name stands: "#記者會採訪報導#"
    # (the press conference), "#记者采访报道#"
    return names if all(_with_surname(name) for name in names) else None


def _with_surname(name: str) -> bool:
    """A name in Latin letters, or a Chinese name that opens with a common surname.

    >>> _with_surname("歐陽夢萍"), _with_surname("劉玉秋"), _with_surname("會採訪"), _with_surname("Jane Doe")
    (True, True, False, True)
    """
    return not _CJK_NAME.match(name) or name[0] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES


def title_writer(title: str, text: str) -> str | None:
    """The writer a column's title names before its colon, when the text names them nowhere.

    Opinion sites title a column ``Writer：Title`` (端传媒 ``宋志标：灾难中的感动模式如何取代问责？``,
    ideobook ``胡凌：什么是数据主权？``). A news headline quotes a speaker the same way
    (``王毅：…``), but then the story names the speaker; a place (``北京：…``) is no writer.

    >>> title_writer("宋志标：灾难中的感动模式如何取代问责？", "每逢大的灾难，无论人祸还是天灾……")
    '宋志标'
    >>> title_writer("王毅：中方愿同各方加强合作", "外交部长王毅周五表示……") is None
    True
    >>> title_writer("北京：今年首场降雪", "……") is None, title_writer("北約秘書長訪南韓", "……") is None
    (True, True)
    >>> title_writer("流亡人士：回顾新冠疫情 中国欠世界一个交代", "近日，流亡美国的青年……") is None
    True
    """
    # (str.find, not a pattern: most titles have no colon, and this runs on every title)
    colon = title.find("：")
    ascii_colon = title.find(":", 0, colon) if colon >= 0 else title.find(":")
    if ascii_colon >= 0:
        colon = ascii_colon  # the first colon of either width
    if colon < 2 or not title[colon + 1 :].strip():
        return None
    name = title[:colon].strip()
    if (
        not 2 <= len(name) <= _MAX_TITLE_WRITER
        or not is_person_name(name)
        or name in places()
        or name in text
    ):
        return None
    if not _with_surname(name):
        return None  # "流亡人士：回顾新冠疫情 中国欠世界一个交代" (RFA): who is quoted, not a name
    return name


def _may_credit(line: str) -> bool:
    """False when no reader of :func:`_read_credit` can match ``line`` (it has no label, no photo word).

    ``"责编：许书婷"``, ``"By Jane Doe"``, ``"Photo: RFA"`` may be credit lines; ``"谢谢。"`` cannot.
    """
    if _ANY_CREDIT.search(line) is not None or line[:2] in ("By", "BY"):
        return True
    # an organisation-then-name line without a label starts with the organisation's name
    # ("日本经济新闻（中文版：日经中文网）原田逸策"; "中国商务部通报" starts with no such name)
    if line[:1] not in _org_line_starts():
        return False
    pattern = _org_line_pattern()
    return pattern is not None and pattern.match(line) is not None


def _read_credit(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    """:func:`read_credit_line` of a stripped line of at most ``_MAX_CREDIT_LINE`` characters."""
    for reader in (_photo_line, _org_name_line, _by_line, _names_then_label, _pen_name_line):
        if (found := reader(line)) is not None:
            return found
    labels: list[re.Match[str]] = []
    for m in _ROLE.finditer(line):
        label, sep = m.group("label"), (m.group("sep") or "").strip() or m.group("sep")
        if (len(label) == 1 or label in _SEPARATOR_ONLY) and (
            sep not in _EXPLICIT_SEPARATORS or (m.start() and line[m.start() - 1] not in _BEFORE_SHORT_LABEL)
        ):
            continue  # "文" and "校" end and begin many words ("学校："); as labels they stand alone
        if sep is None and ROLES[label] != "author":
            continue  # "编辑推荐" is a heading; editors are named after a colon or a space
        before = line[m.start() - 1] if m.start() else " "
        if labels and not (before.isspace() or before in "/／，,;；|）)、"):
            continue
        labels.append(m)
    if not labels:
        return None
    prefix = line[: labels[0].start()].strip()
    if len(prefix) > 10 or not _NOT_IN_NAMES.isdisjoint(prefix):
        return None
    roles: dict[str, list[str]] = {}
    dateline = None
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        value = line[m.end() : end].strip(" \u3000/／，,;；|｜丨")
        if not value and i + 1 < len(labels) and m.group("label") in _SEPARATOR_ONLY:
            continue  # "采访/撰文：张三": the interviewer and writer share the next label's names
        role = ROLES[m.group("label")]
        if role == "author" and (filed := _FILED_FROM.match(value)):
            value, place = filed.group("rest"), filed.group("place")
            if not value:
                value, found_place = split_name_place(place)
                place = found_place or place
            dateline = Dateline(place, None, filed.group(0).strip())
        names = split_names(value) if value else None
        if names is None and i == len(labels) - 1 and i > 0 and " " in value:
            # the line's last names may be followed by a link of the page ("查看其它新闻")
            names = split_names(value.rpartition(" ")[0])
        if names is None:
            if i == 0:
                return None
            continue
        for name in names:
            if name not in roles.setdefault(role, []):
                roles[role].append(name)
    return (roles, dateline) if roles else None


@cache
def _org_line_pattern() -> re.Pattern[str] | None:
    aliases = TABLE.alias_pattern()
    if aliases is None:
        return None
    # "记者为日本经济新闻（中文版：日经中文网）远藤淳", "日本经济新闻（中文版：日经中文网）原田逸策 北京"
    return re.compile(
        r"^(?:(?:記者|记者)(?:為|为)\s*)?(?:" + aliases.pattern + r")"
        r"(?:\s*[（(][^（）()]{0,24}[）)])?\s*(?:(?:記者|记者)\s*)?(?P<rest>[^（）()]{2,40})$"
    )


@cache
def _org_line_starts() -> frozenset[str]:
    """What an organisation-then-name line can start with: 記 or 记, or the first character of a name.

    A cheap test before :func:`_org_line_pattern`; change the two together.
    """
    names = (name for p in TABLE.publishers for name in (p.name, *p.aliases))
    return frozenset("記记").union(name[:1] for name in names)


def _org_name_line(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    if line[:1] not in _org_line_starts():
        return None
    pattern = _org_line_pattern()
    if pattern is None or (m := pattern.match(line)) is None:
        return None
    rest = m.group("rest").strip()
    if _CREDIT_WORD.search(rest) or _PHOTO_WORD.search(rest):
        return None
    place = None
    if (filed := _FILED_FROM.match(rest)) is not None:
        rest, place = filed.group("rest"), filed.group("place")
    elif " " in rest:
        head, _, tail = rest.rpartition(" ")
        if re.fullmatch(rf"[{_HAN}]{{2,8}}", tail) and split_names(head, long_names=True):
            rest, place = head, _FILED_VERB.sub("", tail) or tail
    names = split_names(rest, long_names=True)
    if not names:
        return None
    return {"author": names}, (Dateline(place, None, place) if place else None)


def _names_then_label(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    """The names before a slash and a compiler's label, ``张筠青/凝炼（路透社、德新社）`` (DW), else None.

    >>> _names_then_label("张筠青/凝炼（路透社、德新社、法新社、美联社）")
    ({'author': ['张筠青']}, None)
    >>> _names_then_label("张筠青/编译"), _names_then_label("全文/凝炼") is None
    (({'translator': ['张筠青']}, None), True)
    """
    if ("/" not in line and "／" not in line) or (m := _NAMES_THEN_LABEL.match(line)) is None:
        return None
    names = split_names(m.group("names"))
    # the name opens with a common surname, so "全文/凝炼" or "本文/编译" names no one
    if not names or not all(_with_surname(name) for name in names):
        return None
    return {_AFTER_NAME_ROLES[m.group("label")]: names}, None


def _pen_name(line: str) -> str | None:
    """The one-word Latin pen name a whole ``作者：Samson`` line gives, else None.

    >>> _pen_name("作者：Samson"), _pen_name("作者：AFP"), _pen_name("作者：Reuters")
    ('Samson', None, None)
    >>> _pen_name("作者：Admin"), _pen_name("作者：unknown"), _pen_name("作者：Samson 的朋友說")
    (None, None, None)
    """
    if not line.startswith(("作者", "撰文")) or (m := _PEN_NAME_LINE.match(line)) is None:
        return None
    name = m.group("name")
    if name in _NOT_PEN_NAMES or TABLE.by_name(name) is not None or _ORGANISATION.search(name):
        return None
    return name


def _pen_name_line(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    return ({"author": [name]}, None) if (name := _pen_name(line)) else None


def _by_line(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    m = _BY_LINE.match(line)
    if m is None:
        return None
    names = split_names(m.group("names"))
    return ({"author": names}, None) if names else None


def _camera_credit(text: str) -> re.Match[str] | None:
    """``_CAMERA.search(text)``, skipped when ``text`` has no 記者 or 记者 (every match has one)."""
    return _CAMERA.search(text) if "記者" in text or "记者" in text else None


def _bare_camera(caption: str) -> list[str] | None:
    """The photographers a caption's closing ``（劉玉秋攝）`` names, else None.

    >>> _bare_camera("民進黨團高聲歡呼。（劉玉秋攝）"), _bare_camera("（民眾拍攝）")
    (['劉玉秋'], None)
    >>> _bare_camera("（翻攝自臉書）"), _bare_camera("（中央社記者王飛華攝）")
    (None, None)
    """
    caption = caption.rstrip()
    if caption[-2:-1] not in _CAMERA_WORDS or (m := _BARE_CAMERA.search(caption)) is None:
        return None
    names = split_names(m.group("names"))
    return names if names and all(_with_surname(name) for name in names) else None


def _photo_line(line: str) -> tuple[dict[str, list[str]], Dateline | None] | None:
    if m := _PHOTO_BY.search(line):
        return {"photographer": [m.group("name")]}, None
    if m := _camera_credit(line):
        names = split_names(m.group("names"))
        if names is None:
            # the place the picture was taken runs into the name, as in CNA's caption trailer
            # "中央社記者楊明珠東京攝" (split off the caption "…的主張。中央社記者楊明珠東京攝 112年7月31日")
            head, place = split_name_place(m.group("names"))
            names = split_names(head) if place and head else None
        return ({"photographer": names}, None) if names else None
    return None


def _closing_paren(text: str) -> re.Match[str] | None:
    """``_CLOSING_PAREN.search(text)``, skipped unless ``text`` ends with a closing parenthesis."""
    return _CLOSING_PAREN.search(text) if text.rstrip().endswith(("）", ")")) else None


def _credit_block(paragraphs: Sequence[str]) -> list[str]:
    """The lines of the first WeChat credit block below the top two paragraphs, else ``[]``.

    Magazines' public accounts open with an editor's note and a standfirst, then a block of
    two or more short label lines, one credit each (《人物》 on Matters)::

        文｜龚菁琦
        编辑｜金石
        摄影｜尹夕远

    A single such line in the body is left alone: a block is two lines or more in a row.
    """
    start = None
    for i in range(2, len(paragraphs)):
        line = paragraphs[i]
        # the first character and the length rule out nearly every paragraph before the regex
        if len(line) <= _MAX_TOP_LINE and line[:1] in _LABEL_STARTS and _BLOCK_LINE.match(line):
            if start is None:
                start = i
            continue
        if start is not None and i - start >= 2:
            return list(paragraphs[start:i])
        start = None
        if i >= _BLOCK_REACH:
            return []
    return list(paragraphs[start:]) if start is not None and len(paragraphs) - start >= 2 else []


def labelled_writers(paragraphs: Sequence[str]) -> list[str]:
    """The writers a top line names with a writer's label and a bar or colon, else ``[]``.

    ``作者丨郭雪妮`` (燕京书评), ``文｜龚菁琦`` (《人物》): the text says who wrote it, so an
    author field naming someone else names the account that posted it, not a writer.
    Reporter lines (``记者为日本经济新闻…``) are no such label.

    >>> labelled_writers(["作者丨郭雪妮", "在世界文学史上……"])
    ['郭雪妮']
    >>> labelled_writers(["记者为日本经济新闻（中文版：日经中文网）原田逸策"])
    []
    """
    writers: list[str] = []
    for line in [*(p for p in paragraphs[:2] if len(p) <= _MAX_TOP_LINE), *_credit_block(paragraphs)]:
        if (m := _WRITER_LABEL.match(line)) and (names := split_names(m.group("names"))):
            writers.extend(n for n in names if n not in writers)
        elif (name := _pen_name(line)) and name not in writers:
            writers.append(name)
    return writers


def _credit_lines(paragraphs: Sequence[str], extra: Iterable[str]) -> list[str]:
    """Lines that may carry credits: short top and bottom lines, closing parentheses, set-aside lines."""
    lines: list[str] = []
    lines.extend(p for p in paragraphs[:2] if len(p) <= _MAX_TOP_LINE)
    lines.extend(_credit_block(paragraphs))
    tail = paragraphs[-3:] if len(paragraphs) > 2 else paragraphs[len(paragraphs[:2]) :]
    for para in tail:
        if len(para) <= _MAX_CREDIT_LINE:
            lines.append(para)
        elif m := _closing_paren(para):
            lines.append(m.group("inner"))
    if len(paragraphs) <= 2:
        for para in paragraphs:
            if len(para) > _MAX_TOP_LINE and (m := _closing_paren(para)):
                lines.append(m.group("inner"))
    lines.extend(extra)
    return lines


def read_byline(
    paragraphs: Sequence[str], *, extra_lines: Iterable[str] = (), captions: Iterable[str] = ()
) -> Byline:
    """Authors, credits and dateline of one document.

    ``paragraphs`` are the body's paragraphs; ``extra_lines`` are lines the cleaner set aside
    (credit lines, photo credits); ``captions`` are image captions (for photographers).
    """
    authors, dateline = _lead(paragraphs)
    credits: dict[str, list[str]] = {}
    lines = _credit_lines(paragraphs, extra_lines)
    # photo credits, and a caption that is a Korean paper's "=" credit ("▲ 插画 = 朴祥勋")
    for caption in captions:
        if _camera_credit(caption) or _PHOTO_BY.search(caption) or "=" in caption or "＝" in caption:
            lines.append(caption)
        # a name alone in the closing bracket, "（劉玉秋攝）" (the usual caption does not end "攝）")
        elif caption[-2:-1] in _CAMERA_WORDS and (names := _bare_camera(caption)) is not None:
            photographers = credits.setdefault("photographer", [])
            photographers.extend(n for n in names if n not in photographers)
    for line in lines:
        found = read_credit_line(line)
        if found is None:
            if (m := _closing_paren(line)) and m.start() > 0:
                found = read_credit_line(m.group("inner"))
            if found is None:
                continue
        roles, line_dateline = found
        for role, names in roles.items():
            target = authors if role == "author" else credits.setdefault(role, [])
            target.extend(n for n in names if n not in target)
        if dateline is None and line_dateline is not None:
            dateline = line_dateline
    return Byline(
        tuple(dict.fromkeys(authors)),
        {role: tuple(names) for role, names in credits.items() if names},
        dateline,
    )
