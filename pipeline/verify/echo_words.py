"""Words of one act that a journalist and a filer spell differently, for the echo check
(``prose_echo``): each word of a family counts as the family's one word, so a deal the article
says was "bought" and "completed" shares its words with the filing's "acquisition" that
"closed". Knowledge as data: a family holds only words that name the same act whatever the
sentence (a purchase of a business or an asset; a deal's closing), never a loose synonym (a
"gain" is no "profit"). The echo's other tests (the figure rounded to the article's precision,
its part, its period, two such words at least) are unchanged.
"""

from __future__ import annotations

_FAMILIES: dict[str, tuple[str, ...]] = {
    # buying a business or an asset
    "acquire": ("acquire", "acquired", "acquires", "acquiring", "acquisition", "acquisitions",
                "buyout", "buyouts", "purchase", "purchased", "purchases", "purchasing",
                "bought", "buying"),
    # a deal done
    "close": ("closed", "closing", "completed", "completion", "consummated"),
}
_FAMILY_OF = {word: family for family, words in _FAMILIES.items() for word in words}


def echo_word(word: str) -> str:
    """The word as the echo compares it (lower case): its family's name, or itself."""
    return _FAMILY_OF.get(word, word)
