""""The same period last year" as a whole names the period in force a year back, even after
"for" or "during": "During the same period last year, the lender earned $1.02 a share" (a
stock-note site's template on a bank's quarter) and "Revenue for the same period last year
was $X" were dated by the period in force, so a true year-ago figure would be drifted against
the quarter reported. A bare "for the same period" stays the period just named. Paraphrases
written for these tests, about a made-up company."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = ("Acme results\n\nAcme reported results for its fourth quarter of fiscal 2013. "
         "The business had revenue of $19.9 billion for the quarter. ")


@pytest.mark.parametrize("sentence", [
    "During the same period last year, revenue was $18.1 billion.",
    "For the same period last year, revenue was $18.1 billion.",
    "During the same period a year earlier, revenue was $18.1 billion.",
    "Revenue for the same period last year was $18.1 billion.",
    "During the corresponding quarter of the prior year, revenue was $18.1 billion.",
    # as a comparison's base, as before
    "Revenue was $19.9 billion, compared with $18.1 billion for the same period last year.",
    "In the same period last year, revenue was $18.1 billion.",
])
def test_the_same_period_last_year_is_the_quarter_a_year_back(sentence):
    claim = {c.text: c for c in claims_in(_LEAD + sentence)}["$18.1 billion"]
    assert claim.period_label == "fiscal Q4 2012", claim


def test_a_bare_same_period_stays_the_period_just_named():
    claim = {c.text: c for c in claims_in(
        _LEAD + "EPS was $0.95 for the same period.")}["$0.95"]
    assert claim.period_label == "fiscal Q4 2013", claim
