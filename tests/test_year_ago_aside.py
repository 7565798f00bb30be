"""A sentence quoting only the year before the period in force does not move the period back a
year ("Reported earnings for <Y-1> were $B."), and the figures right after it that only the
period in force dates are left unread (either year may be meant) until a sentence dates its
own. A comparison's base after "compared with reported earnings of" is the base. Paraphrases
written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from pipeline.verify.claims_qualifiers import unread_reason
from tests.conftest import claims_in

_YEAR = "Acme Corp reported full-year 2006 earnings of $2.1 billion, or $3.10 per share. "


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("aside", [
    "Reported earnings for 2005 were $1.8 billion, or $2.70 per share. ",
    "In 2005, the company earned $1.8 billion, or $2.70 per share. ",
    "Net income in 2005 totaled $1.8 billion, or $2.70 per share. ",
])
def test_a_year_ago_sentence_does_not_move_the_period_back(aside):
    found = _claims(_YEAR + aside + "Excluding a litigation charge, Acme earned $3.40 per "
                    "share, up from $2.90 in 2005. Acme also reported fourth-quarter earnings "
                    "of $600 million.\n\nRevenue was $20 billion.")
    assert found["$1.8 billion"].period_label == "FY2005"
    # the sentence dating its base in the older year: its own figure is the later year's
    assert found["$3.40 per share"].period_label == "FY2006"
    assert found["$2.90"].period_label == "FY2005"
    assert found["$600 million"].period_label.endswith("Q4 2006")
    assert found["$20 billion"].period_label.endswith("2006")
    assert found["$20 billion"].metric == "revenue"


@pytest.mark.parametrize("after, figure", [
    ("Net income was $1.7 billion.", "$1.7 billion"),
    ("Operating income rose 4% to $2.9 billion.", "$2.9 billion"),
])
def test_the_figure_right_after_a_year_ago_sentence_is_of_an_open_period(after, figure):
    # "In 2005, revenue was X. Net income was Y.": Y may be of either year: unread, saying so
    claim = _claims(_YEAR + "In 2005, revenue was $18 billion. " + after)[figure]
    assert claim.metric is None
    assert "ambiguous" in unread_reason(claim) and "FY2005" in unread_reason(claim)


def test_a_sentence_naming_its_own_period_closes_the_open_one():
    found = _claims(_YEAR + "In 2005, revenue was $18 billion. In 2006, revenue was $20 "
                    "billion. Net income was $2.1 billion.")
    assert found["$20 billion"].period_label == "FY2006"
    assert found["$2.1 billion"].metric == "net_income"
    assert [c.period_label for c in claims_in(_YEAR) if c.text == "$2.1 billion"] == ["FY2006"]


def test_a_new_period_a_sentence_sets_still_moves_the_period():
    # a later period, or one not a year back (the quarter of the same year), is no aside
    found = _claims(_YEAR + "In the fourth quarter of 2006, revenue was $5.2 billion. Net "
                    "income was $600 million.")
    assert found["$600 million"].period_label.endswith("Q4 2006")
    assert found["$600 million"].metric == "net_income"


def test_a_base_after_compared_with_reported_earnings_keeps_its_older_quarter():
    found = _claims("Acme posted fourth quarter 2006 earnings of $210.5 million, or 27 cents "
                    "a share. That compared with reported earnings of $175.2 million, or 23 "
                    "cents per share, in the fourth quarter of 2005.")
    assert found["$210.5 million"].period_label == "Q4 2006"
    assert found["$175.2 million"].period_label == "Q4 2005"
    assert found["23 cents per share"].period_label == "Q4 2005"


@pytest.mark.parametrize("day, label", [
    ("Dec. 27", "December 27"), ("Jan. 2", "January 2"), ("July 1", "July 1"),
    ("Sept. 30", "September 30"), ("April 29", "April 29"), ("Oct. 28", "October 28"),
    ("March 3", "March 3"),
])
def test_a_yearless_quarter_end_names_the_quarter_ending_that_day(day, label):
    """Never a quarter's number: a fiscal quarter's number is the filer's (a day near March's
    end ends a device maker's fiscal second quarter; April 29 a network maker's third)."""
    claim = _claims(f"Acme earned $662 million in the quarter ended {day}.")["$662 million"]
    assert claim.period_label.startswith(f"the quarter ended {label} "), claim.period_label
