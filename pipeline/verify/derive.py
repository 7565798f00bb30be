"""Claims the filings do not state but let us recompute, with the arithmetic kept.

gross margin = gross profit / revenue; growth = revenue / revenue a year earlier - 1;
midpoint = (low + high) / 2; market cap = the article's own price x shares; price/sales = market
cap / revenue. Inputs the article itself quotes (its price, its share count, its revenue) are
taken from those claims' own verifications, so a stale input makes the derived figure stale with
the newer inputs' values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from core.metrics import Metric, get_metric, names_where
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import discipline, earnings_readings, lines, match, period_math, sales_base
from pipeline.verify.carried_spans import carried_other_span
from pipeline.verify.derive_inputs import (
    MARKET_PRICED,
    Input,
    claimed_or_filed_input,
    no_filed_price,
    price_input,
    product_input,
    shares_input,
)
from pipeline.verify.rounded_inputs import no_drift_within_rounding
from pipeline.verify.stated_growth import part_sequential, stated_growth
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact

_SHOWN = Decimal("0.01")


def derived_metrics() -> tuple[str, ...]:
    """Metrics recomputed from filed ones: every registry row with a derivation."""
    return names_where("derived")


def verify_derived(claim: Claim, facts: list[StoredFact], claims: list[Claim],
                   done: dict[str, Verification]) -> Verification:
    """Recompute a derived claim by its row's recipe; ``done`` holds the verifications of the
    claims before it."""
    row = get_metric(claim.metric)
    if row.derivation.kind == "net_change":  # a count's net additions (count_changes)
        from pipeline.verify.count_changes import verify_count_change

        return verify_count_change(claim, row, facts, claims, done)
    recipe = RECIPES.get(row.derivation.kind) or _change_recipes()[row.derivation.kind]

    def judge(dated: Claim) -> Verification:
        judged = recipe(dated, row, sales_base.plain(facts), claims, done)
        return sales_base.over_either_base(dated, row, facts, judged,
                                           lambda swapped: recipe(dated, row, swapped, claims,
                                                                  done))
    # (a period only carried, and the rate fits the year to date ending that day: carried_spans)
    return carried_other_span(claim, judge(claim), facts, judge, list(done.values()))


def _change_recipes() -> dict:
    """The recipes of changes and differences (derive_changes builds on this module's
    helpers, so it is imported when first needed)."""
    from pipeline.verify import derive_changes

    return derive_changes.RECIPES


def _wanted(claim: Claim, metric: str) -> match.Wanted:
    """The claim's period and entity, for an input metric in that metric's own unit."""
    return match.Wanted.of(claim, metric, get_metric(metric).unit)


def _candidates(claim: Claim, facts: list[StoredFact], names: tuple[str, ...]):
    """(metric, facts) of the first of an operand's alternatives the filings state."""
    for name in names:
        found = discipline.standing(match.find_candidates(facts, _wanted(claim, name)))
        if found:
            return name, found
    return names[0], []


def verify_ratio(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                 done: dict[str, Verification]) -> Verification:
    """100 x first / second from one filing (gross margin = gross profit / revenue); a
    company rate that may be a part's is not drifted (derive_parts)."""
    from pipeline.verify.derive_parts import part_rate_unread

    return part_rate_unread(_ratio(claim, row, facts), claims, facts)


def _ratio(claim: Claim, row: Metric, facts: list[StoredFact]) -> Verification:
    top_name, top = _candidates(claim, facts, row.derivation.inputs[0])
    _, bottom = _candidates(claim, facts, row.derivation.inputs[1])
    pairs = rate_pairs(claim, bottom, top)
    if not pairs:
        if match.find_candidates(facts, match.Wanted.of(claim)):
            return match.verify_direct(claim, facts)  # the filing states the ratio itself
        return match.unverifiable(claim, facts, _wanted(claim, top_name),
                                  f"; {row.name.replace('_', ' ')} is recomputed as "
                                  f"{row.derivation.formula}")

    def ratio(pair):
        return pair[1].fact.value / pair[0].fact.value * 100

    def show(pair):
        return f"{fmt(pair[1].fact.value)} / {fmt(pair[0].fact.value)} = " \
               f"{_round(ratio(pair))}%"
    unpinned = discipline.unpinned_ratio(claim, pairs, lambda pair: fits(claim, ratio(pair)))
    return unpinned or _judge_pairs(claim, pairs, ratio, show, facts)


