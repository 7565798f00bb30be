"""A list's heading names the metric, the period and the scale of its items (list_heads).

The figures are a streaming service's 2024 annual report (10-K in the corpus): revenue by
region for 2024, operating income for 2024 and 2023. The articles are written for these tests.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

_FILING = "dev/10-K_NFLX_2024-12-31.html"
_FILED = date(2025, 1, 27)
_LEAD = ("A video service's year in review\n\n"
         "The streaming firm ended 2024 with more members on every continent.\n\n")


def _verdicts(body: str) -> dict:
    return corpus_verdicts(_FILING, _FILED, _LEAD + body, form="10-K")


def test_heading_names_the_metric_of_dashed_items():
    # before: each item named only a region, so no metric was read ("no filed metric")
    found = _verdicts("Sales by region in 2024\n"
                      "- United States and Canada - $17.36 billion\n"
                      "- Latin America - $4.84 billion\n\n"
                      "Executives expect the ad tier to keep growing.\n")
    assert found["- $17.36 billion"] == ("supported", "revenue")
    assert found["- $4.84 billion"] == ("supported", "revenue")


def test_heading_with_no_colon_dates_its_items():
    # before: the heading's year dated nothing, the item took the lead's 2024 and no metric
    found = _verdicts("Operating income (2023)\n"
                      "- Full year: $6.95 billion\n\n"
                      "Executives expect the ad tier to keep growing.\n")
    assert found["$6.95 billion"] == ("supported", "operating_income")


def test_heading_states_the_scale_of_its_items():
    # before: "$4,840" was read as dollars, not millions
    found = _verdicts("Sales by region, 2024 (dollars in millions)\n"
                      "- Latin America: $4,840\n"
                      "- Asia-Pacific - $4,415\n")
    assert found["$4,840"] == ("supported", "revenue")
    assert found["- $4,415"] == ("supported", "revenue")


def test_an_item_naming_its_own_year_keeps_it():
    # the heading's 2024 must not date the item that names 2023 (drifted against 2024's)
    found = _verdicts("Operating income (2024)\n"
                      "- Total: $10.42 billion\n"
                      "- 2023: $6.95 billion\n")
    assert found["$10.42 billion"] == ("supported", "operating_income")
    assert found["$6.95 billion"] == ("supported", "operating_income")


def test_a_heading_of_another_metric_stops_the_carry():
    # the second heading names no line the filings state; its item must not take revenue
    # from the list above (it would match the region's revenue by coincidence)
    found = _verdicts("Sales by region in 2024\n"
                      "- Latin America - $4.84 billion\n\n"
                      "Content spending by region\n"
                      "- Latin America - $4,840 million\n")
    assert found["- $4.84 billion"] == ("supported", "revenue")
    assert found["- $4,840 million"][0] == "unverifiable"
    assert found["- $4,840 million"][1] is None


def test_a_part_of_a_line_filed_only_in_total_is_never_the_total():
    # operating income is filed for the company only: a region's figure is that region's,
    # unverifiable, never compared with the total
    found = _verdicts("Operating income by region\n"
                      "- Latin America - $1.1 billion\n"
                      "- Asia-Pacific - $10.42 billion\n")
    assert found["- $1.1 billion"] == ("unverifiable", "operating_income")
    assert found["- $10.42 billion"] == ("unverifiable", "operating_income")


def test_prose_after_the_list_is_not_an_item():
    found = _verdicts("Sales by region in 2024\n"
                      "- Latin America - $4.84 billion\n\n"
                      "The firm also set aside $4,414.7 million for new shows.\n")
    assert found["$4,414.7 million"][0] == "unverifiable"
    assert found["$4,414.7 million"][1] is None


def test_the_headings_period_ends_with_its_list():
    # the prose after the list is the article's year again, not the heading's 2023
    found = _verdicts("Operating income (2023)\n"
                      "- Full year: $6.95 billion\n\n"
                      "For the latest year, net income came to $8.71 billion.\n")
    assert found["$6.95 billion"] == ("supported", "operating_income")
    assert found["$8.71 billion"] == ("supported", "net_income")


def test_a_sentence_under_a_heading_is_no_label():
    # a bulleted sentence opening with its subject names no part: the heading's line is not
    # lent to it as a region's
    found = _verdicts("Sales by region in 2024\n"
                      "- The firm set aside $4,839.8 million for licensed shows\n")
    assert found["$4,839.8 million"][0] == "unverifiable"


def test_a_per_member_item_takes_no_scale():
    # "(dollars in millions)" over the list scales its totals, never an amount per member
    found = _verdicts("Sales by region, 2024 (dollars in millions)\n"
                      "- Latin America: $4,840\n"
                      "- Average revenue per member: $11.70\n")
    assert found["$4,840"] == ("supported", "revenue")
    assert found["$11.70"][0] != "drifted" and found["$11.70"][0] != "supported"
