"""A charge, gain or loss an article quotes, and its words for what it is.

"took a $900 million charge for inventory adjustments", "a goodwill impairment charge of $6.2
billion related to the write-off of an acquisition", "$133 million in expenses related to the
early retirement of debt", "$15.3 million of asset impairment charges", "a $30.0 million loss on
early extinguishment of debt" (paraphrases): the figure is that charge (metric
``stated_charge``), never the total it was part of, and its entity is the article's words for
it, which ``pipeline.verify.charges`` compares with the filer's words for its charges.

Read only for a money figure no other words of the sentence made a metric's: a charge whose
words name a stored line ("a $32 million charge for stock-based compensation") is that line's
(``total_items.item_of_total``), and an item an adjusted figure excludes is the
reconciliation's (``adjustments``).
"""

from __future__ import annotations

import re

from core import charge_words as cw
from core.metrics import find_metric

METRIC = "stated_charge"

# a quote mark inside the charge's words ("a \"goodwill impairment charge\" of ...") is read as
# a space (same length: positions hold)
_QUOTES = str.maketrans({c: " " for c in "\"“”‘’'"})
_STOP = "|".join(sorted(cw.STOP_WORDS | cw.DETERMINERS))
_QUALIFIERS = rf"(?P<pre>(?:(?!(?:{_STOP})\b)[\w-]+\s+){{0,{cw.DESCRIBING_WORDS}}}?)"
_NOUN = rf"(?P<noun>{cw.ARTICLE_NOUNS})"
# what a charge is for, up to its clause's end
_FOR = cw.described()
# (or a clause that says who took it: "the huge $900 million write-down it took", a tech
# site's recap of a tablet's first year)
_END = (r"(?=\s*(?:[,;:().!?$]|\s(?:which|that|while|but|and|compared|in\s+the\s+"
        r"(?:first|second|third|fourth|prior|previous|same|year)|during|last|"
        r"(?:it|they|the\s+company)\s+(?:took|recorded|booked|incurred|reported|"
        r"(?:had|has)\s+(?:taken|recorded|booked)))\b|$))")
# after the figure: "$900 million charge for ...", "$15.3 million of asset impairment charges",
# "$133 million in expenses related to ...", "a $900 million hit on ..."
# ... with whose word it is between the noun and what it is for: "a $900 million charge
# Acme said was related to ..." (a trade site on a software maker's quarter)
_SAID = (r"(?:\s+(?:that\s+|which\s+)?(?:[A-Z][\w.&'’-]*|it|the\s+company|management)\s+"
         r"(?:said|says)\s+(?:was|is|were|are)(?=\s+(?:" + cw.JOINERS + r")\b))?")
_AFTER = re.compile(r"^\s*(?:(?:of|in)\s+)?" + _QUALIFIERS + _NOUN + cw.ALSO + _SAID + _FOR + _END,
                    re.I)
# before the figure: "a goodwill impairment charge of", "charges totaling about"
_BEFORE = re.compile(r"(?<![\w-])" + _QUALIFIERS + _NOUN + _FOR
                     + r",?\s+(?:of|totaling|totalling|amounting\s+to)\s+"
                     r"(?:(?:about|approximately|nearly|roughly|some|around)\s+)?$", re.I)
# what the charge was for, after a figure its noun came before: "... of $6.2 billion related to
# the write-off of ..."
# a profit made on a sale is a gain on it, never the company's net income: "a profit of $23.4
# million derived from selling 63% of the bitcoin it mined" (a crypto site on a miner's
# quarter, read as the quarter's net income and called drifted), "a $12 million profit from
# selling its stake", "a gain of $4 million on the sale of a building"
_PROFIT_BEFORE = re.compile(r"\b(?:profits?|gains?)\s+of\s+(?:(?:about|approximately|nearly|"
                            r"roughly|some|around)\s+)?(?:US)?\$?$|\b(?:a|an)\s+(?:US)?\$?$",
                            re.I)
