"""The documentation stays true: every public name is documented, examples are real output."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import newsparse
from tests.conftest import ROOT

DOCS = ROOT / "docs"


@pytest.mark.parametrize("name", newsparse.__all__)
def test_public_name_has_a_docstring_the_reference_shows(name: str) -> None:
    obj = getattr(newsparse, name)
    assert (obj.__doc__ or "").strip(), f"{name} has no docstring"
    reference = (DOCS / "reference.md").read_text("utf-8")
    assert f"::: newsparse.{name}\n" in reference, f"{name} is missing from docs/reference.md"


def test_every_article_field_has_a_docstring_with_an_example_or_meaning() -> None:
    source = (ROOT / "src" / "newsparse" / "model.py").read_text("utf-8")
    body = source[
        source.index("class Article:") : source.index("    def to_dict(self)", source.index("class Article:"))
    ]
    fields = re.findall(r"^    (\w+): [^\n]+\n    \"\"\"", body, re.MULTILINE)
    declared = re.findall(r"^    (\w+): ", body, re.MULTILINE)
    assert fields == declared, f"fields without a docstring: {sorted(set(declared) - set(fields))}"


def test_show_example_in_docs_is_real_output() -> None:
    page = (DOCS / "example.md").read_text("utf-8")
    block = re.search(r"```text\n\$ newsparse show (\S+)\n(.*?)```", page, re.DOTALL)
    assert block is not None, "docs/example.md has no `newsparse show` block"
    path, shown = block.group(1), block.group(2)
    out = subprocess.run(
        [sys.executable, "-m", "newsparse", "show", path],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown == out, "docs/example.md is stale: regenerate it with `newsparse show` (see the page)"
