"""A growth rate named only as "the growth rate", in a clause that names its own year, after a
sentence on a line's growth: "Sales grew 12% in 2024. That is below the 2023 pace, when the growth
rate hit 19%; ... in 2022, when it was 30%" (the shape of an investment site's piece on a software
maker's slowing growth). Read with no subject, the rates were no line's growth; they are the
growth of the line the sentence before's rate is of (a part's rate hands on no line: its part
may not carry), and "it" right after goes on about the same rate in its own year.
"""

from __future__ import annotations

import re

from core.verdicts import Claim
from pipeline.verify.claims_change_words import grown_line

_NEAR = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|around\s+)?"
# "when the growth rate reached", "the annual growth was": the rate's whole subject
_BARE = re.compile(r"\b(?:the|its|their)\s+(?:annual\s+|yearly\s+)?growth(?:\s+rate)?\s+"
                   r"(?:reached|was|hit|stood\s+at|came\s+(?:in\s+)?at|amounted\s+to)\s+"
                   + _NEAR + "$", re.I)
# "; ... in 2021, when it reached 41%": the rate just read, in another year
_IT = re.compile(r"\b(?:when|where)\s+it\s+(?:reached|was|hit|stood\s+at)\s+" + _NEAR + "$",
                 re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def bare_rate_line(behind: str, previous: Claim | None, antecedent: Claim | None) -> str | None:
    """The line a bare growth rate is of (see the module docstring), else None."""
    clause = re.split(r"[;:]", behind)[-1]
    if _YEAR.search(clause) is None:
        return None  # the clause must name the rate's own year
    if _BARE.search(clause):
        source = previous if previous is not None else antecedent
    elif _IT.search(clause):
        source = previous
    else:
        return None
    return grown_line(source)

