"""Fuzz newsparse with mutated real inputs and report what came out.

Every input is a seed, corpus post or PDF text, cut, spliced, duplicated, byte-flipped,
re-encoded or laced with hostile fragments (see ``tests/mutations.py``), parsed as bytes,
as text or from a file, sometimes with a forced variant or a script conversion. The run
passes when no input raises anything but a ``ParseError``, none raises ``InternalError``
(a bug), every article survives ``to_dict``/``from_dict`` and JSON, carries no unsafe
link, parses the same way twice, and no input takes longer than 2 s (10 s above 1 MB).

Run ``python benchmarks/fuzz.py`` (5,000 inputs, seed 0); ``--n``, ``--seed``,
``--save DIR`` (write every failing input there, with its seed and steps), ``--quiet``.
The exit status is 1 when anything failed. Input ``i`` of seed ``s`` is rebuilt with
``random.Random(s * 1_000_003 + i)``, so a failure is reproduced from two numbers.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.mutations import Mutated, load_sources, mutate  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Article, ParseError  # noqa: E402
from newsparse.errors import InternalError  # noqa: E402
from newsparse.fields.urls import is_safe_url  # noqa: E402

#: the time limits the issue sets: seconds per input, and above 1 MB
LIMIT_SMALL, LIMIT_LARGE, LARGE = 2.0, 10.0, 1024 * 1024


def input_for(seed: int, index: int, sources: list[bytes]) -> tuple[Mutated, str, dict[str, Any]]:
    """The mutated input number ``index`` of run ``seed``, how it is given and with which options."""
    rng = random.Random(seed * 1_000_003 + index)
    mutated = mutate(rng, sources)
    mode = rng.choices(("bytes", "str", "file"), weights=(80, 12, 8))[0]
    options: dict[str, Any] = {}
    if rng.random() < 0.15:
        options["variant"] = rng.choice(("jekyll", "comment_stamp", "pdf_text"))
    if rng.random() < 0.15:
        options["script"] = rng.choice(("Hans", "Hant", "Hant-TW", "Hant-HK"))
    if rng.random() < 0.05:
        options["nfkc"] = True
    return mutated, mode, options


def run_one(mutated: Mutated, mode: str, options: dict[str, Any], folder: str) -> Article:
    """Parse one input the way ``mode`` says."""
    if mode == "str":
        return newsparse.parse(mutated.data.decode("utf-8", "surrogateescape"), name="fuzz.md", **options)
    if mode == "file":
        path = os.path.join(folder, "fuzz.md")
        with open(path, "wb") as fh:
            fh.write(mutated.data)
        return newsparse.parse_file(path, **options)
    return newsparse.parse(mutated.data, name="fuzz.md", **options)


def check_article(article: Article) -> list[str]:
    """What is wrong with an article that parsed (empty when nothing)."""
    problems = []
    record = article.to_dict()
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        problems.append(f"to_dict is not JSON-ready: {exc}")
    if Article.from_dict(json.loads(json.dumps(record))) != article:
        problems.append("from_dict(to_dict(a)) != a")
    urls = [link.url for link in article.links] + [image.url for image in article.images]
    if article.url:
        urls.append(article.url)
    bad = [u for u in urls if not is_safe_url(u)]
    if bad:
        problems.append(f"unsafe URL returned: {bad[0][:80]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=5000, help="how many inputs (default 5000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", type=Path, help="write failing inputs to this folder")
    parser.add_argument("--determinism", type=float, default=0.1, help="share of inputs parsed twice")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)

    sources = load_sources()
    outcomes: collections.Counter[str] = collections.Counter()
    failures: list[dict[str, Any]] = []
    slowest: list[tuple[float, int, int, tuple[str, ...]]] = []
    over_limit = 0
    python_warnings = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for index in range(args.n):
            mutated, mode, options = input_for(args.seed, index, sources)
            t0 = time.perf_counter()
            problems: list[str] = []
            article: Article | None = None
            try:
                article = run_one(mutated, mode, options, folder)
                outcomes["Article"] += 1
            except InternalError as exc:
                outcomes["InternalError"] += 1
                problems.append(f"InternalError: {exc}")
            except ParseError as exc:
                outcomes[exc.kind] += 1
            except BaseException as exc:  # escaped: the worst kind of failure
                if isinstance(exc, KeyboardInterrupt):
                    raise
                outcomes[f"escaped {type(exc).__name__}"] += 1
                problems.append(f"escaped {type(exc).__name__}: {exc}")
            elapsed = time.perf_counter() - t0
            limit = LIMIT_LARGE if len(mutated.data) > LARGE else LIMIT_SMALL
            if elapsed > limit:
                over_limit += 1
                problems.append(f"took {elapsed:.2f} s (limit {limit:g} s)")
            slowest.append((elapsed, index, len(mutated.data), mutated.steps))
            slowest = sorted(slowest, reverse=True)[:5]
            if article is not None:
                problems.extend(check_article(article))
                if random.Random(index).random() < args.determinism:
                    again = run_one(mutated, mode, options, folder)
                    if again != article:
                        problems.append("not deterministic: a second parse differs")
            if problems:
                failure = {"seed": args.seed, "index": index, "mode": mode, "options": options}
                failure.update(steps=list(mutated.steps), size=len(mutated.data), problems=problems)
                failures.append(failure)
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / f"{args.seed}-{index}.bin").write_bytes(mutated.data)
                    with open(args.save / "failures.jsonl", "a", encoding="utf-8") as fh:
                        fh.write(json.dumps(failure, ensure_ascii=False) + "\n")
            if not args.quiet and (index + 1) % 500 == 0:
                print(f"  {index + 1} inputs, {len(failures)} failing", file=sys.stderr)
        python_warnings = len(caught)

    total = time.perf_counter() - started
    errors = {k: v for k, v in sorted(outcomes.items()) if k != "Article"}
    print(f"command:        python benchmarks/fuzz.py --n {args.n} --seed {args.seed}")
    print(f"inputs:         {args.n} in {total:.1f} s")
    print(f"articles:       {outcomes['Article']}")
    print(f"ParseErrors:    {sum(v for k, v in errors.items() if not k.startswith('escaped'))} {errors}")
    print(f"InternalErrors: {outcomes['InternalError']}")
    print(f"escaped:        {sum(v for k, v in outcomes.items() if k.startswith('escaped'))}")
    print(
        f"max seconds:    {slowest[0][0]:.3f} (input {slowest[0][1]}, {slowest[0][2]} bytes, {slowest[0][3]})"
    )
    for seconds, index, size, steps in slowest[1:]:
        print(f"                {seconds:.3f} (input {index}, {size} bytes, {steps})")
    print(f"over the limit: {over_limit} (2 s; 10 s above 1 MB)")
    print(f"Python warnings: {python_warnings}")
    print(f"failing inputs: {len(failures)}")
    for failure in failures[:20]:
        print("  ", json.dumps(failure, ensure_ascii=False)[:300])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
