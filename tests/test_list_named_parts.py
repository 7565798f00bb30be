"""A part the filer names by a list of three or more ("Wearables, Home and Accessories") is
the part an article names by its first item ("the wearables division"), or by some items in
turn from the first ("wearables and accessories"). Never a list of two ("Compute" is not
"Compute & Networking") nor a list of places ("Europe" is not "Europe, Middle East and
Africa"). Apple's 10-Q for its fiscal Q2 2025 is read in place; the sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.entities import same_segment
from tests.test_verify_earning_parts import _stored, verify


@pytest.fixture(scope="module")
def apple():
    return _stored("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, date(2025, 5, 2))


@pytest.mark.parametrize("claimed, filed", [
    ("wearables", "Wearables, Home and Accessories"),
    ("Wearables", "Wearables, Home, and Accessories"),
    ("wearables and accessories", "Wearables, Home and Accessories"),
    ("Parks", "Parks, Experiences and Products"),
    ("Widgets", "Widget, Gadget & Gizmo"),
])
def test_a_list_named_part_is_named_by_its_first_items(claimed, filed):
    assert same_segment(claimed, filed) and same_segment(filed, claimed)


@pytest.mark.parametrize("claimed, filed", [
    ("home", "Wearables, Home and Accessories"),  # not its first item
    ("accessories and wearables", "Wearables, Home and Accessories"),  # out of turn
    ("Compute", "Compute & Networking"),  # a list of two
    ("United States", "United States and Canada"),
    ("Europe", "Europe, Middle East, and Africa"),  # a list of places
    ("Cloud", "Sales Cloud"),
])
def test_other_names_stay_apart(claimed, filed):
    assert not same_segment(claimed, filed)


def test_the_first_item_names_the_parts_revenue_and_growth(apple):
    found = verify("In its fiscal second quarter of 2025, Apple's wearables revenue fell 5% "
                   "from a year earlier to $7.52 billion.", apple)
    assert found["$7.52 billion"].verdict == "supported"  # 7,522 (Wearables, Home and Acc.)
    assert found["5%"].verdict == "supported"  # 7,522 / 7,913 - 1 = -4.94%


def test_items_in_turn_name_the_part(apple):
    found = verify("In its fiscal second quarter of 2025, revenue from wearables and "
                   "accessories dipped to $7.5 billion.", apple)
    assert found["$7.5 billion"].verdict == "supported"


def test_a_wrong_figure_of_the_first_item_drifts(apple):
    found = verify("In its fiscal second quarter of 2025, Apple's wearables revenue was "
                   "$8.9 billion.", apple)
    assert found["$8.9 billion"].verdict == "drifted"
