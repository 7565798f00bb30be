"""A plain-text copy of a release wraps its lines and indents the next one, so a figure's scale,
percent, cents or per-share word may open the following line ("was $137\\n    million",
"increased 2\\n    percent"). The word is still the figure's; a capitalised word on the next
line (a table's next row label) or a blank line between them joins nothing. Sentences are the
project's own paraphrases."""

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


def test_a_percent_wrapped_to_the_next_line():
    rate = _only("  oShipments declined and pricing increased 2\n         percent.")
    assert (rate.unit, rate.value, rate.is_points) == ("percent", Decimal("2"), False)
    # a change in points is not read across a line yet (figure_suffix._POINTS_AFTER says why):
    # the figure stays bare rather than a change checked against a margin of another base
    assert _only("  oMargins improved 210\n    basis points.").unit is None


def test_a_capitalised_next_line_or_a_blank_line_joins_nothing():
    # a flattened table: the next row's label is no unit of the figure above it
    label = find_figures("Net income 1,234\n  Percent of revenue 12.3%")
    assert [(f.text, f.unit) for f in label] == [("1,234", None), ("12.3%", "percent")]
    # a paragraph ends at a blank line
    assert _only("Stores opened 12\n\n    million customers visited.").unit is None


def test_cents_and_a_per_share_word_wrapped_to_the_next_line():
    cents = _only("The bank will keep paying a quarterly dividend of 34\n    cents a share.")
    assert (cents.unit, cents.value) == ("USD/share", Decimal("0.34"))
    per_share = _only("Adjusted earnings came to $1.19\n    a share in the quarter.")
    assert (per_share.unit, per_share.value) == ("USD/share", Decimal("1.19"))
