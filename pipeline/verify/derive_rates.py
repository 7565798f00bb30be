"""Recomputed rates, with the arithmetic kept: a rate's complement (operating ratio = 100 -
operating margin), a rate's level in a period (recomputed from its inputs filing by filing, or
as a filing states it), and a change of a rate in points over a year or against the base the
article names. Differences of amounts and the period a growth rate takes are
``derive_changes``'s.

A change in points is recomputed from the two levels as the filer rounds them: each level at
the precision the article gives the change ("1.0 point": 59.0% and 60.0%, so 1.0), and the
exact difference too; either bears the claim out (the company's own text subtracts its rounded
levels, Union Pacific's 59.0 vs 60.0 where the exact rates are 58.97 and 60.05).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from core.metrics import Metric, get_metric
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import change_bases as bases
from pipeline.verify import derive, discipline, match, period_math, tolerance
from pipeline.verify import derive_quarters as quarters
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact


def verify_complement(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                      done: dict[str, Verification]) -> Verification:
    """100 - 100 x first / second from one filing (operating ratio from operating income and
    revenue)."""
    top_name, top = derive._candidates(claim, facts, row.derivation.inputs[0])
    _, bottom = derive._candidates(claim, facts, row.derivation.inputs[1])
    # (an undated ratio: "the operating ratio improved to 59.0% from 60.0%", a recap of a
    # railroad's quarter, whose base was recomputed across two years and drifted)
    pairs = derive.rate_pairs(claim, bottom, top)
    if not pairs:
        return match.unverifiable(claim, facts, derive._wanted(claim, top_name),
                                  f"; {row.name.replace('_', ' ')} is recomputed as "
                                  f"{row.derivation.formula}")

    def rate(pair):
        return 100 - pair[1].fact.value / pair[0].fact.value * 100

    def show(pair):
        low, high = fmt(pair[1].fact.value), fmt(pair[0].fact.value)
        return f"({high} - {low}) / {high} = {derive._round(rate(pair))}%"
    unpinned = discipline.unpinned_ratio(claim, pairs, lambda pair: fits(claim, rate(pair)))
    return unpinned or derive._judge_pairs(claim, pairs, rate, show, facts)


@dataclass(frozen=True)
class Level:
    """A rate in one period, read or recomputed from one filing."""

    value: Decimal
    evidence: tuple[Evidence, ...]
    shown: str
    accession: str
    filed: date
    end: date


def levels(rate: str, wanted: match.Wanted, facts: list[StoredFact]) -> list[Level]:
    """The rate in the wanted period: recomputed from its inputs filing by filing, and as a
    filing states it (a gross margin printed in MD&A)."""
    row = get_metric(rate)
    out: list[Level] = []
    kind = row.derivation.kind if row.derivation else None
    if kind in ("ratio", "complement"):
        tops = _first_stated(row.derivation.inputs[0], wanted, facts)
        bottoms = _first_stated(row.derivation.inputs[1], wanted, facts)
        for bottom, top in derive._same_filing_pairs(bottoms, tops):
            value = top.fact.value / bottom.fact.value * 100
            value = 100 - value if kind == "complement" else value
            formula = (f"{fmt(top.fact.value)} / {fmt(bottom.fact.value)}"
                       if kind == "ratio" else
                       f"1 - {fmt(top.fact.value)} / {fmt(bottom.fact.value)}")
            out.append(Level(value, (match.evidence_of(top), match.evidence_of(bottom)),
                             formula, top.accession, top.filed_date or date.min,
                             top.fact.period_end))
    if not out and kind in ("ratio", "complement"):
        out = _derived_levels(row, wanted, facts)
    if row.is_stored:
        stated = discipline.standing(match.find_candidates(facts, replace(
            wanted, metric=rate, unit=row.unit)))
        out += [Level(sf.fact.value, (match.evidence_of(sf),), f"stated {fmt(sf.fact.value)}",
                      sf.accession, sf.filed_date or date.min, sf.fact.period_end)
                for sf in stated if sf.fact.period_end is not None]
    return out


def _derived_levels(row: Metric, wanted: match.Wanted, facts: list[StoredFact]) -> list[Level]:
    """The rate in a quarter no filing prints, from its inputs each derived in one filing as
    the half year less the quarter after (``derive_quarters``)."""
    kind, (tops, bottoms) = row.derivation.kind, row.derivation.inputs
    out: list[Level] = []
    for top in quarters.derived_for(tops[0], wanted, facts):
        for bottom in quarters.derived_for(bottoms[0], wanted, facts):
            if bottom.current.accession != top.current.accession or bottom.value <= 0:
                continue
            value = top.value / bottom.value * 100
            value = 100 - value if kind == "complement" else value
            shown = (f"{top.shown(wanted.period_label or 'the quarter before')}; "
                     f"{bottom.shown(wanted.period_label or 'the quarter before')}; "
                     f"{'1 - ' if kind == 'complement' else ''}{fmt(top.value)} / "
                     f"{fmt(bottom.value)}")
            out.append(Level(value, top.evidence + bottom.evidence, shown,
                             top.current.accession, top.current.filed_date or date.min,
                             top.current.fact.period_start - timedelta(days=1)))
    return out


def _first_stated(names: tuple[str, ...], wanted: match.Wanted,
                  facts: list[StoredFact]) -> list[StoredFact]:
    for name in names:
        found = discipline.standing(match.find_candidates(facts, replace(
            wanted, metric=name, unit=get_metric(name).unit, basis=None)))
        if found:
            return found
    return []


def verify_points(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                  done: dict[str, Verification]) -> Verification:
    """This period's rate less the same period's rate a year earlier, or the preceding
    quarter's when the article says so ('on a linked quarter basis'), from one filing."""
    rate = claim.basis
    if claim.period_end is None:
        return _undated_points(claim, row, facts, claims, done)
    periods = bases.base_of(claim)
    if periods is not None and (refused := bases.base_refusal(
            period_math.dated(claim, periods[0]), periods[1])):
        return Verification(claim, "unverifiable", reason=refused)
    judged = _points(claim, rate, periods, facts)
    if periods is None and judged.verdict == "drifted":
        return _linked_quarter(claim, rate, facts) or judged
    return judged


