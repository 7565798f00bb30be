"""Find the filed facts a claim is about and reach a verdict with evidence.

A claim is compared with the filing it relies on: the one the article cites (form and date),
else the latest filing whose value agrees with it, else the latest filing that states the
figure. A supported claim is then checked against everything filed later: the same figure
restated, or a successor figure (the 424B4's price after the S-1/A's range, a later share count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from core.metrics import all_metrics, find_metric, names_where, projection
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import (
    claims_relative,
    discipline,
    fiscal,
    lines,
    period_fit,
    reasons,
    to_date_only,
)
from pipeline.verify.claims_entity import LARGEST_CUSTOMER, WITH_OPTION
from pipeline.verify.entities import same_entity, same_segment
from pipeline.verify.relettered import relettered
from pipeline.verify.tolerance import fits, fmt, round_figure, tolerance_for
from warehouse.records import StoredFact


@projection
def successors() -> dict[str, tuple[str, ...]]:
    """What a later filing reports in place of a figure once it is out of date, best first."""
    return {row.name: row.successors for row in all_metrics() if row.successors}


_TOTAL_ENTITIES = (None, "total", "Total")
_CITED_DATE_SLACK_DAYS = 3  # a prospectus is dated the day before it is filed


@dataclass(frozen=True)
class Wanted:
    """What to look for: a metric with the claim's period, entity and basis."""

    metric: str
    unit: str | None
    period_label: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    entity: str | None = None
    basis: str | None = None

    @classmethod
    def of(cls, claim: Claim, metric: str | None = None, unit: str | None = None) -> Wanted:
        return cls(metric or claim.metric, unit or claim.unit, claim.period_label,
                   claim.period_start, claim.period_end, claim.entity, claim.basis)

    def describe(self) -> str:
        parts = [self.metric, f"({self.unit})" if self.unit else ""]
        parts.append(f"for {self.period_label}" if self.period_label else "for any period")
        if self.entity:
            parts.append(f"of {self.entity}")
        return " ".join(p for p in parts if p)


def find_candidates(facts: list[StoredFact], wanted: Wanted,
                    both_readings: bool = False) -> list[StoredFact]:
    """Facts of the wanted metric, unit, period and entity, oldest filing first
    (``both_readings``: a balance's fiscal quarter in either naming, for a growth's base, which
    its pairing a year apart then pins)."""
    calendar = calendar_for(facts)
    found = _of_period(facts, wanted, calendar)
    if (not found or both_readings) and _named_either_way(
            wanted.metric, wanted.period_label) and fiscal.is_ambiguous(calendar):
        # a balance on a fiscal quarter's last day, of a year whose naming no filing showed
        # (it starts in February: named for the year it starts in, or the one it ends in):
        # when the first reading finds none, the other ("$63.4 billion in RPO in fiscal Q4
        # 2025" of a year ended January 2025); a mismatch is unverifiable (``named_twice``)
        found += [sf for sf in _of_period(facts, wanted, replace(calendar, offset=0))
                  if sf not in found]
    if wanted.entity == LARGEST_CUSTOMER:
        found = largest_per_filing(found)
    option_part = _row_field(wanted.metric, "option_part")
    if not found and option_part and wanted.entity == WITH_OPTION:
        found = with_option(facts, wanted.metric, option_part)
    return sorted(found, key=filing_order)


_CALENDAR_CACHE: list = [None, None]  # (facts list, its calendar): one article, many claims


def calendar_for(facts: list[StoredFact]) -> fiscal.FiscalCalendar:
    if _CALENDAR_CACHE[0] is not facts:
        _CALENDAR_CACHE[:] = [facts, fiscal.calendar_of(facts)]
    return _CALENDAR_CACHE[1]


def largest_per_filing(found: list[StoredFact]) -> list[StoredFact]:
    """'its largest customer': the top concentration figure of each filing and period."""
    best: dict[tuple, StoredFact] = {}
    for sf in found:
        key = (sf.accession, sf.fact.period_start, sf.fact.period_end)
        if key not in best or sf.fact.value > best[key].fact.value:
            best[key] = sf
    return list(best.values())


def with_option(facts: list[StoredFact], metric: str, part: str) -> list[StoredFact]:
    """Shares sold including the over-allotment option: the base offering (``metric``) plus
    the option (``part``), as one figure per filing (the filings state the two separately)."""
    out = []
    for sf in facts:
        if sf.fact.metric != metric or sf.fact.entity not in _TOTAL_ENTITIES:
            continue
        option = [o for o in facts if o.accession == sf.accession and o.fact.metric == part]
        if option:
            total = sf.fact.value + option[0].fact.value
            out.append(replace(sf, fact=replace(sf.fact, value=total, entity=WITH_OPTION)))
    return out


