"""The article's own quarter, and a paragraph's aside about the whole year it falls in.

"In <year>, revenues were $X billion ..." in a piece on a bank's fourth quarter (an
investment site's recap): the next paragraph's "NII declined ... to $Y billion" is the quarter's
again.
"""

from __future__ import annotations

from core import period_phrases
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_relative import RELATIVE_READERS
from pipeline.verify.claims_units import find_figures
from pipeline.verify.period_math import undated_parts
from pipeline.verify.vague_periods import with_vague


def is_dated_quarter(period: PeriodPhrase | None) -> bool:
    return period is not None and period.kind == "quarter" and period.end is not None


class QuarterFocus:
    """The article's own quarter, set by its headline or lead, and a paragraph's aside about
    the whole year that quarter ends or falls in: "In <year>, revenues were $X billion ..." in
    a piece on a bank's fourth quarter (an investment site's recap), whose next paragraph's
    "NII declined ... to $Y billion" is the quarter's again. The period in force returns to the
    quarter at the next paragraph only when a sentence with figures named that year itself and
    the headline named no whole year ("Fourth Quarter and Full Year Results": its year's
    paragraphs and bullets may run on); any other period carries on across paragraphs."""

    def __init__(self) -> None:
        self.main: PeriodPhrase | None = None
        self.aside = False
        self.whole_year_headline: bool | None = None
        self.yearless: PeriodPhrase | None = None  # the yearless quarter a year aside left

    def observe(self, text: str, before: PeriodPhrase | None, after: PeriodPhrase | None,
                claims: list[Claim], lead: bool) -> None:
        if self.whole_year_headline is None:
            self.whole_year_headline = _names_whole_year(text)
        if self.main is None and lead and is_dated_quarter(after):
            self.main = after
        if self.main is not None and not claims and sc.opens_scope(text, after):
            # "FY 2024 numbers" after a lead on the fourth quarter (a blog on a streamer's
            # year): the bullets below are the year's, none returns to the quarter
            self.main = None
        self.aside = self.aside or (
            after is not before and self._year_of_main(after) and any(c.metric for c in claims)
            and any(p.kind == "year" for p in _periods(text)))
        if _year_of_yearless(before, after) and any(c.metric for c in claims):
            self.yearless = before

    def at_paragraph(self, context: PeriodPhrase | None) -> PeriodPhrase | None:
        aside, self.aside = self.aside, False
        yearless, self.yearless = self.yearless, None
        if aside and not self.whole_year_headline and self._year_of_main(context):
            return self.main
        if yearless is not None and not self.whole_year_headline and _year_of_yearless(
                yearless, context):
            # "For the entire year, revenue grew ..." in a piece on a fourth quarter whose
            # year it never states (an article on a streamer's Q4): the next paragraph's
            # figures are the quarter's again, as after a dated quarter's aside
            return yearless
        return context

    def _year_of_main(self, period: PeriodPhrase | None) -> bool:
        return (self.main is not None and period is not None and period.kind == "year"
                and period.start is not None and period.end is not None
                and period.start <= self.main.end <= period.end)


def _year_of_yearless(quarter: PeriodPhrase | None, year: PeriodPhrase | None) -> bool:
    """Whether ``year`` is the yearless fiscal year of the yearless ``quarter``."""
    of_quarter = undated_parts(quarter.label) if quarter is not None else None
    of_year = undated_parts(year.label) if year is not None else None
    return (of_quarter is not None and of_year is not None and not of_quarter.whole_year
            and of_year.whole_year and of_quarter.quarter == of_year.quarter
            and of_quarter.back == of_year.back)


def _names_whole_year(text: str) -> bool:
    """Whether a headline names a whole year (a year alone, or "full year", "annual")."""
    if any(kind == "whole_year" and regex.search(text) for regex, kind in RELATIVE_READERS):
        return True
    return any(p.kind == "year" and not sc.quarter_after_year(text, p) for p in _periods(text))


def _periods(text: str) -> list[PeriodPhrase]:
    """The periods a heading names; "in late 2021" names no whole year (vague_periods)."""
    return with_vague(text, period_phrases.find_periods(text, reading=period_phrases.ARTICLES))


class HeadingScope:
    """A list heading's period lasts for its section only. "Q1 Guidance:", "FY26 Guidance:",
    "Q4 Segment Performance:", "Other Key Metrics:" (a social-media recap of a software
    maker's fiscal year): each heading opens a section of its own, so the next heading is read
    against the period in force before the first, not the one the heading before it set. The
    outlook year of one heading then no longer dated the quarter of the next ("fiscal Q4 2026"
    for a recap of fiscal 2025), nor did a quarter run on under a heading that names none.
    A period a sentence with figures sets is the article's own and is kept as before."""

    def __init__(self) -> None:
        self.base: PeriodPhrase | None = None  # the period in force before the heading
        self.set: PeriodPhrase | None = None  # the period the last heading put in force

    def before(self, text: str, context: PeriodPhrase | None,
               listed: bool = False) -> PeriodPhrase | None:
        """The period a heading is read against: the one before the last heading when that
        heading's period is still in force. ``listed``: the line heads a list
        (``list_heads``) though no colon ends it."""
        if self.set is not None and _same(context, self.set) and (listed or is_heading(text)):
            return self.base
        return context

    def after(self, text: str, before: PeriodPhrase | None,
              after: PeriodPhrase | None, listed: bool = False) -> None:
        if not (listed or is_heading(text)):
            if not _same(after, self.set):
                self.set = None  # a sentence set the period: the article's, kept
            return
        self.base, self.set = (before, after) if not _same(after, before) else (None, None)


def _same(one: PeriodPhrase | None, other: PeriodPhrase | None) -> bool:
    """The same period (a figure dated by the period in force carries a copy of it)."""
    if one is None or other is None:
        return one is other
    return (one.label, one.start, one.end) == (other.label, other.start, other.end)


def is_heading(text: str) -> bool:
    """A list heading: a line that ends in a colon and quotes no figure."""
    stripped = text.rstrip()
    return stripped.endswith(":") and len(stripped) <= _HEADING_LENGTH and not find_figures(
        stripped)


_HEADING_LENGTH = 80  # a heading is a short line; a prose lead-in ("... these records:") too