def rate_pairs(claim: Claim, bottom: list[StoredFact], top: list[StoredFact]) -> list[tuple]:
    """A ratio's (bottom, top) inputs of one filing; of one period too when the article dates
    the rate by none (an undated "operating margin: 33.0%" was recomputed from one year's
    operating income over another year's revenue, and drifted)."""
    return (_same_period_pairs(bottom, top) if claim.period_end is None
            else _same_filing_pairs(bottom, top))


def _same_period_pairs(first: list[StoredFact], second: list[StoredFact]) -> list[tuple]:
    """(a, b) pairs of one filing and one period, oldest filing first."""
    pairs = [(a, b) for a in first for b in second if a.accession == b.accession
             and (a.fact.period_start, a.fact.period_end) == (b.fact.period_start,
                                                            b.fact.period_end)]
    return sorted(pairs, key=lambda p: match.filing_order(p[0]))


def verify_growth(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                  done: dict[str, Verification]) -> Verification:
    """This period over the same period a year earlier, less 1, from one filing ("net income
    rose 5%" may be the common shareholders' line: lines.py); an undated rate takes its figure's
    period, else the one period the filings report (undated_growth)."""
    if claim.period_end is None:
        from pipeline.verify.derive_changes import attached_period
        from pipeline.verify.undated_growth import reported_growth
        level = attached_period(claim, claims, done)
        if level is None:
            return reported_growth(claim, facts, lambda dated: verify_growth(
                dated, row, facts, claims, done)) or Verification(claim, "unverifiable", reason=(
                "a growth rate with no period stated: searched nothing, the article does not "
                "say which period grew, and no figure of what grew pins it"))
        # (labelled: a base its words name is read from it, "rose 35% sequentially to $X")
        dated = replace(claim, period_label=period_math.months_label(level.period_start,
                                                                     level.period_end),
                        period_start=level.period_start, period_end=level.period_end)
        return replace(verify_growth(dated, row, facts, claims, done), claim=claim)
    if claim.readings:  # a bare "earnings": every line its words may mean (earnings_readings)
        return _each_reading(claim, row, facts, claims, done)
    stated = stated_growth(claim, facts)  # the filer's own words for a part's growth
    if stated is not None:
        return stated
    from pipeline.verify.balance_growth import quoted_balance_growth  # "to $A from $B, -6.5%"
    own = quoted_balance_growth(claim, row, claims, done) or _growth(claim, row, facts)
    own = part_sequential(claim, own, facts)  # "<Name> Data Center revenue grew 17% sequentially"
    base = claim.basis or row.derivation.inputs[0][0]
    others = lines.meant(claim, lines.quoted_as().get(base, ()))
    named = lines.named_other(claim, others)  # "consolidated net income rose 33%"
    grown = named and _growth(replace(claim, basis=named), row, facts)
    if grown and grown.verdict != "unverifiable":  # that line's growth, where it is filed
        return lines.on_named_other(claim, own, grown)
    if not others or not lines.tries_others(own, base):
        return own
    found = [_growth(replace(claim, basis=name), row, facts) for name in others]
    return lines.either_line(claim, own, found, [v.verdict != "unverifiable" for v in found])


def _each_reading(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                  done: dict[str, Verification]) -> Verification:
    """The rate recomputed under each reading of its words that the filings state."""
    stated = [name for name in claim.readings
              if discipline.standing(match.find_candidates(facts, _wanted(claim, name)))]
    if not stated or (claim.reading_pinned and stated[0] != claim.readings[0]):
        # none stated, or not the one the article points at: the first says what is missing
        stated = list(claim.readings[:1])
    verdicts = [(name, verify_growth(replace(claim, basis=name, readings=()), row, facts,
                                     claims, done)) for name in stated]
    return earnings_readings.judge(claim, verdicts)


