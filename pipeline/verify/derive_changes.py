"""Recomputed changes, with the arithmetic kept: a rate's complement (operating ratio = 100 -
operating margin), a change of a rate in points over a year, the difference of two figures the
article quotes, and the period a growth rate takes from the figure it is attached to.

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
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import amount_changes, derive, discipline, match, period_math, tolerance
from pipeline.verify import change_bases as bases
from pipeline.verify import claims_changes as changes
from pipeline.verify import derive_quarters as quarters
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact


def verify_complement(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                      done: dict[str, Verification]) -> Verification:
    """100 - 100 x first / second from one filing (operating ratio from operating income and
    revenue)."""
    top_name, top = derive._candidates(claim, facts, row.derivation.inputs[0])
    _, bottom = derive._candidates(claim, facts, row.derivation.inputs[1])
    pairs = derive._same_filing_pairs(bottom, top)
    if not pairs:
        return match.unverifiable(claim, facts, derive._wanted(claim, top_name),
                                  f"; {row.name.replace('_', ' ')} is recomputed as "
                                  f"{row.derivation.formula}")

    def rate(pair):
        return 100 - pair[1].fact.value / pair[0].fact.value * 100

    def show(pair):
        low, high = fmt(pair[1].fact.value), fmt(pair[0].fact.value)
        return f"({high} - {low}) / {high} = {derive._round(rate(pair))}%"
    return derive._judge_pairs(claim, pairs, rate, show, facts)


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
        return Verification(claim, "unverifiable", reason=(
            "a change in points with no period stated: searched nothing, the article does not "
            "say which period's rate changed"))
    periods = bases.base_of(claim)
    if periods is not None and (refused := bases.base_refusal(
            period_math.dated(claim, periods[0]), periods[1])):
        return Verification(claim, "unverifiable", reason=refused)
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
    filed = exact if fits(claim, exact, _loose(claim, places)) else rounded
    verdict = "supported" if fitting else "drifted"
    return Verification(claim, verdict, filed_value=derive._round(filed),
                        delta=derive._round(claim.value - filed),
                        evidence=now_level.evidence + prior_level.evidence, arithmetic=shown)


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
    return fits(claim, now.value - prior.value, loose) or fits(claim, rounded, loose)


def _loose(claim: Claim, places: int) -> Decimal:
    return max(tolerance.claim_tolerance(claim), _half_unit(places))


def _half_unit(places: int) -> Decimal:
    return Decimal(5).scaleb(-places - 1)


def verify_difference(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                      done: dict[str, Verification]) -> Verification:
    """The figure the sentence is about less the base after 'than', each as filed: both must be
    pinned to one filed figure (supported or drifted), or the difference is not recomputed."""
    first, second = _compared(claim, claims)
    if first is not None and second is None and _over_a_year(claim):
        return _change_from(claim, first, facts, done, None)
    if first is None and second is None and (own := bases.period_of(claim)) is not None and (
            amount_changes.year_back(claim)):
        # "revenue ... marked a $1.2 billion annual drop": the metric's two periods, a year apart
        return replace(_between_periods(claim, period_math.shifted(own, years=-1), facts),
                       claim=claim)
    if second is None and (periods := bases.base_of(claim)) is not None:
        own, base = periods
        dated = period_math.dated(claim, own)
        if (refused := bases.base_refusal(dated, base)):
            return Verification(claim, "unverifiable", reason=refused)
        if first is not None:  # its own figure, whoever it is about (a segment's revenue)
            return _change_from(claim, first, facts, done, base)
        return replace(_between_periods(dated, base, facts), claim=claim)
    if first is None or second is None:
        return Verification(claim, "unverifiable", reason=amount_changes.unquoted_reason(claim))
    pinned = [(c, done.get(c.claim_id)) for c in (first, second)]
    loose = [(c, v) for c, v in pinned if not _pinned(v)]
    if loose:
        c, v = loose[0]
        why = v.reason if v is not None and v.reason else "no verdict"
        return Verification(claim, "unverifiable", reason=(
            f"a difference of {first.text} and {second.text}: {c.text} is not pinned to one "
            f"filed figure ({v.verdict if v else 'unread'}: {why[:200]})"))
    a, b = pinned[0][1], pinned[1][1]
    filed = a.filed_value - b.filed_value
    return Verification(
        claim, "supported" if fits(claim, filed) else "drifted", filed_value=filed,
        delta=claim.value - filed, evidence=a.evidence + b.evidence,
        arithmetic=f"{fmt(a.filed_value)} - {fmt(b.filed_value)} = "
                   f"{fmt(filed)}")


def growth_base(claim: Claim, wanted: match.Wanted) -> tuple[match.Wanted | None, str | None]:
    """(``wanted`` in the base period a growth rate's words name, why that base is refused):
    '(0.1 percent) higher than the fourth quarter of 2020', 'up 2% sequentially' (the quarter
    before); (None, None) when they name none (the same period a year earlier is the base)."""
    periods = bases.base_of(claim)  # "up 5% sequentially": the quarter before
    if periods is None:
        return None, None
    base = periods[1]
    refused = bases.base_refusal(period_math.dated(claim, periods[0]), base)
    if refused:
        return None, refused
    return replace(wanted, period_label=base.label, period_start=base.start,
                   period_end=base.end), None


def _between_periods(claim: Claim, base: PeriodPhrase, facts: list[StoredFact]) -> Verification:
    """'Average total loans for the fourth quarter of 2021 were $447 million higher than the
    fourth quarter of 2020': the claim's metric (its basis) in its period less the same metric
    in the base period, both as one filing states them (a release prints both columns)."""
    row = get_metric(claim.basis)
    now_wanted = match.Wanted(claim.basis, row.unit, claim.period_label, claim.period_start,
                              claim.period_end, claim.entity)
    base_wanted = replace(now_wanted, period_label=base.label, period_start=base.start,
                          period_end=base.end)
    now = discipline.standing(match.find_candidates(facts, now_wanted))
    then = discipline.standing(match.find_candidates(facts, base_wanted))
    pairs = [(a, b) for a, b in derive._same_filing_pairs(then, now)
             if _same_length(a, match.evidence_of(b))]
    if not pairs and (derived := quarters.first_derived(now, facts, base_wanted)) is not None:
        return quarters.judge_difference(claim, derived, derived.current.fact.value,
                                         (), base.label)
    if not pairs:
        return match.unverifiable(claim, facts, base_wanted if now else now_wanted, (
            f"; a difference of {claim.basis} is recomputed from {claim.basis} in "
            f"{claim.period_label} and in {base.label}, as one filing states both"))

    def difference(pair):
        return pair[1].fact.value - pair[0].fact.value

    def show(pair):
        return (f"{fmt(pair[1].fact.value)} ({claim.period_label}) - "
                f"{fmt(pair[0].fact.value)} ({base.label}) = "
                f"{fmt(difference(pair))}")
    return derive._judge_pairs(claim, pairs, difference, show, facts)


def _over_a_year(claim: Claim) -> bool:
    return amount_changes.base_named(claim) == bases.YEAR  # "up $978 million from a year ago"


def _change_from(claim: Claim, first: Claim, facts: list[StoredFact],
                 done: dict[str, Verification], base: PeriodPhrase | None) -> Verification:
    """'net income was $3.13 billion, up $978 million from a year earlier' ('... from the
    prior quarter'): the quoted figure as filed, less the same figure (metric and entity) in
    the base period (``base``; None: a year earlier) in the same filing."""
    pinned = done.get(first.claim_id)
    words = "a year earlier" if base is None else base.label
    if not _pinned(pinned):
        return Verification(claim, "unverifiable", reason=(
            f"a change of {first.text} against {words}, which is not pinned to one filed "
            "figure"))
    now = pinned.evidence[0]
    earlier = [sf for sf in discipline.standing(facts) if sf.accession == now.accession
               and sf.fact.metric == now.metric and sf.fact.entity == now.entity
               and sf.fact.period_end is not None and now.period_end is not None
               and _in_base(sf, now.period_end, base) and _same_length(sf, now)]
    values = {sf.fact.value for sf in earlier}
    if not values and base is not None and (derived := quarters.first_derived(
            [sf for sf in facts if sf.fact_id == now.fact_id], facts,
            match.Wanted(now.metric, now.unit, base.label, base.start, base.end, now.entity))):
        return quarters.judge_difference(claim, derived, pinned.filed_value, pinned.evidence,
                                         words)
    if len(values) != 1:
        return Verification(claim, "unverifiable", reason=(
            f"a change of {first.text} against {words}: the {now.form} filed "
            f"{now.filed_date} states {len(values)} values of {now.metric} for it"))
    then = earlier[0]
    filed = pinned.filed_value - then.fact.value
    return Verification(
        claim, "supported" if fits(claim, filed) else "drifted", filed_value=filed,
        delta=claim.value - filed, evidence=pinned.evidence + (match.evidence_of(then),),
        arithmetic=f"{fmt(pinned.filed_value)} - {fmt(then.fact.value)} "
                   f"({words}) = {fmt(filed)}")


def _in_base(sf: StoredFact, end: date, base: PeriodPhrase | None) -> bool:
    if base is None:
        return 350 <= (end - sf.fact.period_end).days <= 380
    return abs((base.end - sf.fact.period_end).days) <= 4


def _same_length(sf: StoredFact, evidence: Evidence) -> bool:
    if sf.fact.period_start is None or evidence.period_start is None:
        return sf.fact.period_start is None and evidence.period_start is None
    return abs((sf.fact.period_end - sf.fact.period_start).days
               - (evidence.period_end - evidence.period_start).days) <= 10


def _compared(claim: Claim, claims: list[Claim]) -> tuple[Claim | None, Claim | None]:
    """(the figure the difference is about, the base after 'than') in the claim's sentence."""
    in_sentence = [c for c in claims if c.sentence == claim.sentence]
    same = [c for c in in_sentence if c.metric == claim.basis and c.value is not None
            and c.not_checkable_reason is None]
    before = [c for c in same if c.span[0] < claim.span[0]
              and not changes.is_base(claim.sentence[:_place(c, in_sentence)])]
    # the base is a figure the words compare with ("than the $1,519 million"), never the level
    # the change reached ("by $5 billion, or 2%, to $250 billion")
    after = [c for c in same if c.span[0] > claim.span[0]
             and changes.is_base(claim.sentence[:_place(c, in_sentence)])]
    return (before[-1] if before else None), (after[0] if after else None)


def _place(claim: Claim, in_sentence: list[Claim]) -> int:
    """Where ``claim`` starts in its sentence: the occurrence of its text that its rank among
    the sentence's claims of the same text names."""
    rank = sum(1 for c in in_sentence if c.text == claim.text and c.span[0] < claim.span[0])
    at = -1
    for _ in range(rank + 1):
        at = claim.sentence.find(claim.text, at + 1)
    return max(at, 0)


def _pinned(verification: Verification | None) -> bool:
    return (verification is not None and verification.verdict in ("supported", "drifted")
            and verification.filed_value is not None and len(verification.evidence) == 1)


def attached_period(claim: Claim, claims: list[Claim],
                    done: dict[str, Verification]) -> Evidence | None:
    """The filed period of the figure a growth rate is attached to ('revenue jumped 77% to
    $204.3 million', '$685 million, up 20%'), or of the nearest earlier figure of what grew
    with the same undated period (the period carried to it): its verdict pinned it to one filed
    figure, whose period the rate then takes."""
    row = get_metric(claim.metric)
    grew = claim.basis or row.derivation.inputs[0][0]

    def fits(c: Claim) -> bool:
        return c.metric == grew and c.entity == claim.entity and _pinned(done.get(c.claim_id))
    index = next((i for i, c in enumerate(claims) if c.claim_id == claim.claim_id), None)
    if index is None:
        return None
    neighbours = [claims[j] for j in (index + 1, index - 1) if 0 <= j < len(claims)]
    for c in neighbours:
        if c.sentence == claim.sentence and fits(c):
            return done[c.claim_id].evidence[0]
    if claim.period_label is None:
        return None  # no period named at all: only the figure it is attached to dates it
    for c in reversed(claims[:index]):
        if c.period_label == claim.period_label and fits(c):
            return done[c.claim_id].evidence[0]
    return None


# How each kind of derivation this module owns is recomputed (added to derive.RECIPES).
RECIPES = {"complement": verify_complement, "points": verify_points,
           "difference": verify_difference}
