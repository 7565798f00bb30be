""""The same period last year" in the sentence after one on a longer span that ends with the
quarter in force:

    Net income for the 39-week period was $118.3 million. For the same period last year, the
    retailer earned $140.3 million.

(a recap of a 52/53-week retailer's third quarter). The nine months are no period in force (the
quarter stays, for the figures after), so "the same period" was resolved against the quarter,
and the year-ago nine months' true figure drifted against the quarter a year back. "The same
period" points back at the period just named: when the sentence before dated its figures by a
span ending with the quarter in force and longer than it (the year so far, the full year), and
this sentence names no period of its own, its relative phrases are read against that span.
A "same quarter" keeps the quarter, and a sentence that names its own period keeps its own.
"""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.same_period_years import SAME_WORDS
from pipeline.verify.word_tables import phrase_alternatives

# "the same period last year", "the comparable period a year earlier", "the year-ago period"
_SAME_PERIOD = re.compile(
    rf"\b(?:(?:{phrase_alternatives(SAME_WORDS)})|year[- ](?:ago|earlier)|prior[- ]year)\s+"
    r"(?:fiscal\s+)?period\b", re.I)


def frame(text: str, context: PeriodPhrase | None,
          earlier: tuple[Claim, ...]) -> PeriodPhrase | None:
    """The span the sentence's "same period" points back at, when it is not the period in
    force; else None."""
    if (context is None or context.end is None or context.start is None
            or not _SAME_PERIOD.search(text) or ctx.find_periods(text)):
        return None
    dated = [c for c in earlier if c.metric and c.value is not None and c.period_end is not None
             and not c.not_checkable_reason]
    if not dated:
        return None
    last = dated[-1]
    if last.period_end != context.end or (
            last.period_start is not None and last.period_start >= context.start):
        return None  # the quarter in force itself, or a span of another end
    kind = "year" if last.period_label.startswith("FY") else "months"
    return PeriodPhrase(last.period_label, last.period_start, last.period_end, (0, 0), kind)
