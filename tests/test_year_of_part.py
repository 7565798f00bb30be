"""A quarter or half an article names before a figure, its year after it: the figure is that
part's, never the whole year's; a year the article did not call fiscal leaves the quarter's
naming open (the filer's own year or the calendar year it fell in), and the value decides.

Checked by hand against real filings: a computer maker's 10-K for the 53-week fiscal 2006
ended February 3, 2006 (its first quarter, January 29 to April 29, 2005: revenue 13,386
million; fiscal 2005's first quarter: 11,540 million; the year: 55,908 million) and a home
improvement retailer's 10-Q for its second quarter of fiscal 2023 (quarter net sales 42,916
million, the first half 80,173 million). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

YEAR_10K = "dev/10-K_DELL_0000950134-06-005149.html"
YEAR_FILED = date(2006, 3, 15)
HALF_10Q = "10q-10k/10-Q_HD_0000354950-23-000185.html"
HALF_FILED = date(2023, 8, 29)


def _year(text: str) -> dict:
    return corpus_verdicts(YEAR_10K, YEAR_FILED, text, form="10-K")


def test_a_quarter_named_before_the_figure_and_its_fiscal_year_after(corpus_dir):
    found = _year("The PC vendor booked first-quarter revenue of $13.4 billion for fiscal 2006.")
    assert found["$13.4 billion"][0] == "supported"  # drifted against the year before
    # the quarter of that fiscal year, not the year: a misquote of it drifts against the quarter
    wrong = _year("The PC vendor booked first-quarter revenue of $12.9 billion for fiscal 2006.")
    assert wrong["$12.9 billion"][0] == "drifted"


def test_a_quarter_resolved_against_a_calendar_year_keeps_both_namings(corpus_dir):
    # 2005 as the calendar year the filer's first quarter of fiscal 2006 fell in (held to the
    # first quarter of fiscal 2005, 11.5 billion, it drifted)
    after = _year("The PC vendor booked first-quarter revenue of $13.4 billion in 2005.")
    assert after["$13.4 billion"][0] == "supported"
    before = _year("In 2005, the PC vendor's first-quarter revenue came to $13.4 billion.")
    assert before["$13.4 billion"][0] == "supported"


def test_a_half_named_before_the_figure_and_its_year_after(corpus_dir):
    found = corpus_verdicts(HALF_10Q, HALF_FILED, (
        "The chain logged first-half net sales of $80.2 billion for fiscal 2023."), form="10-Q")
    assert found["$80.2 billion"][0] == "supported"  # held to a year no filing states before


def test_the_years_own_figure_after_a_quarter_named_earlier_stays_the_years(corpus_dir):
    # must not fire: the quarter stands in another clause, or another period between
    found = _year("After a first quarter of $13.4 billion, the PC vendor's revenue reached "
                  "$55.9 billion for fiscal 2006.")
    assert found["$55.9 billion"][0] == "supported"
    lifted = _year("Its first-quarter gains lifted full-year revenue to $55.9 billion for "
                   "fiscal 2006.")
    assert lifted["$55.9 billion"][0] == "supported"
    # a quarter whose own words call its year fiscal keeps the filer's naming: fiscal 2005's
    named = _year("Revenue in the first quarter of fiscal 2005 came to $11.5 billion.")
    assert named["$11.5 billion"][0] == "supported"


def test_a_half_named_right_before_its_fiscal_year(corpus_dir):
    found = corpus_verdicts(HALF_10Q, HALF_FILED, (
        "First-half fiscal 2023 net sales at the chain reached $80.2 billion."), form="10-Q")
    assert found["$80.2 billion"][0] == "supported"  # read as the whole year before
    # must not fire: a half in another clause leaves the year's figure the year's
    apart = corpus_verdicts(HALF_10Q, HALF_FILED, (
        "The first half was soft, and fiscal 2023 net sales at the chain reached $80.2 "
        "billion."), form="10-Q")
    assert apart["$80.2 billion"][0] == "unverifiable"
