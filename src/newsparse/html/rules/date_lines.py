"""Rule ``date-lines``: blocks that are only a date go to date evidence; relative times (``24 分钟前``) go.

A feed's header of an author's name over the date (``William  Yang<br>2020-07-22T07:16:50.329Z``,
Deutsche Welle's feed) goes too: the date to date evidence, the name to the bylines. Over DW's press
digests the name carries the compiler's mark (``张平（摘编）<br>2021-01-31T14:31:56.691Z``): the
compiler wrote the digest, and is its author.

A date in a quote is the quoted text's own: a poem dated under its title
(``> `2022年10月18日``` in agorahub/pen0's Markdown columns), a letter's date. It stays.
"""

from __future__ import annotations

import re

from newsparse.fields.bylines import is_person_name
from newsparse.html.context import Context

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# a block that is only a date or time:
# "Wed, 27 Nov 2024 14:59:13 GMT", "2022-07-04T11:04:07.064Z", "26/07/2022 - 23:30",
# "2022年5月23日", "2022年5月23日 星期一 10:10", "更新時間：2023-10-17 14:31", "2021.01.29 17:32"
_DATE_LINE = re.compile(
    r"^(?:(?:發布|发布|更新|發佈|发表|發表|出版|刊登)?(?:時間|时间|日期)?\s*[:：]?\s*)?"
    r"(?:"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*(?:GMT|UTC|[+-]\d{{4}}))?"
    rf"|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[AP]M)?)?"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}[/.]\d{1,2}[/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|週|周)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r")\s*(?:更新)?$",
    re.IGNORECASE,
)

# the compiler's mark after the name in the header of Deutsche Welle's press digests (墙外文摘
# "张平（摘编）", 德语媒体 "达扬（摘编）"); all four are four characters long
_COMPILER_MARKS = ("（摘编）", "（摘編）", "(摘编)", "(摘編)")

# words that label a date rather than name a person: "更新", "發布時間", "日期"
_DATE_WORD = re.compile(r"^(?:發布|发布|更新|發佈|发佈|发表|發表|出版|刊登|時間|时间|日期)")

# a block that is only a time relative to when the page was saved (no date evidence, not text):
# "24 分钟前", "3小時前", "2 天前", "更新於 5 分鐘前", "刚刚", "昨天 10:30", "5 hours ago", "Just now"
_RELATIVE_TIME = re.compile(
    r"^(?:(?:發布|发布|更新|發佈|发表|發表)(?:於|于)?\s*[:：]?\s*)?"
    r"(?:\d{1,3}\s*(?:秒|分鐘|分钟|分|小時|小时|個小時|个小时|天|日|週|周|星期|個月|个月)\s*(?:前|之前)"
    r"|剛剛|刚刚|剛才|刚才|(?:今天|今日|昨天|昨日|前天)(?:\s*\d{1,2}[:：]\d{2})?"
    r"|(?:updated\s+)?\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|just\s+now|yesterday)$",
    re.IGNORECASE,
)


# what a date line or a relative time opens with: a prefix word ("發布", "更新", "時間", "日期", "剛剛",
# "今天"…), a colon, a weekday or month name ("Wed", "Nov", "ſep": the patterns ignore case), "updated",
# "just", "yesterday", or a digit (str.isdecimal, as \d); the blocks, stripped, open with
# none of these are not matched (a test reads the openers from the patterns)
_OPENERS = frozenset("發发更出刊時时日:：剛刚今昨前mtwfsjaonduyMTWFSJAONDUY\u017f")


def date_lines(ctx: Context) -> None:
    """Blocks that are only a date or time go to date evidence, not text; relative times just go.

    >>> from newsparse.html.blocks import Block
    >>> from newsparse.options import ParseOptions
    >>> ctx = Context(root=None, options=ParseOptions())
    >>> ctx.blocks = [Block(t, index=i) for i, t in enumerate(["24 分钟前", "2022年5月23日", "正文。"])]
    >>> date_lines(ctx)
    >>> [b.text for b in ctx.blocks], [line.text for line in ctx.body.set_aside]
    (['正文。'], ['2022年5月23日'])
    """
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) > 60 or block.kind == "quote":
            continue
        text = block.text.strip()
        if "\n" in text and _author_over_date(ctx, text):
            ctx.remove_block(i, rule="date-lines")
            continue
        first = text[:1]
        if first not in _OPENERS and not first.isdecimal():
            continue
        if _DATE_LINE.match(text):
            ctx.set_aside("date-line", text)
            ctx.remove_block(i, rule="date-lines")
        elif len(text) <= 24 and _RELATIVE_TIME.match(text):
            ctx.remove_block(i, rule="date-lines")


def _author_over_date(ctx: Context, text: str) -> bool:
    """Set aside a two-line header of a person's name over a date line; True when ``text`` is one.

    ``"William  Yang\n2020-07-22T07:16:50.329Z"`` sets aside the byline ``作者：William Yang``
    (the name in the feed's author slot) and the date line; ``"张平（摘编）\n2021-01-31T14:31:56.691Z"``
    the byline ``作者：张平``. A name with another note in brackets (``张平（北京）``) is no header.

    >>> from newsparse.options import ParseOptions
    >>> ctx = Context(root=None, options=ParseOptions())
    >>> _author_over_date(ctx, "张平（摘编）\\n2021-01-31T14:31:56.691Z"), ctx.body.set_aside[0].text
    (True, '作者：张平')
    >>> _author_over_date(ctx, "张平（北京）\\n2021-01-31T14:31:56.691Z")
    False
    """
    name, _, date = text.partition("\n")
    name, date = " ".join(name.split()), date.strip()
    if name.endswith(_COMPILER_MARKS):
        name = name[:-4].rstrip()
    if "\n" in date or not name or _DATE_WORD.match(name) or not _DATE_LINE.match(date):
        return False
    if not is_person_name(name):
        return False
    ctx.set_aside("byline", f"作者：{name}")
    ctx.set_aside("date-line", date)
    return True
