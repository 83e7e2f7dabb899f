"""Rules ``image-captions``, ``photo-credits`` and ``caption-blocks``: captions and credits as image data.

A caption is found where publishers put it: the ``<figcaption>`` of the image's ``<figure>``;
the next element after the image (or after the wrappers that hold only the image) when it is
a ``<figcaption>``/``<small>``, carries a caption class (``picinfo``, ``lead_image_caption``,
``wp-caption-text``), wraps a ``<figcaption>``, repeats the image's alt text, is the next
table row under an image cell (Nikkei), or is a ``<code>`` closing the image's paragraph (a
Markdown export's caption). Photo credits (``Photo: RFA``, ``图像来源，AFP``, ``图片由NGOCN整理制作``,
``Photograph by Raul Ariano for The Wall Street Journal``) are split off into
``image-credit`` lines for the credits extractor. Both leave the text: captions are not body
paragraphs.

>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.html.context import Context
>>> from newsparse.options import ParseOptions
>>> root = parse_fragment('<div><img src="a.jpg"><div><small>抗议者示威。</small></div><p>正文。</p></div>')
>>> ctx = Context(root=root, options=ParseOptions())
>>> image_captions(ctx)
>>> list(ctx.captions.values()), root.text_content()
(['抗议者示威。'], '正文。')
"""

from __future__ import annotations

import re
from typing import Any

from newsparse.fields.bylines import read_credit_line
from newsparse.fields.images import POINTERS, is_portrait
from newsparse.html.context import Context
from newsparse.html.rules.base import AttributeMatcher, element_text

# class tokens of captions: "image-caption", "lead_image_caption", "picinfo", "wp-caption-text",
# "aesop-image-component-caption", "aesop-cap-description", "dls-image-capture" (not "captioned")
_CAPTION_TOKEN = re.compile(
    r"(?:^|[-_])(?:caption|capture|picinfo|pic-?info|pic_info|photo-?text|photo-?desc|img-?desc|imgtext|"
    r"image-?desc|cap-desc(?:ription)?|figure-?text|pictext|legend)(?:$|[-_])",
    re.IGNORECASE,
)
# class tokens of photo credits: "copyright" under an image, "aesop-cap-cred", "photo-credit"
_CREDIT_TOKEN = re.compile(r"(?:^|[-_])(?:credits?|cap-cred|copyright|attribution)(?:$|[-_])", re.IGNORECASE)
# the credit token of a container that may hold the article's closing credits rather than a
# photo's: Reuters' "Attribution_container" / "Attribution_content" ("编译 张明钧/张涛；审校 孙茉莉/汪红英")
_ATTRIBUTION_TOKEN = re.compile(r"(?:^|[-_])attribution(?:$|[-_])", re.IGNORECASE)
# roles of a photo credit or a byline, not of the closing credits ("路透/Aly Song" reads as an author)
_NOT_CLOSING_ROLES = frozenset({"author", "photographer"})
# a photo credit: "Photo: RFA", "圖：中央社", "（圖取自維基共享資源）", "图片来源：Eric Constantineau",
# "图像来源，AFP", "攝影：張三", "Photograph by Raul Ariano for The Wall Street Journal"
_CREDIT_TEXT = re.compile(
    r"^[(（\[]?\s*(?:photo(?:graph)?s?|image|picture|credit|圖|图|圖片|图片|圖像|图像|照片|攝影|摄影|"
    r"圖片來源|图片来源|圖像來源|图像来源|圖片提供|图片提供|來源|来源)"
    r"\s*(?:[:：／/，,]|by\b|credit|取自|來源|来源|提供)",
    re.IGNORECASE,
)
# what a _CREDIT_TEXT match opens with besides white space: a bracket or the first letter of
# one of its words, in every case the pattern accepts ("P", "İ" and "ı" for "i"); a test checks
# every character
_CREDIT_OPENERS = frozenset("([（CcIiPp\u0130\u0131來图圖摄攝来照")
# the credit line of a drawing or chart as Korean papers set it under the picture, "label = name":
# "▲ 插画 = 朴祥勋", "▲ 制图=金成奎" (朝鲜日报's Chinese edition; Korean "그래픽=김성규"); not a
# caption that uses "=" in a sentence ("▲ 1公里=1000米"), which opens with no such label
_LABEL_CREDIT = re.compile(
    r"(?:插画|插畫|插图|插圖|制图|製圖|绘图|繪圖|漫画|漫畫|图表|圖表|图片|圖片|照片|摄影|攝影|"
    r"사진|그래픽|일러스트)\s*[=＝]\s*\S"
)
# a credit line saying who gave or made the pictures, the whole line: "图片由NGOCN整理制作"
# (under two pictures in NGOCN's monthly report), "图片由受访者提供", "照片由家屬提供。"; not a
# sentence going on after it ("照片由警方提供后，网民纷纷转发。")
_GIVEN_BY = re.compile(
    r"(?:圖片|图片|照片|圖|图)\s*由\s*[^\s，,。；;：:]{1,20}?"
    r"(?:提供|整理製作|整理制作|製作|制作|拍攝|拍摄|攝|摄)\s*[。.]?"
)
_MAX_CAPTION = 400
_MAX_CREDIT = 90
# wrappers an image may sit in before its caption follows: <a>, <picture>, <div>, <span>, <td>...
_CLIMB_LEVELS = 4
_SIBLING_STEPS = 3
#: an image wrapper holds the image and at most a few empty elements
_WRAPPER_CHILDREN = 8
_IMG = frozenset(["img"])


