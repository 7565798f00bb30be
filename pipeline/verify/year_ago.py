"""A sentence whose only dated figures are of the year before the period in force: "Acme
reported full-year <Y> earnings of $A. Reported earnings for <Y-1> were $B. Excluding a charge,
Acme earned $C per share, up from $D in <Y-1>." (found in a wire story on a conglomerate's
year: $C and the fourth quarter after it were read as the year before's). Such a sentence
quotes the comparison: it does not move the period in force back a year.

It leaves the period of the sentence after it open, though: after "In <Y-1>, revenue was $X.",
"Net income was $Y." may be either year's. A figure the next sentences date by the period in
force alone is left unread (unverifiable, saying why) until a sentence names a period itself,
or dates a comparison's base in the older year ("up from $D in <Y-1>": its own figure is then
the later year's).
"""

from __future__ import annotations

from dataclasses import replace

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_context import find_periods

_DAYS_SLACK = 10  # a 52/53-week year or quarter ends within days of a year before
AMBIGUOUS_REASON = ("the period is ambiguous: the sentence before quoted only the year before "
                    "the period in force ({older}), so this figure may be of either year")


def _is_dated(claim: Claim) -> bool:
    return bool(claim.metric and claim.value is not None and not claim.not_checkable_reason
                and claim.period_end is not None and claim.period_label)


def _year_back(claim: Claim, period: PeriodPhrase) -> bool:
    """Whether ``claim``'s period is ``period`` a year back: as long, ending a year before."""
    if period.end is None or period.start is None or claim.period_start is None:
        return False
    back = (period.end - claim.period_end).days
    length = (period.end - period.start).days - (claim.period_end - claim.period_start).days
    return abs(back - 365) <= _DAYS_SLACK and abs(length) <= _DAYS_SLACK


class YearAgoAside:
    """The period in force kept past a sentence quoting only the year before it, and the
    figures after it whose period is then open."""

    def __init__(self) -> None:
        self.older: str | None = None  # the year-before period a sentence quoted, while open

    def carry(self, before: PeriodPhrase | None, after: PeriodPhrase | None,
              claims: list[Claim]) -> PeriodPhrase | None:
        """The period in force after a sentence: ``before`` when all its dated figures are of
        the year before it, else ``after`` (what the sentence's words set)."""
        dated = [c for c in claims if _is_dated(c)]
        if (before is None or after is None or after is before or not dated
                or not all(_year_back(c, before) for c in dated)):
            return after
        self.older = dated[-1].period_label
        return before

    def mark(self, context: PeriodPhrase | None, claims: list[Claim],
             text: str) -> list[Claim]:
        """The sentence's claims, those dated only by the period in force left unread while
        a year-before sentence left it open; a sentence naming a period closes it."""
        if self.older is None or context is None:
            return claims
        if find_periods(text) or any(c.period_label not in (None, context.label)
                                     for c in claims):
            self.older = None  # "..., up from $D in <Y-1>": the sentence dates its figures
            return claims
        reason = AMBIGUOUS_REASON.format(older=self.older)
        return [replace(c, metric=None, unread_why=reason)
                if c.metric and c.period_label == context.label and not c.not_checkable_reason
                else c for c in claims]
