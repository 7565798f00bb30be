"""The quarter columns of an annual report's quarterly table, dated only when the document pins
them to the day.

A 10-K's quarterly note prints quarters without a full date: "Quarter Ended September 30 |
December 31 | March 31 | June 30 | Total" under "Fiscal Year 2013" (Microsoft's June year, so
September 30 is in 2012), "2012" over "Three Months Ended" over "March 31 ... Dec 31" (Vulcan),
"First Quarter ... Fourth Quarter | Total" under "2011:" (Standard Pacific). The year label and
the document's own fiscal years (``periods.find_fiscal_years``) give each column its dates:

- a month and day: the day of that fiscal year, three months back when it is a month end
  that ends a quarter of the year; a week calendar's day only with the weeks the table states;
- an ordinal quarter: the k-th three months of a fiscal year of twelve calendar months, and
  only where the document does not count its periods in weeks (Yum and Dell never say on
  which days their quarters end, and Yum's are 12, 12, 12 and 16 weeks long); in a week
  calendar, a quarter whose weeks the document states (a department store dates only its
  fourth quarter, by the fiscal months of its repurchase table:
  ``fiscal_calendar.stated_fourth_quarter``), and the three before it, 13 weeks each, when the
  weeks before that fourth quarter are 39 (the third ends the day before it starts, as
  ``core.dates.derive_start`` gives a 52/53-week quarter whose end alone is stated; the first
  starts the year);
- an ordinal quarter the document dates in words ("our 2015 fourth quarter included the period
  from September 28, 2015 through December 31, 2015": ``quarter_weeks.stated_quarters``), by
  those days, whatever calendar the year keeps;
- "Total": the fiscal year.

A wrong date is worse than none: whatever cannot be pinned gives no period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.dates import MONTH_NAMES, MONTHS, add_months, is_month_end, month_end, months_before
from core.period_phrases import ORDINAL_FIGURES, ORDINALS
from extractors.periods import Period

_FULL_DATE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s*\d{{1,2}}\s*,?\s*(?:19|20)\d\d\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_NAMES})\.?\s*(?P<day>\d{{1,2}})\b(?!\s*,?\s*\d)",
                        re.I)
_LABEL_YEAR = re.compile(r"(?<![\d$,.])(?:19|20)\d\d(?![\d,.%])")
_QUARTERLY = re.compile(r"\bquarters?\b|\bquarterly\b|\bthree[\s-]+months?\b|\b3[\s-]+months?\b|"
                        r"\bq[1-4]\b|"
                        r"\b[1-4]q\b|\b(?:1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)"
                        r"[\s-]+weeks?\b", re.I)
# A period longer than a quarter: "Six Months", "Nine Months Ended", "26 Weeks", "Year Ended",
# "Year-to-date"
_LONGER = re.compile(r"\b(?:six|nine|twelve|[69]|12)[\s-]+months?\b|\b(?:2[4-9]|[3-5]\d|twenty-\w+|"
                     r"thirty-\w+|forty|fifty-\w+)[\s-]+weeks?\b|\byears?\s+end|\byear-to-date\b|"
                     r"\bytd\b", re.I)
_ORDINAL = re.compile(r"\b(?:(?P<word>first|second|third|fourth|1st|2nd|3rd|4th)|q(?P<q>[1-4])|"
                      r"(?P<qq>[1-4])q)\b", re.I)
_ORDINALS = {**ORDINALS, **ORDINAL_FIGURES}
# A quarterly table's year column: "Total", "Total (1)", "Fiscal Year", "Full Year", "Year".
_TOTAL = re.compile(r"^(?:total|fiscal\s+year|full[\s-]+year|year|annual|year\s+total)$", re.I)
# What a year column's header holds besides "Total": its year, the spanning "Quarters" over
# it (TEGNA's "2015 Quarters(1)"), footnote marks, a scale caption spanning the columns
# (Standard Pacific's "(Dollars in thousands, except per share amounts)").
_NOT_TOTAL = re.compile(r"(?<![\d$,.])(?:19|20)\d\d(?![\d,.%])|\bquarters\b|"
                        r"\(\s*(?:\d{1,2}|[a-z])\s*\)|[*\u2020\u2021:]|"
                        r"\([^)]*\b(?:thousands|millions|billions)\b[^)]*\)", re.I)
_WEEKS = re.compile(r"\b(?P<n>1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)[\s-]+weeks?\b",
                    re.I)
_QUARTER_WEEKS = 13  # a 52/53-week year's quarter, but a 53-week year's longer one
_WEEK_WORDS = {"twelve": 12, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17}


@dataclass(frozen=True)
class FiscalCalendar:
    """The document's fiscal years (label -> (start, end)), whether it counts its periods in
    weeks (``periods.describes_week_calendar``), and, for a document that defines no fiscal
    year (an earnings release), the month end every "year ended" phrase of it names."""

    years: dict[int, tuple[date, date]]
    weeks: bool
    year_end: tuple[int, int] | None = None
    # weeks in a year -> its quarters' weeks, as the document states them (Yum: 12, 12, 12, 16;
    # Macy's dates only its fourth quarter: None, None, None, 14)
    quarter_weeks: dict[int, tuple[int | None, ...]] = field(default_factory=dict)
    # (year label, quarter number) -> its first and last day, as the document dates it in words
    # (``quarter_weeks.stated_quarters``)
    stated: dict[tuple[int, int], tuple[date, date]] = field(default_factory=dict)

    def week_quarters(self, span: tuple[date, date]) -> list[Period | None]:
        """A week calendar's four quarters of the year ``span`` (None for one whose weeks the
        document does not state), when the year is a whole number of weeks it states them for:
        the quarters before the first unknown one are counted from the year's start, the fourth
        back from its end."""
        start, end = span
        days = (end - start).days + 1
        lengths = self.quarter_weeks.get(days // 7) if days % 7 == 0 else None
        if lengths is None:
            return []
        quarters: list[Period | None] = []
        at = start
        for weeks in lengths:
            known = weeks is not None and at is not None
            quarters.append(Period(at, at + timedelta(days=7 * weeks - 1)) if known else None)
            at = at + timedelta(days=7 * weeks) if known else None
        if quarters[3] is None and lengths[3] is not None:
            quarters[3] = Period(end - timedelta(days=7 * lengths[3] - 1), end)
        return _thirteen_weeks_before(quarters, start)

    def span(self, label: int) -> tuple[date, date] | None:
        if label in self.years:
            return self.years[label]
        if self.year_end is None or self.weeks:
            return None
        end = month_end(date(label, self.year_end[0], 1))
        return months_before(end, 12), end


def _thirteen_weeks_before(quarters: list[Period | None], start: date) -> list[Period | None]:
    """A week calendar's quarters, with the first three 13 weeks each when the weeks before
    the dated fourth are 39 and every one of them the document dates is 13 weeks long (a
    department store's and a computer maker's quarterly notes, whose fourth quarter only a
    repurchase table dates): each is a 52/53-week quarter of 13 weeks, the third ending the day
    before the fourth starts (``core.dates.derive_start``), the first starting the year."""
    fourth = quarters[3]
    if fourth is None or (fourth.start - start).days != 7 * _QUARTER_WEEKS * 3:
        return quarters
    grid = [Period(start + timedelta(days=7 * _QUARTER_WEEKS * k),
                   start + timedelta(days=7 * _QUARTER_WEEKS * (k + 1) - 1)) for k in range(3)]
    if any(q is not None and q != g for q, g in zip(quarters, grid, strict=False)):
        return quarters  # a stated quarter of another length: the others are not 13 weeks
    return [*grid, fourth]


def quarter_column_period(column: str, block: str, cue: str, calendar: FiscalCalendar,
                          captions: str = "") -> Period | None:
    """The period of a quarterly table's column (``column``: its header; ``block``: the year
    label of the rows' block, such as "Fiscal Year 2013" or "2012:"; ``cue``: the table's
    captions and heading, which say the columns are quarters; ``captions``: the table's own
    captions alone), or None unless pinned exactly."""
    if _FULL_DATE.search(column) or not _QUARTERLY.search(f"{column} {cue}"):
        return None
    if _LONGER.search(column) or (_LONGER.search(captions) and not _QUARTERLY.search(column)):
        # "Six Months Ended June 30", "Year Ended December 31", or a table whose captions
        # also name such columns: a column without a quarter word of its own may be one
        return None
    years = set(_LABEL_YEAR.findall(column)) or set(_LABEL_YEAR.findall(block))
    if len(years) != 1:
        return None
    label = int(years.pop())
    ordinals = {_ordinal(m) for m in _ORDINAL.finditer(column)}
    days = list(_MONTH_DAY.finditer(column))
    if _TOTAL.match(" ".join(_NOT_TOTAL.sub(" ", column).split())):
        # the year itself only as the document defines it: a release's "Full Year" columns
        # are also its business lines' pages (JPMorgan's supplement), which no heading names;
        # and a week calendar's year is a whole number of weeks, or its start is a guess
        span = calendar.years.get(label)
        whole = span and (not calendar.weeks or ((span[1] - span[0]).days + 1) % 7 == 0)
        return Period(*span) if whole and not ordinals and not days else None
    stated = calendar.stated.get((label, min(ordinals))) if len(ordinals) == 1 else None
    if stated is not None and not days:
        return Period(*stated)  # the quarter as the document dates it in words
    span = calendar.span(label)
    if span is None:
        return None
    if len(ordinals) == 1 and not days:
        return _ordinal_quarter(ordinals.pop(), span, calendar)
    if len(days) == 1 and not ordinals:
        found = days[0]
        return _dated_quarter(MONTHS[found["month"].lower().rstrip(".")], int(found["day"]),
                              span, f"{column} {cue}", calendar)
    return None


def _ordinal(match: re.Match) -> int:
    if match["word"]:
        return _ORDINALS[match["word"].lower()]
    return int(match["q"] or match["qq"])


def is_calendar_year(span: tuple[date, date]) -> bool:
    """Twelve calendar months ending on a month end (quarters of three calendar months)."""
    start, end = span
    return is_month_end(end) and start == months_before(end, 12)


def _ordinal_quarter(number: int, span: tuple[date, date],
                     calendar: FiscalCalendar) -> Period | None:
    if calendar.weeks:
        # a week calendar's quarters end on days the table does not print: only the weeks
        # the document says each quarter has pin them
        quarters = calendar.week_quarters(span)
        return quarters[number - 1] if quarters else None
    if not is_calendar_year(span):
        return None
    end = month_end(add_months(span[1], -3 * (4 - number)))
    return Period(months_before(end, 3), end)


def _dated_quarter(month: int, day: int, span: tuple[date, date], text: str,
                   calendar: FiscalCalendar) -> Period | None:
    start, end = span
    found = [d for d in (_day(end.year - 1, month, day), _day(end.year, month, day))
             if d is not None and start <= d <= end]
    if len(found) != 1:
        return None
    quarter_end = found[0]
    stated = [q for q in calendar.week_quarters(span) if q is not None and q.end == quarter_end]
    if stated:
        return stated[0]
    weeks = {_week_count(m["n"]) for m in _WEEKS.finditer(text)}
    if len(weeks) == 1:
        return Period(quarter_end - timedelta(days=7 * weeks.pop() - 1), quarter_end)
    if calendar.weeks or weeks or not is_month_end(quarter_end) or not is_calendar_year(span):
        return None
    if (end.month - quarter_end.month) % 3:
        return None  # not a quarter end of this fiscal year
    return Period(months_before(quarter_end, 3), quarter_end)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _week_count(word: str) -> int:
    return int(word) if word.isdigit() else _WEEK_WORDS[word.lower()]
