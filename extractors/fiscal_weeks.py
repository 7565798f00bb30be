"""Fiscal years a week-calendar filing defines by their end dates and weeks alone, labelled by
the fourth quarter it dates.

"The fiscal year ending February 3, 2006 included 53 weeks, and the fiscal years ending
January 28, 2005 and January 30, 2004 included 52 weeks" (a computer maker's 10-K) names no
label, and a year ending in January or February may be named for the year it starts or ends in
(``fiscal_calendar.find_fiscal_years``). The same filing's table of share repurchases "for the
fourth quarter of fiscal 2006" lists that quarter's fiscal months, the last ending February 3,
2006: the filing itself says which year "fiscal 2006" is. The years before it follow back to
back, each as long as the document says, while each ends the day before the next one starts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractors import fiscal_calendar as fc
from extractors.anchored import AnchoredPattern
from extractors.textindex import TextIndex

_DATES = re.sub(r"\?P<\w+>", "?:", fc.FULL_DATE)  # a date, its groups unnamed
_ENDING_WEEKS_RE = re.compile(
    r"fiscal\s+years?\s+end(?:ed|ing)\s+(?:on\s+)?(?P<dates>" + _DATES
    + r"(?:(?:,\s*|,?\s+and\s+)" + _DATES + r")*)\s*,?\s+(?:include[sd]?|consist(?:s|ed)?\s+of|"
    r"had|has|comprised|(?:was|were)(?:\s+a)?)\s+(?P<weeks>5[23])[\s-]*weeks?", re.I)
_ONE_DATE = re.compile(fc.FULL_DATE, re.I)
# "the fourth quarter of fiscal 2006", "fourth quarter of fiscal year 2006"
# (every match opens with "fourth": tried at its places alone, ``TextIndex.scan``)
_FOURTH_OF = AnchoredPattern(anchors=(b"fourth",), patterns=(re.compile(
    r"\bfourth\s+(?:fiscal\s+)?quarter\s+of\s+fiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I),))


def weeks_by_end(text: str, index: TextIndex) -> dict[date, int]:
    """The end date of each fiscal year the document says how many weeks it had -> weeks."""
    found: dict[date, int] = {}
    for match in fc.near(_ENDING_WEEKS_RE, text, index, (b"weeks",), 240):
        for one in _ONE_DATE.finditer(match["dates"]):
            end = fc.match_date(one)
            if end is not None:
                found.setdefault(end, int(match["weeks"]))
    return found


def years_of_dated_fourth_quarter(text: str, index: TextIndex) -> dict[int, tuple[date, date]]:
    """Fiscal label -> (start, end) for the year whose fourth quarter the document dates and
    labels ("the fourth quarter of fiscal 2006", its fiscal months after it), and the years
    before it back to back; {} unless the label and the year's weeks are both stated."""
    fourth = fc.stated_fourth_quarter(text, index)
    if fourth is None:
        return {}
    # the label of the phrase the dated months follow (the nearest before them), never
    # another "fourth quarter of fiscal 2005" the document names in passing
    labels = [(m.start(), int(m["y"])) for m in index.scan(_FOURTH_OF)
              if _first_day_after(text, m.end()) == fourth[0]]
    weeks = weeks_by_end(text, index)
    if not labels or fourth[1] not in weeks:
        return {}
    years: dict[int, tuple[date, date]] = {}
    label, end = max(labels)[1], fourth[1]
    if end.year - 1 > label or label > end.year:
        return {}  # a label is the year its fiscal year starts or ends in
    while end in weeks:
        start = end - timedelta(days=7 * weeks[end] - 1)
        years[label] = (start, end)
        label, end = label - 1, start - timedelta(days=1)
    return years


def _first_day_after(text: str, at: int) -> date | None:
    """The first day of the first range of dates within reach after ``at``."""
    found = fc.DATE_RANGE.search(text, at, at + fc.FOURTH_REACH)
    return fc.match_date(found) if found else None
