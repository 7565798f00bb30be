""""On the year" set against a quarter the same clause just named ("up 6 percent this quarter
and 5 percent on the year") is the quarter's whole fiscal year; alone ("up 5 percent on the
year") it may mean year on year and names no period. Sentences written for these tests; the
filing is a software maker's FY2013 10-K (one division's revenue 19,239 against 18,400, $
millions: 4.56%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

LEAD = "The software maker reported its fiscal fourth quarter of 2013 on Thursday. "
AGAINST = "Windows revenue was up 6 percent this quarter and 5 percent on the year."
ALONE = "Windows revenue was up 5 percent on the year."


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


def test_on_the_year_after_a_quarter_is_that_quarters_year():
    assert _claim(LEAD + AGAINST, "5 percent").period_label == "FY2013"


def test_on_the_year_alone_names_no_year():
    assert _claim(LEAD + ALONE, "5 percent").period_label != "FY2013"


@pytest.mark.corpus
def test_the_years_growth_is_checked_against_the_years_division_revenue():
    facts = stored_corpus_facts("dev/10-K_MSFT_0001193125-13-310206.html",
                                "0001193125-13-310206", "10-K", date(2013, 7, 30))
    found = verify_text(LEAD + AGAINST, facts)
    assert found["5 percent"].verdict == "supported"
    assert "19,239,000,000 / 18,400,000,000" in found["5 percent"].arithmetic
