"""The quarter a sentence reports when the only time it names is the quarter before it, as a
comparison's base: "$13.2 billion in non-interest expenses, down 0.7% from the third quarter"
under a headline that names only the year (a regional paper on a bank's fourth quarter). A
year's figure is never compared with one quarter's, so the sentence's figures are the next
quarter's; read as the year's, every figure of it was "filed as another" period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import shifted


def quarter_after_base(context: PeriodPhrase | None,
                       bases: list[PeriodPhrase]) -> PeriodPhrase | None:
    """The quarter after the one quarter ``bases`` name, when it lies in the year in force
    (``context``); None for a base of another year, two bases, or a year's last quarter (its
    next quarter is another year's, which the article would have named)."""
    if context is None or context.kind != "year" or context.start is None or context.end is None:
        return None
    if len(bases) != 1 or bases[0].kind != "quarter" or bases[0].start is None:
        return None
    base = bases[0]
    after = shifted(base, quarters=1)
    start = base.end + timedelta(days=1)  # (the day after the base, not a month-end moved)
    if start < context.start or (after.end - context.end).days > 7:
        return None
    return replace(after, start=start, span=base.span, kind="quarter",
                   periods=((start, after.end),))
