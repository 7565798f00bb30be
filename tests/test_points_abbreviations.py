"""A change in points may be written "ppt" or "ppts", glued to its number or not ("down 5.2ppt
Y/Y": a market site's brief on an insurer's year): it is a figure in points, as "pp" and "bps"
already were, never a number glued to a name."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import claims_in


def _figures(text: str) -> dict:
    return {c.text: (c.value, c.metric, c.basis) for c in claims_in(text)}


def test_ppt_glued_or_spaced_is_a_change_in_points():
    found = _figures("Gross margin was 44.1%, down 1.2ppt from a year ago, and operating margin "
                     "rose 3 ppts.")
    assert found["1.2ppt"] == (Decimal("-1.2"), "rate_change", "gross_margin")
    assert found["3 ppts"][0] == Decimal("3")


def test_other_letters_glued_to_a_number_stay_names():
    assert set(_figures("The H100 and the B200 shipped; revenue was $3 billion.")) == {
        "$3 billion"}
