"""Relative periods said against a yearless period in force ("a year ago", "for the fiscal
year", "last year's fourth quarter" after a headline's "fourth-quarter" with no year): kept
yearless and relative to it, for ``report_period`` to date once it knows which quarter the
loaded filings report; and the number of the yearless quarter in force.

Apart from ``claims_relative`` (the ``RELATIVE`` table, resolved against the period in force),
which falls back on these when that period has no year.
"""

from __future__ import annotations

from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import (
    undated_parts,
    undated_quarter,
    undated_to_date,
    undated_year,
)
from pipeline.verify.yearless_quarters import ended_back, ended_day, ended_quarter, ended_span


def _undated_last_years(number: int, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """'last year's fourth quarter' after a yearless quarter: that quarter, a year before the
    year in force (still yearless: ``report_period`` dates it)."""
    parts = undated_parts(context.label) if context is not None else None
    if parts is None or parts.whole_year:
        return undated_quarter(number, 1) if number else None
    return undated_quarter(number or parts.quarter, parts.back + 1) if (
        number or parts.quarter) else None


def undated_relative(kind: str, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """'a year ago' and 'for the fiscal year' after a yearless quarter: yearless too, kept
    relative to it, so that the verifier can date them once it knows which quarter the
    filings report (``report_period``)."""
    parts = undated_parts(context.label) if context is not None else None
    if kind == "year_back" and context is not None and (day := ended_day(context.label)):
        # "for the same period last year" after "the quarter ended March 29": that day, a
        # year before
        return ended_quarter(*day, ended_back(context.label) + 1, ended_span(context.label))
    if parts is None or kind not in ("year_back", "whole_year"):
        return None
    if kind == "whole_year":
        return undated_year(parts.quarter, parts.back)
    if parts.months:  # "in the prior year" after "year-to-date": that span a year back
        return undated_to_date(parts.months, parts.quarter, parts.back + 1)
    make = undated_year if parts.whole_year else undated_quarter
    return make(parts.quarter, parts.back + 1)


def pending_quarter(context: PeriodPhrase | None) -> int:
    """The number of the yearless quarter in force (0 when the period in force is none)."""
    parts = undated_parts(context.label) if context is not None else None
    return parts.quarter if parts is not None and not parts.whole_year else 0


def this_quarter(number: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """'in the quarter' (no number) after 'for the quarter ended August 31' with no year: that
    quarter, which ``report_period`` dates by the filing reporting it (a blog's cash flow 'in
    the quarter' was read as a quarter of any year and borne out by the year-before quarter);
    else the yearless quarter in force by its number."""
    if not number and context is not None and context.kind == "quarter" and ended_day(
            context.label):
        return context
    return undated_quarter(number or pending_quarter(context))
