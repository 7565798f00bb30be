"""A figure an article quotes again without the adjusting words it first gave it: "Chipco earned
$0.58 per share on an adjusted basis" and, a sentence on, "it earned 58 cents a share in the
quarter" (a wire-style recap of a chip maker's quarter). The bare mention is the same adjusted
measure, never the GAAP line: read as GAAP diluted EPS it drifted against the filed $0.02, a
false alarm on a figure the article had labelled itself.

A claim of a GAAP line that an adjusted row restates (``Metric.non_gaap_of``: diluted EPS, net
income) takes that adjusted row when another figure of the article with the same value, unit
and period was read as it, unless its own words name the GAAP figure ("GAAP", "reported",
"net income")."""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import all_metrics, projection
from core.verdicts import Claim


@projection
def adjusted_rows() -> dict[str, frozenset[str]]:
    """GAAP metric -> the adjusted rows that restate it."""
    found: dict[str, frozenset[str]] = {}
    for row in all_metrics():
        if row.non_gaap_of:
            found[row.non_gaap_of] = found.get(row.non_gaap_of, frozenset()) | {row.name}
    return found


# words right before a figure that name the GAAP line itself (never "non-GAAP")
_GAAP_WORDS = re.compile(r"(?<![-\w])(?<!non-)GAAP\b|\b(?:reported|unadjusted|statutory|"
                         r"net\s+(?:income|earnings|loss|profit))\b", re.I)
_NEAR = 60  # characters before the figure in its sentence that its own words lie in


def read_echoes(claims: list[Claim]) -> list[Claim]:
    """The claims, each bare GAAP figure that echoes an adjusted one taking its metric."""
    adjusted = [c for c in claims if c.metric and c.value is not None
                and any(c.metric in rows for rows in adjusted_rows().values())]
    if not adjusted:
        return claims
    return [_echo(claim, adjusted) for claim in claims]


def _echo(claim: Claim, adjusted: list[Claim]) -> Claim:
    rows = adjusted_rows().get(claim.metric or "")
    if not rows or claim.value is None or claim.not_checkable_reason:
        return claim
    at = claim.sentence_at
    if at < 0 or _GAAP_WORDS.search(claim.sentence[max(0, at - _NEAR):at]):
        return claim
    twin = next((c for c in adjusted if c.metric in rows and c.value == claim.value
                 and c.unit == claim.unit and c.period_end == claim.period_end
                 and c.period_start == claim.period_start and c.entity == claim.entity), None)
    return claim if twin is None else replace(claim, metric=twin.metric, basis=twin.basis)
