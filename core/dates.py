"""Dates and periods: the one month table, the one date parser, the one ``same_period``, and the
period arithmetic every reader of filings and articles shares.

A period is ``(start, end)``; an instant ("as of December 31, 2025") has start None. Filings
often print only the end of a period ("three months ended June 30, 2026"), so the start is
derived, and a derived start may differ by days from an XBRL context's exact one: two periods are
the same when they end on the same day and start within a few days of each other.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# Month names as filings and articles write them, lowercase -> month number: full names,
# three-letter abbreviations and "sept".
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
# The report's display abbreviations, January first ("Jan 31, 2026"); fixed here, not taken from
# the locale, so a report reads the same on every machine.
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Every name of MONTHS, capitalized, longest first (so "Sept" is tried before "Sep"). Case-
# insensitive patterns compile it with re.I; the article reader keeps it case-sensitive.
MONTH_NAMES = "|".join(name.capitalize() for name in sorted(MONTHS, key=len, reverse=True))
# A month name with its optional dot ("Dec."), no group.
MONTH_RE = rf"(?:{MONTH_NAMES})\.?"
# A written date: "December 31, 2025", "Dec. 31 2025" (compile with re.I for any casing).
WRITTEN_DATE_RE = rf"{MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}}"
# Counts of months and weeks as filings spell them ("three months", "fifty-two weeks").
# Retailers' and restaurants' 12/16-week quarters ("Twelve Weeks Ended", "Twenty-Four Weeks").
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12,
                "thirteen": 13, "sixteen": 16, "twenty-four": 24, "twenty-six": 26,
                "twenty-eight": 28, "thirty-six": 36, "thirty-nine": 39, "forty": 40,
                "fifty-two": 52, "fifty-three": 53}
# Days from a quarter's start to its end: thirteen weeks or three months, with room for a start
# derived from the end alone (readers that need a tighter window, as 13-week calendars do, keep
# their own).
QUARTER_DAYS = range(80, 101)
# Days of any fiscal quarter a filing may state: three months, or 12 to 17 weeks of a 52/53-week
# calendar whose last quarter is the long one (a restaurant group's quarters are 12, 12, 12 and
# 16 weeks, and its 10-K's quarterly note states the 16-week fourth).
FISCAL_QUARTER_DAYS = range(80, 7 * 17 + 2)
# Days between a period's end and the end of the same period a year before: a 52- or 53-week
# year, or twelve months.
YEAR_BACK_DAYS = range(357, 372)
# An ISO date as articles and JSON write it: "2025-12-31".
ISO_DATE_RE = r"(?:19|20)\d\d-\d\d-\d\d"
_WRITTEN = re.compile(r"(?P<month>" + MONTH_RE + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
                      re.I)


def parse_date(text: str) -> date | None:
    """'December 31, 2025', 'Dec. 31, 2025', 'Sept 30 2025' or ISO '2025-12-31' -> the date;
    None for anything else (and for days that do not exist). Callers that must refuse a bad
    value (a CLI flag, a JSON field) raise their own error on None."""
    match = _WRITTEN.fullmatch(text.strip())
    if match:
        return date_of(match["month"], match["day"], match["year"])
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def date_of(month: str, day: str | int, year: str | int) -> date | None:
    """The date of a month name ('Dec.', 'sept', 'June'), day and year; None if there is none."""
    try:
        return date(int(year), MONTHS[month.lower().rstrip(".")], int(day))
    except (KeyError, ValueError):
        return None


def count_of(word: str) -> int | None:
    """'3' or 'three' -> 3; None for a word that is no count."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def weeks_in_months(weeks: int) -> int:
    """The months a run of 13-week quarters stands for: 13 -> 3, 26 -> 6, 39 -> 9, 52 and 53
    (a year with a leap week) -> 12."""
    return weeks * 3 // 13


def display_date(day: date) -> str:
    """'Jan 31, 2026': how the report prints a date."""
    return f"{MONTH_ABBR[day.month - 1]} {day.day}, {day.year}"


def date_pattern(d: date) -> str:
    """The pattern of ``d`` as filings print it: 'June 30, 2026' (any spacing, comma optional)."""
    return rf"{calendar.month_name[d.month]}\s+{d.day},?\s+{d.year}"


def same_period(a: tuple[date | None, date | None], b: tuple[date | None, date | None],
                slack_days: int = 7) -> bool:
    """Same end date, and starts within ``slack_days`` (both None for instants): a start derived
    from a header or a sentence matches an XBRL context's exact one. No end is no period."""
    if a[1] != b[1] or a[1] is None or (a[0] is None) != (b[0] is None):
        return False
    return a[0] is None or abs((a[0] - b[0]).days) <= slack_days


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def is_month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` (negative: back), its day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def months_before(end: date, months: int) -> date:
    """The first day of the ``months`` months that end on ``end`` (month ends map to month
    ends: six months ended June 30 start January 1)."""
    start = add_months(end, -months)
    return (month_end(start) if is_month_end(end) else start) + timedelta(days=1)


def is_week_calendar(end: date) -> bool:
    """Periods ending off a month end belong to a 52/53-week calendar (NVIDIA, Apple)."""
    return not is_month_end(end)


def derive_start(end: date, months: int) -> date:
    """Start of a period of ``months`` ending on ``end`` when only the end is printed: by
    months for month-end calendars, by 13-week quarters for 52/53-week ones."""
    if is_week_calendar(end):
        return end - timedelta(weeks=months * 13 // 3) + timedelta(days=1)
    return month_end(add_months(end, -months)) + timedelta(days=1)
