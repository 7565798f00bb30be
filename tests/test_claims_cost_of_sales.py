"""A cost of sales or of revenue named beside a margin is no share of sales: the margin's
definition in apposition ("gross margin, or revenue after the cost of sales, ...") made a
wire story's quarterly gross margin one customer's share of revenue."""

from __future__ import annotations

import hashlib

import pytest

from core.verdicts import Article
from pipeline.verify.article import normalise
from pipeline.verify.claims import extract_claims


def metrics(text: str) -> dict[str, str | None]:
    text = normalise(text)
    found = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {c.text: c.metric for c in found if c.value is not None}


@pytest.mark.parametrize("text, figure", [
    ("Gross margin, or sales minus the cost of sales, fell to 38.2% in the "
     "quarter.", "38.2%"),
    ("Gross margin, meaning revenue net of the cost of revenue, rose to 61.5% for the year.",
     "61.5%"),
    ("Its gross margin, sales less costs of sales, was 27.9% in the period.", "27.9%"),
])
def test_a_margin_defined_by_its_cost_of_sales_is_the_margin(text, figure):
    assert metrics(text)[figure] == "gross_margin"


@pytest.mark.parametrize("text, figure", [
    # must not fire: a customer's share of sales stays one
    ("Its largest customer accounted for 14% of net sales in the year.", "14%"),
    ("One retailer made up 22% of its revenue in 2024.", "22%"),
])
def test_a_share_of_sales_is_still_a_customers(text, figure):
    assert metrics(text)[figure] == "customer_concentration"
