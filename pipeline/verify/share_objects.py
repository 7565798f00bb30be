"""The total a share is of is no subject of the change after it: in "online sales made up 14.4%
of net sales and rose 1.2%" what rose is the part the share is of, never the net sales it was
measured against. Read as the total's, the part's rate was recomputed as the total's growth and
drifted, though the filing states the part's. Read by ``claims_growth.subject_of_growth``.
"""

from __future__ import annotations

import re

from core.verdicts import Claim

# right after a percent figure: "of <the total>" up to the comma or conjunction that closes it
_SHARE_OBJECT = re.compile(r"^\s*of\s+(?:(?:the|its|their|total|all)\s+)?"
                           r"(?:[A-Za-z][\w&'’-]*\s*){1,4}?(?=,|\s(?:and|but|while|yet)\b)",
                           re.I)


def share_part(behind: str, previous: Claim | None) -> str | None:
    """The part whose share of a total right before a rate ("14.4% of net sales and rose 1.2%")
    the rate goes on about, when the only line its words name is that total's; else None."""
    if previous is None or previous.unit != "percent" or not previous.entity:
        return None
    found = _SHARE_OBJECT.match(behind)
    if found is None or re.search(r"[A-Za-z]", behind[found.end():].replace("and", "")) and (
            re.search(r"\b(?:sales|revenues?|income|profit|earnings)\b", behind[found.end():],
                      re.I)):
        return None  # the clause after the share names a line of its own ("and net sales fell")
    return previous.entity
