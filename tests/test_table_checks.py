"""The arithmetic a statement satisfies (the one-truth issue's class 1), on hand-made tables."""

from datetime import date
from decimal import Decimal

from extractors.document import parse_document
from extractors.tables import extract_table_facts

ROWS = """<p>CONSOLIDATED STATEMENTS OF OPERATIONS (in millions)</p><table>
<tr><td></td><td>Three Months Ended July 1, 2023</td></tr>
<tr><td>Net revenue</td><td>5,359</td></tr>
<tr><td>Cost of sales</td><td>{cost}</td></tr>{between}
<tr><td>Gross profit</td><td>2,443</td></tr>
<tr><td>Operating income</td><td>(20)</td></tr>
<tr><td>Net income</td><td>27</td></tr></table>"""


def _facts(cost: str, between: str = ""):
    html = f"<html><body>{ROWS.format(cost=cost, between=between)}</body></html>"
    return extract_table_facts(parse_document(html, name="t.htm", form="10-Q"))


def test_revenue_less_cost_is_gross_profit():
    assert {f.metric for f in _facts("2,916")} >= {"revenue", "cost_of_revenue", "gross_profit"}


def test_a_table_whose_columns_do_not_add_up_is_not_a_statement():
    assert _facts("2,704") == []  # 5,359 - 2,704 is not 2,443: some figure is not what it says


def test_lines_printed_between_cost_and_gross_profit_are_taken_off_too():
    # AMD's 10-Q: "Amortization of acquisition-related intangibles" between the two
    amortization = "<tr><td>Amortization of acquisition-related intangibles</td><td>212</td></tr>"
    revenue = [f.value for f in _facts("2,704", amortization) if f.metric == "revenue"]
    assert revenue == [Decimal(5359000000)]


def test_a_percent_subcolumn_under_a_year_header_is_no_figure():
    # GoPro's 10-K: "2018" spans "$1,148,337 | 100%"; the cost row's bare "69" is a percent
    html = """<html><body><p>Results of operations</p><table>
<tr><td></td><td colspan="2">Year ended December 31, 2018</td></tr>
<tr><td>(dollars in thousands)</td></tr>
<tr><td>Revenue</td><td>$1,148,337</td><td>100%</td></tr>
<tr><td>Cost of revenue</td><td>786,903</td><td>69</td></tr>
<tr><td>Gross profit</td><td>361,434</td><td>31</td></tr></table></body></html>"""
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    cost = [f.value for f in facts if f.metric == "cost_of_revenue"
            and f.period_end == date(2018, 12, 31)]
    assert cost == [Decimal(786903000)]


EPS_TABLE = """<html><body><p>CONSOLIDATED STATEMENTS OF INCOME (in millions, except per share
data; shares in thousands)</p><table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>Total revenues</td><td>6,154</td><td>6,007</td></tr>
<tr><td>Operating income</td><td>2,452</td><td>2,411</td></tr>
<tr><td>Net income</td><td>1,876</td><td>1,673</td></tr>
<tr><td>Earnings per share - diluted</td><td>{eps}</td><td>2.74</td></tr>
<tr><td>Weighted average number of shares - diluted</td><td>594,800</td><td>610,300</td></tr>
<tr><td>Dilutive effect of retention shares</td><td>500</td><td>500</td></tr>
</table></body></html>"""


def _eps_facts(eps: str):
    html = EPS_TABLE.format(eps=eps)
    return extract_table_facts(parse_document(html, name="t.htm", form="10-Q"))


def test_eps_times_diluted_shares_is_net_income_at_some_scale():
    # Union Pacific's 10-Q: 3.15 x 594.8 million = 1,874 million against 1,876 million
    assert {f.metric for f in _eps_facts("3.15")} >= {"eps_diluted", "net_income", "revenue"}


def test_eps_that_cannot_be_net_income_per_share_sinks_the_table():
    assert _eps_facts("2.16") == []  # a figure from another line or column: 1,285 vs 1,876


PARTS_TABLE = """<html><body><p>Consolidated Statements of Earnings (in millions)</p><table>
<tr><td></td><td>Year Ended December 31, 2021</td></tr>
<tr><td>Revenues</td></tr>{lines}
<tr><td>Total net revenues</td><td>{total}</td></tr>
<tr><td>Operating income</td><td>21,632</td></tr>
<tr><td>Net earnings</td><td>21,635</td></tr></table></body></html>"""
BANK_LINES = """<tr><td>Investment banking</td><td>14,168</td></tr>
<tr><td>Market making</td><td>15,352</td></tr>
<tr><td>Total non-interest revenues</td><td>29,520</td></tr>
<tr><td>Interest income</td><td>12,120</td></tr>
<tr><td>Interest expense</td><td>5,650</td></tr>
<tr><td>Net interest income</td><td>6,470</td></tr>"""


def _revenue(lines: str, total: str):
    html = PARTS_TABLE.format(lines=lines, total=total)
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    return [f.value for f in facts if f.metric == "revenue"]


def test_a_total_is_its_parts_with_subtotals_and_net_interest_counted_once():
    # Goldman Sachs's layout: subtotals whatever their label, net interest as a difference
    assert _revenue(BANK_LINES, "35,990") == [Decimal(35990000000)]


def test_a_total_that_is_not_its_parts_sinks_the_table():
    assert _revenue(BANK_LINES, "39,990") == []


def test_a_block_inside_the_section_is_a_part():
    # Wells Fargo's "Markets:" block inside its revenue lines
    lines = """<tr><td>Banking</td><td>1,356</td></tr><tr><td>Markets:</td></tr>
<tr><td>FICC</td><td>794</td></tr><tr><td>Equities</td><td>205</td></tr>
<tr><td>Total Markets</td><td>999</td></tr><tr><td>Other</td><td>49</td></tr>"""
    assert _revenue(lines, "2,404") == [Decimal(2404000000)]
