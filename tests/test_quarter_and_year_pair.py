"""A quarter and its year named as one pair ("the Q4 and full-year 2022 figures")
before a figure leave the figure's period open: a figure of either period may be meant, so one
that the year's filed figure does not bear out is unverifiable, never drifted; one it bears out
is still supported.

Checked against a software maker's real 10-K for 2023, whose prior-year column gives 2022's
net loss (373.7 million) and revenue (1,905.9 million) but no fourth quarter of 2022. The
sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

PLTR_K = "10q-10k/10-K_PLTR_0001321655-24-000022.html"
FILED = date(2024, 2, 20)


def _verdicts(text: str) -> dict:
    return corpus_verdicts(PLTR_K, FILED, text, form="10-K")


def test_a_quarters_figure_after_the_pair_is_never_drifted(corpus_dir):
    found = _verdicts("The analytics company put out the fourth-quarter and fiscal-year 2022 "
                      "figures, showing a first profitable quarter with GAAP net income of "
                      "$31 million.")
    assert found["$31 million"][0] == "unverifiable"


def test_a_years_figure_after_the_pair_is_still_supported(corpus_dir):
    found = _verdicts("The analytics company put out its fourth-quarter and full-year 2022 "
                      "numbers, with revenue of $1.91 billion for the year.")
    assert found["$1.91 billion"][0] == "supported"


def test_a_single_year_still_drifts(corpus_dir):
    found = _verdicts("For fiscal year 2022 the analytics company reported GAAP net income of "
                      "$31 million.")
    assert found["$31 million"][0] == "drifted"


def test_a_period_named_again_pins_the_figure():
    claims = {c.text: c for c in claims_in(
        "The analytics company put out its fourth-quarter and full-year 2022 numbers, with "
        "fourth quarter revenue of $509 million.")}
    assert not claims["$509 million"].period_assumed
    after = {c.text: c for c in claims_in(
        "The analytics company put out its fourth-quarter and full-year 2022 numbers, with "
        "revenue of $509 million.")}
    assert after["$509 million"].period_assumed
