"""An amount's conversion into another currency, in brackets right after it: read as nothing.

British and Australian outlets convert each dollar amount for their readers: "a $900 million
(£591m) charge", "took a $900 million (about £591m, AU$981m) charge", "$0.07 (£0.05) per share".
The bracket stood between the amount and its words, so "charge" and "per share" were not read
(a software maker's charge came out with no metric), and "AU$981m" was read as a dollar amount
of its own. A bracket that holds only amounts in other currencies is blanked, one space for
one character, so that every offset stays the article's; the amount before it keeps its words.
The currency marks and hedges are token tables.
"""

from __future__ import annotations

import re

from pipeline.verify.word_tables import phrase_alternatives

# Marks of a currency other than the US dollar, before the amount.
FOREIGN_MARKS = ("£", "€", "¥", "₹", "C$", "A$", "CA$", "AU$", "NZ$", "HK$", "S$", "Rs", "Rs.",
                 "GBP", "EUR", "INR", "CAD", "AUD", "JPY", "CHF")
# Words a conversion may open with.
HEDGES = ("about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
          "c.", "or")
# Scales and small units written after a converted amount.
SCALES = ("p", "pence", "m", "mn", "bn", "b", "k", "million", "billion", "thousand",
          "trillion", "crore", "lakh")

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
_NOUN_AFTER = re.compile(rf"\s*(?!(?:{phrase_alternatives(KEPT_BEFORE)})\b)[a-z]", re.I)


# ... and one before the amount's restatement per share: "down from $4.51bn (£3.32bn), or
# $12.08 per share" (a UK rewrite of a wire story on an investment bank's quarter: the
# converted amount stood between the two and the per-share amount took no metric)
_RESTATED_AFTER = re.compile(r"\s*,?\s*or\s+(?:about\s+|roughly\s+)?(?:US)?\$\d")


def blank_conversions(text: str) -> str:
    """``text`` with each bracketed conversion between an amount and its noun (or its
    restatement per share) made spaces."""
    def blank(match: re.Match) -> str:
        if not (_BEFORE_AMOUNT.search(text, 0, match.start())
                and (_NOUN_AFTER.match(text, match.end())
                     or _RESTATED_AFTER.match(text, match.end()))):
            return match.group(0)
        return " " * len(match.group(0))
    return _CONVERSION.sub(blank, text)
