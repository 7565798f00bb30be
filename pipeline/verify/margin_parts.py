"""A part of the company named after a margin by a preposition: "a new all-time high for gross
margin on services this quarter, at 75.7%" (a personal blog on a device maker's quarter, read as
the company's gross margin and drifted), "the operating margin in Cloud", "gross margin for
the Widget line". The word after the preposition names the part unless it is a period, a basis,
the whole, or an amount's words (a token table): such a figure is compared with the part's
filed margin, if any, never with the company's.
"""

from __future__ import annotations

import re

from core.dates import MONTHS
from pipeline.verify.other_names import names_filer

# Words after "margin on/for/in/at" that name no part of the company.
NOT_PARTS = frozenset({
    # periods and their words
    "quarter", "quarters", "year", "years", "period", "periods", "month", "months", "half",
    "first", "second", "third", "fourth", "fiscal", "full", "this", "last", "latest", "prior",
    "previous", "same", "current", "next", "q1", "q2", "q3", "q4", "fy", "h1", "h2", "ytd",
    "half-year", "nine-month", "six-month", "year-to-date",
    # bases and measures
    "basis", "gaap", "non-gaap", "adjusted", "constant", "reported", "comparable", "average",
    "sales", "revenue", "revenues", "net", "total", "top", "bottom", "line",
    # the whole company
    "company", "group", "consolidated", "whole", "overall", "all", "both", "each", "every",
    # articles and words of amount or direction
    "a", "an", "its", "their", "our", "his", "her", "record", "range", "par", "track", "least",
    "most", "about", "around", "roughly", "approximately", "nearly", "over", "under", "higher",
    "lower", "strong", "stronger", "weaker", "improved", "target", "guidance", "expectations",
    "estimates", "pressure", "growth", "expansion", "end", "close", "time", "times",
    "high", "low", "upper", "mid", "midpoint", "two", "three", "six", "nine", "twelve", "weeks",
}) | frozenset(MONTHS)  # "in the March quarter", "for December"
_MARGIN_ON = re.compile(r"\b(?:gross|operating|profit)\s+margins?\s+(?:on|for|in|at)\s+"
                        r"(?:the\s+)?(?P<part>[A-Za-z][\w&-]*)\b(?P<rest>[^$%\d;]{0,60})$",
                        re.I)
# another line named between the part and the figure: its figure, not the margin's
_ANOTHER_LINE = re.compile(r"\b(?:revenues?|sales|income|profit|earnings|EPS|cash|margin)\b",
                           re.I)


def margin_part(before: str) -> str | None:
    """The part a margin's words right before its figure name after a preposition, in the
    filer's capitalisation where written so; None when they name none."""
    found = _MARGIN_ON.search(before)
    if found is None or found["part"].lower() in NOT_PARTS:
        return None
    if _ANOTHER_LINE.search(found["rest"]):
        return None
    part = found["part"]
    return part[:1].upper() + part[1:]


# a margin's figure stated right after its words ("a gross margin of N%", "margins were N%")
_MARGIN_OF = re.compile(r"\b(?:gross|operating|profit)\s+margins?\s+(?:of|was|were|is|at|"
                        r"(?:came\s+in|stood)\s+at|reached|hit|to)\s+(?:about\s+|roughly\s+|"
                        r"nearly\s+|approximately\s+|around\s+)?$", re.I)
_ON_PART = re.compile(r"^\s*(?:on|for|in|at)\s+(?:the\s+|its\s+)?(?P<part>[A-Za-z][\w&-]*)\b",
                      re.I)


def margin_part_after(before: str, after: str, filer: frozenset[str]) -> str | None:
    """The part a preposition right after a margin's figure names ("a gross margin of 75.7% on
    services"); None after a period's, a basis's or the whole's words, or the filer's name
    ("a margin of 47.1% for Acme" is the company's)."""
    found = _ON_PART.match(after) if _MARGIN_OF.search(before) else None
    if found is None or found["part"].lower() in NOT_PARTS or names_filer(found["part"], filer):
        return None
    part = found["part"]
    return part[:1].upper() + part[1:]
