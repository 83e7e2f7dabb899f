"""Tests for newsparse.normalize: OpenCC backends, script conversion, Unicode cleanup, articles.

Outputs are pinned per backend: ``pure`` is opencc-python-reimplemented with newsparse's
corrections, ``fast`` the OpenCC C++ binding (the ``opencc-fast`` extra). The fast tests are
skipped only when the ``OpenCC`` distribution is not installed; when it is installed but does
not load, they fail.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.errors import ParseError
from newsparse.model import Article, DateCandidate, Dateline, Image, Link
from newsparse.normalize import (
    BACKENDS,
    BackendUnavailableError,
    available_backends,
    backend_info,
    backend_name,
    convert_script,
    detect_script,
    normalize_article,
    normalize_unicode,
    opencc_config,
    script_evidence,
)
from newsparse.normalize import backends as backends_module
from newsparse.normalize.backends import converter
from newsparse.options import SCRIPTS, ParseOptions

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"


def _installed(dist: str) -> bool:
    try:
        metadata.distribution(dist)
    except metadata.PackageNotFoundError:
        return False
    return True


FAST_INSTALLED = _installed("OpenCC")
needs_fast = pytest.mark.skipif(
    not FAST_INSTALLED,
    reason="the OpenCC C++ binding (pip install 'newsparse[opencc-fast]') is not installed",
)
BACKEND_PARAMS = ["pure", pytest.param("fast", marks=needs_fast)]


@pytest.fixture
def fresh_backends() -> Iterator[None]:
    """Forget loaded backends before and after a test that fakes a broken install."""
    backends_module._reset()
    yield
    backends_module._reset()


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


# seed 001 (CNA, Traditional) and seed 000 (VOA, Simplified): title and first paragraph
SEED_001_TITLE = "北約秘書長訪南韓 促增對烏克蘭軍援"
SEED_001_P1 = (
    "（中央社首爾30日綜合外電報導）北大西洋公約組織（NATO）秘書長史托騰柏格今天敦促南韓增加對烏克蘭的"
    "軍事援助。他說，俄羅斯入侵烏克蘭後，他國都已改變不對衝突中國家提供武器的政策。"
)
SEED_000_TITLE = "韩乌同意分享朝俄情报，但韩国民意不支持向基辅提供武器"
SEED_000_P1 = (
    "韩国总统尹锡悦（Yoon Suk Yeol）周三（11月27日）在会见乌克兰政府代表团的时候呼吁双方联合应对朝鲜最近"
    "向俄罗斯派出一万多援兵所带来的威胁。韩国一项新的民调显示，韩国民众并不支持向乌克兰提供武器。"
)


def test_pinned_inputs_are_in_the_seeds() -> None:
    assert SEED_001_TITLE in _seed("001")
    assert SEED_001_P1 in _seed("001")
    assert SEED_000_TITLE in _seed("000")
    assert SEED_000_P1 in _seed("000")


# ---------------------------------------------------------------------------------------------
# pinned outputs, per backend (both backends agree on the seeds; the dict says which produced what)

PINNED: dict[tuple[str, str], dict[str, str]] = {
    (SEED_001_TITLE, "Hans"): {
        "pure": "北约秘书长访南韩 促增对乌克兰军援",
        "fast": "北约秘书长访南韩 促增对乌克兰军援",
    },
    (SEED_001_P1, "Hans"): {
        "pure": "（中央社首尔30日综合外电报导）"
        "北大西洋公约组织（NATO）秘书长史托腾柏格今天敦促南韩增加对乌克兰的军事援助。"
        "他说，俄罗斯入侵乌克兰后，他国都已改变不对冲突中国家提供武器的政策。",
        "fast": "（中央社首尔30日综合外电报导）"
        "北大西洋公约组织（NATO）秘书长史托腾柏格今天敦促南韩增加对乌克兰的军事援助。"
        "他说，俄罗斯入侵乌克兰后，他国都已改变不对冲突中国家提供武器的政策。",
    },
    (SEED_000_TITLE, "Hant-TW"): {
        "pure": "韓烏同意分享朝俄情報，但韓國民意不支持向基輔提供武器",
        "fast": "韓烏同意分享朝俄情報，但韓國民意不支持向基輔提供武器",
    },
    (SEED_000_P1, "Hant-TW"): {
        "pure": "韓國總統尹錫悅（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民眾並不支持向烏克蘭提供武器。",
        "fast": "韓國總統尹錫悅（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民眾並不支持向烏克蘭提供武器。",
    },
    # OpenCC's own standard ("Hant") writes 衆 where Taiwan writes 眾; Hong Kong writes 悦
    (SEED_000_P1, "Hant"): {
        "pure": "韓國總統尹錫悅（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民衆並不支持向烏克蘭提供武器。",
        "fast": "韓國總統尹錫悅（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民衆並不支持向烏克蘭提供武器。",
    },
    (SEED_000_P1, "Hant-HK"): {
        "pure": "韓國總統尹錫悦（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民眾並不支持向烏克蘭提供武器。",
        "fast": "韓國總統尹錫悦（Yoon Suk Yeol）週三（11月27日）"
        "在會見烏克蘭政府代表團的時候呼籲雙方聯合應對朝鮮最近向俄羅斯派出一萬多援兵所帶來的威脅。"
        "韓國一項新的民調顯示，韓國民眾並不支持向烏克蘭提供武器。",
    },
    # already in the target script: untouched (no 史託騰柏格, no 祕書長)
    (SEED_001_P1, "Hant"): {"pure": SEED_001_P1, "fast": SEED_001_P1},
    (SEED_000_P1, "Hans"): {"pure": SEED_000_P1, "fast": SEED_000_P1},
    ("史托騰柏格", "Hant"): {"pure": "史托騰柏格", "fast": "史托騰柏格"},
    ("史托騰柏格", "Hant-HK"): {"pure": "史托騰柏格", "fast": "史托騰柏格"},
    ("北約秘書長史托騰柏格", "Hant-TW"): {"pure": "北約秘書長史托騰柏格", "fast": "北約秘書長史托騰柏格"},
    ("史托腾柏格", "Hant"): {"pure": "史托騰柏格", "fast": "史托騰柏格"},
    # Hant-TW on Traditional text: Taiwan variant forms only (爲 -> 為, 裏 -> 裡, 祕 -> 秘)
    ("祕書長爲了裏面", "Hant-TW"): {"pure": "秘書長為了裡面", "fast": "秘書長為了裡面"},
    # where the backends differ (dictionary age; see docs/normalization.md)
    ("数据一出，立刻调整", "Hant"): {"pure": "數據一出，立刻調整", "fast": "數據一齣，立刻調整"},
    ("他擡頭說", "Hant-TW"): {"pure": "他抬頭說", "fast": "他擡頭說"},
    ("他的眼神里充满", "Hant"): {"pure": "他的眼神裏充滿", "fast": "他的眼神里充滿"},
    ("干诺道", "Hant"): {"pure": "幹諾道", "fast": "干諾道"},
    ("冲压机", "Hant"): {"pure": "衝壓機", "fast": "沖壓機"},
}


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
@pytest.mark.parametrize(("text", "script"), list(PINNED), ids=[f"{s}:{t[:8]}" for t, s in PINNED])
def test_pinned_outputs(backend: str, text: str, script: str) -> None:
    assert backend_name(backend) == backend
    assert convert_script(text, script, backend=backend) == PINNED[(text, script)][backend]


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_raw_opencc_would_alter_traditional_text(backend: str) -> None:
    """Why newsparse skips text already in the target script: s2t on Traditional input."""
    s2t = converter(backend, "s2t")
    assert s2t("北約秘書長，新台灣") == "北約祕書長，新臺灣"
    assert convert_script("北約秘書長，新台灣", "Hant", backend=backend) == "北約秘書長，新台灣"


def test_pure_backend_corrections_are_applied() -> None:
    """The old dictionaries make 托 into 託 everywhere outside listed phrases; ours do not."""
    s2t = converter("pure", "s2t")
    assert s2t("托卡耶夫和安托万") == "托卡耶夫和安托萬"
    assert s2t("委托他托付的事") == "委託他託付的事"  # the phrases the table lists still convert
    assert s2t("想象") == "想像"
    assert (
        converter("pure", "t2s")("立法院 拚經濟，逕自決定，心情沈重") == "立法院 拼经济，径自决定，心情沉重"
    )


# ---------------------------------------------------------------------------------------------
# the seeds and the corpus, whole, in every target script: both backends agree


def _inputs() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.md"))


def _convert_lines(text: str, script: str, backend: str) -> str:
    assume = detect_script(text)
    return "\n".join(
        convert_script(line, script, backend=backend, assume=assume) for line in text.split("\n")
    )


@needs_fast
@pytest.mark.parametrize("script", SCRIPTS)
def test_backends_agree_on_every_seed_and_post(script: str) -> None:
    for path in _inputs():
        text = path.read_text("utf-8")
        assert _convert_lines(text, script, "pure") == _convert_lines(text, script, "fast"), path.name


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_text_in_the_target_script_is_left_alone(backend: str, path: Path) -> None:
    """Converting a post to its own script changes only lines quoting the other script
    (a Simplified Nikkei post tags itself 日本経済新聞, with Traditional 聞)."""
    text = path.read_text("utf-8")
    own = detect_script(text)
    assert own is not None
    converted = _convert_lines(text, own, backend).split("\n")
    other = 1 if own == "Hans" else 0
    for before, after in zip(text.split("\n"), converted, strict=True):
        if script_evidence(before)[other] == 0:
            assert after == before


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
@pytest.mark.parametrize("script", SCRIPTS)
def test_conversion_is_idempotent(backend: str, script: str) -> None:
    for prefix in ("000", "001"):
        once = _convert_lines(_seed(prefix), script, backend)
        assert _convert_lines(once, script, backend) == once
        assert detect_script(once) == ("Hans" if script == "Hans" else "Hant")


def test_mixed_strings_convert_clause_by_clause() -> None:
    text = "美国总统拜登说，「北約秘書長史托騰柏格」的发言很重要"
    assert (
        convert_script(text, "Hant", backend="pure") == "美國總統拜登說，「北約秘書長史托騰柏格」的發言很重要"
    )
    assert (
        convert_script(text, "Hans", backend="pure") == "美国总统拜登说，「北约秘书长史托腾柏格」的发言很重要"
    )


def test_text_without_evidence_follows_assume() -> None:
    assert convert_script("皇后以后", "Hant", backend="pure") == "皇后以後"
    assert convert_script("皇后以后", "Hant", backend="pure", assume="Hant") == "皇后以后"
    assert convert_script("ABC 2024", "Hans") == "ABC 2024"
    assert convert_script("", "Hant-TW") == ""


def test_opencc_configs() -> None:
    assert opencc_config("Hans", "Hant-HK") == "s2hk"
    assert opencc_config("Hant", "Hans") == "t2s"
    assert opencc_config("Hans", "Hans") is None
    with pytest.raises(ValueError, match="script must be one of"):
        convert_script("中文", "zh-TW")


# ---------------------------------------------------------------------------------------------
# backend selection and the opencc module clash


def test_backend_names() -> None:
    assert BACKENDS == ("auto", "pure", "fast")
    assert backend_name("pure") == "pure"
    assert backend_name() == ("fast" if FAST_INSTALLED else "pure")
    assert "pure" in available_backends()
    info = backend_info("pure")
    assert (info.name, info.distribution) == ("pure", "opencc-python-reimplemented")
    assert str(info).startswith("pure (opencc-python-reimplemented ")


@needs_fast
def test_fast_backend_info() -> None:
    info = backend_info("fast")
    assert (info.name, info.distribution) == ("fast", "OpenCC")
    assert backend_info("auto") == info
    assert available_backends() == ("pure", "fast")


def test_unknown_backend_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="opencc_backend must be one of auto, pure, fast"):
        backend_name("opencc")
    with pytest.raises(ValueError, match="opencc_backend"):
        normalize_article(Article("jekyll", "中文"), ParseOptions(script="Hant", opencc_backend="C++"))


def _hide_distribution(monkeypatch: pytest.MonkeyPatch, hidden: str) -> None:
    """Make ``importlib.metadata`` answer as if ``hidden`` were not installed."""
    real = metadata.distribution

    def distribution(name: str) -> metadata.Distribution:
        if name == hidden:
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "distribution", distribution)


def test_missing_fast_backend(monkeypatch: pytest.MonkeyPatch, fresh_backends: None) -> None:
    _hide_distribution(monkeypatch, "OpenCC")
    with pytest.raises(BackendUnavailableError, match=r"newsparse\[opencc-fast\]") as raised:
        backend_name("fast")
    assert isinstance(raised.value, ImportError)
    assert not isinstance(raised.value, ParseError)
    assert backend_name("auto") == "pure"
    assert available_backends() == ("pure",)
    article = Article("jekyll", "北約秘書長")
    with pytest.raises(BackendUnavailableError):
        normalize_article(article, ParseOptions(script="Hans", opencc_backend="fast"))
    assert normalize_article(article, ParseOptions(script="Hans")).title == "北约秘书长"


def test_missing_pure_backend(monkeypatch: pytest.MonkeyPatch, fresh_backends: None) -> None:
    _hide_distribution(monkeypatch, "opencc-python-reimplemented")
    with pytest.raises(BackendUnavailableError, match="pip install opencc-python-reimplemented"):
        backend_name("pure")


def _run(code: str, *, path: list[str] | None = None) -> str:
    """Run ``code`` in a fresh interpreter (with ``path`` first on sys.path); return stdout."""
    prelude = f"import sys; sys.path[:0] = {path or []!r}\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_loading_never_imports_the_opencc_module() -> None:
    """Neither backend goes through ``import opencc``, whichever package owns it."""
    out = _run(
        """
        import sys
        from newsparse.normalize import available_backends, convert_script
        for name in available_backends():
            print(name, convert_script("北约秘书长", "Hant", backend=name))
        print("opencc" in sys.modules)
        """
    )
    expected = ["pure 北約祕書長"] + (["fast 北約祕書長"] if FAST_INSTALLED else []) + ["False"]
    assert out.split("\n")[:-1] == expected


def test_a_broken_opencc_module_does_not_matter(tmp_path: Path) -> None:
    """Simulate the clash at its worst: ``import opencc`` finds a package that fails to import."""
    fake = tmp_path / "opencc"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "raise ImportError('opencc/__init__.py belongs to the other package')\n"
    )
    out = _run(
        """
        try:
            import opencc
        except ImportError as error:
            print("import opencc:", error)
        from newsparse.normalize import available_backends, convert_script
        for name in available_backends():
            print(name, convert_script("北約秘書長", "Hans", backend=name))
        """,
        path=[str(tmp_path)],
    )
    lines = out.split("\n")[:-1]
    assert lines[0] == "import opencc: opencc/__init__.py belongs to the other package"
    assert lines[1:] == ["pure 北约秘书长"] + (["fast 北约秘书长"] if FAST_INSTALLED else [])


@needs_fast
@pytest.mark.parametrize("newsparse_first", [True, False])
def test_fast_backend_shares_the_compiled_module_with_the_opencc_package(newsparse_first: bool) -> None:
    """The compiled module can be initialized once per process (a second load is an ImportError
    and may abort the interpreter); both orders must end with one shared copy."""
    load_newsparse = "print(convert_script('北约', 'Hant', backend='fast'))"
    load_package = "from opencc.clib import opencc_clib as clib; print(clib._OpenCC.__name__)"
    first, second = (load_newsparse, load_package) if newsparse_first else (load_package, load_newsparse)
    out = _run(f"from newsparse.normalize import convert_script\n{first}\n{second}\n")
    assert set(out.split("\n")[:-1]) == {"北約", "_OpenCC"}


# ---------------------------------------------------------------------------------------------
# Unicode cleanup


def test_unicode_default_is_faithful() -> None:
    text = "ＧＤＰ成長１３．９％！「迫切需要」，①…　"
    assert normalize_unicode(text) is text


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"fold_width": True}, "GDP成長13．9％！「迫切需要」，①…　"),
        ({"fold_punctuation": True}, "ＧＤＰ成長１３.９%!「迫切需要」,①…　"),
        ({"fold_width": True, "fold_punctuation": True}, "GDP成長13.9%!「迫切需要」,①…　"),
        ({"nfkc": True}, "GDP成長13.9%!「迫切需要」,1... "),
        ({"nfkc": True, "fold_width": False}, "GDP成長13.9%!「迫切需要」,1... "),
    ],
)
def test_unicode_options(options: dict[str, bool], expected: str) -> None:
    assert normalize_unicode("ＧＤＰ成長１３．９％！「迫切需要」，①…　", **options) == expected


def test_cjk_punctuation_always_stays() -> None:
    cjk = "。、「」『』《》【】〈〉〔〕"
    for options in ({"fold_width": True}, {"fold_punctuation": True}, {"nfkc": True}):
        assert normalize_unicode(cjk, **options) == cjk


def test_fold_tables_cover_exactly_the_fullwidth_ascii_block() -> None:
    fullwidth = "".join(chr(code) for code in range(0xFF01, 0xFF5F))
    ascii_ = "".join(chr(code) for code in range(0x21, 0x7F))
    assert normalize_unicode(fullwidth, fold_width=True, fold_punctuation=True) == ascii_
    width_only = normalize_unicode(fullwidth, fold_width=True)
    assert re.sub(r"[0-9A-Za-z]", "", width_only) == re.sub(r"[０-９Ａ-Ｚａ-ｚ]", "", fullwidth)


@given(st.text())
def test_folds_agree_with_nfkc_on_the_fullwidth_block(text: str) -> None:
    folded = normalize_unicode(text, fold_width=True, fold_punctuation=True)
    assert normalize_unicode(folded, fold_width=True, fold_punctuation=True) == folded
    only_block = "".join(c for c in text if 0xFF01 <= ord(c) <= 0xFF5E)
    assert normalize_unicode(only_block, fold_width=True, fold_punctuation=True) == normalize_unicode(
        only_block, nfkc=True
    )


# ---------------------------------------------------------------------------------------------
# articles


def _article() -> Article:
    paragraphs = (
        "（中央社記者廖禹揚首爾17日專電）美國、日本及南韓代表今天在雅加達磋商。",
        "金星容說：「我們深感憂心」。",
    )
    return Article(
        variant="jekyll",
        title="美日韓會談 憂心北韓以武器換取俄國回報",
        url="https://www.cna.com.tw/news/aopl/202310170397.aspx",
        published=datetime(2023, 10, 17, 14, 31, tzinfo=timezone.utc),
        date_candidates=[DateCandidate(datetime(2023, 10, 17, tzinfo=timezone.utc), "url", raw="20231017")],
        source="(臺)中央社CNA",
        publisher="中央社",
        publisher_id="cna",
        authors=("廖禹揚",),
        credits={"editor": ("張佑之",)},
        dateline=Dateline("首爾", 17, "首爾17日專電"),
        tags=("北韓",),
        categories=("國際",),
        keywords=("俄羅斯",),
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        headings=("會談重點",),
        footnotes=("韓聯社報導。",),
        links=[Link("https://www.cna.com.tw/search/北韓", "北韓", "tag")],
        images=[Image("https://imgcdn.cna.com.tw/a.jpg", "金星容（右）", "會議現場")],
        warnings=("front-matter date 2023-10-17 contradicts 北韓",),
        extra={"編輯": "張佑之１１２"},
    )


def test_no_option_returns_the_same_object() -> None:
    article = _article()
    assert normalize_article(article, ParseOptions()) is article
    assert normalize_article(article, ParseOptions(opencc_backend="fast")) is article


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_article_to_hans(backend: str) -> None:
    article = _article()
    out = normalize_article(article, ParseOptions(script="Hans", opencc_backend=backend))
    assert out.script == "Hans"
    assert out.title == "美日韩会谈 忧心北韩以武器换取俄国回报"
    assert out.paragraphs == (
        "（中央社记者廖禹扬首尔17日专电）美国、日本及南韩代表今天在雅加达磋商。",
        "金星容说：「我们深感忧心」。",
    )
    assert out.text == "\n\n".join(out.paragraphs)
    assert out.headings == ("会谈重点",)
    assert out.footnotes == ("韩联社报导。",)
    assert out.authors == ("廖禹扬",)
    assert out.credits == {"editor": ("张佑之",)}
    assert (out.tags, out.categories, out.keywords) == (("北韩",), ("国际",), ("俄罗斯",))
    assert out.dateline == Dateline("首尔", 17, "首爾17日專電")  # raw is evidence: kept
    assert out.links == (Link("https://www.cna.com.tw/search/北韓", "北韩", "tag"),)
    assert out.images == (Image("https://imgcdn.cna.com.tw/a.jpg", "金星容（右）", "会议现场"),)
    assert out.extra == {"編輯": "张佑之１１２"}  # keys kept, values converted
    assert out.publisher == "中央社"
    # never converted: the document's own wording, identifiers and evidence
    assert out.source == "(臺)中央社CNA"
    assert out.publisher_id == "cna"
    assert out.url == article.url
    assert out.date_candidates == article.date_candidates
    assert out.warnings == article.warnings
    assert out.published == article.published


def test_article_already_in_the_target_script_keeps_its_characters() -> None:
    article = _article()
    out = normalize_article(article, ParseOptions(script="Hant", opencc_backend="pure"))
    assert out.script == "Hant"
    assert out.evolve(script=None) == article


def test_article_unicode_options_and_conversion_together() -> None:
    article = _article()
    out = normalize_article(article, ParseOptions(script="Hant-TW", opencc_backend="pure", nfkc=True))
    assert out.extra == {"編輯": "張佑之112"}
    assert out.paragraphs[1] == "金星容說:「我們深感憂心」。"
    assert out.script == "Hant"


def test_article_text_not_made_of_paragraphs_is_converted_on_its_own() -> None:
    article = Article("pdf_text", "標題", text="全文：遠景基金會", paragraphs=("段落",))
    out = normalize_article(article, ParseOptions(script="Hans", opencc_backend="pure"))
    assert (out.text, out.paragraphs, out.title) == ("全文：远景基金会", ("段落",), "标题")


def test_article_short_strings_follow_the_article_script() -> None:
    """以后 has no script-distinctive character: the article's script decides."""
    hans = Article(
        "jekyll",
        "以后",
        text="这是简体中文的文章，说的是以后的事。",
        paragraphs=("这是简体中文的文章，说的是以后的事。",),
    )
    hant = Article(
        "jekyll",
        "皇后",
        text="這是繁體中文的文章，說的是皇后的事。",
        paragraphs=("這是繁體中文的文章，說的是皇后的事。",),
    )
    assert normalize_article(hans, ParseOptions(script="Hant", opencc_backend="pure")).title == "以後"
    assert normalize_article(hant, ParseOptions(script="Hant", opencc_backend="pure")).title == "皇后"
    marked = hant.evolve(script="Hans")  # the article's own script field wins over detection
    assert normalize_article(marked, ParseOptions(script="Hant", opencc_backend="pure")).title == "皇后"


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_article_round_trips_through_dicts(backend: str) -> None:
    out = normalize_article(
        _article(), ParseOptions(script="Hant-HK", opencc_backend=backend, fold_width=True)
    )
    assert Article.from_dict(out.to_dict()) == out


def test_a_broken_install_is_a_backend_error(monkeypatch: pytest.MonkeyPatch, fresh_backends: None) -> None:
    def broken(config: str) -> None:
        raise FileNotFoundError(f"config/{config}.json")

    monkeypatch.setitem(backends_module._FACTORIES, "pure", broken)
    with pytest.raises(BackendUnavailableError, match=r"its s2t conversion does not load \(FileNotFound"):
        backend_name("pure")
