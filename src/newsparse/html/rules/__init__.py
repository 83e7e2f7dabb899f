"""Boilerplate rules: named, ordered steps that a user can list, disable or extend.

Modelled on markdown-it's rulers, one rule per module. ``tree`` rules run on the lxml
tree before it is walked into blocks (they remove elements: scripts, hidden elements,
the publisher's furniture, containers named as boilerplate); ``blocks`` rules run on the
list of text blocks afterwards (link-dense containers, related lists, repeated titles,
date lines, navigation, call-to-action phrases, trailer codes). Each rule is a plain
function of a :class:`~newsparse.html.context.Context`; publisher knowledge comes from the
publisher table (``newsparse/data/publishers.json``), never from the rule's code.

>>> [r.name for r in DEFAULT_RULES][:4]
['non-text', 'hidden', 'publisher-selectors', 'image-captions']
>>> "link-dense" in DEFAULT_RULES.names()
True

To skip rules for one call: ``parse(data, disable_rules=("link-dense",))``. To run your
own list for one call: ``parse(data, rules=my_rules)`` with ``my_rules = DEFAULT_RULES.copy()``
changed by ``insert_before``/``insert_after``/``push``/``remove``. To add one for every call::

    from newsparse.html.rules import DEFAULT_RULES, Rule
    DEFAULT_RULES.insert_after("publisher-selectors", Rule("my-site", "tree", my_function))

See ``docs/boilerplate.md``.
"""

from __future__ import annotations

from newsparse.html.rules.base import Rule, RuleFunction, Ruler
from newsparse.html.rules.boilerplate_classes import boilerplate_classes
from newsparse.html.rules.call_to_action import CALL_TO_ACTION, call_to_action, end_phrases
from newsparse.html.rules.captions import caption_blocks, image_captions, photo_credits
from newsparse.html.rules.contentless import contentless
from newsparse.html.rules.date_lines import date_lines
from newsparse.html.rules.edge_links import edge_links
from newsparse.html.rules.hidden import hidden
from newsparse.html.rules.lead_dateline import lead_dateline
from newsparse.html.rules.link_dense import link_dense
from newsparse.html.rules.link_runs import link_runs
from newsparse.html.rules.navigation import navigation
from newsparse.html.rules.non_text import non_text
from newsparse.html.rules.post_meta import post_meta
from newsparse.html.rules.publisher_selectors import publisher_selectors
from newsparse.html.rules.related_heading import related_heading
from newsparse.html.rules.report_marker import report_marker
from newsparse.html.rules.title_repeat import title_repeat
from newsparse.html.rules.trailer_code import trailer_code

__all__ = ["CALL_TO_ACTION", "DEFAULT_RULES", "Rule", "RuleFunction", "Ruler"]

#: The rules every parse runs, in order.
DEFAULT_RULES = Ruler(
    [
        Rule("non-text", "tree", non_text, "drop scripts, styles, SVG, forms, inputs, frames, media players"),
        Rule(
            "hidden", "tree", hidden, "drop elements hidden by style, hidden, aria-hidden or hiding classes"
        ),
        Rule(
            "publisher-selectors",
            "tree",
            publisher_selectors,
            "drop the publisher's boilerplate classes and ids",
        ),
        Rule("image-captions", "tree", image_captions, "turn captions and photo credits into image metadata"),
        Rule(
            "post-meta",
            "tree",
            post_meta,
            "set aside author and date lines in containers named for them, and <address> bylines",
        ),
        Rule(
            "boilerplate-classes",
            "tree",
            boilerplate_classes,
            "drop containers whose class or id names boilerplate",
        ),
        Rule("link-dense", "blocks", link_dense, "drop containers that are mostly links"),
        Rule(
            "related-heading",
            "blocks",
            related_heading,
            "drop a related-reading label and the links under it",
        ),
        Rule("title-repeat", "blocks", title_repeat, "drop headings and title lines that repeat the title"),
        Rule("date-lines", "blocks", date_lines, "set aside blocks that are only a date"),
        Rule("photo-credits", "blocks", photo_credits, "set aside photo-credit lines"),
        Rule("report-marker", "blocks", report_marker, "set aside a reporter's mark inside a paragraph"),
        Rule("caption-blocks", "blocks", caption_blocks, "set aside figcaption blocks without an image"),
        Rule("navigation", "blocks", navigation, "drop breadcrumbs, pagers, back-to-top and tag lines"),
        Rule(
            "call-to-action", "blocks", call_to_action, "drop subscription, promotion, share, copyright lines"
        ),
        Rule("end-phrases", "blocks", end_phrases, "cut the article at the publisher's end marker"),
        Rule("edge-links", "blocks", edge_links, "drop link-only lines before and after the article"),
        Rule("link-runs", "blocks", link_runs, "drop runs of link-only lines and bullet-led links"),
        Rule("trailer-code", "blocks", trailer_code, "set aside CNA-style numeric date trailers"),
        Rule("contentless", "blocks", contentless, "drop blocks with nothing to read and repeats"),
        Rule("lead-dateline", "blocks", lead_dateline, "join a place-and-dash line to the lead after it"),
    ]
)
