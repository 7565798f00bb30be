"""A growth rate recomputed from two figures the filing rounds: the true rate is any within the
span the roundings allow. A database maker's 10-Q prints a line's revenue as 809 and 904 (in
millions), a 10.51% fall by those digits; its own table prints the fall as 10%, from the
unrounded amounts, and a recap of its quarter wrote "fell 10%". Where the claim fits some rate
inside the span but not the one the printed digits give, the filing cannot tell: unverifiable,
never drifted. So for a rate with decimals: a utility's release states its quarter's revenue as
"$3.15 billion, compared with $3.29 billion" (-4.26% by those digits, -4.55% to -3.96% by their
roundings) and prints the fall as 4.2 percent, which a recap copies."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.verdicts import Verification
from pipeline.verify.tolerance import fact_tolerance, fits


def _span(prior, current) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest growth (percent) the two rounded figures allow."""
    p, c = prior.fact.value, current.fact.value
    tp, tc = fact_tolerance(prior), fact_tolerance(current)
    if p <= 0 or p - tp <= 0 or c < 0:
        return None  # a base at or near zero: no span worth stating
    if any(sf.fact.decimals is None or sf.fact.decimals >= 0 for sf in (prior, current)):
        # a per-share figure ($1.08) is itself what the filer reports, and its growth is
        # reckoned on it; only an amount printed in thousands or millions rounds a truer one
        return None
    return ((c - tc) / (p + tp) - 1) * 100, ((c + tc) / (p - tp) - 1) * 100


def no_drift_within_rounding(verification: Verification, pairs: list[tuple]) -> Verification:
    """Unverifiable in place of drifted when the claim is borne out by a rate within the
    inputs' rounding (the claim's own precision applied to the span's ends, and any rate
    between): a writer's own sum on the printed digits gives their rate, which is supported;
    another inside the span is the filer's rate from amounts it did not print."""
    claim = verification.claim
    if verification.verdict != "drifted":
        return verification
    for prior, current in pairs:
        span = _span(prior, current)
        if span is None:
            continue
        low, high = span
        if fits(claim, low) or fits(claim, high) or low <= claim.value <= high:
            return replace(verification, verdict="unverifiable", gap=None, reason=(
                f"the {current.form} filed {current.filed_date} rounds the figures the rate is "
                f"recomputed from; the rates they allow run from {low:.2f}% to {high:.2f}%, "
                f"and {claim.text} fits one of them but not the printed digits' "
                f"({verification.arithmetic or ''})"))
    return verification
