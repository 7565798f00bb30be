"""A rate the article already quoted, named again by a definite article and a change's noun:
"Operating expenses rose 23% ... the 23% jump means the latter soared to $7.27 billion" (a
rewrite of a wire story on a bank's quarter: the second 23%, with no metric of its own words,
was left unread). "The N% jump" points back at the rise of that value the article quoted last
with a metric: it is that rate, of that line, part and period. A rate of another value, one
whose words name a metric of their own, or one no earlier rate of the same value explains,
stays as read."""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim

# the definite article right before the rate, a change's noun right after it
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_CHANGE_NOUN_AFTER = re.compile(r"^\s*(?:(?P<up>jump|increase|rise|gain|growth|climb|surge|"
                                r"leap|advance)|(?P<down>decline|drop|fall|decrease|dip|slide))"
                                r"\b", re.I)


def read_definite(claims: list[Claim]) -> list[Claim]:
    """Each unread rate named "the N% <change>" as the rate of that value quoted last before
    it with a metric of growth; the other claims as they are."""
    out: list[Claim] = []
    for claim in claims:
        way = _way(claim)
        if way:
            earlier = next((c for c in reversed(out) if _same_rate(c, claim, way)), None)
            if earlier is not None:
                claim = replace(claim, metric=earlier.metric, basis=earlier.basis,
                                entity=earlier.entity, period_label=earlier.period_label,
                                period_start=earlier.period_start,
                                period_end=earlier.period_end, readings=earlier.readings,
                                reading_pinned=earlier.reading_pinned, value=earlier.value)
        out.append(claim)
    return out


def _way(claim: Claim) -> int:
    """+1 or -1 for the way the change's noun after a definite rate goes; 0 when the rate is
    no unread "the N% <change>"."""
    if claim.metric is not None or claim.unit != "percent" or claim.value is None or (
            claim.not_checkable_reason or claim.unread_why):
        return 0
    start = claim.sentence_at
    if start < 0 or not _THE_BEFORE.search(claim.sentence[:start]):
        return 0
    noun = _CHANGE_NOUN_AFTER.match(claim.sentence[start + len(claim.text):])
    return 0 if noun is None else 1 if noun.group("up") else -1


def _same_rate(earlier: Claim, claim: Claim, way: int) -> bool:
    """Whether ``earlier`` is a growth rate of the same value, gone the same way."""
    row = find_metric(earlier.metric)
    return (row is not None and row.derivation is not None and row.derivation.kind == "growth"
            and earlier.unit == claim.unit and earlier.value is not None
            and earlier.value == abs(claim.value) * way and not earlier.not_checkable_reason)
