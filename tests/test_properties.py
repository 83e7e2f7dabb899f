"""Properties that hold for every input, checked with Hypothesis.

* parsing gives an :class:`Article` or a :class:`ParseError`, never anything else and
  never :class:`InternalError` (which would be a bug);
* ``Article.from_dict(article.to_dict()) == article``, through JSON too;
* parsing is deterministic;
* no returned link or image has an unsafe scheme;
* decoding UTF-8 or UTF-16 bytes gives back the text.

Inputs are seeds, corpus posts and PDF texts mutated by ``tests/mutations.py`` (cut,
spliced, duplicated, byte-flipped, re-encoded, laced with hostile fragments), plus raw
bytes and text. The runs are derandomized, so CI is reproducible; ``benchmarks/fuzz.py``
runs the same mutations over thousands of inputs.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Article, ParseError, parse
from newsparse.decode import decode_bytes, normalize_newlines
from newsparse.errors import InternalError
from newsparse.fields.urls import is_safe_url
from tests.mutations import load_sources, mutate

SOURCES = load_sources()
#: smaller inputs than the fuzz run, so the suite stays quick
SMALL_SOURCES = [s[:60_000] for s in SOURCES]

BASE = settings(
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


def _outcome(data: str | bytes, **options: object) -> Article | ParseError:
    try:
        return parse(data, name="prop.md", **options)  # type: ignore[arg-type]
    except InternalError as exc:
        raise AssertionError(f"InternalError (a bug): {exc}") from exc
    except ParseError as exc:
        return exc


def _check(outcome: Article | ParseError) -> None:
    """An error names the input; an article survives to_dict/from_dict and has safe links."""
    if isinstance(outcome, ParseError):
        assert str(outcome).startswith("prop.md: "), str(outcome)
        return
    article = outcome
    record = article.to_dict()
    assert Article.from_dict(record) == article
    assert Article.from_dict(json.loads(json.dumps(record, ensure_ascii=False))) == article
    urls = [link.url for link in article.links] + [image.url for image in article.images]
    assert all(is_safe_url(u) for u in [*urls, article.url or ""]), urls


@pytest.mark.slow
@settings(BASE, max_examples=400)
@given(rng=st.randoms(use_true_random=False), as_text=st.booleans())
def test_mutated_inputs_give_an_article_or_a_parse_error(rng: random.Random, as_text: bool) -> None:
    mutated = mutate(rng, SMALL_SOURCES, max_steps=3, max_size=200_000)
    data: str | bytes = mutated.data.decode("utf-8", "surrogateescape") if as_text else mutated.data
    outcome = _outcome(data)
    _check(outcome)
    if isinstance(outcome, Article):
        assert parse(data, name="prop.md") == outcome  # deterministic


@settings(BASE, max_examples=150)
@given(
    rng=st.randoms(use_true_random=False),
    variant=st.sampled_from([None, "jekyll", "comment_stamp", "pdf_text"]),
    script=st.sampled_from([None, "Hans", "Hant"]),
)
def test_forced_variants_and_scripts_on_mutated_inputs(
    rng: random.Random, variant: str | None, script: str | None
) -> None:
    mutated = mutate(rng, SMALL_SOURCES, max_steps=2, max_size=200_000)
    outcome = _outcome(mutated.data, variant=variant, script=script)
    _check(outcome)


@settings(BASE, max_examples=150)
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    outcome = _outcome(data)
    _check(outcome)


_MARKUP = st.sampled_from(
    [
        *("<p>", "</p>", "<div>", "</div>", "<a href='/a'>", "</a>", "<br>", "<!--", "-->", "&amp;", "&#0;"),
        *("<a href='javascript:x'>", "<img src='data:x'>", "<a href=' VBScript:x'>"),
        *("---\n", 'title: "', "[", "](", ")", "<!--1697553060000-->\n", "\n------\n", "#", "\r\n"),
        *("（中央社記者廖禹揚首爾17日專電）", "2023年10月17日", "：", "北約", "秘書長", "\x00", "\ufeff"),
    ]
)


@settings(BASE, max_examples=150)
@given(st.lists(st.one_of(_MARKUP, st.text(max_size=20)), max_size=60).map("".join))
def test_arbitrary_text_made_of_markup_pieces(text: str) -> None:
    outcome = _outcome(text)
    _check(outcome)


@settings(BASE, max_examples=100)
@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")))
def test_utf8_and_utf16_bytes_decode_to_their_text(text: str) -> None:
    expected = normalize_newlines(text.removeprefix("\ufeff"))
    assert decode_bytes(text.encode("utf-8-sig")).text == expected
    assert decode_bytes(text.encode("utf-16")).text == expected
    if not text.startswith("\ufeff"):
        assert decode_bytes(text.encode("utf-8")).text == normalize_newlines(text)


@settings(BASE, max_examples=60)
@given(st.sampled_from(range(len(SOURCES))), st.sampled_from(["gb18030", "utf-16", "utf-16-le", "big5"]))
def test_whole_documents_in_other_encodings_parse_alike(index: int, codec: str) -> None:
    text = SOURCES[index].decode("utf-8")
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    assert _outcome(data) == _outcome(SOURCES[index])
