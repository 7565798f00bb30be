"""A part of the company in lower case, the sentence's subject, whose share of revenue the words
give ("The data center business which accounts for 88% of the company's total revenue", a blog
on a chip maker's quarter): the part's share, recomputed from its filed revenue over the total.
The possessive may be written with a curly apostrophe. Paraphrases written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "NVIDIA reported its fiscal Q2 2026 results. "


@pytest.fixture(scope="module")
def chips():
    # Q2 FY2026: revenue 46,743; Data Center 41,096 (87.9%) (millions)
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


def _share(text: str):
    return next(c for c in claims_in(_LEAD + text) if c.text.endswith("%"))


@pytest.mark.parametrize("text", [
    "The data center business which accounts for 88% of the company\u2019s total revenue.",
    "The data center business accounts for 88% of the company's total revenue.",
    "The data center segment, which accounted for about 88% of total revenue, grew."])
def test_a_lower_case_part_s_share_of_revenue_is_that_part_s(text):
    claim = _share(text)
    assert (claim.metric, claim.entity, claim.basis) == ("customer_concentration",
                                                         "data center", "revenue")


@pytest.mark.parametrize("text", [
    "The company's growth accounts for 88% of total revenue.",
    "The data center business grew, and customers account for 88% of total revenue.",
    "The data center business grew 56% over the year."])
def test_no_part_s_share_without_a_part_subject_and_a_share_verb(text):
    assert _share(text).entity != "data center"


def test_the_part_s_share_is_recomputed_from_its_revenue(chips):
    found = verify_text(_LEAD + "The data center business which accounts for 88% of the "
                        "company\u2019s total revenue.", chips)
    assert found["88%"].verdict == "supported"
    wrong = verify_text(_LEAD + "The data center business which accounts for 70% of the "
                        "company\u2019s total revenue.", chips)
    assert wrong["70%"].verdict == "unverifiable"  # another whole may be meant: never drifted
