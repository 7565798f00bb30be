""""Year-to-date" after a quarter dated only by its last day ("the 13-week period ended November
2, 2024"): the fiscal year so far to that day, from the filer's own fiscal year start (a recap of
a retailer's third quarter read its year-to-date sales as the quarter's, and only a guard kept
them from drifting). Synthetic facts, the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, release_revenue, verify_text

# a 52/53-week retailer: its fiscal year began February 4, 2024 (the one before, January 29)
THIS_13, LAST_13 = (date(2024, 8, 4), date(2024, 11, 2)), (date(2023, 7, 30), date(2023, 10, 28))
THIS_39, LAST_39 = (date(2024, 2, 4), date(2024, 11, 2)), (date(2023, 1, 29), date(2023, 10, 28))
FACTS = [release_revenue("293618000", THIS_13), release_revenue("303457000", LAST_13),
         release_revenue("838490000", THIS_39), release_revenue("878719000", LAST_39),
         release_revenue("1261000000", (date(2023, 1, 29), date(2024, 2, 3)))]

LEAD = ("A retailer's quarter.\n\nNet sales for the 13-week period ended November 2, 2024 fell "
        "3.2% to $293.6 million from $303.5 million in the prior-year quarter.\n\n")


@pytest.mark.parametrize("sentence", [
    "Year-to-date, net sales decreased by 4.6% to $838.5 million from $878.7 million in the "
    "prior year.",
    "YTD net sales were $838.5 million, down 4.6% from $878.7 million a year earlier.",
    "Fiscal year-to-date revenue slipped 4.6% to $838.5 million, against $878.7 million in the "
    "prior year.",
])
def test_year_to_date_after_a_dated_quarter_is_the_year_so_far(sentence):
    found = verify_text(LEAD + sentence + "\n\nThe gross margin for the quarter was 47.7%.",
                        FACTS)
    for text in ("$838.5 million", "$878.7 million", "4.6%"):
        assert found[text].verdict == "supported", (text, found[text].reason)
    claims = {c.text: c for c in claims_in(LEAD + sentence + "\n\nThe gross margin for the "
                                           "quarter was 47.7%.")}
    # the quarter stays in force after the year so far
    assert claims["47.7%"].period_end == date(2024, 11, 2)
    assert claims["47.7%"].period_start is not None


def test_a_year_to_date_figure_is_held_to_the_year_so_far():
    lead = ("A retailer's quarter.\n\nNet income for the 13-week period ended November 2, 2024 "
            "was $44.2 million.\n\n")
    wrong = verify_text(lead + "Year-to-date, net sales were $850.0 million.", FACTS)
    assert wrong["$850.0 million"].verdict == "drifted"
    assert "2024-02-04..2024-11-02" in wrong["$850.0 million"].reason
    # the quarter's sales called the year's so far: never borne out by the quarter
    quarter = verify_text(lead + "Year-to-date, net sales were $293.6 million.", FACTS)
    assert quarter["$293.6 million"].verdict != "supported"


def test_year_to_date_after_a_numbered_quarter_keeps_its_months():
    claims = {c.text: c for c in claims_in(
        "Results.\n\nRevenue for the third quarter of 2024 was $5.0 billion. Year-to-date, "
        "revenue was $14.1 billion.")}
    assert claims["$14.1 billion"].period_label == "fiscal 9M 2024"
