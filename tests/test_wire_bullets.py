"""A wire service's results summary as stock sites copy it (paraphrased, invented figures):
amounts in "Bln"/"Mln" ("$1.20 Bln. vs. $3.10 Bln. last year"), and the bullets flattened onto one
line ("-Analysts Estimate: $2.00 -Revenue (Q2): $4.10 Bln vs. $3.90 Bln last year"). Read with
no scale, the amounts were no claims at all; read as one sentence, the estimate's word made the
revenue after it an estimate; "-EPS (Q2): $2.40" took no per-share reading."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import claims_in

_LEAD = "Widgetco reported its second quarter of 2021 on Wednesday. "
_BULLETS = ("-Earnings (Q2): $1.20 Bln. vs. $3.10 Bln. last year. -EPS (Q2): $2.40 vs. $7.90 last "
            "year. -Analysts Estimate: $2.00 -Revenue (Q2): $4.10 Bln vs. $3.90 Bln last year.")


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(_LEAD + text)}


def test_wire_scale_abbreviations_scale_the_amount():
    found = _claims("Expenses were $212 Mln, and assets reached $1.2 Trln.")
    assert found["$212 Mln"].value == Decimal("212000000")
    # (a sentence's own full stop after the abbreviation stays the sentence's)
    assert found["$1.2 Trln"].value == Decimal("1200000000000")


def test_flattened_wire_bullets_are_read_item_by_item():
    found = _claims(_BULLETS)
    assert found["$1.20 Bln."].metric == "net_income"  # the abbreviation keeps its dot
    assert found["$1.20 Bln."].value == Decimal("1200000000")
    assert found["$3.10 Bln."].period_label == "Q2 2020"
    assert (found["$2.40"].metric, found["$2.40"].unit) == ("eps_diluted", "USD/share")
    assert found["$2.00"].not_checkable_reason  # the analysts' estimate
    revenue = found["$4.10 Bln"]
    assert (revenue.metric, revenue.not_checkable_reason) == ("revenue", None)
    assert revenue.value == Decimal("4100000000")


def test_a_dash_inside_prose_splits_nothing():
    # must not fire: a dash that opens no label and colon, and a sentence's own dot after "Bln"
    found = _claims("Revenue rose to $4.10 Bln - a record -and costs fell. Profit was $1 Bln.")
    assert found["$4.10 Bln"].metric == "revenue"
    assert found["$1 Bln"].metric == "net_income"