_SALE_AFTER = re.compile(
    # (", generated from selling ...": a blog's copy of the same story, the participle set off)
    r"^\s*(?:(?:profits?|gains?)\s+)?(?:,?\s*(?:derived|generated|realized|realised|made|earned)\s+)?"
    r"(?:from|on)\s+(?P<desc>(?:the\s+)?(?:sell\w*|sales?\s+of\s+(?!(?:US)?\$|\d)|disposals?|divest\w*|"
    r"dispos\w*)\b[^$;:()]{0,80}?)" + _END, re.I)
# a charge told by its verb: "the company would write off $900 million on its tablets", "wrote
# down $40 million of inventory" (a tech site on a software maker's year)
_WRITE_BEFORE = re.compile(r"\b(?:writ(?:e|es|ing)|wrote|written)\s+(?:off|down)\s+(?:(?:about|"
                           r"approximately|nearly|roughly|some|around|another)\s+)?(?:US)?\$?$",
                           re.I)
# "the $900 million charged against its profits for discounting the tablet": the figure is the
# charge, never the profit its verb names (read as the year's net income)
_CHARGED_AFTER = re.compile(r"^\s*(?:(?:that|which)\s+(?:was|were|it)\s+)?charged\s+(?:against|"
                            r"to)\s+(?:its\s+|their\s+|the\s+company[’']?s?\s+)?(?:profits?|"
                            r"earnings|income|results)\b", re.I)
_FOR_AFTER = re.compile(rf"^\s*(?P<desc>(?:{cw.JOINERS})\s+[^$;:()]{{0,120}}?)" + _END, re.I)


def read_charge(text: str, span: tuple[int, int], unit: str | None, metric: str | None = None
                ) -> tuple[str, str, tuple[int, int]] | None:
    """(``stated_charge``, the article's words for it, where its description after the figure
    lies in ``text``) for a money figure its sentence calls a charge, a write-off, an
    impairment or a gain or loss on something; None for any other, and for a figure whose
    words named a stored ``metric`` unless they make it a gain on a sale, a write-off told by
    its verb ("wrote down $X of inventory") or an amount charged against profits."""
    if unit != "USD":
        return None
    plain = text.translate(_QUOTES)
    ahead, behind = plain[span[1]:], plain[:span[0]]
    sold = _SALE_AFTER.match(ahead)
    if sold is not None and _PROFIT_BEFORE.search(behind[-60:]):
        return METRIC, _words("gain", sold["desc"]), (span[1], span[1] + sold.end())
    if _WRITE_BEFORE.search(behind[-60:]):  # whatever line its words name: "of inventory"
        more = _FOR_AFTER.match(ahead)
        return METRIC, _words("write-off", more["desc"] if more else None), (
            span[1], span[1] + (more.end() if more else 0))
    charged = _CHARGED_AFTER.match(ahead)
    if charged is not None:
        more = _FOR_AFTER.match(ahead[charged.end():])
        end = charged.end() + (more.end() if more else 0)
        return METRIC, _words("charge", more["desc"] if more else None), (span[1], span[1] + end)
    if metric is not None and getattr(find_metric(metric), "is_stored", True):
        return None
    after = _AFTER.match(ahead)
    if after is not None:
        return METRIC, _words(after["pre"], after["noun"], after["also"], after["desc"]), (
            span[1], span[1] + after.end())
    before = _BEFORE.search(behind[-200:])
    if before is not None:
        more = _FOR_AFTER.match(ahead)
        return METRIC, _words(before["pre"], before["noun"], before["desc"],
                              more["desc"] if more else None), (
            span[1], span[1] + (more.end() if more else 0))
    return None


def is_charge(item: tuple | None) -> bool:
    """Is a figure's item (``claims_build.Draft.item``) a charge read here?"""
    return item is not None and item[0] == METRIC


def outside_its_words(periods: list, item: tuple) -> list:
    """The sentence's period phrases less those inside a charge's description after its figure
    ("related to the write-off of its 2007 acquisition": 2007 dates the acquisition, not the
    charge)."""
    return [p for p in periods if not inside_its_words(p, item)]


def inside_its_words(period, item: tuple) -> bool:
    """Does a period phrase stand inside the charge's description after its figure?"""
    start, end = item[2]
    return period.kind != "inherited" and start <= period.span[0] < end


def _words(*parts: str | None) -> str:
    return " ".join(" ".join(p for p in parts if p).split())
