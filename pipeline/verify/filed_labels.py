"""A line's label that names a part the filings state revenue for, read at verify time:

    Regional results
    Europe: $24.45 billion.
    Greater China: $16 billion (down 2.3%).
    Wearables: $7.5 billion in revenue.

(a blog's recap of a device maker's quarter, its regions one a line: the claim side knows no
metric for a bare amount and only the parts its word table names, so these came out "no filed
metric is named"). The label is the line's subject (``line_labels``). When it names exactly one
part the filings state revenue for (``filed_subjects._filed_part``):

- a revenue figure the claim side read as the company's is that part's (the line says revenue;
  never the total, which it drifted from);
- a bare amount of money on a line that names no metric at all is read as the part's revenue,
  loosely (``support_only``: the part's operating income may be meant, so a mismatch is
  unverifiable, never drifted);
- a rate right after that amount, moving by a word ("$16 billion (down 2.3%)"), is the part's
  revenue growth, loosely too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from core.verdicts import Claim
from pipeline.verify.line_labels import label_before

_REVENUE, _GROWTH = "revenue", "revenue_growth"
# between the amount and its rate: "(down 2.3%)", ", up 7%", " - down 4%"
_MOVED = re.compile(r"^\s*(?:\(|,|[-\u2013\u2014])?\s*(?:up|down|a\s+(?:rise|fall|drop|decline|"
                    r"gain)\s+of)\s*$", re.I)


def read_label(claim: Claim, previous: tuple[Claim, str | None] | None,
               part_of: Callable[[str], str | None],
               any_metric: re.Pattern) -> tuple[Claim, bool] | None:
    """(the claim read as its label's part's, whether loosely), or None when its line has no
    label naming one filed part, or the claim is no figure such a label governs."""
    at = claim.sentence_at
    if at < 0 or claim.value is None or claim.not_checkable_reason:
        return None
    label = label_before(claim.sentence, at)
    if label is None:
        return None
    if claim.metric == _REVENUE and claim.entity is None and claim.unit == "USD":
        part = part_of(label)
        return (replace(claim, entity=part), False) if part else None
    if claim.metric is not None or any_metric.search(claim.sentence):
        return None
    if claim.unit == "USD":
        part = part_of(label)
        return (replace(claim, metric=_REVENUE, entity=part), True) if part else None
    if claim.unit == "percent" and previous is not None and previous[1] is not None:
        last = previous[0]
        if last.sentence != claim.sentence or last.sentence_at < 0:
            return None
        between = claim.sentence[last.sentence_at + len(last.text):at]
        if _MOVED.match(between) and part_of(label) is not None:
            return replace(claim, metric=_GROWTH, entity=previous[1]), True
    return None
