"""A rate in a second clause that goes on about the line of the rate before it, for another
period, with no subject of its own: "Operating income for the quarter up 10%, and for the full
year up 16.2% to $7.8 bn" (a grocery research body's bullets on a warehouse club's year), "net
income rose 8%, while for the nine months it rose 11%". Read with no subject, the second rate
and the level it reached were unread.

Only a clause opened by a conjunction, with at most a period phrase, "it" and "was" before the
verb of the move: any other word may name another subject ("and costs rose 3%").
"""

from __future__ import annotations

import re

from core.metric_words import CHANGE_DOWN_WORDS, CHANGE_MOTION_VERBS, CHANGE_UP_WORDS
from core.verdicts import Claim
from pipeline.verify.claims_change_words import grown_line

# "for the full year", "in the quarter", "for the nine months ended July 27, 2025"
_PERIOD = (r"(?:for|in|during|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
           r"(?:year|quarter|half|months|weeks|period|(?:19|20)\d\d)"
           r"(?:\s+end(?:ed|ing)\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)?")
# (the first rate's own period or basis may stand before the conjunction: "rose 10% in the
# quarter, and for the nine months it rose 16%")
_CARRIED = re.compile(
    rf"^\s*(?:(?:{_PERIOD}|year[- ]over[- ]year)\s*)?,?\s*(?:and|while|but|whereas)\s+"
    rf"(?:{_PERIOD}\s*,?\s+)?"
    r"(?:it\s+)?(?:was\s+|were\s+)?"
    rf"(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|{CHANGE_MOTION_VERBS})\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|around\s+)?$", re.I)


def carried_line(behind: str, previous: Claim | None) -> str | None:
    """The line the previous growth rate is of, when this rate's clause continues it (see the
    module docstring); None otherwise, and for a part's rate (whose part the clause may not
    keep)."""
    # (never after an estimate's beating margin: claims_growth reads that clause, and keeps
    # a per-share figure beaten against the consensus off its GAAP growth)
    return grown_line(previous) if _CARRIED.match(behind) else None
