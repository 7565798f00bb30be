"""Gross margin as the text states it: "Gross margin was 44.6% for the three months ended March
31, 2026", "gross margin decreased to 39.0% in 2025 from 42.3% in 2024".

Only GAAP gross margin: "non-GAAP gross margin" (or "adjusted") is skipped, and so are operating
or net margins and changes in basis points. A sentence's figures pair with its listed periods
as ``textperiods.find_periods`` reads them ("44.6% and 41.2% ... for the three months ended March
31, 2026 and 2025, respectively"); "to X% in 2025 from Y% in 2024" pairs each figure with the
year right after it. Anything that does not pair exactly is dropped.
"""

from __future__ import annotations

import re

from core.facts import Fact
from core.metric_words import PART_NAME, PART_WORD
from core.period_phrases import PeriodContext, find_periods
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.periods import find_fiscal_years
from extractors.sentences import Sentence

EXTRACTOR = "margins"
EXTRACTOR_VERSION = "1.0"
METRIC = "gross_margin"

# "gross margin" with a percentage within 120 characters after it (a decimal point does not end
# the stretch, a full stop does): only its sentences can state a margin (``sentence_margins``
# makes the exact check). Every match starts with the word "gross", the anchor.
_FIGURE_AHEAD = r"(?=(?:[^.;]|\.(?=\d)){0,120}?\d\s?%)"
CANDIDATES = AnchoredPattern(
    anchors=(b"gross",), patterns=(re.compile(rf"gross\s+margins?{_FIGURE_AHEAD}", re.I),)
)
_NON_GAAP = re.compile(r"non-?\s?GAAP|adjusted", re.I)
# A gross margin the sentence qualifies is a part's, not the company's: a word before it that is
# no article or possessive ("Product gross margin", "International gross margin", "our 2010
# homebuilding gross margin percentage", Standard Pacific; a page's running "Table of Contents"
# is none), or, before its figure, a part, a customer, a region or a what-if ("on sales to our
# largest customer", "for the Widgets segment", "in the Americas", "excluding the write-down",
# "would have been", "is expected to be").
_PLAIN_BEFORE = re.compile(r"(?:^|[^\w\s]|\b(?:our|the|its|a|an|total|consolidated|overall|"
                           r"reported|gaap|company['’]s|and|while|whereas|with|that|which|"
                           r"reflecting|contents|(?:19|20)\d\d))\s*$", re.I)
_QUALIFIED_AFTER = re.compile(
    rf"\b(?:{PART_WORD}|customers?|sales\s+to|brands?|channels?|stores?|international|domestic|"
    r"hardware|software|excluding|exclusive\s+of|before|without|would\s+have|"
    # an outlook or a preliminary estimate is no margin stated: "Gross margin for the three
    # months ended June 30 is expected to be 44.5%" (a release's preview of its quarter)
    r"expect\w*|anticipat\w*|estimat\w*|forecast\w*|project(?:s|ed|ions?)|outlook|guidance|"
    r"targets?|will|would|could|should|might|"
    r"on\s+(?:our\s+|the\s+)?\w+\s+(?:sales|revenues?))\b"
    rf"|\b(?:in|for|on|at|of|from)\s+(?:our\s+|the\s+|its\s+)?{PART_NAME}", re.I)
_PCT_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s?%(?!\s*(?:points?|basis))")
# A percentage that is a change, not a level: "increased 2.1%", "by 150 basis points".
_CHANGE_BEFORE = re.compile(r"(?:\bby|increase\s+of|decrease\s+of|up|down)\s*$", re.I)
_YEAR_FIGURE = re.compile(r"%\s*(?:in|for)\s+(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d", re.I)
_YEAR_AFTER = re.compile(r"\s*(?:in|for)\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", re.I)


def extract_stated_margins(doc: Document) -> list[Fact]:
    """Gross margin facts from the document's sentences."""
    facts: list[Fact] = []
    years = None
    for sentence in doc.index.sentences_matching(CANDIDATES):
        if years is None and _YEAR_FIGURE.search(sentence.text):
            years = find_fiscal_years(doc.text, doc.index)  # only when a year is named
        facts += sentence_margins(sentence, doc.name, years)
    return facts


def sentence_margins(
    sentence: Sentence, document: str, fiscal_years: dict | None = None
) -> list[Fact]:
    """The gross margins one sentence states (pure)."""
    text = sentence.text
    subject = re.search(r"gross\s+margins?", text, re.I)
    if subject is None or _NON_GAAP.search(text[max(0, subject.start() - 40) : subject.end()]):
        return []
    figures = [m for m in _PCT_RE.finditer(text, subject.end()) if _is_level(text, m)]
    if not figures or _is_qualified(text, subject, figures[0]):
        return []
    pairs = _by_year(text, figures, fiscal_years or {}) or _by_phrase(text, figures)
    return [_fact(sentence, document, m, period) for m, period in pairs]


def _is_qualified(text: str, subject: re.Match, figure: re.Match) -> bool:
    before = text[max(0, subject.start() - 40):subject.start()]
    return (not _PLAIN_BEFORE.search(before)
            or _QUALIFIED_AFTER.search(text, subject.end(), figure.start()) is not None)


def _is_level(text: str, match: re.Match) -> bool:
    return not _CHANGE_BEFORE.search(text[max(0, match.start() - 20) : match.start()])


def _by_year(text: str, figures: list[re.Match], fiscal_years: dict) -> list:
    """'39.0% in 2025 from 42.3% in 2024': each figure names its own fiscal year, read through
    the document's own fiscal-year definitions (a year it does not define is not guessed)."""
    years = [_YEAR_AFTER.match(text, m.end()) for m in figures]
    if not years or not all(years):
        return []
    spans = [fiscal_years.get(int(y.group(1))) for y in years]
    if not all(spans):
        return []
    return list(zip(figures, spans, strict=True))


def _by_phrase(text: str, figures: list[re.Match]) -> list:
    periods = [p for phrase in find_periods(text, PeriodContext()) for p in phrase.periods]
    periods = [p for p in periods if p[0] is not None]  # a margin is earned over a period
    if len(periods) == len(figures):
        return list(zip(figures, periods, strict=True))
    if len(periods) == 1 and len(figures) == 1:
        return [(figures[0], periods[0])]
    return []


def _fact(sentence: Sentence, document: str, match: re.Match, period) -> Fact:
    parsed = parse_number(match.group(1) + "%")
    start, end = period
    source = sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION)
    return Fact(
        metric=METRIC,
        value=parsed.value,
        unit="percent",
        period_start=start,
        period_end=end,
        decimals=parsed.decimals,
        sources=(source,),
    )
