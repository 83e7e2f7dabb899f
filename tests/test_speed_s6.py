"""The round-6 speed shortcuts give the answers of the plain computations they replace.

Each test compares a shortcut (a pre-check that skips a pattern, a pattern run on the
lower-cased value, a set of names asked first) with the plain computation, on generated
values and on the images of the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from newsparse.fields import images
from newsparse.html.context import Context
from newsparse.html.markdown import markdown_to_html
from newsparse.html.tree import parse_fragment
from newsparse.options import ParseOptions

CORPUS = sorted((Path(__file__).parent / "data" / "corpus").glob("*.md"))


def _texts(*pieces: str, max_size: int = 12) -> st.SearchStrategy[str]:
    """Texts joined from the given pieces (whole tokens and single characters)."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# the letters the patterns ignore case for, in both cases, and the non-ASCII letters that match
# ASCII ones when case is ignored ("ſ", "K", "İ", "ı")
_URL_PIECES = (
    "https://",
    "twitter.com/",
    "TWITTER.COM/",
    "intent",
    "Share",
    "facebook.com/",
    "sharer",
    "line.me/R/msg",
    "weibo.com/",
    "icon",
    "ICONS",
    "/stat",
    "_/stat",
    "?",
    "servicelinks",
    "/emoji/",
    "/emoticons/",
    "avatar",
    "Logo",
    "logos",
    "default-user",
    "Profile",
    "profile_pic",
    "image",
    "photo",
    ".png",
    ".gif",
    ".jpg",
    *"/_-.aeiklsxAEIKLS 圖\u017f\u212a\u0130\u0131",
)


def _plain_is_decorative(img: Any) -> bool:
    """``is_decorative`` as it was before its shortcuts: one ``get`` per attribute, every pattern tried."""
    width, height = img.get("width"), img.get("height")
    if width in ("0", "1") or height in ("0", "1"):
        return True
    src = img.get("data-src") or img.get("src") or ""
    if images._DECORATIVE_PATH.search(src):
        return True
    alt = img.get("alt")
    if alt and images._DECORATIVE_ALT.search(alt):
        return True
    parent = img.getparent()
    for _ in range(2):
        if parent is None:
            break
        if parent.tag == "a" and images._SHARE_HREF.search(parent.get("href") or ""):
            return True
        if images._PORTRAIT_CLASS.search(parent.get("class") or ""):
            return True
        parent = parent.getparent()
    return False


def _plain_is_portrait(img: Any) -> bool:
    src = img.get("src") or ""
    if "avatar" in src.lower() and images._PORTRAIT_PATH.search(src):
        return True
    if images._PORTRAIT_ALT.search(img.get("alt") or ""):
        return True
    parent = img.getparent()
    return parent is not None and bool(images._PORTRAIT_CLASS.search(parent.get("class") or ""))


@given(_texts(*_URL_PIECES, max_size=16))
def test_decorative_path_is_the_pattern(src: str) -> None:
    assert images._decorative_path(src) == (images._DECORATIVE_PATH.search(src) is not None)


@given(_texts(*_URL_PIECES, max_size=16))
def test_share_links_without_a_word_do_not_match(href: str) -> None:
    if not images._may_match(href, images._SHARE_HREF_WORDS):
        assert images._SHARE_HREF.search(href) is None


@given(st.one_of(st.none(), _texts(*_URL_PIECES, max_size=16)))
def test_portrait_class_is_the_pattern(value: str | None) -> None:
    assert images._is_portrait_class(value) == bool(images._PORTRAIT_CLASS.search(value or ""))


@given(
    src=_texts(*_URL_PIECES, max_size=10),
    alt=st.one_of(
        st.none(), _texts("頭像", "头像", "Avatar", "AVATAR", "logo", "圖為", *"av tarİıſ", max_size=8)
    ),
    href=_texts(*_URL_PIECES, max_size=10),
    cls=_texts(*_URL_PIECES, max_size=8),
    width=st.sampled_from(["", "0", "1", "640"]),
)
def test_image_tests_are_the_plain_ones(src: str, alt: str | None, href: str, cls: str, width: str) -> None:
    img = lxml.html.Element("img", src=src)
    if alt is not None:
        img.set("alt", alt)
    if width:
        img.set("width", width)
    link = lxml.html.Element("a", href=href)
    link.append(img)
    wrapper = lxml.html.Element("div")
    wrapper.set("class", cls)
    wrapper.append(link)
    assert images.is_decorative(img) == _plain_is_decorative(img)
    assert images.is_portrait(img) == _plain_is_portrait(img)


def test_corpus_images_are_judged_as_before() -> None:
    seen = 0
    for path in CORPUS:
        root = parse_fragment(markdown_to_html(path.read_text(encoding="utf-8")) or "")
        for img in root.iter("img"):
            seen += 1
            assert images.is_decorative(img) == _plain_is_decorative(img)
            assert images.is_portrait(img) == _plain_is_portrait(img)
    assert seen > 20


def test_attribute_names_are_those_of_the_elements() -> None:
    for path in CORPUS:
        root = parse_fragment(markdown_to_html(path.read_text(encoding="utf-8")) or "")
        ctx = Context(root=root, options=ParseOptions())
        plain = {name for el in root.iter() for name in el.attrib}
        assert ctx.attribute_names() == plain
        assert ctx.attribute_names() is ctx.attribute_names()  # (read once)
        ctx.tree_changed()
        assert ctx.attribute_names() == plain
