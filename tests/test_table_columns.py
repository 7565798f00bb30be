"""Columns and periods of a statement (the one-truth issue's class 3), on small hand-made tables
in the layouts of the filings that broke, then on those filings themselves."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.periods import cover_fiscal_end, find_fiscal_years, latest_column_year
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file

COVER = "<p>ANNUAL REPORT For the fiscal year ended January 31, 2025</p>"


def _facts(body: str, form: str = "10-K"):
    return extract_table_facts(parse_document(f"<html><body>{body}</body></html>", name="t.htm",
                                              form=form))


def _values(facts, metric):
    return {(f.period_end, f.value) for f in facts if f.metric == metric}


# Salesforce's 10-K FY2025 layout: a white "4" in the corner of the header row, hidden cells
# in every row but that one, "% of Total Revenues" columns between the years.
SALESFORCE_LIKE = COVER + """<p>Results of Operations (in millions)</p><table>
<tr><td colspan="3"><span style="color:#ffffff">4</span></td>
<td colspan="3" style="display:none"></td><td colspan="12">Fiscal Year Ended January 31,</td></tr>
<tr><td colspan="3"></td><td colspan="3" style="display:none"></td>
<td colspan="3">2025</td><td colspan="3">% of Total Revenues</td>
<td colspan="3">2024</td><td colspan="3">% of Total Revenues</td></tr>
<tr><td colspan="3">Total revenues</td><td colspan="3" style="display:none"></td>
<td colspan="3">$37,895</td><td colspan="3">100%</td><td colspan="3">$34,857</td>
<td colspan="3">100%</td></tr>
<tr><td colspan="3">Net income</td><td colspan="3" style="display:none"></td>
<td colspan="3">6,197</td><td colspan="3">16%</td><td colspan="3">4,136</td>
<td colspan="3">12%</td></tr>
</table>"""


def test_a_figure_in_the_label_column_leaves_a_header_row_a_header():
    facts = _facts(SALESFORCE_LIKE)
    assert _values(facts, "revenue") == {(date(2025, 1, 31), Decimal(37895000000)),
                                         (date(2024, 1, 31), Decimal(34857000000))}
    assert _values(facts, "net_income") == {(date(2025, 1, 31), Decimal(6197000000)),
                                            (date(2024, 1, 31), Decimal(4136000000))}


def test_a_cover_year_ending_in_january_is_labelled_by_the_table():
    assert find_fiscal_years(COVER) == {}  # "2024" or "2025"? the cover alone does not say
    end = cover_fiscal_end(COVER)
    assert latest_column_year(end, [2025, 2024]) == {2025: (date(2024, 2, 1), end)}
    assert latest_column_year(end, [2024, 2023]) == {2024: (date(2024, 2, 1), end)}
    assert latest_column_year(end, [2023, 2022]) == {}  # an older comparison: not the cover's
    april = find_fiscal_years("For the fiscal year ended April 30, 2023")
    assert april == {2023: (date(2022, 5, 1), date(2023, 4, 30))}


def test_bare_years_take_the_cover_year_their_latest_column_names():
    body = COVER + "<p>" + "Other matters. " * 50 + """</p><p>(in millions)</p><table>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Total revenues</td><td>37,895</td><td>34,857</td></tr>
