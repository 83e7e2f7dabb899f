"""Script conversion (OpenCC) and Unicode cleanup, behind :func:`normalize_article`.

By default newsparse keeps the characters a publisher wrote. ``script=`` converts every text
field to ``Hans``, ``Hant``, ``Hant-TW`` or ``Hant-HK``, converting only what is not yet in
that script (:mod:`newsparse.normalize.convert`); ``fold_width``, ``fold_punctuation`` and
``nfkc`` fold full-width forms and compatibility characters
(:mod:`newsparse.normalize.unicode`). Two OpenCC backends, ``pure`` and ``fast``, are loaded
so that the ``opencc`` module-name clash cannot break either
(:mod:`newsparse.normalize.backends`). See ``docs/normalization.md``.

>>> convert_script("美国之音", "Hant-TW", backend="pure")
'美國之音'
>>> detect_script("美國之音中文網")
'Hant'
>>> normalize_unicode("ＮＡＴＯ", fold_width=True)
'NATO'
"""

from newsparse.fields.script import detect_script, script_evidence
from newsparse.normalize.article import normalize_article
from newsparse.normalize.backends import (
    BACKENDS,
    BackendInfo,
    BackendUnavailableError,
    available_backends,
    backend_info,
    backend_name,
)
from newsparse.normalize.convert import convert_script, opencc_config, script_family
from newsparse.normalize.unicode import normalize_unicode

__all__ = [
    "BACKENDS",
    "BackendInfo",
    "BackendUnavailableError",
    "available_backends",
    "backend_info",
    "backend_name",
    "convert_script",
    "detect_script",
    "normalize_article",
    "normalize_unicode",
    "opencc_config",
    "script_evidence",
    "script_family",
]
