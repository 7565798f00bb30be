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

from core.dates import (
    MONTH_NAMES,
    NUMBER_WORDS,
    count_of,
    date_of,
    date_pattern,
    is_month_end,
    month_end,
    months_before,
)

_MONTH_RE = r"(?P<month>" + MONTH_NAMES + r")\.?"
# A full date as a fiscal-year definition or the cover prints it ("February 3, 2024").
_FULL_DATE = _MONTH_RE + r"\s*(?P<day>\d{1,2}),?\s*(?P<year>(?:19|20)\d\d)"
_DATE_RE = re.compile(_MONTH_RE + r"\s*(?P<day>\d{1,2})\s*,?\s*(?P<year>(?:19|20)\d\d)?", re.I)
_YEAR_RE = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])")
# Retailers' and restaurants' 12/16-week quarters ("Twelve Weeks Ended", "24 Weeks Ended")
_WEEKS_RE = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(
    w for w, n in NUMBER_WORDS.items() if n >= 12) + r")[\s-]*weeks?\b", re.I)
_MONTHS_RE = re.compile(r"\b(?P<n>\d{1,2}|three|six|nine|twelve)[\s-]*months?\b", re.I)
_QUARTER_RE = re.compile(r"\bquarters?\b", re.I)
# "Quarter Ended": one quarter (where "2015 Quarters(1) Total" is the year the quarters make)
_SINGLE_QUARTER_RE = re.compile(r"\bquarter\b", re.I)
_YEAR_WORD_RE = re.compile(r"\b(?:fiscal\s+)?years?\b|\bfiscal\b|\bannual\b", re.I)
_ONE_QUARTER_RE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])\b", re.I)
_POINT_RE = re.compile(r"\b(?:as of|as at|balance)\b", re.I)
# Words a period header may hold besides its period; anything else names a segment, a class
# or a change column, and such a column is not the company's figure for the period.
_HEADER_NOISE = re.compile(
    r"\b(?:" + "|".join(NUMBER_WORDS) + r"|months?|"
    r"weeks?|quarters?|years?|fiscal|fy|ended|ending|end|for|the|and|of|period|periods|unaudited|"
    r"audited|as|gaap|in|thousands|millions|billions|except[^)]*|per|share|data|"
    # a scale caption spanning the figures ("(Dollars in thousands, except per share amounts)",
    # Standard Pacific's statements)
    r"dollars|dollar|usd|"
    r"amounts|total|q[1-4]|[1-4]q|first|second|third|fourth|full|year-to-date|ytd|"
    # the filer's current figure for the period (Marathon's 2022 columns "(As Restated)")
    r"restated|revised|recast|"
    + MONTH_NAMES + r")\b|\d+|[^\w\s]+", re.I)


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
    if _POINT_RE.search(text) and not (_MONTHS_RE.search(text) or _WEEKS_RE.search(text)):
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


def _end_date(text: str) -> date | None:
    """The last full date the header prints ("June 30, 2026"; "June 30," ... "2026")."""
    matches = list(_DATE_RE.finditer(text))
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


def header_leftover(text: str) -> str:
    """What a header says besides its period: '' for a plain period column."""
    return " ".join(_HEADER_NOISE.sub(" ", text).split())


_FISCAL_DEF_RE = re.compile(
    r"fiscal\s+(?:year\s+)?(?P<label>(?:19|20)\d\d)\b[^.;]{0,60}?\b(?P<weeks>5[23])[\s-]*weeks?\s+"
    r"end(?:ed|ing)\s+(?:on\s+)?" + _FULL_DATE, re.I)
_COVER_RE = re.compile(r"for\s+the\s+fiscal\s+year\s+ended:?\s*" + _FULL_DATE, re.I)


# A fiscal year ending by this month may be labelled by the year before (retailers' years).
_AMBIGUOUS_LAST_MONTH = 2


