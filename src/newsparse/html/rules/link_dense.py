"""Rule ``link-dense``: containers that are mostly links (related lists, tag rows, carousels).

The walker measured every container holding two links or more (:class:`~newsparse.html.blocks.Span`);
one whose text is mostly link text goes with its blocks, images and links, the outermost
such container first. A list (``ul``, ``ol``, ``nav``, ``dl``) needs 60% link text, other
containers 75%. A container holding half the page's text or more stays (a page that is a
list of links is not ours to empty), unless it is nearly all links and other text remains.

>>> from newsparse.html.blocks import walk
>>> from newsparse.html.context import Context
>>> from newsparse.html.tree import parse_fragment
>>> from newsparse.options import ParseOptions
>>> root = parse_fragment(
...     "<p>近日，在今年4月从中国流亡到美国的青年郭斌接受自由亚洲电台专访。</p><ul>"
...     "<li><a href='/a.html'>武汉疫情封城四周年</a></li><li><a href='/b.html'>美智库报告</a></li></ul>"
...     "<p>2019年底，武汉爆发新冠疫情并扩散中国和世界。</p>")
>>> ctx = Context(root=root, options=ParseOptions())
>>> w = walk(root)
>>> ctx.blocks, ctx.links, ctx.spans, ctx.chars = w.blocks, w.links, w.spans, w.chars
>>> link_dense(ctx)
>>> [b.text[:6] for b in ctx.blocks], [link.kind for link in ctx.links]
(['近日，在今年', '2019年底'], ['related', 'related'])
"""

from __future__ import annotations

from newsparse.html.context import Context
from newsparse.html.rules.base import link_kind

_LISTS = frozenset(["ul", "ol", "nav", "dl"])
_LIST_DENSITY = 0.6
_DENSITY = 0.75
# a container with this share of the page's text stays, unless nearly all links
_MAX_SHARE = 0.5
_NEARLY_ALL_LINKS = 0.9
# text that must remain outside a large link container for it to go
_MIN_REST = 50


def _is_link_dense(tag: str, chars: int, link_chars: int, links: int, total: int) -> bool:
    if links < 2 or chars <= 0:
        return False
    density = link_chars / chars
    if density < (_LIST_DENSITY if tag in _LISTS else _DENSITY):
        return False
    if chars < total * _MAX_SHARE:
        return True
    return density >= _NEARLY_ALL_LINKS and links >= 3 and total - chars >= _MIN_REST


def link_dense(ctx: Context) -> None:
    """Containers that are mostly links (related lists, tag rows, carousels)."""
    if not ctx.spans or ctx.chars <= 0:
        return
    chosen = []
    removed_until = -1
    for span in sorted(ctx.spans, key=lambda s: (s.blocks[0], -s.blocks[1])):
        start, end = span.blocks
        if start >= end or start < removed_until:
            continue
        if _is_link_dense(span.tag, span.chars, span.link_chars, span.links, ctx.chars):
            refs = ctx.links[span.link_refs[0] : span.link_refs[1]]
            chosen.append((span, link_kind((ref.href, ref.text) for ref in refs)))
            removed_until = end
    ctx.remove_spans(chosen, rule="link-dense")