def _row_field(metric: str | None, field: str):
    """A field of the metric's registry row; None for a name no row has."""
    row = find_metric(metric)
    return getattr(row, field) if row is not None else None


def _about_customers(metric: str | None) -> bool:
    """A figure about one customer (concentration): no entity means any customer, not the
    company, and its basis (revenue or receivables) must agree."""
    return _row_field(metric, "entity") == "customer"


def filing_order(sf: StoredFact) -> tuple:
    return (sf.filed_date or date.min, sf.accession)


def entity_matches(wanted: Wanted, fact_entity: str | None) -> bool:
    if wanted.entity is None:
        return _about_customers(wanted.metric) or fact_entity in _TOTAL_ENTITIES
    if wanted.entity == LARGEST_CUSTOMER:
        return fact_entity is not None
    if fact_entity is None:
        return False
    if _row_field(wanted.metric, "entity") == "segment":  # a part: never one sharing a word
        return same_segment(wanted.entity, fact_entity)
    if _row_field(wanted.metric, "entity") is None:
        # a line whose parts are the filer's segments only (a bank's net income by line of
        # business): the part's words, as a segment's ("&" for "and", a plural)
        return same_segment(wanted.entity, fact_entity)
    return same_entity(wanted.entity, fact_entity)


def basis_matches(wanted: Wanted, fact_basis: str | None) -> bool:
    if not _about_customers(wanted.metric):
        return True
    return (fact_basis or "revenue") == (wanted.basis or "revenue")


def cites(claim: Claim, sf: StoredFact) -> bool:
    """Whether a fact comes from the filing the article names (form family and date)."""
    if not claim.cited_form:
        return False
    form, cited = sf.form.upper(), claim.cited_form.upper()
    same_form = form == cited or (cited in ("S-1", "F-1") and form.startswith(cited))
    same_form = same_form or (cited == "424B4" and form.startswith("424B"))
    if not same_form:
        return False
    if claim.cited_date is None or sf.filed_date is None:
        return True
    return abs((sf.filed_date - claim.cited_date).days) <= _CITED_DATE_SLACK_DAYS


def latest_filing(candidates: list[StoredFact]) -> list[StoredFact]:
    """The facts of the latest-filed filing among the candidates."""
    if not candidates:
        return []
    last = max(candidates, key=filing_order)
    return [sf for sf in candidates if sf.accession == last.accession]


def closest(facts: list[StoredFact], value: Decimal) -> StoredFact:
    return min(facts, key=lambda sf: (abs(sf.fact.value - value), sf.fact.is_conflict))


def choose_relied(claim: Claim, candidates: list[StoredFact],
                  check=None) -> tuple[list[StoredFact], str | None]:
    """The facts of the filing the claim relies on, and a note when the cited one is missing."""
    cited = [sf for sf in candidates if cites(claim, sf)]
    if cited:
        return latest_filing(cited), None
    note = None
    if claim.cited_form and claim.citation_scope != "article":  # an article-wide default
        # naturally misses figures from other filings; only a citation at the figure is noted
        when = f" of {claim.cited_date.isoformat()}" if claim.cited_date else ""
        note = (f"the article cites the {claim.cited_form}{when}, which holds no such fact; "
                "compared with the other filings")
    check = check or (lambda sf: fits(claim, sf.fact.value, tolerance_for(claim, sf)))
    matching = [sf for sf in candidates if check(sf)]
    return latest_filing(matching or candidates), note


def evidence_of(sf: StoredFact) -> Evidence:
    source = sf.fact.sources[0] if sf.fact.sources else None
    return Evidence(
        fact_id=sf.fact_id, accession=sf.accession, form=sf.form, filed_date=sf.filed_date,
        document_url=sf.document_url, locator=source.locator() if source else "",
        text=source.text if source else "", value=sf.fact.value, unit=sf.fact.unit,
        period_start=sf.fact.period_start, period_end=sf.fact.period_end,
        metric=sf.fact.metric, entity=sf.fact.entity,
    )


