"""Vague time words ("in late 2025", "by mid-2025", "late last year", "the 2024 quarter") date
no figure as the fiscal year they name, and never set a year in force (vague_periods). The
sentences are the project's own paraphrases."""

from __future__ import annotations

import pytest

from pipeline.verify.api import verify_claims
from tests.test_claims import claims_of
from tests.test_claims_periods import FACTS

LEAD = "Acme posts second-quarter 2025 results. "


@pytest.mark.parametrize("sentence", [
    "In late 2025, revenue was $140.3 million.",
    "Revenue was $140.3 million in late 2025.",
    "In early 2025, revenue reached $140.3 million.",
    "By mid-2025, revenue was $140.3 million.",
    "By mid 2025, revenue was $140.3 million.",
    "Earlier in 2025, revenue was $140.3 million.",
    "Late last year, revenue was $140.3 million.",
    "Later in fiscal 2025, revenue was $140.3 million.",
])
def test_a_vague_time_dates_no_figure(sentence):
    claim = claims_of(LEAD + sentence)["$140.3 million"]
    assert claim.period_label is None and claim.period_end is None


def test_a_plain_year_still_dates_its_figure():
    assert claims_of(LEAD + "In 2025, revenue was $510.0 million.")[
        "$510.0 million"].period_label == "FY2025"


def test_a_year_qualifying_quarter_is_not_that_year():
    """'The 2024 quarter included a gain': the quarter of that year, never fiscal 2024."""
    found = claims_of("Acme earned $30.9 million in the second quarter of 2025, up from $24.0 "
                      "million a year earlier. The 2024 quarter included a $5.0 million gain. "
                      "Revenue was $140.3 million.")
    assert found["$5.0 million"].period_label is None
    assert found["$140.3 million"].period_label == "Q2 2025"


def test_a_lead_naming_a_vague_time_sets_no_year_in_force():
    """A lead warning that costs 'could pressure profit in late 2025' set fiscal 2025 in
    force, and the quarter's figures after it were then compared with the year's."""
    found = claims_of("Acme warned that fuel costs could pressure its profit in late 2025. "
                      "Revenue rose to $140.3 million.")
    assert not (found["$140.3 million"].period_label or "").startswith("FY")


def test_a_quarters_revenue_after_a_vague_time_never_drifts_against_the_year():
    """Only the quarter's revenue is filed for that quarter; the year's differs. Dated as
    fiscal 2025 it was drifted; undated, the value finds its quarter."""
    found = {v.claim.text: v for v in verify_claims(list(claims_of(
        LEAD + "In late 2025, revenue was $140.3 million.").values()), FACTS)}
    assert found["$140.3 million"].verdict == "supported"


def test_since_late_a_year_stays_a_landmark():
    """'Since late 2019' measures from a landmark: the period in force still dates the figure."""
    found = claims_of("Acme posts 2025 results. Net income for 2025 was $61.2 million. Since "
                      "late 2019 revenue grew to $510.0 million.")
    assert found["$510.0 million"].period_label == "FY2025"
