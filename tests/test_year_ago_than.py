"""A rate "better than" or "higher than this time last year" after a level is that level's
growth over a year (paraphrased after a device-news blog on a phone maker's quarter:
"revenue was $X, which was N% better than this time last year"). "Better" is read so only of a
line that is better higher: of a cost or a loss it is a fall, and stays unread."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The phone maker reported its second quarter of fiscal 2025 on May 1. "


@pytest.fixture(scope="module")
def phones():
    # Q2 FY2025 net sales 95,359 against 90,753 a year earlier (millions): +5.08%
    return stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                               "0000320193-25-000057", "10-Q", date(2025, 5, 2))


@pytest.mark.parametrize("words", ["better than this time last year",
                                   "higher than this time last year",
                                   "better than the same time a year ago",
                                   "better than a year ago"])
def test_a_rate_against_this_time_last_year_is_the_level_s_growth(phones, words):
    found = verify_text(_LEAD + f"Sales in the three months totaled $95.4 billion, 5% {words}.",
                        phones)
    assert found["5%"].claim.metric == "revenue_growth"
    assert found["5%"].verdict == "supported"


def test_a_wrong_rate_so_written_drifts(phones):
    found = verify_text(_LEAD + "Sales in the three months totaled $95.4 billion, 8% "
                        "better than this time last year.", phones)
    assert found["8%"].verdict == "drifted"


# "better" of a cost or a loss is a fall; "better than expected" is an estimate's margin
@pytest.mark.parametrize("text", [
    "Operating expenses were $15.3 billion, 5% better than this time last year.",
    "The net loss was $15.3 million, 5% better than this time last year.",
    "Quarterly revenue was $95.4 billion, 5% better than expected.",
    "Quarterly revenue was $95.4 billion, 5% better than analysts had expected a year ago.",
])
def test_better_of_a_cost_a_loss_or_an_estimate_is_no_growth(text):
    claim = next(c for c in claims_in(_LEAD + text) if c.text == "5%")
    assert claim.metric is None
