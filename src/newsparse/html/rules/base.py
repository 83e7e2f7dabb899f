"""The rule machinery: :class:`Rule`, :class:`Ruler` and helpers shared by rules."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from attrs import frozen

from newsparse.html.context import Context, DroppedLink

__all__ = ["Rule", "RuleFunction", "Ruler", "dropped_link", "element_text", "same_text", "tokens"]

RuleFunction = Callable[[Context], None]


@frozen
class Rule:
    """A named cleaning step; ``stage`` is ``"tree"`` or ``"blocks"``."""

    name: str
    stage: str
    apply: RuleFunction
    doc: str = ""


class Ruler:
    """An ordered list of rules, addressable by name."""

    def __init__(self, rules: list[Rule] | None = None) -> None:
        self._rules: list[Rule] = list(rules or [])

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def names(self) -> list[str]:
        """The rule names, in the order they run."""
        return [r.name for r in self._rules]

    def describe(self) -> list[tuple[str, str, str]]:
        """``(name, stage, doc)`` for every rule, for listings."""
        return [(r.name, r.stage, r.doc) for r in self._rules]

    def _index(self, name: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == name:
                return i
        raise KeyError(f"no rule named {name!r}; rules: {', '.join(self.names())}")

    def push(self, rule: Rule) -> None:
        """Add ``rule`` at the end of its stage."""
        self._check_new(rule)
        self._rules.append(rule)

    def insert_before(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just before the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name), rule)

    def insert_after(self, name: str, rule: Rule) -> None:
        """Add ``rule`` just after the rule called ``name``."""
        self._check_new(rule)
        self._rules.insert(self._index(name) + 1, rule)

    def remove(self, name: str) -> Rule:
        """Remove and return the rule called ``name``."""
        return self._rules.pop(self._index(name))

    def copy(self) -> Ruler:
        """An independent copy."""
        return Ruler(self._rules)

    def active(self, stage: str, disabled: tuple[str, ...] = ()) -> list[Rule]:
        """The rules of ``stage`` that are not disabled, in order."""
        return [r for r in self._rules if r.stage == stage and r.name not in disabled]

    def _check_new(self, rule: Rule) -> None:
        if rule.stage not in ("tree", "blocks"):
            raise ValueError(f"rule stage must be 'tree' or 'blocks', not {rule.stage!r}")
        if rule.name in self.names():
            raise ValueError(f"a rule named {rule.name!r} exists already")


def element_text(el: Any) -> str:
    """The element's text with whitespace collapsed."""
    return " ".join(el.text_content().split())


def tokens(value: str | None) -> list[str]:
    """The whitespace-separated tokens of a class attribute."""
    return value.split() if value else []


def same_text(a: str, b: str) -> bool:
    """Equal once all whitespace is removed."""
    return "".join(a.split()) == "".join(b.split())


def dropped_link(href: str, text: str, kind: str, order: int = -1) -> DroppedLink:
    """A link record for content removed without :meth:`Context.drop` (iframe sources)."""
    return DroppedLink(href, text, kind, order)