def verify_direct(claim: Claim, facts: list[StoredFact]) -> Verification:
    """Compare a claim with the filed fact it quotes, and with any other line its words may
    mean (``pipeline.verify.lines``)."""
    own = _verify_one(claim, facts)
    names = lines.meant(claim, lines.quoted_as().get(claim.metric or "", ()))
    named = lines.named_other(claim, names)
    if named and _stated(replace(claim, metric=named), facts):  # "consolidated net income"
        return lines.on_named_other(claim, own, _verify_one(replace(claim, metric=named), facts))
    if not names:
        return _drifted_alone(own)
    if not (own.verdict == "drifted" or own.verdict == "unverifiable"
                         and not _stated(claim, facts)):
        return own  # supported, stale, or unverifiable for another reason than a missing line
    others = [replace(claim, metric=name) for name in names]
    return lines.either_line(claim, own, [_verify_one(c, facts) for c in others],
                             [_stated(c, facts) for c in others])


def _drifted_alone(own: Verification) -> Verification:
    """A miss on a row that never drifts alone (``drifts_alone`` False) and that no other line
    backs is unverifiable: a dividend rate or buyback authorization the board set on another
    day is another act, not this figure misstated."""
    row = find_metric(own.claim.metric or "")
    if own.verdict != "drifted" or row is None or row.drifts_alone:
        return own
    why = row.why_not_alone or (f"{row.name} is set on a day, and the filings may not state "
                                "the one the article means")
    return Verification(own.claim, "unverifiable", evidence=own.evidence, reason=(
        f"{own.reason}; but {why}, so a different value is not a drift"))


def _unnamed_customer(claim: Claim, fact: StoredFact) -> Verification | None:
    """A share of revenue whose customers the words do not name ("its customers account for
    55%", "government customers" left unread) is any customer's when it fits one; when it fits
    none, the filings' named customers (a software maker's "top three customers combined") are
    not the ones it is about, so the difference proves nothing."""
    if not _about_customers(claim.metric) or claim.entity is not None:
        return None
    return Verification(claim, "unverifiable", evidence=(evidence_of(fact),), reason=(
        f"a share of revenue of customers the article does not name: the filings state "
        f"{fact.fact.entity or 'a customer'}'s as {fact.fact.value}%, and the article's may be "
        f"other customers', so a different value is not a drift"))


def _stated(claim: Claim, facts: list[StoredFact]) -> bool:
    return bool(discipline.standing(find_candidates(facts, Wanted.of(claim))))


def _verify_one(claim: Claim, facts: list[StoredFact]) -> Verification:
    """Compare a claim with the filed fact it quotes; then look for a later, different value."""
    def bears_out(sf: StoredFact) -> bool:
        return fits(claim, sf.fact.value, tolerance_for(claim, sf))

    candidates = discipline.standing(find_candidates(facts, Wanted.of(claim)))
    if not candidates:
        return to_date_only.to_date_reading(
            claim, discipline.standing(facts), Wanted.of(claim), calendar_for(facts), bears_out,
            evidence_of) or unverifiable(claim, facts, Wanted.of(claim))
    relied, note = choose_relied(claim, candidates)
    ambiguous = discipline.earlier_only(claim, candidates, bears_out) or discipline.unpinned(
        claim, relied, bears_out,
        named_twice=(bool(re.fullmatch(r"FY\d{4}", claim.period_label or ""))
                     or _named_either_way(claim.metric, claim.period_label))
        and fiscal.is_ambiguous(calendar_for(facts))
        or fiscal.quarter_named_twice(claim.period_label, calendar_for(facts)))
    if ambiguous is not None:
        return ambiguous
    fact = closest(relied, claim.value)
    split = discipline.disputed(claim, fact, candidates)
    if split is not None:
        return split
    tolerance = tolerance_for(claim, fact)
    compared = Verification(claim, "supported", filed_value=fact.fact.value,
                            delta=claim.value - fact.fact.value, evidence=(evidence_of(fact),),
                            reason=note)
    if not fits(claim, fact.fact.value, tolerance):
        return discipline.two_lines(claim, fact, facts) or round_figure(
            claim, compared, fact) or discipline.carried_elsewhere(
            claim, fact, facts, bears_out, claims_relative.names_period) or _unnamed_customer(
            claim, fact) or replace(
            compared, verdict="drifted",
            reason=reasons.direct_drift(claim, evidence_of(fact), tolerance, note))
    newer = find_newer(claim, facts, candidates, fact, tolerance)
    if newer is not None:
        value, newer_facts = newer
        return replace(compared, verdict="stale", newer_value=value,
                       newer_evidence=tuple(map(evidence_of, newer_facts)),
                       reason=stale_reason(fact, newer_facts, note))
    return compared


def _of_period(facts: list[StoredFact], wanted: Wanted,
               calendar: fiscal.FiscalCalendar) -> list[StoredFact]:
    return [sf for sf in facts if sf.fact.metric == wanted.metric
            and (wanted.unit is None or sf.fact.unit == wanted.unit)
            and entity_matches(wanted, sf.fact.entity)
            and basis_matches(wanted, sf.fact.basis)
            and period_fit.period_matches(wanted, sf, calendar)]


