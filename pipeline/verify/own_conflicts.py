"""A figure an article dates only by a year-back phrase, which its own words contradict: "Acme
reported net sales of $5.27 billion during the previous fiscal year. That's an 11 percent
decrease on the net sales of $5.92 billion it delivered in fiscal 2022" (a games-trade story on
a retailer's 10-K, after a sentence set fiscal 2023 in force: $5.27 billion was dated 2022 and
drifted). When another figure of the article gives the same line, part and period another value
with that period named outright, the year-back dating is the article's own contradiction: the
writer's "previous year" was the year just ended, or the other figure is wrong. The
year-back figure is left undated (compared with each period: a match pins it, a mismatch is
unverifiable), never drifted on a dating the article itself refutes.

Only a year's figure dated by a phrase that may mean the writer's own year just ended ("the
previous fiscal year", "last year") is so read: "a year ago" or "a year earlier" is a year back
whoever says it, and a quarter's figure is no year's. Left undated, "A year ago, net income was
$X" beside the year-ago quarter's other $Y (a recap of a device maker's quarter) took the
quarter just reported, which bore $X out: a false supported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.year_back_phrases import of_a_year

# the year-back phrases a figure may be dated by alone that may also mean the writer's year
_YEAR_BACK = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:fiscal\s+)?"
                        r"year\b", re.I)


def undate_refuted(claims: list[Claim]) -> list[Claim]:
    """The claims, each dated by a year-back phrase alone that another figure named outright for
    the same period refutes left undated."""
    # whether each sentence names a period outright, read once per sentence
    names = {s: bool(ctx.find_periods(s)) for s in {c.sentence for c in claims if _comparable(c)}}
    named = {}
    for claim in claims:
        if _comparable(claim) and names[claim.sentence]:
            named.setdefault(_key(claim), []).append(claim)
    out = []
    for claim in claims:
        others = named.get(_key(claim), ()) if _comparable(claim) else ()
        if others and not names[claim.sentence] and _YEAR_BACK.search(claim.sentence) and (
                of_a_year(claim)) and all(_differs(claim, o) for o in others):
            claim = replace(claim, period_label=None, period_start=None, period_end=None,
                            period_assumed=False)
        out.append(claim)
    return out


def _comparable(claim: Claim) -> bool:
    return (claim.metric is not None and claim.value is not None and claim.period_end is not None
            and claim.not_checkable_reason is None and claim.low is None)


def _key(claim: Claim) -> tuple:
    return claim.metric, claim.basis, claim.entity, claim.unit, claim.period_label


def _differs(claim: Claim, other: Claim) -> bool:
    return other.sentence != claim.sentence and abs(claim.value - other.value) > max(
        claim.tolerance, other.tolerance)

