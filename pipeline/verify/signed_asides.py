"""A signed rate in brackets right after a level: the level's change.

Key-figure digests and machine recaps write a line's change as a rate with its sign, in brackets
after the amount, with no verb and no noun of change: "Inventories: $15.0B (+48%)", "$39.00B
revenue in FY2024 (+15.66%)", "Operating income: $28.4B (+53% vs the year-ago quarter)". A
"YoY" inside the brackets was read as a change (a growth cue); the bare sign was not, and the
rate came back "no filed metric is named near this figure". The written sign is the change's
way: a share of a total is never written "+48%".

Only when the level before it is a growth base the claim side reads (its metric then names what
changed, claims_growth), in the same clause with no other figure between, and the brackets
hold nothing but the rate and at most a short base ("vs Jan 2025"), whose period the change's
readers date as any other base. A rate with no sign ("(48%)") may be a share, and stays
another reader's.
"""

from __future__ import annotations

import re

from core.verdicts import Claim
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_growth import growth_subjects

# the figure's own sign, written: "+48%", "-15.1%", "−2.1%" (a Unicode minus)
_SIGNED = re.compile(r"^\s*(?P<sign>[+\-\u2212\u2013])\s*\d")
# from the level to the opening bracket: the level's own words and period, no figure, no clause
# ("$39.00B revenue in FY2024 (", "$15.0B (")
_OPENED = re.compile(r"^[^()$%;:,]{0,40}\(\s*$")
# the rest of the brackets: nothing, or a short base with no other figure ("vs Jan 2025)")
_CLOSED = re.compile(r"^\s*(?:(?:vs\.?|versus|from|over|against|compared\s+(?:to|with))\s+"
                     r"[^()$%;,\d]{1,30}?)?\s*\)")


def signed_aside_way(figure: Figure, behind: str, ahead: str, sentence_before: str,
                     previous: Claim | None) -> str | None:
    """'increase' or 'decrease' when the rate is a signed change in brackets right after a
    level whose line a change may be of; None otherwise."""
    sign = _SIGNED.match(figure.text)
    if (sign is None or figure.unit != "percent" or previous is None
            or previous.unit not in ("USD", "USD/share")
            or previous.metric not in growth_subjects()
            or not sentence_before.endswith(previous.text + behind)):  # the same sentence
        return None
    if not _OPENED.match(behind) or not _CLOSED.match(ahead):
        return None
    return "increase" if sign.group("sign") == "+" else "decrease"
