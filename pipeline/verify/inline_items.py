"""The item's own words of a line of inline bullets: "Sales Performance - Products revenue,
which made up N% of total net sales, rose M%" (a machine summary runs its headings and items
into one line, split by spaced dashes). The heading words before the dash name no customer nor
part: read as the subject of a concentration figure, "Performance" was searched as a customer
and the part named in the item was lost. A heading closed by a colon is cut the same way when
words of the item follow it ("Customer A: 12%" keeps its name)."""

from __future__ import annotations

import re

# a spaced dash (not a minus before a figure) or a colon, then a capitalised word opening
# an item of two words at least before the figure
_ITEM_BREAK = re.compile(r"(?:\s[-–—]\s+|:\s+)(?=[A-Z][\w&.'’-]*\s+\S)")


def item_words(behind: str) -> str:
    """``behind`` (a sentence's words before a figure) from the last inline item's start."""
    starts = [m.end() for m in _ITEM_BREAK.finditer(behind)]
    return behind[starts[-1]:] if starts else behind