class _ClassTokens:
    """Whether a class value has a caption token and a credit token, remembered per value (values repeat)."""

    def __init__(self) -> None:
        self._answers: dict[str, tuple[bool, bool]] = {}

    def flags(self, value: str) -> tuple[bool, bool]:
        """``(caption token?, credit token?)`` of ``value``."""
        answer = self._answers.get(value)
        if answer is None:
            if len(self._answers) >= AttributeMatcher.MAX_REMEMBERED:
                self._answers.clear()
            tokens = value.split()
            answer = self._answers[value] = (
                any(_CAPTION_TOKEN.search(token) for token in tokens),
                any(_CREDIT_TOKEN.search(token) for token in tokens),
            )
        return answer

    def __call__(self, value: str) -> bool:
        """A caption or a credit token."""
        return True in self.flags(value)

    def matching(self, values: tuple[str, ...]) -> set[str]:
        """The values with a caption or credit token (see :meth:`Context.elements_named`)."""
        answers = self._answers
        return {v for v in values if True in (answers[v] if v in answers else self.flags(v))}


_CLASS_TOKENS = _ClassTokens()


def _is_caption_class(el: Any) -> bool:
    value = el.get("class")
    return bool(value) and _CLASS_TOKENS.flags(value)[0]


def _is_credit_class(el: Any) -> bool:
    value = el.get("class")
    return bool(value) and _CLASS_TOKENS.flags(value)[1]


def _without_pointer(text: str) -> str:
    """``text`` without the mark Korean and Hong Kong papers point at the picture with: "▲ 插画 = 朴祥勋"."""
    return text[1:].lstrip() if text[:1] in POINTERS else text


def _credit_text(text: str) -> bool:
    """Text that is a credit line: ``Photo: RFA``, ``▲ 图片来源：AFP``, ``▲ 插画 = 朴祥勋``.

    >>> _credit_text("▲ 插画 = 朴祥勋"), _credit_text("▲ 制图=金成奎"), _credit_text("▲ 1公里=1000米")
    (True, True, False)
    >>> _credit_text("图片由NGOCN整理制作"), _credit_text("照片由警方提供后，网民纷纷转发。")
    (True, False)
    """
    text = _without_pointer(text)
    if _CREDIT_TEXT.match(text):
        return True
    if "由" in text[:4] and _GIVEN_BY.fullmatch(text):
        return True
    return ("=" in text or "＝" in text) and _LABEL_CREDIT.match(text) is not None


def is_credit(el: Any, text: str) -> bool:
    """A photo credit: a credit class, or short text such as ``Photo: RFA`` or ``▲ 插画 = 朴祥勋``."""
    return len(text) <= _MAX_CREDIT and (_is_credit_class(el) or _credit_text(text))


