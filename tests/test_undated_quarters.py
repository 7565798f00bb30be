"""A quarter the article leaves undated ("Quarterly revenue of $X", its quarter named only as
a quarter) is compared with every quarter the filings state: a 10-K's table of eight quarters
let a recap of a fourth quarter quote another quarter's revenue and be supported. Only the
quarter a loaded filing reports supports it; another quarter's match is unverifiable, naming
that quarter. Microsoft's fiscal 2013 10-K is read in place (fourth quarter 19,896, third
20,489, a year-earlier third 17,407); the sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_verify_earning_parts import _stored, verify

_LEAD = ("Software maker misses forecasts as tablet charge bites\n\n"
         "The software maker missed forecasts for the fourth quarter that closed on June 30, "
         "and for fiscal 2013 as a whole, its results showed on Thursday. ")


@pytest.fixture(scope="module")
def software():
    return _stored("dev/10-K_MSFT_0001193125-13-310206.html", 789019, date(2013, 7, 30))


@pytest.mark.parametrize("figure", ["$20.5 billion", "$17.4 billion"])
def test_another_quarters_figure_is_unverifiable(software, figure):
    found = verify(_LEAD + f"Quarterly revenue of {figure} came in under estimates.", software)
    assert found[figure].verdict == "unverifiable", found[figure]
    assert "does not say which quarter" in found[figure].reason


def test_the_reported_quarters_figure_is_supported(software):
    found = verify(_LEAD + "Quarterly revenue of $19.9 billion came in under estimates.",
                   software)
    assert found["$19.9 billion"].verdict == "supported"


def test_a_dated_quarter_keeps_its_match(software):
    found = verify("The software maker reported revenue of $20.5 billion for the third "
                   "quarter of fiscal 2013, ended March 31, 2013.", software)
    assert found["$20.5 billion"].verdict == "supported"



def test_a_numbered_quarter_keeps_its_match(software):
    found = verify(_LEAD + "Revenue was $20.5 billion in the third quarter.", software)
    assert found["$20.5 billion"].verdict == "supported"


# a stock-note site's template: the quarter in force is undated, and "the same period last
# year" dates the next figure a year before it (the reported quarter a year earlier: 18,059)
_NOTE = ("Software maker misses forecasts\n\n"
         "The software maker announced its quarterly earnings data on Thursday. ")


@pytest.mark.parametrize("figure, verdict", [
    ("$18.1 billion", "supported"),
    ("$17.4 billion", "unverifiable"),  # a year before another quarter than the reported one
    ("$19.9 billion", "unverifiable"),  # the reported quarter itself, not a year before it
])
def test_the_reported_quarter_a_year_earlier_supports_a_year_ago_figure(software, figure,
                                                                        verdict):
    found = verify(_NOTE + "The business had revenue of $19.90 billion for the quarter. During "
                   f"the same period last year, the software maker had revenue of {figure}.",
                   software)
    assert found[figure].verdict == verdict, found[figure]
