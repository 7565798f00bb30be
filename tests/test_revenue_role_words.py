"""A "revenue" that only qualifies a role ("the primary revenue driver", "its largest revenue
source", as a recap of a chipmaker's quarter put its data center business) names no part of
revenue: the adjective before it is no part's name, and the part named before it (the
business, the segment) is the one whose rates follow (read as a part called "primary", they
were searched in vain)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip maker reported its second quarter of fiscal 2026. "
_DRIVER = ("The data center business emerged as the primary revenue driver, generating $41.1 "
           "billion, up {y}% YoY and {q}% QoQ.")


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.metric, c.entity) for c in claims_in(_LEAD + text)}


def test_the_rates_after_a_revenue_role_are_the_parts_named_before_it():
    found = _read(_DRIVER.format(y=56, q=5))
    assert found["56%"] == found["5%"] == ("revenue_growth", "data center"), found
    found = _read("The data center segment, its largest revenue source, rose 20% to $41.1 "
                  "billion.")
    assert found["20%"] == ("revenue_growth", "data center"), found


@pytest.mark.parametrize("sentence, figure, want", [
    # a part named before "revenue" itself is still that part
    ("Gaming revenue rose 12%.", "12%", ("revenue_growth", "Gaming")),
    # the total's rate before a role clause stays the total's
    ("Revenue rose 56%, and data center was the main revenue driver.", "56%",
     ("revenue_growth", None)),
])
def test_a_part_or_total_named_before_revenue_keeps_its_reading(sentence, figure, want):
    assert _read(sentence)[figure] == want


def test_a_role_clause_never_makes_a_parts_rate_the_totals():
    # "Data center, the primary revenue driver, grew 20%": whatever it is read as, never the
    # company's revenue growth
    found = _read("Data center, the primary revenue driver, grew 20%.")
    assert found["20%"] != ("revenue_growth", None), found


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
def test_the_parts_rates_against_the_filing(chips):
    # data center 41,096 against 26,272 a year before (56%) and 39,112 the quarter before (5%)
    found = verify_text(_LEAD + _DRIVER.format(y=56, q=5), chips)
    assert [found[k].verdict for k in ("$41.1 billion", "56%", "5%")] == ["supported"] * 3
    found = verify_text(_LEAD + _DRIVER.format(y=56, q=9), chips)
    assert found["9%"].verdict == "drifted", found["9%"].reason
