"""A balance an article dates by a month or a day with no year: "ended September with $152.1
million in cash", "cash at the end of June was ...", "inventory as of Sept. 30 stood at ...".

A recap of a camera maker's third quarter wrote its cash "at the end of September" with no year;
read as undated, the balance was judged by its value alone and the December balance of the
annual report loaded beside the 10-Q bore it out (a false supported: September's was lower).
The day is the period in force's last day when that period ends then (the quarter, year or
balance just reported); otherwise it is that month's day of a year the article does not state:
only balances on that day (give or take a 52/53-week week) are candidates, a match pins one
and a mismatch is unverifiable, never drifted (the year is not said).

Apart from ``claims_relative``, which lists the phrase in its ``RELATIVE`` table and calls
``resolve``; ``period_fit`` and ``discipline`` read the yearless label back (``day_of``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from core.dates import MONTH_RE, MONTHS
from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import UNDATED

_NO_YEAR = r"(?![- ](?:fiscal[- ])?quarter)(?!\.?,?\s*(?:19|20)?\d\d\b)(?![\w'’-])"
# (never "the end of the September quarter", a quarter's own words, nor a day with its year,
# which core.period_phrases reads as a date; "by the end of" is a deadline, not a balance's day)
PATTERN = (
    rf"\b(?:at|as\s+of|as\s+at)\s+(?:the\s+)?(?:end|close)\s+of\s+(?P<ymon>{MONTH_RE})"
    rf"(?:\s+(?P<yday>\d{{1,2}}))?{_NO_YEAR}|"
    rf"\b(?:as\s+of|as\s+at|at)\s+(?P<ymon2>{MONTH_RE})\s+(?P<yday2>\d{{1,2}}){_NO_YEAR}|"
    rf"\b(?:ended|closed|finished|exited)\s+(?P<ymon3>{MONTH_RE}){_NO_YEAR}\s+(?:with|at)\b|"
    rf"\b(?:at\s+)?end[- ](?P<ymon4>{MONTH_RE}){_NO_YEAR}"
)

_ENDS_NEAR_DAYS = 7  # a 52/53-week period ends within a week of its month's date
_LABEL = re.compile(rf"^as of (?P<mon>[A-Z][a-z]+) (?P<day>\d{{1,2}}) {UNDATED}$")


def resolve(groups: dict, context: PeriodPhrase | None) -> PeriodPhrase:
    """The period in force when it ends on the day named; else the day of a year not said."""
    name = next(groups[k] for k in ("ymon", "ymon2", "ymon3", "ymon4") if groups.get(k))
    month = MONTHS[name.lower().rstrip(".")]
    said = groups.get("yday") or groups.get("yday2")
    day = int(said) if said else calendar.monthrange(2001, month)[1]
    if context is not None and context.end is not None and _near(context.end, month, day):
        return context
    return PeriodPhrase(f"as of {calendar.month_name[month]} {day} {UNDATED}", None, None,
                        (0, 0), "instant")


def day_of(label: str | None) -> tuple[int, int] | None:
    """(month, day) of a label ``resolve`` wrote for a day of a year not said, else None."""
    found = _LABEL.match(label or "")
    if found is None:
        return None
    return MONTHS[found["mon"].lower()], int(found["day"])


def on_day(end: date | None, month_day: tuple[int, int]) -> bool:
    """Whether a balance dated ``end`` stands on that month's day, of any year."""
    return end is not None and _near(end, *month_day)


def _near(end: date, month: int, day: int) -> bool:
    """Within a week of the month's day in the year ``end`` falls in or either side of it."""
    day = min(day, calendar.monthrange(2001, month)[1])
    return any(abs((end - date(year, month, day)).days) <= _ENDS_NEAR_DAYS
               for year in (end.year - 1, end.year, end.year + 1))
