"""A comparison base's plain year-back phrase ("a year earlier", "last year") in a sentence on
a quarter: the quarter a year back, the year before, or a year the writer leaves open
(``claims_periods.pick_period`` asks; apart from it to keep it small)."""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_change_words import COMPARED_WITH

COMPARED_BEFORE = re.compile(r"\b(?:" + COMPARED_WITH + r")\s+"
                              r"(?:[^;:.]|(?<=\d)\.(?=\d))*$", re.I)
_ONE_YEAR_BACK = re.compile(r"^(?:last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before|prior)|"
                            r"(?:the\s+)?(?:prior|previous|preceding)\s+year)$", re.I)


def own_last_year(after: PeriodPhrase, context: PeriodPhrase | None, text: str) -> bool:
    """"The firm made $21.64 billion in profits last year" in a story on a fourth quarter (a
    wire story on a bank): a figure's own "last year", no comparison's base, is a whole year,
    and whether the year the quarter closes or the one before is not said. (Resolved as the
    quarter a year back, it was compared with that quarter and called drifted.)"""
    if after.kind != "back" or context is None or context.kind != "quarter":
        return False
    phrase = text[after.span[0]:after.span[1]].strip()
    return bool(_LAST_YEAR.match(phrase)) and not COMPARED_BEFORE.search(text, 0, after.span[0])


_LAST_YEAR = re.compile(r"^last\s+year$", re.I)


def of_a_year(level: Claim | None) -> bool:
    """Whether the level a base is compared with is a year's ("full-year net income was $A
    versus $B a year earlier" in a sentence on a quarter: B is the year before's)."""
    return level is not None and level.period_start is not None and (
        level.period_end is not None and (level.period_end - level.period_start).days > 300)


def year_back_of_a_year(after: PeriodPhrase, context: PeriodPhrase | None, text: str) -> bool:
    """Whether a comparison base's plain year-back phrase ("last year") was resolved as a whole
    year while the period in force is a dated quarter."""
    if after.kind != "back" or context is None or context.kind != "quarter":
        return False
    if context.end is None or after.start is None or after.end is None:
        return False
    phrase = text[after.span[0]:after.span[1]].strip()
    return bool(_ONE_YEAR_BACK.match(phrase)) and (after.end - after.start).days > 120
