"""Charges, gains and losses a periodic filing states in prose (pure: document in, facts out).

Metric ``stated_charge`` (USD, a magnitude): an amount the filer says it took as a charge, a
write-off or write-down, an impairment, or a gain or loss on something, with the filer's own
words for what it is (the fact's entity): "in the fourth quarter of fiscal year 2012, we
recorded a $6.2 billion charge for the impairment of goodwill in our Online Services Division
business segment", "a charge for Surface RT inventory adjustments of approximately $900
million", "The net loss incurred during fiscal 2011 included $15.3 million of asset impairment
charges and deposit write-offs", "Also includes a charge for ... recorded in the fourth quarter
of fiscal year 2013, which decreased operating income by $900 million" (a quarterly note's
footnote: the pre-tax amount, never the net income or per-share one after it). A charge its
own words state after tax ("an after-tax charge of", "$X million, net of tax") is none.

Periods: only the one the sentence itself names (the period right after "recorded in",
"incurred during" when it names several): "three months ended June 30, 2012", "fiscal 2011",
"during 2010", "the fourth quarter of fiscal year 2012" (a quarter only in a fiscal year of
twelve calendar months; a week calendar's quarters are not pinned). A sentence naming no period,
or a "respectively" list, gives nothing: a wrong period is worse than none.

An article's charge is compared with these by its describing words only
(``pipeline.verify.charges``), never by value, and never with a total.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from core import charge_words as cw
from core.dates import add_months, month_end, months_before
from core.facts import Fact
from core.period_phrases import ORDINALS
from core.scales import SCALE_WORDS
from extractors.anchored import AnchoredPattern
from extractors.charge_doubts import (
    after_tax,
    anothers_charge,
    base_words_before,
    joint_with_amounts,
    not_taken,
)
from extractors.document import Document
from extractors.fiscal_calendar import describes_week_calendar, find_fiscal_years
from extractors.numbers import parse_number
from extractors.quarters import is_calendar_year
from extractors.sentences import Sentence, sentences_between
from extractors.textperiods import find_periods

EXTRACTOR = "charges"
EXTRACTOR_VERSION = "1.0"
METRIC = "stated_charge"

# Every match starts at one of the charge nouns' first letters, which the anchors are (the
# folded copy is lower case): tried there alone, not at every character of a 1 MB text.
_PLACES = AnchoredPattern(
    anchors=(b"charge", b"impairment", b"write", b"loss", b"gain"),
    patterns=(re.compile(r"\bcharges?\b|\bimpairments?\b|\bwrite-?(?:offs?|downs?)\b|"
                         r"\b(?:loss(?:es)?|gains?)\s+(?:on|from)\b", re.I),))
# an amount with its scale word: a bare "$37" in a filing is in the millions or thousands its
# table states, which a sentence does not say
_AMOUNT = r"\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s+(?P<scale>billion|million|thousand)\b"
# every reading holds one (``_readings``): a sentence without it is passed over before the
# readings' patterns, which no literal opens, try every position of it
_SCALED_AMOUNT = re.compile(_AMOUNT, re.I)
_HEDGE = r"(?:(?:approximately|about|nearly|roughly)\s+)?"
_NOUN = rf"(?P<noun>{cw.NOUNS})"
# the words that qualify a charge ("asset impairment", "non-cash"), never across a joining
# word, a verb or a determiner: after an amount, and (``_PRE_BEFORE``) before a noun that opens
# a reading, searched in a short window there only (tried at every position of a sentence,
# the qualifiers' alternation cost more than the rest of the extractor)
_QUALIFIER = (r"(?!(?:" + "|".join(sorted(cw.STOP_WORDS | cw.DETERMINERS)) + r")\b)[\w-]+\s+")
_QUALIFIERS = rf"(?P<pre>(?:{_QUALIFIER}){{0,4}}?)"
# before a noun, the taker and the taking are no qualifiers either, nor a year or the tail of a
# possessive: "During 2023 we recorded restructuring charges", "the Company recorded other
# operating charges" (a drinks maker's 10-Q) name "restructuring", "other operating"
_NOT_BEFORE = frozenset("we it they company registrant recorded recognized incurred took taken "
                        "booked reported".split())
_PRE_QUALIFIER = (r"(?!(?:" + "|".join(sorted(cw.STOP_WORDS | cw.DETERMINERS | _NOT_BEFORE))
                  + r")\b)(?!\d+\b)[\w-]+\s+")
_PRE_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_PRE_QUALIFIER}){{1,4}}$", re.I)
_PRE_WINDOW = 80
_NOUN_OPENS = r"(?<![\w-])" + _NOUN
# what the charge is for, up to the clause's end
_FOR = cw.described()
# (a period inside an initialism, "the U.S. segment", ends nothing: the words ran on past it)
_CLAUSE_END = r"(?=\s*(?:[,;:()]|(?<!\b[A-Z])\.(?![A-Z]\.)|\s(?:which|that|" \
              r"and\s+(?:an?\s+)?\$|compared|offset|partially|primarily|recorded|incurred|" \
              r"recognized|during|in\s+(?:fiscal|the\s+(?:first|second|third|fourth)|" \
              r"(?:19|20)\d\d))\b|$))"
# "$6.2 billion goodwill impairment charge", "$15.3 million of asset impairment charges and
# deposit write-offs", "a $30.0 million charge related to the early extinguishment of debt"
_AMOUNT_FIRST = re.compile(_AMOUNT + r"\s+(?:(?:of|in)\s+)?" + _QUALIFIERS + _NOUN
                           + cw.ALSO
                           + _FOR + _CLAUSE_END, re.I)
# "a goodwill impairment charge of $6.2 billion related to our OSD business segment", "a charge
# for Surface RT inventory adjustments of approximately $900 million", "charges of $442 million"
_NOUN_FIRST = re.compile(_NOUN_OPENS + _FOR + r",?\s+(?:of|totaling|totalling|"
                         r"aggregating)\s+" + _HEDGE + _AMOUNT
                         + rf"(?P<after>\s+(?:{cw.JOINERS})\s+[^$;:()]{{0,120}}?)?" + _CLAUSE_END,
                         re.I)
# a quarterly note's footnote: "a charge for ... recorded in the fourth quarter of fiscal year
# 2013, which decreased operating income by $900 million, net income by $596 million, ..."
_DECREASED_BY = re.compile(_NOUN_OPENS + r"(?P<desc>\s+(?:for|related\s+to)\s+[^$;]"
                           r"{0,160}?),?\s+which\s+(?:decreased|reduced)\s+(?:operating\s+income|"
                           r"income\s+before\s+income\s+taxes)(?:\s+and\s+net\s+income)?\s+by\s+"
                           + _AMOUNT, re.I)
_RECORDED_IN = re.compile(r"\b(?:recorded|incurred|recognized|taken)\s+(?:in|during)\s+$", re.I)
_QUARTER_OF_YEAR = re.compile(r"\b(?P<q>first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+of\s+"
                              r"(?:fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b(?:fiscal\s+(?:year\s+)?|(?:in|during|for)\s+(?:fiscal\s+(?:year\s+)?)?)"
                   r"(?P<y>(?:19|20)\d\d)\b(?!\s*(?:,|and)?\s*(?:quarter|\d))", re.I)
# a period a comparison is drawn against is never the charge's: "expenses rose compared to the
# second quarter of 2024 due to ... a $55 million ratification charge" (a railroad's 10-Q MD&A:
# the charge is of the quarter after it, which the sentence leaves unnamed)
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|relative\s+to|than)\s+"
                          r"(?:(?:the|a|its|our)\s+)?(?:(?:same|prior|previous|corresponding)\s+)?$",
                          re.I)
# the verbs of a charge taken: a relative clause of these is the charge's own ("a charge, which
# was recorded during fiscal 2013")
_CHARGE_VERBS = r"(?:recorded|incurred|recognized|taken|booked)\b"
# a period a relative clause gives another noun is never the charge's ("in"/"during" may open
# the period's phrase itself, "during fiscal 2013"): "royalty costs of a game,
# which was launched during the three months ended December 31, 2015, partially offset by a $15
# million impairment charge" (a game publisher's 10-Q: the charge is of the quarter compared)
_ANOTHERS_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:was|were|is|are|had\s+been|has\s+been)"
                              r"\s+(?:(?!" + _CHARGE_VERBS + r")\w+\s+){1,2}?"
                              r"(?:(?:in|during|for|on)\s+(?:the\s+)?)?$", re.I)
# a sentence that goes on about the charge before it: "The non-cash, non-tax-deductible charge
# related mainly to goodwill acquired through ...", "This impairment was primarily due to ..."
_GOES_ON = re.compile(r"^\s*(?:The|This|Such)\s+(?:[\w-]+,?\s+){0,4}?(?:charge|impairment|"
                      r"write-?(?:off|down))\s+(?:(?:was|is)\s+)?(?:(?:primarily|mainly|largely|"
                      r"principally)\s+)?(?P<desc>(?:related|relates|relating|attributable|due|"
                      r"resulted|results)\b[^$;]{0,160})", re.I)
# a year the sentence names bare, outside any period phrase: "Our SG&A expenses for 2010 did not
# include any restructuring charges, whereas 2009 included $19.1 million of restructuring
# charges" (a homebuilder's MD&A) names one period, 2010, and the charge is 2009's
_BARE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STOP = re.compile(r"\.\s|\.$")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def extract_charges(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    calendar = None
    for sentence in doc.index.sentences_matching(_PLACES, block_holds=_holds_dollar):
        if ("$" not in sentence.text or _RESPECTIVELY.search(sentence.text)
                or not _SCALED_AMOUNT.search(sentence.text)):
            continue
        if calendar is None:
            calendar = _calendar(doc)
        found = sentence_charges(sentence, doc.name, calendar)
        if len(found) == 1:
            found = [_told_on(found[0], doc.text, sentence)]
        facts += found
    return facts


def _told_on(fact: Fact, text: str, sentence: Sentence) -> Fact:
    """The charge with the words the next sentence adds about it ("... a goodwill impairment
    charge of $6.2 billion ... . The non-cash charge related mainly to goodwill acquired
    through our acquisition of an ad firm": a software maker's MD&A names what the charge was
    for only there, which a tech site quoted)."""
    after = [s for s in sentences_between(text, sentence.end, sentence.end + 1)
             if s.start >= sentence.end]
    more = goes_on(after[0].text) if after else None
    return replace(fact, entity=f"{fact.entity} {more}") if more else fact


def goes_on(text: str) -> str | None:
    """What a sentence right after a charge's says it was for, when it opens on that charge
    ("The charge related primarily to ..."): its words up to an amount or the sentence's end
    (a splitter may have run on past "Inc."); else None."""
    found = _GOES_ON.match(text)
    return " ".join(_STOP.split(found["desc"], 1)[0].split()) if found else None


def _holds_dollar(text: str, start: int, end: int) -> bool:
    return text.find("$", start, end) >= 0


def _calendar(doc: Document) -> tuple[dict[int, tuple[date, date]], bool]:
    """Fiscal label year -> its span, and whether the document counts its periods in weeks
    (then its quarters are never pinned)."""
    return find_fiscal_years(doc.text, doc.index), describes_week_calendar(doc.text, doc.index)


def sentence_charges(sentence: Sentence, document: str,
                     calendar: tuple[dict[int, tuple[date, date]], bool]) -> list[Fact]:
    """The charges one sentence states, each with the one period it names for it
    (``calendar``: the document's fiscal years, and whether it counts in weeks)."""
    text = sentence.text
    facts, taken = [], []
    for match, pre in _readings(text):
        amount = match.span("num")
        if any(s <= amount[0] < e for s, e in taken) or not _qualifiers_hold(pre):
            continue
        if cw.BALANCE_WORDS.search(text[max(0, match.start("noun") - 60 - len(pre)):
                                        match.start("noun")]):
            continue
        if anothers_charge(text, match.start(), match.end()) or not_taken(text, match.start()) \
                or after_tax(text, match.span(), match.start("noun"), match.end("scale")):
            continue
        period = _period(text, match, calendar)
        read = _value(match)
        if period is None or read is None:
            continue
        taken.append(amount)
        facts.append(Fact(metric=METRIC, value=read[0], unit="USD", period_start=period[0],
                          period_end=period[1], entity=_words(match, pre), decimals=read[1],
                          sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),)))
    return facts


