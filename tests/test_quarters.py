"""Quarterly tables of annual reports and prior-year columns, dated to the day or not at all
(the one-truth issue's "Periods" class), on the real corpus read in place and on project-written
tables."""

from datetime import date
from decimal import Decimal
from functools import cache

import pytest

from extractors.document import parse_document
from extractors.periods import find_fiscal_years, latest_column_year, stated_quarters
from extractors.quarters import FiscalCalendar, quarter_column_period
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file

MSFT = "dev/10-K_MSFT_0001193125-13-310206.html"  # June year, "Fiscal Year 2013" blocks
MACYS = "dev/10-K_M_0000794367-13-000092.html"  # 53-week year ending February 2, 2013
VULCAN = "dev/10-K_VMC_0001193125-13-084128.html"  # "2012" over "Three Months Ended March 31"
TEGNA = "dev/10-K_TGNA_0000039899-16-000034.html"  # a 52-53 week year until 2015
STANDARD_PACIFIC = "dev/10-K_SPF_0000878560-12-000008.html"  # "2011:" over "First Quarter"
COSTCO = "dev/10-K_COST_0000909832-22-000021.html"


@cache
def _table_facts(relative: str) -> tuple:
    path = corpus_file(relative)
    return tuple(extract_table_facts(parse_document(path.read_bytes(), name=path.name)))


def _figures(relative: str, metric: str) -> dict:
    return {(f.period_start, f.period_end): f.value for f in _table_facts(relative)
            if f.metric == metric and f.entity is None}


@pytest.mark.corpus
def test_microsoft_quarters_are_dated_within_its_june_fiscal_years():
    revenue = _figures(MSFT, "revenue")
    assert revenue[date(2013, 4, 1), date(2013, 6, 30)] == Decimal("19896000000")
    assert revenue[date(2012, 7, 1), date(2012, 9, 30)] == Decimal("16008000000")
    income = _figures(MSFT, "net_income")
    assert income[date(2013, 4, 1), date(2013, 6, 30)] == Decimal("4965000000")
    assert income[date(2013, 1, 1), date(2013, 3, 31)] == Decimal("6055000000")
    # the year before's fourth quarter: a loss printed "(492" | ") (d)"
    assert income[date(2012, 4, 1), date(2012, 6, 30)] == Decimal("-492000000")
    assert _figures(MSFT, "eps_diluted")[date(2013, 4, 1), date(2013, 6, 30)] == Decimal("0.59")


@pytest.mark.corpus
@pytest.mark.parametrize("relative", [MSFT, VULCAN, STANDARD_PACIFIC])
def test_quarters_add_up_to_the_year_the_statement_states(relative):
    revenue = _figures(relative, "revenue")
    years = {p: v for p, v in revenue.items() if (p[1] - p[0]).days > 300}
    quarters = {p: v for p, v in revenue.items() if (p[1] - p[0]).days < 100}
    checked = 0
    for (start, end), total in years.items():
        inside = [v for (s, e), v in quarters.items() if start <= s and e <= end]
        if len(inside) == 4:
            assert sum(inside) == total
            checked += 1
    assert checked >= 2


@pytest.mark.corpus
def test_a_quarter_column_is_never_dated_as_the_year():
    # Vulcan's note printed "2012" over "Three Months Ended" over "March 31 ... Dec 31": each
    # of the four columns used to be dated as the whole of 2012 (and "2011" as 2012 too)
    for fact in _table_facts(VULCAN):
        if fact.sources[0].column and "Three Months" in fact.sources[0].column:
            assert fact.period_end.month - fact.period_start.month == 2


@pytest.mark.corpus
def test_vulcans_quarters_add_up_to_its_statement():
    # "Net earnings (loss) 1, 2": footnote digits after the label
    income = _figures(VULCAN, "net_income")
    for year in (2011, 2012):
        quarters = [v for (s, e), v in income.items() if s.year == year and (e - s).days < 100]
        assert len(quarters) == 4
        assert sum(quarters) == income[date(year, 1, 1), date(year, 12, 31)]


