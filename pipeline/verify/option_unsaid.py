"""An offering's figure quoted with no word of the underwriters' option, which misses the
figure as offered but is the one the prospectus states if the option is exercised in full
(a deal brief gave "expected net proceeds of about $77.1 million", the prospectus's figure with
the option, and it was drifted against the $66.7 million without it): whether the option was
exercised, or meant, the article does not say, so the difference proves nothing. It is
``unverifiable``, naming the option's figure. A figure that fits neither stays drifted.
"""

from __future__ import annotations

from dataclasses import replace

from core.verdicts import Verification
from pipeline.verify import match
from pipeline.verify.claims_entity import WITH_OPTION
from pipeline.verify.tolerance import fits, fmt
from warehouse.records import StoredFact


def option_unsaid(verification: Verification, facts: list[StoredFact]) -> Verification:
    """A drifted figure of the company's own that the filings state, for its metric and
    period, as the figure with the option exercised (net proceeds, shares sold, gross
    proceeds): ``unverifiable``; every other verdict as it is."""
    claim = verification.claim
    if (verification.verdict != "drifted" or claim.metric is None or claim.entity is not None
            or claim.value is None):
        return verification
    wanted = replace(match.Wanted.of(claim), entity=WITH_OPTION)
    fitting = [sf for sf in match.find_candidates(facts, wanted) if fits(claim, sf.fact.value)]
    if not fitting:
        return verification
    other = fitting[-1]
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"the {other.form} filed {other.filed_date} states {fmt(other.fact.value)} as "
        f"{claim.metric} if the underwriters' option is exercised in full, which the article's "
        f"figure is; it does not say whether the option is meant, so its difference from the "
        f"figure as offered proves nothing ({verification.reason or ''})"))
