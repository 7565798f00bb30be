"""Why a figure drifted, in words: the filed value it was held to and where that value stands.

Every ``drifted`` verdict carries such a reason, whichever path reached it: a direct comparison
names the filed fact; a recomputed figure (a growth rate, a margin, a change in points) names
its arithmetic and the filings its inputs came from. A drifted verdict with no reason reads as
an accusation with no evidence, so ``explain_drift`` fills one in for any path that left it out.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.verdicts import Claim, Evidence, Verification
from pipeline.verify.tolerance import claim_tolerance, fmt


def _what(e: Evidence) -> str:
    """'revenue for 2024-12-29..2025-03-29 (iPad)': the filed line, period and part."""
    if e.period_end is None:
        when = ""
    elif e.period_start is None:
        when = f" as of {e.period_end}"
    else:
        when = f" for {e.period_start}..{e.period_end}"
    part = f" ({e.entity})" if e.entity else ""
    return f"{e.metric or 'a figure'}{when}{part}"


def fact_words(e: Evidence) -> str:
    """'6,402,000,000 (revenue for 2024-12-29..2025-03-29 (iPad)) in the 10-Q filed ...'"""
    return f"{fmt(e.value)} ({_what(e)}) in the {e.form} filed {e.filed_date}"


def read_as(claim: Claim) -> str:
    """How the article's figure was read, when its sign is the reader's doing: a figure read as
    negative ('($20 million)') says so, for a reader to catch a misreading."""
    if claim.value is not None and claim.value < 0 and not claim.text.lstrip().startswith(
            ("-", "−")):
        how = "a fall" if claim.unit == "percent" else "negative"
        return f"; the article's {claim.text.strip()} is read as {how} ({fmt(claim.value)})"
    return ""


_BOUND_SIDE = {"more than": "below", "less than": "above", "nearly": "above",
               "just more than": "not just above", "just less than": "not just below"}


def direct_drift(claim: Claim, evidence: Evidence, tolerance: Decimal,
                 note: str | None = None) -> str:
    # (a bound on a loss or a fall bounds its size: ``tolerance.agrees``)
    what = "figure's size" if claim.value is not None and claim.value < 0 else "figure"
    missed = (f"the filed {what} is {_BOUND_SIDE[claim.qualifier]} the article's bound "
              f"({claim.qualifier} {claim.text})" if claim.qualifier in _BOUND_SIDE
              else f"the difference exceeds the stated precision (±{fmt(tolerance)})")
    text = (f"the {evidence.form} filed {evidence.filed_date} states {fmt(evidence.value)} "
            f"({_what(evidence)}); {missed}{read_as(claim)}")
    return f"{text}; {note}" if note else text


def recomputed_drift(v: Verification) -> str:
    """A derived figure's drift: the value recomputed, how, and from which filed figures."""
    sources = "; ".join(dict.fromkeys(fact_words(e) for e in v.evidence)) or "no filed figure"
    how = f" as {v.arithmetic}" if v.arithmetic else ""
    return (f"recomputed {fmt(v.filed_value)}{how}, from {sources}; the difference exceeds the "
            f"stated precision (±{fmt(claim_tolerance(v.claim))}){read_as(v.claim)}")


def explain_drift(v: Verification) -> Verification:
    """The verdict with a reason, if it drifted and none was given."""
    if v.verdict != "drifted" or v.reason:
        return v
    if v.arithmetic or len(v.evidence) != 1:
        return replace(v, reason=recomputed_drift(v))
    return replace(v, reason=direct_drift(v.claim, v.evidence[0], claim_tolerance(v.claim)))
