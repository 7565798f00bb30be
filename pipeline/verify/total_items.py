"""A charge or gain an article quotes as an item a total included ("Net income included a $50
million restructuring charge"): never that total; its metric is only the stored line its own
words name after it ("for stock-based compensation"), else none.

Apart from ``claims_qualifiers`` (what qualifies a figure beyond its metric), which asks
``_ITEM_AFTER`` for the reason such an item was left unread; ``claims_build`` asks
``item_of_total`` for the item's metric.
"""

from __future__ import annotations

import re

from core import charge_words as cw
from core.metrics import find_metric
from pipeline.verify.cue_search import metric_cues

# "Net income included a $50 million restructuring charge", "a $32 million noncash charge for
# stock-based compensation", "a $54 million gain on the sale of leases": a charge or gain the
# total before it included, never that total (read as net income, the charge was compared with
# the year's net income and called drifted). Only what the words after it name may be its
# metric ("for stock-based compensation"). Not "a $47 million loss", which is the net loss.
# (the words between the figure and the noun describe it: "noncash", "pre-tax", "one-time";
# never a joining word, as in "revenue was $5 billion and gains on investments ...").
# "The net loss ... included $15.3 million of asset impairment charges" (a homebuilder's 10-K
# overview, quoted by a summary site): the item may follow "of", which is then no joining word.
_ITEM_AFTER = re.compile(r"^\s*(?:of\s+(?!which\b))?(?:(?!(?:and|or|but|while|whereas|with|in|"
                         r"of|from|to|as|on|for|at|by|after|before|than)\b)[\w-]+\s+)"
                         rf"{{0,{cw.DESCRIBING_WORDS}}}?(?:charges?|gains?|"
                         r"benefits?|write-?(?:downs?|offs?)|impairments?|settlements?)\b"
                         r"(?!\s+(?:per|a\s+share))", re.I)
_ITEM_OF = re.compile(r"^\s*(?:for|related\s+to|from|associated\s+with|on|tied\s+to)\s+"
                      r"(?:the\s+|its\s+)?", re.I)


def item_of_total(metric: str | None, ahead: str, unit: str | None) -> str | None:
    """The metric of a figure that is a charge or gain (``ahead``: the words after it): the one
    its own words name after "for", "related to"..., else None (no filed line is the item)."""
    found = _ITEM_AFTER.match(ahead)
    if found is None or unit != "USD" or _CLAUSE_END.match(ahead[:found.end()]):
        return metric
    joined = _ITEM_OF.match(ahead[found.end():])
    if joined is None:
        return None
    words = _CLAUSE_END.split(ahead[found.end() + joined.end():], 1)[0]
    named = _named_first(words)
    row = find_metric(named)
    return named if row is not None and row.is_stored else None


_CLAUSE_END = re.compile(r"[,;.()]|\s(?:and|while|but|as|after)\s", re.I)


def _named_first(words: str) -> str | None:
    """The money metric whose cue opens ``words`` ("stock-based compensation", not "the
    quarter's net income" further on); the earlier row wins a tie, as everywhere."""
    for pattern, name, units in metric_cues():
        if "USD" in units and re.match(pattern, words, re.I):
            return name
    return None
