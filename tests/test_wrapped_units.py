"""A plain-text copy of a release wraps its lines and indents the next one, so a figure's scale
or unit word may open the following line ("was $137\\n    million", "improved 210\\n    basis
points"). The word is still the figure's; a capitalised word on the next line (a table's next
row label) or a blank line between them joins nothing. Sentences are the project's own
paraphrases."""

from __future__ import annotations

from decimal import Decimal

from pipeline.verify.claims_units import find_figures


def _only(text: str):
    (figure,) = find_figures(text)
    return figure


def test_a_scale_word_opening_the_next_indented_line_is_the_figures():
    figure = _only("Adjusted earnings, which exclude the sale, were $137\n    million.")
    assert figure.unit == "USD"
    assert figure.value == Decimal("137000000")
    assert figure.text.split() == ["$137", "million"]


def test_percent_and_basis_points_wrapped_to_the_next_line():
    rate = _only("  oShipments declined and pricing increased 2\n         percent.")
    assert (rate.unit, rate.value, rate.is_points) == ("percent", Decimal("2"), False)
    points = _only("  oMargins improved 210\n    basis points over the year.")
    assert points.unit == "percent" and points.is_points
    assert points.value == Decimal("2.10")


def test_a_capitalised_next_line_or_a_blank_line_joins_nothing():
    # a flattened table: the next row's label is no unit of the figure above it
    label = find_figures("Net income 1,234\n  Percent of revenue 12.3%")
    assert [(f.text, f.unit) for f in label] == [("1,234", None), ("12.3%", "percent")]
    # a paragraph ends at a blank line
    assert _only("Stores opened 12\n\n    million customers visited.").unit is None
