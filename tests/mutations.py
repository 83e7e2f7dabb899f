"""Hostile inputs made from real ones: cut, spliced, duplicated, byte-flipped, re-encoded.

Every mutation is a function of a ``random.Random`` and bytes, so the same code drives the
Hypothesis property tests (``st.randoms()``) and the long fuzz run in
``benchmarks/fuzz.py`` (a seeded ``random.Random``); a failing input is reproduced from
its seed alone.

>>> import random
>>> out = mutate(random.Random(3), [b"---\\ntitle: x\\n---\\n<p>a</p>"])
>>> isinstance(out.data, bytes) and isinstance(out.steps, tuple)
True
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS_FILES = sorted((ROOT / "tests" / "data" / "corpus").glob("*.md"))
PDFTEXT_FILES = sorted((ROOT / "tests" / "data" / "pdftext").glob("*/pymupdf4llm.md"))

#: an upper bound on what the mutations grow an input to (big inputs are made on purpose)
MAX_SIZE = 3 * 1024 * 1024

#: Fragments real archives hold somewhere, and fragments written to break parsers.
HOSTILE_SNIPPETS: tuple[bytes, ...] = tuple(
    s.encode("utf-8", "surrogatepass") if isinstance(s, str) else s
    for s in (
        "---\n",
        '---\ntitle: "他說"不""\ndate: 2023-02-30T25:61:00Z\n---\n',
        '---\ntitle: "${title}"\nfrom: javascript:alert(1)\ntags: [ a, [b, {c: d}] ]\n---\n',
        "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "x: !!python/object/apply:os.system [echo pwned]\n",
        "date: 0000-00-00\n",
        "date: " + "9" * 5000 + "\n",
        "<!--1697553060000-->\n",
        "<!--99999999999999999999999-->\n",
        "<!---62135596800000-->\n",
        "<!-- NaN -->\n",
        "[標題 [中文]](https://www.cna.com.tw/news/aopl/202310170397.aspx?utm_source=rss#x)\n------\n",
        "[t](javascript:alert(1))\n",
        "<a href='javascript:alert(1)'>j</a><a href=' JaVa\tScRiPt:x'>k</a><a href='data:text/html,x'>d</a>",
        "<a href='vbscript:msgbox(1)'>v</a><img src='data:image/png;base64,AAAA'>",
        "<img src='http://127.0.0.1:9/x.jpg' srcset='http://127.0.0.1:9/y.jpg 2x'>",
        '<!DOCTYPE x [<!ENTITY e SYSTEM "http://127.0.0.1:9/e">]><p>&e;</p>',
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="http://127.0.0.1:9/x"/>',
        "<?xml version='1.0' encoding='gb2312'?>",
        "<meta charset='big5'><meta http-equiv='Content-Type' content='text/html; charset=utf-16'>",
        "<div>" * 300,
        "</div>" * 300,
        "<b><i>" * 200,
        "<table><tr><td>" * 100,
        "<p>" * 500,
        "<script>document.write('<p>x</p>')</script><style>p{}</style>",
        "<!--",
        "-->",
        "<![CDATA[",
        "<",
        "&#0;&#xD800;&#x110000;&#99999999999;&nbsp;&amp;&bogus;",
        "\x00",
        "\x1b[31m",
        "\ufeff",
        "\u2028\u2029\u200b\u00ad",
        "\r",
        "\r\n",
        "（中央社記者廖禹揚首爾17日專電）",
        "（編輯：陳惠珍）1121017",
        "2023年2月30日",
        "2023年13月45日 25:61",
        "Wed, 27 Nov 2024 14:59:13 GMT",
        "#" * 7 + " 標題\n",
        "[" * 2000,
        "](" * 1000,
        " " * 5000,
        "\n" * 3000,
        "，" * 3000,
        "記者" * 500,
        "http://" * 500,
        "<a" * 2000,
        "<!--" * 1000,
        "\n---\n" * 200,
        "- " * 2000,
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xef\xbb\xbf",
        b"\xed\xa0\x80",
        b"\x80\x81\xfe\xff",
        b"\xc3",
        "北約秘書長訪南韓".encode("big5"),
        "北约秘书长访南韩".encode("gb18030"),
    )
)


@frozen
class Mutated:
    """A mutated input and the steps that made it (for reports)."""

    data: bytes
    steps: tuple[str, ...]


def load_sources() -> list[bytes]:
    """The real inputs the mutations start from: seeds, corpus posts, PDF texts."""
    return [p.read_bytes() for p in (*SEED_FILES, *CORPUS_FILES, *PDFTEXT_FILES)]


def _pos(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def cut(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Keep a prefix, a suffix or a slice (a truncated or partly copied file)."""
    a, b = sorted((_pos(rng, data), _pos(rng, data)))
    return rng.choice((data[:b], data[a:], data[a:b]))


