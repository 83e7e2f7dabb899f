"""Rules ``image-captions``, ``photo-credits`` and ``caption-blocks``: captions and credits become image metadata."""

from __future__ import annotations

import re
from typing import Any

from newsparse.html.context import Context
from newsparse.html.rules.base import element_text

# class tokens that mark image captions: "image-caption", "lead_image_caption", "picinfo",
# "wp-caption-text", "aesop-cap-description", "dls-image-capture"
_CAPTION_CLASS = re.compile(
    r"caption|picinfo|pic-info|pic_info|photo-?text|photo-?desc|img-?desc|imgtext|image-?desc|"
    r"cap-desc|image-capture|figure-?text|pictext",
    re.IGNORECASE,
)
# class tokens of photo credits: "copyright" under an image, "aesop-cap-cred", "photo-credit"
_CREDIT_CLASS = re.compile(r"credit|cap-cred|copyright|attribution", re.IGNORECASE)
_MAX_CAPTION = 400


def _caption_for(img: Any, ctx: Context) -> Any:
    """The element holding ``img``'s caption, or None."""
    fig = img
    for _ in range(5):
        fig = fig.getparent()
        if fig is None:
            break
        if fig.tag == "figure":
            cap = fig.find(".//figcaption")
            if cap is not None:
                return cap
            break
    node = img
    for _level in range(4):
        sib = node.getnext()
        steps = 0
        while sib is not None and steps < 3:
            if isinstance(sib.tag, str):
                cls = sib.get("class") or ""
                text = element_text(sib)
                if sib.tag in ("figcaption", "small") or _CAPTION_CLASS.search(cls):
                    return sib if text and len(text) <= _MAX_CAPTION else None
                if (
                    len(sib) == 1
                    and sib[0].tag in ("small", "figcaption")
                    and not (sib.text or "").strip()
                    and text
                    and len(text) <= _MAX_CAPTION
                ):
                    return sib
                if text or sib.tag == "img":
                    break
            steps += 1
            sib = sib.getnext()
        parent = node.getparent()
        if parent is None or parent is ctx.root:
            break
        # climb only through wrappers that hold nothing but the image
        if (parent.text or "").strip() or element_text(parent):
            break
        node = parent
    return None


def image_captions(ctx: Context) -> None:
    """Captions and photo credits under images become image metadata, not paragraphs."""
    for img in list(ctx.root.iter("img")):
        if img.getparent() is None:
            continue
        cap = _caption_for(img, ctx)
        if cap is not None and cap.getparent() is not None:
            text = element_text(cap)
            ctx.captions[img] = text
            ctx.drop(cap, kind="image", rule="image-captions")
    for el in list(ctx.root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        cls = el.get("class")
        if cls and (_CREDIT_CLASS.search(cls) or _CAPTION_CLASS.search(cls)):
            text = element_text(el)
            if len(text) <= _MAX_CAPTION:
                ctx.set_aside("image-credit", text)
                ctx.drop(el, kind="image", rule="image-captions")


# "Photo: RFA", "圖：中央社", "（圖取自維基共享資源）", "图片来源：路透社", "攝影：張三"
_PHOTO_CREDIT = re.compile(
    r"^(?:[(（\[]?\s*(?:photo|image|圖|图|圖片|图片|照片|攝影|摄影|圖片來源|图片来源|圖片提供|图片提供|資料照片|资料照片)"
    r"\s*(?:[:：／/]|by\b|credit|取自|來源|来源|提供)[^\n]{0,80}[)）\]]?)$",
    re.IGNORECASE,
)


def photo_credits(ctx: Context) -> None:
    """Short photo-credit lines (``Photo: RFA``, ``（圖取自…）``)."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) <= 90 and _PHOTO_CREDIT.match(block.text.strip()):
            ctx.set_aside("image-credit", block.text.strip())
            ctx.remove_block(i, rule="photo-credits", kind="image")


def caption_blocks(ctx: Context) -> None:
    """Caption blocks the tree rules did not tie to an image are still not paragraphs."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        if ctx.blocks[i].kind == "caption":
            ctx.set_aside("caption", ctx.blocks[i].text)
            ctx.remove_block(i, rule="caption-blocks", kind="image")
