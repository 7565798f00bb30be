"""An amount of money that is the size of a line's growth (a chain-store trade paper quoting a
retailer's chief on its year: "we added more than $X in top-line sales growth"): the change
of the line, recomputed from its two years, never the line's level. Read as the level, a
bound ("more than $2 billion") was borne out by any total above it, and a true change was
drifted against the total. A level with a bound, a rate of growth and money spent on growth
keep their readings. Sentences written for these tests, about a made-up retailer."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Shopco Inc. reported results for fiscal 2023 on Tuesday.\n\n"


def _claim(body: str, figure: str):
    return {c.text: c for c in claims_in(_LEAD + body)}[figure]


@pytest.mark.parametrize("body, figure", [
    ("Sales grew by more than $2 billion in 2023.", "$2 billion"),
    ("Sales climbed by over $2 billion in 2023.", "$2 billion"),
    ("Once more the chain put on more than $2 billion of top-line sales growth in 2023.",
     "$2 billion"),
    ("The chain added $1.4 billion in sales growth in 2023.", "$1.4 billion"),
    ("Revenue growth of $1.4 billion came mostly from new stores.", "$1.4 billion"),
])
def test_an_amount_of_growth_is_the_lines_change(body, figure):
    claim = _claim(body, figure)
    assert (claim.metric, claim.basis) == ("difference", "revenue"), (claim.metric, claim.basis)


@pytest.mark.parametrize("body, figure, metric", [
    ("Sales were more than $27 billion in 2023.", "$27 billion", "revenue"),
    ("Revenue growth of 4.8% beat the chain's plan.", "4.8%", "revenue_growth"),
    ("Sales grew by 4.8% to $27.7 billion.", "$27.7 billion", "revenue"),
])
def test_levels_and_rates_keep_their_lines(body, figure, metric):
    assert _claim(body, figure).metric == metric


def test_money_spent_on_growth_is_no_line():
    assert _claim("It spent $1.4 billion in store growth.", "$1.4 billion").metric in (
        None, "capital_expenditures")
