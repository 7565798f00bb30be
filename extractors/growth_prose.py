"""The growth of parts an earnings release's own sentences state, in the filer's own words.

A bank's release explains a total's move by its parts: "Average total loans for the fourth
quarter of <year> were $X million higher than the fourth quarter of <year before>. The increase
was primarily due to growth in <part> (N percent) and <part> (M percent) offset by lower ...".
The filer's words for a part need not be a table row's (USB's Q4 2021 release calls "other
retail loans" the growth of the row labelled only "Other" under its "Total other retail"
heading): the stated figure is the filer's, and an article that copies those words quotes it.

Read only: a list of "<part> (N percent)" right after a growth lead (``_LEADS``: "growth in",
"increases in"), item by item while the items are joined by a plain joiner (a comma, "and");
the first other word (a fall: "offset by lower ...") ends the list, so every figure read is a
rise. Dated only by a comparison of two quarters a year apart that the sentence itself, or the
sentence before it when this one opens on a reference to it ("The increase ..."), names: the
figure is the growth of the later quarter over the earlier. Anything else is dropped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact
from extractors.document import Document
from extractors.fiscal_calendar import stated_year_end
from extractors.release_dates import PHRASES, ReleaseCalendar, phrase_period, release_calendar
from extractors.sentences import Sentence, split_sentences

EXTRACTOR = "growth_prose"
EXTRACTOR_VERSION = "1.0"
METRIC = "stated_part_growth"

# Words that open a list of the parts that grew, right before the first part
_LEADS = ("growth in", "growth of", "increases in", "increase in", "higher")
_LEAD = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in _LEADS) + r")\s+", re.I)
# One item: the part's words, then its figure in parentheses
_ITEM = re.compile(r"(?P<part>[a-z][a-z&\- ]{1,60}?)\s*\((?P<figure>\d{1,3}(?:\.\d{1,2})?)"
                   r"\s?(?:percent|%)\)", re.I)
# What may stand between two items of one list
_JOINERS = ("", ",", "and", ", and")
_JOINER = re.compile(r"\s*(,?\s*(?:and\b)?)\s*")
# A sentence that opens on the move the sentence before it states
_BACK_REFERENCE = re.compile(r"^\W*(?:the|this)\s+(?:increase|growth|rise)\b", re.I)
# Words a part's words never hold (a period, a figure's qualifier, a clause)
_NOT_PART = re.compile(r"\b(?:quarter|year|percent|million|billion|was|were|which|excluding|"
                       r"including|compared|from|than|over)\b", re.I)
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:with|to)|from|over)\s+(?:the\s+)?$", re.I)
# How far the figure's words may run between the two quarters a sentence compares
_COMPARED_CHARS = 120


def extract_growth_prose(doc: Document) -> list[Fact]:
    """The stated growth of parts from a release's sentences (8-K documents only)."""
    if not (doc.form or "").upper().startswith("8-K") or "percent" not in doc.text.lower():
        return []
    calendar = release_calendar(doc.text, stated_year_end(doc.text, doc.index))
    if calendar is None:
        return []
    sentences = split_sentences(doc.text)
    facts: list[Fact] = []
    for i, sentence in enumerate(sentences):
        if not _LEAD.search(sentence.text):
            continue
        period = year_over_year(sentence.text, calendar)
        if period is None and i and _BACK_REFERENCE.match(sentence.text):
            period = year_over_year(sentences[i - 1].text, calendar)
        if period is not None:
            facts += _stated_parts(sentence, period, doc.name)
    return facts


def year_over_year(text: str, calendar: ReleaseCalendar) -> tuple | None:
    """The later of two quarters a year apart that a sentence compares ("for the fourth
    quarter of 2021 ... than the fourth quarter of 2020"): the quarter a comparison word opens
    and the nearest quarter named before it; else None (pure)."""
    quarters = sorted({(m.start(), m.end(), phrase_period("quarter", m, calendar, None))
                       for kind, pattern in PHRASES if kind == "quarter"
                       for m in pattern.finditer(text)}, key=lambda q: q[0])
    quarters = [q for q in quarters if q[2] is not None]
    pairs = zip(quarters, quarters[1:], strict=False)
    found = {later for (_, end, later), (start, _, earlier) in pairs
             if start - end <= _COMPARED_CHARS and _COMPARED.search(text[end:start])
             and _year_apart(earlier, later)}
    return found.pop() if len(found) == 1 else None


def _year_apart(earlier: tuple, later: tuple) -> bool:
    return (later[1] - earlier[1]).days in range(364, 368) and earlier[0] < later[0]


def stated_parts(text: str) -> list[tuple[str, Decimal]]:
    """(part words, figure) of the list of rises after the first growth lead of a sentence
    that opens one (pure)."""
    for lead in _LEAD.finditer(text):
        found = _listed(text, lead.end())
        if found:
            return found
    return []


def _listed(text: str, at: int) -> list[tuple[str, Decimal]]:
    found: list[tuple[str, Decimal]] = []
    while True:
        item = _ITEM.match(text, at)
        if item is None or _NOT_PART.search(item["part"]):
            return found
        found.append((" ".join(item["part"].lower().split()), Decimal(item["figure"])))
        joiner = _JOINER.match(text, item.end())
        if not joiner.group(1) or " ".join(joiner.group(1).split()) not in _JOINERS:
            return found  # no joiner: what follows is another clause
        at = joiner.end()


def _stated_parts(sentence: Sentence, period: tuple, document: str) -> list[Fact]:
    return [Fact(metric=METRIC, value=figure, unit="percent", period_start=period[0],
                 period_end=period[1], entity=part,
                 decimals=len(str(figure).partition(".")[2]),
                 sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))
            for part, figure in stated_parts(sentence.text)]
