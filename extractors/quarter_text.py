"""A quarterly report's cash flows for the quarter alone, as its text states them.

A 10-Q's cash-flow statement is year to date; what the quarter alone brought is stated, if
anywhere, in the MD&A's words. Filers that name their fiscal quarters by their last month
write "During the March 2017 quarter, ... our operating cash flow was $X ... and we paid $Y in
dividends" (the class was found in a disk maker's fiscal Q3 2017 10-Q). The sentence that names
the report's own quarter that way (the month and year the cover's "For the quarterly period
ended" date falls in) and the sentences after it that name no other period are read. Wider
namings ("the three months ended March 31, 2017") are not: measured on the corpus, their
sentences also hold a year-ago quarter's or one program's figures, and four wrong values
resulted; a figure is read only when a
cash-flow metric's words are tied to it ("<metric> was $X", "paid $X in dividends"). The
quarter's first day is the one the document's own three-month figures for that quarter start
on (no quarter is dated by a guess). Cash used ("cash used in operating activities") is not
read: its sign is the words'.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date
from decimal import Decimal

from core.dates import MONTH_NAMES, MONTHS, QUARTER_DAYS
from core.facts import Fact
from core.metrics import all_metrics, projection
from core.scales import SCALE_WORDS
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.sentences import Sentence, sentences_between
from extractors.textperiods import CURRENT_PERIOD_RE, parse_date

EXTRACTOR = "quarter_text"
EXTRACTOR_VERSION = "1.0"

# "the March 2017 quarter": every match starts with its month's name, the anchor
_QUARTER_NAMED = AnchoredPattern(
    anchors=tuple(calendar.month_name[m].lower().encode() for m in range(1, 13)),
    patterns=(re.compile(rf"(?P<month>{MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\s+quarter\b",
                         re.I),))
# Words that name another period: a sentence holding one ends the quarter's stretch
_OTHER_PERIOD = re.compile(r"\b(?:six|nine|twelve)\s+months\b|\byear[\s-]+to[\s-]+date\b|"
                           r"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+quarter\b|"
                           r"\b(?:years?|quarters?)\s+ended\b", re.I)
_STRETCH = 4  # sentences after the one that names the quarter
_REACH = 1500  # characters after the naming phrase those sentences lie within
_MONEY = re.compile(r"\$\s?(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(?P<scale>million|billion)\b")
_LINK_BEFORE = r"\s+(?:was|were|totaled|totalled|amounted\s+to|of)\s+(?:approximately\s+)?$"
_LINK_AFTER = r"^\s+(?:in|of)\s+(?:cash\s+)?"


@projection
def _cash_cues() -> tuple[tuple[re.Pattern, re.Pattern, str], ...]:
    """(words before a figure, words after it, metric) for each cash-flow metric's cues."""
    found = []
    for row in all_metrics():
        if row.statement != "cash_flow" or row.unit != "USD":
            continue
        for cue in row.cues:
            found.append((re.compile(rf"(?:{cue.pattern}){_LINK_BEFORE}", re.I),
                          re.compile(rf"{_LINK_AFTER}(?:{cue.pattern})", re.I), row.name))
    return tuple(found)


def extract_quarter_text(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The quarter's cash-flow figures a 10-Q's text states; ``facts``: the document's other
    readings (its three-month figures give the quarter's first day)."""
    if not (doc.form or "").upper().startswith("10-Q"):
        return []
    found = CURRENT_PERIOD_RE.search(doc.text[:20000])
    end = parse_date(found.group(1)) if found else None
    start = _quarter_start(facts, end) if end else None
    if start is None:
        return []
    out: list[Fact] = []
    seen: set[int] = set()
    for match in doc.index.scan(_QUARTER_NAMED):
        if (MONTHS.get(match["month"].lower()), int(match["year"])) != (end.month, end.year):
            continue
        for sentence in _stretch(doc.text, match.start()):
            if sentence.start not in seen:
                seen.add(sentence.start)
                out += _sentence_facts(sentence, doc.name, (start, end))
    return out


def _quarter_start(facts: list[Fact], end: date) -> date | None:
    starts = Counter(f.period_start for f in facts if f.period_end == end and f.period_start
                     and (end - f.period_start).days in QUARTER_DAYS)
    return max(starts, key=lambda s: (starts[s], s)) if starts else None


def _stretch(text: str, at: int) -> list[Sentence]:
    """The sentence holding ``at`` and those after it until one names another period."""
    sentences = [s for s in sentences_between(text, at, at + _REACH) if s.end > at]
    out = sentences[:1]
    for sentence in sentences[1:_STRETCH + 1]:
        if _OTHER_PERIOD.search(sentence.text):
            break
        out.append(sentence)
    return out


def _sentence_facts(sentence: Sentence, document: str, period: tuple[date, date]) -> list[Fact]:
    text, facts = sentence.text, []
    for money in _MONEY.finditer(text):
        before, after = text[max(0, money.start() - 80):money.start()], text[money.end():]
        metrics = {metric for ahead, behind, metric in _cash_cues()
                   if ahead.search(before) or behind.match(after)}
        if len(metrics) != 1 or re.search(r"\bused\b", before[-40:], re.I):
            continue
        parsed = parse_number(money["number"])
        if parsed is None:
            continue
        scale = SCALE_WORDS[money["scale"]]
        facts.append(Fact(
            metric=metrics.pop(), value=parsed.value * Decimal(10) ** scale, unit="USD",
            period_start=period[0], period_end=period[1], decimals=parsed.decimals - scale,
            sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),)))
    return facts
