"""One line listed over periods, "respectively": "Revenue in 2024 and 2023 was $A and $B,
respectively", "Total revenue for the fourth quarter and full year was $A and $B,
respectively" (a wire story on a bank's year). The list before "respectively" is of periods,
each figure of the one line named: read as a list of lines one short, every figure lost its
line. The periods are dated as the period lists are (a year each; a quarter and a longer part
assumed, "the second quarter and first six months" too). A list whose other items name no
period keeps no line. Sentences written for these tests, about a made-up lender."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Lendco Corp. reported results for the fourth quarter and full year 2024.\n\n"
_HALF = "Lendco Corp. reported results for the second quarter of 2024.\n\n"


def _claims(body: str, lead: str = _LEAD) -> dict:
    return {c.text: c for c in claims_in(lead + body)}


def test_a_line_over_a_list_of_years():
    claims = _claims("Revenue in 2024 and 2023 was $61.2 billion and $57.9 billion, "
                     "respectively.")
    assert [(claims[k].metric, claims[k].period_label) for k in
            ("$61.2 billion", "$57.9 billion")] == [("revenue", "FY2024"), ("revenue", "FY2023")]


@pytest.mark.parametrize("body, lead", [
    ("Total revenue for the fourth quarter and full year was $15.8 billion and $61.2 billion, "
     "respectively.", _LEAD),
    ("Net income for the second quarter and first six months of fiscal year 2024 was $4.1 "
     "billion and $7.7 billion, respectively.", _HALF),
    ("Net income for the second quarter and first six months was $4.1 billion and $7.7 "
     "billion, respectively.", _HALF),
])
def test_a_line_over_a_quarter_and_a_longer_part_is_assumed(body, lead):
    figures = [c for c in claims_in(lead + body) if c.unit == "USD"]
    assert len(figures) == 2
    assert all(c.metric in ("revenue", "net_income") and c.period_assumed for c in figures), [
        (c.metric, c.period_label, c.period_assumed) for c in figures]


def test_a_list_whose_other_item_names_no_period_keeps_no_line():
    claims = _claims("Revenue and other items were $15.8 billion and $3.1 billion, "
                     "respectively.")
    assert claims["$3.1 billion"].metric != "revenue"


def test_two_lines_listed_keep_their_own():
    claims = _claims("Revenue and net income for the quarter were $15.8 billion and $4.1 "
                     "billion, respectively.")
    assert (claims["$15.8 billion"].metric, claims["$4.1 billion"].metric) == (
        "revenue", "net_income")