<tr><td>Net income</td><td>6,197</td><td>4,136</td></tr></table>"""
    # only the cover's year is known; the earlier column's dates are not
    assert _values(_facts(body), "revenue") == {(date(2025, 1, 31), Decimal(37895000000))}


# Costco's 10-K FY2022: the MD&A's "Net sales" under "2022" and the statement's "Total revenue"
# under "52 Weeks Ended August 28, 2022" are one figure's readings; the statement's stands.
COSTCO_LIKE = """<p>For the fiscal year ended August 28, 2022</p><p>Gross Margin (in millions)</p>
<table><tr><td></td><td>2022</td><td>2021</td></tr>
<tr><td>Net sales</td><td>$222,730</td><td>$192,052</td></tr>
<tr><td>Less merchandise costs</td><td>199,382</td><td>170,684</td></tr>
<tr><td>Gross margin</td><td>$23,348</td><td>$21,368</td></tr></table>
<p>CONSOLIDATED STATEMENTS OF INCOME (amounts in millions, except per share data)</p><table>
<tr><td></td><td colspan="2">52 Weeks Ended</td></tr>
<tr><td></td><td>August 28, 2022</td><td>August 29, 2021</td></tr>
<tr><td>Net sales</td><td>$222,730</td><td>$192,052</td></tr>
<tr><td>Membership fees</td><td>4,224</td><td>3,877</td></tr>
<tr><td>Total revenue</td><td>226,954</td><td>195,929</td></tr>
<tr><td>Operating income</td><td>7,793</td><td>6,708</td></tr>
<tr><td>Provision for income taxes</td><td>1,925</td><td>1,601</td></tr>
<tr><td>Net income</td><td>$5,844</td><td>$5,007</td></tr>
<tr><td>Diluted net income per share</td><td>$13.14</td><td>$11.27</td></tr></table>"""


def test_a_lesser_table_yields_to_the_statement_whatever_its_header_says_of_the_start():
    revenue = [f for f in _facts(COSTCO_LIKE) if f.metric == "revenue"
               and f.period_end == date(2022, 8, 28)]
    assert [f.value for f in revenue] == [Decimal(226954000000)]


# The filers' own inline XBRL (Revenues, CostOfRevenue, GrossProfit, OperatingIncomeLoss,
# NetIncomeLoss, EarningsPerShareDiluted) for the periods the tables used to misdate.
CORPUS = [
    ("dev/10-K_CRM_2025-01-31.html", date(2025, 1, 31),
     {"revenue": 37895000000, "cost_of_revenue": 8643000000, "gross_profit": 29252000000,
      "operating_income": 7205000000, "net_income": 6197000000, "eps_diluted": Decimal("6.36")}),
    ("dev/10-K_CRM_2025-01-31.html", date(2024, 1, 31),
     {"revenue": 34857000000, "net_income": 4136000000, "eps_diluted": Decimal("4.20")}),
    ("dev/10-K_COST_0000909832-22-000021.html", date(2022, 8, 28),
     {"revenue": 226954000000, "net_income": 5844000000, "operating_income": 7793000000}),
]


@pytest.mark.corpus
@pytest.mark.parametrize("relative,end,expected", CORPUS, ids=[f"{c[0][4:12]}-{c[1]}"
                                                              for c in CORPUS])
def test_corpus_columns_are_dated_as_the_filer_tags_them(relative, end, expected):
    path = corpus_file(relative)
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    for metric, value in expected.items():
        got = sorted({f.value for f in facts if f.metric == metric and f.period_end == end
                      and f.period_start and (end - f.period_start).days > 300})
        assert got == [Decimal(value)], metric


def test_weeks_written_out_are_periods():
    from extractors.periods import header_leftover, parse_header_period
    period = parse_header_period("Twelve Weeks Ended September 8, 2024")
    assert period.end - period.start == date(2024, 9, 8) - date(2024, 6, 17)
    assert parse_header_period("24 Weeks Ended June 15, 2024").start == date(2023, 12, 31)
    assert header_leftover("Sixteen weeks ended June 30, 2024") == ""


def test_a_footnoted_year_and_an_except_clause_leave_a_header_a_header():
    # Norfolk Southern's five-year review heads "20051" (a footnote glued to 2005) and states
    # "($ in millions, except earnings per share)"; Twilio's "except share, per share and
    # customer data": neither names another column
    body = """<p>For the fiscal year ended December 31, 2008</p><table>
<tr><td></td><td>2008</td><td>2007</td><td>20051</td></tr>
<tr><td></td><td colspan="3">($ in millions, except earnings per share and customer data)</td></tr>
<tr><td>Railway operating revenues</td><td>$10,661</td><td>$9,432</td><td>$8,527</td></tr>
<tr><td>Net income</td><td>$1,716</td><td>$1,464</td><td>$1,281</td></tr></table>"""
    # the cover's "fiscal year ended December 31" dates each year column
    assert _values(_facts(body), "net_income") == {(date(2008, 12, 31), Decimal(1716000000)),
                                                   (date(2007, 12, 31), Decimal(1464000000)),
                                                   (date(2005, 12, 31), Decimal(1281000000))}