@pytest.mark.corpus
def test_week_calendar_quarters_are_dated_only_as_the_document_states_them():
    # TEGNA prints the days of one quarter only, in words (the footnote on its 2015 block:
    # "our 2015 fourth quarter included the period from September 28, 2015 through December
    # 31, 2015", the year it left its 52/53-week calendar): its quarterly note gives that
    # quarter and no other, rather than ones dated by a guess of 13-week quarters (balances,
    # dated by their day alone, are no period)
    periods = [f for f in _table_facts(TEGNA) if f.period_start is not None]
    assert {(f.period_start, f.period_end) for f in periods
            if (f.period_end - f.period_start).days < 300} == {(date(2015, 9, 28),
                                                                 date(2015, 12, 31))}
    assert _figures(TEGNA, "revenue")[date(2015, 9, 28), date(2015, 12, 31)] == Decimal(
        "805264000")
    assert _figures(TEGNA, "net_income")[date(2015, 9, 28), date(2015, 12, 31)] == Decimal(
        "142505000")
    # Macy's dates only its fourth quarter, by the fiscal months of its repurchase table
    # (October 28, 2012 to February 2, 2013: 14 weeks of its 53-week year), and the 52-week
    # year before has a 13-week fourth quarter; the third quarter ends the day before the
    # fourth starts, 13 weeks long as the 39 weeks before the fourth make three (issue 12),
    # and so are the first two, the first starting the year
    quarters = {(f.period_start, f.period_end) for f in _table_facts(MACYS)
                if f.period_start is not None and (f.period_end - f.period_start).days < 300}
    assert quarters == {(date(2012, 10, 28), date(2013, 2, 2)),
                        (date(2011, 10, 30), date(2012, 1, 28)),
                        (date(2012, 7, 29), date(2012, 10, 27)),
                        (date(2011, 7, 31), date(2011, 10, 29)),
                        (date(2012, 4, 29), date(2012, 7, 28)),
                        (date(2011, 5, 1), date(2011, 7, 30)),
                        (date(2012, 1, 29), date(2012, 4, 28)),
                        (date(2011, 1, 30), date(2011, 4, 30))}
    income = _figures(MACYS, "net_income")
    assert income[date(2012, 10, 28), date(2013, 2, 2)] == Decimal("730000000")
    assert income[date(2011, 10, 30), date(2012, 1, 28)] == Decimal("745000000")
    assert _figures(MACYS, "revenue")[date(2012, 10, 28), date(2013, 2, 2)] == Decimal(
        "9350000000")


@pytest.mark.corpus
def test_macys_prior_years_are_its_stated_fiscal_years():
    path = corpus_file(MACYS)
    years = find_fiscal_years(parse_document(path.read_bytes(), name=path.name).text)
    assert years[2012] == (date(2012, 1, 29), date(2013, 2, 2))  # 53 weeks
    assert years[2011] == (date(2011, 1, 30), date(2012, 1, 28))
    income = _figures(MACYS, "net_income")
    assert income[date(2011, 1, 30), date(2012, 1, 28)] == Decimal("1256000000")
    assert _figures(MACYS, "eps_diluted")[date(2011, 1, 30), date(2012, 1, 28)] == Decimal("2.92")


@pytest.mark.corpus
def test_costco_52_week_years_listed_with_respectively():
    path = corpus_file(COSTCO)
    years = find_fiscal_years(parse_document(path.read_bytes(), name=path.name).text)
    assert years[2020] == (date(2019, 9, 2), date(2020, 8, 30))
    assert years[2022] == (date(2021, 8, 30), date(2022, 8, 28))


def test_only_a_january_or_february_year_end_takes_the_label_before():
    # Yum's 10-K for the year ended December 27, 2008 heads a quarterly block "2007"
    assert latest_column_year(date(2008, 12, 27), [2007]) == {}
    assert latest_column_year(date(2013, 2, 2), [2012]) != {}


