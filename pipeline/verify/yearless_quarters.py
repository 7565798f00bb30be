"""The quarter a yearless day ends: "the quarter ended Dec. 27" is the period in force when
that is a quarter ending then, else the calendar quarter near the day (or a quarter whose number
the day does not tell), of a year the article does not state."""

from __future__ import annotations

from datetime import date

from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import undated_quarter

_ENDS_NEAR_DAYS = 7  # a 52/53-week quarter ends within a week of the same date each year


def quarter_ending(month: int, day: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """The quarter ending on a yearless day: the period in force when it is a quarter ending
    then, else that calendar quarter of a year the article does not state."""
    day = min(day, 28 if month == 2 else 30)
    if context is not None and context.kind == "quarter" and context.end is not None:
        if abs((context.end - date(context.end.year, month, day)).days) <= _ENDS_NEAR_DAYS:
            return context
    # a day near a calendar quarter's end names that quarter (Dec. 27: the fourth; Jan. 1:
    # still the fourth); any other day ends a fiscal quarter whose number the day does not
    # tell ("the quarter ended April 29" of a network maker's fiscal third quarter was read
    # as a second quarter and would have been compared with its fiscal second quarter's)
    ends = [date(2000, 12, 31), date(2001, 3, 31), date(2001, 6, 30), date(2001, 9, 30),
            date(2001, 12, 31)]
    on = date(2001, month, day)
    near = next((end for end in ends if abs((on - end).days) <= _ENDS_NEAR_DAYS), None)
    return undated_quarter((near.month - 1) // 3 + 1 if near is not None else 0)