def _image_holders(images: list[Any]) -> set[Any]:
    """Every ``<img>`` of ``images`` and every element holding one (O(n · depth))."""
    holders: set[Any] = set()
    for img in images:
        node = img
        while node is not None and node not in holders:
            holders.add(node)
            node = node.getparent()
    return holders


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _figure_of(img: Any) -> Any:
    node = img.getparent()
    for _ in range(6):
        if node is None:
            return None
        if node.tag == "figure":
            return node
        node = node.getparent()
    return None


def _in_figure(img: Any, fig: Any, holders: set[Any], seen: dict[Any, bool]) -> list[Any]:
    """Text-bearing elements of ``fig`` beside ``img``: its figcaption, or BBC's credit paragraph.

    Each figure is examined once: a gallery figure speaks only through its figcaption,
    so ``seen`` remembers figures already handled and galleries get no per-image scan.
    """
    if fig in seen:
        return []
    images = 0
    for _ in fig.iter("img"):
        images += 1
        if images > 1:
            break
    seen[fig] = True
    for cap in fig.iter("figcaption"):
        if cap not in holders:
            return [cap]
    if images > 1:
        return []  # a gallery without a figcaption
    ancestors = set()
    node = img.getparent()
    while node is not None and node is not fig.getparent():
        ancestors.add(node)
        node = node.getparent()
    found = []
    for el in fig.iter():
        if not isinstance(el.tag, str) or el in ancestors or el.getparent() not in ancestors:
            continue
        if el in holders:
            continue
        text = element_text(el)
        if text:
            if len(text) > _MAX_CREDIT and not is_credit(el, text):
                return []  # prose inside the figure: not a caption block
            found.append(el)
    return found[:2]


def _only_child_chain(el: Any) -> Any:
    """``<div><small>…</small></div>``: the small/figcaption an element merely wraps."""
    node = el
    for _ in range(3):
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1 or (node.text or "").strip():
            return None
        node = children[0]
        if node.tag in ("small", "figcaption") or _is_caption_class(node):
            return node
    return None


def _short_text(el: Any, limit: int) -> str:
    """The element's text, whitespace collapsed, read only until it is longer than ``limit``.

    Captions are short; reading a long sibling (the article itself) in full for every
    image would make caption matching quadratic.

    >>> import lxml.html
    >>> _short_text(lxml.html.fromstring("<div><p>一 二</p><p>三</p></div>"), 10)
    '一 二三'
    >>> len(_short_text(lxml.html.fromstring("<p>" + "字" * 1000 + "</p>"), 10)) > 10
    True
    """
    pieces: list[str] = []
    solid = 0  # characters other than white space: a lower bound of the collapsed length
    for piece in el.itertext():
        pieces.append(piece)
        solid += len("".join(piece.split()))
        if solid > limit:
            break
    return " ".join("".join(pieces).split())


def _has_text(el: Any) -> bool:
    """True when the element holds any non-blank text (stops at the first)."""
    return any(piece.strip() for piece in el.itertext())


def _code_caption(node: Any, code: Any) -> bool:
    """A ``<code>`` set right after a picture to end its paragraph: the picture's caption.

    Markdown exports write a caption as inline code after the image (NGOCN's monthly reports as
    China Digital Times relays them): ``<p><img src="…png" alt="img" /><code>“保护记者委员会”发布
    2020全球被监禁记者分布图。</code></p>``. Only white space may stand between the picture (or the
    link holding it) and the code, and nothing after the code: code inside a sentence
    (``<p>运行 <code>pip install</code> 即可</p>``) is text.

    >>> from lxml.html import fromstring
    >>> p = fromstring('<p><img src="a.png"> <code>12月2日，法院门外的声援者</code></p>')
    >>> _code_caption(p[0], p[1])
    True
    >>> p = fromstring('<p><img src="a.png"><code>pip install</code> 即可安装</p>')
    >>> _code_caption(p[0], p[1])
    False
    """
    return (
        node.getnext() is code
        and not (node.tail or "").strip()
        and code.getnext() is None
        and not (code.tail or "").strip()
    )


