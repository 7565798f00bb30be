"""Time words that place something inside a year without naming a reporting period: "in late
2021", "by mid-2023", "earlier in 2021", "late last year", and a year used as an adjective of
"quarter" ("The 2005 quarter included a gain": the quarter of that year, not the year).

Read as the year, they dated a quarter's figures as the fiscal year's (a news story on an
airline's third quarter: "could pressure its bottom line in late 2021" set fiscal 2021 in
force, and the quarter's revenue would have been compared with the year's). Such a phrase
becomes a period phrase of kind ``VAGUE``: it dates no figure (the figure is undated, so the
filed values decide or it stays unverifiable) and it never becomes the period in force.
The year a quarter closes ("in the fourth quarter, ending 2024 with ...", ``closed_by_quarter``)
dates only that quarter: it never becomes the period a sentence is about.
"""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from pipeline.verify.word_tables import phrase_alternatives

VAGUE = "vague"
VAGUE_LABEL = "a time the article states only vaguely"

# Words before a year (or before "last/this/next year") that name only part of it, vaguely
# (knowledge as data: a newcomer extends the table)
VAGUE_TIME_WORDS = ("late", "early", "mid", "later in", "earlier in", "the middle of",
                    "the latter part of", "the early part of", "the later part of")
# Nouns a year may qualify as an adjective: "the 2005 quarter" is a quarter of that year
YEAR_ADJECTIVE_NOUNS = ("quarter", "quarters")

_WORDS = phrase_alternatives(VAGUE_TIME_WORDS)
# "in late 2021", "by mid-2023", "mid 2023", "earlier in fiscal 2021"
_VAGUE_BEFORE = re.compile(rf"\b(?:{_WORDS})(?:\s*-\s*|\s+)(?:(?:the\s+)?(?:fiscal|calendar)"
                           r"(?:\s+year)?\s+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(YEAR_ADJECTIVE_NOUNS) + r")\b", re.I)
# "mid-2023" (no year phrase is read after a hyphen), "late last year", "earlier this year"
_VAGUE_SPANS = re.compile(rf"\b(?:{_WORDS})(?:\s*-\s*|\s+)(?:(?:19|20)\d\d\b|"
                          r"(?:last|this|next|the\s+(?:prior|previous|same)|that)\s+year\b)",
                          re.I)


def _vague(span: tuple[int, int]) -> PeriodPhrase:
    return PeriodPhrase(VAGUE_LABEL, None, None, span, VAGUE)


def with_vague(text: str, found: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """``found`` (a sentence's period phrases, in order) with each year read vaguely replaced
    by a ``VAGUE`` phrase, and the vague phrases no year phrase covers added, in order."""
    out: list[PeriodPhrase] = []
    for phrase in found:
        if phrase.kind == "year" and phrase.label.startswith("FY") and phrase.label[2:].isdigit():
            before = _VAGUE_BEFORE.search(text, 0, phrase.span[0])
            if before is not None:
                phrase = _vague((before.start(), phrase.span[1]))
            elif _NOUN_AFTER.match(text, phrase.span[1]):
                phrase = _vague(phrase.span)
        out.append(phrase)
    for match in _VAGUE_SPANS.finditer(text):
        if not any(p.span[0] < match.end() and match.start() < p.span[1] for p in out):
            out.append(_vague(match.span()))
    return sorted(out, key=lambda p: p.span)


def is_vague(period: PeriodPhrase | None) -> bool:
    return period is not None and period.kind == VAGUE


# "added 19 million members in the fourth quarter, ending 2024 with 302 million" (a stock-note
# site on a streamer's year): the year a quarter closes only dates that quarter, it is no period
# of the sentence's figures (the quarter's growth was compared with the year's and drifted)
_CLOSES_YEAR = re.compile(r"\b(?:quarter|Q[1-4])\b[^.;]{0,40}?,\s*(?:ending|closing(?:\s+out)?|"
                          r"capping|rounding\s+(?:out|off)|wrapping\s+up|finishing|concluding|"
                          r"to\s+(?:end|close|cap|round\s+(?:out|off)))\s+(?:(?:a|an|the|its|"
                          r"their)\s+)?(?:[a-z-]+\s+)?(?:fiscal\s+)?$", re.I)


def closed_by_quarter(text: str, period: PeriodPhrase) -> bool:
    """Whether ``period`` is the year a quarter the sentence names closes ("..., ending 2024")."""
    return bool(_CLOSES_YEAR.search(text, 0, period.span[0]))
