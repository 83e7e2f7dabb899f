"""How fast newsparse is, on one core and on all, against trafilatura, and what it costs in memory.

Run on demand (not part of the tests); prints Markdown tables::

    python benchmarks/speed.py                 # 10,000 files, every section (a few minutes)
    python benchmarks/speed.py --quick         # 1,000 files, sizes up to 1 MB (under a minute)
    python benchmarks/speed.py --profile       # also the top functions under cProfile

Sections:

1. **side by side**: the posts of ``tests/data/corpus`` parsed in memory on one core by
   ``newsparse.parse`` (the whole file: front matter, header and HTML body) and by
   ``trafilatura.extract(body, output_format="json", with_metadata=True)`` (the HTML body
   alone), plus a bare ``lxml.html`` parse of the same body as the floor. Rounds alternate
   between the contenders so that a busy machine slows them alike.
2. **archive**: the corpus posts copied to ``--files`` files in folders of 1,000;
   ``parse_many`` over the folder with ``workers=0`` and ``workers=--workers`` (wall and
   CPU time of all processes: on a machine others are using, the load average column
   says so, and docs per CPU second still compare the two); then the
   command ``newsparse parse DIR --workers 2 -o out.jsonl`` with its peak memory: the
   largest sum of the resident sets of the command and all its descendants (the
   forkserver and the workers), sampled every 20 ms from ``/proc``, and the sum of their
   individual peaks (``VmHWM``), an upper bound.
3. **size**: one post with its HTML body grown from 1 KB to 10 MB by repeating real corpus
   paragraphs; time per document and per KB (flat per KB means linear), newsparse against
   trafilatura on the same body.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import newsparse
from newsparse.batch import usable_cpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
# the line under the "[title](url)" header of feed posts; the HTML body follows it
_HEADER_RULE = re.compile(r"^-{3,}[ \t]*$", re.MULTILINE)
# one paragraph of a corpus body: "<p>（中央社布魯塞爾1日綜合外電報導）歐洲聯盟…</p>"
_PARAGRAPH = re.compile(r"<p>(?:(?!</?p>).){20,}?</p>", re.DOTALL)


def html_body(text: str) -> str:
    """The HTML body of a feed post: what follows the header rule (or the whole text)."""
    rule = _HEADER_RULE.search(text, text.find("](") if "](" in text else 0)
    return text[rule.end() :] if rule else text


def corpus_posts() -> list[tuple[str, bytes, str]]:
    """(name, file bytes, HTML body) of every corpus post."""
    posts = []
    for path in sorted(CORPUS.glob("*.md")):
        data = path.read_bytes()
        posts.append((path.name, data, html_body(data.decode("utf-8"))))
    return posts


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    sys.stdout.flush()


def load() -> str:
    """The system's 1-minute load average: more than the CPU count means others compete."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(work: Callable[[], object], *, at_least: float) -> tuple[int, float]:
    """Run ``work`` until ``at_least`` seconds have passed; (runs, seconds)."""
    runs, started = 0, time.perf_counter()
    while True:
        work()
        runs += 1
        elapsed = time.perf_counter() - started
        if elapsed >= at_least:
            return runs, elapsed


# --------------------------------------------------------------------------- 1. side by side


def side_by_side(seconds: float, with_trafilatura: bool) -> None:
    import lxml.html

    posts = corpus_posts()
    count = len(posts)
    file_mb = sum(len(p[1]) for p in posts) / 1e6
    body_mb = sum(len(p[2].encode("utf-8")) for p in posts) / 1e6

    def run_newsparse() -> None:
        for name, data, _ in posts:
            newsparse.parse(data, name=name)

    def run_lxml() -> None:
        for _, _, body in posts:
            lxml.html.document_fromstring(body)

    contenders: dict[str, Callable[[], None]] = {"newsparse": run_newsparse, "lxml.html parse only": run_lxml}
    if with_trafilatura:
        import trafilatura

        def run_trafilatura() -> None:
            for _, _, body in posts:
                trafilatura.extract(body, output_format="json", with_metadata=True)

        contenders["trafilatura (json, with_metadata)"] = run_trafilatura
    for run in contenders.values():  # warm up: imports, caches
        run()
    totals = dict.fromkeys(contenders, (0, 0.0))
    for _ in range(5):  # alternate, so that load on the machine hits all alike
        for label, run in contenders.items():
            runs, elapsed = timed(run, at_least=seconds / 5)
            totals[label] = (totals[label][0] + runs, totals[label][1] + elapsed)
    rate = {label: runs * count / elapsed for label, (runs, elapsed) in totals.items()}
    base = rate.get("trafilatura (json, with_metadata)")
    rows = []
    for label, docs_per_s in rate.items():
        mb = file_mb if label == "newsparse" else body_mb
        runs, elapsed = totals[label]
        ratio = f"{docs_per_s / base:.1f}x" if base else "-"
        rows.append(
            [label, f"{docs_per_s:,.0f}", f"{mb * runs / elapsed:.1f}", f"{1e6 / docs_per_s:,.0f}", ratio]
        )
    table(
        f"Side by side, one core, in memory: {count} corpus posts, {body_mb * 1e3 / count:.1f} KB HTML each",
        ["", "docs/s", "MB/s", "µs/doc", "vs trafilatura"],
        rows,
    )