def _beside(img: Any, ctx: Context, holders: set[Any]) -> list[Any]:
    """Caption and credit elements that follow ``img`` or the wrappers holding only it."""
    alt = " ".join((img.get("alt") or "").split())
    found: list[Any] = []
    node = img
    for _ in range(_CLIMB_LEVELS):
        sib = node.getnext()
        steps = 0
        while sib is not None and steps < _SIBLING_STEPS:
            if not isinstance(sib.tag, str):
                sib = sib.getnext()
                continue
            if sib in holders:
                return found
            text = _short_text(sib, _MAX_CAPTION)
            steps += 1
            if not text:
                sib = sib.getnext()
                continue
            if len(text) > _MAX_CAPTION:
                return found  # prose, not a caption (and too long for a credit)
            if is_credit(sib, text):
                found.append(sib)
            elif (
                sib.tag in ("figcaption", "small")
                or (sib.tag == "code" and _code_caption(node, sib))
                or _is_caption_class(sib)
                or (alt and _same(text, alt))
                or (node.tag == "tr" and sib.tag == "tr")
                or (node.tag == "dt" and sib.tag == "dd")
            ):
                return [*found, sib] if len(text) <= _MAX_CAPTION else found
            elif (inner := _only_child_chain(sib)) is not None or (
                inner := next(sib.iter("figcaption"), None)
            ) is not None:
                return [*found, inner] if len(text) <= _MAX_CAPTION else found
            else:
                return found
            sib = sib.getnext()
        if found:
            return found
        parent = node.getparent()
        if parent is None or parent is ctx.root or (parent.text or "").strip():
            break
        # climb only through wrappers that hold nothing but the image (a wrapper has few
        # children: checking thousands for every image would make this quadratic)
        if len(parent) > _WRAPPER_CHILDREN or any(
            _has_text(child) for child in parent if child is not node and isinstance(child.tag, str)
        ):
            break
        node = parent
    return found


def _closing_cite(caption: Any, child: Any, text: str) -> bool:
    """A ``<cite>`` that ends a caption: the photo credit, as the NYT's Chinese edition sets it.

    ``<figcaption>…唯一的超级大国领导人。 <cite>Chang W. Lee/The New York Times</cite></figcaption>``;
    a ``<cite>`` with caption text after it names a work the caption speaks of.
    """
    return (
        child.tag == "cite"
        and len(text) <= _MAX_CREDIT
        and child.getparent() is caption
        and child.getnext() is None
        and not (child.tail or "").strip()
    )


# a photo's source written as a sentence of its own at either end of a caption, as Hong Kong
# papers set it: "參與五四運動學生在北平舉着國旗遊行。維基百科照片", "…宣誓衣物都有嚴格規定。區議員提供"
# ("courtesy of district councillors"), "眾新聞製圖。（左圖攝於阿均認罪還柙前）"; a source names
# someone, with none of the words a description has ("圖為示威者的照片", "市民展示…")
_SOURCE = (
    r"[^\s。，,、；;：:！？!?「」『』（）()的之為为是在和與与及展示手持拿]{1,10}?"
    r"(?:提供|照片|圖片|图片|製圖|制图|攝影|摄影|攝|摄)"
)
_CLOSING_SOURCE = re.compile(rf"[。．！？!?」』）)]\s*(?P<credit>{_SOURCE})\s*$")
_OPENING_SOURCE = re.compile(rf"^\s*(?P<credit>{_SOURCE})[。．]\s*(?=\S)")
# the words every _SOURCE ends with, looked for before the patterns
_SOURCE_WORDS = ("提供", "照片", "圖片", "图片", "製圖", "制图", "攝", "摄")
# the photo's source after a slash closing a caption's last sentence, as Korean papers set it:
# "…正在以军人精神为主题发表演讲。/路透社", "…显示韩国国债收益率。/韩联社", "…正在喊口号。/张京植记者",
# "…。/News1" (朝鲜日报's Chinese edition); not a slash inside the sentence ("比例为1/2。",
# "左起：金某/李某"), nor a second sentence ("…。/ 他说，会议…")
_SLASH_SOURCE = re.compile(
    r"[。．！？!?」』”）)]\s*/\s*"
    r"(?P<credit>[^\s/。，,、；;：:！？!?「」“”（）()]{1,20}|[A-Za-z][\w. &-]{0,30}[\w.])\s*$"
)