def _growth(claim: Claim, row: Metric, facts: list[StoredFact]) -> Verification:
    # what grew: the row's own input (revenue) unless the article names another figure
    base = claim.basis or row.derivation.inputs[0][0]
    # an overruled reading is never an input; the two periods are a year apart
    current = discipline.standing(match.find_candidates(facts, _wanted(claim, base)))
    from pipeline.verify.derive_changes import growth_base  # "higher than the third quarter"

    stated, refused = growth_base(claim, _wanted(claim, base))
    if refused:
        return Verification(claim, "unverifiable", reason=refused)
    prior_wanted = stated or _year_earlier(_wanted(claim, base))
    prior = discipline.standing(match.find_candidates(facts, prior_wanted,
                                                      both_readings=stated is None))
    pairs = [(a, b) for a, b in _same_filing_pairs(prior, current) if stated or _year_apart(a, b)]
    if not pairs and stated is not None:  # the quarter before, as the half less this quarter
        from pipeline.verify.derive_quarters import growth_over_derived

        derived = growth_over_derived(claim, current, facts, stated, _round)
        if derived is not None:
            return derived
    if not pairs:
        return match.unverifiable(claim, facts, prior_wanted,
                                  f"; growth is recomputed from {base} and {base} "
                                  f"{'in ' + stated.period_label if stated else 'a year earlier'}")

    def ratio(pair):
        return (pair[1].fact.value / pair[0].fact.value - 1) * 100

    def show(pair):
        return f"{fmt(pair[1].fact.value)} / {fmt(pair[0].fact.value)} - 1 = " \
               f"{_round(ratio(pair))}%"
    judged = no_drift_within_rounding(discipline.no_drift_when_disputed(
        _judge_pairs(claim, pairs, ratio, show, facts), pairs), pairs)
    if judged.verdict == "drifted" and len({p[1].fact.period_end for p in pairs}) > 1:
        # the period named fits more than one filed period (a fiscal year or quarter a
        # filer's naming leaves ambiguous): which one the article means is unknown
        return replace(judged, verdict="unverifiable", gap=None, reason=(
            f"the fiscal period named may be either of two, and neither's growth is "
            f"{claim.text} ({judged.arithmetic or ''})"))
    if judged.verdict == "drifted" and stated is None:  # "up 10%", no base named
        from pipeline.verify.derive_changes import balance_growth_unsure
        from pipeline.verify.derive_quarters import quarter_reading

        return quarter_reading(claim, current, facts, base, _round) or (
            balance_growth_unsure(judged, base)) or judged
    return judged


def verify_midpoint(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                    done: dict[str, Verification]) -> Verification:
    """(low + high) / 2 from one filing; stale once a successor (the price) differs."""
    low_name, low = _candidates(claim, facts, row.derivation.inputs[0])
    _, high = _candidates(claim, facts, row.derivation.inputs[1])
    pairs = _same_filing_pairs(low, high)
    if not pairs:
        return match.verify_direct(claim, facts) if any(
            match.find_candidates(facts, match.Wanted.of(claim, name))
            for name in row.successors) else match.unverifiable(
            claim, facts, match.Wanted.of(claim, low_name))

    def mid(pair):
        return (pair[0].fact.value + pair[1].fact.value) / 2

    def show(pair):
        return f"({fmt(pair[0].fact.value)} + {fmt(pair[1].fact.value)}) / 2 = " \
               f"{fmt(mid(pair))}"
    verification = _judge_pairs(claim, pairs, mid, show)
    if verification.verdict != "supported":
        return verification
    relied = pairs[-1] if not any(match.cites(claim, p[0]) for p in pairs) else [
        p for p in pairs if match.cites(claim, p[0])][-1]
    successors = match.successor_facts(claim.metric, facts, relied[0].filed_date or date.min)
    if not successors:
        return verification
    last = match.latest_filing(successors)[0]
    if fits(claim, last.fact.value):
        return verification
    return _stale(verification, last.fact.value, (match.evidence_of(last),),
                  f"the {last.form} filed {last.filed_date} sets the price at "
                  f"{fmt(last.fact.value)}")


