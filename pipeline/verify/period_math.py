"""Arithmetic on the periods an article names: the fiscal year a period's label names, a
period moved by years and quarters (a 52/53-week calendar by 13-week quarters), a quarter of a
year, and the yearless periods ("the fourth quarter" with no year) that the verifier dates
once it knows which quarter the filings report. Pure functions over ``PeriodPhrase``; the
readers of article words (claims_periods, change_bases, report_period) build on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from core.dates import add_months, is_week_calendar, month_end
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import scope_cues as sc

# A quarter the article names without its year: see claims_relative (RELATIVE).
UNDATED = "of a year the article does not state"


def undated_quarter(number: int, back: int = 0) -> PeriodPhrase:
    """'the fourth quarter' with no year (``back`` years before it: 'a year ago')."""
    name = f"Q{number}" if number else "a quarter"
    earlier = f", {back} year{'s' if back > 1 else ''} earlier" if back else ""
    return PeriodPhrase(f"{name} {UNDATED}{earlier}", None, None, (0, 0),
                        "back" if back else "quarter")


def undated_year(number: int, back: int = 0) -> PeriodPhrase:
    """'For the fiscal year' after a yearless 'fourth quarter': the fiscal year holding it."""
    of = f" of Q{number}" if number else ""
    earlier = f", {back} year{'s' if back > 1 else ''} earlier" if back else ""
    return PeriodPhrase(f"{_WHOLE_YEAR}{of} {UNDATED}{earlier}", None, None, (0, 0),
                        "back" if back else "year")


def undated_to_date(months: int, number: int, back: int = 0) -> PeriodPhrase:
    """'Year-to-date' after a yearless third quarter: its fiscal year's first nine months to
    that quarter's end, of a year ``report_period`` dates by the filing that reports it."""
    earlier = f", {back} year{'s' if back > 1 else ''} earlier" if back else ""
    return PeriodPhrase(f"{months}M to Q{number} {UNDATED}{earlier}", None, None, (0, 0),
                        "back" if back else "months")


def undated_year_so_far(groups: dict, context: PeriodPhrase | None,
                        sentence: str) -> PeriodPhrase | None:
    """"Year-to-date" after a yearless second or third quarter ("Net income for the 13-week
    third quarter was $X", then "Year-to-date, net income ... was $Y"): the fiscal year's first
    six or nine months, yearless too (``report_period`` dates it by the filing reporting the
    quarter); none after a first or fourth quarter, or a quarter with no number."""
    parts = undated_parts(context.label) if context is not None else None
    if parts is None or parts.whole_year or parts.months or parts.back:
        return None
    count = sc.quarters_to_date(groups) or parts.quarter or _span_said(sentence)
    if count not in (2, 3) or parts.quarter not in (0, count):
        return None
    return undated_to_date(3 * count, count)


# "Year-to-date, net income for the 39-week period was $X" after a quarter whose number is not
# said: the span its sentence states
_SPAN_SAID = re.compile(r"\b(?:(?P<w>26|39)[- ]weeks?|(?P<m>six|nine)[- ]months?)\b", re.I)


def _span_said(sentence: str) -> int:
    counts = {sc.quarters_to_date({"nm": m["m"]}) if m["m"] else int(m["w"]) // 13
              for m in _SPAN_SAID.finditer(sentence)}
    return counts.pop() if len(counts) == 1 else 0


_WHOLE_YEAR = "the fiscal year"
_UNDATED_LABEL = re.compile(rf"^(?:(?P<year>{_WHOLE_YEAR})(?: of)? |(?P<months>[69])M to )?"
                            rf"(?:Q(?P<q>[1-4]) |a quarter )?"
                            rf"{UNDATED}(?:, (?P<back>\d+) years? earlier)?$")


@dataclass(frozen=True)
class Undated:
    """What a yearless period label says: its quarter (0: none named), how many years before
    the period it is relative to, and whether it is the whole fiscal year."""

    quarter: int
    back: int
    whole_year: bool
    months: int = 0  # the year so far, to the quarter's end (6 or 9 months); 0: not that


def undated_parts(label: str | None) -> Undated | None:
    """The parts of a label ``undated_quarter`` or ``undated_year`` wrote, else None."""
    found = _UNDATED_LABEL.match(label or "")
    if found is None:
        return None
    return Undated(int(found["q"] or 0), int(found["back"] or 0), bool(found["year"]),
                   int(found["months"] or 0))


def undated_months(label: str | None) -> int | None:
    """The span in months of a yearless period label (a quarter 3, the year so far 6 or 9, the
    whole fiscal year 12), else None: what the period is, though not when."""
    parts = undated_parts(label)
    if parts is None:
        return None
    return 12 if parts.whole_year else parts.months or 3


def dated(claim: Claim, period: PeriodPhrase) -> Claim:
    """The claim with the period's label and dates as its own."""
    return replace(claim, period_label=period.label, period_start=period.start,
                   period_end=period.end)


def fiscal_year(period: PeriodPhrase) -> int:
    """The (fiscal) year a period's label names: FY2022 -> 2022, 'Q4 2013' -> 2013."""
    found = re.search(r"(?:19|20)\d\d", period.label)
    if found and period.label[:1] in "FQf" or period.end is None:
        return int(found.group(0)) if found else 0
    return period.end.year