def find_fiscal_years(text: str) -> dict[int, tuple[date, date]]:
    """Fiscal label year -> (start, end), as the document defines them.

    "Fiscal year 2023 consisted of the 53 weeks ended on February 3, 2024" defines fiscal 2023,
    and so does a list: "Fiscal years 2012, 2011 and 2010 ended on February 2, 2013, January
    28, 2012 and January 29, 2011, respectively" (Macy's), each year starting the day after the
    one before it ends (or as many weeks before its end as the document says it has).
    Without such sentences the cover's "For the fiscal year ended June 30, 2013" defines the
    latest fiscal year, labelled by the year it ends in ("Fiscal Year 2023" ends in April
    2023; Microsoft's fiscal 2013 ends June 30, 2013), and the years before it when they end
    on the same month end and the document prints that date. A year ending in January or
    February is labelled either way (Salesforce's fiscal 2025 ends January 31, 2025;
    GameStop's fiscal 2023 ends February 3, 2024): the cover alone does not say which, so it
    defines none.
    """
    years: dict[int, tuple[date, date]] = {}
    for match in _FISCAL_DEF_RE.finditer(text):
        end = _match_date(match)
        if end:
            years.setdefault(int(match["label"]),
                             (end - timedelta(days=7 * int(match["weeks"]) - 1), end))
    for label, span in _listed_fiscal_years(text).items():
        years.setdefault(label, span)
    end = cover_fiscal_end(text) if not years else None
    if end and end.month > _AMBIGUOUS_LAST_MONTH and not is_month_end(end):
        # a week calendar's year and those before it, back to back, as long as the document
        # says how many weeks each had (Yum: "Fiscal years 2008, 2007, 2006 and 2004 include
        # 52 weeks and fiscal year 2005 includes 53 weeks")
        years.update(_back_to_back(end, _stated_weeks(text)))
    if end and end.month > _AMBIGUOUS_LAST_MONTH and end.year not in years:
        years[end.year] = (months_before(end, 12), end)
        if is_month_end(end) and not describes_week_calendar(text) and not _MOVED.search(text):
            years.update(_earlier_month_end_years(text, end))
    return years


# How a document says its fiscal periods are counted in weeks, not months: "52 or 53 weeks",
# "a 52/53-week fiscal year", "the Saturday closest to January 31", "ends on the last Sunday
# of December", "Twelve Weeks Ended". TEGNA's 10-K FY2015 says "Historically, our fiscal year
# was a 52-53 week fiscal year": its fiscal 2014 ended December 28, not December 31.
_WEEK_CALENDAR = re.compile(
    r"\b(?:5[23]|fifty-(?:two|three))[\s-]*weeks?\b|\b52[\s-]*(?:or|/|-|to)\s*53\b|"
    r"\b(?:satur|sun|fri|mon|thurs|wednes|tues)day\s+(?:closest|nearest|on or (?:before|after))|"
    r"\blast\s+(?:satur|sun|fri|mon|thurs|wednes|tues)day\s+(?:of|in)\b|"
    r"\b(?:1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)[\s-]*weeks?\s+end", re.I)


def describes_week_calendar(text: str) -> bool:
    """Does the document count its fiscal periods in weeks (so a quarter need not end on a
    month end, nor a year start on the day after the same date a year earlier)?"""
    return _WEEK_CALENDAR.search(text) is not None


# A filer that moved its year end says so, and reports a transition period among its years
# (the cover's "For the transition period from ___ to ___" is a blank form field, not this)
_MOVED = re.compile(r"chang(?:e|ed|ing)\s+(?:in\s+|of\s+)?(?:its|our|the)\s+fiscal\s+year[\s-]+end|"
                    r"transition\s+period\s+ended|\b(?:one|two|three|four|five|six|seven|eight|"
                    r"nine|ten|eleven|\d{1,2})[\s-]+months?\s+transition\s+period", re.I)
# How many years before the cover's a 10-K's tables show (a five-year selected-data table).
_EARLIER_YEARS = 4


def _earlier_month_end_years(text: str, end: date) -> dict[int, tuple[date, date]]:
    """The fiscal years before the cover's, ending on the same month end, each only when the
    document prints its end date (a filer that moved its year end prints the other date)."""
    years: dict[int, tuple[date, date]] = {}
    for back in range(1, _EARLIER_YEARS + 1):
        earlier = month_end(date(end.year - back, end.month, 1))
        if not re.search(date_pattern(earlier), text, re.I):
            break
        years[earlier.year] = (months_before(earlier, 12), earlier)
    return years


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_LIST_WINDOW = 400  # characters before "respectively" that its sentence may take
_FULL_DATE_RE = re.compile(_FULL_DATE, re.I)
_LABEL_YEAR_RE = re.compile(r"(?<![\d$])(?:19|20)\d\d(?!\d)")  # "2012," in a list of labels
_LIST_WEEKS_RE = re.compile(r"\b(?P<weeks>5[23])[\s-]*weeks?\s+fiscal\s+years?\s+end(?:ed|ing)\b$",
                            re.I)