def verify_product(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                   done: dict[str, Verification]) -> Verification:
    """first x second (market cap = the article's price x a share count)."""
    prices, counts = row.derivation.inputs
    if no_filed_price(facts, prices):
        return Verification(claim, "unverifiable", reason=MARKET_PRICED)
    price = price_input(claim, claims, done, prices)
    if price is None:
        return Verification(claim, "unverifiable", reason=(
            "market capitalisation is price x shares, and the article gives no share price "
            "before this figure; searched its per-share claims"))
    if price.bound is not None:
        # "trades above $1,200 a share and a market capitalization north of $520B" (a
        # machine-written note on a streamer): a bound times a count is a bound
        return Verification(claim, "unverifiable", reason=(
            f"market capitalisation is price x shares, and the article's price is a bound "
            f"({price.bound} {fmt(price.value)}), so the product is one too"))
    shares = shares_input(claim, facts, claims, done, counts)
    if shares is None:
        return match.unverifiable(claim, facts, match.Wanted.of(
            claim, counts[0], get_metric(counts[0]).unit), "; no share count to multiply")
    filed = price.value * shares.value
    arithmetic = f"{fmt(price.value)} × {fmt(shares.value)} = {fmt(filed)}"
    newer = price.latest * shares.latest
    newer_text = f"{fmt(price.latest)} × {fmt(shares.latest)} = {fmt(newer)}"
    return _judge(claim, filed, newer, arithmetic, newer_text, (price, shares))


def verify_quotient(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                    done: dict[str, Verification]) -> Verification:
    """first / second (price/sales = market cap / revenue)."""
    tops, bottoms = row.derivation.inputs
    cap = product_input(claim, facts, claims, done, tops[0])
    revenue = claimed_or_filed_input(claim, facts, claims, done, bottoms[0])
    if cap is None or revenue is None:
        missing = "a market capitalisation (price x shares)" if cap is None else "revenue"
        return Verification(claim, "unverifiable", reason=(
            f"price/sales is market cap / revenue; found no {missing} to use, in the article's "
            "claims before this figure or in the filings"))
    filed = cap.value / revenue.value
    arithmetic = f"{fmt(cap.value)} / {fmt(revenue.value)} = {_round(filed)}"
    newer = cap.latest / revenue.latest
    newer_text = f"{fmt(cap.latest)} / {fmt(revenue.latest)} = {_round(newer)}"
    return _judge(claim, filed, newer, arithmetic, newer_text, (cap, revenue))


# How each kind of derivation (core.metrics.Derivation.kind) is recomputed.
RECIPES = {"ratio": verify_ratio, "growth": verify_growth, "midpoint": verify_midpoint,
           "product": verify_product, "quotient": verify_quotient}


def _same_filing_pairs(first: list[StoredFact], second: list[StoredFact]) -> list[tuple]:
    """(a, b) pairs read from the same filing, oldest filing first."""
    pairs = []
    for a in first:
        b = [sf for sf in second if sf.accession == a.accession and not _same_period(a, sf)]
        if b:  # a figure the filing prints in two tables pairs with its own table's
            pairs.append((a, next((sf for sf in b if _same_table(a, sf)), b[0])))
    return sorted(pairs, key=lambda p: match.filing_order(p[0]))


def _same_table(a: StoredFact, b: StoredFact) -> bool:
    tables = {(s.document, s.table) for s in a.fact.sources if s.table is not None}
    return any((s.document, s.table) in tables for s in b.fact.sources)


