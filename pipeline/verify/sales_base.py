"""A margin over either of two revenue bases a statement prints: "Net sales" and a larger
"Total revenues" that adds other revenues to it (delivery revenues, in a materials maker's
FY2012 10-K). The table reader keeps the ratios over the net-sales line beside the total
(``extractors.table_derive.ratios_over_sales``, basis ``SALES_BASIS``); the filer and the press
state margins over net sales, the statement's revenue reads as the total. A recomputed margin,
or a change of one in points, that misses over the total is judged again over net sales: it
is drifted only when it misses both, and the reason names both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from core.metrics import Metric
from core.verdicts import Claim, Verification
from extractors.table_derive import SALES_BASIS, over_revenue
from pipeline.verify.reasons import explain_drift
from warehouse.records import StoredFact

Rerun = Callable[[list[StoredFact]], Verification]


def over_either_base(claim: Claim, row: Metric, facts: list[StoredFact], judged: Verification,
                     rerun: Rerun) -> Verification:
    """``judged`` (over total revenue) when it is not drifted or no net-sales base is stated;
    else the verdict over net sales, with both bases in its reason."""
    if judged.verdict != "drifted":
        return judged
    rate = claim.basis if row.derivation.kind == "points" else claim.metric
    alternative = [sf for sf in facts
                   if sf.fact.metric == rate and sf.fact.basis == SALES_BASIS]
    if rate not in over_revenue() or not alternative:
        return judged
    other = rerun(_over_sales(facts, rate, alternative))
    total = explain_drift(judged).reason
    if other.verdict == "drifted":
        return replace(judged, gap=None, reason=(
            f"over total revenues: {total}; over net sales, the base the statement prints "
            f"beside them, it misses too: {explain_drift(other).reason}"))
    if other.verdict in ("supported", "stale"):
        sales = other.arithmetic or other.reason or f"{rate.replace('_', ' ')} {other.filed_value}%"
        return replace(other, gap=None, reason=_both(sales, total))
    # (over net sales it could not be recomputed: the total alone is no ground for drifted)
    return Verification(claim, "unverifiable", reason=_both(other.reason, total)
                        + "; over net sales it could not be recomputed")


def plain(facts: list[StoredFact]) -> list[StoredFact]:
    """The facts without the ratios over net sales (the statement's revenue is its total)."""
    if not any(sf.fact.basis == SALES_BASIS for sf in facts):
        return facts
    return [sf for sf in facts if sf.fact.basis != SALES_BASIS]


def _both(sales: str | None, total: str | None) -> str:
    return (f"the statement prints net sales and a larger total revenues; over net sales: "
            f"{sales}; over total revenues it misses: {total}")


def _over_sales(facts: list[StoredFact], rate: str,
                alternative: list[StoredFact]) -> list[StoredFact]:
    """The facts with the net-sales ratios standing for the rate, and the total-revenue rate
    and revenue of those filings' periods (its recomputation's input) set aside."""
    keys = {(sf.accession, sf.fact.period_start, sf.fact.period_end) for sf in alternative}

    def set_aside(sf: StoredFact) -> bool:
        return (sf.fact.metric in (rate, "revenue") and sf.fact.entity is None
                and sf.fact.basis is None
                and (sf.accession, sf.fact.period_start, sf.fact.period_end) in keys)
    kept = [sf for sf in facts if not set_aside(sf) and sf.fact.basis != SALES_BASIS]
    return kept + [replace(sf, fact=replace(sf.fact, basis=None)) for sf in alternative]
