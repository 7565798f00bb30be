"""A summary that opens on "the second quarter and the first six months of fiscal year 2025" (a
machine-written summary of a device maker's 10-Q, then a table of its statement lines with no
period column): "of fiscal year N" dates the quarter and the half, never the year. Read as the
fiscal year, every table row after it was searched for a year the 10-Q does not state. The
quarter is what the summary's figures go on about, so it stays in force. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period_label for c in claims_in(text)}


@pytest.mark.parametrize("year", ["fiscal year 2025", "fiscal 2025", "the fiscal year 2025"])
def test_the_first_six_months_of_a_fiscal_year_are_the_half(year):
    got = _periods(f"Widgetco posted net income of $4.1 billion for the first six months of "
                   f"{year}.")
    assert got["$4.1 billion"] == "fiscal 6M 2025"


def test_a_quarter_listed_with_the_half_takes_the_year_and_stays_in_force():
    got = _periods("Widgetco reported results for the second quarter and the first six months of "
                   "fiscal year 2025.\nRevenue was $12.3 billion.\n"
                   "| Revenue | $12.30B |\n| Net Income | $2.41B |\n")
    assert got["$12.3 billion"] == "fiscal Q2 2025"
    assert got["$12.30B"] == "fiscal Q2 2025"  # the table's rows: the quarter in force
    assert got["$2.41B"] == "fiscal Q2 2025"


def test_must_not_fire():
    # a quarter with a year of its own, then the half of another phrase
    got = _periods("Widgetco's net income was $2.4 billion in the second quarter of 2024 and "
                   "$4.1 billion in the first half of 2025.")
    assert got["$2.4 billion"] == "Q2 2024"
    # "the second quarter and the full year 2025": no to-date list, the year stays the year's
    got = _periods("Widgetco gave an update on the second quarter and the full year 2025. "
                   "Revenue for the year was $40 billion.")
    assert got["$40 billion"] != "fiscal Q2 2025"
    # a fiscal year named alone is the year
    got = _periods("Widgetco's revenue for fiscal year 2025 was $40 billion.")
    assert got["$40 billion"] == "FY2025"
