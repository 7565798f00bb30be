"""The quarter a yearless day ends: "the quarter ended Dec. 27" is the period in force when
that is a quarter ending then, else the quarter ending near that day of a year the article does
not state: compared with each quarter-long figure ending within a week of the day, whatever its
number in the filer's calendar ("the quarter that ended on March 29", a device maker's fiscal
second quarter, was read as a first quarter and matched none)."""

from __future__ import annotations

import calendar
import re

from core.dates import MONTH_RE, MONTHS
from core.period_phrases import PeriodPhrase
from pipeline.verify import yearless_days
from pipeline.verify.period_math import UNDATED, undated_quarter

# ", which ended Aug. 28" after a numbered quarter: the day it ended, of no year said (a trade
# paper on a warehouse retailer's fourth quarter; read as that quarter of the year in force, a
# comparison's calendar year the sentence before named, its balance was searched a year early)
# "ended Dec. 27", "ended on March 29", no year after it (``claims_relative``'s too)
ENDED_ON_A_YEARLESS_DAY = (rf"ended\s+(?:on\s+)?(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})\b"
                           r"(?!,?\s*(?:19|20)?\d\d\b)")
_DAY_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:had\s+)?" + ENDED_ON_A_YEARLESS_DAY,
                        re.I)
_LABEL = re.compile(rf"^the (?P<span>quarter|year) ended (?P<mon>[A-Z][a-z]+) (?P<day>\d{{1,2}}) "
                    rf"{UNDATED}"
                    r"(?:, (?P<back>\d+) years? earlier)?$")


def quarter_ending(month: int, day: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """The quarter ending on a yearless day: the period in force when it is a quarter ending
    within a week of then (a 52/53-week quarter), else the yearless quarter ending near it."""
    day = min(day, calendar.monthrange(2001, month)[1])
    if context is not None and context.kind == "quarter" and yearless_days.on_day(
            context.end, (month, day)):
        return context
    # the day, never a quarter's number: a fiscal quarter's number is the filer's ("the
    # quarter ended April 29" of a network maker's fiscal third quarter; "March 29" of a
    # device maker's fiscal second)
    return ended_quarter(month, day)


def year_ending(month: int, day: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """The fiscal year ending on a yearless day ("for the year ended Dec. 27", a food-trade
    paper's way with a restaurant group's 52-week year): the period in force when it is a year
    ending within a week of then, else the yearless year ending near it, which the loaded
    filing reporting such a year dates (``report_period``)."""
    day = min(day, calendar.monthrange(2001, month)[1])
    if context is not None and context.kind == "year" and yearless_days.on_day(
            context.end, (month, day)):
        return context
    return ended_quarter(month, day, span="year")


def day_after(text: str, at: int) -> tuple[int, int] | None:
    """(month, day) of the yearless day a quarter named before ``at`` ended on, when the words
    from ``at`` say it ("its fourth quarter, which ended Aug. 28"), else None."""
    found = _DAY_AFTER.match(text, at)
    return (MONTHS[found["mon"].lower().rstrip(".")], int(found["day"])) if found else None


def on_its_day(period: PeriodPhrase, number: int,
               day: tuple[int, int] | None) -> PeriodPhrase:
    """A numbered quarter of the year in force, unless the day it ended on, said after it, is
    not that quarter's last: then that quarter of a year the article does not state (dated by
    the loaded filing that reports it, ``report_period``), never the year in force."""
    if day is None or yearless_days.on_day(period.end, day):
        return period
    return undated_quarter(number)


def ended_quarter(month: int, day: int, back: int = 0, span: str = "quarter") -> PeriodPhrase:
    """The yearless quarter (or ``span``: the year) ending near ``month``/``day`` (``back``
    years before it: "a year ago" after it, which ``report_period`` dates a year before the
    reported one)."""
    earlier = f", {back} year{'s' if back > 1 else ''} earlier" if back else ""
    return PeriodPhrase(f"the {span} ended {calendar.month_name[month]} {day} {UNDATED}"
                        f"{earlier}", None, None, (0, 0), "back" if back else span)


def ended_day(label: str | None) -> tuple[int, int] | None:
    """(month, day) of a label ``quarter_ending`` wrote for a yearless quarter, else None."""
    found = _LABEL.match(label or "")
    return (MONTHS[found["mon"].lower()], int(found["day"])) if found else None


def ended_span(label: str | None) -> str | None:
    """"quarter" or "year": the span of a yearless label ``quarter_ending`` or ``year_ending``
    wrote, else None."""
    found = _LABEL.match(label or "")
    return found["span"] if found else None


def ended_back(label: str | None) -> int:
    """How many years before the quarter its day names a yearless label is (0 for itself)."""
    found = _LABEL.match(label or "")
    return int(found["back"] or 0) if found else 0