def year_of(period: PeriodPhrase) -> PeriodPhrase:
    if period.kind == "year":
        return period
    year = fiscal_year(period)
    return PeriodPhrase(f"FY{year}", date(year, 1, 1), date(year, 12, 31), (0, 0), "year")


def quarter_in(number: int, year: int, context: PeriodPhrase) -> PeriodPhrase:
    end = month_end(date(year, number * 3, 1))
    start = month_end(add_months(end, -3)) + timedelta(days=1)
    fiscal = "fiscal " if context.label.startswith(("fiscal", "FY")) else ""
    return PeriodPhrase(f"{fiscal}Q{number} {year}", start, end, (0, 0), "quarter")


def shifted(period: PeriodPhrase, years: int = 0, quarters: int = 0) -> PeriodPhrase:
    """The period ``years`` and ``quarters`` earlier (negative) or later, label and dates."""
    months = 12 * years + 3 * quarters
    end = _moved(period.end, months)
    start = _moved(period.start, months) if period.start else None
    label = period.label
    fy = re.fullmatch(r"FY(\d{4})", label)
    quarter = re.fullmatch(r"(fiscal )?Q([1-4]) (\d{4})", label)
    to_date = sc.TO_DATE_LABEL.fullmatch(label)
    if to_date:  # the year so far, a year back: "fiscal 9M 2023"
        label = f"fiscal {to_date.group(1)}M {int(to_date.group(2)) + years}"
    elif fy:
        label = f"FY{int(fy.group(1)) + years}"
    elif quarter:
        index = int(quarter.group(3)) * 4 + int(quarter.group(2)) - 1 + 4 * years + quarters
        label = f"{quarter.group(1) or ''}Q{index % 4 + 1} {index // 4}"
    elif period.start is None and not label.startswith(YEAR_TO_DATE):
        label = f"as of {end.isoformat()}"
    else:
        label = re.sub(r"\d{4}-\d\d-\d\d$", end.isoformat(), label)
    return PeriodPhrase(label, start, end, (0, 0), period.kind, ((start, end),))


# "Year-to-date, net sales decreased 4.6%" after "the 13-week period ended November 2, 2024"
# (a recap of a retailer's third quarter): the year so far to that day, from a fiscal year's
# start no words said (``period_fit`` takes the filer's); read as the quarter, its figures
# were the quarter's and only a guard kept them from drifting
YEAR_TO_DATE = "year to date ended "


def year_to_date(end: date) -> PeriodPhrase:
    return PeriodPhrase(f"{YEAR_TO_DATE}{end.isoformat()}", None, end, (0, 0), "months")


def to_date_of(groups: dict, context: PeriodPhrase) -> PeriodPhrase | None:
    """The first quarters of a fiscal year: to the end of the quarter in force when its number
    is theirs, the year's first quarters when the period in force is a year; else no period."""
    count = sc.quarters_to_date(groups)
    # labelled as a table's to-date column ("fiscal 9M 2024"): compared in the filer's calendar
    if context.kind == "year" and count:
        end = month_end(add_months(context.start, 3 * count - 1))
        return PeriodPhrase(f"fiscal {3 * count}M {fiscal_year(context)}", context.start, end,
                            (0, 0), "months")
    number = re.search(r"Q([1-4]) ", context.label)
    if context.kind == "quarter" and number is None and context.end is not None:
        if not count:
            return year_to_date(context.end)  # "Year-to-date, ..." after "the 13 weeks ended <day>"
        # "Net income for the 39-week period was $X" after "the quarter ended November 2,
        # 2024": the quarters counted, ending with the quarter in force (read as that quarter,
        # the nine months' figure and its year-ago base drifted against the quarter's); a
        # count that is not the quarter's number spans no filed period and stays unverifiable
        start = shifted(context, quarters=1 - count).start
        return PeriodPhrase(f"{3 * count} months ended {context.end.isoformat()}", start,
                            context.end, (0, 0), "months")
    if context.kind != "quarter" or number is None:
        return None
    # "the first three quarters" said after a second quarter: still the year's first nine months
    # (taken as the quarter in force, the nine months' figure was held to a quarter's revenue)
    quarter = int(number[1])
    count = count or quarter
    if count == 1 and quarter == 1:
        return context  # the first quarter so far is the quarter
    if count == 4:
        return year_of(context)
    start = shifted(context, quarters=1 - quarter).start
    end = shifted(context, quarters=count - quarter).end
    return PeriodPhrase(f"fiscal {3 * count}M {fiscal_year(context)}", start, end,
                        (0, 0), "months")


def _moved(day: date, months: int) -> date:
    if is_week_calendar(day):  # 52/53-week calendars: 13 weeks a quarter
        return day + timedelta(weeks=months * 13 // 3)
    moved = add_months(day, months)
    return month_end(moved) if day == month_end(day) else moved


def quarter_in_year(context: PeriodPhrase, year: int) -> PeriodPhrase:
    """The period in force moved to ``year`` ("the quarter ... in FY21")."""
    return replace(shifted(context, years=year - fiscal_year(context)), kind="back")


def months_label(start: date | None, end: date) -> str | None:
    """'3 months ended 2023-07-01': the label of a filed period (a 13-week quarter counts as 3
    months); None for a day (a balance)."""
    if start is None:
        return None
    return f"{round((end - start).days / 30.44)} months ended {end.isoformat()}"
