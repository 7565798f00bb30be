"""A segment's revenue as an earnings release's highlights state it, under a heading that names
the quarter:

    First Quarter Fiscal Year 2023 Business Segment Highlights
    • Cloud Tools segment revenue was $3.40 billion, which represents 9 percent growth ...

(A software maker's release: its statements print no segment table, only these lines.) The
figure's period is the heading's, and a heading is dated only as the release's own quarter:
the last three-month period of the company's revenue its own tables state (``facts``), when the
heading names that quarter's number (the tables' longest period to date to its end says it)
and a fiscal year that period can be in. A line is read only when it names a segment ("<Name>
segment revenue was"), states a figure in the past tense, and stands in the run of figure lines
right after the heading: a target ("segment revenue of $X to $Y") or a line of another section
gives nothing. A part's annualized recurring revenue the same run of lines states ("exiting
the quarter with Cloud Tools ARR of $13.67 billion. Design ARR grew to $11.28 billion") is read
as that part's balance on the quarter's last day; what a quarter added ("Net new Cloud Tools
ARR was $410 million") is not. The lines of a segment's bullet after its own line that state
its products' revenue ("Design revenue grew to $2.76 billion. Paper Cloud revenue was $634
million.", ``products_of``) are read as parts only when they are two or more and add up to the
segment's figure at their stated precision: the sum proves they are the segment's parts. The
growth over a year such a line states right after its figure ("$3.40 billion, which represents 9
percent year-over-year growth or 14 percent in constant currency") is read as the part's
stated growth (``stated_part_growth``, the reported figure only, never the constant-currency
one), for the lines read.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import QUARTER_DAYS
from core.facts import Fact
from core.period_phrases import ORDINALS
from extractors.document import Document
from extractors.sentences import Sentence, split_sentences

EXTRACTOR = "segment_highlights"
EXTRACTOR_VERSION = "1.1"

_HEADING = re.compile(r"^\s*(?P<ordinal>first|second|third|fourth)\s+quarter\s+(?:of\s+)?"
                      r"(?:fiscal\s+)?(?:year\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[A-Za-z]+\s+){0,2}"
                      r"segment\s+(?:highlights|results)\s*$", re.I)
_LINE = re.compile(
    r"^\W*(?P<part>[A-Z][A-Za-z&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]*){0,3})\s+segment\s+"
    r"(?:net\s+)?(?:revenues?|sales)\s+(?:was|were|totaled|totalled|grew\s+to|increased\s+to|"
    r"rose\s+to|decreased\s+to|declined\s+to|fell\s+to)\s+(?P<figure>\$\s?\d[\d,]*(?:\.\d+)?)\s+"
    r"(?P<scale>million|billion|thousand)\b(?!\s+to\b)")
# A product's line in its segment's bullet: "Creative revenue grew to $2.76 billion", "Document
# Cloud revenue was $634 million" (no "segment": the segment's own line came first)
_PRODUCT_LINE = re.compile(
    r"^(?P<part>[A-Z][A-Za-z&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]*){0,3})\s+"
    r"(?:net\s+)?(?:revenues?|sales)\s+(?:was|were|totaled|totalled|grew\s+to|increased\s+to|"
    r"rose\s+to|decreased\s+to|declined\s+to|fell\s+to)\s+(?P<figure>\$\s?\d[\d,]*(?:\.\d+)?)\s+"
    r"(?P<scale>million|billion|thousand)\b(?!\s+to\b)")
# "with Cloud Tools ARR of $13.67 billion", "Design ARR grew to $11.28 billion"
_ARR = re.compile(
    r"(?<![\w’'])(?P<part>[A-Z][A-Za-z&'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]*){0,3})\s+ARR\s+"
    r"(?:was|of|grew\s+to|increased\s+to|rose\s+to|reached|totaled|totalled)\s+"
    r"(?P<figure>\$\s?\d[\d,]*(?:\.\d+)?)\s+(?P<scale>million|billion|thousand)\b(?!\s+to\b)")
# ", which represents 9 percent year-over-year growth", ", representing 8 percent year-over-year
# growth": right after the line's figure, the reported growth over a year
_GROWTH_AFTER = re.compile(r"\s*,\s*(?:which\s+represents|representing)\s+(?P<rate>\d{1,3}"
                           r"(?:\.\d{1,2})?)\s*(?:percent|%)\s+year[- ]over[- ]year\s+growth\b",
                           re.I)
_NET_NEW = re.compile(r"\bnet\s+new\s+(?:[A-Z][\w&-]*\s+){0,4}$", re.I)
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙-]")
_SCALES = {"thousand": 3, "million": 6, "billion": 9}


def extract_segment_highlights(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The segments' revenue a release's quarter highlights state, dated by its own quarter."""
    if not (doc.form or "").upper().startswith("8-K"):
        return []
    own = own_quarter(facts)
    if own is None:
        return []
    sentences = split_sentences(doc.text)
    read: list[Fact] = []
    for at, sentence in enumerate(sentences):
        heading = _HEADING.match(sentence.text)
        if heading is None or not may_name(heading, own, facts):
            continue
        lines = _figure_lines(sentences[at + 1:])
        read += [f for line in lines for f in _recurring(line, doc.name, own[1])]
        for i, line in enumerate(lines):
            segment = _line_fact(line, doc.name, own)
            read += segment
            if segment:
                read += products_of(segment[0], lines[i + 1:], doc.name)
    return read + [g for f in read if f.metric == "revenue" for g in _stated_growth(f)]