def _year_apart(a: StoredFact, b: StoredFact) -> bool:
    if a.fact.period_end is None or b.fact.period_end is None:
        return False
    return 350 <= (b.fact.period_end - a.fact.period_end).days <= 380


def _same_period(a: StoredFact, b: StoredFact) -> bool:
    """A fiscal year named two ways may find one period as both this year and last."""
    return (a.fact.period_start, a.fact.period_end) == (b.fact.period_start, b.fact.period_end) \
        and a.fact.metric == b.fact.metric


def _judge_pairs(claim: Claim, pairs: list[tuple], compute, show,
                 facts: list[StoredFact] = ()) -> Verification:
    """Verdict for a ratio of two facts of the same filing, relied-on filing first."""
    cited = [p for p in pairs if match.cites(claim, p[0])]
    agreeing = [p for p in pairs if fits(claim, compute(p))]
    relied = (cited or agreeing or pairs)[-1]
    value, last = compute(relied), pairs[-1]
    evidence = tuple(match.evidence_of(sf) for sf in relied)
    if not fits(claim, value):
        lines = [discipline.two_lines(claim, sf, facts) for sf in relied]
        return next((v for v in lines if v), None) or _recomputed(
            claim, "drifted", value, evidence, show(relied))
    newer = compute(last)
    if match.filing_order(last[0]) > match.filing_order(relied[0]) and not fits(claim, newer):
        return _recomputed(claim, "stale", value, evidence,
                           f"{show(relied)}; in the later filing: {show(last)}",
                           newer_value=_round(newer),
                           newer_evidence=tuple(match.evidence_of(sf) for sf in last))
    return _recomputed(claim, "supported", value, evidence, show(relied))


def _judge(claim: Claim, filed: Decimal, newer: Decimal, arithmetic: str, newer_text: str,
           inputs: tuple[Input, ...]) -> Verification:
    evidence = tuple(e for i in inputs for e in i.evidence)
    if not fits(claim, filed):
        return _recomputed(claim, "drifted", filed, evidence, arithmetic)
    if not any(i.newer_value is not None for i in inputs) or fits(claim, newer):
        return _recomputed(claim, "supported", filed, evidence, arithmetic)
    newer_evidence = tuple(e for i in inputs for e in i.latest_evidence)
    return _recomputed(claim, "stale", filed, evidence,
                       f"{arithmetic}; with the newer filings: {newer_text}",
                       newer_value=_round(newer), newer_evidence=newer_evidence,
                       reason="an input of this figure has been superseded by a later filing")


def _recomputed(claim: Claim, verdict: str, value: Decimal, evidence: tuple[Evidence, ...],
                arithmetic: str, **newer) -> Verification:
    """A derived claim's verdict: the recomputed value (shown rounded) and how it was reached."""
    return Verification(claim, verdict, filed_value=_round(value),
                        delta=_round(claim.value - value), evidence=evidence,
                        arithmetic=arithmetic, **newer)


def _stale(verification: Verification, newer: Decimal, evidence: tuple[Evidence, ...],
           reason: str) -> Verification:
    return replace(verification, verdict="stale", newer_value=newer, newer_evidence=evidence,
                   gap=None, reason=reason)


def _year_earlier(wanted: match.Wanted) -> match.Wanted:
    def back(d: date | None) -> date | None:
        if d is None:
            return None
        return d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else \
            d.replace(year=d.year - 1, day=28)
    label = wanted.period_label or ""
    if label.startswith("FY") and label[2:].isdigit():
        label = f"FY{int(label[2:]) - 1}"
    elif label[-4:].isdigit() and label[-5:-4] == " ":  # "Q2 2026", "fiscal 9M 2026"
        label = f"{label[:-4]}{int(label[-4:]) - 1}"
    return replace(wanted, period_label=label, period_start=back(wanted.period_start),
                   period_end=back(wanted.period_end))


def _round(value: Decimal) -> Decimal:
    """Ratios are shown to two decimals, half up as the articles round; money products are
    whole numbers already."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.quantize(_SHOWN, rounding=ROUND_HALF_UP)
