"""Prose whose filer states its amounts in thousands, for the echo check (``prose_echo``).

A 10-Q's MD&A may say once, "All dollar amounts referenced in this Item 2 are in thousands,
except per share, bitcoin, and per bitcoin amounts" (a bitcoin miner's), and then write "The
Company recognized gains of $23,354 on the sale of approximately 1,854 bitcoin": $23.354
million, which an article quotes as "$23.4 million". Read as $23,354 the filer's sentence
echoed nothing. From such a declaration to the next item's heading, an amount of money written
with no scale word is in thousands; an amount per anything (a share, a bitcoin) never is.
Only a declaration in words is read (a table's "(in thousands)" caption scales its own cells).
"""

from __future__ import annotations

import re

# "All dollar amounts referenced in this Item 2 are in thousands", "Dollar amounts in this
# discussion are presented in thousands"
_DECLARED = re.compile(r"\b(?:dollar\s+)?amounts\b[^.;]{0,60}?\bare\s+(?:presented\s+|stated\s+|"
                       r"expressed\s+|shown\s+|reported\s+)?in\s+thousands\b", re.I)
# the heading of the next item or part, where the declaration's reach ends ("Item 3." may
# stand split into its own sentences, after a page number: "29 Item", "3.")
_HEADING = re.compile(r"^(?:\d+\s+)?(?:Item|ITEM|PART|Part)(?:\s+(?:\d+[A-Z]?|[IV]+)\b\.?|$)")
_PER_AFTER = re.compile(r"\s*(?:per|a|for\s+each)\s+(?!(?:year|quarter|month)\b)\w", re.I)


def in_thousands(text: str, before: bool) -> bool:
    """Whether a sentence's unscaled amounts are in thousands, given whether the sentence
    before it was: a declaration opens the reach, a heading of an item or part closes it."""
    if _DECLARED.search(text):
        return True
    return before and not _HEADING.match(text)


def per_something(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is per something ("$28,000 per bitcoin")."""
    return bool(_PER_AFTER.match(text, end))
