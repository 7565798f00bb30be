"""A key-metrics recap's list item whose label names a part with a comma in it ("<line>- <place>,
<place> & <place>: $X"): the part's figure, and the rate the next sentence gives for it, never
the company's. Met in a recap of a drinks maker's quarter, where a region's growth was set
against the company's revenue growth and drifted. The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

RECAP = ("Widgetco (WDG) Q2 earnings: key metrics compared with estimates\n\n"
         "For the quarter ended June 2024, Widgetco reported revenue of $9.40 billion, up 6.1% "
         "over the same period last year.\n\n")


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(RECAP + text)}


@pytest.mark.parametrize("label, part", [
    ("Net Sales- Europe, Middle East & Africa", "Europe, Middle East & Africa"),
    ("Segment Revenues - Latin America, Caribbean", "Latin America, Caribbean"),
    ("Revenues- Asia, Pacific", "Asia, Pacific"),
])
def test_a_labelled_part_may_hold_a_comma(label, part):
    got = _claims(f"- {label}: $1.72 billion against a consensus of $1.70 billion from three "
                  "analysts. The figure reflects a +0.4% year-over-year change.")
    assert (got["$1.72 billion"].metric, got["$1.72 billion"].entity) == ("revenue", part)
    assert got["+0.4%"].entity == part  # the part's rate, never the company's growth


@pytest.mark.parametrize("label", ["Net Sales- Total", "Revenues- Total, as reported"])
def test_a_labelled_total_stays_the_companys(label):
    got = _claims(f"- {label}: $9.40 billion against a consensus of $9.20 billion.")
    assert got["$9.40 billion"].entity is None
