"""A year named in a later clause about the outlook dates that clause's figures, never the
reported figure of the clause before it: read as the sentence's period, the quarter's growth
was dated to the coming year and made guidance. Sentences written for these tests, about a
made-up company, under a headline that names the quarter reported."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_HEAD = "Widgetco Q4'18 Results\n\n"


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(_HEAD + text)}


@pytest.mark.parametrize("sentence", [
    "Widgetco posted a quarter in which sales rose 41%, yet its guidance points to 2019 sales "
    "growth of just 12%.",
    "Sales rose 41% in the quarter, and management expects 2019 sales growth of just 12%.",
])
def test_a_reported_rate_before_an_outlook_clause_keeps_the_quarter(sentence):
    got = _claims(sentence)
    assert (got["41%"].period_label, got["41%"].not_checkable_reason) == ("Q4 2018", None)
    assert got["12%"].not_checkable_reason  # the outlook itself stays guidance


@pytest.mark.parametrize("sentence, label", [
    # must not fire: the year in the figure's own clause, or in a later clause of results
    ("In 2019 sales rose 41%, yet its guidance points to more.", "FY2019"),
    ("Sales rose 41%, and net income rose 9% in 2018.", "FY2018"),
])
def test_a_year_of_results_still_dates_the_sentence(sentence, label):
    assert _claims(sentence)["41%"].period_label == label
