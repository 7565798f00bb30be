"""The period that owns a figure by a possessive or a figure noun right before it: "up from
last quarter's $3.35B", "the prior quarter's operating income of $X", "the prior-year tally of
$3.06". ``claims_periods`` asks it before any other reading of a figure's period.
"""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase


def owned_by(figure_start: int, periods: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    """The period whose possessive stands right before a figure: "up from last quarter's
    $3.35B", "the prior quarter's operating income of $X", "dipped from Q1's $2.79B"."""
    for period in periods:
        if period.span[1] <= figure_start and (_POSSESSIVE_GAP.fullmatch(
                text, period.span[1], figure_start) or _NOUN_GAP.fullmatch(
                text, period.span[1], figure_start) and _FIGURE_NOUN_END.search(
                text, 0, period.span[1]) or _owns_after_quarter(period, figure_start, text)):
            return period
    return None


# "up from last year's second-quarter total of US$2,859 million" (an aluminium trade site on a
# smelter's quarter): the phrase "last year's second-quarter" names the quarter a year back
# (``claims_relative``) and owns the figure after its nouns; read as the quarter alone, the
# year-ago figure was dated in the article's quarter
_AFTER_QUARTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|while|to|from|rose|fell|grew|was|were|is|are)\b)[a-z-]+\s+){0,3}?"
    r"(?:of|at|was|were|stood\s+at|came\s+in\s+at|totaled|totalled)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+)?", re.I)
_POSSESSIVE_QUARTER_END = re.compile(r"['’]s?\s+(?:first|second|third|fourth)[- ]quarter$", re.I)


def _owns_after_quarter(period: PeriodPhrase, figure_start: int, text: str) -> bool:
    return bool(_POSSESSIVE_QUARTER_END.search(text, period.span[0], period.span[1])
                and _AFTER_QUARTER.fullmatch(text, period.span[1], figure_start))


# "the prior-year tally of $3.06": a period phrase that ends on the figure's own noun owns
# the figure right after "of" (the nouns of ``RELATIVE``'s year_back phrase)
FIGURE_NOUNS = r"figure|tally|result|number|mark|total"
_FIGURE_NOUN_END = re.compile(rf"\b(?:{FIGURE_NOUNS})$", re.I)
_NOUN_GAP = re.compile(r"\s+(?:of|at|was|were)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|"
                       r"approximately\s+)?", re.I)


# the words between a possessive period and its figure: a few nouns (never another period's:
# "fiscal 2025's first-quarter revenue of $X"), then "of", "at" or "was"
_POSSESSIVE_GAP = re.compile(
    r"['’]s?\s+(?:(?!(?:and|or|but|while|to|from|rose|fell|grew|was|were|is|are|first|second|"
    r"third|fourth|full|half|nine|six|twelve|annual|quarterly|fiscal|year|quarter)\b|q[1-4]\b|"
    r"[a-z]+[- ](?:quarter|year|half|months?)\b)[a-z-]+\s+)"
    r"{0,4}(?:(?:of|at|was|were|stood\s+at|came\s+in\s+at|totaled|totalled)\s+)?"
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+)?", re.I)