def test_quarter_columns_need_a_month_end_calendar_or_stated_weeks():
    june = FiscalCalendar({2013: (date(2012, 7, 1), date(2013, 6, 30))}, weeks=False)
    period = quarter_column_period("September 30", "Fiscal Year 2013", "Quarter Ended", june)
    assert (period.start, period.end) == (date(2012, 7, 1), date(2012, 9, 30))
    period = quarter_column_period("Third Quarter", "2013:", "", june)
    assert (period.start, period.end) == (date(2013, 1, 1), date(2013, 3, 31))
    assert quarter_column_period("Total (1)", "Fiscal Year 2013", "Quarter Ended", june).start \
        == date(2012, 7, 1)
    assert quarter_column_period("August 31", "Fiscal Year 2013", "Quarter Ended", june) is None
    weeks = FiscalCalendar({2012: (date(2012, 1, 29), date(2013, 2, 2))}, weeks=True)
    assert quarter_column_period("Fourth Quarter", "2012:", "", weeks) is None
    # only the fourth quarter's weeks known (its dated months): the fourth is dated, back from
    # the year's end; the 39 weeks after the year's start are three 13-week quarters, the
    # third ending the day before the fourth starts
    fourth = FiscalCalendar(weeks.years, weeks=True, quarter_weeks={53: (None, None, None, 14)})
    period = quarter_column_period("Fourth Quarter", "2012:", "", fourth)
    assert (period.start, period.end) == (date(2012, 10, 28), date(2013, 2, 2))
    period = quarter_column_period("Third Quarter", "2012:", "", fourth)
    assert (period.start, period.end) == (date(2012, 7, 29), date(2012, 10, 27))
    period = quarter_column_period("Second Quarter", "2012:", "", fourth)
    assert (period.start, period.end) == (date(2012, 4, 29), date(2012, 7, 28))
    period = quarter_column_period("First Quarter", "2012:", "", fourth)
    assert (period.start, period.end) == (date(2012, 1, 29), date(2012, 4, 28))
    # a fourth quarter that leaves no 39 weeks before it dates no other quarter
    odd = FiscalCalendar(weeks.years, weeks=True, quarter_weeks={53: (None, None, None, 13)})
    assert quarter_column_period("Third Quarter", "2012:", "", odd) is None
    assert quarter_column_period("First Quarter", "2012:", "", odd) is None
    # nor does one whose first quarter the document states at another length than 13 weeks
    long_first = FiscalCalendar(weeks.years, weeks=True,
                                quarter_weeks={53: (12, None, None, 14)})
    assert quarter_column_period("Second Quarter", "2012:", "", long_first) is None
    assert quarter_column_period("Third Quarter", "2012:", "", long_first) is None
    period = quarter_column_period("November 3", "2012", "13 Weeks Ended", weeks)
    assert (period.start, period.end) == (date(2012, 8, 5), date(2012, 11, 3))
    # a 53-week year holds February 2 twice: which one is not said
    assert quarter_column_period("February 2", "2012", "13 Weeks Ended", weeks) is None


# Project-written quarterly note: the quarters of its first row add up to the year, and the
# second table breaks it by a figure read from the wrong cell.
NOTE = """<html><body><p>The Company's fiscal year ends on December 31.
For the fiscal year ended December 31, 2024.</p><p>Quarterly results (in millions)</p>
<table><tr><td></td><td>First Quarter</td><td>Second Quarter</td><td>Third Quarter</td>
<td>Fourth Quarter</td><td>Total</td></tr><tr><td>2024:</td></tr>
<tr><td>Revenue</td><td>100</td><td>110</td><td>120</td><td>130</td><td>{total}</td></tr>
<tr><td>Gross profit</td><td>40</td><td>44</td><td>48</td><td>52</td><td>184</td></tr>
<tr><td>Net income</td><td>10</td><td>11</td><td>12</td><td>13</td><td>46</td></tr>
</table></body></html>"""


def _note_facts(total: str):
    return extract_table_facts(parse_document(NOTE.format(total=total), name="n.htm",
                                              form="10-K"))


def test_quarters_that_add_up_are_read():
    revenue = {(f.period_start, f.period_end): f.value for f in _note_facts("460")
               if f.metric == "revenue"}
    assert revenue[date(2024, 10, 1), date(2024, 12, 31)] == Decimal("130000000")
    assert revenue[date(2024, 1, 1), date(2024, 12, 31)] == Decimal("460000000")


def test_quarters_that_do_not_add_up_are_not_a_table_of_figures():
    assert _note_facts("470") == []


YUM = "dev/10-K_YUM_0001041061-09-000077.html"  # 52/53-week years ending the last Saturday
ALCOA = "dev/10-K_AA_0001193125-16-470162.html"  # "Quarterly Data": First ... Fourth | Year


