"""The part a growth rate's own words name after it: "the 98% year-over-year growth in
Networking revenue reflects ..." (a tech blog's recap of a chipmaker's quarter), "a 12%
increase in Cloud sales". The figure opens its clause, so the words before it name no part and
the rate was read as the company's, then compared with the company's growth; the part named
after the change's noun is the one the rate is of.
"""

from __future__ import annotations

import re

from pipeline.verify.claims_segments import known_part_word, part_named

# "<rate> (year-over-year) growth in (the) <part> (net) revenue(s)/sales", the noun of a change
# right after the figure (a word or two of its span between: "year-over-year", "annual")
_GROWTH_IN = re.compile(
    r"^\s*(?:(?:year[- ]over[- ]year|yoy|y/y|annual|sequential|quarter[- ]over[- ]quarter)\s+)?"
    r"(?:growth|increase|rise|jump|gain|decline|drop|decrease|fall)\s+in\s+(?:the\s+)?"
    r"(?P<name>[A-Za-z][\w.&'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Za-z][\w.&'’-]*){0,3}?)"
    r"\s+(?:net\s+)?(?:revenues?|sales)\b", re.I)


def growth_part_after(after: str) -> str | None:
    """The part named by the change's noun right after a growth figure ("growth in Networking
    revenue"), if its words name one as they would before the metric ("Networking revenue");
    never a word of the whole or of a describing kind ("growth in total revenue", "increase in
    quarterly sales"), nor a line's own word ("increase in freight revenues")."""
    found = _GROWTH_IN.match(after)
    name = part_named(found.group("name")) if found else None
    # a line's own word in lower case names no part ("a 4% increase in freight revenues" is
    # the railroad's whole revenue line): a lower-case name only by a word the part table knows
    head = name.split()[-1] if name else ""
    return name if name and (head[:1].isupper() or known_part_word(head)
                             or _known_compound(head)) else None


# "an 11% decline in its data-centre revenue" (a markets site on a chipmaker's quarter): a
# hyphened compound ending in a part's word names that part as its two words would; not a
# compound whose first word negates or dates it ("non-interest", "year-end", "full-year")
_NOT_A_PART_PREFIX = frozenset({"non", "pre", "post", "ex", "year", "quarter", "full", "half",
                                "mid", "first", "second", "third", "fourth", "same"})


def _known_compound(word: str) -> bool:
    first, _, last = word.lower().rpartition("-")
    return (first.isalpha() and len(first) > 2 and first not in _NOT_A_PART_PREFIX
            and known_part_word(last))
