"""A drifted figure of a crowded sentence is held back as "filed as another" only where a
misreading could have bound it to that other figure: the same line at another period or part,
or another line of the same period. A part's line of another period and another metric that
happens to round alike is a coincidence of digits: a bank's release prints a thousand figures,
and such matches held back every drift of it. Checked on a regional bank's fourth-quarter 2021
release, read in place, with the project's own sentences."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

RELEASE = "dev/EX-99.1_USB_2021-12-31.html"


def test_a_coincidence_with_a_parts_other_line_of_another_period_does_not_hold_a_drift():
    # 5,684 filed (so $5.7 billion); $5.6 billion rounds a year-earlier average balance of
    # one loan class (5,558), which no reading of "total net revenue" could have meant
    found = corpus_verdicts(RELEASE, None, "In the fourth quarter of 2021 the bank's total net "
                            "revenue was $5.6 billion and its net income $1.7 billion.")
    assert found == {"$5.6 billion": ("drifted", "revenue"),
                     "$1.7 billion": ("supported", "net_income")}


def test_another_line_of_the_same_period_still_holds_it_back():
    # $3.2 billion is the quarter's net interest income (taxable-equivalent, 3,150)
    found = corpus_verdicts(RELEASE, None, "In the fourth quarter of 2021 the bank's total net "
                            "revenue was $3.2 billion and its net income $1.7 billion.")
    assert found["$3.2 billion"] == ("unverifiable", "revenue")


def test_the_same_line_of_another_period_still_holds_it_back():
    # $1.5 billion is the year-earlier quarter's net income (1,519)
    found = corpus_verdicts(RELEASE, None, "In the fourth quarter of 2021 the bank's total net "
                            "revenue was $5.7 billion and its net income $1.5 billion.")
    assert found["$1.5 billion"][0] == "unverifiable"
