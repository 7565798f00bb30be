"""A news headline's or brief's bottom line as a bare "loss": glued right after the amount
("Widget Maker Reports $14.2M Loss For Q3", "posted a $14.2 million loss in the quarter") or
qualified only by its period ("a quarterly loss of $14.2 million") is net income, negative, as
"a $14.2 million profit" already was. A loss on, from or before something, a part's loss and a
loss per share stay theirs. Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("text, figure", [
    ("Widget Maker Reports $14.2M Loss For Q3 2023", "$14.2M"),
    ("Widgetco posted a $14.2 million loss in the third quarter of 2023.", "$14.2 million"),
    ("Widgetco reported a quarterly loss of $14.2 million for the third quarter of 2023.",
     "$14.2 million"),
])
def test_a_bare_loss_of_the_period_is_the_bottom_line(text, figure):
    claim = _claim(text, figure)
    assert claim.metric == "net_income" and claim.entity is None
    assert claim.value < 0


def test_the_base_of_such_a_loss_is_a_loss_too():
    claim = _claim("Widgetco posted a $14.2 million loss in the third quarter of 2023, compared "
                   "with $6.1 million a year earlier.", "$6.1 million")
    assert claim.metric == "net_income" and claim.value < 0


@pytest.mark.parametrize("text, figure", [
    ("Widgetco booked a $40 million loss on the sale of its sensor unit in the third quarter "
     "of 2023.", "$40 million"),
    ("Widgetco posted a $40 million loss from discontinued operations in the third quarter of "
     "2023.", "$40 million"),
    ("Revenue was $120 million in the third quarter of 2023, with a $4 million loss before "
     "taxes.", "$4 million"),
    ("The sensor division posted a $40 million loss in the third quarter of 2023.",
     "$40 million"),
    ("Widgetco's hedges showed a $40 million loss in the value of its contracts in the third "
     "quarter of 2023.", "$40 million"),
])
def test_other_losses_are_not_the_bottom_line(text, figure):
    assert _claim(text, figure).metric != "net_income"
