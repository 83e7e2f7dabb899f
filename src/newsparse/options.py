"""Options shared by every step of the pipeline.

``parse(data, **options)`` builds one :class:`ParseOptions`; each step reads the fields it
needs. Unknown option names raise ``TypeError`` at once, as a misspelled keyword argument
would.

>>> ParseOptions.from_kwargs(script="Hant").script
'Hant'
>>> ParseOptions.from_kwargs(scirpt="Hant")
Traceback (most recent call last):
...
TypeError: unknown parse option 'scirpt'; known options: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import field, frozen

__all__ = ["SCRIPTS", "VARIANT_NAMES", "ParseOptions"]

#: Targets of ``script=`` conversion.
SCRIPTS = ("Hans", "Hant", "Hant-TW", "Hant-HK")

#: Built-in variant names (more can be registered).
VARIANT_NAMES = ("jekyll", "comment_stamp", "pdf_text")


def _check_script(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None and value not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)} or None, not {value!r}")


def _check_positive(_inst: object, attr: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"{attr.name} must be positive, not {value!r}")


def _rule_names(value: Iterable[str]) -> tuple[str, ...]:
    """Rule names as a tuple (a typed converter: mypy cannot check ``converter=tuple``)."""
    return tuple(value)


def _check_rules(value: object) -> None:
    if value is None:
        return
    from newsparse.html.rules.base import Ruler  # imported here: the rules import these options

    if not isinstance(value, Ruler):
        raise TypeError(f"rules must be a newsparse.html.rules.Ruler or None, not {type(value).__name__}")


@frozen
class ParseOptions:
    """Every option ``parse``, ``parse_file`` and ``parse_many`` accept."""

    #: skip detection and use this variant's parser
    variant: str | None = None
    #: convert title, text and metadata strings to this script with OpenCC
    script: str | None = field(default=None, validator=_check_script)
    #: OpenCC backend: ``"auto"`` (fast binding when installed, else pure Python),
    #: ``"pure"`` or ``"fast"``
    opencc_backend: str = field(default="auto", validator=attrs.validators.in_(("auto", "pure", "fast")))
    #: full-width ASCII letters and digits to half-width (``ＡＢＣ１２３`` → ``ABC123``)
    fold_width: bool = False
    #: full-width ASCII punctuation to half-width (``！`` → ``!``, ``，`` → ``,``); CJK
    #: punctuation such as ``。、「」《》`` always stays
    fold_punctuation: bool = False
    #: NFKC-normalize all text, for search indexing (implies both folds above)
    nfkc: bool = False
    #: names of boilerplate rules to skip (see ``newsparse.html.rules``)
    disable_rules: tuple[str, ...] = field(default=(), converter=_rule_names)
    #: the boilerplate rules to run instead of ``newsparse.html.rules.DEFAULT_RULES`` (a ``Ruler``)
    rules: Any = field(default=None, validator=lambda _i, _a, v: _check_rules(v))
    #: inputs larger than this many bytes are refused with ``DocumentTooLargeError``
    max_bytes: int = field(default=64 * 1024 * 1024, validator=_check_positive)
    #: HTML nested deeper than this is flattened below that depth (text kept), with a
    #: warning; it also bounds the recursion of tree walks, so keep it well under 400
    max_depth: int = field(default=256, validator=_check_positive)
    #: seconds one document may take before ``LimitExceededError`` (None: no limit)
    timeout: float | None = field(default=30.0, validator=_check_positive)

    @classmethod
    def from_kwargs(cls, options: ParseOptions | None = None, **kwargs: Any) -> ParseOptions:
        """Build options from keyword arguments, on top of ``options`` when given."""
        known = _FIELD_NAMES if cls is ParseOptions else {a.name for a in attrs.fields(cls)}
        for key in kwargs:
            if key not in known:
                raise TypeError(f"unknown parse option {key!r}; known options: {', '.join(sorted(known))}")
        if options is None:
            if not kwargs and cls is ParseOptions:
                return _DEFAULTS  # frozen, so one instance serves every call without options
            return cls(**kwargs)
        return attrs.evolve(options, **kwargs) if kwargs else options

    def to_kwargs(self) -> Mapping[str, Any]:
        """The options as keyword arguments (for sending to worker processes)."""
        return attrs.asdict(self, recurse=False)


_FIELD_NAMES = frozenset(a.name for a in attrs.fields(ParseOptions))
#: The options of a call that passes none (what ``parse(data)`` uses).
_DEFAULTS = ParseOptions()
