"""A later quarter a sentence moves on to after its figures: "After a weak first quarter in
which sales fell 4.2%, the retailer did better than feared in Q2." (a finance newsletter's
recap of a home-improvement retailer's second quarter). The figure is the earlier quarter's,
but the story has moved on: the next sentence's "revenue of $X for the quarter" is the second
quarter's, not the first's (read as the first's, it matched nothing).

Only a quarter named after every figure of the sentence, later than the period its figures
set, and neither a comparison's base ("from the second quarter") nor a time to come ("expects
growth in Q3").
"""

from __future__ import annotations

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_periods import is_base_period
from pipeline.verify.claims_relative import relative_periods
from pipeline.verify.period_math import undated_parts

# a quarter starts the day after the one before ends (a 52/53-week filer's within a week)
_NEXT_DAYS = 7


def moved_on(text: str, in_force: PeriodPhrase | None, explicit: list[PeriodPhrase],
             claims: list[Claim], is_future) -> PeriodPhrase | None:
    """The later quarter the sentence ends on, when it moves past the one its figures set;
    else None. ``is_future(text, period)``: whether the words name a time to come."""
    if in_force is None or in_force.kind != "quarter" or not text.rstrip().endswith("."):
        return None
    placed = [c.sentence_at + len(c.text) for c in claims if c.sentence == text]
    if not placed or min(c.sentence_at for c in claims if c.sentence == text) < 0:
        return None
    last_figure = max(placed)
    named = [p for p in [*explicit, *relative_periods(text, in_force, explicit)]
             if p.kind == "quarter" and p.span[0] >= last_figure]
    later = [p for p in named if _after(p, in_force) and not is_base_period(text, p)
             and not is_future(text, p)]
    return later[-1] if len(later) == 1 else None


def _after(period: PeriodPhrase, earlier: PeriodPhrase) -> bool:
    """Whether ``period`` is the quarter right after ``earlier``: by their dates, or, both
    yearless, by their numbers in the same year. Only the next one: a story moves on to the
    quarter after; a yearless "fourth quarter" in a story of a first quarter is the year
    before's (a database maker's first quarter set against its fourth), and a quarter two
    ahead is an outlook's."""
    if period.start is not None and earlier.end is not None:
        return 0 < (period.start - earlier.end).days <= _NEXT_DAYS
    if period.end is not None or earlier.end is not None:
        return False
    one, other = undated_parts(period.label), undated_parts(earlier.label)
    return (one is not None and other is not None and not one.whole_year
            and not other.whole_year and not one.months and not other.months
            and one.back == other.back and one.quarter == other.quarter + 1)
