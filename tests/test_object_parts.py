"""A rate whose object names a part of revenue ("a 55% increase in investment banking revenue",
"a 12% increase in advertising revenue", "a 9% services revenue increase") is that part's
growth, never the company's total revenue growth: a word in -ing naming a business was read as
a participle and dropped, and a line's words before the rate's noun were not read at all.
Sentences written for these tests, about a made-up company."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its results for fiscal 2021 on Tuesday.\n\n"


def _claim(body: str, figure: str):
    return {c.text: c for c in claims_in(_LEAD + body)}[figure]


def _is_total_growth(claim) -> bool:
    return claim.metric == "revenue_growth" and claim.entity is None and claim.basis is None


@pytest.mark.parametrize(("body", "figure"), [
    ("Profit was driven by a 55% increase in investment banking revenue.", "55%"),
    ("The company reported a 12% increase in advertising revenue.", "12%"),
    ("The firm saw an 11% fall in equities trading revenue.", "11%"),
    ("The firm saw a 9% services revenue increase.", "9%"),
    ("Widgetco posted a 14 percent licensing sales decline.", "14 percent"),
])
def test_a_rate_of_a_named_part_of_revenue_is_not_the_total(body, figure):
    assert not _is_total_growth(_claim(body, figure))


@pytest.mark.parametrize(("body", "figure"), [
    ("The company reported a 12% increase in revenue.", "12%"),
    ("The company reported a 12% increase in operating revenue.", "12%"),
    ("The company reported a 12% increase in quarterly revenue.", "12%"),
    ("The firm saw a 9% revenue increase.", "9%"),
    ("The firm saw a 9% year-over-year revenue increase.", "9%"),
    ("The firm posted a 16 percent net revenue increase.", "16 percent"),
    ("The firm posted a 16 percent total revenue increase.", "16 percent"),
    ("Growing revenue 5% in the year, the company beat estimates.", "5%"),
    ("Posting revenue growth of 5%, the company beat estimates.", "5%"),
])
def test_a_rate_of_the_whole_stays_the_total(body, figure):
    assert _is_total_growth(_claim(body, figure))
