"""How many weeks each quarter of a week-calendar fiscal year has, as the document states them
("The first three quarters of each fiscal year consist of 12 weeks and the fourth quarter
consists of 16 weeks ...", "Each quarter consists of 13 weeks"), or, failing that, as the
fourth quarter it dates by its fiscal months implies (a 53-week year's fourth quarter is a
week longer than a 52-week year's).

Apart from ``fiscal_calendar`` (the fiscal years themselves, and the fourth quarter the
document dates), whose readers it uses: only the table calendar asks for the quarters' weeks.
"""

from __future__ import annotations

import re
from datetime import date

from core.dates import NUMBER_WORDS, date_of
from core.period_phrases import ORDINALS
from extractors.fiscal_calendar import (
    FULL_DATE,
    find_fiscal_years,
    match_date,
    near,
    stated_fourth_quarter,
)
from extractors.textindex import TextIndex

_WEEK_COUNT = r"(\d\d|twelve|thirteen|fourteen|sixteen|seventeen)"
# How filers say how many weeks each quarter of a 52/53-week year has, as (pattern, lengths):
# the pattern's groups are the weeks of the first three quarters, of the fourth in a 52-week
# year and (optional) in a 53-week year.
_QUARTER_WEEKS = (
    # a restaurant franchisor's 10-K: "The first three quarters of each fiscal year consist of
    # 12 weeks and the fourth quarter consists of 16 weeks in fiscal years with 52 weeks and 17
    # weeks in fiscal years with 53 weeks"
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


_QUARTER_WEEKS_ANCHORS = (b"quarters of each", b"each quarter", b"each fiscal quarter")


def stated_quarter_weeks(text: str, index: TextIndex | None = None
                         ) -> dict[int, tuple[int | None, ...]]:
    """Weeks in a year (52, 53) -> the weeks of its four quarters, as the document states them
    ({} when it does not); a quarter whose weeks it does not state is None (only the fourth
    quarter's may be known, from its dated months: ``stated_fourth_quarter``)."""
    index = TextIndex(text) if index is None else index
    for pattern in _QUARTER_WEEKS:
        match = next(near(pattern, text, index, _QUARTER_WEEKS_ANCHORS, 300), None)
        if match is None:
            continue
        first, fourth, fourth_53 = (_week_number(g) if g else None for g in match.groups())
        fourth = fourth or first
        found = {52: (first, first, first, fourth)}
        if fourth_53:
            found[53] = (first, first, first, fourth_53)
        return {weeks: quarters for weeks, quarters in found.items() if sum(quarters) == weeks}
    return _fourth_quarter_weeks(text, index)


def _fourth_quarter_weeks(text: str, index: TextIndex) -> dict[int, tuple[int | None, ...]]:
    """Weeks in a year -> (None, None, None, weeks of its fourth quarter), from the fourth
    quarter the document dates, when it ends a fiscal year the document defines: a 53-week
    year's fourth quarter is one week longer than a 52-week year's (the 53rd week ends the
    year). The other quarters' weeks stay unknown (a 12-12-12-16 calendar's, say)."""
    fourth = stated_fourth_quarter(text, index)
    if fourth is None:
        return {}
    spans = [s for s in find_fiscal_years(text, index).values() if s[1] == fourth[1]]
    days = (spans[0][1] - spans[0][0]).days + 1 if len(spans) == 1 else 0
    if days % 7 or days // 7 not in (52, 53):
        return {}
    weeks = ((fourth[1] - fourth[0]).days + 1) // 7
    other = 105 - days // 7  # 52 <-> 53
    return {days // 7: (None, None, None, weeks),
            other: (None, None, None, weeks + other - days // 7)}


def _week_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


# A quarter the document dates in words: "our 2015 fourth quarter included the period from
# September 28, 2015 through December 31, 2015" (a broadcaster's 10-K, the year it moved from
# a 52/53-week calendar to calendar months: a quarter of neither calendar's length, which no
# grid gives). Its year label opens the phrase; the dates are the quarter's first and last day.
_STATED_QUARTER = re.compile(
    r"\b(?P<label>(?:19|20)\d\d)\s+(?P<ordinal>first|second|third|fourth)\s+(?:fiscal\s+)?"
    r"quarter\s+(?:included|covered|comprised|consisted\s+of|ran)\s+(?:the\s+period\s+)?"
    r"from\s+" + FULL_DATE + r"\s*(?:through|to)\s*" + FULL_DATE.replace("?P<", "?P<to_"),
    re.I)
_STATED_ANCHORS = (b" quarter included", b" quarter covered", b" quarter comprised",
                   b" quarter consisted", b" quarter ran")
_QUARTER_DAYS = (84, 100)  # a quarter's length in days, of either calendar


def stated_quarters(text: str, index: TextIndex | None = None
                    ) -> dict[tuple[int, int], tuple[date, date]]:
    """(year label, quarter number) -> (first day, last day) of each quarter the document dates
    in words, once and one way only."""
    index = TextIndex(text) if index is None else index
    found: dict[tuple[int, int], set[tuple[date, date]]] = {}
    for match in near(_STATED_QUARTER, text, index, _STATED_ANCHORS, 200):
        start = match_date(match)
        end = date_of(match["to_month"], match["to_day"], match["to_year"])
        label = int(match["label"])
        if start is None or end is None or abs(end.year - label) > 1 or not (
                _QUARTER_DAYS[0] <= (end - start).days + 1 <= _QUARTER_DAYS[1]):
            continue
        found.setdefault((label, ORDINALS[match["ordinal"].lower()]), set()).add((start, end))
    return {key: days.pop() for key, days in found.items() if len(days) == 1}
