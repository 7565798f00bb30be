"""Counts by place a filing lists after a dated sentence that totals them
(``extractors.count_lists``). Filing sentences here are written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document


def _stores(body: str) -> dict:
    html = f"<html><body><p>Item 1. Business</p><p>{body}</p></body></html>".encode()
    return {f.entity: f.value for f in extract_document(html, document="t.htm", form="10-K")
            if f.metric == "stores"}


def test_each_place_of_a_list_that_adds_up_states_its_count():
    stores = _stores("At January 31, 2024, the Company operated 60 warehouses worldwide: 41 in "
                     "the United States (U.S.) spread over 20 states, 9 in Canada, 5 in the "
                     "United Kingdom (U.K.), three in Spain, and one each in France and Iceland.")
    assert stores == {"Canada": 9, "United Kingdom": 5, "Spain": 3, "France": 1, "Iceland": 1}


def test_a_list_that_does_not_add_up_states_nothing():
    # 41 + 9 + 5 + 3 + 1 + 1 = 60, not 61: which count is wrong is not said
    assert _stores("At January 31, 2024, the Company operated 61 warehouses worldwide: 41 in "
                   "the United States, 9 in Canada, 5 in the United Kingdom, three in Spain, "
                   "and one each in France and Iceland.") == {}


def test_a_list_with_an_item_not_read_states_nothing():
    # "each in" three places: how many warehouses the item counts is not read
    assert _stores("At January 31, 2024, the Company operated 60 warehouses worldwide: 51 in "
                   "the United States, 3 in Canada, and two each in France, Spain and "
                   "Iceland.") == {}


def test_the_list_of_a_real_10k_by_country(corpus_dir):
    # Costco's FY2022 10-K, Note 1: "... 31 in Japan, 29 in the United Kingdom (U.K.), ...,
    # two each in France and China, and one in Iceland." (its table splits only by region)
    name = "10-K_COST_0000909832-22-000021.html"
    content = (corpus_dir / "dev" / name).read_bytes()
    stores = {f.entity: f for f in extract_document(content, document=name)
              if f.metric == "stores"}
    assert {place: stores[place].value for place in ("Japan", "United Kingdom", "Korea", "China")} \
        == {"Japan": 31, "United Kingdom": 29, "Korea": 17, "China": 2}
    assert stores["Japan"].period_end == date(2022, 8, 28)
    assert stores[None].value == Decimal(838)
