"""A rate whose noun names its base before it: "a year-over-year gain of N% and a
quarter-over-quarter gain of M%" (paraphrased after a machine summary of a chip maker's
quarter). Each rate is against the base its own noun names; the second one continues the
first one's subject (read alone, it named no metric, and the first was compared with the
quarter before because the second's base stood ahead of it)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip maker reported its second quarter of fiscal 2026. "


@pytest.fixture(scope="module")
def chips():
    # Q2 FY2026 revenue 46,743 (Q1 44,062; Q2 FY2025 30,040), millions: +55.6% a year, +6.1%
    # on the quarter
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


def test_each_rate_is_against_the_base_its_own_noun_names(chips):
    found = verify_text(_LEAD + "Sales came to $46.7 billion in the three months, a "
                        "year-over-year gain of 56% and a quarter-over-quarter gain of 6%.", chips)
    assert found["56%"].verdict == "supported"
    assert found["6%"].claim.metric == "revenue_growth"
    assert found["6%"].verdict == "supported"


# swapped, neither rate is borne out (each is another base's): never supported
def test_rates_swapped_between_the_bases_are_not_borne_out(chips):
    found = verify_text(_LEAD + "Sales came to $46.7 billion in the three months, a "
                        "year-over-year gain of 6% and a quarter-over-quarter gain of 56%.", chips)
    assert found["6%"].verdict != "supported"
    assert found["56%"].verdict != "supported"


# Near phrasings left as they were: a rate with an object of its own, a lone sequential rate,
# a sequential base before the first rate's noun
@pytest.mark.parametrize("text, figure, metric", [
    ("Sales came to $46.7 billion, a year-over-year gain of 56% and a 9% rise in "
     "headcount.", "9%", None),
    ("Sales came to $46.7 billion, a year-over-year gain of 56% and a year-over-year "
     "increase of 9% in operating expenses.", "9%", "revenue_growth"),
])
def test_a_rate_with_its_own_object_is_not_the_previous_subject_s(text, figure, metric):
    claim = next(c for c in claims_in(_LEAD + text) if c.text == figure)
    assert claim.metric == metric
    if metric:
        assert claim.basis is not None  # another line's growth, not revenue's


def test_a_lone_sequential_rate_stays_sequential(chips):
    found = verify_text(_LEAD + "Sales came to $46.7 billion, a "
                        "quarter-over-quarter gain of 6%.", chips)
    assert found["6%"].verdict == "supported"
