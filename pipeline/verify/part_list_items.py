"""The next item of a list of parts that share one line: "Revenue in the Americas rose to $A
from $B, in Europe to $C from $D, and in Japan to $E from $F" (a rewrite of a wire story on a
device maker's quarter: C and D were read as the Americas', E and F as no line at all). An item
opened by "in/for/at <Part> to" right after the list's previous figure is that part's figure of
the same line; the words name no period (a month, a quarter, a year) and no other line.
"""

from __future__ import annotations

import re

from core.dates import MONTHS
from core.verdicts import Claim

_ITEM = re.compile(r"^\s*[,;]\s*(?:and\s+|while\s+|with\s+)?(?:in|for|at)\s+(?:the\s+)?"
                   r"(?P<part>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|and|&)){0,3}?)\s+"
                   r"(?:(?:it\s+)?(?:rose|fell|grew|climbed|declined|increased|decreased|"
                   r"dropped|jumped|slipped|was|were|reached|came\s+in)\s+)?(?:to|at|of)\s+"
                   r"(?:about\s+|roughly\s+|nearly\s+)?(?:US)?\$?$")
# first words of an item that name a time, never a part
_TIMES = frozenset({*(name.capitalize() for name in MONTHS), "Q1", "Q2", "Q3", "Q4", "FY",
                    "Fiscal", "First", "Second", "Third", "Fourth", "Full", "The", "This",
                    "That", "Last", "Next"})


def list_item_part(behind: str, previous: Claim | None) -> str | None:
    """The part the words since the list's previous figure name for this one, when that figure
    was a part's ("Americas") of a line; None otherwise."""
    if previous is None or previous.entity is None or previous.metric is None:
        return None
    found = _ITEM.match(behind)
    if found is None or found["part"].split()[0].rstrip(".") in _TIMES:
        return None
    return found["part"]