def own_quarter(facts: list[Fact]) -> tuple[date, date] | None:
    """The last three-month period of the company's revenue the document's tables state."""
    quarters = {(f.period_start, f.period_end) for f in facts
                if f.metric == "revenue" and f.entity is None and f.period_start and f.period_end
                and (f.period_end - f.period_start).days in QUARTER_DAYS}
    return max(quarters, key=lambda p: p[1]) if quarters else None


def may_name(heading: re.Match, own: tuple[date, date], facts: list[Fact]) -> bool:
    """Whether the heading's quarter may be the release's own: its number is the count of
    quarters in the longest period of company revenue the tables state to the own quarter's end
    (a third-quarter release prints nine months to date; a release printing no year to date is
    read only as a first quarter's), and its fiscal year ends in the year it is named for, or
    the year after the own quarter's end (a fiscal year named by the calendar year it ends in)."""
    year = int(heading["year"])
    spans = [(f.period_end - f.period_start).days for f in facts
             if f.metric == "revenue" and f.entity is None and f.period_end == own[1]
             and f.period_start is not None]
    quarters = round(max(spans) / 91.3) if spans else 0
    return quarters == ORDINALS[heading["ordinal"].lower()] and own[1].year in (year, year - 1)


def _figure_lines(after: tuple[Sentence, ...]) -> list[Sentence]:
    """The run of sentences holding a dollar figure right after a heading: its section."""
    run = []
    for sentence in after:
        if "$" not in sentence.text:
            break
        run.append(sentence)
    return run


def _line_fact(sentence: Sentence, document: str, own: tuple[date, date],
               pattern: re.Pattern = _LINE, basis: str = "segment") -> list[Fact]:
    found = pattern.match(sentence.text)
    if found is None:
        return []
    value, decimals = _amount(found)
    return [Fact(metric="revenue", value=value, unit="USD", period_start=own[0],
                 period_end=own[1], entity=found["part"], basis=basis, decimals=decimals,
                 sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))]


def _stated_growth(line: Fact) -> list[Fact]:
    """The growth over a year a line states right after its figure, as the part's."""
    source = line.sources[0]
    text = source.text or ""
    figure = _FIGURE_END.search(text)
    found = _GROWTH_AFTER.match(text, figure.end()) if figure else None
    if found is None:
        return []
    rate = Decimal(found["rate"])
    return [Fact(metric="stated_part_growth", value=rate, unit="percent",
                 period_start=line.period_start, period_end=line.period_end, entity=line.entity,
                 decimals=-rate.as_tuple().exponent, sources=line.sources)]


_FIGURE_END = re.compile(r"\$\s?\d[\d,]*(?:\.\d+)?\s+(?:million|billion|thousand)\b")


def _amount(found: re.Match) -> tuple[Decimal, int]:
    """(value, decimals) of a match's "$1.2" figure and "billion" scale word."""
    number = Decimal(found["figure"].replace("$", "").replace(",", "").strip())
    scale = _SCALES[found["scale"].lower()]
    value = number.scaleb(scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, -number.as_tuple().exponent - scale


def _recurring(sentence: Sentence, document: str, day: date) -> list[Fact]:
    read = []
    for found in _ARR.finditer(sentence.text):
        if _NET_NEW.search(sentence.text, 0, found.start()):
            continue  # "Net new Cloud Tools ARR was": the quarter's addition
        value, decimals = _amount(found)
        read.append(Fact(metric="annualized_recurring_revenue", value=value, unit="USD",
                         period_start=None, period_end=day, entity=found["part"],
                         basis="segment", decimals=decimals,
                         sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),)))
    return read


def products_of(segment: Fact, after: list[Sentence], document: str) -> list[Fact]:
    """The products' revenue the lines of a segment's bullet state after its own line, when
    two or more of them add up to the segment's figure (each figure within half its last
    digit): the bullet ends at the next line that opens one ("•") or names no product."""
    own = (segment.period_start, segment.period_end)
    parts: list[Fact] = []
    for sentence in after:
        if _BULLET.match(sentence.text):
            break
        found = _line_fact(sentence, document, own, _PRODUCT_LINE, "product")
        if not found:
            break
        parts += found
    if len(parts) < 2 or not _adds_up(segment, parts):
        return []
    return parts


def _adds_up(total: Fact, parts: list[Fact]) -> bool:
    """Whether the parts' sum may be the total, every figure rounded as stated."""
    slack = sum((_half_unit(f) for f in (total, *parts)), Decimal(0))
    return abs(sum((f.value for f in parts), Decimal(0)) - total.value) <= slack


def _half_unit(fact: Fact) -> Decimal:
    return Decimal(5).scaleb(-(fact.decimals or 0) - 1)
