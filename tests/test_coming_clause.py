"""A rate carried on in a second clause to a period still to come ("operating income rose 5% in
the quarter, and for next year up 9%": a stock-note template's line on a railroad's quarter)
is an outlook, never the first rate's quarter recomputed and called drifted. A clause telling
of the past in its own verb, a balance's horizon and the first clause's own rate keep their
readings (sentences are the project's own paraphrases)."""

from __future__ import annotations

import pytest

from tests.test_claims_expectations import check


@pytest.mark.parametrize("sentence", [
    "Operating income rose 5% in the second quarter, and for next year up 9%.",
    "Operating income rose 5% in the second quarter, and in the next quarter up 9%.",
    "Operating income rose 5% in the second quarter; for the coming year, up 9%.",
    "Net sales grew 5% in the quarter, while next year roughly 9%.",
])
def test_a_carried_rate_for_a_period_to_come_is_an_outlook(sentence):
    check(sentence, ["9%"], ["5%"])


@pytest.mark.parametrize("sentence", [
    # a narrative's following year, told in the past
    "Operating income fell 5% in 2023, and in the next year it rose 9%.",
    # a debt's maturity inside a clause
    "Cash rose 5% in the quarter, and debt due in the next year was 9% of assets.",
    # a carried rate for another past period
    "Operating income rose 5% in the quarter, and for the six months up 3%.",
    "Operating income rose 5% in the quarter, and next to that freight revenue rose 3%.",
])
def test_past_periods_and_horizons_keep_their_rates(sentence):
    check(sentence, [], ["5%", "9%" if "9%" in sentence else "3%"])
