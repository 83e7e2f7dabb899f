"""The ``newsparse`` command: ``parse`` archives to JSONL, CSV or Parquet, ``show`` one article.

::

    newsparse parse archive/ -o articles.parquet --workers 8
    newsparse parse "posts/**/*.md" --fields title,url,published > articles.jsonl
    newsparse show posts/2022-08-01-some-post.md

``parse`` writes one record per input file, failures included (``ok`` false, ``error``,
``error_kind``), shows a progress bar when stderr is a terminal, and ends with a summary
line on stderr. Exit status: 0 when every input parsed, 1 when some failed, 2 for usage
errors, 130 when interrupted, 141 when the reader of stdout went away.
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import os
import re
import shutil
import sys
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from attrs import frozen

from newsparse.api import parse_file
from newsparse.batch import DEFAULT_SUFFIXES, InputItem, iter_inputs, map_inputs, usable_cpus
from newsparse.errors import ParseError
from newsparse.model import Article, Result
from newsparse.options import SCRIPTS
from newsparse.schema import COLUMN_NAMES, arrow_table, csv_row, record, select_columns
from newsparse.variants import REGISTRY

__all__ = ["Progress", "main", "wrap"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # as a shell reports a command stopped by SIGPIPE

FORMATS = ("jsonl", "csv", "parquet")
_FORMAT_BY_SUFFIX = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}

#: Failures listed one by one on stderr before the rest are only counted.
SHOWN_FAILURES = 10

#: Fewer inputs than this are parsed in the command's own process unless ``--workers``
#: says otherwise: parsing them takes less time than starting workers.
FEW_INPUTS = 200


class UsageError(Exception):
    """A command line that cannot run (reported like argparse's own errors, exit status 2)."""


# --------------------------------------------------------------------------- records, made in the workers

#: What a worker sends back for one input: parsed?, the error message, the encoded record.
Payload = tuple[bool, str | None, Any]


@frozen
class _JsonLine:
    """A result as one UTF-8 JSON line."""

    columns: tuple[str, ...]

    def __call__(self, result: Result) -> Payload:
        line = json.dumps(record(result, self.columns), ensure_ascii=False) + "\n"
        return result.ok, None if result.error is None else str(result.error), line.encode("utf-8")


@frozen
class _CsvLine:
    """A result as one UTF-8 CSV line (nested values as JSON)."""

    columns: tuple[str, ...]

    def __call__(self, result: Result) -> Payload:
        buffer = io.StringIO()
        csv.writer(buffer).writerow(csv_row(record(result, self.columns), self.columns))
        return (
            result.ok,
            None if result.error is None else str(result.error),
            buffer.getvalue().encode("utf-8"),
        )


@frozen
class _Record:
    """A result as a record dict (for Parquet, written by the parent)."""

    columns: tuple[str, ...]

    def __call__(self, result: Result) -> Payload:
        return result.ok, None if result.error is None else str(result.error), record(result, self.columns)


# --------------------------------------------------------------------------- writers


class _LineWriter:
    """JSONL or CSV: the workers made the bytes, this writes them."""

    def __init__(self, out: IO[bytes], header: bytes = b"") -> None:
        self.out = out
        if header:
            out.write(header)

    def write(self, data: bytes) -> None:
        self.out.write(data)

    def close(self) -> None:
        self.out.flush()


class _ParquetWriter:
    """Parquet in row groups of at most ``ROWS`` rows or about ``TEXT_BYTES`` of text, so
    memory stays flat whatever the number of inputs."""

    ROWS = 1000
    TEXT_BYTES = 32 * 1024 * 1024

    def __init__(self, path: str, columns: tuple[str, ...]) -> None:
        import pyarrow.parquet as pq

        from newsparse.schema import arrow_schema

        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self.size = 0
        self.writer = pq.ParquetWriter(path, arrow_schema(columns), compression="zstd")

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.size += len(row.get("text") or "") + len(row.get("title") or "")
        if len(self.rows) >= self.ROWS or self.size * 2 >= self.TEXT_BYTES:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(arrow_table(self.rows, self.columns))
            self.rows, self.size = [], 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


# --------------------------------------------------------------------------- progress


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """A one-line progress bar: count, rate and, when the total is known, a bar and the ETA.

    It redraws at most ten times a second. ``total`` may be set while it runs (a
    background count of the inputs fills it in).

    >>> p = Progress(io.StringIO(), total=200, width=60)
    >>> p.line(50, 2.0)
    '[#####...............]  50/200  25%  25 docs/s  ETA 0:06'
    >>> Progress(io.StringIO(), width=60).line(50, 2.0)
    '50 docs  25 docs/s'
    """

    def __init__(self, stream: IO[str], *, total: int | None = None, width: int | None = None) -> None:
        self.stream = stream
        self.total = total
        self.width = width or shutil.get_terminal_size((80, 24)).columns
        self.started = time.monotonic()
        self.drawn = 0.0
        self.visible = False

    def line(self, done: int, elapsed: float) -> str:
        """The text of the bar after ``done`` inputs in ``elapsed`` seconds."""
        rate = done / elapsed if elapsed > 0 else 0.0
        speed = f"{rate:,.0f} docs/s"
        if self.total is None or self.total < done:
            return f"{done:,} docs  {speed}"
        share = done / self.total if self.total else 1.0
        eta = _clock((self.total - done) / rate) if rate > 0 else "?"
        tail = f"  {done:,}/{self.total:,}  {share:.0%}  {speed}  ETA {eta}"
        cells = max(10, min(40, self.width - len(tail) - 3))
        filled = int(cells * share)
        return f"[{'#' * filled}{'.' * (cells - filled)}]{tail}"

    def update(self, done: int) -> None:
        """Redraw if the last drawing is older than a tenth of a second."""
        now = time.monotonic()
        if now - self.drawn < 0.1:
            return
        self.drawn = now
        self.stream.write("\r" + self.line(done, now - self.started)[: self.width - 1] + "\x1b[K")
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        """Erase the bar (before another message, and at the end)."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False


# --------------------------------------------------------------------------- parse


def _split_fields(value: str | None) -> tuple[str, ...]:
    if value is None:
        return COLUMN_NAMES
    names = [name.strip() for name in value.split(",") if name.strip()]
    try:
        return select_columns(names)
    except ValueError as exc:
        raise UsageError(f"--fields: {exc}") from None


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = os.path.splitext(args.output)[1].lower() if args.output != "-" else ""
    return _FORMAT_BY_SUFFIX.get(suffix, "jsonl")


def _suffixes(args: argparse.Namespace) -> tuple[str, ...] | None:
    if args.all_files:
        return None
    if args.suffix:
        return tuple(s if s.startswith(".") else "." + s for s in args.suffix)
    return DEFAULT_SUFFIXES


def _inputs_and_workers(
    args: argparse.Namespace, suffixes: tuple[str, ...] | None
) -> tuple[Iterator[InputItem], int]:
    """The inputs, and how many workers to parse them with: ``--workers``, else every CPU
    unless the inputs are so few that starting workers would take longer than parsing."""
    inputs = iter_inputs(args.paths, suffixes=suffixes)
    if args.workers is not None:
        if args.workers < 0:
            raise UsageError("--workers must be 0 (in this process) or more")
        return inputs, int(args.workers)
    head = list(itertools.islice(inputs, FEW_INPUTS))
    return itertools.chain(head, inputs), 0 if len(head) < FEW_INPUTS else usable_cpus()


def _count_inputs(paths: Sequence[str], suffixes: tuple[str, ...] | None, progress: Progress) -> None:
    progress.total = sum(1 for _ in iter_inputs(paths, suffixes=suffixes))


def _open_output(path: str, fmt: str) -> IO[bytes] | None:
    if path == "-":
        if fmt == "parquet":
            raise UsageError("Parquet output needs a file: -o FILE.parquet")
        return sys.stdout.buffer
    try:
        return None if fmt == "parquet" else open(path, "wb")  # closed in _run_parse
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """After the reader of stdout went away: send the rest, and the final flush, nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _run_parse(args: argparse.Namespace) -> int:
    fmt = _output_format(args)
    columns = _split_fields(args.fields)
    suffixes = _suffixes(args)
    inputs, workers = _inputs_and_workers(args, suffixes)
    options: dict[str, Any] = {"script": args.script, "variant": args.variant}
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("Parquet output needs pyarrow: pip install 'newsparse[parquet]'") from None
    out = _open_output(args.output, fmt)
    writer: _LineWriter | _ParquetWriter
    convert: Callable[[Result], Payload]
    if fmt == "jsonl":
        assert out is not None
        writer, convert = _LineWriter(out), _JsonLine(columns)
    elif fmt == "csv":
        assert out is not None
        header = io.StringIO()
        csv.writer(header).writerow(columns)
        writer, convert = _LineWriter(out, header.getvalue().encode("utf-8")), _CsvLine(columns)
    else:
        try:
            writer, convert = _ParquetWriter(args.output, columns), _Record(columns)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc}") from None

    progress = Progress(sys.stderr) if args.progress and sys.stderr.isatty() else None
    if progress is not None:
        threading.Thread(target=_count_inputs, args=(args.paths, suffixes, progress), daemon=True).start()
    parsed = failed = 0
    started = time.monotonic()
    status = EXIT_OK
    results = map_inputs(convert, inputs, workers=workers, **options)
    try:
        for ok, error, data in results:
            writer.write(data)
            if ok:
                parsed += 1
            else:
                failed += 1
                if failed <= SHOWN_FAILURES:
                    if progress is not None:
                        progress.clear()
                    print(f"error: {error}", file=sys.stderr)
            if progress is not None:
                progress.update(parsed + failed)
    except KeyboardInterrupt:
        status = EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (newsparse parse ... | head)
        _silence_stdout()
        status = EXIT_BROKEN_PIPE
    finally:
        results.close()
        if progress is not None:
            progress.clear()
        try:
            writer.close()
        except BrokenPipeError:
            _silence_stdout()
            status = EXIT_BROKEN_PIPE
        if out is not None and out is not sys.stdout.buffer:
            out.close()
    seconds = time.monotonic() - started
    rate = (parsed + failed) / seconds if seconds > 0 else 0.0
    more = f" ({failed - SHOWN_FAILURES} more failures not listed)" if failed > SHOWN_FAILURES else ""
    interrupted = ", interrupted" if status == EXIT_INTERRUPTED else ""
    took = f"{seconds:.1f}" if seconds >= 1 else f"{seconds:.2f}"
    print(
        f"parsed {parsed}, failed {failed}, {took} s, {rate:,.0f} docs/s{interrupted}{more}", file=sys.stderr
    )
    if status != EXIT_OK:
        return status
    return EXIT_SOME_FAILED if failed else EXIT_OK


