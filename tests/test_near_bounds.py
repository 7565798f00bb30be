"""A bound that says the figure is close by ("just under $8 billion", "slightly more than
40%"): one unit of its last stated digit, on its side. Read as a plain bound, a wrong "just
under $9 billion" (an aggregator's rewrite of a wire story on a device maker's quarter, with
the filing at $7.95 billion) was borne out. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.facts import Fact
from tests.conftest import verify_text
from warehouse.records import StoredFact

_LEAD = "Acme Corp reported results for the second quarter of 2024 on Tuesday. "


def _filed(value: str) -> list:
    fact = Fact("revenue", Decimal(value), "USD", date(2024, 4, 1), date(2024, 6, 30),
                decimals=-6)
    return [StoredFact("f0", fact, 1, "0000000001-24-000001", "10-Q",
                       date(2024, 6, 30) + timedelta(days=40), "q.htm", "https://x/q.htm")]


@pytest.mark.parametrize("sentence, key, filed, verdict", [
    ("Revenue rose to just under $8 billion.", "$8 billion", "7949000000", "supported"),
    ("Revenue rose to just under $9 billion.", "$9 billion", "7949000000", "drifted"),
    ("Revenue rose to just under $8 billion.", "$8 billion", "8100000000", "drifted"),
    ("Revenue came in slightly above $7.9 billion.", "$7.9 billion", "7949000000", "supported"),
    ("Revenue came in just over $7 billion.", "$7 billion", "7949000000", "supported"),
    ("Revenue came in just over $6 billion.", "$6 billion", "7949000000", "drifted"),
    # a plain bound stays a threshold
    ("Revenue topped $6 billion.", "$6 billion", "7949000000", "supported"),
    ("Revenue was under $9 billion.", "$9 billion", "7949000000", "supported"),
])
def test_a_near_bound_holds_within_one_unit_on_its_side(sentence, key, filed, verdict):
    found = verify_text(_LEAD + sentence, _filed(filed))[key]
    assert found.verdict == verdict, found.reason


# "gross margin slipped 40 basis points to 40.6 percent" (a trade paper on a department store's
# quarter) was read as one range of rates from 0.40 to 40.6, which bore out any change between
def test_a_points_change_and_the_rate_it_reached_are_two_figures():
    from tests.test_claims import claims_of
    found = claims_of("Gross margin slipped 40 basis points to 40.6 percent.")
    assert found["40 basis points"].metric == "rate_change"
    assert found["40.6 percent"].metric == "gross_margin"
    # a range of points written with the unit once stays a range
    found = claims_of("Margins ranged from 40 to 45 basis points.")
    assert any(c.low is not None for c in found.values())