def _points(claim: Claim, rate: str, periods: tuple | None,
            facts: list[StoredFact]) -> Verification:
    """The change in points against ``periods``' base (a year earlier when None)."""
    now_wanted, prior_wanted, apart, earlier = _compared_periods(claim, rate, periods)
    now, prior = levels(rate, now_wanted, facts), levels(rate, prior_wanted, facts)
    pairs = [(b, a) for a in now for b in prior if a.accession == b.accession
             and apart[0] <= (a.end - b.end).days <= apart[1]]
    if not pairs:
        missing = prior_wanted if now else now_wanted
        return match.unverifiable(claim, facts, missing, (
            f"; a change in points of {rate} is recomputed from {rate} in the period and "
            f"{earlier}"))
    places = _places(claim)
    fitting = [p for p in pairs if _fits(claim, p, places)]
    prior_level, now_level = (fitting or sorted(pairs, key=lambda p: p[1].filed))[-1]
    exact = now_level.value - prior_level.value
    rounded = _at(now_level.value, places) - _at(prior_level.value, places)
    shown = (f"{rate}: {now_level.shown} = {_at(now_level.value, places)}%, {earlier} "
             f"{prior_level.shown} = {_at(prior_level.value, places)}%; change "
             f"{rounded} points (exactly {derive._round(exact)})")
    filed = exact if fits(claim, exact, _loose(claim, places), claim_rounds=True) else rounded
    verdict = "supported" if fitting else "drifted"
    return Verification(claim, verdict, filed_value=derive._round(filed),
                        delta=derive._round(claim.value - filed),
                        evidence=now_level.evidence + prior_level.evidence, arithmetic=shown)


_POINTS_UNIT = re.compile(r"\bbasis[- ]points?\b", re.I)


def _linked_quarter(claim: Claim, rate: str, facts: list[StoredFact]) -> Verification | None:
    """A quarter's change in points whose sentence names no base, which a year earlier does
    not bear out ("gross margin rose 11.9 points to 72.4%", a chipmaker's 10-Q printing the
    quarter before beside this one, where the year-over-year change was -2.7): judged as a
    growth rate with no base is (``derive_quarters.quarter_reading``), supported when the
    quarter before as a filing prints it bears it out, unverifiable when only a derived quarter
    does, else None (the year earlier's drift stands)."""
    own = bases.period_of(claim)
    # ("basis points" is the change's unit, not a yearly basis)
    if (own is None or own.kind != "quarter" or bases.names_any_base(claim.sentence)
            or quarters.names_a_year_basis(_POINTS_UNIT.sub(" ", claim.sentence))):
        return None
    found = _points(claim, rate, (own, bases.quarter_before(own)), facts)
    if found.verdict != "supported":
        return None
    if all(bases.is_quarter_long(e.period_start, e.period_end) for e in found.evidence):
        return replace(found, arithmetic=f"{quarters.UNBASED}: {found.arithmetic}")
    return Verification(claim, "unverifiable", evidence=found.evidence, reason=(
        "a change in points whose words name no base: a year earlier does not bear it out, and "
        f"only the quarter before, which no filing prints but its figures give, does "
        f"({found.arithmetic})"))


