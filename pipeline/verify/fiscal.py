"""A filer's fiscal calendar, read from its own facts, so "fiscal 2023" and "the second quarter
of fiscal 2026" find the periods the filings mean by them.

Companies name fiscal years differently: GameStop's "fiscal 2023" is the 53 weeks ended
February 3, 2024 (named for the year it starts in), NVIDIA's "fiscal 2026" ends in January 2026
(named for the year it ends in). Dates alone cannot tell the two apart, so the calendar is read
from the filings in this order:
1. a fact's own label: a column or row headed "Fiscal 2023" / "FY2023";
2. the company's convention as its filings' covers state it: the fiscal year focus each
   inline-XBRL 10-K and 10-Q tags over the period it reports (``core.rows_document``);
3. without one, the convention learned from any fact whose source text names its fiscal period
   ("For the second quarter of fiscal year 2026, ... Customer A represented 23%");
4. otherwise the calendar year in which most of the fiscal year falls (a year that starts in
   January to March is named for the year it starts in; one that starts later in the year, for
   the year it ends in: Apple's year to September 2025 is fiscal 2025).
The start of the fiscal year comes from the facts' year-long and year-to-date periods (they all
begin on the first day of a fiscal year).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from core.period_phrases import FISCAL_YEAR_RE  # 'fiscal 2023', 'FY2023'
from core.rows_document import FISCAL_YEAR_NAMED

_TEXT_PERIOD = re.compile(r"\b(?P<what>first|second|third|fourth)\s+(?P<kind>quarter|half)\s+of\s+"
                          r"fiscal(?:\s+year)?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_END_SLACK = timedelta(days=14)
_WEEK = timedelta(days=7)  # a 52/53-week year ends up to a week either side of its date


@dataclass(frozen=True)
class FiscalCalendar:
    start_month: int = 1
    start_day: int = 1
    offset: int | None = None  # label year minus the calendar year the fiscal year ends in

    @property
    def is_calendar(self) -> bool:
        return (self.start_month, self.start_day) <= (1, 7) or (
            self.start_month == 12 and self.start_day >= 25)

    def year_start(self, day: date) -> date:
        """First day of the fiscal year that contains the period ending ``day``."""
        inside = day - _END_SLACK
        start = date(inside.year, self.start_month, min(self.start_day, 28))
        return start if start <= inside else date(inside.year - 1, self.start_month,
                                                  min(self.start_day, 28))

    def end_year(self, day: date) -> int:
        if self.is_calendar:
            return day.year
        return (self.year_start(day) + timedelta(days=360)).year

    def label(self, day: date) -> int:
        """The fiscal year a period ending ``day`` belongs to, as the company names it."""
        if self.is_calendar:
            return day.year
        offset = self.offset if self.offset is not None else (-1 if self.start_month <= 3 else 0)
        return self.end_year(day) + offset

    def quarter(self, day: date) -> int:
        """Fiscal quarter (1-4) of a quarter ending ``day``."""
        if self.is_calendar:
            # a 52/53-week year near the calendar's ends its quarters up to a week into the
            # next month (a chipmaker's second quarter ended July 1, read as a third quarter)
            inside = day - _WEEK
            return (inside.month - 1) // 3 + 1
        days = (day - self.year_start(day)).days
        return max(1, min(4, round(days / 91.3)))


def calendar_of(facts) -> FiscalCalendar:
    """The company's fiscal calendar from its stored facts (see the module docstring)."""
    figures = [sf for sf in facts if sf.fact.metric != FISCAL_YEAR_NAMED]  # dates: figures'
    starts = [sf.fact.period_start for sf in figures if 150 <= _days(sf.fact) <= 380] or (
        _comparison_starts(figures))
    if not starts:
        return FiscalCalendar()
    month = Counter(s.month for s in starts).most_common(1)[0][0]
    days = sorted(s.day for s in starts if s.month == month)
    base = FiscalCalendar(month, days[len(days) // 2])
    offsets = Counter(_stated_offsets(facts, base)) or Counter(_learned_offsets(figures, base))
    return FiscalCalendar(month, days[len(days) // 2],
                          offsets.most_common(1)[0][0] if offsets else None)


# The part of its fiscal year a cover says a filing covers, as the fiscal quarter it ends in
_PART_ENDS = {"FY": 4, "Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4, "H1": 2, "H2": 4, "M9": 3}


def _stated_offsets(facts, calendar: FiscalCalendar):
    """The naming each filing's cover states (``core.rows_document``): its fiscal year focus
    less the calendar year its fiscal year ends in. A year is named for the year it starts or
    ends in (an offset of -1 or 0); a focus that is neither, or whose period focus is not the
    quarter its period ends in, is a tag the calendar cannot read and is passed over."""
    for sf in facts:
        fact = sf.fact
        if fact.metric != FISCAL_YEAR_NAMED or fact.period_end is None or calendar.is_calendar:
            continue
        offset = int(fact.value) - calendar.end_year(fact.period_end)
        part = _PART_ENDS.get(fact.basis or "")
        if offset in (-1, 0) and part in (None, calendar.quarter(fact.period_end)):
            yield offset


_QUARTER_DAYS = 91  # 13 weeks
_QUARTER_SLACK = 8  # days a month-end or 52/53-week quarter's end may stand from 13 weeks'


def _comparison_starts(facts) -> list[date]:
    """Where a first-quarter 10-Q's fiscal year starts, when none of its facts spans more than
    the quarter: the day after the date its balance sheet compares with, which is the last
    fiscal year's end (Spire's 10-Q for the quarter ended December 31, 2023 compares with
    September 30, 2023: its fiscal 2024 starts October 1). The date is the earliest balance of
    the filing a whole number of quarters (up to three) before the quarter's end; a year
    before is the year-ago quarter's, not the year end's. Only a 10-Q's: an earnings release
    may print every quarter's balances of the past year, so a release's date counts only where
    its quarters are not calendar quarters (a 52/53-week year: Adobe's release for the quarter
    ended March 3, 2023 compares with December 2, 2022, its fiscal year's end, and its "first
    quarter fiscal 2023" was read as January to March) and it compares with that one date."""
    by_filing: dict[str, list] = {}
    for sf in facts:
        if sf.form.upper().startswith(("10-Q", "8-K")) and sf.fact.period_end is not None:
            by_filing.setdefault((sf.accession, sf.form.upper().startswith("8-K")),
                                 []).append(sf.fact)
    starts = []
    for (_, is_release), filed in by_filing.items():
        quarters = [f for f in filed if 80 <= _days(f) <= 100]
        if not quarters:
            continue
        current = max(f.period_end for f in quarters)
        compared = {f.period_end for f in filed if f.period_start is None
                    and _whole_quarters_before(current, f.period_end)}
        if is_release and (len(compared) != 1 or _calendar_quarters(quarters)):
            continue
        if compared:
            starts.append(min(compared) + timedelta(days=1))
    return starts


def _calendar_quarters(quarters) -> bool:
    """Whether the quarters start on the first days of calendar quarters (give or take the
    week a 52/53-week quarter may stand from them)."""
    return all(any(abs((f.period_start - date(y, m, 1)).days) <= 7
                   for y in (f.period_start.year, f.period_start.year + 1)
                   for m in (1, 4, 7, 10)) for f in quarters)


def _whole_quarters_before(current: date, day: date) -> bool:
    days = (current - day).days
    return any(abs(days - _QUARTER_DAYS * n) <= _QUARTER_SLACK for n in (1, 2, 3))


def own_label(fact) -> int | None:
    """'Fiscal 2023' in the column or row a year-long figure was read from."""
    for source in fact.sources:
        for text in (source.column, source.row):
            found = FISCAL_YEAR_RE.search(text or "")
            if found:
                return int(found.group("y"))
    return None


def _learned_offsets(facts, calendar: FiscalCalendar):
    for sf in facts:
        fact = sf.fact
        if fact.period_end is None or calendar.is_calendar:
            continue
        label = own_label(fact) if _days(fact) and (
            _days(fact) >= 340 or _quarter_of_named_year(fact)) else None
        if label is None:
            label = _text_label(fact) or _bare_year_column(fact)
        if label is not None:
            yield label - calendar.end_year(fact.period_end)


# "2012" alone over the 53 weeks ended February 2, 2013 (a department store's 10-K): a year
# column's bare year is the year's name; a column naming a month is a date, not a name
_BARE_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\b(?![-/])")
_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s",
                         re.I)


def _bare_year_column(fact) -> int | None:
    """The year a year-long figure's column names by its bare year alone, else None."""
    if _days(fact) < 340:
        return None
    for source in fact.sources:
        found = _BARE_YEAR.match(source.column or "")
        if found and not _MONTH_WORD.search(source.column) and abs(
                int(found["y"]) - fact.period_end.year) <= 1:
            return int(found["y"])
    return None


# "Fiscal Year 2006 4th Quarter" over a quarterly-data column (a computer maker's 10-K, whose
# 53-week year ended February 3, 2006): the fiscal year holding the quarter, named as the
# filer names it; left unlearned, its "fiscal 2006" was read as the year ended in 2007
_QUARTER_WORDS = re.compile(r"\bquarter\b|\bQ[1-4]\b|\b[1-4]Q\b", re.I)


def _quarter_of_named_year(fact) -> bool:
    """A quarter-long figure whose own column or row names its quarter beside a fiscal year."""
    return 80 <= _days(fact) <= 100 and any(
        _QUARTER_WORDS.search(text or "") and FISCAL_YEAR_RE.search(text or "")
        for source in fact.sources for text in (source.column, source.row))


def _text_label(fact) -> int | None:
    """'For the second quarter of fiscal year 2026, ...' in the sentence a fact came from."""
    for source in fact.sources:
        found = _TEXT_PERIOD.search(source.text or "")
        if found and _period_fits(fact, found.group("kind").lower()):
            return int(found.group("y"))
    return None


def _period_fits(fact, kind: str) -> bool:
    days = _days(fact)
    return bool(days) and (80 <= days <= 100 if kind == "quarter" else 170 <= days <= 190)


def _days(fact) -> int:
    if fact.period_start is None or fact.period_end is None:
        return 0
    return (fact.period_end - fact.period_start).days


def is_ambiguous(calendar: FiscalCalendar) -> bool:
    """A fiscal year that starts late in January, in February or March and whose naming no
    filing showed: the filer may name it for the year it starts in (department stores and game
    retailers, a home improvement retailer's year from late January) or ends in (a software
    maker's year from February, a computer maker's and a chipmaker's from late January)."""
    return (not calendar.is_calendar and calendar.offset is None
            and 1 <= calendar.start_month <= 3)


def possible_labels(calendar: FiscalCalendar, day: date) -> tuple[int, ...]:
    """The fiscal years a year ending ``day`` may be named: one, or both readings when the
    naming is ambiguous (the value then decides, and a mismatch is unverifiable)."""
    if is_ambiguous(calendar):
        return (calendar.end_year(day) - 1, calendar.end_year(day))
    return (calendar.label(day),)


# a quarter's label as claims_periods writes it: "Q1 2023", "fiscal Q1 2024"
# a claim's quarter label ("Q2 2025", "fiscal Q4 2012"): read by period_fit, change_bases and
# the article tables' columns (claims_period_rows)
QUARTER_LABEL = re.compile(r"^(?P<fiscal>fiscal )?Q(?P<q>[1-4]) (?P<y>\d{4})$")


def quarter_years(label: str, calendar: FiscalCalendar, end: date) -> tuple[int, ...]:
    """The years a non-calendar filer's quarter ending ``end`` may be named by: its fiscal
    year's label; and, when the article does not say "fiscal", the calendar year it ends in
    ("the first quarter of 2023" of a year to May: the filer's Q1 2023, ended August 2022, or
    its Q1 2024, ended August 2023, as an article on Oracle's Q1 FY2024 called it). The value
    decides, and a mismatch is unverifiable (``quarter_named_twice``)."""
    named = calendar.label(end)
    if label.startswith("fiscal") or named <= end.year:
        return (named,)
    return (named, end.year)  # a year named for its end: its first quarters end a year before


def quarter_named_twice(label: str | None, calendar: FiscalCalendar) -> bool:
    """Whether a quarter's label without "fiscal" names two of a non-calendar filer's quarters:
    the fiscal quarter of that label ends in an earlier calendar year than the label's (a
    retailer's fourth quarter of 2012, ended February 2013, is only that)."""
    found = QUARTER_LABEL.match(label or "")
    if found is None or calendar.is_calendar or label.startswith("fiscal"):
        return False
    number, year = int(found.group("q")), int(found.group("y"))
    for start_year in range(year - 2, year + 2):
        start = date(start_year, calendar.start_month, min(calendar.start_day, 28))
        end = start + timedelta(days=91 * number - 1)  # near the quarter's end
        if calendar.label(end) == year:
            return end.year < year
    return False
