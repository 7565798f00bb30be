"""How far a filed value may lie from an article's figure and still bear it out: the claim's
stated precision (half a unit of its last digit, a hedge's full unit, a round figure's open
zeros), the filing's own precision, bounds ("more than") and written ranges."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.verdicts import Claim, Verification
from warehouse.records import StoredFact


def fact_tolerance(sf: StoredFact) -> Decimal:
    """Half a unit of the fact's own stated precision (decimals -3 -> 500)."""
    if sf.fact.decimals is None:
        return Decimal(0)
    return Decimal(5).scaleb(-sf.fact.decimals - 1)


# A bound close to its figure: within one unit of the last stated digit, on the bound's side
NEAR_BOUNDS = {"just more than": "more than", "just less than": "less than"}
BOUNDS = ("more than", "less than", *NEAR_BOUNDS)
# a hedge admits a full unit of the last stated digit ("nearly" only below: ``agrees``)
HEDGES = ("about", "nearly")


def bound_side(qualifier: str | None) -> str | None:
    """"more than" or "less than" for any bound, near or not; None for a point or a hedge."""
    return NEAR_BOUNDS.get(qualifier, qualifier) if qualifier in BOUNDS else None


def agrees(claim_value: Decimal, tolerance: Decimal, filed: Decimal,
           qualifier: str | None = None, *, filed_rounds: bool = False) -> bool:
    """Whether a filed value bears out the claim at the stated precision (and bound).

    ``filed_rounds``: the tolerance is the filing's own coarser precision, so at a tie it is
    the article's figure that rounds to the filed one, not the filed one to the article's."""
    if qualifier in BOUNDS and claim_value * filed < 0:
        return False  # "rose less than 6%" is no fall of 20%; "dropped more than 6%" no rise
    if qualifier in BOUNDS and claim_value < 0:
        # a bound on a fall or a loss bounds its size: "net income dropped more than 6%" is a
        # change of -6% or below, which a rise of 86% was taken to bear out (a syndicated
        # column on a bank's quarter)
        return agrees(-claim_value, tolerance, -filed, qualifier, filed_rounds=filed_rounds)
    # (the bound's own side is a threshold, as a plain bound's is: "just under $8 billion" is
    # not $8.1 billion; the other side reaches one unit of the last digit)
    if qualifier == "just more than":
        return claim_value <= filed <= claim_value + 2 * tolerance
    if qualifier == "just less than":
        return claim_value - 2 * tolerance <= filed <= claim_value
    if qualifier == "more than":
        return filed >= claim_value - tolerance
    if qualifier == "less than":
        return filed <= claim_value + tolerance
    gap = abs(claim_value - filed)
    if qualifier == "nearly":  # a hedge's full unit below, no more than rounding above
        return gap <= tolerance and abs(filed) <= abs(claim_value) + tolerance / 2
    if gap == tolerance and tolerance and qualifier is None:
        # a figure exactly half a unit away rounds half up, away from zero (ROUND_HALF_UP):
        # 26,645 million is "$26.65 billion", and "$26.64 billion" cuts a digit off (a tech
        # site's copy of a device maker's quarterly services revenue); where the filing is the
        # coarser, the article's finer figure is the one rounded: a filed 2.5 bears out 2.45,
        # never 2.55
        finer, coarser = (claim_value, filed) if filed_rounds else (filed, claim_value)
        return abs(coarser) > abs(finer)
    return gap <= tolerance


def tolerance_for(claim: Claim, sf: StoredFact) -> Decimal:
    return max(claim_tolerance(claim), fact_tolerance(sf))


def claim_tolerance(claim: Claim) -> Decimal:
    """How far a filed value may lie from the claim and still bear it out.

    The base is half a unit of the claim's last stated digit ($510.0 million: ±$0.05 million;
    42%: ±0.5 points; 212,965,381 shares: exact). A hedge ("about", "roughly", "nearly",
    "approximately", "~") admits one full unit of that digit instead: "about 50 times" holds for
    49 to 51, "roughly $25.6 billion" for $25.5 to $25.7 billion. The filing's own precision is
    applied on top by ``tolerance_for``. Bounds ("more than", "less than") are checked in
    ``agrees``; a written range ("$40–50 billion") by ``fits``.
    """
    if claim.qualifier not in HEDGES:
        return claim.tolerance
    # "nearly $50 billion" for a year's $48.3 billion: a hedged round figure is rounded to its
    # last non-zero digit (a wire story on a bank's year), not to the units its zeros fill.
    return max(claim.tolerance * 2, round_figure_tolerance(claim) or Decimal(0))


_WHOLE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def round_figure_tolerance(claim: Claim) -> Decimal | None:
    """Half a unit of the last non-zero digit of a whole figure ending in zeros ("$50
    billion": ±$5 billion), whose precision its zeros leave open; None for any other figure.

    Rates and per-share amounts are left out: "20%" and "$2.00" state their digits.
    """
    found = _WHOLE_NUMBER.search(claim.text)
    if (found is None or "." in found.group() or not claim.tolerance
            or claim.unit not in ("USD", "shares", None)):
        return None
    digits = found.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or not digits.strip("0"):
        return None
    return claim.tolerance * 10**zeros


def fits(claim: Claim, filed: Decimal, tolerance: Decimal | None = None, *,
         claim_rounds: bool = False) -> bool:
    """Whether a filed (or recomputed) value bears out the claim, range and bounds included.

    A tolerance wider than the claim's own is the filing's precision (``tolerance_for``), so a
    tie is the article's figure rounded to the filed one; ``claim_rounds`` says the widening is
    the article's own (a round figure's zeros, a change written in basis points)."""
    own = claim_tolerance(claim)
    tolerance = own if tolerance is None else tolerance
    filed_rounds = not claim_rounds and tolerance > own
    if claim.low is not None and claim.high is not None:
        return claim.low - tolerance <= filed <= claim.high + tolerance
    if claim.qualifier in ("more than", "less than") and tolerance <= own:
        # a bound's figure is a threshold, not a rounding: "revenue topped $12 billion" (a
        # wire headline on a quarter of $11.97 billion) is not borne out by a figure below it,
        # however its zeros round; only a coarser precision of the filing's own still counts
        tolerance = Decimal(0)
    return agrees(claim.value, tolerance, filed, claim.qualifier, filed_rounds=filed_rounds)


def round_figure(claim: Claim, compared: Verification, fact: StoredFact) -> Verification | None:
    """Unverifiable, not drifted, when the figure is whole and ends in zeros ("$510 million")
    and the filed value rounds to it at its last non-zero digit: its precision is not stated."""
    if claim.qualifier in BOUNDS:
        return None  # a bound says which side the figure lies on, whatever its digits
    loose = round_figure_tolerance(claim)
    if loose is None or not fits(claim, fact.fact.value, max(loose, fact_tolerance(fact)),
                                 claim_rounds=loose >= fact_tolerance(fact)):
        return None
    return replace(compared, verdict="unverifiable", gap=None, reason=(
        f"a round figure: the {fact.form} filed {fact.filed_date} states "
        f"{fmt(fact.fact.value)}, which rounds to {claim.text} only if its zeros are not "
        f"stated digits (±{fmt(loose)}); the article does not say which"))


def fmt(value: Decimal | None) -> str:
    """1234567 -> '1,234,567'; 39.0327 -> '39.0327'; keeps Decimal exactness."""
    if value is None:
        return "n/a"
    # format with ",f": exact digits, stated precision kept ('62.0' stays '62.0')
    return f"{value:,f}"
