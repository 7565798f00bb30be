"""The rates of a briefing's segment card, its cells run together ("- Gadgets$1.58B-4.5%29.5%"):
a signed rate glued to the part's amount is the part's revenue change, dated by default (a miss
is never drifted); the last unsigned rates are the parts' shares of revenue only when they add up
to 100% over the card (pipeline.verify.segment_card_rates). Cards written for these tests, after
a machine-written briefing on a chip maker's quarter whose rates all came out unverifiable."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import claims_in

_CARD = ("Widgetco reported its second quarter of 2023.\nRevenue by segment\n"
         "Widgetco \u00b7 $5.00B total across 3 segments \u00b7 Q2 2023\n"
         "- Gadgets$2.50B-4.5%{a}\n- Widgets$1.50B+16.1%{b}\n- Sprockets$1.00B-11.1%{c}\n")


def _read(a="50.0%", b="30.0%", c="20.0%") -> dict:
    return {c_.text: c_ for c_ in claims_in(_CARD.format(a=a, b=b, c=c))}


def test_the_glued_sign_makes_a_change_and_the_column_that_sums_to_100_shares():
    got = _read()
    assert (got["4.5%"].metric, got["4.5%"].entity, got["4.5%"].value) == (
        "revenue_growth", "Gadgets", Decimal("-4.5"))
    assert got["4.5%"].period_assumed  # against the year before by default: never drifted
    assert (got["16.1%"].metric, got["16.1%"].value) == ("revenue_growth", Decimal("16.1"))
    assert got["11.1%"].value == Decimal("-11.1")
    assert (got["50.0%"].metric, got["50.0%"].entity, got["50.0%"].basis) == (
        "customer_concentration", "Gadgets", "revenue")
    assert got["20.0%"].entity == "Sprockets"


def test_must_not_fire():
    # a last column that does not sum to the whole: no shares (margins? changes?)
    got = _read(a="29.5%", b="27.2%", c="24.7%")
    assert got["29.5%"].metric is None
    assert got["4.5%"].metric == "revenue_growth"  # the glued change is still read
    # a sentence's words after the amount: not a card's cells
    got = {c.text: c for c in claims_in(
        "Widgetco reported its second quarter of 2023.\nRevenue by segment\n"
        "- Gadgets$2.50B, up 35% sequentially and 40% of sales\n- Widgets$1.50B\n")}
    assert got["35%"].metric != "customer_concentration"
    assert got["40%"].metric != "customer_concentration"
    # a hyphen after a letter that ends no amount is still a name's ("CS-3")
    got = {c.text: c for c in claims_in("Widgetco's CS-3 line sold well in 2023.")}
    assert "3" not in got
