"""A part's sales as a release's sentence states them, with the period in the same sentence:

    Online sales decreased N percent to $X million for the 39-week period ended <date>,
    compared to net sales of $Y million for the 39-week period ended <date>.

(A retailer's third-quarter release.) The sentence must open on the part's
name, capitalised, right before "sales"/"revenue(s)", and its figure must be followed at once by
the period it is for: a sentence that leaves its period to the page around it ("Document Cloud
revenue was $634 million") is not read. The base after "compared to" is the same part's, for
the period named after it, and is read only when the stated change bears both figures out
(-9.2 percent: 128.0 / 141.0 - 1 = -9.22%), which proves the sentence is about one part. A
name that opens a company-wide figure ("Net sales", "Total revenue", "Comparable store ...")
is no part.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact
from core.period_phrases import PeriodContext, find_periods
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.sentences import Sentence
from extractors.xbrl_segments import folded_name

EXTRACTOR = "segment_prose"
EXTRACTOR_VERSION = "1.0"

# Every candidate holds " sales" or " revenue" after a capitalised word: the anchors, every
# match opening at one (" revenue" stands where " revenue " and " revenues " do: one scan of
# the whole text for both, each a millisecond a megabyte).
CANDIDATES = AnchoredPattern(
    anchors=(b" sales ", b" revenue"),
    patterns=(re.compile(r" (?:sales|revenues?) (?=(?:increased|decreased|grew|rose|fell|"
                         r"declined|was|were|totaled|totalled)\b)"),))
_OPENING = re.compile(
    r"^\s*(?P<part>[A-Z][A-Za-z&'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z&'’-]+){0,2})\s+"
    r"(?:net\s+)?(?:sales|revenues?)\s+(?P<verb>increased|decreased|grew|rose|fell|declined|"
    r"was|were|totaled|totalled)\s+(?:(?:by\s+)?(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:percent|%)\s+)?"
    r"(?:to\s+)?(?P<figure>\$\s?\d[\d,]*(?:\.\d+)?\s+(?:million|billion|thousand))\s+"
    r"(?=(?:for|in|during)\s)")
_BASE = re.compile(r",?\s*(?:as\s+)?compared\s+(?:to|with)\s+(?:(?:net\s+)?(?:sales|revenues?)\s+"
                   r"of\s+)?(?P<figure>\$\s?\d[\d,]*(?:\.\d+)?\s+(?:million|billion|thousand))\s+"
                   r"(?=(?:for|in|during)\s)")
# first words that open a company-wide figure, never a part's name
_NOT_PARTS = {"net", "total", "comparable", "same", "consolidated", "company", "our", "the",
              "its", "quarterly", "annual", "fiscal", "gross", "operating", "reported", "gaap",
              "organic", "first", "second", "third", "fourth", "full", "year", "record"}
_DOWN = ("decreased", "fell", "declined")


def extract_segment_prose(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The parts' sales the document's sentences state with their own periods, less any that a
    table of the document (``facts``: its rows proven by their sums) states otherwise: EA's
    10-Q says "Digital net sales were $1.10 billion" of a part its revenue table gives 685
    million, another line (its net sales are before deferrals), not a second reading of it."""
    tabled: dict[tuple, set] = {}
    for f in facts:
        if f.entity and f.basis and f.metric == "revenue":
            tabled.setdefault((folded_name(f.entity), f.period_start, f.period_end),
                              set()).add(f.value)
    read: list[Fact] = []
    for sentence in doc.index.sentences_matching(CANDIDATES):
        read += sentence_parts(sentence, doc.name)
    return [f for f in read if f.value in tabled.get(
        (folded_name(f.entity), f.period_start, f.period_end), {f.value})]


def sentence_parts(sentence: Sentence, document: str) -> list[Fact]:
    """The part's figure (and its base, when the change bears both out) of one sentence."""
    text = sentence.text
    found = _OPENING.match(text)
    if found is None or found.group("part").split()[0].lower() in _NOT_PARTS:
        return []
    current = _period_at(text, found.end())
    if current is None:
        return []
    part = found.group("part")
    facts = [_fact(sentence, document, part, found.group("figure"), current)]
    base = _BASE.match(text, current.span[1])
    prior = _period_at(text, base.end()) if base else None
    if base and prior and found.group("pct") and _bears_out(
            found.group("figure"), base.group("figure"), found.group("pct"),
            found.group("verb") in _DOWN):
        facts.append(_fact(sentence, document, part, base.group("figure"), prior))
    return facts


def _period_at(text: str, at: int):
    """The period phrase that starts right after ``at`` ("for the 39-week period ended ..."),
    when it names one period; None else."""
    for phrase in find_periods(text, PeriodContext()):
        if phrase.span[0] < at:
            continue
        between = " ".join(text[at:phrase.span[0]].replace(",", " ").split()).lower()
        if _LEADS.fullmatch(between) and phrase.start is not None and len(phrase.periods) == 1:
            return phrase
        return None
    return None


# "for the", "in", and a length the phrase reader leaves before it ("for the 13-week")
_LEADS = re.compile(r"(?:for|in|during)(?:\s+the)?(?:\s+\d{1,2}-week)?(?:\s+fiscal)?")


_SCALES = {"thousand": 3, "million": 6, "billion": 9}


def _amount(figure: str) -> tuple[Decimal, int]:
    """'$128.0 million' -> (128000000, -5): the value and its stated precision."""
    digits, word = figure.replace("$", "").split()
    number = Decimal(digits.replace(",", ""))
    scale = _SCALES[word.lower()]
    value = number.scaleb(scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, -number.as_tuple().exponent - scale


def _bears_out(current: str, base: str, pct: str, down: bool) -> bool:
    now, then = _amount(current)[0], _amount(base)[0]
    if then == 0:
        return False
    change = (now / then - 1) * 100
    stated = -Decimal(pct) if down else Decimal(pct)
    places = -Decimal(pct).as_tuple().exponent
    return abs(change - stated) <= Decimal(5).scaleb(-places - 1)


def _fact(sentence: Sentence, document: str, part: str, figure: str, period) -> Fact:
    value, decimals = _amount(figure)
    return Fact(metric="revenue", value=value, unit="USD", period_start=period.start,
                period_end=period.end, entity=part, basis="product", decimals=decimals,
                sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))