# --------------------------------------------------------------------------- 2. archive


def replicate(target: Path, files: int) -> int:
    """Copy the corpus posts to ``files`` files in folders of 1,000; total bytes."""
    posts = sorted(CORPUS.glob("*.md"))
    size = 0
    for i in range(files):
        folder = target / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True)
        source = posts[i % len(posts)]
        shutil.copyfile(source, folder / f"{i:07d}_{source.name}")
        size += source.stat().st_size
    return size


def _process_tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(parents.get(pid, ()))
    return tree


def _memory_kb(pid: int) -> tuple[int, int]:
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def run_measuring_memory(command: list[str]) -> tuple[float, int, float, float]:
    """Run ``command``; (seconds, exit status, peak summed RSS MB, sum of per-process peaks MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_sum = 0
    peaks: dict[int, int] = {}
    stderr: list[bytes] = []
    reader = threading.Thread(target=lambda: stderr.append(process.stderr.read() if process.stderr else b""))
    reader.start()
    while process.poll() is None:
        if os.path.isdir("/proc"):
            total = 0
            for pid in _process_tree(process.pid):
                rss, hwm = _memory_kb(pid)
                total += rss
                peaks[pid] = max(peaks.get(pid, 0), hwm)
            peak_sum = max(peak_sum, total)
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    reader.join()
    sys.stderr.write(b"".join(stderr).decode("utf-8", "replace"))
    if not peaks:  # no /proc: the largest single descendant is all the system tells
        import resource

        peak_sum = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peaks = {0: peak_sum}
    return seconds, process.returncode, peak_sum / 1024, sum(peaks.values()) / 1024


def archive(files: int, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as tmp:
        folder = Path(tmp) / "archive"
        size_mb = replicate(folder, files) / 1e6
        rows = []
        for label, n in (("one core (workers=0)", 0), (f"all cores (workers={workers})", workers)):
            started, cpu_before = time.perf_counter(), cpu_seconds()
            done = failed = 0
            # spawned workers are children of this process, so that their CPU time is counted
            for result in newsparse.parse_many(folder, workers=n, start_method="spawn"):
                done += 1
                failed += not result.ok
            elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_before
            if done != files or failed:
                raise SystemExit(f"{label}: {done} results for {files} files, {failed} failed")
            rows.append(
                [
                    label,
                    f"{files:,}",
                    f"{elapsed:.1f}",
                    f"{files / elapsed:,.0f}",
                    f"{size_mb / elapsed:.1f}",
                    f"{cpu:.1f}",
                    f"{files / cpu:,.0f}",
                    load(),
                ]
            )
        table(
            f"parse_many over {files:,} files ({size_mb:.0f} MB) on {usable_cpus()} CPUs",
            [
                "",
                "files",
                "seconds",
                "docs/s",
                "MB/s",
                "CPU s (all processes)",
                "docs per CPU s",
                "load average",
            ],
            rows,
        )
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "newsparse", "parse", str(folder), "--workers", "2", "-o", str(out)]
        seconds, status, peak_sum, sum_of_peaks = run_measuring_memory([*command, "--no-progress"])
        lines = sum(1 for _ in out.open("rb"))
        table(
            f"`newsparse parse DIR --workers 2 -o out.jsonl` on {files:,} files",
            [
                "exit",
                "records",
                "seconds",
                "docs/s",
                "peak RSS, all processes (MB)",
                "sum of per-process peaks (MB)",
            ],
            [
                [
                    str(status),
                    f"{lines:,}",
                    f"{seconds:.1f}",
                    f"{files / seconds:,.0f}",
                    f"{peak_sum:.0f}",
                    f"{sum_of_peaks:.0f}",
                ]
            ],
        )


# --------------------------------------------------------------------------- 3. size


def grown_post(size: int, paragraphs: list[str], template: str) -> tuple[bytes, str]:
    """The template post with its body replaced by ``size`` bytes of real paragraphs."""
    head = template[: len(template) - len(html_body(template))]
    parts, total, i = [], 0, 0
    while total < size:
        piece = paragraphs[i % len(paragraphs)]
        parts.append(piece)
        total += len(piece.encode("utf-8")) + 1
        i += 1
    body = "<div>\n" + "\n".join(parts) + "\n</div>\n"
    return (head + body).encode("utf-8"), body


def sizes(kilobytes: list[int], seconds: float, with_trafilatura: bool) -> None:
    posts = corpus_posts()
    paragraphs = [p for _, _, body in posts for p in _PARAGRAPH.findall(body)]
    template = next(data.decode("utf-8") for name, data, _ in posts if "cna" in name)
    rows = []
    for kb in kilobytes:
        data, body = grown_post(kb * 1024, paragraphs, template)
        runs, elapsed = timed(partial(newsparse.parse, data, timeout=None), at_least=seconds)
        ours = elapsed / runs
        body_kb = len(body.encode("utf-8")) / 1024
        row = [f"{body_kb:,.0f} KB", f"{ours * 1e3:,.2f}", f"{ours * 1e6 / body_kb:,.1f}"]
        if with_trafilatura:
            import trafilatura

            extract = partial(trafilatura.extract, body, output_format="json", with_metadata=True)
            runs, elapsed = timed(extract, at_least=seconds)
            theirs = elapsed / runs
            row += [f"{theirs * 1e3:,.2f}", f"{theirs * 1e6 / body_kb:,.1f}", f"{theirs / ours:.1f}x"]
        rows.append(row)
    header = ["HTML body", "newsparse ms/doc", "newsparse µs/KB"]
    if with_trafilatura:
        header += ["trafilatura ms/doc", "trafilatura µs/KB", "ratio"]
    table("Cost against document size (one core)", header, rows)


# --------------------------------------------------------------------------- profile


def profile(rounds: int) -> None:
    posts = corpus_posts()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for name, data, _ in posts:
            newsparse.parse(data, name=name)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][3], reverse=True)[:25]  # type: ignore[attr-defined]
    table(
        f"Profile: {rounds} rounds of the corpus, by cumulative time (total {total:.2f} s of own time)",
        ["function", "calls", "own s", "cumulative s", "cumulative %"],
        [
            [
                f"`{Path(file).name}:{line} {func}`",
                f"{calls:,}",
                f"{own:.3f}",
                f"{cumulative:.3f}",
                f"{100 * cumulative / total:.0f}%",
            ]
            for (file, line, func), (_, calls, own, cumulative, _) in rows
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, help="files in the archive run (default 10,000; --quick 1,000)")
    parser.add_argument("--workers", type=int, default=usable_cpus(), help="workers for the all-cores run")
    parser.add_argument("--quick", action="store_true", help="fewer files, shorter timings, sizes up to 1 MB")
    parser.add_argument("--no-trafilatura", dest="trafilatura", action="store_false")
    parser.add_argument("--only", choices=["side", "archive", "size", "profile"], action="append")
    parser.add_argument("--profile", action="store_true", help="also profile newsparse on the corpus")
    args = parser.parse_args()
    files = args.files or (1000 if args.quick else 10_000)
    seconds = 1.0 if args.quick else 5.0
    sections = set(args.only or ["side", "archive", "size", *(["profile"] if args.profile else [])])
    versions = f"newsparse {newsparse.__version__}, Python {platform.python_version()}"
    if args.trafilatura:
        import trafilatura

        versions += f", trafilatura {trafilatura.__version__}"
    print(
        f"## newsparse speed ({versions}; {usable_cpus()} CPUs, {platform.machine()}; load average {load()})"
    )
    if "side" in sections:
        side_by_side(seconds * 2, args.trafilatura)
    if "archive" in sections:
        archive(files, args.workers)
    if "size" in sections:
        kilobytes = [1, 10, 100, 1000] if args.quick else [1, 10, 100, 1000, 10_000]
        sizes(kilobytes, seconds / 5, args.trafilatura)
    if "profile" in sections:
        profile(5 if args.quick else 20)


if __name__ == "__main__":
    main()
