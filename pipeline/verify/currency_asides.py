"""An amount's conversion into another currency, in brackets right after it: read as nothing.

British and Australian outlets convert each dollar amount for their readers: "a $900 million
(£591m) charge", "took a $900 million (about £591m, AU$981m) charge", "$0.07 (£0.05) per share".
The bracket stood between the amount and its words, so "charge" and "per share" were not read
(a software maker's charge came out with no metric), and "AU$981m" was read as a dollar amount
of its own. A bracket that holds only amounts in other currencies is blanked, one space for
one character, so that every offset stays the article's; the amount before it keeps its words.
The currency marks and hedges are token tables. Each amount in another currency, blanked or
not, is then a claim of its own ("£2.90bn"), unverifiable, saying why (``with_foreign_amounts``).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from core.verdicts import Article, Claim
from pipeline.verify.claims_spans import claim_id
from pipeline.verify.currency_words import FOREIGN_MARKS, HEDGES, SCALES
from pipeline.verify.word_tables import phrase_alternatives

_AMOUNT = (rf"(?:(?:{phrase_alternatives(HEDGES)})\s+)?(?:{phrase_alternatives(FOREIGN_MARKS)})"
           rf"\s?\d[\d.,]*(?:\s?(?:{phrase_alternatives(SCALES)})\b)?")
# the amount before the bracket ends on a digit or a scale: "$900 million (", "$0.07 ("
_CONVERSION = re.compile(rf"(?<=[\d%a-z])(?P<aside>\s?\(\s*{_AMOUNT}(?:\s*[,;/]\s*{_AMOUNT})*"
                         r"\s*\))", re.I)
_BEFORE_AMOUNT = re.compile(r"(?:\d(?:bn|mn|[mbk])?|\b(?:million|billion|trillion|thousand))$",
                            re.I)
# Only a bracket between an amount and its noun ("(£591m) charge", "(£625m) drop") is blanked:
# one before punctuation, a list's "and" or the share words keeps the layout the readers of
# lists ("$A (£a), $B (£b), and $C (£c) per share respectively") and of per-share amounts
# (claims_units) already read.
KEPT_BEFORE = ("per", "a", "an", "and", "or", "respectively", "each", "in", "for", "from", "to",
               "compared", "versus", "vs", "against", "than")
# ... but "to" or "for" before a verb or noun phrase ("$3.25bn (£2.39bn) to cover pay and
# benefits", a UK rewrite of a wire story on an investment bank's quarter) opens the amount's
# purpose, its words, never a list's or a range's next figure
_PURPOSE = ("to", "for")
_NOUN_AFTER = re.compile(rf"\s*(?:(?!(?:{phrase_alternatives(KEPT_BEFORE)})\b)[a-z]|"
                         rf"(?:{phrase_alternatives(_PURPOSE)})\s+(?!(?:an?|about|around|roughly|"
                         r"nearly|some|approximately)\b)[a-z])", re.I)


# ... and one before the amount's restatement per share: "down from $4.51bn (£3.32bn), or
# $12.08 per share" (a UK rewrite of a wire story on an investment bank's quarter: the
# converted amount stood between the two and the per-share amount took no metric)
_RESTATED_AFTER = re.compile(r"\s*,?\s*or\s+(?:about\s+|roughly\s+)?(?:US)?\$\d")
# ... and one before the amount's change, set after it by a comma: "revenue reaching $46.7
# billion (approximately RMB 334.245 billion), a 56% year-over-year increase" (a Chinese tech
# site's English edition: the rate took no metric)
_CHANGE_AFTER = re.compile(r"\s*,\s*(?:an?|up|down|rising|falling)\s+(?:\w+\s+)?[-+]?\d[\d.,]*"
                           r"\s*(?:%|percent|per\s*cent)", re.I)


def blank_conversions(text: str) -> str:
    """``text`` with each bracketed conversion between an amount and its noun (or its
    restatement per share) made spaces."""
    def blank(match: re.Match) -> str:
        if not (_BEFORE_AMOUNT.search(text, 0, match.start())
                and (_NOUN_AFTER.match(text, match.end())
                     or _RESTATED_AFTER.match(text, match.end())
                     or _CHANGE_AFTER.match(text, match.end()))):
            return match.group(0)
        return " " * len(match.group(0))
    return _CONVERSION.sub(blank, text)


# Each amount in another currency is still a figure the article states, and the reader should
# see it was read: a claim of its own, written as the article writes it ("£2.90bn"), never
# compared (the filings state US dollars; the conversion is the outlet's, at its own rate).
# The mark must not close a longer word: "US$1.2bn" is the filer's dollar, not "S$".
_FOREIGN_AMOUNT = re.compile(
    rf"(?<![\w$])(?:{phrase_alternatives(FOREIGN_MARKS)})\s?(?P<digits>\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{phrase_alternatives(SCALES)})\b)?", re.I)
# the power of ten each scale word stands for (pence: a hundredth of the pound)
_POWERS = {"p": -2, "pence": -2, "k": 3, "thousand": 3, "lakh": 5, "m": 6, "mn": 6,
           "million": 6, "crore": 7, "b": 9, "bn": 9, "billion": 9, "trillion": 12}
FOREIGN_REASON = ("an amount in another currency ({mark}): the filings state US dollars, and a "
                  "conversion is the article's own, at a rate no filing states")


def foreign_amounts(text: str) -> list[tuple[tuple[int, int], str, Decimal, Decimal]]:
    """(span, currency mark, value, tolerance) of each amount ``text`` writes in a currency
    other than the US dollar, in its own units (the value as written, scaled)."""
    found = []
    for match in _FOREIGN_AMOUNT.finditer(text):
        digits = match.group("digits").rstrip(",.")
        if not digits.replace(",", "").replace(".", "").isdigit():
            continue
        end = match.start("digits") + len(digits) if match.group("scale") is None else match.end()
        power = _POWERS.get((match.group("scale") or "").lower(), 0)
        value = Decimal(digits.replace(",", "")).scaleb(power)
        places = len(digits.split(".")[1]) if "." in digits else 0
        tolerance = Decimal("0.5").scaleb(power - places)
        mark = text[match.start():match.start("digits")].strip()
        found.append(((match.start(), end), mark, value, tolerance))
    return found


def with_foreign_amounts(claims: list[Claim], article: Article, text: str,
                         sentences: list) -> list[Claim]:
    """``claims`` with each amount in another currency of ``text`` (the article's text before
    its conversions were blanked) a claim of its own, unverifiable and saying why, in reading
    order; a figure read inside such an amount ("2.39" of "£2.39bn") is dropped."""
    amounts = foreign_amounts(text)
    if not amounts:
        return claims
    kept = [c for c in claims if not any(c.span[0] < end and start < c.span[1]
                                         for (start, end), *_ in amounts)]
    starts = [s.start for s in sentences]
    for (start, end), mark, value, tolerance in amounts:
        sentence = sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        claim = Claim(claim_id=claim_id(article, (start, end)), text=text[start:end],
                      sentence=text[sentence.start:sentence.end], span=(start, end),
                      value=value, unit=None, tolerance=tolerance,
                      unread_why=FOREIGN_REASON.format(mark=mark))
        at = next((i for i, c in enumerate(kept) if c.span[0] > start), len(kept))
        kept.insert(at, claim)
    return kept
