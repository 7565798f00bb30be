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


# A part named by a comma list of capitalised names right before a line's name: "<A>, <B>, and
# <C> sales declined by 4.9%" (a recap of a device maker's quarter, whose product line is named
# so) is that one line, as the filer names it, never its last name ("<C>", no part); "<D>, <E>,
# and Services revenue" is three parts together, which no one filed line is. Each name is of one
# to three words, none a figure or a time; a name may open in lower case before a capital
# ("eReader")
_WORD = r"(?:[A-Z]|[a-z][A-Z])[A-Za-z.&'’-]*"
_NAME = rf"(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}"
_COMMA_LISTED = re.compile(rf"(?<![\w,])(?:{_NAME},\s+){{1,4}}{_NAME},?\s+(?:and|&)\s+{_NAME}\s*$")
# a sentence's opening words before its subject: "Meanwhile, A, B and C sales ..."
_OPENERS = frozenset({"Meanwhile", "Also", "However", "Overall", "Specifically", "Separately",
                      "Elsewhere", "Finally", "Additionally", "Moreover", "Still", "Yet"})


def listed_part_name(words: str) -> str | None:
    """The comma list of names ending ``words``, as one name ("<A>, <B>, and <C>"); None
    unless two names or more stay after a sentence's opening word."""
    found = _COMMA_LISTED.search(words)
    if found is None:
        return None
    items = [i.strip() for i in found.group(0).split(",")]
    while items and (items[0] in _OPENERS or items[0].split()[0] in _TIMES):
        items.pop(0)
    return ", ".join(items) if len(items) >= 2 else None
