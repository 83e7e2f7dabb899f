"""Rule ``date-lines``: blocks that are only a date go to date evidence."""

from __future__ import annotations

import re

from newsparse.html.context import Context

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# a block that is only a date or time:
# "Wed, 27 Nov 2024 14:59:13 GMT", "2022-07-04T11:04:07.064Z", "26/07/2022 - 23:30",
# "2022年5月23日", "2022年5月23日 星期一 10:10", "更新時間：2023-10-17 14:31"
_DATE_LINE = re.compile(
    r"^(?:(?:發布|发布|更新|發佈|发表|發表|出版|刊登)?(?:時間|时间|日期)?\s*[:：]?\s*)?"
    r"(?:"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:\s*(?:GMT|UTC|[+-]\d{{4}}))?"
    rf"|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:[AP]M)?)?"
    r"|\d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|週|周)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
    r")\s*(?:更新)?$",
    re.IGNORECASE,
)


def date_lines(ctx: Context) -> None:
    """Blocks that are only a date or time go to date evidence, not text."""
    for i in range(len(ctx.blocks) - 1, -1, -1):
        block = ctx.blocks[i]
        if len(block.text) <= 60 and _DATE_LINE.match(block.text.strip()):
            ctx.set_aside("date-line", block.text.strip())
            ctx.remove_block(i, rule="date-lines")
