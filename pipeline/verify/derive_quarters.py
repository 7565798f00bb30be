"""A quarter no filing prints as a column, derived from two figures one filing does print.

A 10-Q for a fiscal year's second quarter states the quarter and the six months to date, but
not the first quarter on its own: an article's "up N% sequentially" (a chipmaker's second-quarter
10-Q's networking revenue, Q this quarter and H for the half) is measured against
H - Q. The quarter before is derived only as a period to date less the quarter
that ends it, both figures of one metric, entity and unit, resolved readings (never overruled or
disputed) of the same filing, and only when the period the subtraction leaves is the very period
the article names. The evidence keeps all inputs and the arithmetic says the base was derived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal

from core.metrics import find_metric, get_metric
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import change_bases as bases
from pipeline.verify import discipline, match, period_fit
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact

_RESOLVED = ("sole", "tagged", "ranked")


@dataclass(frozen=True)
class DerivedQuarter:
    """The quarter before ``current``: ``to_date`` (ending with ``current``) less ``current``."""

    current: StoredFact
    to_date: StoredFact

    @property
    def value(self):
        return self.to_date.fact.value - self.current.fact.value

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return (match.evidence_of(self.current), match.evidence_of(self.to_date))

    def shown(self, label: str) -> str:
        start, end = self.to_date.fact.period_start, self.current.fact.period_start
        return (f"{label} derived as {start}...{end - timedelta(days=1)}: "
                f"{fmt(self.to_date.fact.value)} ({self.to_date.fact.period_start}..."
                f"{self.to_date.fact.period_end}) - {fmt(self.current.fact.value)} "
                f"(the quarter after) = {fmt(self.value)}")


def quarter_before(current: StoredFact, facts: list[StoredFact],
                   wanted: match.Wanted) -> DerivedQuarter | None:
    """The quarter before ``current`` as its filing's period to date less ``current``, when the
    period left over is the ``wanted`` one; None when no such pair of resolved figures exists or
    the filing states two different periods to date."""
    if (current.resolution not in _RESOLVED or not period_fit.is_quarter_long(current.fact)
            or not adds_up(current.fact.metric, current.fact.unit)):
        return None
    found = [sf for sf in facts if _ends_with(sf, current) and sf.resolution != "overruled"]
    if len({sf.fact.value for sf in found}) != 1 or any(
            sf.resolution not in _RESOLVED for sf in found):
        return None  # none, two values, or a reading the filing leaves disputed
    derived = DerivedQuarter(current, found[0])
    left = replace(current, fact=replace(
        current.fact, value=derived.value, period_start=found[0].fact.period_start,
        period_end=current.fact.period_start - timedelta(days=1)))
    if not period_fit.is_quarter_long(left.fact):
        return None
    return derived if period_fit.period_matches(wanted, left, match.calendar_for(facts)) else None


# Statements whose money lines add up over periods: a half year's revenue is its quarters'
# sum. Never a per-share amount, a rate, an average balance (a bank's average loans over six
# months is no sum of its quarters') or a balance on a day.
_ADDITIVE_STATEMENTS = ("income", "cash_flow")


def adds_up(metric: str, unit: str) -> bool:
    row = find_metric(metric)
    return (row is not None and unit == "USD" and row.unit == "USD" and not row.is_point
            and not row.is_balance and row.statement in _ADDITIVE_STATEMENTS)


def _ends_with(sf: StoredFact, current: StoredFact) -> bool:
    """A figure of the same filing, metric, entity, unit and basis over a period that ends with
    ``current`` and starts one quarter before it."""
    fact, now = sf.fact, current.fact
    return (sf.accession == current.accession and fact.metric == now.metric
            and fact.entity == now.entity
            and fact.unit == now.unit and fact.basis == now.basis
            and fact.period_start is not None and fact.period_end == now.period_end
            and 80 <= (now.period_start - fact.period_start).days <= 7 * 17 + 1)


def derived_for(name: str, wanted: match.Wanted,
                facts: list[StoredFact]) -> list[DerivedQuarter]:
    """The ``wanted`` quarter of metric ``name`` derived in each filing that lets it be (the
    inputs of a rate: gross profit and revenue of the quarter before)."""
    wanted = replace(wanted, metric=name, unit=get_metric(name).unit, basis=None)
    return [d for sf in discipline.standing(facts) if sf.fact.metric == name
            and sf.fact.unit == wanted.unit and match.entity_matches(wanted, sf.fact.entity)
            and (d := quarter_before(sf, facts, wanted)) is not None]


def first_derived(current: list[StoredFact], facts: list[StoredFact],
                  wanted: match.Wanted) -> DerivedQuarter | None:
    """The quarter before the latest filing's figure of ``current`` that lets it be derived."""
    return next((d for sf in reversed(current)
                 if (d := quarter_before(sf, facts, wanted)) is not None), None)


def judge_difference(claim: Claim, derived: DerivedQuarter, now: Decimal,
                     evidence: tuple[Evidence, ...], label: str) -> Verification:
    """A change in an amount against the quarter before, that quarter derived: ``now`` (the
    quarter's figure as filed) less the derived quarter."""
    filed = now - derived.value
    evidence = tuple(dict.fromkeys(evidence + derived.evidence))
    return Verification(claim, "supported" if fits(claim, filed) else "drifted",
                        filed_value=filed, delta=claim.value - filed, evidence=evidence,
                        arithmetic=f"{derived.shown(label)}; {fmt(now)} - {fmt(derived.value)} "
                                   f"= {fmt(filed)}")


