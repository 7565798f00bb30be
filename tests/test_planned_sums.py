"""A sum set aside for years to come, named by its noun and a plan's participle after it ("$500
million investment planned over five years", as a machine summary's bullet on an outlook
puts it): a plan, not a result, so not checkable. A past project that was planned, or spending
on planned work, stays a figure. Sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _reason(text: str) -> str | None:
    (claim,) = [c for c in claims_in(text) if "$" in c.text]
    return claim.not_checkable_reason


@pytest.mark.parametrize("text", [
    "- Upgrades to its stores, with $400 million spending planned over four years.",
    "The retailer has $250 million in buybacks budgeted over the next three years.",
])
def test_sum_planned_over_years_is_guidance(text):
    assert (_reason(text) or "").startswith("guidance")


@pytest.mark.parametrize("text", [
    "The retailer spent $400 million on planned store upgrades during the year.",
    "The retailer finished a $300 million depot planned for years.",
])
def test_spending_on_a_plan_stays_checkable(text):
    assert _reason(text) is None
