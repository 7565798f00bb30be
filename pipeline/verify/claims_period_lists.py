"""A list whose heading names its columns' periods, and whose rows give one figure per period.

"Key ratios for the quarters ended June 30, March 31 and June 30, 2020 include:" then a bullet
"Return on average assets: <rate>, <rate>, <rate>." (a local paper copying a bank's release
does so): each figure of a row is of the period the heading names in its turn. A row with
another count of figures is read as any sentence is. A yearless day is the quarter in force
when that quarter ends then, else that quarter of a year the article does not state (the
filed values decide, never drifted: ``discipline``).
"""

from __future__ import annotations

import re

from core.dates import MONTH_RE, MONTHS
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.period_math import dated
from pipeline.verify.yearless_quarters import quarter_ending

_DAY = rf"(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?"
_HEAD = re.compile(r"\b(?:quarters|three[- ]month\s+periods)\s+(?:that\s+)?ended\s+", re.I)
_ONE_DAY = re.compile(_DAY)
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_ROW = re.compile(r"^\s*(?:[•*\-–]+\s*)?[A-Za-z][^:]{0,80}:\s")


def listed_periods(heading: str, context: PeriodPhrase | None) -> list[PeriodPhrase] | None:
    """The periods a list's heading (a sentence ending in ':') names, in order; None when it
    names fewer than two or is no such heading."""
    if not heading.rstrip().endswith(":"):
        return None
    head = _HEAD.search(heading)
    if head is None:
        return None
    periods, at = [], head.end()
    while (day := _ONE_DAY.match(heading, at)) is not None:
        periods.append(_quarter_of(day, context))
        between = _BETWEEN.match(heading, day.end())
        if between is None:
            break
        at = between.end()
    return periods if len(periods) >= 2 else None


def _quarter_of(day: re.Match, context: PeriodPhrase | None) -> PeriodPhrase:
    if day.group("year"):
        found = ctx.find_periods(f"the quarter ended {day.group(0)}")
        if found:
            return found[0]
    return quarter_ending(MONTHS[day.group("mon").lower().rstrip(".")], int(day.group("day")),
                          context)


class ListedColumns:
    """The periods of the list whose heading was read last, for the rows after it."""

    def __init__(self) -> None:
        self.periods: list[PeriodPhrase] | None = None

    def read(self, text: str, claims: list[Claim], context: PeriodPhrase | None,
             before: PeriodPhrase | None) -> tuple[list[Claim], PeriodPhrase | None]:
        """The sentence's claims, each of a row's figures dated by its column, and the period
        in force after it (a row leaves it as it was)."""
        if self.periods and _ROW.match(text) and not ctx.find_periods(text):
            figures = [c for c in claims if c.value is not None and c.not_checkable_reason is None]
            if len(figures) == len(self.periods):
                dated_by = {c.claim_id: p for c, p in zip(figures, self.periods, strict=True)}
                return [dated(c, dated_by[c.claim_id]) if c.claim_id in dated_by else c
                        for c in claims], before
        figures = any(c.value is not None and c.not_checkable_reason is None for c in claims)
        self.periods = None if figures else listed_periods(text, before)
        return claims, context
