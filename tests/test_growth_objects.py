"""A growth rate of what its own noun names after it ("a N% increase in bitcoin production"),
over the period in force, never over the period a comparison's base was named with; and the
words after a rate that are not what grew ("N% of the coins", the previous rate's object);
and a line's base written "a loss of", which is that line's.

The sentences are written for these tests; the filing is a bitcoin miner's Q2 2023 10-Q
(bitcoin produced 2,926 against 707 a year earlier: +313.9%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def miner():
    return stored_corpus_facts("10q-10k/10-Q_MARA_0001493152-23-027174.html",
                               "0001493152-23-027174", "10-Q", date(2023, 8, 8))


def test_the_growth_of_a_count_filed_for_both_periods(miner):
    found = verify_text("In the second quarter of 2023 the miner reported a 314% increase in "
                        "bitcoin production.", miner)["314%"]
    assert found.verdict == "supported" and found.claim.basis == "bitcoin_produced"
    wrong = verify_text("In the second quarter of 2023 the miner reported a 214% increase in "
                        "bitcoin production.", miner)["214%"]
    assert wrong.verdict == "drifted"


def test_a_rate_after_a_base_named_with_its_quarter_is_of_the_quarter_in_force(miner):
    found = verify_text(
        "The miner reported its results for the quarter ended June 30, 2023. Revenues were "
        "$81.8 million for the quarter, well above second quarter 2022 revenues of $24.9 "
        "million, as a 314% increase in bitcoin production made up for lower prices.",
        miner)
    assert found["$24.9 million"].claim.period_end == date(2022, 6, 30)
    assert found["314%"].verdict == "supported"
    assert found["314%"].claim.period_end == date(2023, 6, 30)


def test_the_previous_rates_object_is_not_what_the_next_rate_is_of(miner):
    found = verify_text("In the second quarter of 2023 a 314% increase in bitcoin production "
                        "more than offset 14% lower average coin prices.", miner)
    assert found["314%"].verdict == "supported"
    assert found["14%"].verdict == "unverifiable" and found["14%"].claim.basis is None


def test_a_share_of_a_count_is_not_its_growth(miner):
    found = verify_text("In the second quarter of 2023 gains on coin sales rose as the miner "
                        "sold 63% of the bitcoin produced in the quarter.", miner)["63%"]
    assert found.verdict == "unverifiable" and found.claim.basis != "bitcoin_produced"


def test_a_loss_a_line_is_compared_with_is_that_lines(miner):
    found = verify_text("In the second quarter of 2023 adjusted EBITDA was $25.6 million, "
                        "compared with a loss of $167.1 million in the prior year period.", miner)
    base = found["$167.1 million"]
    assert (base.claim.metric, base.claim.value) == ("adjusted_ebitda", -167100000)
    assert base.verdict == "supported"
    # "net loss" names net income whatever it is compared with
    net = verify_text("In the second quarter of 2023 adjusted EBITDA was $25.6 million, "
                      "compared with a net loss of $212.6 million a year earlier.", miner)
    assert net["$212.6 million"].claim.metric == "net_income"
