"""Whether a filed fact's period is the one a claim names.

An article names a period loosely ("Q2 fiscal 2026", "the fourth quarter", "FY2024", "ended the
quarter with") while a filing dates its own exactly, on 52/53-week calendars and with a day or
two between a table and its XBRL. These rules fit the two together. They stand apart from
``pipeline.verify.match``, which gathers the candidates they admit and reaches the verdict,
because fitting a period is its own question (slack, fiscal calendars, balances on a day) and
the derivations (``derive_quarters``, ``adjustments``) ask it directly.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.dates import FISCAL_QUARTER_DAYS, is_month_end
from core.metrics import names_where
from pipeline.verify import fiscal, yearless_days, yearless_quarters
from pipeline.verify.period_math import YEAR_TO_DATE
from warehouse.records import StoredFact

if TYPE_CHECKING:  # match imports this module to find its candidates
    from pipeline.verify.match import Wanted


def point_metrics() -> tuple[str, ...]:
    """Figures stated as of a moment (or for the offering), not for a reporting period."""
    return names_where("point")


_DATE_SLACK_DAYS = 4  # table and XBRL periods can differ by a day or two
_WEEK_SLACK_DAYS = 7  # a 52/53-week quarter ends within a week of its month's end
_START_SLACK_DAYS = 10  # a start computed from "three months ended" is approximate

_UNDATED_QUARTER = re.compile(r"^(?:Q(?P<q>[1-4])|a quarter) of a year the article does not")
# claims_flat's columns, and "year-to-date" in a summary of a quarter (claims_relative)
_TO_DATE_LABEL = re.compile(r"^(?:fiscal )?(?P<m>[369])M (?P<y>\d{4})$")


def period_matches(wanted: Wanted, sf: StoredFact,
                   calendar: fiscal.FiscalCalendar | None = None) -> bool:
    fact, calendar = sf.fact, calendar or fiscal.FiscalCalendar()
    label = wanted.period_label or ""
    points = point_metrics()
    undated = _UNDATED_QUARTER.match(label)
    if wanted.metric in points and not label.startswith("as of"):
        if (wanted.metric not in names_where("balance") or undated
                or wanted.period_end is None):
            return True  # an offering's terms, a cover's count: the value decides
        return balance_on(wanted, fact, calendar)
    if (ended := yearless_quarters.ended_day(label)) is not None:  # "the quarter ended March 29"
        long = is_year_long if yearless_quarters.ended_span(label) == "year" else is_quarter_long
        return long(fact) and yearless_days.on_day(fact.period_end, ended)
    if undated:  # "the fourth quarter", no year: that quarter of every year is a candidate
        return is_quarter_long(fact) and (undated.group("q") is None or calendar.quarter(
            fact.period_end) == int(undated.group("q")))
    if (day := yearless_days.day_of(label)) is not None:  # "at the end of September"
        return fact.period_start is None and yearless_days.on_day(fact.period_end, day)
    if wanted.period_end is None:
        return True  # no period stated: every period is a candidate, the value decides
    if fact.period_end is None:
        return False
    if label.startswith(YEAR_TO_DATE):
        return _year_so_far(wanted, fact, calendar)
    if label.startswith("FY") and label[2:].isdigit():
        own = fiscal.own_label(fact)
        names = (own,) if own is not None else fiscal.possible_labels(calendar, fact.period_end)
        return is_year_long(fact) and int(label[2:]) in names
    quarter = fiscal.QUARTER_LABEL.match(label)
    if quarter and not calendar.is_calendar:  # "Q2 fiscal 2026": the filer's own quarters
        return is_quarter_long(fact) and calendar.quarter(fact.period_end) == int(
            quarter.group("q")) and int(quarter.group("y")) in fiscal.quarter_years(
                label, calendar, fact.period_end)
    to_date = _TO_DATE_LABEL.match(label)
    if to_date and not calendar.is_calendar:  # "fiscal 9M 2017": the filer's first 9 months
        months = int(to_date.group("m"))
        return fact.period_start is not None and abs(
            (fact.period_end - fact.period_start).days - months * 30.4) <= 15 and (
            calendar.quarter(fact.period_end) == months // 3
            and calendar.label(fact.period_end) == int(to_date.group("y")))
    slack = _DATE_SLACK_DAYS
    # a quarter the article dates exactly, or a year back from one ("the prior-year 13-week
    # period" of a retailer's third-quarter release: its prior-year quarter ended a 53-week year
    # before, six days off the calendar year's): a 13-week quarter is the one ending within a week
    quarter = quarter or (is_quarter_long(wanted) and is_quarter_long(fact))
    if (quarter and is_quarter_long(fact) or is_year_long(wanted) and is_year_long(fact)
            or _to_date_alike(wanted, fact)) and not is_month_end(fact.period_end):
        # "Q2 <year>" of a filer whose quarters end on a Saturday near the month's end (a
        # chipmaker's second quarter ended on the 25th): the quarter's own end, up to a week from
        # the month's; and
        # the year before a 53-week year, its dates moved back a calendar year (a department
        # store's 53-week fiscal year and the year before it end five days apart), and so its
        # 26- and 39-week periods a year back (a clothing retailer's "39-week period" of the
        # prior year ended five days before the calendar year's date)
        slack = _WEEK_SLACK_DAYS
    if abs((fact.period_end - wanted.period_end).days) > slack:
        return False
    if quarter and is_quarter_long(fact):
        return True  # the quarter ending then, however many weeks it has (Yum's 16-week Q4)
    if wanted.period_start is None or fact.period_start is None:
        return wanted.period_start is None and fact.period_start is None or (
            wanted.metric in points)
    return abs((fact.period_start - wanted.period_start).days) <= _START_SLACK_DAYS


def _year_so_far(wanted: Wanted, fact, calendar: fiscal.FiscalCalendar) -> bool:
    """"Year-to-date" to a day: the period from the filer's fiscal year start to that day (a
    52/53-week filer's, up to a week from it), at least a quarter long."""
    if fact.period_start is None or (_span(fact) or 0) < 80:
        return False
    slack = _DATE_SLACK_DAYS if is_month_end(fact.period_end) else _WEEK_SLACK_DAYS
    return abs((fact.period_end - wanted.period_end).days) <= slack and abs(
        (fact.period_start - calendar.year_start(fact.period_end)).days) <= _START_SLACK_DAYS


