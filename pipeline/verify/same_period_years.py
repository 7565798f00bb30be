"""A year named as the year of "the same period": "compared with $X in the same quarter of
2023", "the bank reported for the same period in 2020".

Read alone, the year was the fiscal year (or, as a comparison's base, the period in force was
moved back one year whatever year the words named: in an article on a second quarter of 2025,
"the same quarter of 2023" was read as the second quarter of 2024, which the filing holds, and
would have been called drifted). The phrase names the period in force, moved to that year; with
no dated quarter or year-to-date span in force it is a time the article states only vaguely.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.period_phrases import PeriodPhrase
from pipeline.verify.period_math import fiscal_year, quarter_in_year
from pipeline.verify.vague_periods import VAGUE, VAGUE_LABEL

# The words that make a period "the same" as the one in force (knowledge as data: a newcomer
# extends the table), and the nouns of that period
SAME_WORDS = ("same", "comparable", "corresponding", "equivalent", "like", "matching")
PERIOD_NOUNS = ("quarter", "period", "three months", "three-month period", "reporting period",
                "time frame", "months")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


_SAME_BEFORE = re.compile(rf"\b(?:the|its|a)\s+(?:{_alternatives(SAME_WORDS)})\s+"
                          rf"(?:(?:fiscal|financial|reporting)\s+)?"
                          rf"(?:{_alternatives(PERIOD_NOUNS)})\s+(?:in|of|during)\s+$", re.I)
# whose period in force the phrase may move to another year
_MOVABLE = ("quarter", "months")
# A comparison's base dated by its year alone, in a sentence on a quarter or a span of months:
# "increased 12.6% to $4.543 billion for the six months ended June 30, 2025 (vs $4.033 billion
# in 2024)" (a machine summary of a railroad's half-year) is the same six months of 2024, not
# the year 2024 (the filing states no such year, and the base went unjudged)
_BASE_BEFORE_YEAR = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to)|against|from)\s+"
                               r"(?:about\s+|roughly\s+|nearly\s+)?(?:US)?\$?\d[\d,.]*\s?"
                               r"(?:billion|million|thousand|bn|mn|[bmk])?\s+in\s+$", re.I)


def same_period_years(text: str, explicit: list[PeriodPhrase],
                      context: PeriodPhrase | None) -> list[PeriodPhrase]:
    """``explicit`` (a sentence's period phrases) with each year named as "the same quarter of
    <year>" replaced by the period in force moved to that year (kind 'back': it dates the
    figure it follows, never the sentence), spanning the whole phrase; a vague time when the
    period in force is no dated quarter or span of months (a year in force keeps the year)."""
    out = []
    for phrase in explicit:
        same = _SAME_BEFORE.search(text, 0, phrase.span[0])
        if same is None and _is_base_year(text, phrase, context):
            out.append(replace(quarter_in_year(context, fiscal_year(phrase)), span=phrase.span))
            continue
        if phrase.kind != "year" or same is None or phrase.end is None:
            out.append(phrase)
            continue
        span = (same.start(), phrase.span[1])
        if context is not None and context.kind == "year" and context.end is not None:
            out.append(replace(phrase, span=span, kind="back"))
        elif context is not None and context.kind in _MOVABLE and context.end is not None:
            out.append(replace(quarter_in_year(context, fiscal_year(phrase)), span=span))
        else:
            out.append(PeriodPhrase(VAGUE_LABEL, None, None, span, VAGUE))
    return out


def _is_base_year(text: str, phrase: PeriodPhrase, context: PeriodPhrase | None) -> bool:
    """A year right after a comparison's base figure, the year before the quarter or span of
    months in force ("... for the six months ended June 30, 2025 (vs $4.033 billion in 2024)")."""
    return (phrase.kind == "year" and phrase.end is not None and context is not None
            and context.kind in _MOVABLE and context.end is not None
            and fiscal_year(phrase) == fiscal_year(context) - 1
            and _BASE_BEFORE_YEAR.search(text, 0, phrase.span[0]) is not None)