# --------------------------------------------------------------------------- show

# A run of non-CJK, non-space characters wraps as one word; anything else one character at a time.
_WRAP_TOKENS = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+|.")
# Punctuation that must not start a line: it hangs at the end of the line before.
_NO_LINE_START = frozenset("，。、；：？！」』）》〉】…,.;:?!)")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int = 80) -> list[str]:
    """Lines of at most ``width`` display columns (a CJK character is two), for any mix of
    Chinese and Latin text; closing punctuation hangs rather than start a line.

    >>> wrap("北約秘書長訪問南韓，這是他此行的第1站。", 20)
    ['北約秘書長訪問南韓，', '這是他此行的第1站。']
    >>> wrap("Shaun Livingston played for the Warriors", 16)
    ['Shaun Livingston', 'played for the', 'Warriors']
    """
    lines: list[str] = []
    line, used = "", 0
    for token in _WRAP_TOKENS.findall(text):
        size = _display_width(token)
        if used + size <= width or (token in _NO_LINE_START and line):
            line, used = line + token, used + size
            continue
        if line.strip():
            lines.append(line.rstrip())
        if token.isspace():
            line, used = "", 0
            continue
        while size > width:  # a word longer than a line
            lines.append(token[:width])
            token = token[width:]
            size = _display_width(token)
        line, used = token, size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _describe(article: Article, width: int) -> Iterator[str]:
    def field(label: str, value: str | None) -> Iterator[str]:
        if value:
            yield f"{label:<10} {value}"

    yield article.title or "(no title)"
    yield "=" * min(width, max(4, _display_width(article.title)))
    yield from field("url", article.url)
    if article.published is not None:
        chosen = next((c for c in article.date_candidates if c.chosen), None)
        origin = f"  (from {chosen.source}: {chosen.raw})" if chosen and chosen.raw else ""
        if chosen and not chosen.raw:
            origin = f"  (from {chosen.source})"
        yield f"{'published':<10} {article.published.isoformat(sep=' ')}{origin}"
    else:
        yield f"{'published':<10} unknown"
    publisher = article.publisher
    if article.source and article.source != publisher:
        publisher = f"{publisher or '?'} (source: {article.source})"
    yield from field("publisher", publisher)
    yield from field("authors", "、".join(article.authors))
    credits = "; ".join(f"{role}: {'、'.join(names)}" for role, names in article.credits.items())
    yield from field("credits", credits)
    if article.dateline is not None:
        day = f" {article.dateline.day}日" if article.dateline.day is not None else ""
        yield f"{'dateline':<10} {article.dateline.place}{day}"
    yield from field("keywords", " ".join(f"#{k}" for k in article.keywords))
    yield from field("tags", ", ".join(article.tags))
    size = f"{len(article.text):,} characters"
    yield f"{'variant':<10} {article.variant}, script {article.script or '?'}, {size}"
    yield ""
    for heading_or_paragraph in article.paragraphs:
        marker = "## " if heading_or_paragraph in article.headings else ""
        yield from wrap(marker + heading_or_paragraph, width)
        yield ""
    for number, note in enumerate(article.footnotes, 1):
        yield from wrap(f"[{number}] {note}", width)
    if article.links:
        kinds = Counter(link.kind for link in article.links)
        yield f"{'links':<10} {len(article.links)} ({', '.join(f'{k} {n}' for k, n in kinds.most_common())})"
    if article.images:
        yield f"{'images':<10} {len(article.images)}"
        for image in article.images:
            caption = f" — {image.caption}" if image.caption else ""
            yield f"  {image.url}{caption}"
    if article.warnings:
        yield "warnings"
        for warning in article.warnings:
            yield f"  - {warning}"