@pytest.mark.corpus
def test_yums_prior_years_end_on_the_days_it_lists():
    # "Fiscal years ended December 27, 2008, December 29, 2007 and December 30, 2006", and
    # "Fiscal years 2008, 2007, 2006 and 2004 include 52 weeks and fiscal year 2005 includes
    # 53 weeks": the 2007 column ends December 29, 2007 (not the first date's day, 27) and
    # starts the day after fiscal 2006 ends
    income = _figures(YUM, "net_income")
    assert income[date(2006, 12, 31), date(2007, 12, 29)] == Decimal("909000000")
    assert income[date(2007, 12, 30), date(2008, 12, 27)] == Decimal("964000000")
    assert not any(end == date(2007, 12, 27) for _, end in income)
    # "The first three quarters of each fiscal year consist of 12 weeks and the fourth quarter
    # consists of 16 weeks ...": the first quarter of 2008 ended March 22, as its text says
    assert income[date(2007, 12, 30), date(2008, 3, 22)] == Decimal("254000000")
    assert income[date(2008, 9, 7), date(2008, 12, 27)] == Decimal("204000000")
    assert not any(end.day == 31 and end.month == 3 for _, end in income)


def test_stated_quarter_weeks():
    from extractors.periods import stated_quarter_weeks
    said = "Each quarter consists of 13 weeks (14 weeks in the fourth quarter of a 53-week year)."
    assert stated_quarter_weeks(said) == {52: (13, 13, 13, 13), 53: (13, 13, 13, 14)}
    assert stated_quarter_weeks("Our fiscal year ends on the Saturday closest to January 31.") \
        == {}


# Project-written: a 53-week year, defined, and a table of the fourth quarter's fiscal months
FOURTH = ("Fiscal years 2024 and 2023 ended on February 1, 2025 and February 3, 2024, "
          "respectively. Fiscal year 2023 includes 53 weeks and fiscal year 2024 includes 52 "
          "weeks. Purchases of our shares during the fourth quarter of 2024: "
          "November 3, 2024 - November 30, 2024 10 $5.00 "
          "December 1, 2024 - January 4, 2025 20 $5.10 "
          "January 5, 2025 - February 1, 2025 30 $5.20 Total 60")


def test_the_fourth_quarter_is_dated_by_its_stated_fiscal_months():
    from extractors.fiscal_calendar import stated_fourth_quarter
    from extractors.periods import stated_quarter_weeks
    from extractors.textindex import TextIndex
    assert stated_fourth_quarter(FOURTH, TextIndex(FOURTH)) == (date(2024, 11, 3),
                                                                   date(2025, 2, 1))
    # a 52-week year's 13-week fourth quarter; the 53-week year's is a week longer
    assert stated_quarter_weeks(FOURTH) == {52: (None, None, None, 13),
                                            53: (None, None, None, 14)}
    gap = FOURTH.replace("December 1, 2024", "December 2, 2024")  # months that do not meet
    assert stated_fourth_quarter(gap, TextIndex(gap)) is None
    month_ends = FOURTH.replace("February 1, 2025 30", "January 31, 2025 30")  # 13 weeks less a day
    assert stated_quarter_weeks(month_ends) == {}


@pytest.mark.corpus
def test_a_heading_says_the_columns_are_quarters():
    revenue = _figures(ALCOA, "revenue")
    assert revenue[date(2015, 10, 1), date(2015, 12, 31)] == Decimal("5245000000")
    income = _figures(ALCOA, "net_income")
    quarters = [v for (s, e), v in income.items() if s.year == 2015 and (e - s).days < 100]
    assert sorted(quarters) == sorted(Decimal(v) * 1000000 for v in (195, 140, 44, -701))


USB = "dev/EX-99.1_USB_2021-12-31.html"  # release columns "4Q 2021 | 3Q 2021 | Full Year 2021"


@pytest.mark.corpus
def test_a_release_quarter_columns_take_its_stated_year_end():
    # no cover defines its fiscal year; every "Year Ended" phrase of it names December 31
    income = _figures(USB, "net_income")
    assert income[date(2021, 7, 1), date(2021, 9, 30)] == Decimal("2028000000")
    assert _figures(USB, "revenue")[date(2021, 7, 1), date(2021, 9, 30)] == Decimal("5890000000")


@pytest.mark.corpus
def test_a_full_year_column_is_never_dated_by_a_footnotes_quarter():
    # JPMorgan's supplement dated its business lines' "FULL YEAR 2021" columns as the three
    # months ended June 30, 2021, from a phrase in the footnotes above the table
    for fact in _table_facts("dev/EX-99.2_JPM_2021-12-31.html"):
        column = fact.sources[0].column or ""
        if "FULL YEAR" in column.upper():
            assert (fact.period_end - fact.period_start).days > 300


