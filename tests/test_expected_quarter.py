"""A quarter a sentence names as the time of an expectation in the present tense ("expects the
extra cost to stay near $X in Q3") sets no period of results: the results after it stay the
reported quarter's. A quarter named beside a past expectation ("than analysts expected in the
third quarter") is the one reported. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


@pytest.mark.parametrize("outlook", [
    "If nothing changes, the company expects the extra cost to stay near $900 million in Q3.",
    "The company anticipates about $900 million of extra cost in the third quarter.",
    "Acme projects the extra cost at roughly $900 million in Q3.",
])
def test_an_expected_quarter_does_not_date_the_results_after_it(outlook):
    found = {c.text: c for c in claims_in(
        "Acme warned that duties could add costs next quarter. " + outlook
        + " Investors were relieved. Acme posted $95.4 billion in revenue.")}
    assert "Q3" not in (found["$95.4 billion"].period_label or "")


def test_a_past_expectation_leaves_the_reported_quarter():
    found = {c.text: c for c in claims_in(
        "Acme reports its results. Revenue beat what analysts expected in the third quarter "
        "of 2025. Acme posted $95.4 billion in revenue.")}
    assert found["$95.4 billion"].period_label == "Q3 2025"
