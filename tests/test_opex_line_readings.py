"""Sales and marketing and general and administrative expenses read from an income statement's
own lines (registry rows ``selling_and_marketing``, ``general_and_administrative``), never from
a part of them nor from a note that spreads another expense over the same lines. The tables
below are the project's own; the real filings are read in place from the shared corpus
(skipped when absent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document
from tests.test_holders_equity_lines import table_facts

_STATEMENT = """<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)</p><table>
<tr><td></td><td>Year Ended December 31, 2023</td><td>Year Ended December 31, 2022</td></tr>
<tr><td>Revenue</td><td>$ 1,000</td><td>$ 900</td></tr>
<tr><td>Cost of revenue</td><td>400</td><td>380</td></tr>
<tr><td>Gross profit</td><td>600</td><td>520</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td></tr>
<tr><td>Research and development</td><td>150</td><td>140</td></tr>
<tr><td>{sm}</td><td>250</td><td>230</td></tr>
<tr><td>{ga}</td><td>100</td><td>90</td></tr>
<tr><td>Total operating expenses</td><td>500</td><td>460</td></tr>
<tr><td>Operating income</td><td>100</td><td>60</td></tr>
<tr><td>Net income</td><td>$ 80</td><td>$ 45</td></tr>
</table>
<p>Stock-based compensation expense was allocated as follows (in thousands):</p><table>
<tr><td></td><td>Year Ended December 31, 2023</td><td>Year Ended December 31, 2022</td></tr>
<tr><td>Cost of revenue</td><td>$ 5</td><td>$ 4</td></tr>
<tr><td>Research and development</td><td>30</td><td>25</td></tr>
<tr><td>Sales and marketing</td><td>20</td><td>18</td></tr>
<tr><td>General and administrative</td><td>15</td><td>12</td></tr>
<tr><td>Total stock-based compensation expense</td><td>$ 70</td><td>$ 59</td></tr>
</table></body></html>"""
YEAR = (date(2023, 1, 1), date(2023, 12, 31))


def _lines(sm: str = "Sales and marketing", ga: str = "General and administrative") -> dict:
    content = _STATEMENT.format(sm=sm, ga=ga).encode()
    found: dict = {}
    for f in extract_document(content, document="ops.htm"):
        if f.metric in ("selling_and_marketing", "general_and_administrative"):
            found.setdefault(f.metric, {})[f.period_start, f.period_end] = f.value
    return found


def test_the_statement_lines_are_read_never_the_note_that_spreads_stock_compensation():
    found = _lines()
    assert found["selling_and_marketing"][YEAR] == Decimal("250000")
    assert found["general_and_administrative"][YEAR] == Decimal("100000")
    # the same labels, in a maker's own words
    assert _lines(sm="Marketing and sales")["selling_and_marketing"][YEAR] == Decimal("250000")


def test_a_part_of_the_line_is_never_the_line():
    # a bare "Marketing" or "Selling" is a part of sales and marketing; an "Administrative"
    # line is no general and administrative line
    assert _lines(sm="Marketing", ga="Administrative") == {}
    assert "selling_and_marketing" not in _lines(sm="Selling")


def _facts(relative: str, metric: str) -> dict:
    return {(f.period_start, f.period_end): f.value for f in table_facts(relative)
            if f.metric == metric}


def test_real_statements_state_the_lines():
    # a software maker's FY2013 10-K (no inline XBRL)
    msft = "dev/10-K_MSFT_0001193125-13-310206.html"
    year = (date(2012, 7, 1), date(2013, 6, 30))
    assert _facts(msft, "selling_and_marketing")[year] == Decimal("15276000000")
    assert _facts(msft, "general_and_administrative")[year] == Decimal("5149000000")
    # a game publisher's "Marketing and sales" (a 10-Q of 2017)
    quarter = (date(2016, 10, 1), date(2016, 12, 31))
    assert _facts("dev/10-Q_EA_0000712515-17-000010.html",
                  "selling_and_marketing")[quarter] == Decimal("240000000")
