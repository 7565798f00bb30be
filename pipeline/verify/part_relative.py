"""A part named as the antecedent of a relative clause that holds the figure: "with notable
growth in coal business, which surged by 31%" (a machine summary of a railroad's quarter). Read
by the figure's own words, the rate took the line of the sentence before ("4% more volume") and
was compared with the company's carloads, which it drifted from; the rate is the part's.
"""

from __future__ import annotations

import re

# (a word for a part after the name: knowledge as data with claims_entity.PART_NOUNS)
_WHICH_PART = re.compile(
    r"\b(?:in|of|from|at|for)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<name>[A-Za-z][\w&-]*(?:\s+(?:(?:and|&)\s+)?[A-Za-z][\w&-]*){0,2}?)\s+"
    r"(?:business|segment|division|unit|category)s?,?\s+(?:which|that)\s+(?:\w+\s+){0,2}?"
    r"(?:by\s+)?(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?$", re.I)
# words that name the whole company's business, never a part of it
_WHOLE = {"overall", "core", "total", "whole", "entire", "company", "existing", "combined",
          "consolidated", "global", "underlying", "base", "main", "own"}


def which_part(before: str) -> str | None:
    """The part a relative clause right before the figure is about, if it names one."""
    found = _WHICH_PART.search(before)
    if found is None:
        return None
    name = found.group("name")
    words = [w.lower() for w in name.split()]
    if any(w in _WHOLE or w.endswith(("'s", "’s")) for w in words):
        return None
    return name
