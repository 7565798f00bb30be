"""A change one driver of a total brought, not the total's change: "revenue dropped to $X
billion from $Y billion as an N% revenue increase from aerospace and acquisitions was more than
offset by an M% decrease from lower prices" (a finance site on a metals maker's quarter). A
bridge of the total's change by its causes; no filing states it as a line, so it is never
compared with the total's growth (which it drifted from).

A rate is such a part when the noun of change after it is followed by what brought it ("from",
"due to", "driven by", "attributable to") and that is no period or figure (a base: "a 7%
increase from a year earlier", "from $5 billion").

A rate set beside a figure as its appositive ("reached $6.4 billion, a 15% increase due to
updated features": a tech blog's recap of a product line) is that figure's change, and the words
after it give the reason, not one cause's share: only a source ("from acquisitions") still reads
as a bridge there.
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

# the change's words that name a reason (not a source): after a figure's appositive they explain
# the figure's own change
_REASON_WORD = re.compile(r"due\s+to|driven\s+by|attributable\s+to", re.I)
# "$6.4 billion, a " / "$6.4 billion (a ": the rate hangs on the figure just before it
_APPOSITIVE = re.compile(r"\d(?:\s*(?:%|percent|[mb]illion|trillion|bn|[mbk]))?\s*[,(]\s*an?\s*$",
                         re.I)

REASON = ("the change one driver brought to a total (a bridge of its change by cause), not the "
          "total's change: no filing states it as a line, so it was not compared")


def is_driver_change(ahead: str, before: str = "") -> bool:
    """Whether the words after a rate make it the part of a change one cause brought;
    ``before`` is the sentence's words before the rate."""
    found = _DRIVER_AFTER.match(ahead)
    if found is None:
        return False
    return not (_APPOSITIVE.search(before) and _REASON_WORD.search(found.group(0)))