def _readings(text: str):
    """(match, the qualifiers before its noun) of every reading of the sentence, the
    footnote's first, then amounts first, then nouns first."""
    for pattern in (_DECREASED_BY, _AMOUNT_FIRST, _NOUN_FIRST):
        for match in pattern.finditer(text):
            if pattern is _AMOUNT_FIRST:
                yield match, match["pre"]
                continue
            window = text[max(0, match.start() - _PRE_WINDOW):match.start()]
            before = _PRE_BEFORE.search(window)
            yield match, before.group(0) if before else ""


def _qualifiers_hold(pre: str) -> bool:
    """The words between the amount and the noun only qualify the charge ("asset impairment",
    "non-cash"): a joining word or a change ("decrease in") makes it something else."""
    return not any(word.lower() in cw.STOP_WORDS for word in pre.split())


def _words(match: re.Match, pre: str) -> str:
    """The filer's words for the charge: its qualifiers, its noun and what it is for."""
    parts = [pre, match["noun"], match.groupdict().get("also") or "",
             match["desc"] or "", match.groupdict().get("after") or ""]
    return " ".join(" ".join(parts).split())


def _period(text: str, match: re.Match, calendar: tuple) -> tuple[date, date] | None:
    """The period the sentence names for the charge: the only one it names, or the one right
    after "recorded in" that follows the charge."""
    found, phrases = _periods(text, *calendar)
    if found and joint_with_amounts(text):
        return None
    spans = {span for _, span in found}
    if len(spans) == 1 and not any(_is_base(text, at)
                                   or _ANOTHERS_BEFORE.search(text[max(0, at - 60):at])
                                   for at, _ in found) \
            and not _other_year_nearer(text, phrases, match.start()):
        return spans.pop()
    after = [(at, span) for at, span in found if at >= match.start()
             and _RECORDED_IN.search(text[max(0, at - 30):at])]
    return after[0][1] if after else None


