"""A part's share of revenue compared with its share a year before ("made up N% of net sales,
up from M% a year earlier"): the base is the same part's share, checked as the share is. The
sentences are written for these tests (paraphrases); the filing is an apparel retailer's Q3
2024 earnings release in the corpus (online sales 46.6M of 293.6M, 15.9%; a year before 46.1M
of 303.5M, 15.2%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text
from warehouse.records import StoredFact

_HEAD = "Retailer reports third-quarter results\n\n"


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("between", [
    "a slight increase from", "up from", "compared to", "a rise from"])
def test_a_shares_base_is_the_same_parts_share(between):
    base = _claim(f"Web sales made up 15.9% of net sales in the third quarter, {between} 15.2% "
                  "in the prior year.", "15.2%")
    assert base.metric == "customer_concentration" and base.entity == "Web"


@pytest.mark.parametrize("text", [
    # another part named after the base: its share, not the first part's
    "Web sales made up 15.9% of net sales, compared to 15.2% for Wholesale.",
    # another subject stands between: its own figure
    "Web sales made up 15.9% of net sales, while store sales were down from 84%.",
    "Web sales made up 15.9% of net sales and its stores were down from 84%.",
])
def test_no_part_is_lent_past_another_subject(text):
    base = claims_in(text)[1]
    assert base.entity != "Web"


@pytest.fixture(scope="module")
def retailer() -> list[StoredFact]:
    return stored_corpus_facts("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html",
                               "0000885245-24-000001", "8-K", date(2024, 11, 22))


@pytest.mark.corpus
def test_the_prior_years_share_is_recomputed_from_the_parts_revenue(retailer):
    text = (f"{_HEAD}The retailer reported its results for the quarter ended November 2, 2024. "
            "Online sales accounted for 15.9% of net sales in the third quarter, a slight "
            "increase from 15.2% in the previous year.\n")
    found = verify_text(text, retailer)
    assert found["15.9%"].verdict == "supported"
    assert found["15.2%"].verdict == "supported"
