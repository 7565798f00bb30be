"""Words of one act that a journalist and a filer spell differently, for the echo check
(``prose_echo``): each word of a family counts as the family's one word, so a deal the article
says was "bought" and "completed" shares its words with the filing's "acquisition" that
"closed". Knowledge as data: a family holds only words that name the same act whatever the
sentence (a purchase of a business or an asset; a deal's closing), never a loose synonym (a
"gain" is no "profit"). The echo's other tests (the figure rounded to the article's precision,
its part, its period, two such words at least) are unchanged.
"""

from __future__ import annotations

import re

_FAMILIES: dict[str, tuple[str, ...]] = {
    # buying a business or an asset
    "acquire": ("acquire", "acquired", "acquires", "acquiring", "acquisition", "acquisitions",
                "buyout", "buyouts", "purchase", "purchased", "purchases", "purchasing",
                "bought", "buying"),
    # a deal done
    "close": ("closed", "closing", "completed", "completion", "consummated"),
    # what a purchase cost: the filer's "purchase price of $11.5 billion" or "the payment of
    # $11.5 billion for the purchase of" is the price the article's buyer "paid"
    "price": ("price", "paid", "payment", "consideration"),
}
_FAMILY_OF = {word: family for family, words in _FAMILIES.items() for word in words}


def echo_word(word: str) -> str:
    """The word as the echo compares it (lower case): its family's name, or itself."""
    return _FAMILY_OF.get(word, word)


# A buyer's verb, then its object and "for" right before the figure: "<Bank> acquired a rival
# lender's American unit for $11.5 billion" (a business journal on a bank's quarter) names the
# purchase's price though no word of the filer's ("purchase price of $11.5 billion") stands
# within reach of the figure
_BOUGHT_FOR = re.compile(r"\b(?:bought|buys?|acquired?|acquires|purchased?|purchases)\b"
                         r"[^.;:$\d]{0,80}?\bfor\s+(?:(?:about|approximately|roughly|nearly|"
                         r"some|around)\s+)?$", re.I)


def price_words(sentence: str, start: int) -> frozenset[str]:
    """The words a buyer's "bought X for $Y" states of the figure starting at ``start``: it is
    a purchase's price (the families "acquire" and "price"), else none."""
    return (frozenset({"acquire", "price"}) if _BOUGHT_FOR.search(sentence, 0, start)
            else frozenset())
