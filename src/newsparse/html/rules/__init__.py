"""Boilerplate rules: named, ordered steps that a user can list, disable or extend.

Modelled on markdown-it's rulers, one rule per module. ``tree`` rules run on the lxml
tree before it is walked into blocks (they remove elements: scripts, subscription boxes,
related lists); ``blocks`` rules run on the list of text blocks afterwards (date lines,
call-to-action phrases, trailer codes, repeated titles). Each rule is a plain function of
a :class:`~newsparse.html.context.Context`.

>>> [r.name for r in DEFAULT_RULES][:4]
['non-text', 'hidden', 'publisher-selectors', 'image-captions']
>>> "link-dense" in DEFAULT_RULES.names()
True

To skip rules for one call: ``parse(data, disable_rules=("link-dense",))``. To add one
for every call::

    from newsparse.html.rules import DEFAULT_RULES, Rule
    DEFAULT_RULES.insert_after("publisher-selectors", Rule("my-site", "tree", my_function))
"""

from __future__ import annotations

from newsparse.html.rules.base import Rule, RuleFunction, Ruler
from newsparse.html.rules.boilerplate_classes import boilerplate_classes
from newsparse.html.rules.call_to_action import CALL_TO_ACTION, call_to_action, end_phrases
from newsparse.html.rules.captions import caption_blocks, image_captions, photo_credits
from newsparse.html.rules.contentless import contentless
from newsparse.html.rules.date_lines import date_lines
from newsparse.html.rules.hidden import hidden
from newsparse.html.rules.link_dense import link_dense
from newsparse.html.rules.non_text import non_text
from newsparse.html.rules.publisher_selectors import publisher_selectors
from newsparse.html.rules.title_repeat import title_repeat
from newsparse.html.rules.trailer_code import trailer_code

__all__ = ["CALL_TO_ACTION", "DEFAULT_RULES", "Rule", "RuleFunction", "Ruler"]

#: The rules every parse runs, in order.
DEFAULT_RULES = Ruler(
    [
        Rule("non-text", "tree", non_text, "drop scripts, styles, SVG, forms, inputs, frames, media"),
        Rule("hidden", "tree", hidden, "drop elements hidden with display:none, hidden or aria-hidden"),
        Rule(
            "publisher-selectors",
            "tree",
            publisher_selectors,
            "drop the publisher's boilerplate classes and ids",
        ),
        Rule("image-captions", "tree", image_captions, "turn captions and photo credits into image metadata"),
        Rule("boilerplate-classes", "tree", boilerplate_classes, "drop containers named as boilerplate"),
        Rule("link-dense", "tree", link_dense, "drop containers that are mostly links"),
        Rule("title-repeat", "blocks", title_repeat, "drop headings that repeat the title"),
        Rule("date-lines", "blocks", date_lines, "set aside blocks that are only a date"),
        Rule("photo-credits", "blocks", photo_credits, "set aside photo-credit lines"),
        Rule("caption-blocks", "blocks", caption_blocks, "set aside figcaption blocks without an image"),
        Rule(
            "call-to-action", "blocks", call_to_action, "drop subscription, related-heading, copyright lines"
        ),
        Rule("end-phrases", "blocks", end_phrases, "cut the article at the publisher's end marker"),
        Rule("trailer-code", "blocks", trailer_code, "set aside CNA-style numeric date trailers"),
        Rule("contentless", "blocks", contentless, "drop blocks with nothing to read and repeats"),
    ]
)