# CNA's caption trailer: the reporter, the place, how the picture came (攝, "took"; 傳真, "sent in")
# and the ROC date, "…的主張。中央社記者楊明珠東京攝 112年7月31日", "…（基隆市政府提供）中央社記者沈如峰基隆
# 傳真  113年8月17日": the credit without its date; a reporter who sent a picture in took none, and
# read_credit_line finds no photographer in "中央社記者沈如峰基隆傳真"
_CNA_TRAILER = re.compile(
    r"(?P<credit>中央社記者[\u3400-\u4dbf\u4e00-\u9fff]{2,10}?(?:攝|傳真))\s*\d{2,3}年\d{1,2}月\d{1,2}日\s*$"
)


def text_credit(text: str) -> tuple[str, str | None]:
    """``text`` without the photo source written at its end or start, and that source.

    >>> text_credit("參與五四運動學生在北平舉着國旗遊行。維基百科照片")
    ('參與五四運動學生在北平舉着國旗遊行。', '維基百科照片')
    >>> text_credit("眾新聞製圖。（左圖攝於阿均認罪還柙前）")
    ('（左圖攝於阿均認罪還柙前）', '眾新聞製圖')
    >>> text_credit("遊行人士展示照片。"), text_credit("警方到場。圖為示威者的照片")
    (('遊行人士展示照片。', None), ('警方到場。圖為示威者的照片', None))
    >>> text_credit("▲ 30日，美国国防部长在匡提科发表演讲。/路透社")
    ('▲ 30日，美国国防部长在匡提科发表演讲。', '路透社')
    >>> text_credit("左起：金某/李某"), text_credit("比例约为1/2。")
    (('左起：金某/李某', None), ('比例约为1/2。', None))
    >>> text_credit("侯友宜在席間提出主張。中央社記者楊明珠東京攝 112年7月31日")
    ('侯友宜在席間提出主張。', '中央社記者楊明珠東京攝')
    >>> text_credit("吸引民眾目光。（基隆市政府提供）中央社記者沈如峰基隆傳真  113年8月17日")
    ('吸引民眾目光。（基隆市政府提供）', '中央社記者沈如峰基隆傳真')
    """
    if "中央社記者" in text and (m := _CNA_TRAILER.search(text)) is not None:
        return text[: m.start()].rstrip(), m.group("credit")
    if "/" in text and (m := _SLASH_SOURCE.search(text)) is not None:
        return text[: m.start() + 1], m.group("credit")
    if not any(word in text for word in _SOURCE_WORDS):
        return text, None
    m = _CLOSING_SOURCE.search(text)
    if m is not None:
        return text[: m.start("credit")].rstrip(), m.group("credit")
    m = _OPENING_SOURCE.match(text)
    if m is not None:
        return text[m.end() :], m.group("credit")
    return text, None


def _split(el: Any) -> tuple[str, list[str], str]:
    """Caption text and the credit lines inside a caption element (``aesop-cap-cred``).

    The third value is the element's whole text once the credits are out of it.
    """
    text = element_text(el)
    if is_credit(el, text):
        return "", [_without_pointer(text)], text
    if not len(el):
        # no child elements: no credit inside, unless the text names the photo's source
        caption, credit = text_credit(text)
        return caption, [credit] if credit else [], text
    credits = []
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        child_text = element_text(child)
        if (
            child_text
            and (is_credit(child, child_text) or _closing_cite(el, child, child_text))
            and child.getparent() is not None
        ):
            credits.append(child_text)
            child.drop_tree()
    if credits:
        text = element_text(el)
    return text, credits, text


