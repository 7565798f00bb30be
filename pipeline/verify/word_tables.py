"""A token table of phrases as one regular-expression alternation, for the readers that keep
their vocabularies as data (``market_moves``, ``vague_periods``, the landmark words of
``claims_context``)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_alternatives(words: Iterable[str]) -> str:
    """``words`` joined by "|": each escaped, its spaces any run of whitespace, the longest
    first (so "stock price" is tried before "stock")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(words, key=len, reverse=True))
