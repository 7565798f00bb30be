"""'For the six months to $X': "to" before a figure is the line's level, not the span's end
date, so the year so far dates the figure (a machine summary of a railroad's half-year gave its
six months' revenue the quarter's period). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period_label for c in claims_in(text) if c.value is not None}


@pytest.mark.parametrize("text, figures", [
    ("Sales rose 3.1% in Q2 2024 to $2.10 billion, and 2.2% for the six months to "
     "$4.05 billion.", ("2.2%", "$4.05 billion")),
    ("Net income grew 8% in Q3 2024 to $410 million, and 6% for the nine months to "
     "US$1.2 billion.", ("6%", "US$1.2 billion")),
])
def test_six_months_to_a_figure_is_the_year_so_far(text, figures):
    found = periods(text)
    for figure in figures:
        assert found[figure].startswith("fiscal "), (figure, found[figure])
        assert "M 2024" in found[figure], (figure, found[figure])


@pytest.mark.parametrize("text, figure, label", [
    # must not fire: the quarter's own figures keep the quarter
    ("Sales rose 3.1% in Q2 2024 to $2.10 billion, and 2.2% for the six months to "
     "$4.05 billion.", "$2.10 billion", "Q2 2024"),
    # a six-month span to a day is an explicit period, read as one
    ("Sales were $4.05 billion for the six months ended June 30, 2024.", "$4.05 billion",
     "6 months ended 2024-06-30"),
])
def test_the_quarter_and_explicit_spans_keep_their_periods(text, figure, label):
    assert periods(text)[figure] == label
