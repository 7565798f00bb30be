"""The total a share is of is no subject of the change after it: in "online sales made up 14.4%
of net sales and rose 1.2%" (or "gross profit, at 33.0% of net sales, fell 2.3%") what rose is
the clause's subject, never the net sales the share was measured against. Read as that total,
the rate was recomputed as the total's growth and drifted, though the filing states the part's.
Read by ``claims_growth.subject_of_growth``.
"""

from __future__ import annotations

import re

from core.verdicts import Claim

# right after a percent figure: "of <the total>" up to the comma or conjunction that closes it
_SHARE_OBJECT = re.compile(r"^\s*of\s+(?:(?:the|its|their|total|all)\s+)?"
                           r"(?:[A-Za-z][\w&'’-]*\s*){1,4}?(?=,|\s(?:and|but|while|yet)\b)",
                           re.I)


def past_share_object(behind: str, previous: Claim | None) -> str:
    """The words before a rate less the total a share right before them is of ("of net sales"
    after "14.4%"); all of ``behind`` when no share precedes it."""
    if previous is None or previous.unit != "percent":
        return behind
    found = _SHARE_OBJECT.match(behind)
    return behind[found.end():] if found is not None else behind