def growth_over_derived(claim: Claim, current: list[StoredFact], facts: list[StoredFact],
                        base: match.Wanted, rounded) -> Verification | None:
    """A growth rate against the quarter before, that quarter derived (``quarter_before``) in
    the filing of this period's figure; None when no filing lets it be derived."""
    derived = [d for sf in current if (d := quarter_before(sf, facts, base)) is not None
               and d.value > 0]
    if not derived:
        return None

    def rate(d: DerivedQuarter):
        return (d.current.fact.value / d.value - 1) * 100
    relied = ([d for d in derived if fits(claim, rate(d))] or derived)[-1]
    value = rate(relied)
    shown = (f"{relied.shown(base.period_label or 'the quarter before')}; "
             f"{fmt(relied.current.fact.value)} / {fmt(relied.value)} - 1 = {rounded(value)}%")
    return Verification(claim, "supported" if fits(claim, value) else "drifted",
                        filed_value=rounded(value), delta=rounded(claim.value - value),
                        evidence=relied.evidence, arithmetic=shown)


# Words right after a growth rate that compare it with something the verifier does not date
# ("up 10% from $2.3 billion", "more than the company's"): the rate is not left without a base.
_COMPARED_AHEAD = re.compile(r"^[\s,)]*(?:\w+\s+){0,2}(?:from|over|versus|vs\.?|than|"
                             r"compared\s+(?:with|to)|against)\b", re.I)


# Any word of a year or a basis in the sentence ("up just under N% on an annual basis", an
# article on a device maker's quarter): the rate may be measured over a year, so it has a base
_YEARLY = re.compile(r"\b(?:annual(?:ly|ized)?|years?|yearly|basis|y/y|yoy)\b", re.I)


def names_a_year_basis(sentence: str) -> bool:
    """Whether a sentence's words make its change a yearly one ("annual", "y/y", "basis")."""
    return bool(_YEARLY.search(sentence))


def quarter_reading(claim: Claim, current: list[StoredFact], facts: list[StoredFact],
                    base: str, rounded) -> Verification | None:
    """A growth rate whose sentence names no base at all ("net interest income of $X billion,
    up N%", a local paper on a bank's quarter, whose release prints the change against the linked
    quarter; a sentence naming a year-ago base for another figure lends it that base) when the
    year earlier does not bear it out: supported when the quarter before does (as filed beside
    this quarter, or derived), else None (the year earlier's verdict stands). A rate said once
    is one change; either filed comparison is what it may mean."""
    own = bases.period_of(claim)
    start = claim.sentence_at
    if (own is None or own.kind != "quarter" or start < 0
            or _COMPARED_AHEAD.match(claim.sentence[start + len(claim.text):])):
        return None
    if bases.names_any_base(claim.sentence):
        return _lent_base(claim, _quarter_before_reading(claim, own, current, facts, base,
                                                         rounded))
    if names_a_year_basis(claim.sentence):
        return None
    return _quarter_before_reading(claim, own, current, facts, base, rounded)


def _lent_base(claim: Claim, reading: Verification | None) -> Verification | None:
    """"Loans rose 24% from the year-ago quarter, while deposits were up 21%": the base named
    for one figure may be the other's too, or not. When the quarter before bears the rate out
    and the year earlier does not, neither reading is sure: unverifiable, never drifted."""
    if reading is None:
        return None
    return Verification(claim, "unverifiable", reason=(
        "a change whose own words name no base, in a sentence that names one for another "
        f"figure: the quarter before bears it out ({reading.arithmetic}), a year earlier does "
        "not; the article does not say which it means"))


def _quarter_before_reading(claim: Claim, own, current: list[StoredFact],
                            facts: list[StoredFact], base: str,
                            rounded) -> Verification | None:
    before = bases.quarter_before(own)
    wanted = match.Wanted(base, get_metric(base).unit, before.label, before.start, before.end,
                          claim.entity)
    prior = discipline.standing(match.find_candidates(facts, wanted))
    for now in reversed(current):
        then = [sf for sf in prior if sf.accession == now.accession]
        if (len({sf.fact.value for sf in then}) != 1 or then[0].fact.value <= 0 or any(
                sf.resolution not in _RESOLVED for sf in [now, *then])):
            continue  # none, two values, or a disputed reading: no rate to hold it to
        value = (now.fact.value / then[0].fact.value - 1) * 100
        if fits(claim, value):
            return Verification(
                claim, "supported", filed_value=rounded(value),
                delta=rounded(claim.value - value),
                evidence=(match.evidence_of(now), match.evidence_of(then[0])),
                arithmetic=(f"{UNBASED}: {fmt(now.fact.value)} / {fmt(then[0].fact.value)} "
                            f"({before.label}) - 1 = {rounded(value)}%"))
    derived = growth_over_derived(claim, current, facts, wanted, rounded)
    if derived is None or derived.verdict != "supported":
        return None
    # ("Second-quarter revenue grew 9%", a wire story on a beverage maker's 10-Q, whose year
    # over year was 5.7%): no filing prints the quarter before beside this one, so no filing
    # compares the two; a derived base that happens to bear out a rate whose words name none
    # does not pin it, and the year earlier that does not is no proof of a drift either
    return Verification(claim, "unverifiable", evidence=derived.evidence, reason=(
        "a change whose words name no base: a year earlier does not bear it out, and only the "
        f"quarter before, which no filing prints but its figures give, does ({derived.arithmetic})"
        "; the article does not say which it means"))


UNBASED = ("the article names no base; a year earlier does not bear the rate out, the quarter "
            "before does")
