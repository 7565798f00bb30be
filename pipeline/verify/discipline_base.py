"""Verdict discipline for a comparison's base whose period the article never states.

"Revenue rose to $3.58 billion from $3.09 billion" names no period for $3.09 billion: it is
dated a year before the period in force (``claims_periods``), which is what such a sentence
most often means. When the filed figure for that period agrees, the reading is pinned and the
figure is supported. When it does not, the article may well compare with another period ("in
the preceding three months", said in words no rule knew: a trade paper's yearless quarter),
with an estimate ("vs. $26.70 billion, per <a data firm>"), or with another company's figure:
a period the verifier assumed is no ground for telling a reader the article misquotes the
filing. Such a verdict is ``unverifiable``, saying so. Checked after every other rule
(``api.verify_claims``). The same holds for figures listed against periods with "respectively"
when the two lists cannot be paired one to one (``respective_periods``).
"""

from __future__ import annotations

from dataclasses import replace

from core.verdicts import Verification
from pipeline.verify.tolerance import fmt

ASSUMED = ("a figure whose period the article does not state for certain (a comparison's base "
           "with no period, or figures listed against periods they do not pair with), dated "
           "{period} by default; the filed figure for that period is {filed}, which does not "
           "bear it out, and the article may mean another period or an estimate")


def assumed_base(verification: Verification) -> Verification:
    """A ``drifted`` comparison's base dated by default becomes ``unverifiable``; every other
    verdict is returned as it is."""
    claim = verification.claim
    if verification.verdict != "drifted" or not claim.period_assumed:
        return verification
    filed = fmt(verification.filed_value) if verification.filed_value is not None else (
        "another figure")
    return replace(verification, verdict="unverifiable", gap=None, reason=ASSUMED.format(
        period=claim.period_label, filed=filed))
