"""Verdict discipline by scale: an article's figure whose digits are the filed figure's at
another power of a thousand is a misreading of units, never a drift.

An article prints a figure in the units of its table or sentence ("Revenue ($M) ... $5,359", "in
thousands", "$5.4bn"), and the reading of those units is where a verifier goes wrong: a header
it did not read, a scale word it does not know, a filer's table in thousands. The digits then
agree with the filed figure and the powers do not. Whether the article or the reading slipped is
not ours to tell from the digits alone, and calling it ``drifted`` accuses the article of a
misquote it most likely did not make: such a verdict is ``unverifiable``, saying so. This is the
last check of every verdict (``api.verify_claims``), whichever rule reached it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.verdicts import Claim, Verification
from pipeline.verify.tolerance import BOUNDS, HEDGES, claim_tolerance, fits, fmt

# the powers an article's or a filing's units move a figure by: thousands, millions, billions
SCALES = (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9)
# units a scale word or a table header sets; a rate or a ratio carries no such scale
SCALED_UNITS = ("USD", "shares", "count")
MISREAD = "the article's digits are the filed figure's at another scale"


def at_another_scale(claim: Claim, filed: Decimal) -> Decimal | None:
    """The factor (a power of a thousand, or its inverse) that brings the claim's figure to the
    filed one at the article's precision; None when none does. A bound ("more than $5
    million") is taken as its figure: at another scale it would hold of almost anything."""
    if claim.value is None or not filed or not claim.value:
        return None
    point = replace(claim, qualifier=None if claim.qualifier in BOUNDS else claim.qualifier)
    for factor in (*SCALES, *(1 / s for s in SCALES)):
        if fits(_scaled(point, factor), filed):
            return factor
    return None


def _scaled(claim: Claim, factor: Decimal) -> Claim:
    tolerance = claim_tolerance(claim) * factor
    low = claim.low * factor if claim.low is not None else None
    high = claim.high * factor if claim.high is not None else None
    # the hedge is already in the tolerance: the scaled claim states it as its own
    return replace(claim, value=claim.value * factor, tolerance=tolerance, low=low, high=high,
                   qualifier=None if claim.qualifier in HEDGES else claim.qualifier)


def scale_misread(verification: Verification) -> Verification:
    """A ``drifted`` level whose figure agrees with the filed one at another power of a
    thousand becomes ``unverifiable``; every other verdict is returned as it is."""
    claim, filed = verification.claim, verification.filed_value
    if (verification.verdict != "drifted" or filed is None
            or claim.unit not in SCALED_UNITS):
        return verification
    factor = at_another_scale(claim, filed)
    if factor is None:
        return verification
    times = f"{factor:,f}" if factor >= 1 else f"1/{1 / factor:,f}"
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"{MISREAD}: {claim.text} times {times} is the filed {fmt(filed)} ({claim.metric}); "
        f"a unit misread (a table's header, a scale word, a filer's thousands), not a "
        f"misquote, so no drift is shown ({verification.reason or 'compared as read'})"))
