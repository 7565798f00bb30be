"""An amount restating the growth rate right before it ("rose 23 percent, or 84 cents, to
$4.52") is that line's change over the same base, never its level: a railroad's FY2008 10-K read
in place from the corpus; the sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("text, figure, basis, value", [
    ("Diluted earnings per share for 2008 increased 23 percent, or 84 cents, to $4.52.",
     "84 cents", "eps_diluted", Decimal("0.84")),
    ("Net income for 2008 climbed 17 percent, or $252 million, to $1.7 billion.",
     "$252 million", "net_income", Decimal(252_000_000)),
    ("In 2008, operating revenue fell by 13%, or $1.2 billion, compared with 2007.",
     "$1.2 billion", "revenue", Decimal(-1_200_000_000)),
    ("Revenue in 2008 rose 5% year over year, or $200 million, to $4.2 billion.",
     "$200 million", "revenue", Decimal(200_000_000)),
])
def test_an_amount_after_a_growth_rate_and_or_is_its_lines_change(text, figure, basis, value):
    claim = _claim(text, figure)
    assert (claim.metric, claim.basis, claim.value) == ("difference", basis, value)


@pytest.mark.parametrize("text, figure", [
    # against the quarter before, or a change the words qualify: left unread
    ("Quarterly revenue rose 3% sequentially, or $50 million.", "$50 million"),
    ("Revenue in 2008 rose 5%, or $200 million, excluding currency.", "$200 million"),
    # a rate no filed growth reads (an adjusted line's): its amount is no level either
    ("Adjusted EPS for 2008 rose 10%, or 20 cents, to $2.20.", "20 cents"),
    # a level restated, not a change: "was 40%, or $2 billion"
    ("Gross margin for 2008 was 40%, or $2 billion.", "$2 billion"),
])
def test_an_amount_that_is_no_plain_change_of_a_filed_line_stays_unread(text, figure):
    claim = _claim(text, figure)
    assert claim.metric is None, (claim.metric, claim.basis)


@pytest.fixture(scope="module")
def railroad():
    return stored_corpus_facts("dev/10-K_NSC_0000702165-09-000050.html",
                               "0000702165-09-000050", "10-K", date(2009, 2, 18))


@pytest.mark.corpus
def test_a_restated_change_is_recomputed_from_the_two_years(railroad):
    found = verify_text("Diluted earnings per share for 2008 increased 23 percent, or 84 cents, "
                        "to $4.52. Net income for 2008 grew 17 percent, or $252 million.",
                        railroad)
    for figure in ("84 cents", "$252 million", "$4.52"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)
    wrong = verify_text("Diluted earnings per share for 2008 increased 23 percent, or 94 cents, "
                        "to $4.52.", railroad)["94 cents"]
    assert wrong.verdict == "drifted" and wrong.filed_value == Decimal("0.84")