def _undated_points(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                    done: dict[str, Verification]) -> Verification:
    """An undated change in points takes the period of the rate's level before it in its
    sentence, when that level's verdict pinned it to one filed period ("gross margin for the
    quarter was 47.7%, a decline of 80 basis points", a stock site's recap of a retailer's
    quarter whose 'quarter' bore no year), as an undated growth rate takes its figure's
    (``derive_changes.attached_period``). Read so, it is supported or unverifiable, never
    drifted: the level's period is the article's only by inference."""
    level = _level_period(claim, claims, done)
    if level is None:
        return Verification(claim, "unverifiable", reason=(
            "a change in points with no period stated: searched nothing, the article does not "
            "say which period's rate changed"))
    dated = replace(claim, period_label=period_math.months_label(*level),
                    period_start=level[0], period_end=level[1])
    found = replace(verify_points(dated, row, facts, claims, done), claim=claim)
    if found.verdict == "supported":
        return found
    return replace(found, verdict="unverifiable", gap=None, reason=(
        "a change in points with no period stated, dated by its rate's level before it, which "
        "it does not bear out there: " + (found.reason or found.arithmetic or "")))


def _level_period(claim: Claim, claims: list[Claim],
                  done: dict[str, Verification]) -> tuple[date, date] | None:
    """The one filed period of the last supported level of the changed rate before the change
    in its sentence (every fact of its evidence of that period), else None."""
    before = [c for c in claims if c.sentence == claim.sentence and c.span[0] < claim.span[0]]
    for level in reversed(before):
        if level.metric != claim.basis or level.entity != claim.entity:
            continue
        found = done.get(level.claim_id)
        spans = {(e.period_start, e.period_end) for e in found.evidence} if found else set()
        if found is None or found.verdict != "supported" or len(spans) != 1:
            return None
        start, end = spans.pop()
        return (start, end) if start is not None and end is not None else None
    return None


def _compared_periods(claim: Claim, rate: str, periods: tuple | None) -> tuple[
        match.Wanted, match.Wanted, tuple[int, int], str]:
    """(this period, the base period, the days between their ends, the base in words): the
    base the words name (``periods``: ``change_bases.base_of``'s own period and base: "from
    the third quarter of 2021", "on a linked quarter basis"), else a year earlier."""
    if periods is not None:
        own, base = periods
        words = "the preceding quarter" if base.label.startswith("3 months") else base.label
        return (match.Wanted(rate, "percent", own.label, own.start, own.end, claim.entity),
                match.Wanted(rate, "percent", base.label, base.start, base.end, claim.entity),
                (1, 10000), words)
    now = match.Wanted(rate, "percent", claim.period_label, claim.period_start,
                       claim.period_end, claim.entity)
    return now, derive._year_earlier(now), (350, 380), "a year earlier"


def _places(claim: Claim) -> int:
    """The decimals the article gives a change ('1.0 point': 1; '13 basis points': 2; '690
    basis points': 1, the change of two margins printed to one decimal, as '690' is written
    for 6.9 points)."""
    if claim.tolerance <= 0:
        return 2
    places = max(0, min(4, -claim.tolerance.normalize().as_tuple().exponent - 1))
    if _BASIS_POINTS.search(claim.text) and (claim.value * 100) % 10 == 0:
        return min(places, 1)
    return places


_BASIS_POINTS = re.compile(r"basis|bps?\b", re.I)


def _at(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _fits(claim: Claim, pair: tuple[Level, Level], places: int) -> bool:
    prior, now = pair
    rounded = _at(now.value, places) - _at(prior.value, places)
    # the article's own rounding of the change holds for the exact difference too: "90 basis
    # points" is written for 0.9 points (_places), which an exact 0.86 rounds to (a trade paper
    # on a department store's SG&A rate, whose levels round to 25.7% and 26.5%)
    loose = _loose(claim, places)
    # (the loose tolerance is the article's own writing: at a tie its figure is the rounded one)
    return (fits(claim, now.value - prior.value, loose, claim_rounds=True)
            or fits(claim, rounded, loose, claim_rounds=True))


def _loose(claim: Claim, places: int) -> Decimal:
    return max(tolerance.claim_tolerance(claim), _half_unit(places))


def _half_unit(places: int) -> Decimal:
    return Decimal(5).scaleb(-places - 1)
