"""A period stated once for coordinated words: "the second quarter and the first six months of
fiscal year 2025" dates the quarter by the year named after the longer part (the class of a
results summary's lead); a second rate joined by "and" to a first that went down ("down 2% in
the quarter and 7% in the year to date") went down too.

Every sentence here is written for these tests (paraphrases, not third-party text); the facts
are read in place from a device maker's 10-Q for its fiscal Q2 2025 (quarter ended March 29,
2025): Greater China net sales $16,002 million against $16,372 million (-2.3%), and $34,515
million against $37,191 million for the six months (-7.2%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def quarter() -> list:
    return stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                               "0000320193-25-000057", "10-Q", date(2025, 5, 2))


@pytest.mark.parametrize("lead, label", [
    ("The gadget maker reported on the second quarter and the first six months of fiscal year "
     "2025.", "fiscal Q2 2025"),
    ("The gadget maker posted its second-quarter and year-to-date fiscal 2025 results.",
     "fiscal Q2 2025"),
    ("The toolmaker reported its fourth quarter and full year 2024 results.", "Q4 2024"),
    ("The toolmaker reported results for Q4 and FY2024.", "fiscal Q4 2024")])
def test_a_year_stated_once_dates_the_quarter_coordinated_with_it(lead, label):
    claims = {c.text: c for c in claims_in(lead + " Revenue for the quarter was $5.2 "
                                           "billion, up 4%.")}
    assert claims["$5.2 billion"].period_label == label
    assert claims["4%"].period_label == label


@pytest.mark.parametrize("lead", [
    "The toolmaker reported its fourth quarter and full-year results.",  # no year at all
    "The toolmaker reported its fourth quarter and 2,024 new stores.",  # no period after "and"
    "The toolmaker reported its fourth quarter, and in 2024 it opened stores."])
def test_no_year_is_lent_to_a_quarter_not_coordinated_with_a_dated_part(lead):
    claims = {c.text: c for c in claims_in(lead + " Revenue for the quarter was $5.2 "
                                           "billion, up 4%.")}
    assert "2024" not in (claims["$5.2 billion"].period_label or "")


def test_a_second_rate_joined_to_a_fall_fell_too(quarter):
    found = verify_text("The gadget maker reported on the second quarter and the first six "
                        "months of fiscal year 2025. In Greater China, sales fell 2% in the "
                        "quarter and 7% in the year to date.", quarter)
    assert found["2%"].verdict == "supported", found["2%"].reason
    assert found["7%"].claim.value < 0
    assert found["7%"].verdict == "supported", found["7%"].reason


@pytest.mark.parametrize("text, rate, sign", [
    ("Net sales rose 4% in the quarter and 7% in the year to date.", "7%", 1),
    ("Sales slipped 2% in the quarter and 7% of them came from services.", "7%", 1),
    ("Sales slipped 2% in the quarter, and gross margin was 47%.", "47%", 1),
    ("Sales slipped 2% in the quarter and up 7% for the year to date.", "7%", 1)])
def test_a_rate_with_its_own_words_or_after_a_rise_keeps_its_sign(text, rate, sign):
    claims = {c.text: c for c in claims_in("The gadget maker reported on its second quarter of "
                                           "fiscal 2025. " + text)}
    assert claims[rate].value * sign > 0
