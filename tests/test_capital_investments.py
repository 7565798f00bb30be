"""'Capital investments' names capital expenditures where a filer's cash-flow statement labels
the line so (a railroad's): a summary's "cash capital investments totaling $X in the first half"
is checked against that line, and, as any capex figure, never drifts on it alone. Paraphrases
written for these tests, verified against the corpus's railroad 10-Q."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def facts():
    return stored_corpus_facts("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000099", "10-Q",
                               date(2025, 7, 24))


@pytest.mark.parametrize("figure, verdict", [("$1.84 billion", "supported"),
                                             ("$1.95 billion", "unverifiable")])
def test_capital_investments_are_checked_as_capex(facts, figure, verdict):
    text = (f"The railroad's cash capital investments totaled {figure} in the first half of "
            "2025.")
    found = verify_text(text, facts)[figure]
    assert found.claim.metric == "capital_expenditures"
    assert found.verdict == verdict


@pytest.mark.parametrize("text, figure", [
    # must not fire: a budget or a strategy in the singular names no spent line
    ("The railroad keeps a capital investment budget of about $3.4 billion for 2025.",
     "$3.4 billion"),
    ("Its capital investment strategy helped net income reach $1.9 billion in Q2 2025.",
     "$1.9 billion"),
])
def test_a_singular_capital_investment_is_no_capex(text, figure):
    (claim,) = [c for c in claims_in(text) if c.text == figure]
    assert claim.metric != "capital_expenditures"
