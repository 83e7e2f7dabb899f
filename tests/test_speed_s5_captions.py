"""The first-character gate of ``photo-credits`` skips only blocks ``_CREDIT_TEXT`` cannot match.

``photo_credits`` tries the credit pattern only on blocks whose first character is one of
``_CREDIT_OPENERS`` or white space; these tests check every character of the Basic
Multilingual Plane (and a sample beyond it) against the pattern itself, and compare the rule
with its plain version on the corpus and on edge cases.
"""

from __future__ import annotations

import importlib

from newsparse.html.blocks import Block
from newsparse.html.context import Context
from newsparse.options import ParseOptions

captions = importlib.import_module("newsparse.html.rules.captions")

# what may follow the first character of a match: the rest of each of the pattern's words, or a
# whole word after a bracket
_CONTINUATIONS = (
    "hoto: x",
    "hotos: x",
    "mage: x",
    "icture: x",
    "redit: x",
    "：x",
    "片：x",
    "影：x",
    "源：x",
    "photo: x",
    "圖：x",
)


def test_openers_are_every_character_a_match_can_start_with() -> None:
    characters = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    characters += [chr(c) for c in range(0x10000, 0x110000, 97)]
    for ch in characters:
        can_open = any(captions._CREDIT_TEXT.match(ch + rest) for rest in _CONTINUATIONS)
        if can_open:
            assert ch in captions._CREDIT_OPENERS or ch.isspace(), repr(ch)
        elif not ch.isspace():
            assert ch not in captions._CREDIT_OPENERS, repr(ch)


def _plain_photo_credits(ctx: Context) -> None:
    for i in range(len(ctx.blocks) - 1, -1, -1):
        text = ctx.blocks[i].text.strip()
        if len(text) <= captions._MAX_CREDIT and captions._CREDIT_TEXT.match(text):
            ctx.set_aside("image-credit", text)
            ctx.remove_block(i, rule="photo-credits", kind="image")


_TEXTS = [
    "",
    " ",
    "正文。",
    "Photo: RFA",
    " photo: RFA",
    "\u3000圖：中央社",
    "（圖取自維基共享資源）",
    "图片来源：Eric Constantineau",
    "İmage: x",
    "ımage by x",
    "Photograph by Raul Ariano for The Wall Street Journal",
    "CREDIT: AP",
    "[photo] x",
    "攝影：張三",
    "來源：中央社",
    "照片提供：x",
    "Pictures: " + "x" * 100,
    "picture frame",
]


def test_rule_agrees_with_the_plain_loop() -> None:
    from newsparse import parse
    from tests.conftest import CORPUS_FILES

    texts = list(_TEXTS)
    for path in CORPUS_FILES:
        article = parse(path.read_bytes())
        texts.extend(article.paragraphs)
    fast = Context(root=None, options=ParseOptions())
    plain = Context(root=None, options=ParseOptions())
    fast.blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    plain.blocks = [Block(t, index=i) for i, t in enumerate(texts)]
    captions.photo_credits(fast)
    _plain_photo_credits(plain)
    assert [b.text for b in fast.blocks] == [b.text for b in plain.blocks]
    assert fast.body.set_aside == plain.body.set_aside
    assert fast.removed == plain.removed
    assert len(fast.removed) >= 10
