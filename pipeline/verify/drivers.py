"""A change one driver of a total brought, not the total's change: "revenue dropped to $X
billion from $Y billion as an N% revenue increase from aerospace and acquisitions was more than
offset by an M% decrease from lower prices" (a finance site on a metals maker's quarter). A
bridge of the total's change by its causes; no filing states it as a line, so it is never
compared with the total's growth (which it drifted from).

A rate is such a part when the noun of change after it is followed by what brought it ("from",
"due to", "driven by", "attributable to") and that is no period or figure (a base: "a 7%
increase from a year earlier", "from $5 billion").
"""

from __future__ import annotations

import re

_DRIVER_AFTER = re.compile(
    r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:increase|decrease|rise|decline|drop|gain|growth|"
    r"contribution|boost|benefit|headwind|reduction|impact)s?\s+(?:from|due\s+to|driven\s+by|"
    r"attributable\s+to|coming\s+from)\s+"
    r"(?!(?:the\s+|a\s+|its\s+)?(?:year|prior|previous|same|last|preceding|comparable|"
    r"corresponding|year[- ]ago|year[- ]earlier|quarter|first|second|third|fourth|fiscal|"
    r"19\d\d|20\d\d|Q[1-4])\b)(?![$(]?\d)", re.I)

REASON = ("the change one driver brought to a total (a bridge of its change by cause), not the "
          "total's change: no filing states it as a line, so it was not compared")


def is_driver_change(ahead: str) -> bool:
    """Whether the words after a rate make it the part of a change one cause brought."""
    return _DRIVER_AFTER.match(ahead) is not None
