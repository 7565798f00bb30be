"""A recomputed rate (a margin, a growth rate) whose period is only carried from earlier in
the article, and which the filing's figures bear out for another span ending on the same day:
unverifiable, not drifted.

A 10-Q prints the quarter beside the year to date (and a 10-K's quarterly data the fourth
quarter beside the year), both ending on one day. A recap of a chipmaker's second quarter went
on "For the first six months, revenue was $X ... Gross margin for the half was 45%": the
quarter, named first, stayed in force, and the half's 45% was recomputed against the quarter's
46% and drifted. ``discipline.carried_elsewhere`` keeps a filed amount off such a drift; this
is its twin for the figures recomputed from filed ones, which no stored fact states.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from core.verdicts import Claim, Verification
from pipeline.verify import discipline, period_math
from pipeline.verify.claims_relative import names_period
from warehouse.records import StoredFact

_SAME_DAY_SLACK = 7  # a 52/53-week quarter ends within a week of its calendar month's end
_OTHER_LENGTH = 45  # days by which a span must differ in length to be another span


def _spans(judged: Verification, facts: list[StoredFact]) -> list[tuple[date, date]]:
    """The filed spans that end on the last day of the span ``judged`` recomputed over (its
    latest evidence: a fiscal quarter's label is dated only when matched) but are of another
    length."""
    dated = [e for e in judged.evidence if e.period_start is not None and e.period_end]
    if not dated:
        return []
    own = max(dated, key=lambda e: e.period_end)
    length = (own.period_end - own.period_start).days
    spans = {(sf.fact.period_start, sf.fact.period_end) for sf in discipline.standing(facts)
             if sf.fact.period_start is not None and sf.fact.period_end is not None
             and abs((sf.fact.period_end - own.period_end).days) <= _SAME_DAY_SLACK
             and abs((sf.fact.period_end - sf.fact.period_start).days - length) > _OTHER_LENGTH}
    return sorted(spans)


def _pinned_beside(claim: Claim, beside: list[Verification]) -> bool:
    """Whether another figure of the sentence, of the same carried period, is supported by a
    filed figure ("rose 13% to $26.65 billion": the level pins the span the rate is of)."""
    return any(v.verdict == "supported" and v.claim.claim_id != claim.claim_id
               and v.claim.sentence == claim.sentence
               and v.claim.period_label == claim.period_label for v in beside)


def carried_other_span(claim: Claim, judged: Verification, facts: list[StoredFact],
                       recompute: Callable[[Claim], Verification],
                       beside: list[Verification]) -> Verification:
    """``judged`` made unverifiable when it drifted, its sentence names no period of its own
    and no figure ``beside`` it pins the carried one, and ``recompute`` (the same recipe)
    supports the figure over another filed span that ends on the same day; ``judged``
    otherwise."""
    if (judged.verdict != "drifted" or claim.period_end is None or names_period(claim.sentence)
            or _pinned_beside(claim, beside)):
        return judged
    for start, end in _spans(judged, facts):
        label = period_math.months_label(start, end)
        other = recompute(replace(claim, period_label=label, period_start=start,
                                  period_end=end))
        if other.verdict == "supported":
            return replace(judged, verdict="unverifiable", gap=None, reason=(
                f"{discipline.CARRIED}: for {claim.period_label}, carried from earlier in the "
                f"article, {judged.arithmetic or 'the recomputation'} does not bear out "
                f"{claim.text}, but the filing's figures for {label} do "
                f"({other.arithmetic or ''}); the article does not say which it means"))
    return judged
