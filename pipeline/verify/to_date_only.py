"""A cash-flow figure an article dates by a quarter, where the filings state it only for the
year so far.

A 10-Q's cash-flow statement is year to date: its second quarter prints the six months, its
third the nine, and no quarter alone. An article on the second quarter that says "operating
cash flow of $12.2 billion" (or "$7.2 billion in the prior year's quarter") means the six
months the filing states, as often as not. So when the claim's period is a second or third
quarter its sentence does not name (carried from the article, or "the prior year's quarter")
and the filings state the cash-flow line for no such quarter but for the year to date
ending on that quarter's last day, the year-to-date figure may bear the claim out (equal at the
stated precision: supported, saying so); a different value proves nothing about the quarter
(unverifiable, naming the year-to-date figure), never a drift.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from core.metrics import find_metric
from core.verdicts import Claim, Verification
from pipeline.verify import fiscal, period_fit
from warehouse.records import StoredFact

_TO_DATE_DAYS = ((170, 195), (260, 285))  # six months or 26 weeks; nine months or 39 weeks
# a sentence that names the quarter itself ("second-quarter operating cash flow was $X") says
# the figure is the quarter's: the year-to-date one then bears nothing out
_NAMES_QUARTER = re.compile(r"\b(?:first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b|"
                            r"\bQ[1-4]\b|\b[1-4]Q\b|\bthree[- ]months?\b|\bquarterly\b|"
                            r"\b1[2-4][- ]weeks?\b|"
                            # ("it paid $4.2 billion of dividends during the quarter": a stock
                            # note's words for the quarter itself, which a six months' figure
                            # does not bear out; "the prior year's quarter" is a base's dating)
                            r"\b(?:in|during|for|over|through(?:out)?|within|this)\s+(?:the\s+)?"
                            r"(?:(?:latest|last|most\s+recent|recent|reported|just[- ]ended|"
                            r"current)\s+)?(?:fiscal\s+)?quarter\b(?!['’])", re.I)


def to_date_reading(claim: Claim, facts: list[StoredFact], wanted, calendar: fiscal.FiscalCalendar,
                    matches, evidence_of) -> Verification | None:
    """The verdict on a quarter's cash-flow figure from the year-to-date one (module
    docstring), or None when the rule does not apply. ``matches(sf)``: whether a filed value
    bears the claim out; ``evidence_of(sf)``: its evidence."""
    row = find_metric(wanted.metric or "")
    quarter = fiscal.QUARTER_LABEL.match(wanted.period_label or "")
    if row is None or row.statement != "cash_flow" or quarter is None or int(
            quarter.group("q")) not in (2, 3) or wanted.entity is not None:
        return None
    found = [sf for sf in facts if sf.fact.metric == wanted.metric and _to_date(sf)
             and (wanted.unit is None or sf.fact.unit == wanted.unit)
             and sf.fact.entity in (None, "total", "Total")
             and period_fit.period_matches(wanted, _as_quarter(sf), calendar)]
    if not found:
        return None
    if _NAMES_QUARTER.search(claim.sentence):
        sf = found[-1]
        return Verification(claim, "unverifiable", evidence=(evidence_of(sf),), reason=(
            f"the article says the figure is the quarter's, and the filings state "
            f"{wanted.metric} for no quarter alone, only for the year to date: "
            f"{sf.fact.value:,f} {sf.fact.unit} for {_span(sf)} ({sf.form} filed "
            f"{sf.filed_date}), which is not the quarter's"))
    agreeing = [sf for sf in found if matches(sf)]
    if agreeing:
        sf = agreeing[-1]
        return Verification(claim, "supported", filed_value=sf.fact.value,
                            delta=claim.value - sf.fact.value, evidence=(evidence_of(sf),),
                            reason=f"the filings state {wanted.metric} only for the year to "
                                   f"date, {_span(sf)}, and the figure is that one")
    sf = found[-1]
    return Verification(claim, "unverifiable", evidence=(evidence_of(sf),), reason=(
        f"the filings state {wanted.metric} for no quarter alone, only for the year to date: "
        f"{sf.fact.value:,f} {sf.fact.unit} for {_span(sf)} ({sf.form} filed {sf.filed_date}), "
        f"not {claim.text}; the article does not say it means that span"))


def _to_date(sf: StoredFact) -> bool:
    fact = sf.fact
    if fact.period_start is None or fact.period_end is None:
        return False
    days = (fact.period_end - fact.period_start).days
    return any(low <= days <= high for low, high in _TO_DATE_DAYS)


def _as_quarter(sf: StoredFact) -> StoredFact:
    """The fact as if it were the quarter ending on its last day (to ask the period fit)."""
    start = sf.fact.period_end - timedelta(days=90)
    return replace(sf, fact=replace(sf.fact, period_start=start))


def _span(sf: StoredFact) -> str:
    return f"{sf.fact.period_start}..{sf.fact.period_end}"
