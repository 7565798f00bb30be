"""The year end an earnings release's quarter columns are dated by when it prints no "Year
Ended" header: its own stated period.

A release heads its columns with quarter labels ("4Q21 3Q21 4Q20", "2Q21 1Q21 2Q20") and no
dates (Citizens' 4Q21 release, PNC's 2Q21 and 1Q22 releases). A label names a quarter of the
filer's fiscal year, not a date: "4Q21" ends December 31, 2021 for a calendar-year bank and
September 30, 2021 for a September filer. What pins it is the release's own period: the quarter
its words name most often ("fourth quarter 2021", never a guided "first quarter 2022" named less
often), which its columns label too ("4Q21"), and the latest quarter-end the text dates a
balance or a period by ("as of December 31, 2021", "three months ended June 30, 2021") is that
quarter's last day. From that day and the quarter's number follows the day the fiscal year ends;
it is trusted only when

- that year end falls in the year the label names (a January retailer's "fourth quarter 2021"
  ending January 31, 2022 is refused: which year its labels name is not said),
- the latest day the text dates such a phrase by is that month end, and none is a few days off
  a month end (a 52/53-week filer's "as of January 29, 2022" or "September 25, 2021": its
  quarters are no calendar months),
- every month end the text dates such a phrase by lies on the same quarter grid (a release
  that also states a balance "as of January 31, 2022" is refused: which date is the quarter's
  own is then a guess), and
- no "Year Ended" phrase of the text names another day.

Anything short of that leaves the columns undated: a wrong date is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from core.dates import MONTH_NAMES, add_months, date_of, is_month_end, month_end
from core.period_phrases import ORDINALS
from extractors.anchored import AnchoredPattern
from extractors.periods import header_leftover
from extractors.textindex import TextIndex

_DATE = r"(?P<month>" + MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"

# A quarter label as releases head their columns: "4Q21", "4Q 2021", "Q4 2021", "Q4'21". Every
# match starts at the label's digit-letter pair (the anchors).
_LABEL = AnchoredPattern(
    tuple(f"{q}q".encode() for q in "1234") + tuple(f"q{q}".encode() for q in "1234"),
    (re.compile(r"(?<![\w.])(?:(?P<q1>[1-4])Q|Q(?P<q2>[1-4]))\s*'?(?P<year>(?:19|20)?\d\d)"
                r"(?![\w.,%])", re.I),))
# The release naming a quarter in words: "fourth quarter 2021", "Second Quarter of 2021",
# "first quarter of fiscal 2022"
_QUARTER_WORDS = AnchoredPattern(
    tuple(word.encode() for word in ORDINALS),
    (re.compile(r"(?<!\w)(?P<ordinal>first|second|third|fourth)[\s-]+quarter\s+(?:of\s+)?"
                r"(?:fiscal\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b", re.I),))
# A day the text dates a balance or a period by: "as of December 31, 2021", "at June 30, 2021",
# "three months ended March 31, 2022", "quarter ended ..."
_DATED = AnchoredPattern(
    (b"as of", b"at ", b"ended"),
    (re.compile(r"(?<!\w)(?:as\s+of|at|ended)\s+" + _DATE, re.I),))
# A "Year Ended" phrase: left to fiscal_calendar.stated_year_end, and never contradicted
_YEAR_ENDED = AnchoredPattern(
    (b"year", b"twelve months", b"12 months"),
    (re.compile(r"(?<!\w)(?:(?:fiscal\s+)?years?|twelve\s+months|12\s+months)\s+ended\s+"
                r"(?P<month>" + MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2})\b", re.I),))


def release_year_end(index: TextIndex) -> tuple[int, int] | None:
    """(month, day) the fiscal year of a release's quarter labels ends on, from the release's
    own stated period; None unless every check of the module's docstring holds."""
    quarter = _reported_quarter(index)
    if quarter is None:
        return None
    number, year = quarter
    days = {found for match in index.scan(_DATED)
            if (found := date_of(match["month"], match["day"], match["year"])) is not None}
    if not days or not is_month_end(last := max(days)) or any(map(_near_month_end, days)):
        return None  # no quarter end, a later day, or a calendar that may count weeks
    month_ends = [day for day in days if is_month_end(day)]
    year_end = month_end(add_months(last, 3 * (4 - number)))
    if year_end.year != year or year_end.month <= 2:
        return None  # which year the labels name is not said
    if any((day.month - year_end.month) % 3 for day in month_ends):
        return None  # a month end off the quarter grid: which is the quarter's own is a guess
    if _names_other_year_end(index, year_end):
        return None
    return year_end.month, year_end.day


def _near_month_end(day: date) -> bool:
    """A day a week off a month end, not on one: a 52/53-week filer's quarter end (September
    25, January 29, October 3), whose quarters a month-end calendar would misdate. A month's
    first day is the day a rule or a deal takes effect ("as of January 1, 2020"): a week
    calendar ending on one dates its other quarters and years off month ends too."""
    return not is_month_end(day) and (1 < day.day <= 7 or (month_end(day) - day).days <= 7)


def _reported_quarter(index: TextIndex) -> tuple[int, int] | None:
    """(quarter number, four-digit year) of the quarter the release reports: the one its words
    name most often ("fourth quarter 2021"; a release also names the quarter a year before and
    the one it guides for, less often), when its columns label it too ("4Q21")."""
    named = Counter((ORDINALS[match["ordinal"].lower()], int(match["year"]))
                    for match in index.scan(_QUARTER_WORDS))
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # no quarter named, or two named as often: which is reported is a guess
    quarter = ranked[0][0]
    for match in index.scan(_LABEL):
        year = int(match["year"])
        if (int(match["q1"] or match["q2"]), year + 2000 if year < 100 else year) == quarter:
            return quarter
    return None


def _names_other_year_end(index: TextIndex, year_end: date) -> bool:
    for match in index.scan(_YEAR_ENDED):
        day = date_of(match["month"], match["day"], 2001)
        if day is None or (day.month, day.day) != (year_end.month, year_end.day):
            return True
    return False


# The consolidated company's own title printed in a header row over every column
# ("Consolidated Financial Highlights (Unaudited)" beside the company name, PNC's releases):
# it names the table, not a column, and is no segment's or class's name.
_OWN_TITLE = re.compile(r"(?:condensed\s+)?consolidated(?:\s+(?:financial|highlights|"
                        r"statements?|of|income|operations|earnings|results|summary|selected|"
                        r"data))*", re.I)


def is_own_title(text: str) -> bool:
    """Is a header cell the consolidated company's title, not part of a column's header?"""
    return _OWN_TITLE.fullmatch(header_leftover(text)) is not None
