"""Issue 12, periods: a week-calendar 10-K that defines its years by end date and weeks only,
labelled by the fourth quarter its repurchase table dates; and its quarterly note's "3rd
Quarter(a)" columns (project-written text in the shape of a computer maker's 10-K)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.document import parse_document
from extractors.fiscal_calendar import find_fiscal_years
from extractors.periods import header_leftover
from extractors.quarter_weeks import stated_quarter_weeks
from extractors.tables import extract_table_facts

DEFINED = ("Fiscal Year - Our fiscal year is the 52- or 53-week period ending on the Friday "
           "nearest January 31. The fiscal year ending February 4, 2022 included 53 weeks, and "
           "the fiscal years ending January 29, 2021 and January 31, 2020 included 52 weeks. ")
REPURCHASES = ("The following are details of repurchases for the fourth quarter of fiscal "
               "2022: Repurchases from October 30, 2021 through November 26, 2021 10 $5.00 "
               "Repurchases from November 27, 2021 through December 31, 2021 20 $5.10 "
               "Repurchases from January 1, 2022 through February 4, 2022 30 $5.20 ")
ASIDE = "We recorded a charge in the fourth quarter of fiscal 2021. "


def test_years_defined_by_end_and_weeks_take_the_dated_fourth_quarters_label():
    years = find_fiscal_years(ASIDE + DEFINED + REPURCHASES)
    assert years[2022] == (date(2021, 1, 30), date(2022, 2, 4))  # 53 weeks
    assert years[2021] == (date(2020, 2, 1), date(2021, 1, 29))
    assert years[2020] == (date(2019, 2, 2), date(2020, 1, 31))
    assert stated_quarter_weeks(DEFINED + REPURCHASES) == {53: (None, None, None, 14),
                                                           52: (None, None, None, 13)}


def test_no_label_without_the_dated_fourth_quarter():
    assert find_fiscal_years(DEFINED) == {}  # a January year end may take either label
    # the months dated under a phrase naming no fiscal year say nothing of the label
    assert find_fiscal_years(DEFINED + REPURCHASES.replace("of fiscal 2022", "")) == {}
    # a label two years off the year's end is no label of it
    assert find_fiscal_years(DEFINED + REPURCHASES.replace("2022:", "2024:")) == {}


def test_ordinal_quarter_headers_and_letter_marks_are_period_words():
    assert header_leftover("3rd Quarter(a) (in millions, except per share data)") == ""
    assert header_leftover("4th Quarter") == ""
    assert header_leftover("Americas 3rd Quarter") == "Americas"  # a segment's still names it
    assert header_leftover("Quarter (a) Services") == "a Services"


NOTE = """<html><body><p>{defined}</p><p>{repurchases}</p>
<p>NOTE 11 - Unaudited Quarterly Results</p>
<table><tr><td>Fiscal Year 2022</td></tr>
<tr><td></td><td>4th</td><td>3rd</td><td>2nd</td><td>1st</td></tr>
<tr><td></td><td>Quarter</td><td>Quarter(a)</td><td>Quarter(b)</td><td>Quarter</td></tr>
<tr><td>(in millions, except per share data)</td></tr>
<tr><td>Net revenue</td><td>$150</td><td>$140</td><td>$130</td><td>$120</td></tr>
<tr><td>Net income</td><td>$15</td><td>$14</td><td>$13</td><td>$12</td></tr>
</table></body></html>"""


def test_the_quarterly_note_dates_its_four_quarters():
    html = NOTE.format(defined=DEFINED, repurchases=REPURCHASES)
    facts = extract_table_facts(parse_document(html, name="k.htm", form="10-K"))
    income = {(f.period_start, f.period_end): f.value for f in facts
              if f.metric == "net_income"}
    assert income[date(2021, 10, 30), date(2022, 2, 4)] == Decimal("15000000")
    # the 39 weeks before the fourth are three 13-week quarters: the third ends the day before
    # the fourth starts, the first starts the year
    assert income[date(2021, 7, 31), date(2021, 10, 29)] == Decimal("14000000")
    assert income[date(2021, 5, 1), date(2021, 7, 30)] == Decimal("13000000")
    assert income[date(2021, 1, 30), date(2021, 4, 30)] == Decimal("12000000")
    assert len(income) == 4