_YEAR_WEEKS_RE = re.compile(
    r"fiscal\s+years?\s+(?P<labels>(?:19|20)\d\d(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)*)\s+"
    r"(?:include[sd]?|included|consist(?:s|ed)?\s+of|had|has|comprised)\s+(?P<weeks>5[23])\s+weeks",
    re.I)


def _listed_fiscal_years(text: str) -> dict[int, tuple[date, date]]:
    """Fiscal years a "respectively" sentence defines: its label years, in order, paired with
    the end dates it lists after "fiscal years ended" (Macy's: "Fiscal years 2012, 2011 and
    2010 ended on February 2, 2013, January 28, 2012 and January 29, 2011, respectively";
    '"2012," "2011," ... are references to the Company's fiscal years ended February 2, 2013,
    January 28, 2012, ...'). A label must be the year its date ends in or the one before."""
    ends: dict[int, date] = {}
    weeks = _stated_weeks(text)
    for found in _RESPECTIVELY.finditer(text):
        start = found.start() - _LIST_WINDOW
        cut = text.rfind(". ", max(0, start), found.start())
        sentence = text[max(0, start, cut + 1):found.start()]
        fiscal = re.search(r"fiscal\s+years?\b", sentence, re.I)
        ended = fiscal and re.compile(r"\bend(?:ed|ing)\b", re.I).search(sentence, fiscal.end())
        if not ended:
            continue
        dates = [_match_date(m) for m in _FULL_DATE_RE.finditer(sentence, ended.end())]
        before = [m.end() for m in _FULL_DATE_RE.finditer(sentence, 0, ended.start())]
        labels = [int(y) for y in _LABEL_YEAR_RE.findall(
            sentence, before[-1] if before else 0, ended.start())]
        if len(dates) < 2 or len(labels) != len(dates) or None in dates:
            continue
        pairs = list(zip(labels, dates, strict=True))
        if all(end.year - 1 <= label <= end.year for label, end in pairs):
            for label, end in pairs:
                ends.setdefault(label, end)
            # "the 52-week fiscal years ended August 28, 2022, August 29, 2021, and August
            # 30, 2020" (Costco): each of them that long
            length = _LIST_WEEKS_RE.search(sentence, 0, ended.end())
            for label in labels if length else ():
                weeks.setdefault(label, int(length["weeks"]))
    return _spans_of(ends, weeks)


def _back_to_back(end: date, weeks: dict[int, int]) -> dict[int, tuple[date, date]]:
    """Fiscal years ending with the one ending ``end`` (labelled by its year), each ending the
    day before the next one starts, while the document states each one's weeks."""
    years: dict[int, tuple[date, date]] = {}
    label = end.year
    while label in weeks:
        start = end - timedelta(days=7 * weeks[label] - 1)
        years[label] = (start, end)
        label, end = label - 1, start - timedelta(days=1)
    return years


def _stated_weeks(text: str) -> dict[int, int]:
    """ "Fiscal year 2012 includes 53 weeks and fiscal years 2011 and 2010 included 52 weeks"."""
    weeks: dict[int, int] = {}
    for match in _YEAR_WEEKS_RE.finditer(text):
        for label in _LABEL_YEAR_RE.findall(match["labels"]):
            weeks.setdefault(int(label), int(match["weeks"]))
    return weeks


def _spans_of(ends: dict[int, date], weeks: dict[int, int]) -> dict[int, tuple[date, date]]:
    """Each year from the day after the year before ends; failing that, its stated weeks back
    from its end, or twelve months for a year ending on a month end; else it is left out."""
    spans: dict[int, tuple[date, date]] = {}
    for label, end in ends.items():
        if label - 1 in ends:
            start = ends[label - 1] + timedelta(days=1)
        elif label in weeks:
            start = end - timedelta(days=7 * weeks[label] - 1)
        elif is_month_end(end):
            start = months_before(end, 12)
        else:
            continue
        spans[label] = (start, end)
    return spans


# "Year Ended December 31", "twelve months ended December 31, 2021", "fiscal years ended June 30"
_YEAR_ENDED_RE = re.compile(r"\b(?:fiscal\s+)?(?:years?|twelve\s+months|12\s+months)\s+ended\s+"
                            + _MONTH_RE + r"\s*(?P<day>\d{1,2})\b", re.I)


