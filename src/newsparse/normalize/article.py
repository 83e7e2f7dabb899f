"""Apply ``script=`` and the Unicode options to every text field of an :class:`Article`.

What changes: ``title``, ``text``, ``paragraphs``, ``headings``, ``footnotes``, ``authors``,
the names in ``credits``, ``tags``, ``categories``, ``keywords``, ``dateline.place``, image
captions and alt texts, link texts, the values of ``extra``, and ``publisher`` (a display
name; ``publisher_id`` is the stable key). ``script`` becomes the target family (``"Hans"``
or ``"Hant"``) when a script was asked for.

What never changes: ``source`` (the document's own wording, by contract), ``url`` and every
other URL, the ``raw`` evidence of ``dateline`` and ``date_candidates``, ``warnings`` (they
quote the document as it was), and dictionary keys (``credits`` roles, ``extra`` names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from newsparse.fields.script import ScriptName, detect_script
from newsparse.model import Article
from newsparse.normalize.backends import backend_name
from newsparse.normalize.convert import convert_script, script_family
from newsparse.normalize.unicode import normalize_unicode
from newsparse.options import ParseOptions

__all__ = ["normalize_article"]


def _article_script(article: Article) -> ScriptName | None:
    """The script the article as a whole is in: its ``script`` field, else detected."""
    if article.script:
        return "Hans" if article.script.startswith("Hans") else "Hant"
    return detect_script(article.text) or detect_script(article.title)


def _string_fixer(article: Article, options: ParseOptions) -> Callable[[str], str]:
    """One function applying every chosen option to one string."""
    fold = options.fold_width or options.fold_punctuation or options.nfkc
    script = options.script
    backend = "auto"
    assume: ScriptName | None = None
    if script is not None:
        backend = backend_name(options.opencc_backend)  # resolve (and fail) once
        assume = _article_script(article)

    def fix(value: str) -> str:
        if fold:
            value = normalize_unicode(
                value,
                fold_width=options.fold_width,
                fold_punctuation=options.fold_punctuation,
                nfkc=options.nfkc,
            )
        if script is not None:
            value = convert_script(value, script, backend=backend, assume=assume)
        return value

    return fix


def normalize_article(article: Article, options: ParseOptions) -> Article:
    """``article`` with ``options.script`` conversion and the Unicode options applied.

    Returns ``article`` itself when none of ``script``, ``fold_width``, ``fold_punctuation``
    and ``nfkc`` is set. Unicode cleanup runs before conversion, so that OpenCC sees NFKC's
    unified ideographs. Raises ``ValueError`` for an unknown ``opencc_backend`` and
    :class:`~newsparse.normalize.backends.BackendUnavailableError` when the backend asked
    for is not installed.

    >>> a = Article("jekyll", "北約秘書長訪南韓", paragraphs=("第１站：首爾。",), text="第１站：首爾。")
    >>> normalize_article(a, ParseOptions()) is a
    True
    >>> b = normalize_article(a, ParseOptions(script="Hans", opencc_backend="pure", fold_width=True))
    >>> b.title, b.text, b.script
    ('北约秘书长访南韩', '第1站：首尔。', 'Hans')
    """
    if options.script is None and not (options.fold_width or options.fold_punctuation or options.nfkc):
        return article
    fix = _string_fixer(article, options)

    def fix_all(values: Iterable[str]) -> tuple[str, ...]:
        return tuple(fix(value) for value in values)

    paragraphs = fix_all(article.paragraphs)
    # text is the paragraphs joined (the usual case): join the converted ones, converting once
    joined = article.text == "\n\n".join(article.paragraphs)
    text = "\n\n".join(paragraphs) if joined else fix(article.text)
    changes: dict[str, object] = {
        "title": fix(article.title),
        "text": text,
        "paragraphs": paragraphs,
        "headings": fix_all(article.headings),
        "footnotes": fix_all(article.footnotes),
        "authors": fix_all(article.authors),
        "credits": {role: fix_all(names) for role, names in article.credits.items()},
        "tags": fix_all(article.tags),
        "categories": fix_all(article.categories),
        "keywords": fix_all(article.keywords),
        "links": tuple(attrs.evolve(link, text=fix(link.text)) for link in article.links),
        "images": tuple(
            attrs.evolve(
                image,
                caption=None if image.caption is None else fix(image.caption),
                alt=None if image.alt is None else fix(image.alt),
            )
            for image in article.images
        ),
        "extra": {name: fix(value) for name, value in article.extra.items()},
    }
    if article.publisher is not None:
        changes["publisher"] = fix(article.publisher)
    if article.dateline is not None:
        changes["dateline"] = attrs.evolve(article.dateline, place=fix(article.dateline.place))
    if options.script is not None:
        changes["script"] = script_family(options.script)
    return article.evolve(**changes)
