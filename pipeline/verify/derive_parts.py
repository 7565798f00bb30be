"""Rates of a part of the company: a part's share of total revenue, and a company rate that a
sentence about a part may mean as the part's.

A part's share of revenue is its revenue over the company's, both filed for the same period
in the same filing ("the Data Center segment accounted for N% of revenue": the part's revenue
over the total in a chipmaker's 10-Q). An article writes it as a customer's share would be
written ("made up", "accounted for"), so it is read as a customer's concentration; when the
filings state no concentration for that name but do state revenue of a part so named, the
figure is the part's share. A part's name never finds a customer's concentration, nor a
customer's a part's revenue, so neither reading can take the other's figure.
"""

from __future__ import annotations

import re

from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match
from pipeline.verify.derive import _round
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact

_SHARE_OF = "customer_concentration"  # the reading a part's share takes from its words
_PART_OF = "revenue"  # what the share is a part of


def part_share(claim: Claim, facts: list[StoredFact]) -> Verification | None:
    """The verdict on a concentration figure that is a filed part's share of revenue, or None
    when the figure is not one (no entity, a concentration filed for it, no part so named)."""
    if claim.metric != _SHARE_OF or not claim.entity or claim.value is None or (
            (claim.basis or _PART_OF) != _PART_OF):
        return None
    if discipline.standing(match.find_candidates(facts, match.Wanted.of(claim))):
        return None  # a customer the filings name: its own concentration
    wanted = match.Wanted.of(claim, _PART_OF, "USD")
    parts = discipline.standing(match.find_candidates(facts, wanted))
    totals = discipline.standing(match.find_candidates(
        facts, match.Wanted(_PART_OF, "USD", claim.period_label, claim.period_start,
                            claim.period_end)))
    pairs = [(part, total) for part in parts for total in totals
             if part.accession == total.accession and total.fact.value
             and (part.fact.period_start, part.fact.period_end) == (
                 total.fact.period_start, total.fact.period_end)]
    if not pairs:
        return None
    return _judged(claim, pairs)


def _judged(claim: Claim, pairs: list[tuple[StoredFact, StoredFact]]) -> Verification:
    """Supported when a filing's pair recomputes the share. Otherwise unverifiable, never
    drifted: words that read as a share ("accounted for 60% of the growth") may be of another
    whole than the period's revenue."""
    def share(pair):
        return pair[0].fact.value / pair[1].fact.value * 100

    def shown(pair):
        return (f"{fmt(pair[0].fact.value)} ({claim.entity} revenue) / "
                f"{fmt(pair[1].fact.value)} (total revenue) = {_round(share(pair))}%")
    agreeing = [p for p in pairs if fits(claim, share(p))]
    relied = (agreeing or pairs)[-1]
    evidence = tuple(match.evidence_of(sf) for sf in relied)
    if not agreeing:
        return Verification(claim, "unverifiable", evidence=evidence, reason=(
            f"read as a part's share of revenue, which recomputes otherwise ({shown(relied)}); "
            "the words may mean a share of another whole"))
    value = share(relied)
    return Verification(claim, "supported", filed_value=_round(value),
                        delta=_round(claim.value - value), evidence=evidence,
                        arithmetic=shown(relied))


def part_rate_unread(verification: Verification, claims: list[Claim],
                     facts: list[StoredFact]) -> Verification:
    """A company rate that drifted in a sentence about a part ("Embedded segment operating
    income was $757 million, an operating margin of 51.9%"; "Server and Tools revenue was
    $20.3 billion, with an operating margin of 40.2%"): the rate may be that part's, which the
    words did not pin, so it is unverifiable, not drifted. A part is an earlier figure's
    entity, or a part the filings state figures of, named before the rate."""
    claim = verification.claim
    if verification.verdict != "drifted" or claim.entity is not None:
        return verification
    part = next((c.entity for c in reversed(claims) if c.sentence == claim.sentence
                 and c.span[0] < claim.span[0] and c.entity), None)
    part = part or _filed_part_named(claim, facts)
    if part is None:
        return verification
    return Verification(claim, "unverifiable", evidence=verification.evidence, reason=(
        f"the company's {claim.metric.replace('_', ' ')} recomputes otherwise "
        f"({verification.arithmetic}), but the sentence is about a part of the company "
        f"({part}) and the rate may be that part's, which its words do not pin"))


def _filed_part_named(claim: Claim, facts: list[StoredFact]) -> str | None:
    """A part the filings state a figure of whose name the sentence writes before the claim."""
    head = claim.sentence[:claim.sentence_at]
    names = {sf.fact.entity for sf in facts if sf.fact.entity and sf.fact.entity not in (
        "total", "Total") and sf.fact.metric in _PART_METRICS}
    return next((name for name in sorted(names) if _written(name, head)), None)


_PART_METRICS = ("revenue", "operating_income", "gross_profit")
_SUFFIXES = (" segment", " division", " group")


def _written(name: str, head: str) -> bool:
    """The part's name as the filing writes it, capitals and all ("other" is no part)."""
    for suffix in _SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[:-len(suffix)]
    return len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head) is not None
