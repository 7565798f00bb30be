"""Date the periods an article names without a year ("its fourth fiscal quarter", then "a year
ago" and "for the fiscal year") by the filings it is checked against.

An article about results names the quarter the filing reports, often without its year: the
headline's "fourth fiscal quarter" is the one the 10-K just filed closes. So a yearless quarter
is the reporting period of the loaded filing that reports that quarter (a 10-K reports its
fourth quarter, a 10-Q its first, second or third), and the phrases relative to it ("a year
ago", "for the fiscal year") are dated from it. When no loaded filing reports that quarter, or
filings of two different periods do, the period stays yearless: its figures are compared with
that quarter of every year and a mismatch is unverifiable, never drifted (``discipline``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates import FISCAL_QUARTER_DAYS, add_months, month_end
from core.verdicts import Claim
from pipeline.verify import fiscal, yearless_days
from pipeline.verify.period_math import Undated, dated, undated_parts
from pipeline.verify.yearless_quarters import ended_back, ended_day, ended_span
from warehouse.records import StoredFact

_YEAR_DAYS = range(340, 381)
_SLACK = timedelta(days=10)  # a 52/53-week year ends up to a week from the date a year before
_TO_DATE_SLACK = 12  # days: 26 or 39 weeks, or six or nine calendar months
_MANY = 4  # a reporting period's end bears at least a quarter as many figures as the most


@dataclass(frozen=True)
class Dated:
    label: str
    start: date
    end: date


def pin_undated(claims: list[Claim], facts: list[StoredFact],
                calendar: fiscal.FiscalCalendar, written: date | None = None) -> list[Claim]:
    """The claims, each yearless period dated by the one loaded filing that reports it; with
    ``written`` (the day a dateline gives the story, ``datelines``), a yearless numbered
    quarter is the latest such quarter ended before that day, whichever filings are loaded."""
    if not any(undated_parts(c.period_label) or ended_day(c.period_label) for c in claims):
        return claims
    ends = report_ends(facts)
    out = []
    for claim in claims:
        parts = undated_parts(claim.period_label)
        period = (_dated_by_writing(parts, written, facts, calendar)
                  or _date(parts, ends, facts, calendar)) if parts else _date_ended(
            claim.period_label, ends, facts, calendar)
        out.append(claim if period is None else dated(claim, period))
    return out


def _dated_by_writing(parts: Undated, written: date | None, facts: list[StoredFact],
                      calendar: fiscal.FiscalCalendar) -> Dated | None:
    """A yearless numbered quarter (and its year-back) in a story dated ``written``: the last
    quarter of that number that ended before the day, as the filings state it, else by its
    months; None with no date, no quarter number, or a part of the year (the year so far, a
    year a quarter short of its end), which the filings' reporting periods date."""
    if written is None or not parts.quarter or parts.months or parts.whole_year:
        return None
    ends = [month_end(add_months(written, -back)) for back in range(1, 13)]
    end = next((day for day in ends if _ends_quarter(day, parts.quarter, calendar)), None)
    if end is None:
        return None
    target = _years_before(end, parts.back)
    start, end = _stated(facts, target, FISCAL_QUARTER_DAYS) or (_months_back(target), target)
    prefix = "" if calendar.is_calendar else "fiscal "
    return Dated(f"{prefix}Q{parts.quarter} {calendar.label(end)}", start, end)


def _ends_quarter(day: date, quarter: int, calendar: fiscal.FiscalCalendar) -> bool:
    """Whether a month's last day ends the calendar's fiscal quarter ``quarter``: three, six,
    nine or twelve months after the fiscal year's start (within the slack of a week-based
    year), and that quarter by number."""
    months = (day.month - calendar.start_month + 1) % 12
    return months % 3 == 0 and calendar.quarter(day) == quarter


def _date_ended(label: str | None, ends: set[date], facts: list[StoredFact],
                calendar: fiscal.FiscalCalendar) -> Dated | None:
    """"The quarter ended March 29" (and its year-back): the quarter the one loaded filing whose
    reporting period ends near that day reports (a year before it), as the filings state it;
    None when none or two do (then compared with each quarter ending near the day)."""
    day = ended_day(label)
    if day is None:
        return None
    span_days = _YEAR_DAYS if ended_span(label) == "year" else FISCAL_QUARTER_DAYS
    reported = {end for end in ends if yearless_days.on_day(end, day)}
    exact = _ending_on(facts, day, span_days)
    if exact and not reported & exact:
        # the day said is another period's, which the filings state to the day: "the quarter,
        # ended Jan. 28" beside a 53-week year's reported quarter ending Feb. 3 (a computer
        # maker's 10-K; its prior year's fourth quarter ended Jan. 28) was the reported one's,
        # and its revenue drifted against the later quarter's
        reported = exact
    if len(reported) != 1:
        return None
    target = _years_before(reported.pop(), ended_back(label))
    if ended_span(label) == "year":  # "for the year ended Dec. 27": the year the filing states
        stated = _stated(facts, target, _YEAR_DAYS)
        return None if stated is None else Dated(
            f"the fiscal year ended {stated[1].isoformat()}", *stated)
    # (a 16-week fourth quarter too: "the quarter ended Dec. 27" of a restaurant group's 10-K
    # was left yearless, its basic EPS never read beside the diluted)
    stated = _stated(facts, target, FISCAL_QUARTER_DAYS)
    if stated is None:
        return None
    prefix = "" if calendar.is_calendar else "fiscal "
    return Dated(f"{prefix}Q{calendar.quarter(stated[1])} {calendar.label(stated[1])}", *stated)