def balance_on(wanted: Wanted, fact, calendar: fiscal.FiscalCalendar) -> bool:
    """A balance ("$8.2 billion in cash", "inventory ended the quarter at ...") dated by the
    article's period is the balance on that period's last day, never another day's (a
    streamer's 10-Q prints cash at June 30 and at the December 31 before it: "ended the
    quarter with $7.8 billion" is not the December figure)."""
    if fact.period_start is not None or fact.period_end is None:
        return False
    label = wanted.period_label or ""
    if label.startswith("FY") and label[2:].isdigit():
        return calendar.quarter(fact.period_end) == 4 and int(label[2:]) in (
            fiscal.possible_labels(calendar, fact.period_end))
    quarter = fiscal.QUARTER_LABEL.match(label)
    if quarter and not calendar.is_calendar:
        return calendar.quarter(fact.period_end) == int(quarter.group("q")) and calendar.label(
            fact.period_end) == int(quarter.group("y"))
    return abs((fact.period_end - wanted.period_end).days) <= _DATE_SLACK_DAYS


def _to_date_alike(wanted, fact) -> bool:
    """Two half-year or nine-month periods of about one length (26 or 39 weeks and the six or
    nine months an article names): a quarter's and a year's own slack covers neither."""
    spans = [_span(wanted), _span(fact)]
    if None in spans:
        return False
    return all(_TO_DATE_DAYS[0] <= d <= _TO_DATE_DAYS[1] for d in spans) and abs(
        spans[0] - spans[1]) <= _WEEK_SLACK_DAYS


_TO_DATE_DAYS = (170, 285)  # 24 to 40 weeks: a half year or the first three quarters


def _span(fact) -> int | None:
    if fact.period_start is None or fact.period_end is None:
        return None
    return (fact.period_end - fact.period_start).days


def is_quarter_long(fact) -> bool:
    """Three months, or a 52/53-week year's quarter of 12 to 17 weeks (Yum's fiscal quarters
    are 12, 12, 12 and 16 weeks; its 10-K's quarterly note states the 16-week fourth)."""
    if fact.period_start is None or fact.period_end is None:
        return False
    return (fact.period_end - fact.period_start).days in FISCAL_QUARTER_DAYS


def is_year_long(fact) -> bool:
    if fact.period_start is None or fact.period_end is None:
        return False
    return 340 <= (fact.period_end - fact.period_start).days <= 380


def own_period_facts(facts: list[StoredFact], periods: dict[str, object]) -> list[StoredFact]:
    """The facts of a span each document states for its own reporting period (``periods``:
    accession -> the period end most of its facts are for): read once per article, for every
    claim ``documents_reporting`` is asked of."""
    return [sf for sf in facts if sf.fact.period_start is not None
            and periods.get(sf.accession) == sf.fact.period_end]


def documents_reporting(claim, own: list[StoredFact],
                        calendar: fiscal.FiscalCalendar) -> frozenset[str]:
    """The accessions whose own reporting period (``own``: ``own_period_facts``) is the claim's,
    as a claim's period is matched to a fact's: a filer's fiscal "Q2 2026" is the quarter its
    10-Q ended July 27, 2025 (a chipmaker's), which the claim side, reading no calendar, dates
    April to June 2026. (No metric is wanted: only the period is matched.)"""
    from pipeline.verify.match import Wanted

    wanted = Wanted("", claim.unit, claim.period_label, claim.period_start, claim.period_end)
    return frozenset(sf.accession for sf in own if period_matches(wanted, sf, calendar))
