"""A rate, the per-share line it is of, then its period: "a 41% drop in diluted EPS for Q4 and
13% for the year". The line's words stood between the rate and "Q4", so the rate took the
sentence's first named period (the year) and drifted against the year's EPS in a filing with
no quarters. The second rate of such a pair, with a change noun and a period of its own, is the
same line's. Sentences are the project's own."""

from __future__ import annotations

from tests.conftest import claims_in

_LEAD = "Acme Corp reported results for Q4 2021.\n\n"


def _claims(text: str) -> dict:
    return {c.text.strip(): c for c in claims_in(_LEAD + text)}


def test_rate_before_line_and_quarter_is_the_quarters():
    found = _claims("- 41% drop in diluted EPS for Q4 and 13% drop for FY 2021.")
    assert found["41%"].period_label == "Q4 2021"
    assert found["41%"].basis == "eps_diluted"


def test_rate_before_line_and_year_is_the_years():
    # the twin: the same words with the year right after the line stay the year's
    found = _claims("- 13% drop in diluted EPS for FY 2021 and 41% drop for Q4.")
    assert found["13%"].period_label == "FY2021"


def test_second_rate_of_period_pair_is_the_same_line():
    found = _claims("A 41% drop in diluted EPS for Q4 and a 13% drop for FY 2021.")
    assert (found["13%"].basis, found["13%"].period_label) == ("eps_diluted", "FY2021")


def test_second_figure_without_change_noun_is_not_carried():
    found = _claims("A 41% drop in revenue for Q4 and a 13% share of the market for FY 2021.")
    assert found["13%"].metric is None
