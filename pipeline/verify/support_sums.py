"""Support-only sums: a combined balance an article quotes that the filing prints only as its
parts ("Cash & Securities: $56.8B", "total debt stands at $98.186B", "Debt: $8.5B"); and
support-only ratios: a cost ratio a bank's release does not print ("an efficiency ratio of
58%", "a compensation ratio of 30%"), recomputed from two of its lines for the same period.

Filers add such parts up differently (some count the non-current marketable securities as
cash, some do not; commercial paper may or may not be called debt), so the registry row lists
the sums that may be meant (``Metric.supported_by``): a figure equal, at its own precision, to
one of them, all read from one filing for one balance date, is borne out; a figure equal to
none is unverifiable, never drifted. A filing that states the combined figure itself (a line,
a tag) is the truth, and this module does not speak (``match.verify_direct`` has judged it).
A ratio (kind "ratio": 100 x first / second, both from one filing for one period) is borne out
when it rounds to the article's figure at the figure's precision; banks define these ratios
differently (which revenue, which expenses), so one that does not is unverifiable, and says
what it came to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric, get_metric
from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact

# Words that make the figure a balance less another ("net debt of $0.8 billion", "net cash of
# $34.7 billion", "debt net of cash"): no sum of gross lines is it.
_NETTED = re.compile(r"\bnet\s+(?:debt|cash|borrowings)\b|\bnet\s+of\b", re.I)


def checked(claim: Claim, facts: list[StoredFact], verification: Verification) -> Verification:
    """The direct verdict, or support from a sum of the filing's lines where the filing states
    no figure of the claim's own metric for its period."""
    row = find_metric(claim.metric or "")
    if (verification.verdict != "unverifiable" or row is None or not row.supported_by
            or claim.value is None or claim.low is not None or _netted(claim)
            or (row.is_stored and match.find_candidates(facts, match.Wanted.of(claim)))):
        return verification
    tried: list[str] = []
    for derivation in row.supported_by:
        if derivation.kind == "ratio":
            found, shown = _ratio_support(claim, facts, derivation)
            if found is not None:
                return found
            tried += shown
            continue
        for parts in _sums(claim, facts, derivation):
            total = sum((sf.fact.value for sf in parts), Decimal(0))
            if fits(claim, total):
                shown = " + ".join(f"{fmt(sf.fact.value)} ({sf.fact.metric})" for sf in parts)
                return Verification(claim, "supported", filed_value=total,
                                    delta=claim.value - total,
                                    evidence=tuple(match.evidence_of(sf) for sf in parts),
                                    arithmetic=f"{shown} = {fmt(total)}")
    return _unborne(verification, tried)


def _ratio_support(claim: Claim, facts: list[StoredFact], derivation
                   ) -> tuple[Verification | None, list[str]]:
    """Supported when one of the derivation's recomputed ratios rounds to the claim; else
    None and each ratio as shown."""
    shown = []
    for parts in _pairs(claim, facts, derivation):
        top, bottom = parts
        ratio = Decimal(100) * top.fact.value / bottom.fact.value
        arithmetic = (f"100 x {fmt(top.fact.value)} ({top.fact.metric}) / "
                      f"{fmt(bottom.fact.value)} ({bottom.fact.metric}) = {ratio:.2f}%")
        if fits(claim, ratio):
            return Verification(claim, "supported", filed_value=ratio, delta=claim.value - ratio,
                                evidence=tuple(match.evidence_of(sf) for sf in parts),
                                arithmetic=arithmetic), []
        shown.append(arithmetic)
    return None, shown


def _pairs(claim: Claim, facts: list[StoredFact], derivation) -> list[list[StoredFact]]:
    """A ratio's two lines, each from one filing for one same period (start and end), the
    second positive."""
    first, second = (_first_stated(claim, facts, names, by_period=True)
                     for names in derivation.inputs)
    return [[top, second[key]] for key, top in first.items()
            if key in second and second[key].fact.value > 0]


def _unborne(verification: Verification, tried: list[str]) -> Verification:
    """The unverifiable verdict, saying what the recomputed ratios came to, if any."""
    if not tried:
        return verification
    return replace(verification, gap=None, reason=(
        f"{verification.reason}; recomputed from the filed lines: {'; '.join(tried)}, which "
        "does not round to the article's figure; filers define this ratio differently, so a "
        "different figure is not a drift"))


def _netted(claim: Claim) -> bool:
    """Whether the words since the figure before this one net the balance."""
    at = claim.sentence_at
    before = claim.sentence[:at] if at >= 0 else ""
    since = re.split(r"\d", before)[-1]
    return bool(_NETTED.search(since))


def _sums(claim: Claim, facts: list[StoredFact], derivation) -> list[list[StoredFact]]:
    """The candidate sums of one derivation, each as its parts from one filing and one day."""
    operands = [_first_stated(claim, facts, names) for names in derivation.inputs]
    found = []
    for key, first in operands[0].items():
        parts = [first]
        for operand in operands[1:]:
            part = operand.get(key)
            if part is None:
                if derivation.kind == "running":
                    break  # a running sum stops at the first line the filing does not state
                continue  # a total adds every line the filing states
            parts.append(part)
            if derivation.kind == "running":
                found.append(list(parts))
        if derivation.kind == "total":
            found.append(parts)
    return found


def _first_stated(claim: Claim, facts: list[StoredFact], names: tuple[str, ...],
                  by_period: bool = False) -> dict[tuple, StoredFact]:
    """The operand's first alternative each filing states, by (filing, balance date), or
    ``by_period`` by (filing, period start, period end)."""
    by_day: dict[tuple, StoredFact] = {}
    for name in names:
        wanted = match.Wanted.of(claim, name, get_metric(name).unit)
        for sf in discipline.standing(match.find_candidates(facts, wanted)):
            start = (sf.fact.period_start,) if by_period else ()
            by_day.setdefault((sf.accession, *start, sf.fact.period_end), sf)
    return by_day