def stated_year_end(text: str) -> tuple[int, int] | None:
    """(month, day) of the year end a document without a cover names (an earnings release's
    "Year Ended December 31"): only when every such phrase names the same month end, after
    February (so the year's label is the year it ends in)."""
    ends = set()
    for match in _YEAR_ENDED_RE.finditer(text):
        day = date_of(match["month"], match["day"], 2001)  # a year without February 29
        if day is None:
            return None
        ends.add(day)
    if len(ends) != 1:
        return None
    day = ends.pop()
    if not is_month_end(day) or day.month <= _AMBIGUOUS_LAST_MONTH:
        return None
    return day.month, day.day


_WEEK_COUNT = r"(\d\d|twelve|thirteen|fourteen|sixteen|seventeen)"
# How filers say how many weeks each quarter of a 52/53-week year has, as (pattern, lengths):
# the pattern's groups are the weeks of the first three quarters, of the fourth in a 52-week
# year and (optional) in a 53-week year.
_QUARTER_WEEKS = (
    # Yum: "The first three quarters of each fiscal year consist of 12 weeks and the fourth
    # quarter consists of 16 weeks in fiscal years with 52 weeks and 17 weeks in fiscal years
    # with 53 weeks"
    re.compile(r"first\s+three\s+quarters\s+of\s+each\s+fiscal\s+year\s+consist\s+of\s+"
               + _WEEK_COUNT + r"\s+weeks\s+and\s+the\s+fourth\s+quarter\s+consists\s+of\s+"
               + _WEEK_COUNT + r"\s+weeks\s+in\s+(?:fiscal\s+)?years\s+with\s+52\s+weeks"
               r"(?:\s+and\s+" + _WEEK_COUNT + r"\s+weeks\s+in\s+(?:fiscal\s+)?years\s+with\s+"
               r"53\s+weeks)?", re.I),
    # "Each quarter consists of 13 weeks (14 weeks in the fourth quarter of a 53-week year)"
    re.compile(r"each\s+(?:fiscal\s+)?quarter\s+(?:consists\s+of|includes|has|is)\s+"
               + _WEEK_COUNT + r"\s+weeks()(?:[^.]{0,60}?\b" + _WEEK_COUNT
               + r"\s+weeks\s+in\s+the\s+fourth\s+quarter\s+of\s+(?:a|each)\s+53[\s-]*week)?",
               re.I),
)


def stated_quarter_weeks(text: str) -> dict[int, tuple[int, int, int, int]]:
    """Weeks in a year (52, 53) -> the weeks of its four quarters, as the document states them
    ({} when it does not)."""
    for pattern in _QUARTER_WEEKS:
        match = pattern.search(text)
        if match is None:
            continue
        first, fourth, fourth_53 = (_week_number(g) if g else None for g in match.groups())
        fourth = fourth or first
        found = {52: (first, first, first, fourth)}
        if fourth_53:
            found[53] = (first, first, first, fourth_53)
        return {weeks: quarters for weeks, quarters in found.items() if sum(quarters) == weeks}
    return {}


def _week_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def cover_fiscal_end(text: str) -> date | None:
    """The end of the fiscal year the cover reports ("For the fiscal year ended ...")."""
    cover = _COVER_RE.search(text[:30000])
    return _match_date(cover) if cover else None


def latest_column_year(end: date | None, years: list[int]) -> dict[int, tuple[date, date]]:
    """The cover's fiscal year under the label a table's latest year column gives it: a 10-K's
    statements show the year it reports, so of the two labels a January or February year end
    may take, the one a table's header uses is the filer's (Macy's prints "2012" for the
    year ended February 2, 2013, Salesforce "2025" for the one ended January 31, 2025)."""
    # only a January or February end may be labelled by the year before (Yum's 2007 column
    # is its fiscal 2007, not the fiscal 2008 its cover reports)
    labels = (end.year - 1, end.year) if end and end.month <= _AMBIGUOUS_LAST_MONTH else (
        end.year,) if end else ()
    if end is None or not years or max(years) not in labels:
        return {}
    return {max(years): (months_before(end, 12), end)}


def _match_date(match: re.Match) -> date | None:
    return date_of(match["month"], match["day"], match["year"])
