"""Capital-return figures a periodic filing states in prose (pure: document in, facts out).

Figures: ``dividend_declared_per_share`` (USD/share), the common dividend rate the board
declared or raised to ("declared a quarterly cash dividend of $0.26 per share", "raised the
quarterly cash dividend from $0.25 to $0.26 per share"), ``dividend_increase`` (percent), the
rise of that rate as the raise's sentence states it ("an increase of 25 cents per share, or
20%"), and ``repurchase_authorization`` (USD),
the amount a board authorized for buying back stock ("authorized an additional program to
repurchase up to $100 billion", "approved an increase of $5.0 billion to the repurchase
program"). Quarterly reports often state both in their liquidity paragraph, for acts taken
after the quarter's end.

Periods: both are stated as of a moment (the day the board acted), often after the period the
filing covers; period_start and period_end are None, as an offering's terms: the filing date
carries when, and the source sentence says the day.

Only the newly declared or authorized figure: dividends paid in the period ("paid dividends
of $3.8 billion"), the annual total of dividends per share (plural "dividends"), a preferred
or other non-common dividend, money spent on buybacks ("repurchased $25.0 billion"), and an
amount remaining under a program are never read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact
from core.scales import SCALE_WORDS
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.sentences import Sentence

EXTRACTOR = "capital_return"
EXTRACTOR_VERSION = "1.3"

# Every match of the places starts at "dividend" or "authori" (re.I folds only ASCII letters
# and those ``ascii_folded`` folds to them): tried there alone, not at every character of the
# text, which a case-blind alternation with no literal prefix made sre do (nine tenths of
# this extractor).
_PLACES = AnchoredPattern(anchors=(b"dividend", b"authori", b"repurchase"),
                          patterns=(re.compile(r"\bdividend\b|\bauthori[sz]|\brepurchase\s+"
                                               r"(?:programs?|plans?)\b", re.I),))
_AMOUNT = r"\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)"
_SCALE = r"(?:\s+(?P<scale>billion|million|thousand))?"
# the board's act on a common dividend rate: "declared a quarterly cash dividend of $0.26 per
# share", "raised ... quarterly cash dividend from $0.25 to $0.26 per share"
# ("declared a first quarter 2022 common stock dividend of $0.39 per share", a bank's release:
# the quarter it is declared for, and the stock it is paid on, may stand before the noun)
_DIVIDEND = re.compile(
    r"\b(?:declared|approved|raised|increased)\s+(?:(?:a|an|the|its|our|the\s+Company['’]s)\s+)?"
    r"(?:(?:first|second|third|fourth)\s+quarter\s+(?:(?:fiscal\s+)?(?:19|20)\d\d\s+)?)?"
    r"(?:(?:quarterly|regular|increased)\s+)*(?:common\s+(?:stock\s+)?)?(?:cash\s+)?dividend\s+"
    r"(?:of\s+|from\s+\$\s?[\d.]+\s+(?:per\s+(?:common\s+)?share\s+)?to\s+)"
    + _AMOUNT + r"\s+per\s+(?:common\s+)?share\b", re.I)
# the rise of that rate as a percentage, in the sentence of the raise: "raised the quarterly
# cash dividend on common stock to $1.50 per share, an increase of 25 cents per share, or
# 20%", "increased the quarterly common stock dividend by 20%" (a bank's release)
_RISE = re.compile(
    r"\b(?:raised|increased)\s+(?:(?:a|an|the|its|our)\s+)?(?:(?:quarterly|regular)\s+)?"
    r"(?:common\s+(?:stock\s+)?)?(?:cash\s+)?dividend\b[^;%]{0,80}?"
    r"\b(?:by|an?\s+(?:increase|rise)\s+of)\s+(?:\$?\d[\d.]*\s*(?:cents?\s+)?(?:per\s+"
    r"(?:common\s+)?share)?,?\s+or\s+)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent)", re.I)
# a board's authorization of a buyback amount, new or added
_AUTHORIZATION = re.compile(
    r"\bauthori[sz]ed\s+(?:(?:an?|the)\s+)?(?:(?:additional|new|incremental)\s+)?"
    r"(?:(?:share|stock)\s+)?(?:(?:repurchase|buyback)\s+)?"
    r"(?:program\s+to\s+repurchase\s+up\s+to\s+|(?:the\s+)?repurchases?\s+of\s+up\s+to\s+)?"
    + _AMOUNT + _SCALE +
    r"(?=\s+(?:of\s+(?:the\s+Company['’]s\s+|its\s+|our\s+)?common\s+stock|for\s+(?:the\s+)?"
    r"(?:repurchase|buyback)|(?:share|stock)?\s*(?:repurchase|buyback)|\.|,))", re.I)
# "our Board of Directors approved a new $15.0 billion share repurchase authorization" (a home
# improvement retailer's 10-Q): the amount names the program right after it; the buyback's
# noun must follow ("approved a $2 billion acquisition" is no authorization); an added amount
# joined to it: "approved an additional $60.0 billion in share repurchase authorization" (a chip
# maker's 10-Q, its subsequent-event paragraph), "approved an increase of $5.0 billion to the
# repurchase program"
_APPROVED = re.compile(
    r"\b(?:approved|adopted|announced)\s+(?:(?:an?|the)\s+)?(?:(?:additional|new|incremental)\s+|"
    r"increase\s+of\s+)?" + _AMOUNT + _SCALE + r"\s+(?:(?:in|of|to)\s+(?:the\s+|its\s+|our\s+)?)?"
    r"(?:(?:share|stock)\s+)?(?:repurchase|buyback)\s+(?:authori[sz]ation|program|plan)\b", re.I)
# a program's limit is its authorization: "announced the reinstatement of share repurchase
# programs with repurchases of up to $2.9 billion" (a bank's release)
_PROGRAM_LIMIT = re.compile(
    r"\b(?:(?:share|stock)\s+)?(?:repurchase|buyback)\s+(?:programs?|plans?)\s+(?:with\s+"
    r"(?:re)?purchases\s+)?(?:of\s+)?up\s+to\s+" + _AMOUNT + _SCALE, re.I)
# a sentence of these words speaks of another security's dividend or a past program's balance
_NOT_COMMON = re.compile(r"\bpreferred\b|\bremain(?:s|ed|ing)?\b|\bavailable\b", re.I)
_BUYBACK_WORDS = re.compile(r"repurchase|buyback", re.I)


def extract_capital_return(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in doc.index.sentences_matching(_PLACES, block_holds=_holds_dollar):
        facts += sentence_capital_return(sentence, doc.name)
    return facts


def _holds_dollar(text: str, start: int, end: int) -> bool:
    """Can a sentence of ``text[start:end]`` state a figure? Both patterns read a "$" amount,
    and a block holds its sentences: a block without one is not split."""
    return text.find("$", start, end) >= 0


def sentence_capital_return(sentence: Sentence, document: str) -> list[Fact]:
    """Capital-return facts one sentence states (the unit tests feed it prose)."""
    text = sentence.text
    if _NOT_COMMON.search(text):
        return []
    facts = []
    for match in _DIVIDEND.finditer(text):
        read = _value(match)
        if read is not None:
            facts.append(_fact(sentence, document, "dividend_declared_per_share",
                               read, "USD/share"))
    for match in _RISE.finditer(text):
        read = _value(match)
        if read is not None:
            facts.append(_fact(sentence, document, "dividend_increase", read, "percent"))
    if _BUYBACK_WORDS.search(text):
        for match in [*_AUTHORIZATION.finditer(text), *_APPROVED.finditer(text),
                      *_PROGRAM_LIMIT.finditer(text)]:
            read = _value(match)
            if read is not None:
                facts.append(_fact(sentence, document, "repurchase_authorization", read, "USD"))
    return facts


def _value(match: re.Match) -> tuple[Decimal, int] | None:
    parsed = parse_number(match.group("num"))
    if parsed is None or parsed.is_nil or parsed.value <= 0:
        return None
    scale = match.groupdict().get("scale")
    shift = SCALE_WORDS.get((scale or "").lower(), 0)
    value = parsed.value.scaleb(shift)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, parsed.decimals - shift


def _fact(sentence: Sentence, document: str, metric: str, read: tuple[Decimal, int],
          unit: str) -> Fact:
    source = sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION)
    return Fact(metric=metric, value=read[0], unit=unit, period_start=None, period_end=None,
                decimals=read[1], sources=(source,))