def splice(rng: random.Random, data: bytes, others: Sequence[bytes]) -> bytes:
    """The start of this input and the end of another (two files run together)."""
    other = rng.choice(others)
    return data[: _pos(rng, data)] + other[_pos(rng, other) :]


def duplicate(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Repeat a slice of the input, sometimes many times (a file written twice, a loop)."""
    a, b = sorted((_pos(rng, data), _pos(rng, data)))
    times = rng.choice((1, 1, 2, 10, 100, 1000))
    piece = data[a:b] * times
    return (data[:b] + piece + data[b:])[:MAX_SIZE]


def flip_bytes(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Change a few bytes at random (bit rot, a bad disk, a bad copy)."""
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(rng.choice((1, 2, 5, 20, 200))):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256) if rng.random() < 0.5 else out[i] ^ (1 << rng.randrange(8))
    return bytes(out)


def delete(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Remove a slice (a lost block)."""
    a, b = sorted((_pos(rng, data), _pos(rng, data)))
    return data[:a] + data[b:]


def insert_hostile(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Insert a hostile fragment (deep nesting, YAML bombs, NULs, unsafe links...) anywhere."""
    snippet = rng.choice(HOSTILE_SNIPPETS) * rng.choice((1, 1, 1, 3, 40))
    at = rng.choice((0, _pos(rng, data), _pos(rng, data), len(data)))
    return data[:at] + snippet + data[at:]


def swap_lines(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """Exchange two lines (a header out of place)."""
    lines = data.split(b"\n")
    if len(lines) > 1:
        i, j = rng.randrange(min(len(lines), 30)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def line_ends(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """CRLF or CR line ends, everywhere or from some point on."""
    at = rng.choice((0, _pos(rng, data)))
    return data[:at] + data[at:].replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\r")))


def reencode(rng: random.Random, data: bytes, _others: Sequence[bytes]) -> bytes:
    """The same text in another encoding (as older mirrors wrote it), with or without a BOM."""
    text = data.decode("utf-8", "replace")
    codec = rng.choice(
        ("gb18030", "big5", "big5hkscs", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32")
    )
    return text.encode(codec, "replace" if rng.random() < 0.5 else "ignore")


MUTATIONS: tuple[Callable[[random.Random, bytes, Sequence[bytes]], bytes], ...] = (
    cut,
    splice,
    duplicate,
    flip_bytes,
    delete,
    insert_hostile,
    insert_hostile,
    swap_lines,
    line_ends,
    reencode,
)


def mutate(
    rng: random.Random, sources: Sequence[bytes], *, max_steps: int = 4, max_size: int = MAX_SIZE
) -> Mutated:
    """One source input with one to ``max_steps`` random mutations applied, cut to ``max_size``."""
    data = rng.choice(sources)
    steps = []
    for _ in range(rng.randint(1, max_steps)):
        mutation = rng.choice(MUTATIONS)
        data = mutation(rng, data, sources)[:max_size]
        steps.append(mutation.__name__)
    return Mutated(data, tuple(steps))
