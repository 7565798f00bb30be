"""Phrasings of non-US outlets' copy on a quarter, read as the plain words are (paraphrases
written for the project after a UK tech site on a software maker's first quarter, a Middle East
wire on a games retailer, a South African reprint on a chipmaker and a Canadian trade site on a
streamer):
- "the opening three months of its fiscal 2024" is the fiscal first quarter;
- "around USD1.78 billion": the currency code glued to the amount;
- "Third-quarter revenue will be $5.4-billion to $6-billion": the future's copula before the
  amount is an outlook;
- "Operating margin for the year was also revised upward from 29 percent to 29.5 percent": an
  outlook revised, not a result."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its second quarter of 2023. "


def _read(text: str) -> dict:
    return {c.text: c for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("words", ["the opening three months of its fiscal 2024",
                                   "the first three months of fiscal year 2024"])
def test_the_first_three_months_of_a_fiscal_year_are_its_first_quarter(words):
    got = _read(f"It posted $12.45 billion in sales for {words}.")
    assert got["$12.45 billion"].period_label == "fiscal Q1 2024"


def test_the_first_three_months_of_a_calendar_year_stay_months():
    got = _read("In the first three months of 2025, revenue was $5 billion.")
    assert got["$5 billion"].period_label == "3 months ended 2025-03-31"


def test_a_currency_code_glued_to_its_amount_is_money():
    got = _read("Sales fell to around USD1.78 billion in the quarter.")
    assert [(c.text, c.unit) for c in got.values()] == [("USD1.78 billion", "USD")]


@pytest.mark.parametrize("text, key", [
    ("Third-quarter revenue will be $5.4-billion to $6-billion, the company said.",
     "$5.4-billion to $6-billion"),
    ("Full-year revenue will be about $22 billion.", "$22 billion"),
    ("Operating margin for the year was also revised upward from 29 percent to 29.5 percent.",
     "29 percent to 29.5 percent"),
])
def test_an_outlook_said_with_will_be_or_revised_is_not_checkable(text, key):
    reason = _read(text)[key].not_checkable_reason
    assert reason and "guidance" in reason


@pytest.mark.parametrize("text, key", [
    ("Revenue was $5.4 billion; the dividend will be paid on June 1.", "$5.4 billion"),
    ("Operating margin was 29.5 percent, up from 29 percent.", "29.5 percent"),
])
def test_results_beside_future_words_stay_results(text, key):
    assert _read(text)[key].not_checkable_reason is None


def test_a_prospectus_term_said_with_there_will_be_stays_a_term():
    claim = _read("There will be 212,965,381 shares outstanding after the offering.")[
        "212,965,381 shares"]
    assert claim.not_checkable_reason is None
