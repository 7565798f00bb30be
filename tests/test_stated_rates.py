"""Growth rates a filer states in words on a basis no table states (extractors.stated_rates):
a software maker's release gives each revenue line's growth "year-over-year ... or N percent in
constant currency", a chip maker's 10-Q MD&A a product family's growth "sequentially"; an
article quoting the rate on the same basis is compared with the filer's figure
(pipeline.verify.stated_bases, pipeline.verify.stated_growth.sequential_growth)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.stated_rates import stated_rates
from tests.conftest import claims_in, stored_corpus_facts, verify_text

CC = "revenue_growth_constant_currency"


@pytest.mark.parametrize("text, read", [
    # the company's revenue: the year-over-year rate is recomputed, the constant-currency one
    # is the filer's
    ("Acme achieved revenue of $4.66 billion in the quarter, which represents 9 percent "
     "year-over-year growth or 13 percent in constant currency.", [(CC, "13", None, None)]),
    ("Total revenue grew 7% year-over-year, or 10% on a constant currency basis.",
     [(CC, "10", None, None)]),
    # a part's: both rates
    ("Cloud Tools segment revenue was $3.40 billion, which represents 9 percent year-over-year "
     "growth or 14 percent in constant currency.",
     [("stated_part_growth", "9", "Cloud Tools", None), (CC, "14", "Cloud Tools", None)]),
    ("Widgets revenue was up 12% from a year ago.",
     [("stated_part_growth", "12", "Widgets", None)]),
    ("Revenue decreased 3%, or increased 1% on an organic basis.",
     [("organic_revenue_growth", "1", None, None)]),
    ("Revenue was $9.1 billion, down 4% year-over-year, or 2% in constant currency.",
     [(CC, "-2", None, None)]),
    # a part named with no line, against the quarter before
    ("We continue to ramp our Falcon architecture, which grew 17% sequentially, including "
     "its newest model.", [("stated_part_growth", "17", "Falcon architecture", "sequential")]),
])
def test_a_stated_rate_is_read_with_its_basis_and_its_subject(text, read):
    assert stated_rates(text) == [(metric, Decimal(figure), part, basis)
                                  for metric, figure, part, basis in read]


@pytest.mark.parametrize("text", [
    # a subject that is neither the company's revenue nor a part's name: never the company's
    "Cloud Tools subscription revenue was $1.04 billion, representing 12 percent "
    "year-over-year growth or 14 percent in constant currency.",
    "First quarter revenue grew 9%, or 12% in constant currency.",
    "Operating expenses were up 38% from a year ago and up 8% sequentially.",
    # the company's sequential and year-over-year rates are recomputed from its tables
    "Revenue was $46.7 billion, up 56% from a year ago and up 6% sequentially.",
    # a rate with no basis words after it
    "Cloud Tools revenue grew 9% to $3.4 billion.",
])
def test_no_rate_is_read_without_its_subject_or_basis(text):
    assert stated_rates(text) == []


@pytest.fixture(scope="module")
def adbe_facts():
    return stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                               "0000796343-23-000044", "8-K", date(2023, 3, 15))


@pytest.fixture(scope="module")
def nvda_facts():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


_ADBE_LEAD = "Adobe reported results for its first quarter of fiscal 2023 on March 15, 2023. "


@pytest.mark.corpus
def test_the_release_states_each_lines_constant_currency_growth(adbe_facts):
    stated = {(sf.fact.entity, sf.fact.value) for sf in adbe_facts if sf.fact.metric == CC}
    assert stated == {(None, 13), ("Digital Media", 14), ("Creative", 13),
                      ("Document Cloud", 16), ("Digital Experience", 14)}


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Revenue of $4.66 billion was up 9% on a reported basis and 13% on a constant currency "
     "basis.", "13%", "supported"),
    ("Revenue rose 9%, and 13% on a constant currency basis.", "13%", "supported"),
    # the company's constant-currency rate is 13, not 12
    ("Revenue of $4.66 billion was up 9% on a reported basis and 12% on a constant currency "
     "basis.", "12%", "drifted"),
    # the year-over-year rate is still recomputed from the tables
    ("Revenue of $4.66 billion was up 9% on a reported basis and 13% on a constant currency "
     "basis.", "9%", "supported"),
    # a part's stated growth in the filer's words
    ("Document Cloud sales grew 13% YoY to US$634mn.", "13%", "supported"),
])
def test_an_articles_rate_on_a_stated_basis_is_the_filers(adbe_facts, sentence, figure,
                                                           verdict):
    assert verify_text(_ADBE_LEAD + sentence, adbe_facts)[figure].verdict == verdict


@pytest.mark.corpus
def test_a_basis_the_filing_does_not_state_stays_unverifiable(nvda_facts):
    text = ("NVIDIA reported results for its second quarter of fiscal 2026 on August 27, 2025. "
            "Revenue grew 55% in constant currency.")
    claim = next(c for c in claims_in(text) if c.text == "55%")
    assert claim.metric == CC
    assert verify_text(text, nvda_facts)["55%"].verdict == "unverifiable"


_NVDA_LEAD = "NVIDIA reported results for its second quarter of fiscal 2026 on August 27, 2025. "


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, verdict", [
    ("Its newest offering, the Blackwell Data Center platform, grew 17% sequentially.",
     "supported"),
    ("The Blackwell architecture grew 17% sequentially.", "supported"),
    # not the rate the filer states (never drifted: the words may mean something else)
    ("The Blackwell architecture grew 19% sequentially.", "unverifiable"),
    # a year over year rate is no sequential one
    ("The Blackwell architecture grew 17% from a year ago.", "unverifiable"),
    # another name
    ("The Hopper architecture grew 17% sequentially.", "unverifiable"),
])
def test_a_parts_sequential_rate_is_the_filers_stated_one(nvda_facts, sentence, verdict):
    figure = next(w for w in sentence.split() if w.endswith("%"))
    assert verify_text(_NVDA_LEAD + sentence, nvda_facts)[figure].verdict == verdict
