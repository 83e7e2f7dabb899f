"""Unicode cleanup beyond the faithful default: width folding and NFKC, each opt-in.

By default newsparse keeps the characters the publisher wrote. Three options change that:

``fold_width``
    Full-width ASCII letters and digits to ASCII: ``ＡＢＣ１２３`` → ``ABC123``.
``fold_punctuation``
    Full-width forms of ASCII punctuation and symbols (U+FF01–U+FF5E, not letters or digits)
    to ASCII: ``！（），：；？％＠`` → ``!(),:;?%@``. That block holds the comma, colon,
    semicolon, question and exclamation marks and parentheses that Chinese text is written
    with, so they fold too. CJK punctuation has no ASCII form and always stays:
    ``。、「」『』《》【】〈〉`` and the ideographic space.
``nfkc``
    Unicode NFKC, for search indexing: both folds above plus every compatibility mapping
    (``①`` → ``1``, ``…`` → ``...``, ``　`` → space, half-width katakana ``ｱ`` → ``ア``,
    CJK compatibility ideographs to their unified forms, U+FA42 → ``既`` U+65E2). It is lossy; keep the
    original text for display. ``。、「」`` stay even under NFKC.

>>> normalize_unicode("ＧＤＰ成長１３．９％！")
'ＧＤＰ成長１３．９％！'
>>> normalize_unicode("ＧＤＰ成長１３．９％！", fold_width=True)
'GDP成長13．9％！'
>>> normalize_unicode("ＧＤＰ成長１３．９％！", fold_width=True, fold_punctuation=True)
'GDP成長13.9%!'
>>> normalize_unicode("他說，「迫切需要」的是彈藥（ammunition）。", fold_punctuation=True)
'他說,「迫切需要」的是彈藥(ammunition)。'
>>> normalize_unicode("①　第１章…", nfkc=True)
'1 第1章...'
"""

from __future__ import annotations

import unicodedata

__all__ = ["normalize_unicode"]

_FULLWIDTH_OFFSET = 0xFEE0  # "Ａ" (U+FF21) - "A" (U+0041)


def _fullwidth(ascii_chars: str) -> dict[int, int]:
    return {ord(char) + _FULLWIDTH_OFFSET: ord(char) for char in ascii_chars}


#: "Ａ" -> "A", "１" -> "1"
_WIDTH = _fullwidth("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: "！" -> "!", "，" -> ",", "（" -> "(" ... every printable ASCII character but letters and digits
_PUNCTUATION = _fullwidth("".join(chr(code) for code in range(0x21, 0x7F) if not chr(code).isalnum()))
_BOTH = {**_WIDTH, **_PUNCTUATION}


def normalize_unicode(
    text: str, *, fold_width: bool = False, fold_punctuation: bool = False, nfkc: bool = False
) -> str:
    """``text`` with the chosen cleanups applied; with none chosen, ``text`` itself.

    ``nfkc`` implies both folds. See the module docstring for what each option changes.

    >>> normalize_unicode("ｎｅｗｓ　ｐａｒｓｅ", fold_width=True)
    'news\\u3000parse'
    """
    if nfkc:
        return unicodedata.normalize("NFKC", text)
    if fold_width and fold_punctuation:
        return text.translate(_BOTH)
    if fold_width:
        return text.translate(_WIDTH)
    if fold_punctuation:
        return text.translate(_PUNCTUATION)
    return text
