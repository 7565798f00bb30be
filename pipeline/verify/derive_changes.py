"""Recomputed changes of amounts, with the arithmetic kept: the difference of two figures the
article quotes (or of one filing's two columns of the metric), a change in an amount against
the base the words name, the base period a growth rate's words name, and the period a growth
rate takes from the figure it is attached to. A rate's complement and a change of a rate in
points are ``derive_rates``'s.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.metrics import Metric, find_metric, get_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import amount_changes, derive, discipline, match, period_math
from pipeline.verify import change_bases as bases
from pipeline.verify import claims_changes as changes
from pipeline.verify import derive_quarters as quarters
from pipeline.verify.derive_rates import verify_complement, verify_points
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact


def verify_difference(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                      done: dict[str, Verification]) -> Verification:
    """The figure the sentence is about less the base after 'than', each as filed: both must be
    pinned to one filed figure (supported or drifted), or the difference is not recomputed."""
    first, second = _compared(claim, claims)
    # ("$17.7 billion for 2021, a $4.4 billion increase": a whole year's change that names no
    # base is against the year before, as the branch below takes it with no level quoted)
    if first is not None and second is None and amount_changes.year_back(claim):
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
    if index is None or claim.sentence_at >= 0 and changes.is_base(
            claim.sentence[:claim.sentence_at]):
        # ("rose 30% to $4.6 billion, compared with 54% growth in the fourth quarter": a rate
        # that is a comparison's base grew in another period than the level before it)
        return None
    neighbours = [claims[j] for j in (index + 1, index - 1) if 0 <= j < len(claims)]
    for c in neighbours:
        # ("up 6% from $909 million": the figure after the rate is its base, a year before the
        # period that grew; dated by it, a trade paper's year-on-year rise was set against the
        # year before that one and drifted)
        if c.sentence == claim.sentence and fits(c) and not (
                c.span[0] > claim.span[0] and c.sentence_at >= 0
                and changes.is_base(c.sentence[:c.sentence_at])):
            return done[c.claim_id].evidence[0]
    # ("net income of $964 million, equal to $2.03 per share, up 6% from $909 million": the
    # level is the sentence's earlier figure of what grew, its per-share amount between)
    earlier = [c for c in claims[:index] if c.sentence == claim.sentence and c.sentence_at >= 0
               and not changes.is_base(c.sentence[:c.sentence_at])]
    level = next((c for c in reversed(earlier) if fits(c)), None)
    if level is not None:
        return done[level.claim_id].evidence[0]
    if claim.period_label is None:
        return None  # no period named at all: only the figure it is attached to dates it
    for c in reversed(claims[:index]):
        if c.period_label == claim.period_label and fits(c):
            return done[c.claim_id].evidence[0]
    return None


# How each kind of derivation this module and derive_rates own is recomputed (added to
# derive.RECIPES).
RECIPES = {"complement": verify_complement, "points": verify_points,
           "difference": verify_difference}


# "Cash rose 10%" in a story on a quarter: a balance's change within a year is as often measured
# from the year's start (a 10-Q's balance sheet prints the year-end beside the quarter's end)
# as from a year earlier; the balances a year apart decide only when they bear the rate out
_YEAR_DAYS = 300


def balance_growth_unsure(judged: Verification, base: str) -> Verification | None:
    """Unverifiable in place of a drifted growth of a balance over a span shorter than a year
    (whose base day is not said); None when the rate is no balance's or the span a year."""
    row = find_metric(base)
    claim = judged.claim
    if row is None or not row.is_balance or (
            claim.period_start is not None and claim.period_end is not None
            and (claim.period_end - claim.period_start).days >= _YEAR_DAYS):
        return None
    return Verification(claim, "unverifiable", reason=(
        f"{base} is a balance: its change in a part of a year may be measured from the year's "
        f"start or from a year earlier, and the words do not say which; the filed balances a "
        f"year apart give {judged.arithmetic or judged.filed_value}"))