def _is_base(text: str, at: int) -> bool:
    """Whether the period phrase at ``at`` is the one a comparison is drawn against."""
    return bool(_BASE_BEFORE.search(text[max(0, at - 40):at])
                or base_words_before(text, at))


def _other_year_nearer(text: str, phrases: list[tuple[int, int]], at: int) -> bool:
    """Whether the year written nearest before the charge at ``at`` is a bare year of another
    number than the period the sentence names: that clause is another year's ("for 2010 ...,
    whereas 2009 included $19.1 million"; "The 2012 results include a $65.1 million gain ...
    The 2010 results include ... (settled in 2010 ...)"), so the named period is not surely the
    charge's. A year inside a phrase, or one a comparison is drawn against ("increased in 2018
    compared to 2017, ... offset by a $5.0 million gain"), is no rival."""
    named = {m.group(0) for s, e in phrases for m in _BARE_YEAR.finditer(text, s, e)}
    nearest = None
    for m in _BARE_YEAR.finditer(text, 0, at):
        if not any(s <= m.start() < e for s, e in phrases) \
                and not _BASE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            nearest = m
    if nearest is None or any(nearest.start() < s < at for s, _ in phrases):
        return False
    return nearest.group(0) not in named


def _periods(text: str, years: dict[int, tuple[date, date]], weeks: bool
             ) -> tuple[list[tuple[int, tuple]], list[tuple[int, int]]]:
    """(position, (start, end)) of every period phrase the sentence names, and the phrases'
    spans in the text; one it names but that cannot be dated makes the whole sentence
    undated."""
    found, covered = [], []
    for phrase in find_periods(text):
        if phrase.start is None or phrase.kind == "instant":
            continue
        found.append((phrase.span[0], (phrase.start, phrase.end)))
        covered.append(phrase.span)
    for m in _QUARTER_OF_YEAR.finditer(text):
        covered.append(m.span())
        span = years.get(int(m["y"]))
        if span is None or weeks or not is_calendar_year(span):
            # a quarter of a week calendar, or of a year the document leaves undefined
            return [], []
        end = month_end(add_months(span[1], -3 * (4 - ORDINALS[m["q"].lower()])))
        found.append((m.start(), (months_before(end, 3), end)))
    for m in _YEAR.finditer(text):
        if any(s <= m.start("y") < e for s, e in covered):
            continue
        span = years.get(int(m["y"]))
        if span is None:
            return [], []
        found.append((m.start(), span))
        covered.append(m.span())
    return found, covered


def _value(match: re.Match) -> tuple[Decimal, int] | None:
    parsed = parse_number(match["num"])
    if parsed is None or parsed.is_nil or parsed.value <= 0:
        return None
    shift = SCALE_WORDS[match["scale"].lower()]
    value = parsed.value.scaleb(shift)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, parsed.decimals - shift
