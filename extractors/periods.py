"""Periods from table headers: "Three Months Ended June 30," over "2026 2025", fiscal years,
52/53-week years, and the document's own definition of its fiscal years.

A header names a duration and an end date; we turn that into (start, end) dates. Headers give a
nominal start ("three months ended March 29" starts about December 30) while XBRL contexts give
exact ones, so two periods are the same when they end on the same day and start within a few
days: ``core.dates.same_period``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from core.dates import (
    MONTH_NAMES,
    NUMBER_WORDS,
    add_months,
    count_of,
    date_of,
    month_end,
    months_before,
)

_MONTH_RE = r"(?P<month>" + MONTH_NAMES + r")\.?"
# A full date as a fiscal-year definition or the cover prints it ("February 3, 2024").
_FULL_DATE = _MONTH_RE + r"\s*(?P<day>\d{1,2}),?\s*(?P<year>(?:19|20)\d\d)"
_DATE_RE = re.compile(_MONTH_RE + r"\s*(?P<day>\d{1,2})\s*,?\s*(?P<year>(?:19|20)\d\d)?", re.I)
_YEAR_RE = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])")
# A month and a year with no day: "Nine Months Ended September, 2013" (a 2013 S-1's summary
# table) ends on the month's last day.
_MONTH_YEAR_RE = re.compile(_MONTH_RE + r",?\s*(?P<year>(?:19|20)\d\d)(?![\d,.%])", re.I)
# A period phrase with its dates (and the list of years after them), and a bare year outside one
_DATED_PHRASE = re.compile(_MONTH_RE + r"\s*\d{0,2},?\s*(?:19|20)\d\d(?:(?:\s*,\s*(?:and\s+)?|"
                           r"\s+and\s+)(?:19|20)\d\d\b)*", re.I)
# Retailers' and restaurants' 12/16-week quarters ("Twelve Weeks Ended", "24 Weeks Ended")
_WEEKS_RE = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(
    w for w, n in NUMBER_WORDS.items() if n >= 12) + r")[\s-]*weeks?\b", re.I)
_MONTHS_RE = re.compile(r"\b(?P<n>\d{1,2}|three|six|nine|twelve)[\s-]*months?\b", re.I)
_QUARTER_RE = re.compile(r"\bquarters?\b", re.I)
# "Quarter Ended": one quarter (where "2015 Quarters(1) Total" is the year the quarters make)
_SINGLE_QUARTER_RE = re.compile(r"\bquarter\b", re.I)
_YEAR_WORD_RE = re.compile(r"\b(?:fiscal\s+)?years?\b|\bfiscal\b|\bannual\b", re.I)
# ("4Q21": U.S. Bancorp's and JPMorgan's quarter columns)
_ONE_QUARTER_RE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4]|"
                             r"[1-4]q(?:\d\d)?)\b", re.I)
_POINT_RE = re.compile(r"\b(?:as of|as at|balance)\b", re.I)
# "As of and for the Years Ended December 31,": a summary's columns of balances on the day and
# flows over the period (a bank's selected data), a period for its income lines
_POINT_AND_PERIOD_RE = re.compile(r"\bas (?:of|at) and for\b", re.I)
# Words a period header may hold besides its period; anything else names a segment, a class
# or a change column, and such a column is not the company's figure for the period.
_HEADER_NOISE = re.compile(
    r"\b(?:" + "|".join(NUMBER_WORDS) + r"|months?|"
    r"weeks?|quarters?|years?|fiscal|fy|ended|ending|end|for|the|and|of|period|periods|unaudited|"
    r"audited|as|gaap|in|thousands|millions|billions|except[^)]*|per|share|data|"
    # a scale caption spanning the figures ("(Dollars in thousands, except per share amounts)",
    # Standard Pacific's statements)
    r"dollars|dollar|usd|"
    r"amounts|total|q[1-4]|[1-4]q(?:\d\d)?|first|second|third|fourth|full|year-to-date|ytd|"
    # a quarterly note's "4th Quarter", "3rd Quarter(a)" (a computer maker's 10-K): the
    # ordinal's figure and its letter footnote mark
    r"1st|2nd|3rd|4th|"
    # a unit mark spanning a year's figure and its change ("$ $ $/bps" over "2021 2020 change",
    # Citizens' 4Q21 release): "%" and "$" are marks too; a change column still names its
    # comparison ("4Q21 change from 3Q21") and is skipped for that
    r"bps|"
    # the filer's current figure for the period (Marathon's 2022 columns "(As Restated)")
    r"restated|revised|recast|"
    # a group caption over quarter columns ("QUARTERLY TRENDS", JPMorgan's supplement)
    r"quarterly|trends|"
    + MONTH_NAMES + r")\b|\d+|(?<=\w)\([a-z]\)|[^\w\s]+", re.I)


@dataclass(frozen=True)
class Period:
    """A duration (start..end) or, with start None, a point in time."""

    start: date | None
    end: date


def parse_header_period(text: str, fiscal_years: dict[int, tuple[date, date]] | None = None,
                        default_months: int | None = None) -> Period | None:
    """The period a column header names, or None when it names none.

    ``fiscal_years`` maps a fiscal label year ("Fiscal 2023") to the dates the document defines
    for it; ``default_months`` is the duration the table's caption states when the header
    itself gives only years.
    """
    end = _end_date(text)
    if end is None:
        return _fiscal_label_period(text, fiscal_years)
    if _POINT_RE.search(text) and not (_MONTHS_RE.search(text) or _WEEKS_RE.search(text)
                                       or names_point_and_period(text)):
        return None
    weeks = _count(_WEEKS_RE, text)
    if weeks:
        return Period(end - timedelta(days=7 * weeks - 1), end)
    months = _count(_MONTHS_RE, text)
    if months is None and _QUARTER_RE.search(text):
        months = 3
    if months is None and _YEAR_WORD_RE.search(text):
        months = 12
    months = months or default_months
    if not months:
        return None
    return Period(months_before(end, months), end)


# Pure functions of a header's text: a table's data rows ask about the same few headers again
# and again (1,625 questions, 350 distinct headers, over the 22 largest corpus documents).
@lru_cache(maxsize=4096)
def _end_date(text: str) -> date | None:
    """The last full date the header prints ("June 30, 2026"; "June 30," ... "2026")."""
    matches = list(_DATE_RE.finditer(text))
    month_year = list(_MONTH_YEAR_RE.finditer(text))
    if month_year and (not matches or month_year[-1].start() > matches[-1].start()):
        first = date_of(month_year[-1]["month"], 1, month_year[-1]["year"])
        return month_end(first) if first else None
    if not matches:
        return None
    match = matches[-1]
    year = match["year"]
    if year is None:
        later = _YEAR_RE.search(text, match.end())
        year = later.group(1) if later else None
    if year is None:
        return None
    return date_of(match["month"], match["day"], year)


def names_point_and_period(text: str) -> bool:
    """Does a header name both a day and the period ending on it ("As of and for the six
    months ended June 30,")? Its balances are the day's, its flows the period's."""
    return _POINT_AND_PERIOD_RE.search(text) is not None


def names_bare_years(text: str) -> bool:
    """Does ``text`` name a year outside a dated period phrase ("for 2011, 2012 and 2013 and the
    nine months ended September 30, 2013 and 2014", "in 2010")? A partial-year phrase of such a
    text does not date a table's bare year columns: some are whole years."""
    return _YEAR_RE.search(_DATED_PHRASE.sub(" ", text)) is not None


def _count(pattern: re.Pattern, text: str) -> int | None:
    match = pattern.search(text)
    if match is None:
        return None
    return count_of(match["n"])


def _fiscal_label_period(text: str, fiscal_years: dict | None) -> Period | None:
    """ "Fiscal 2023" or a bare "2023" resolved through the document's fiscal-year definitions."""
    years = _YEAR_RE.findall(text)
    if len(years) != 1 or not fiscal_years or names_part_of_year(text):
        return None  # "2015 Quarters: First" is a quarter of fiscal 2015, not the year (TEGNA)
    span = fiscal_years.get(int(years[0]))
    return Period(*span) if span else None


def names_part_of_year(text: str) -> bool:
    """Does a header name a part of its year: a quarter, a count of months or weeks, or a day
    ("2012 Three Months Ended March 31" is a quarter of 2012: Vulcan's quarterly note, whose
    four columns were each dated as the whole year)?"""
    months, weeks = _count(_MONTHS_RE, text), _count(_WEEKS_RE, text)
    return bool(_ONE_QUARTER_RE.search(text) or _SINGLE_QUARTER_RE.search(text)
                or (months and months < 12) or (weeks and weeks < 52) or _DATE_RE.search(text))


@lru_cache(maxsize=4096)  # 4,592 questions, 501 distinct headers (as _end_date)
def header_leftover(text: str) -> str:
    """What a header says besides its period: '' for a plain period column."""
    return " ".join(_HEADER_NOISE.sub(" ", text).split())


# The document's fiscal calendar (its fiscal years, week calendars, quarter lengths) is read by
# extractors.fiscal_calendar (its quarters' weeks by extractors.quarter_weeks); these names stay
# importable from here.
from extractors.fiscal_calendar import (  # noqa: E402
    cover_fiscal_end,
    describes_week_calendar,
    find_fiscal_years,
    latest_column_year,
    stated_year_end,
)
from extractors.quarter_weeks import stated_quarter_weeks, stated_quarters  # noqa: E402

# An earnings release's quarter columns (U.S. Bancorp's "4Q 2021", "3Q21"; JPMorgan's "4Q21"):
# a quarter of the filer's fiscal calendar, whose dates the label does not print. Its "Full
# Year 2021" columns are left to the fiscal-year readers: JPMorgan prints them over its lines
# of business too, which no heading tells from the firm's own table.
_LABEL_RE = re.compile(r"\b(?:(?:(?P<q1>[1-4])q|q(?P<q2>[1-4]))\s*'?(?P<qy>(?:19|20)?\d\d)|"
                       r"(?:full[\s-]+year|fy)\s*'?(?P<fy>(?:19|20)?\d\d))\b", re.I)


def is_label_header(text: str) -> bool:
    """A header that is one quarter or year label ("4Q 2021", "Q3 21", "Full Year 2021"), with
    at most a caption over its group ("QUARTERLY TRENDS 4Q21", JPMorgan's supplement)."""
    return _label_match(text) is not None


def _label_match(text: str) -> re.Match | None:
    found = list(_LABEL_RE.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    rest = text[:match.start()] + " " + text[match.end():]
    return match if not header_leftover(rest) else None


def label_period(text: str, year_end: tuple[int, int] | None) -> Period | None:
    """The quarter a label header names, its fiscal year ending on ``year_end`` (month, day:
    ``fiscal_calendar.stated_year_end``, the one reader of a release's "Year Ended" dates)."""
    match = _label_match(text)
    if match is None or year_end is None:
        return None
    year = int(match["qy"] or match["fy"])
    end = date(year + 2000 if year < 100 else year, *year_end)
    quarter = match["q1"] or match["q2"]
    if quarter is None:
        period = Period(months_before(end, 12), end)
    else:
        end = month_end(add_months(end, -3 * (4 - int(quarter))))
        period = Period(months_before(end, 3), end)
    # a day printed beside the label that is not its last one: a header the grid joined
    # across columns (PNC's 1Q22 credit-quality table: "March 31, 2022" over the "4Q21" of the
    # change column beside it), which dates neither
    stated = _end_date(text)
    return None if stated is not None and stated != period.end else period


__all__ = ["Period", "cover_fiscal_end", "describes_week_calendar", "find_fiscal_years",
           "header_leftover", "is_label_header", "label_period", "latest_column_year",
           "names_bare_years", "names_part_of_year", "parse_header_period",
           "stated_quarter_weeks", "stated_quarters", "stated_year_end"]