def report_ends(facts: list[StoredFact]) -> set[date]:
    """Each loaded filing's reporting period end: the latest day many of its figures for a
    period end on (a 10-Q's quarter and year to date, a 10-K's year and its fourth quarter;
    its comparative columns end earlier), never a stray figure's."""
    by_filing: dict[str, Counter] = {}
    for sf in facts:
        if sf.fact.period_start is not None and sf.fact.period_end is not None:
            by_filing.setdefault(sf.accession, Counter())[sf.fact.period_end] += 1
    return {max(d for d, n in days.items() if n * _MANY >= max(days.values()))
            for days in by_filing.values()}


def _date(parts: Undated, ends: set[date], facts: list[StoredFact],
          calendar: fiscal.FiscalCalendar) -> Dated | None:
    if not parts.quarter:
        # "last year" with no year (a recap of a 10-K): the fiscal year of the one loaded
        # annual report; "the quarter" with no number: which one is not said
        return _year_of_report(parts, ends, facts) if parts.whole_year else None
    reported = {end for end in ends if calendar.quarter(end) == parts.quarter
                and (parts.quarter != 4 or not parts.whole_year or _is_year_end(end, facts))}
    if len(reported) != 1:
        return None  # no loaded filing reports that quarter, or two of them do
    end = reported.pop()
    target = _years_before(end, parts.back)
    prefix = "" if calendar.is_calendar else "fiscal "
    if parts.months:  # the year so far, to that quarter's end, only as the filings state it
        days = round(parts.months * 30.44)
        stated = _stated(facts, target, (days - _TO_DATE_SLACK, days + _TO_DATE_SLACK))
        return None if stated is None else Dated(
            f"{prefix}{parts.months}M {calendar.label(stated[1])}", *stated)
    if parts.whole_year:
        if parts.quarter != 4:
            return None  # the fiscal year of a quarter a 10-Q reports is not over
        start, end = _stated(facts, target, _YEAR_DAYS) or (_years_before(target, 1)
                                                          + timedelta(days=1), target)
        return Dated(f"the fiscal year ended {end.isoformat()}", start, end)
    stated = _stated(facts, target, FISCAL_QUARTER_DAYS)
    if stated is None and parts.quarter == 4:
        stated = _last_quarter_of(facts, target)
    start, end = stated or (_months_back(target), target)
    return Dated(f"{prefix}Q{parts.quarter} {calendar.label(end)}", start, end)


def _year_of_report(parts: Undated, ends: set[date], facts: list[StoredFact]) -> Dated | None:
    """The fiscal year (``parts.back`` years before) of the one loaded filing whose reporting
    period ends a fiscal year; None when no filing or two of them report one."""
    years = {end for end in ends if _is_year_end(end, facts)}
    if len(years) != 1:
        return None
    target = _years_before(years.pop(), parts.back)
    stated = _stated(facts, target, _YEAR_DAYS)
    if stated is None:
        return None  # a year the filings do not state is not dated by a guess
    return Dated(f"the fiscal year ended {stated[1].isoformat()}", *stated)


def _last_quarter_of(facts: list[StoredFact], end: date) -> tuple[date, date] | None:
    """The last three months of the fiscal year the filings state ending near ``end``: a
    fourth quarter ends on its year's last day, as the filer states it (a year before a
    53-week year's end is not the day the year before ended; an annual report that states no
    quarter still dates its year's last quarter, "the quarter, which ended Aug. 28")."""
    year = _stated(facts, end, _YEAR_DAYS)
    return None if year is None else (_months_back(year[1]), year[1])


def _is_year_end(end: date, facts: list[StoredFact]) -> bool:
    return _stated(facts, end, _YEAR_DAYS) is not None


def _stated(facts: list[StoredFact], end: date, days: range
            ) -> tuple[date, date] | None:
    """The (start, end) the filings state for a period of ``days`` ending near ``end``, the
    one most figures are filed for."""
    found = Counter((sf.fact.period_start, sf.fact.period_end) for sf in facts
                    if sf.fact.period_start is not None and sf.fact.period_end is not None
                    and abs(sf.fact.period_end - end) <= _SLACK
                    and (sf.fact.period_end - sf.fact.period_start).days in days)
    return max(found, key=lambda p: (found[p], p)) if found else None


def _ending_on(facts: list[StoredFact], day: tuple[int, int], days: range) -> set[date]:
    """The ends of the periods of ``days`` the filings state ending on that month's day
    exactly, of any year."""
    return {sf.fact.period_end for sf in facts
            if sf.fact.period_start is not None and sf.fact.period_end is not None
            and (sf.fact.period_end.month, sf.fact.period_end.day) == day
            and (sf.fact.period_end - sf.fact.period_start).days in days}


def _years_before(day: date, years: int) -> date:
    if not years:
        return day
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # February 29
        return day.replace(year=day.year - years, day=28)


def _months_back(end: date) -> date:
    """The first day of the three months ending ``end`` (no quarter the filings state)."""
    return (end - timedelta(days=91)) + timedelta(days=1)
