"""What remains of a buyback authorization on a day, as a periodic filing states it in prose
(pure: document in, facts out).

Figure: ``repurchase_authorization_remaining`` (USD), a balance as of the day the sentence
names: "As of June 30, 2025, $12.0 billion remains available for repurchases" (a streamer's
10-Q), "As of July 1, 2023, $6.3 billion remains available for future stock repurchases under
our Repurchase Program" (a chip maker's), "As of February 3, 2024, we have $101.3 million
remaining under the repurchase authorization" (a retailer's 10-K), "the Company had $1,502
million of authorization remaining under its share repurchase program", "As of July 27, 2025,
we were authorized, subject to certain specifications, to repurchase up to $14.7 billion of
our common stock" (a chip maker's 10-Q: the standing authority on a day is what remains).
Most filers state it in the equity note or the liquidity section of every 10-Q and 10-K, and
articles quote it as "$X remaining under its buyback authorization".

Only a sentence that dates the balance ("as of <day>", "at <day>") states one: "as of the date
of this report" names no day, and a balance of no day is not read. The amount must be money
("$"), and the words after it must name a repurchase (a credit line's "remained available
under the revolving facility" is no buyback's). The amount a board authorized in one act is
``repurchase_authorization`` (extractors.capital_return), never this. A balance another holder
has ("our subsidiary had $X remaining under its authorization") is not the filer's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.dates import MONTH_NAMES, date_of
from core.facts import Fact
from core.scales import SCALE_WORDS
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.sentences import Sentence

EXTRACTOR = "buyback_remaining"
EXTRACTOR_VERSION = "1.0"

# Every sentence read holds "remain", "available" or "authoriz"/"authoris" (the words of each
# reading below), so the scan starts there alone.
_PLACES = AnchoredPattern(anchors=(b"remain", b"available", b"authori"),
                          patterns=(re.compile(r"\bremain|\bavailable\b|\bauthori[sz]", re.I),))
_DAY = re.compile(r"\b(?:as\s+of|at)\s+(?P<month>(?:" + MONTH_NAMES + r")\.?)\s+"
                  r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_AMOUNT = (r"\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<scale>billion|million|thousand))?")
# the words after the amount that make it a balance left: "remains available", "remained
# available for future stock repurchases", "was available to be repurchased", "remaining under
# the repurchase authorization", "of authorization remaining under"
_LEFT = (r"\s+(?:of\s+(?:(?:share|stock)\s+)?(?:repurchase\s+)?authori[sz]ation\s+)?"
         r"(?:remain(?:s|ed|ing)?|(?:was|is|were|are)\s+(?:still\s+)?(?:available|remaining)|"
         r"available)\b")
# ...and a repurchase named in the same clause after them (not a credit line's balance)
_BUYBACK_AFTER = re.compile(r"[^.;]{0,90}?\b(?:(?:re)?purchase|buy(?:back|\s+back))", re.I)
_REMAINING = re.compile(_AMOUNT + _LEFT, re.I)
# the standing authority on a day: "we were authorized ... to repurchase up to $14.7 billion"
_STANDING = re.compile(
    r"\b(?:we|the\s+Company|it)\s+(?:was|were|is|are|remain(?:s|ed)?)\s+authori[sz]ed\b"
    r"[^.;$]{0,60}?\bto\s+(?:repurchase|buy\s+back)\s+up\s+to\s+" + _AMOUNT, re.I)


def extract_buyback_remaining(doc: Document) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in doc.index.sentences_matching(_PLACES, block_holds=_holds_dollar):
        facts += sentence_buyback_remaining(sentence, doc.name)
    return facts


def _holds_dollar(text: str, start: int, end: int) -> bool:
    return text.find("$", start, end) >= 0


def sentence_buyback_remaining(sentence: Sentence, document: str) -> list[Fact]:
    """The remaining-authorization balances one sentence states (the unit tests feed it prose)."""
    text = sentence.text
    found = [m for m in _REMAINING.finditer(text) if _BUYBACK_AFTER.match(text, m.end())]
    found += list(_STANDING.finditer(text))
    facts = []
    for match in found:
        said = _day_before(text, match.start())
        day = date_of(said["month"], said["day"], said["year"]) if said else None
        read = _value(match)
        if day is None or read is None or _anothers(text, said.end(), match.start()):
            continue
        facts.append(Fact(metric="repurchase_authorization_remaining", value=read[0],
                          unit="USD", period_start=None, period_end=day, decimals=read[1],
                          sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),)))
    return facts


# who holds the balance, when the sentence names a holder between the day and the amount: the
# filer ("we have", "the Company had") or none ("$6.3 billion remains"); any other holder ("our
# subsidiary had $300 million remaining under its authorization") holds another company's
_HOLDER = re.compile(r"(?P<who>[\w’'.-]+(?:\s+[\w’'.-]+){0,3})\s+(?:had|has|have)\s+"
                     r"(?:(?:approximately|about|nearly)\s+)?$", re.I)
_FILER = re.compile(r"^(?:we|it|(?:the\s+)?(?:company|corporation|registrant))$", re.I)


def _anothers(text: str, day_end: int, at: int) -> bool:
    """Whether the words between the day and the amount name a holder other than the filer."""
    holder = _HOLDER.search(text, day_end, at)
    if holder is None:
        return False
    who = holder["who"].split(",")[-1].strip()
    return _FILER.match(who) is None


def _day_before(text: str, at: int) -> re.Match | None:
    """The nearest "as of <day>" before the amount; None if none names a day."""
    days = list(_DAY.finditer(text, 0, at))
    return days[-1] if days else None


def _value(match: re.Match) -> tuple[Decimal, int] | None:
    parsed = parse_number(match.group("num"))
    if parsed is None or parsed.is_nil or parsed.value <= 0:
        return None
    shift = SCALE_WORDS.get((match.group("scale") or "").lower(), 0)
    value = parsed.value.scaleb(shift)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, parsed.decimals - shift
