"""Comparable (same-store) sales growth as a retailer's text states it, in a release or in a
10-K's MD&A: "Comparable store net sales for the 13-week fiscal quarter ended <day> decreased
N percent from ...", "On a comparable basis, net sales for <year> were up N% compared to
<year before>".

Only a sentence that opens on the company's comparable sales and says in the past tense how
they moved is read: an outlook ("Comparable sales increase in 2013 of approximately 3.5%") has
no such verb; a part's or a qualified measure ("owned plus licensed", "excluding fuel", "in
the U.S.", "Internet sales ... on a comparable basis") does not open the sentence so, or names
its qualifier before the figure or right after it ("increased 4.2% in 2023, excluding fuel"),
and is dropped. The growth is dated by the one period the
sentence names before its figure (the base period follows it: "from ... the prior year",
"compared to 2011"), a bare fiscal year through the document's own fiscal-year definitions;
a fall is negative. Anything that does not read exactly so is dropped.
"""

from __future__ import annotations

import re

from core.facts import Fact
from core.period_phrases import PeriodContext, find_periods
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.periods import find_fiscal_years
from extractors.sentences import Sentence

EXTRACTOR = "comparable_sales"
EXTRACTOR_VERSION = "1.0"
METRIC = "comparable_sales_growth"

CANDIDATES = AnchoredPattern(
    anchors=(b"comparable",), patterns=(re.compile(r"comparable", re.I),))

_SALES = r"(?:(?:total|consolidated)\s+)?(?:net\s+)?sales"
# the sentence's subject: "Comparable (store) (net) sales ..." or "On a comparable (store)
# basis, (net) sales ..."
_SUBJECT = re.compile(
    rf"^\W*(?:(?:total|consolidated|our|the\s+company['’]s)\s+)?comparable(?:[- ]store)?\s+"
    rf"(?:net\s+)?sales\b|^\W*on\s+a\s+comparable(?:[- ]store)?\s+basis,?\s+{_SALES}\b", re.I)
# how they moved, in the past tense, right before the figure
_MOVED = re.compile(r"\b(?P<verb>increased|decreased|rose|fell|grew|declined|(?:were|was)\s+"
                    r"(?:up|down))\s+(?:by\s+)?(?:approximately\s+|about\s+)?"
                    r"(?P<figure>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)(?!\s*(?:points?|basis))",
                    re.I)
_FALL = re.compile(r"decreased|fell|declined|down", re.I)
# words between the subject and the figure that qualify the measure or name a part
_QUALIFIED = re.compile(r"\b(?:owned|licensed|excluding|including|exclusive|inclusive|"
                        r"digital|online|internet|e-?commerce|stores?\s+in|segment|division|"
                        r"brand|region|international|domestic|constant|currency|fuel|gas(?:oline)?|"
                        r"would|expect\w*|guidance|outlook)\b", re.I)
_YEAR = re.compile(r"\b(?:for|in|during)\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", re.I)
# a qualifier right after the figure, past the period it names, is the figure's own: "increased
# 4.2% in 2023, excluding the impact of fuel", "rose 3% (ex-fuel)", "grew 5% in constant
# currency" state another measure than the company's comparable sales; a clause that only
# goes on ("and were lifted by ... foreign currency") or a second figure ("4.2%, or 5.0%
# excluding fuel") leaves the first one the company's
_PERIOD_AFTER = re.compile(r"\s*,?\s*(?:in|during|for)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?"
                           r"(?:(?:19|20)\d\d\b|(?:first|second|third|fourth)\s+quarter\b"
                           r"(?:\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b)?|year\b|quarter\b)",
                           re.I)
_QUALIFIED_AFTER = re.compile(r"\s*,?\s*\(?\s*(?:excluding|exclusive\s+of|ex-|without|"
                              r"adjusted\s+for|before\s+the\s+(?:impact|effect)|"
                              r"(?:on\s+an?|in|at)\s+(?:a\s+)?constant|(?:on\s+an?\s+)?"
                              r"(?:owned|licensed|digital|online|stores?[- ]only)\b)", re.I)


def extract_comparable_sales(doc: Document) -> list[Fact]:
    """Comparable sales growth facts from the document's sentences."""
    facts: list[Fact] = []
    years = None
    for sentence in doc.index.sentences_matching(CANDIDATES):
        if years is None and re.search(r"\b(?:19|20)\d\d\b", sentence.text):
            years = find_fiscal_years(doc.text, doc.index)  # only when a year is named
        fact = sentence_comparable_sales(sentence, doc.name, years)
        if fact is not None:
            facts.append(fact)
    return facts


def sentence_comparable_sales(sentence: Sentence, document: str,
                              fiscal_years: dict | None = None) -> Fact | None:
    """The comparable sales growth one sentence states, or None (pure)."""
    text = sentence.text
    subject = _SUBJECT.search(text)
    moved = _MOVED.search(text, subject.end()) if subject else None
    if moved is None or _QUALIFIED.search(text, subject.end(), moved.start()) \
            or _qualified_after(text, moved.end()):
        return None
    if re.search(r"[;%$]|\d\s?percent", text[subject.end():moved.start()]):
        return None  # another figure or clause before this one
    period = _period_before(text[:moved.start()], fiscal_years or {}) or _year_after(
        text[:moved.start()], text[moved.end():], fiscal_years or {})
    if period is None:
        return None
    parsed = parse_number(moved.group("figure") + "%")
    value = -parsed.value if _FALL.search(moved.group("verb")) else parsed.value
    return Fact(metric=METRIC, value=value, unit="percent", period_start=period[0],
                period_end=period[1], decimals=parsed.decimals,
                sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))


def _qualified_after(text: str, end: int) -> bool:
    """Whether the words right after the figure (past a period they name) qualify it."""
    period = _PERIOD_AFTER.match(text, end)
    return bool(_QUALIFIED_AFTER.match(text, period.end() if period else end))


# a fiscal year right after the figure, when none is named before it: "Comparable sales
# increased 14% during 2022" (Costco's FY2022 10-K MD&A)
_YEAR_AFTER = re.compile(r"^\s*(?:in|during|for)\s+(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b"
                         r"(?!\s*(?:and|or|to|-|–)\s*(?:19|20)?\d\d)", re.I)


def _year_after(before: str, after: str, fiscal_years: dict) -> tuple | None:
    """The fiscal year named right after the figure, when the words before it name none."""
    found = _YEAR_AFTER.match(after)
    if found is None or re.search(r"\b(?:19|20)\d\d\b", before) or find_periods(
            before, PeriodContext()):
        return None
    return fiscal_years.get(int(found.group(1)))


def _period_before(before: str, fiscal_years: dict) -> tuple | None:
    """The one period the words before the figure name: a period phrase, else a fiscal year
    the document defines ("for 2012"); None when they name none or several."""
    phrases = find_periods(before, PeriodContext())
    spans = [p for phrase in phrases for p in phrase.periods if p[0] is not None]
    named = {y.start(1) for y in _YEAR.finditer(before)}
    bare = [y for y in re.finditer(r"\b(?:19|20)\d\d\b", before)
            if not any(p.span[0] <= y.start() < p.span[1] for p in phrases)]
    if any(y.start() not in named for y in bare):
        return None  # "for 2020 and 2019": a year no "for" or "in" gives the figure
    years = [fiscal_years.get(int(y.group(0))) for y in bare]
    found = set(spans) | set(years)
    if len(found) != 1 or None in found:
        return None
    return found.pop()
