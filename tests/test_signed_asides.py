"""A signed rate in brackets right after a level is the level's change ("Inventory: $2.4B
(+31%)", "$12.5B revenue in FY2023 (+9.1%)"), read as the growth of the level's line; a rate
with no sign, a share, a named-period base and a rate after another clause are left to their
own readers. A fiscal year glued to its year ("revenue in FY2023") names a period, never a part.
Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_OPENING = "Acme Corp reported its results for fiscal 2023. "


def _claim(text: str, figure: str):
    return next(c for c in claims_in(_OPENING + text) if c.text == figure)


@pytest.mark.parametrize("text, figure, basis, value", [
    ("Acme booked $12.5B revenue (+9.1%) and $1.2B net income.", "+9.1%", None, 9.1),
    ("Acme booked $12.5B revenue in FY2023 (+9.1%) and $1.2B net income.", "+9.1%", None, 9.1),
    ("- Net income: $1.2B (-4.5%)\n", "-4.5%", "net_income", -4.5),
    ("- Inventory: $2.4B (+31%)\n", "+31%", "inventory", 31),
    ("- Revenue: $12.5B (+9.1% vs the prior year)\n", "+9.1%", None, 9.1),
])
def test_a_signed_rate_in_brackets_is_the_levels_change(text, figure, basis, value):
    claim = _claim(text, figure)
    assert claim.metric == "revenue_growth"
    assert claim.basis == basis and claim.entity is None
    assert float(claim.value) == value


@pytest.mark.parametrize("text, figure", [
    # no sign: a share of a total as readily as a change
    ("- Cloud revenue: $4.1B (33%)\n", "(33%"),
    # a base named by its period: the readers of bases would date it as the period in force
    ("- Inventory: $2.4B (+31% vs Jan 2023)\n", "+31%"),
    ("- Revenue: $12.5B (-6.2% vs Q3)\n", "-6.2%"),
    # another clause between the level and the rate
    ("Revenue was $12.5B; margins (+2%) held.", "+2%"),
    # a level the claim side reads no change of
    ("- Price target: $45 (+12%)\n", "+12%"),
])
def test_other_bracketed_rates_are_not_read_as_the_levels_change(text, figure):
    claim = _claim(text, figure)
    assert claim.metric != "revenue_growth" or claim.basis not in (None, "inventory")


def test_a_fiscal_year_glued_to_its_year_is_no_part():
    claim = _claim("Acme's revenue in FY2023 rose 9.1%.", "9.1%")
    assert claim.metric == "revenue_growth" and claim.entity is None