def test_a_stated_year_end_must_be_one_month_end_after_february():
    from extractors.periods import stated_year_end
    assert stated_year_end("Year Ended December 31, 2021 ... year ended December 31") == (12, 31)
    assert stated_year_end("years ended January 31 and the year ended December 31") is None
    assert stated_year_end("Year Ended January 31, 2025") is None  # labelled either way
    assert stated_year_end("year ended December 27, 2008") is None  # a week calendar's day


def test_a_longer_column_is_never_dated_as_a_quarter():
    calendar = FiscalCalendar({2012: (date(2012, 1, 1), date(2012, 12, 31))}, weeks=False)
    both = "Three Months Ended Six Months Ended"
    assert quarter_column_period("Six Months Ended June 30", "2012", both, calendar,
                                 both) is None
    assert quarter_column_period("Year Ended December 31", "2012", "Quarterly", calendar) \
        is None
    # a bare "June 30" under captions naming quarters and half-years: which one is not said
    assert quarter_column_period("June 30", "2012", both, calendar, both) is None
    quarter = quarter_column_period("Three Months Ended June 30", "2012", both, calendar, both)
    assert (quarter.start, quarter.end) == (date(2012, 4, 1), date(2012, 6, 30))


def test_a_filer_that_moved_its_year_end_gets_no_earlier_years_by_inference():
    cover = "For the fiscal year ended December 31, 2012. Balance at December 31, 2011."
    assert set(find_fiscal_years(cover)) == {2011, 2012}
    moved = cover + " In 2011 the Company changed its fiscal year end from June 30 to December 31."
    assert set(find_fiscal_years(moved)) == {2012}
    # the cover's blank "For the transition period from ___ to ___" is no such change
    blank = cover + " For the transition period from ________ to ________"
    assert set(find_fiscal_years(blank)) == {2011, 2012}


def _reading(metric: str, start: date, end: date, value: str):
    from types import SimpleNamespace

    from extractors.numbers import parse_number
    from extractors.periods import Period

    return SimpleNamespace(row=SimpleNamespace(index=7), period=Period(start, end),
                           value=SimpleNamespace(number=parse_number(value)),
                           match=SimpleNamespace(metric=metric))


@pytest.mark.parametrize("metric, year, holds", [
    # an average over the year lies between its quarters' averages; it is no sum of them
    ("average_loans", "1,035", True), ("average_loans", "1,090", False),
    # a flow's year is the sum of its quarters
    ("revenue", "4,141", True), ("revenue", "1,035", False)])
def test_a_years_average_lies_between_its_quarters_and_a_flow_is_their_sum(metric, year, holds):
    from extractors.table_checks import quarters_add_up

    quarters = [(date(2021, 1, 1), date(2021, 3, 31), "1,013"),
                (date(2021, 4, 1), date(2021, 6, 30), "1,025"),
                (date(2021, 7, 1), date(2021, 9, 30), "1,043"),
                (date(2021, 10, 1), date(2021, 12, 31), "1,060")]
    readings = [_reading(metric, *q) for q in quarters]
    readings.append(_reading(metric, date(2021, 1, 1), date(2021, 12, 31), year))
    assert quarters_add_up(readings) is holds


@pytest.mark.parametrize("text, found", [
    ("Our 2015 fourth quarter included the period from September 28, 2015 through December "
     "31, 2015.", {(2015, 4): (date(2015, 9, 28), date(2015, 12, 31))}),
    ("The 2019 first quarter covered the period from December 31, 2018 to March 31, 2019.",
     {(2019, 1): (date(2018, 12, 31), date(2019, 3, 31))}),
    # must not fire: no quarter's length, or the same quarter dated two ways
    ("Our 2015 fourth quarter included the period from September 28, 2015 through March 31, "
     "2016.", {}),
    ("Our 2015 fourth quarter included the period from September 28, 2015 through December "
     "31, 2015. Our 2015 fourth quarter included the period from October 1, 2015 through "
     "December 31, 2015.", {}),
])
def test_a_quarter_dated_in_words_is_stated_once_and_one_way(text, found):
    assert stated_quarters(text) == found
