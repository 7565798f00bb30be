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


# A finance blog on a bank's fourth quarter names the quarter's year only sentences before the
# rate, and the quarter's revenue of both years rounds to its figure (JPMorgan's release:
# 29,257 in 4Q21, 29,335 in 4Q20). The nearest match was the year-earlier quarter's, so the
# rate attached to the figure was dated a year back and its base searched two years back
# (unverifiable); the reported quarter's figure is the level's reading, and the rate is its
# change over 4Q20 (-0.27%). Sentences written for these tests.
@pytest.fixture(scope="module")
def bank():
    return _stored("dev/EX-99.2_JPM_2021-12-31.html", 19617, date(2022, 1, 14))


_BANK = ("The bank posted its results for the quarter in mid-January. Profit for the quarter "
         "came to $10.4 billion. ")


@pytest.mark.parametrize("rate, verdict", [("0.3%", "supported"), ("3%", "drifted")])
def test_a_rate_attached_to_a_figure_both_years_round_to_is_the_reported_quarters(
        bank, rate, verdict):
    found = verify(_BANK + f"Revenue slipped {rate} year over year to $29.3 billion.", bank)
    assert found["$29.3 billion"].verdict == "supported"
    assert found["$29.3 billion"].evidence[0].period_end == date(2021, 12, 31)
    assert found[rate].verdict == verdict, found[rate]


def test_a_figure_only_the_earlier_quarter_bears_out_keeps_its_match(bank):
    # (29.34 fits 29,335 within its stated precision, never 29,257: no reported reading)
    found = verify(_BANK + "Revenue slipped 0.3% year over year to $29.34 billion.", bank)
    assert found["$29.34 billion"].verdict == "unverifiable"
    assert found["0.3%"].verdict != "supported"
