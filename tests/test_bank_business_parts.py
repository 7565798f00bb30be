"""A bank's or a broker's line of business named in title case before "revenue" ("Commercial
Banking revenue", "Asset & Wealth Management revenue", "Global Markets revenue") is that part's
revenue, never the firm's total: read as the total, a part's true figure came out drifted from
the consolidated one (an earnings recap of a universal bank's quarter). The firm's own name
before "revenue" is still the total. Sentences written for the project."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

LEAD = "Lenderco reported fourth-quarter 2023 revenue of $31.40 billion. "


@pytest.mark.parametrize("part", ["Commercial Banking", "Investment Banking",
                                  "Retail & Business Banking", "Asset & Wealth Management",
                                  "Global Markets", "Specialty Lending"])
def test_a_title_case_line_of_business_is_a_part(part):
    claims = claims_in(f"{LEAD}{part} revenue was $4.35 billion.")
    assert [(c.metric, c.entity) for c in claims if c.text == "$4.35 billion"] in (
        [("revenue", part)], [(None, None)])
    assert [c.entity for c in claims if c.text == "$4.35 billion"] != [None] or [
        c.metric for c in claims if c.text == "$4.35 billion"] == [None]


@pytest.mark.parametrize("sentence", ["Lenderco's revenue was $4.35 billion.",
                                      "Total revenue was $4.35 billion.",
                                      "Net revenue was $4.35 billion."])
def test_the_firms_own_revenue_is_still_the_total(sentence):
    claims = claims_in(LEAD + sentence)
    assert [(c.metric, c.entity) for c in claims if c.text == "$4.35 billion"] == [
        ("revenue", None)]
