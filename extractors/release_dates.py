"""The periods an earnings release's sentences name, dated by the release's own fiscal year.

A release that prints no statements (a utility's annual results, filed as an exhibit to
its 8-K: every figure in prose) names its periods in words: "full-year 2006", "in 2005", "the
fourth quarter of 2005", a yearless "fourth quarter" or "the full year", "the same period a
year earlier". Each is dated only when the release states the day its fiscal year ends ("for
the year ended Dec. 31, 2005": ``fiscal_calendar.stated_year_end``, a month end after
February, so a year's label is the year it ends in). A yearless quarter or "full year" is the
release's own: the last quarter that ended before the release's dateline ("Jan. 25, 2007"), and
only when the dateline falls within ``_REPORT_DAYS`` of that quarter's end (a year-end release
names the fourth quarter without a year; a first-quarter release saying "the fourth quarter"
means another year's). Anything short of that is no period: a wrong date is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates import MONTH_NAMES, add_months, date_of, month_end
from core.period_phrases import ORDINALS

_REPORT_DAYS = 75  # a release follows its quarter's end by weeks; a later one may be older
_DATELINE_CHARS = 3000  # the dateline stands above the release's first paragraph
_DATELINE = re.compile(r"(?P<month>" + MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2}),\s*"
                       r"(?P<year>(?:19|20)\d\d)\b", re.I)
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_QUARTER = r"(?P<ordinal>first|second|third|fourth)[\s-]+quarter"

# A period phrase, as (kind, pattern); each pattern matches the whole phrase where it stands
PHRASES: tuple[tuple[str, re.Pattern], ...] = (
    ("quarter", re.compile(_QUARTER + r"\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?" + _YEAR, re.I)),
    ("quarter", re.compile(r"(?:fiscal\s+)?" + _YEAR + r"\s+" + _QUARTER, re.I)),
    ("year", re.compile(r"full[\s-]+(?:fiscal[\s-]+)?year\s+(?:of\s+)?(?:fiscal\s+)?" + _YEAR,
                        re.I)),
    ("year", re.compile(r"(?:fiscal\s+(?:year\s+)?)?" + _YEAR + r"(?!\s*[-,]?\s*(?:first|second|"
                        r"third|fourth|quarter|\d))", re.I)),
    ("own_quarter", re.compile(_QUARTER + r"(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)", re.I)),
    ("own_year", re.compile(r"(?:the\s+)?full[\s-]+year(?!\s+(?:of\s+)?(?:fiscal\s+)?"
                            r"(?:19|20)\d\d)", re.I)),
    ("year_before", re.compile(r"(?:the\s+)?same\s+(?:period|quarter)\s+(?:(?:a|one)\s+year\s+"
                               r"(?:earlier|ago|before)|(?:of\s+)?(?:the\s+)?(?:prior|previous|"
                               r"last)\s+year|last\s+year)|(?:the\s+)?(?:prior|previous)[\s-]+"
                               r"year(?:['’]s)?(?:\s+(?:period|quarter))?|(?:a|one)\s+year\s+"
                               r"(?:earlier|ago)|last\s+year", re.I)),
)


@dataclass(frozen=True)
class ReleaseCalendar:
    """The release's fiscal year end (month, day) and, when its dateline pins it, its own
    quarter: (fiscal year, quarter number)."""

    year_end: tuple[int, int]
    own: tuple[int, int] | None

    def year(self, fiscal_year: int) -> tuple[date, date]:
        end = month_end(date(fiscal_year, self.year_end[0], 1))
        return month_end(add_months(end, -12)) + timedelta(days=1), end

    def quarter(self, fiscal_year: int, number: int) -> tuple[date, date]:
        end = month_end(add_months(self.year(fiscal_year)[1], -3 * (4 - number)))
        return month_end(add_months(end, -3)) + timedelta(days=1), end


def release_calendar(text: str, year_end: tuple[int, int] | None) -> ReleaseCalendar | None:
    """The release's calendar from its stated year end and its dateline; None without a year
    end."""
    if year_end is None:
        return None
    calendar = ReleaseCalendar(year_end, None)
    found = _DATELINE.search(text[:_DATELINE_CHARS])
    day = date_of(found["month"], found["day"], found["year"]) if found else None
    if day is None:
        return calendar
    end = calendar.year(day.year + 1)[1]
    for _ in range(12):  # step back quarter by quarter to the last one ended before the day
        if end <= day:  # a first date on a quarter end is the period the headline names
            break
        end = month_end(add_months(end, -3))
    if (day - end).days > _REPORT_DAYS:
        return calendar
    fiscal_year = end.year if (end.month, end.day) <= year_end else end.year + 1
    number = 4 - ((calendar.year(fiscal_year)[1].year * 12 + year_end[0])
                  - (end.year * 12 + end.month)) // 3
    return ReleaseCalendar(year_end, (fiscal_year, number))


def phrase_period(kind: str, match: re.Match, calendar: ReleaseCalendar,
                  before: tuple[date, date] | None) -> tuple[date, date] | None:
    """The period a phrase of ``PHRASES`` names; ``before``: the period of the figure a
    "same period a year earlier" is compared with."""
    if kind == "quarter":
        return calendar.quarter(int(match["year"]), ORDINALS[match["ordinal"].lower()])
    if kind == "year":
        return calendar.year(int(match["year"]))
    if kind == "year_before":
        return None if before is None else (_year_back(before[0]), _year_back(before[1]))
    if calendar.own is None:
        return None
    fiscal_year, number = calendar.own
    if kind == "own_year":
        return calendar.year(fiscal_year) if number == 4 else None
    named = ORDINALS[match["ordinal"].lower()]
    return calendar.quarter(fiscal_year, named) if named == number else None


def _year_back(day: date) -> date:
    moved = add_months(day, -12)
    return month_end(moved) if day == month_end(day) else moved
