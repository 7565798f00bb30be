"""The period a lead names sets the period in force even when its only figures are read as no
filed metric (a share price's move), and a "financial year" is a fiscal year. Sentences are
written for these tests."""

from __future__ import annotations

from tests.conftest import claims_in


def _periods(text: str) -> dict:
    return {c.text: c.period_label for c in claims_in(text)}


def test_a_financial_year_is_the_fiscal_year():
    found = _periods("Revenue was $12.5 billion in the first quarter of its 2024 financial year.")
    assert found["$12.5 billion"] == "fiscal Q1 2024"


def test_a_lead_about_the_stock_still_names_the_period():
    found = _periods("The shares fell 10.3% after the results for the first quarter of fiscal "
                     "2024. Total revenue was $12.5 billion, up 9%.")
    assert found["$12.5 billion"] == "fiscal Q1 2024" and found["9%"] == "fiscal Q1 2024"


def test_a_period_named_after_the_period_in_force_is_not_taken_from_a_stock_move():
    # the lead sets the quarter; a later stock sentence naming another does not move it
    found = _periods("Total revenue was $12.5 billion in the first quarter of fiscal 2024. "
                     "The shares fell 10.3% since the fourth quarter of fiscal 2022. Net income "
                     "was $2.4 billion.")
    assert found["$2.4 billion"] == "fiscal Q1 2024"
