"""An article's charge with its source's word between the noun and what it is for ("a $X
charge the company said was related to ..."), and a year's results weakened by a charge the
filing dates by the year's last quarter. Against a software maker's real 10-K; the sentences
are the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

METRIC = "stated_charge"


@pytest.fixture(scope="module")
def msft_facts() -> list:
    return stored_corpus_facts("dev/10-K_MSFT_0001193125-13-310206.html",
                               "0001193125-13-310206", "10-K", date(2013, 7, 30))


def test_a_charge_its_source_said_was_for_something_is_read_with_those_words():
    claims = {c.text: c for c in claims_in(
        "Results for fiscal 2013 were hurt by a $900 million charge Acme said was related "
        "to Surface RT inventory adjustments. A $50 million charge the company said was for "
        "severance followed.")}
    assert claims["$900 million"].metric == METRIC
    assert "Surface RT inventory" in claims["$900 million"].entity
    assert "severance" in claims["$50 million"].entity


def test_a_said_clause_with_no_joiner_after_names_nothing():
    claims = {c.text: c for c in claims_in(
        "Results for fiscal 2013 were hurt by a $900 million charge Acme said would "
        "pass.")}
    assert "pass" not in (claims["$900 million"].entity or "")


def test_a_years_charge_dated_by_its_last_quarter_is_the_years(msft_facts):
    found = verify_text("Fiscal 2013 results were hurt by a $900 million charge the company "
                        "said was related to Surface RT inventory adjustments.", msft_facts)
    assert found["$900 million"].verdict == "supported"
    other = verify_text("Fiscal 2013 results were hurt by a $950 million charge for Surface RT "
                        "inventory adjustments.", msft_facts)
    assert other["$950 million"].verdict == "unverifiable"
    # a charge of another year's quarter is no charge of this year
    before = verify_text("Fiscal 2014 results were hurt by a $900 million charge for Surface "
                         "RT inventory adjustments.", msft_facts)
    assert before["$900 million"].verdict == "unverifiable"
