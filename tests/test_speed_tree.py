"""The shortcut of the ``hidden`` rule gives the answers of the plain pattern.

``hiding_style`` rules out ASCII style values without "none" or "hidden" (case ignored)
before it tries the case-insensitive pattern; these tests compare it with the pattern
alone on the corpus styles, on edge cases and on generated values.
"""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from newsparse.html.tree import parse_fragment
from tests.conftest import CORPUS

# (the package exports the rule function under the module's name)
hidden_module = importlib.import_module("newsparse.html.rules.hidden")


def _plain(style: str) -> bool:
    return hidden_module._HIDDEN_STYLE.search(style) is not None


_EDGES = [
    "",
    "display:none",
    "DISPLAY : NONE !important",
    "Display:\tNone",
    "visibility: hidden",
    "VISIBILITY:HIDDEN",
    "display: block; visibility: visible",
    "font-family: none-such",
    "dİsplay:none",  # İ matches i when case is ignored
    "dısplay:none",  # so does the dotless ı
    "vıſibility:hidden",  # and ſ matches s
    "display:\u3000none",
    "display:\xa0none",
    "padding-bottom:56.25%",
    "display:nonE",
    "visibility:hiddeN;display:NONE",
]


def test_edge_styles_agree_with_the_pattern() -> None:
    for style in _EDGES:
        assert hidden_module.hiding_style(style) == _plain(style), style


def test_corpus_styles_agree_with_the_pattern() -> None:
    styles = []
    for path in sorted(CORPUS.glob("*.md")):
        root = parse_fragment(path.read_text(encoding="utf-8"))
        styles.extend(value for el in root.iter() if (value := el.get("style")) is not None)
    assert len(styles) > 20
    for style in styles:
        assert hidden_module.hiding_style(style) == _plain(style), style


_PIECES = st.sampled_from(
    [
        "display",
        "visibility",
        "none",
        "hidden",
        ":",
        " ",
        "\t",
        "\u3000",
        "İ",
        "ı",
        "ſ",
        "NONE",
        "Hidden",
        ";",
        "x",
    ]
)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_generated_styles_agree_with_the_pattern(style: str) -> None:
    assert hidden_module.hiding_style(style) == _plain(style)


@given(st.text(max_size=40))
def test_any_text_agrees_with_the_pattern(style: str) -> None:
    assert hidden_module.hiding_style(style) == _plain(style)
