"""A change measured over a span of periods its clause names, rather than against the period a
year before its own (the default base).

A ratio site's multi-year summary ("revenue rose from $1.54 billion in 2021 to $2.23 billion in
2023, an increase of 44%"; "between 2021 and 2023, revenue grew 44%"; "grew 44% over two years";
"up 44% since 2021") states a change over two or more years: judged against the year before,
it was recomputed as that one year's growth and drifted. The span's first period is the base
(``span_base``), which ``change_bases.base_of`` hands to the recomputation as any named base; a
compound or average annual rate ("a compound annual rate of 20% since 2021", "a CAGR of 20%")
is no one period's change and is refused (``AVERAGE``).

Only the change's own clause is read: the words between the span and the figure hold no other
figure or clause break, so "Sales rose from $A in 2021 to $B in 2023; in 2023 alone they grew
17%" keeps 17% against the year before.
"""

from __future__ import annotations

import re

from core.dates import NUMBER_WORDS
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify import period_math

AVERAGE = "average"  # the kind of the base a compound or average annual rate names

# "a compound annual rate of 20%", "a 20% CAGR", "average annual growth of 20%", "20% a year
# on average": a rate averaged over several years
_AVERAGED = re.compile(
    r"\b(?:compound(?:ed)?\s+(?:annual|yearly)|cagr|average\s+(?:annual|yearly)|"
    r"annuali[sz]ed\s+(?:growth|increase|rate)|(?:a|per)\s+year\s+on\s+average|"
    r"on\s+average\s+(?:a|per|each|every)\s+year)\b", re.I)
_FIGURE = (r"(?:[$€£¥]\s*)?-?\d[\d,.]*\s*"
           r"(?:%|percent|(?:b|m|k|bn|mn)\b|(?:billion|million|thousand)\b)?")
# the words between a span's first period and its last: "and", "to $2.23 billion in"
_BETWEEN = {
    "between": re.compile(r"\s*(?:and|&)\s+(?:fiscal\s+|FY\s*)?", re.I),
    "from": re.compile(rf"\s*,?\s*to\s+(?:(?:about\s+|roughly\s+)?{_FIGURE}\s+(?:in|for|during)\s+"
                       r"(?:the\s+)?)?(?:fiscal\s+|FY\s*)?", re.I),
}
# the word that opens a span, right before its first period: "between", "from", "from $1.54
# billion in"
_OPENS = re.compile(rf"\b(?P<word>between|from)\s+(?:(?:about\s+|roughly\s+)?{_FIGURE}\s+"
                    r"(?:in|for|during)\s+(?:the\s+)?)?(?:fiscal\s+|FY\s*)?$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+|FY\s*)?$", re.I)
# "over two years", "over the past three years", "in two years", "a two-year increase"
_YEARS = re.compile(r"\b(?:(?:over|in|across|during)\s+(?:the\s+)?(?:(?:past|last|previous|"
                    r"preceding)\s+)?(?P<n>two|three|four|five|[2-9])\s+(?:fiscal\s+)?years|"
                    r"(?P<n2>two|three|four|five|[2-9])[- ]year)\b", re.I)
# the words between a span and the change it names: no other figure, no clause break
_CLAUSE_GAP = re.compile(r"[^\d;:]{0,80}", re.I)
_BREAK = re.compile(r"\b(?:while|whereas|but|alone|and\s+(?:it|its|they|their)|in\s+"
                    r"(?:that|the\s+latest)\s+year)\b", re.I)


def averaged_base(claim: Claim) -> PeriodPhrase | None:
    """The base of a rate its words average over several years (kind ``AVERAGE``), which no
    two filed periods give; None when they do not."""
    at = claim.sentence_at
    if at < 0 or not _AVERAGED.search(claim.sentence[max(0, at - 60):at + len(claim.text) + 60]):
        return None
    return PeriodPhrase("an average annual rate over several years", None, None, (0, 0), AVERAGE)


def span_base(claim: Claim, own: PeriodPhrase) -> PeriodPhrase | None:
    """The base of a change whose clause names a span of periods ending at its own period (its
    first period); None when the clause names no span."""
    sentence = claim.sentence
    at = claim.sentence_at
    if at < 0:
        return None
    end = at + len(claim.text)
    periods = ctx.find_periods(sentence)
    for first in periods:
        if first.end is None or own.end is None or first.end >= own.end:
            continue
        span = _span_from(sentence, first, periods, own)
        if span is not None and _same_clause(sentence, span, (at, end)):
            return first
    years = _YEARS.search(sentence)
    if years is not None and own.kind in ("year", "quarter", "months") and _same_clause(
            sentence, years.span(), (at, end)):
        count = years.group("n") or years.group("n2")
        shifted = period_math.shifted(own, years=-(int(count) if count.isdigit()
                                                   else NUMBER_WORDS[count.lower()]))
        return PeriodPhrase(shifted.label, shifted.start, shifted.end, (0, 0), own.kind,
                            ((shifted.start, shifted.end),))
    return None


def _span_from(sentence: str, first: PeriodPhrase, periods: list[PeriodPhrase],
               own: PeriodPhrase) -> tuple[int, int] | None:
    """The characters of a span that opens at ``first`` ("between 2021 and 2023", "from $A in
    2021 to $B in 2023" ending at the change's own period, "since 2021")."""
    before = sentence[:first.span[0]]
    if (found := _SINCE.search(before)) is not None:
        return found.start(), first.span[1]
    opened = _OPENS.search(before)
    if opened is None:
        return None
    joint = _BETWEEN[opened.group("word").lower()]
    for last in periods:
        if last.span[0] >= first.span[1] and last.end == own.end and joint.fullmatch(
                sentence[first.span[1]:last.span[0]]):
            return opened.start(), last.span[1]
    return None


def _same_clause(sentence: str, span: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether the words between a span and a figure keep them in one clause."""
    gap = sentence[span[1]:figure[0]] if span[1] <= figure[0] else (
        sentence[figure[1]:span[0]] if figure[1] <= span[0] else "")
    return bool(_CLAUSE_GAP.fullmatch(gap)) and not _BREAK.search(gap)
