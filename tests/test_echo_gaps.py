"""The gap a verdict names: the step that leaves a figure unverifiable for want of a filed line
says which want it was (``Verification.gap``), and the prose echo reads that, never the words
of the reason. A later step that gives the verdict another reason gives it its gap anew.

The articles are the project's own sentences; the filed figures are made up here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import GAPS, Verification
from pipeline.verify.prose_echo import may_echo
from tests.conftest import claims_in, release_revenue, verify_text

_THIS_QUARTER = (date(2025, 1, 1), date(2025, 3, 31))
_A_YEAR_BEFORE = (date(2024, 1, 1), date(2024, 3, 31))


def _charge_of(period: tuple) -> list:
    """A release's revenue for this quarter and the one a year before (so the release reports
    this quarter), and a charge its prose states for ``period``."""
    revenue = [release_revenue("6000", _THIS_QUARTER), release_revenue("5000", _A_YEAR_BEFORE)]
    base = release_revenue("5000", period)
    charge = replace(base, fact_id="charge", fact=replace(
        base.fact, metric="stated_charge", value=Decimal("42E6"),
        entity="plant closure charge"))
    return [*revenue, charge]


@pytest.mark.parametrize("text, figure, gap", [
    # no line of the registry is named near the figure
    ("The group poured $17 million into new espresso machines.", "$17 million", "no_metric"),
    # the line is named and its period searched, and nothing is filed for it
    ("Revenue came to $3.0 billion in 2023.", "$3.0 billion", "not_filed"),
    # a charge, which only the filings' prose may state
    ("Results for 2023 carried a $42 million plant closure charge.", "$42 million", "charge"),
    # a pre-tax item an adjusted figure leaves out, which no reconciliation line is labelled with
    ("Adjusted profit for 2023 was $910 million, excluding pre-tax costs of $64 million for "
     "the warehouse consolidation.", "$64 million", "item"),
])
def test_the_step_that_finds_no_filed_line_names_the_gap(text, figure, gap):
    verification = verify_text(text, [])[figure]
    assert verification.verdict == "unverifiable"
    assert verification.gap == gap and gap in GAPS
    assert may_echo(verification)


def test_a_reason_that_is_no_want_of_a_line_names_no_gap():
    # a change in points is recomputed from a rate or not at all: no sentence of the filing
    # is looked for
    (verification,) = verify_text("Its gross margin widened by 1.5 points.", []).values()
    assert verification.verdict == "unverifiable" and verification.gap is None
    assert not may_echo(verification)


def test_a_verdict_a_later_step_gives_another_reason_drops_the_gap():
    text = "The quarter absorbed a $42 million charge for the plant closure."
    # the charge of the quarter the release reports: supported, a charge as the prose states it
    (reported,) = verify_text(text, _charge_of(_THIS_QUARTER)).values()
    assert reported.verdict == "supported" and reported.gap == "charge"
    # the same words matched to a quarter a year back: the undated quarter's own step makes
    # it unverifiable for another reason (which quarter), and no echo may turn it
    (elsewhere,) = verify_text(text, _charge_of(_A_YEAR_BEFORE)).values()
    assert elsewhere.verdict == "unverifiable"
    assert "which quarter" in elsewhere.reason
    assert elsewhere.gap is None and not may_echo(elsewhere)


def test_a_gap_outside_the_vocabulary_is_refused():
    claim = claims_in("The group poured $17 million into new espresso machines.")[0]
    with pytest.raises(ValueError, match="unknown gap"):
        Verification(claim, "unverifiable", reason="no line", gap="no_line")