def image_captions(ctx: Context) -> None:
    """Captions and photo credits around images become image metadata, not paragraphs."""
    images = [img for img in ctx.elements_by_tag(_IMG) if ctx.attached(img)]
    if not images:
        _caption_classes(ctx, set())
        return
    holders = _image_holders(images)
    figures_seen: dict[Any, bool] = {}
    for img in images:
        if img.getparent() is None:
            continue
        # decorative images are skipped; the test is made only where it decides something
        # (_beside only reads the tree; a figure is examined once, by its first image that counts)
        fig = _figure_of(img)
        if fig is not None:
            if fig in figures_seen or ctx.is_decorative(img):
                continue
            elements = _in_figure(img, fig, holders, figures_seen)
        else:
            elements = _beside(img, ctx, holders)
            if not elements:
                continue
            if ctx.is_decorative(img):
                _drop_name_label(ctx, img, elements)
                continue
        captions = []
        for el in elements:
            if el.getparent() is None:
                continue
            caption, credits, text = _split(el)
            for credit in credits:
                ctx.set_aside("image-credit", credit)
            if caption:
                captions.append(caption)
            ctx.drop(el, kind="image", rule="image-captions", text=text)
        if captions and img not in ctx.captions:
            ctx.captions[img] = " ".join(captions)
    _caption_classes(ctx, holders)


def _drop_name_label(ctx: Context, img: Any, elements: list[Any]) -> None:
    """The name under a writer's portrait, repeating its alt text: the writer box's label, not text.

    眾新聞's writer box: the avatar ``<img src="…/uploads/avatars/….png" alt="博客 | 甄港彰">`` then
    ``<p><strong>博客 | 甄港彰</strong></p>`` (then the writer's bio, which stays). Only a portrait's
    label goes: an icon's alt may repeat a heading of the article.
    """
    alt = img.get("alt")
    if not alt or not is_portrait(img):
        return
    for el in elements:
        text = element_text(el)
        if el.getparent() is not None and _same(text, alt):
            ctx.drop(el, kind="image", rule="image-captions", text=text)


def closing_credits(value: str, text: str) -> bool:
    """An attribution container's text that names editors or translators: the article's closing credits.

    Such a line is no photo credit: it stays in the text, where the bylines reader reads it,
    as ``（編輯：陳惠珍）`` does.

    >>> closing_credits("Attribution_content", "编译 张明钧/张涛；审校 孙茉莉/汪红英")
    True
    >>> closing_credits("Attribution_content", "路透/Aly Song"), closing_credits("credit", "编译 张明钧")
    (False, False)
    """
    if not _ATTRIBUTION_TOKEN.search(value) or _CREDIT_TEXT.match(text):
        return False
    reading = read_credit_line(text)
    return reading is not None and not _NOT_CLOSING_ROLES.issuperset(reading[0])


def _caption_classes(ctx: Context, holders: set[Any]) -> None:
    """Caption- and credit-classed elements that hold no image, wherever they are.

    An attribution container holding the closing credits (:func:`closing_credits`) stays.
    """
    # the classed elements still in the tree, in document order (descendants of one dropped
    # below are still looked at: they are in the list, and their parent is not None)
    named = [el for el in ctx.elements_named(classes=_CLASS_TOKENS) if ctx.attached(el)]
    for el in named:
        if el.getparent() is None or el in holders:
            continue
        is_caption, is_credit_class = _CLASS_TOKENS.flags(el.get("class") or "")
        if not is_caption and not is_credit_class:
            continue
        text = element_text(el)
        if text and len(text) <= (_MAX_CAPTION if is_caption else _MAX_CREDIT):
            if is_credit_class and not is_caption and closing_credits(el.get("class") or "", text):
                continue
            credit = len(text) <= _MAX_CREDIT and (is_credit_class or _credit_text(text))
            ctx.set_aside("caption" if is_caption and not credit else "image-credit", text)
            ctx.drop(el, kind="image", rule="image-captions", text=text)


def photo_credits(ctx: Context) -> None:
    """Short photo-credit lines (``Photo: RFA``, ``（圖取自…）``) are not paragraphs."""
    blocks = ctx.blocks
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i].text
        first = text[:1]
        if first not in _CREDIT_OPENERS and not first.isspace():
            continue  # (most blocks: their first character opens no credit, stripped or not)
        text = text.strip()
        if len(text) <= _MAX_CREDIT and _CREDIT_TEXT.match(text):
            ctx.set_aside("image-credit", text)
            ctx.remove_block(i, rule="photo-credits", kind="image")


def caption_blocks(ctx: Context) -> None:
    """Caption blocks the tree rules did not tie to an image are still not paragraphs."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        if ctx.blocks[i].kind == "caption":
            ctx.set_aside("caption", ctx.blocks[i].text)
            ctx.remove_block(i, rule="caption-blocks", kind="image")
