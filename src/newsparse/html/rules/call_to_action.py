"""Rules ``call-to-action`` and ``end-phrases``: subscription, related-heading and copyright lines."""

from __future__ import annotations

import re

from newsparse.html.context import Context

#: Phrases that mark a short block as a call to action, a related-links heading or a notice.
CALL_TO_ACTION = (
    "訂閱《",
    "订阅《",
    "感謝您的訂閱",
    "感谢您的订阅",
    "請輸入正確的電子信箱",
    "请输入正确的电子邮箱",
    "點擊下載",
    "点击下载",
    "下載APP",
    "下载APP",
    "下載App",
    "下载App",
    "下载客户端",
    "下載客戶端",
    "掃碼關注",
    "扫码关注",
    "關注我們",
    "关注我们",
    "加入LINE",
    "歡迎訂閱",
    "欢迎订阅",
    "點我訂閱",
    "点我订阅",
    "延伸閱讀",
    "延伸阅读",
    "相關新聞",
    "相关新闻",
    "相關閱讀",
    "相关阅读",
    "推薦閱讀",
    "推荐阅读",
    "更多新聞",
    "更多新闻",
    "原文網址",
    "原文网址",
    "點我看",
    "点我看",
    "看更多",
    "热门新闻",
    "熱門新聞",
    "未經授權",
    "未经授权",
    "版權所有",
    "版权所有",
    "版權聲明",
    "版权声明",
    "著作权法保护",
    "著作權法保護",
    "All rights reserved",
    "Copyright ©",
    "Subscribe to",
    "Sign up for",
    "Share this",
    "Advertisement",
    "請繼續往下閱讀",
    "请继续往下阅读",
    "繼續閱讀",
    "继续阅读",
)
_CTA = re.compile(
    "|".join(re.escape(p) for p in CALL_TO_ACTION) + r"|^©|^\(c\)\s|^廣告$|^广告$", re.IGNORECASE
)
# long notices still count when they are copyright statements
_COPYRIGHT = re.compile(r"版權|版权|著作權|著作权|©|Copyright|All rights reserved", re.IGNORECASE)


def call_to_action(ctx: Context) -> None:
    """Short blocks with call-to-action, related-heading or copyright phrases."""
    phrases: tuple[str, ...] = ctx.publisher.boilerplate.drop_phrases if ctx.publisher else ()
    for i in range(len(ctx.blocks) - 1, -1, -1):
        text = ctx.blocks[i].text
        limit = 200 if _COPYRIGHT.search(text) else 80
        if len(text) <= limit and (_CTA.search(text) or any(p in text for p in phrases)):
            ctx.remove_block(i, rule="call-to-action")


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
