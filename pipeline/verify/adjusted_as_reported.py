"""An adjusted figure of a filer whose filings state no adjusted figure at all: "adjusted
earnings of $1.65 per share" (a recap of a device maker's quarter, whose 10-Q reports GAAP EPS
only), "EPS: $3.33 adjusted" (a recap of a bank's quarter, whose release prints none). A data
service labels every EPS it quotes "adjusted"; where the filer reports no such measure, the
article's figure can only be borne out by the reported line it restates.

Support only: the figure is supported when the GAAP line (``Metric.non_gaap_of``) of the same
period equals it at its precision; otherwise it stays unverifiable, never drifted (the
service's own adjustments may differ from the GAAP line). A filer that states any adjusted
figure in the loaded filings has its own measures, and this module does not speak.
"""

from __future__ import annotations

from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim, Verification
from pipeline.verify import match
from pipeline.verify.adjusted_echo import adjusted_rows
from warehouse.records import StoredFact


def checked(claim: Claim, facts: list[StoredFact], verification: Verification) -> Verification:
    """The direct verdict, or support from the GAAP line when no filing states an adjusted
    figure of any line."""
    row = find_metric(claim.metric or "")
    if (verification.verdict != "unverifiable" or row is None or row.non_gaap_of is None
            or claim.value is None or claim.low is not None or _states_adjusted(facts)):
        return verification
    reported = match.verify_direct(replace(claim, metric=row.non_gaap_of), facts)
    if reported.verdict != "supported":
        return verification
    return replace(reported, claim=claim, reason=(
        f"the filings state no adjusted figure of any line; the reported {row.non_gaap_of} "
        "equals the article's figure, which can only restate it"))


def _states_adjusted(facts: list[StoredFact]) -> bool:
    adjusted = frozenset().union(*adjusted_rows().values())
    return any(sf.fact.metric in adjusted for sf in facts)