def _run_show(args: argparse.Namespace) -> int:
    try:
        article = parse_file(args.file, script=args.script, variant=args.variant)
    except ParseError as exc:
        print(f"newsparse: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if args.json:
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    width = args.width or min(100, shutil.get_terminal_size((80, 24)).columns)
    for line in _describe(article, width):
        print(line)
    return EXIT_OK


# --------------------------------------------------------------------------- rules


def _run_rules(args: argparse.Namespace) -> int:
    from newsparse.html.rules import DEFAULT_RULES

    rules = DEFAULT_RULES.describe()
    wide = max((len(name) for name, _, _ in rules), default=4)
    for name, stage, doc in rules:
        print(f"{name:<{wide}}  {stage:<6}  {doc}")
    return EXIT_OK


# --------------------------------------------------------------------------- main


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse archived Chinese news posts into clean, typed records.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    variants = [p.name for p in REGISTRY]

    parse = commands.add_parser(
        "parse",
        help="parse files, folders and globs to JSONL, CSV or Parquet",
        description="Parse files, folders (recursively) and glob patterns; write one record per input.",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or glob patterns")
    parse.add_argument("-o", "--output", default="-", help="output file (default: stdout; '-' is stdout)")
    parse.add_argument("-f", "--format", choices=FORMATS, help="output format (default: from -o, else jsonl)")
    parse.add_argument(
        "-w",
        "--workers",
        type=int,
        help=f"worker processes; 0 parses in this process (default: {usable_cpus()})",
    )
    parse.add_argument("--script", choices=SCRIPTS, help="convert text to this script with OpenCC")
    parse.add_argument("--variant", choices=variants, help="skip detection and parse every input as this")
    parse.add_argument(
        "--fields", metavar="A,B,C", help="columns to write (path, ok and error are always kept)"
    )
    parse.add_argument(
        "--suffix",
        action="append",
        metavar=".EXT",
        help=f"in folders, read files ending so (repeatable; default: {' '.join(DEFAULT_SUFFIXES)})",
    )
    parse.add_argument(
        "--all-files", action="store_true", help="in folders, read every file that is not hidden"
    )
    parse.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    parse.set_defaults(run=_run_parse)

    show = commands.add_parser("show", help="print one parsed article for a person to read")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the article's dict as JSON")
    show.add_argument("--script", choices=SCRIPTS, help="convert text to this script with OpenCC")
    show.add_argument("--variant", choices=variants, help="skip detection and parse as this variant")
    show.add_argument("--width", type=int, help="wrap text at this many columns")
    show.set_defaults(run=_run_show)

    rules = commands.add_parser("rules", help="list the boilerplate rules in the order they run")
    rules.set_defaults(run=_run_rules)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsparse`` command with ``argv`` (default: the process's arguments)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"{parser.prog} {args.command}: error: {exc}\n")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return status


if __name__ == "__main__":
    sys.exit(main())