def _named_either_way(metric: str | None, label: str | None) -> bool:
    """A balance on a fiscal quarter's last day (``period_fit.balance_on``), whose year an
    ambiguous naming admits in two readings."""
    return bool(fiscal.QUARTER_LABEL.match(label or "")) and metric in names_where("balance")


def find_newer(claim: Claim, facts: list[StoredFact], candidates: list[StoredFact],
               relied: StoredFact, tolerance: Decimal):
    """(newer value, facts) when a later filing states the figure or its successor differently."""
    after = relied.filed_date or date.min
    # the same figure filed later: the same period as the one relied on (a claim that states no
    # period must not go stale because a later filing reports another period)
    later = [sf for sf in candidates if (sf.filed_date or date.min) > after
             and (sf.fact.period_start, sf.fact.period_end) == (relied.fact.period_start,
                                                                relied.fact.period_end)]
    # a count of one share class goes stale only by that class's later count, never the total
    later += [sf for sf in successor_facts(claim.metric, facts, after) if claim.entity is None
              or _row_field(claim.metric, "entity") != "share_class"
              or entity_matches(Wanted.of(claim), sf.fact.entity)]
    if not later:
        return None
    last = latest_filing(later)
    if relettered(claim, relied, last, facts, tolerance):
        return None
    same = [sf for sf in last if sf.fact.metric == claim.metric]
    chosen = [closest(same, claim.value)] if same else summed_total(
        last, successors().get(claim.metric or "", ()))
    value = sum((sf.fact.value for sf in chosen), Decimal(0))
    if fits(claim, value, tolerance):
        return None
    return value, chosen


def successor_facts(metric: str | None, facts: list[StoredFact], after: date) -> list[StoredFact]:
    names = successors().get(metric or "", ())
    return [sf for sf in facts if sf.fact.metric in names and (sf.filed_date or date.min) > after
            and sf.fact.entity != WITH_OPTION]


def summed_total(facts: list[StoredFact], preferred: tuple[str, ...] = ()) -> list[StoredFact]:
    """One successor figure from one filing: its total if stated, else its classes to be added
    (a 10-Q cover may list Class A, B and N separately). ``preferred`` is the claim's successors,
    best first: the first of them the filing states is the one taken."""
    by_metric: dict[str, list[StoredFact]] = {}
    for sf in facts:
        by_metric.setdefault(sf.fact.metric, []).append(sf)
    rank = {name: i for i, name in enumerate(preferred)}
    for metric in sorted(by_metric, key=lambda m: rank.get(m, len(rank))):
        group = by_metric[metric]
        totals = [sf for sf in group if sf.fact.entity in _TOTAL_ENTITIES]
        if totals:
            return [max(totals, key=lambda sf: sf.fact.value)]
        classes = {sf.fact.entity: sf for sf in group}
        return list(classes.values())
    return []


def stale_reason(fact: StoredFact, newer: list[StoredFact], note: str | None) -> str:
    last = newer[0]
    text = (f"matches the {fact.form} filed {fact.filed_date}, but the {last.form} filed "
            f"{last.filed_date} reports {fmt(sum((sf.fact.value for sf in newer), Decimal(0)))}"
            f" ({last.fact.metric})")
    return f"{text}; {note}" if note else text


def unverifiable(claim: Claim, facts: list[StoredFact], wanted: Wanted,
                 extra: str = "") -> Verification:
    filings = sorted({(sf.form, str(sf.filed_date)) for sf in facts})
    same_metric = sorted({_period_text(sf) for sf in facts if sf.fact.metric == wanted.metric})
    listed = ", ".join(f"{form} {filed}" for form, filed in filings[:8])
    more = "..." if len(filings) > 8 else ""
    reason = (f"searched {wanted.describe()} in {len(filings)} filings ({listed}{more}): "
              "no filed fact covers it")
    if same_metric:
        reason += f"; {wanted.metric} is filed for: {', '.join(same_metric[:8])}"
    return Verification(claim, "unverifiable", reason=reason + extra, gap="not_filed")


def _period_text(sf: StoredFact) -> str:
    fact = sf.fact
    if fact.period_end is None:
        return "no period"
    start = f"{fact.period_start.isoformat()}..." if fact.period_start else "as of "
    entity = f" ({fact.entity})" if fact.entity else ""
    return f"{start}{fact.period_end.isoformat()}{entity}"
