"""The quarter a yearless day ends: "the quarter ended Dec. 27" is the period in force when
that is a quarter ending then, else the quarter ending near that day of a year the article does
not state: compared with each quarter-long figure ending within a week of the day, whatever its
number in the filer's calendar ("the quarter that ended on March 29", a device maker's fiscal
second quarter, was read as a first quarter and matched none)."""

from __future__ import annotations

import calendar
import re
from datetime import date

from core.dates import MONTHS
from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import UNDATED

_LABEL = re.compile(rf"^the quarter ended (?P<mon>[A-Z][a-z]+) (?P<day>\d{{1,2}}) {UNDATED}$")

_ENDS_NEAR_DAYS = 7  # a 52/53-week quarter ends within a week of the same date each year


def quarter_ending(month: int, day: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """The quarter ending on a yearless day: the period in force when it is a quarter ending
    then, else that calendar quarter of a year the article does not state."""
    day = min(day, calendar.monthrange(2001, month)[1])
    if context is not None and context.kind == "quarter" and context.end is not None:
        if abs((context.end - date(context.end.year, month, day)).days) <= _ENDS_NEAR_DAYS:
            return context
    # the day, never a quarter's number: a fiscal quarter's number is the filer's ("the
    # quarter ended April 29" of a network maker's fiscal third quarter; "March 29" of a
    # device maker's fiscal second)
    return PeriodPhrase(f"the quarter ended {calendar.month_name[month]} {day} {UNDATED}",
                        None, None, (0, 0), "quarter")


def ended_day(label: str | None) -> tuple[int, int] | None:
    """(month, day) of a label ``quarter_ending`` wrote for a yearless quarter, else None."""
    found = _LABEL.match(label or "")
    return (MONTHS[found["mon"].lower()], int(found["day"])) if found else None
