"""Script conversion that only converts what is not yet in the target script.

OpenCC's conversions assume their input is in the source script. Run ``s2t`` over text that
is already Traditional and it "corrects" characters that both scripts share: the older
dictionaries turn ``史托騰柏格`` into ``史託騰柏格``, the current ones turn ``秘書長`` into
``祕書長``, ``台灣`` into ``臺灣`` and ``數據一出`` into ``數據一齣``. So each string is looked at
first (:func:`~newsparse.fields.script.script_evidence`):

* only characters of the target script: left as it is (``Hant``, ``Hans``), or given the
  regional variant forms only (``t2tw`` for ``Hant-TW``, ``t2hk`` for ``Hant-HK``);
* only characters of the other script: converted whole (``s2t``, ``s2tw``, ``s2hk``, ``t2s``);
* both (a Simplified article quoting a Traditional name): clause by clause, each clause by its
  own characters, or the string's majority when it has none;
* neither (``日本首相``, ``以后``): as ``assume`` says (the article's script), else converted.

>>> convert_script("北約秘書長史托騰柏格訪問南韓", "Hant", backend="pure")
'北約秘書長史托騰柏格訪問南韓'
>>> convert_script("北约秘书长史托腾柏格访问南韩", "Hant", backend="pure")
'北約祕書長史托騰柏格訪問南韓'
>>> convert_script("北約秘書長史托騰柏格訪問南韓", "Hans", backend="pure")
'北约秘书长史托腾柏格访问南韩'
"""

from __future__ import annotations

import re

from newsparse.fields.script import ScriptName, script_evidence
from newsparse.normalize.backends import converter
from newsparse.options import SCRIPTS

__all__ = ["convert_script", "opencc_config", "script_family"]

# (script of the text, target) -> OpenCC configuration; None: nothing to convert
_CONFIGS: dict[tuple[str, str], str | None] = {
    ("Hans", "Hans"): None,
    ("Hant", "Hans"): "t2s",
    ("Hans", "Hant"): "s2t",
    ("Hant", "Hant"): None,
    ("Hans", "Hant-TW"): "s2tw",
    ("Hant", "Hant-TW"): "t2tw",
    ("Hans", "Hant-HK"): "s2hk",
    ("Hant", "Hant-HK"): "t2hk",
}

# any Han character: CJK unified ideographs, extension A, compatibility ideographs, the
# supplementary planes ("中", "㐀", "𠀀")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# clause boundaries for mixed-script strings: whitespace and sentence punctuation, Chinese and
# ASCII ("，", "。", "「", ", ", "("); kept in the output as they are
_CLAUSE_BREAK = re.compile(r"([\s，。、；：？！…—「」『』（）《》〈〉【】“”‘’,.;:?!()\[\]]+)")


def script_family(script: str) -> ScriptName:
    """``"Hans"`` for ``Hans``, ``"Hant"`` for ``Hant``, ``Hant-TW`` and ``Hant-HK``.

    >>> script_family("Hant-HK")
    'Hant'
    """
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {script!r}")
    return "Hans" if script == "Hans" else "Hant"


def opencc_config(source: ScriptName, script: str) -> str | None:
    """The OpenCC configuration that takes text in ``source`` to ``script`` (``None``: none needed).

    >>> opencc_config("Hans", "Hant-TW"), opencc_config("Hant", "Hant-TW"), opencc_config("Hant", "Hant")
    ('s2tw', 't2tw', None)
    """
    script_family(script)
    return _CONFIGS[(source, script)]


def _own_script(text: str) -> ScriptName | None:
    """The script ``text``'s own characters show, ``None`` when they show neither or a tie."""
    hans, hant = script_evidence(text)
    if hans > hant:
        return "Hans"
    if hant > hans:
        return "Hant"
    return None


def _convert_as(text: str, source: ScriptName, script: str, backend: str) -> str:
    config = _CONFIGS[(source, script)]
    return text if config is None else converter(backend, config)(text)


def convert_script(text: str, script: str, *, backend: str = "auto", assume: ScriptName | None = None) -> str:
    """``text`` in ``script`` (``Hans``, ``Hant``, ``Hant-TW`` or ``Hant-HK``), converted with OpenCC.

    Only the parts not yet in the target script are converted (see the module docstring);
    ``assume`` is the script of text whose characters do not tell (``以后`` is Simplified in a
    Simplified article, ``皇后`` Traditional in a Traditional one); without it such text is
    converted. ``backend`` is ``"auto"``, ``"pure"`` or ``"fast"``
    (:mod:`newsparse.normalize.backends`).

    >>> convert_script("以后", "Hant", backend="pure"), convert_script("以后", "Hant", assume="Hant")
    ('以後', '以后')
    >>> convert_script("美国之音报道：習近平與拜登會晤", "Hant", backend="pure")
    '美國之音報道：習近平與拜登會晤'
    """
    family = script_family(script)
    if not text or _HAN.search(text) is None:
        return text
    hans, hant = script_evidence(text)
    if hans and hant:
        majority: ScriptName = "Hans" if hans >= hant else "Hant"
        pieces = _CLAUSE_BREAK.split(text)
        return "".join(
            piece if index % 2 else _convert_as(piece, _own_script(piece) or majority, script, backend)
            for index, piece in enumerate(pieces)
        )
    if hans or hant:
        source: ScriptName = "Hans" if hans else "Hant"
    elif assume is not None:
        source = assume
    else:
        source = "Hant" if family == "Hans" else "Hans"
    return _convert_as(text, source, script, backend)
