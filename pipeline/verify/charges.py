"""A charge, gain or loss an article quotes, checked against the charges the filings state in
prose (``extractors.charges``), by its describing words, never by its value.

The claim's words pin a filed charge of its period when they share a distinctive word with the
filer's words for it ("goodwill", "surface", "extinguishment": ``core.charge_words``), the
charges sharing most of them are one charge (one value, however many sentences state it), and
no gain stands for a charge or a loss. A claim whose words name nothing distinctive ("a $900
million charge") pins the period's charge only when the filings state exactly one for that
period. Anything else stays unverifiable, saying which charges its words could mean; a charge
is never compared with a total (the metric is its own).

A pinned charge of another value is unverifiable, not drifted: a filer states one charge by
several amounts (before tax, after tax, the part in one line), and an article's charge may
bundle several of the filer's (the closest-candidate trap of ``adjustments``).
"""

from __future__ import annotations

from core import charge_words as cw
from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match, period_fit, tolerance

METRIC = "stated_charge"


def verify_charge(claim: Claim, facts: list) -> Verification:
    """Supported when the claim's words pin one filed charge of its period whose value is the
    claim's at the article's precision; unverifiable otherwise, saying why."""
    if claim.entity is None:  # a figure set beside a charge ("including $300 million")
        return _unverifiable(claim, "its words do not say which charge it is")
    wanted = match.Wanted.of(claim)
    calendar = match.calendar_for(facts)
    dated = discipline.standing([
        sf for sf in facts if sf.fact.metric == METRIC and sf.fact.unit == "USD"
        and sf.fact.entity and period_fit.period_matches(wanted, sf, calendar)
        and cw.is_gain(sf.fact.entity) == cw.is_gain(claim.entity)])
    dated = dated or _within(claim, facts)
    said = cw.distinct_words(claim.entity)
    period = claim.period_label or "its period"
    if not dated:
        return _unverifiable(claim, f"the filings state no charge of {period} in their prose")
    pinned = _pinned(said, dated)
    values = {sf.fact.value for sf in pinned}
    if not pinned:
        return _unverifiable(claim, (
            f"the article's words for it ({', '.join(sorted(said)) or 'none'}) name none of "
            f"the charges the filings state for {period}: {_names(dated)}"))
    if len(values) > 1:
        return _unverifiable(claim, (
            f"its words ({', '.join(sorted(said)) or 'none'}) may mean several charges the "
            f"filings state for {period}: {_names(pinned)}"))
    fact = pinned[0]
    evidence = tuple(match.evidence_of(sf) for sf in pinned[:3])
    if not tolerance.fits(claim, fact.fact.value, tolerance.tolerance_for(claim, fact)):
        return Verification(claim, "unverifiable", filed_value=fact.fact.value,
                            evidence=evidence, gap="charge", reason=(
            f"a charge or gain: the filings state \u201c{fact.fact.entity}\u201d as "
            f"{fact.fact.value}, which may be another amount of it (before or after tax) or "
            f"bundle other items, so it is not called drifted"))
    return Verification(claim, "supported", filed_value=fact.fact.value, gap="charge",
                        delta=claim.value - fact.fact.value, evidence=evidence, reason=(
        f"a charge or gain the filings state in prose: \u201c{fact.fact.entity}\u201d"))


def _within(claim: Claim, facts: list) -> list:
    """The charges the filings date by a part of the claim's period: "fourth quarter and fiscal
    2013 results ... weakened by a $900 million charge" (a trade site on a software maker's
    year) is the charge a 10-K dates by its fourth quarter, a charge of the year too. Two such
    charges of one kind are two values, which ``verify_charge`` leaves unverifiable."""
    start, end = claim.period_start, claim.period_end
    if start is None or end is None:
        return []
    return discipline.standing([
        sf for sf in facts if sf.fact.metric == METRIC and sf.fact.unit == "USD"
        and sf.fact.entity and sf.fact.period_start is not None
        and sf.fact.period_end is not None and start <= sf.fact.period_start
        and sf.fact.period_end <= end and (sf.fact.period_start, sf.fact.period_end) != (start, end)
        and cw.is_gain(sf.fact.entity) == cw.is_gain(claim.entity)])


def _pinned(said: frozenset[str], dated: list) -> list:
    """The filed charges the words pin: those sharing most of them (one at least); with no
    distinctive word, the period's charges when they are one charge."""
    if not said:
        return dated  # one charge, or several the caller names as ambiguous
    scored = [(len(said & cw.distinct_words(sf.fact.entity)), sf) for sf in dated]
    best = max(score for score, _ in scored)
    return [sf for score, sf in scored if score == best] if best else []


def _names(facts: list) -> str:
    named = sorted({f"{sf.fact.entity} ({sf.fact.value})" for sf in facts})
    return "; ".join(named[:4]) + ("; ..." if len(named) > 4 else "")


def _unverifiable(claim: Claim, why: str) -> Verification:
    return Verification(claim, "unverifiable", reason=f"a charge or gain: {why}", gap="charge")
