"""XBRL concept -> metric map and dimension rules, shared by the inline XBRL and companyfacts paths.

Both sources must turn the same tag into the same ``Fact`` (metric, unit, entity, basis) so that
a filing's inline XBRL and its companyfacts entries merge rather than conflict. Concepts are
named by their local name ("Revenues"); the prefix (us-gaap, dei) is kept only for provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts import Fact
from core.metrics import NOT_A_PART, SEGMENT_AXES, all_metrics, projection


@dataclass(frozen=True)
class ConceptRule:
    metric: str
    unit: str  # our unit the XBRL unit must map to; "percent" reads an xbrli:pure ratio
    priority: int  # lower wins when several concepts state the same figure
    entity: str | None = None  # the row's entity kind: which dimensions a fact may carry


@projection
def concept_rules() -> dict[str, ConceptRule]:
    """Concept local name -> rule, from each registry row's ``concepts`` (best first: the
    first concept's value is the figure when a filer tags several, e.g. Revenues over the
    contract-revenue subset, NetIncomeLoss over ProfitLoss)."""
    return {concept: ConceptRule(row.name, row.unit, priority, row.entity)
            for row in all_metrics() for priority, concept in enumerate(row.concepts)}


@projection
def _metrics_by_entity() -> dict[str | None, frozenset[str]]:
    kinds: dict[str | None, set[str]] = {}
    for row in all_metrics():
        kinds.setdefault(row.entity, set()).add(row.name)
    return {kind: frozenset(names) for kind, names in kinds.items()}


def metrics_of_entity(kind: str) -> frozenset[str]:
    """The metrics whose figures may be about an entity of this kind ("customer",
    "share_class", ...): what the XBRL readers name customers and sum classes for."""
    return _metrics_by_entity().get(kind, frozenset())


CLASS_AXIS = "StatementClassOfStockAxis"
CUSTOMER_AXIS = "MajorCustomersAxis"
# The taxonomy's name is ConcentrationRiskByBenchmarkAxis; older filings used the shorter one.
BENCHMARK_AXES = ("ConcentrationRiskByBenchmarkAxis", "ConcentrationRiskBenchmarkAxis")
TYPE_AXIS = "ConcentrationRiskByTypeAxis"
# A customer's share tagged with the segment that booked the sales is still a share of the
# benchmark named on the benchmark axis (NVIDIA tags "Customer A, 23% of total revenue" so).
SEGMENT_AXIS = "StatementBusinessSegmentsAxis"

BENCHMARK_BASIS = {
    "RevenueFromContractWithCustomerMember": "revenue",
    "SalesRevenueNetMember": "revenue",
    "RevenueFromContractWithCustomerProductAndServiceBenchmarkMember": "revenue",
    "RevenueBenchmarkMember": "revenue",
    "AccountsReceivableMember": "accounts_receivable",
}


def local_name(qname: str) -> str:
    """'us-gaap:Revenues' -> 'Revenues'; '{ns}Revenues' -> 'Revenues'."""
    return qname.rsplit("}", 1)[-1].rsplit(":", 1)[-1].strip()


def rule_for(concept: str) -> ConceptRule | None:
    return concept_rules().get(local_name(concept))


def humanise_member(member: str) -> str:
    """'nvda:CustomerAMember' -> 'Customer A'; 'CustomerOneMember' -> 'Customer One'."""
    name = local_name(member)
    name = re.sub(r"Member$", "", name)
    # Digits stay with the capitals before them: G42Member is "G42", not "G 42".
    words = re.findall(r"[A-Z][a-z]+|[A-Z]+\d*(?![a-z])|\d+|[a-z]+", name)
    return " ".join(words) if words else name


def share_class(member: str) -> str | None:
    """The share class a StatementClassOfStockAxis member names ('Class A'), or None.

    Handles both us-gaap:CommonClassAMember and filer members such as ClassACommonStockMember.
    """
    name = local_name(member)
    match = re.search(r"Class([A-Z0-9])(?=[A-Z]|Member$|$)", name)
    return f"Class {match.group(1)}" if match else None


def dimension_entity(rule: ConceptRule,
                     dims: dict[str, str]) -> tuple[bool, str | None, str | None]:
    """Decide whether a fact with these dimensions (axis local name -> member QName) counts.

    Returns (keep, entity, basis). The row's entity kind decides: statement figures count only
    without dimensions (a segment's revenue is not the company's); share counts may carry the
    class axis; concentration needs a customer and a known benchmark.
    """
    reader = _ENTITY_READERS.get(rule.entity)
    if reader is None:
        return (not dims, None, None)  # no dimension, no axis: no need to name the axes
    return reader({local_name(a): m for a, m in dims.items()})


def _shares_entity(axes: dict[str, str]) -> tuple[bool, str | None, str | None]:
    if not axes:
        return True, "total", None
    if set(axes) != {CLASS_AXIS}:
        return False, None, None
    member = axes[CLASS_AXIS]
    cls = share_class(member)
    if cls:
        return True, cls, None
    # A single class tagged as plain common stock is the company's whole count.
    if local_name(member) == "CommonStockMember":
        return True, "total", None
    return False, None, None


def _concentration_entity(axes: dict[str, str]) -> tuple[bool, str | None, str | None]:
    customer = axes.get(CUSTOMER_AXIS)
    benchmark = next((axes[a] for a in BENCHMARK_AXES if a in axes), None)
    allowed = {CUSTOMER_AXIS, TYPE_AXIS, SEGMENT_AXIS, *BENCHMARK_AXES}
    if customer is None or benchmark is None or set(axes) - allowed:
        return False, None, None
    basis = BENCHMARK_BASIS.get(local_name(benchmark))
    if basis is None:
        return False, None, None
    return True, humanise_member(customer), basis


def part_entity(axes: dict[str, str]) -> tuple[bool, str | None, str | None]:
    """(keep, entity, basis) for a figure of a segment-kind metric, axes by local name."""
    if not axes:
        return True, None, None
    if len(axes) != 1:
        return False, None, None
    axis, member = next(iter(axes.items()))
    basis = SEGMENT_AXES.get(axis)
    if basis is None or any(word in local_name(member) for word in NOT_A_PART):
        return False, None, None
    return True, member_name(member), basis


def member_name(member: str) -> str:
    """'nflx:UnitedStatesAndCanadaMember' -> 'United States and Canada'; 'us-gaap:EMEAMember'
    -> 'EMEA' (``extractors.xbrl_segments`` then looks for the filer's own spelling)."""
    words = humanise_member(member).split()
    return " ".join(w.lower() if i and w.lower() in CONNECTIVES else w
                    for i, w in enumerate(words))


CONNECTIVES = {"and", "of", "the", "for", "in", "to"}


# Entity kinds whose facts may carry dimensions, and how those dimensions name the entity.
_ENTITY_READERS = {"share_class": _shares_entity, "customer": _concentration_entity,
                   "segment": part_entity}


def prefer_concepts(facts: list[Fact]) -> list[Fact]:
    """Keep, for each figure, only the readings of its highest-priority concept.

    A filer may tag both Revenues and RevenueFromContractWithCustomer... for one period with
    different values (other revenue); those are two concepts, not a conflict in the filing.
    """
    ranked = [(fact, fact.key(), _rank(fact)) for fact in facts]
    best: dict[tuple, int] = {}
    for _, key, rank in ranked:
        best[key] = min(rank, best.get(key, rank))
    return [fact for fact, key, rank in ranked if rank == best[key]]


def _rank(fact: Fact) -> int:
    ranks = [r.priority for s in fact.sources if s.concept and (r := rule_for(s.concept))]
    return min(ranks) if ranks else 0
