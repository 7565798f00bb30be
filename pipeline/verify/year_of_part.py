"""A quarter or half named before a figure, its year named after it or beside it.

"first-quarter revenue of $13.4 billion for fiscal 2006": the year after the figure says which
year the quarter named before it falls in, and the figure is that quarter's, never the whole
year's (a computer maker's quarter was held to its fiscal year's revenue and called drifted).

"In 2005, its first-quarter revenue was $X" or "first-quarter revenue of $X in 2005": a year the
article did not call fiscal may be the calendar year the filer's quarter fell in (a retailer's
year ending in late January or early February is named by the year it ends in, and its first
quarter, February to April, falls in the calendar year before): the quarter keeps no "fiscal"
mark, so that ``fiscal.quarter_years`` tries both namings and the value decides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.period_phrases import PeriodPhrase
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_figure import Figure
from pipeline.verify.period_math import fiscal_year

# what names a year as the filer's fiscal one, in the year phrase's own words
_FISCAL_SAID = re.compile(r"\b(?:fiscal|financial)\b|\bFY\s?'?\d", re.I)
# the parts of a year a relative phrase resolved against a year in force names
_PART_KINDS = ("quarter", "months")
_YEAR_WORDS = re.compile(r"(?:19|20)\d\d|'\d\d\b|\bFY\d")
# a figure or a joiner between the part and the figure: the part is another figure's ("7%
# higher in the quarter and 4% for the full year")
_JOINED = re.compile(r"\d|\b(?:and|but|or|while|versus|vs)\b", re.I)
# what may stand between a part and the year it is of: "first-half fiscal 2023"
_ADJACENT = re.compile(r"[\s-]*(?:of\s+)?")
# how far before the figure the quarter's adjective may stand ("first-quarter net revenue of")
_NEAR = 45


def part_of_year_after(figure: Figure, periods: list[PeriodPhrase], text: str,
                       year: PeriodPhrase) -> PeriodPhrase | None:
    """The quarter or half named before ``figure`` in its clause, of the year named right after
    it (``year``), or None when the phrase after names no year or no such part stands before."""
    if year.kind != "year" or not _names_year(text, year):
        return None  # "4% for the full year" after "in the quarter": the year in force's
    parts = [p for p in periods if p.kind in _PART_KINDS and p.end is not None
             and p.span[1] <= figure.span[0] and figure.span[0] - p.span[1] <= _NEAR
             and fiscal_year(p) == fiscal_year(year)
             and not _names_year(text, p)
             and not sc.clause_between(text, p.span[1], figure.span[0])
             and not _JOINED.search(text, p.span[1], figure.span[0])]
    if not parts or any(parts[-1].span[1] <= p.span[0] < figure.span[0] for p in periods):
        return None  # "first-quarter gains lifted full-year revenue to $X": the year's own
    return as_said(parts[-1], periods, text)


def part_before_year(before: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    """"First-half fiscal 2023 net sales were $X": a quarter or half right before the year the
    figure's nearest period names (nothing but a hyphen, space or "of" between) is of that
    year, and the figure is that part's; None when no such part stands there."""
    if not before or before[-1].kind != "year":
        return None
    year = before[-1]
    for part in before[:-1]:
        if part.kind in _PART_KINDS and part.end is not None and _ADJACENT.fullmatch(
                text, part.span[1], year.span[0]) and fiscal_year(part) == fiscal_year(year):
            return as_said(part, before, text)
    return None


def as_said(period: PeriodPhrase | None, periods: list[PeriodPhrase],
            text: str) -> PeriodPhrase | None:
    """A quarter resolved against a year of its sentence that the article did not call fiscal,
    without the "fiscal" mark its resolution gave it (see the module's docstring)."""
    if period is None or period.kind != "quarter" or not period.label.startswith("fiscal Q"):
        return period
    if _names_year(text, period):
        return period  # "the first quarter of fiscal 2006": its own words say
    years = [p for p in periods if p.kind == "year" and p.span != (0, 0)
             and fiscal_year(p) == fiscal_year(period)]
    if not years or any(_FISCAL_SAID.search(text, max(0, p.span[0] - 8), p.span[1]) for p in years):
        return period
    return replace(period, label=period.label.removeprefix("fiscal "))


def _names_year(text: str, period: PeriodPhrase) -> bool:
    """Whether the period phrase's own words state a year ("Q1 2006", "first quarter of 2006")."""
    return _YEAR_WORDS.search(text, period.span[0], period.span[1]) is not None
