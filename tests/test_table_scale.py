"""The scale a table's money figures are printed in, in the ways filers state it.

Each case puts the scale where a real filer puts it (the paragraph above the table, a
parenthesis in the header, the header's corner cell) and reads the statement through the public
``extract_table_facts``. Union Pacific states its scale only in the corner cell ("Millions,
except per share amounts, for the three months ended June 30,"): it read 1,000,000 times too low.
"""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts

TABLE = """<html><body><p>Consolidated Statements of Income</p>{above}
<table>
<tr><td>{corner}</td><td>2025</td><td>2024</td></tr>
<tr><td>Total revenue</td><td>6,154</td><td>6,007</td></tr>
<tr><td>Net income</td><td>1,876</td><td>1,673</td></tr>
<tr><td>Diluted earnings per share</td><td>3.15</td><td>2.75</td></tr>
</table></body></html>"""


def _revenue_and_eps(above: str = "", corner: str = "Year Ended December 31,"):
    html = TABLE.format(above=above, corner=corner)
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    revenue = [f for f in facts if f.metric == "revenue" and f.period_end == date(2025, 12, 31)]
    eps = [f for f in facts if f.metric == "eps_diluted" and f.period_end == date(2025, 12, 31)]
    assert len(revenue) == 1 and len(eps) == 1, facts
    return revenue[0].value, eps[0].value


@pytest.mark.parametrize("above,corner,scale", [
    ("<p>(in thousands, except per share data)</p>", "Year Ended December 31,", 3),
    ("<p>($ in millions)</p>", "Year Ended December 31,", 6),
    ("<p>(Millions, except per share amounts)</p>", "Year Ended December 31,", 6),
    ("<p>(MILLIONS)</p>", "Year Ended December 31,", 6),
    ("<p>Millions of Dollars</p>", "Year Ended December 31,", 6),
    ("<p>(in thousands of U.S. dollars)</p>", "Year Ended December 31,", 3),
    ("<p>Dollars &amp; Shares in Millions</p>", "Year Ended December 31,", 6),
    ("<p>(Dollars and Shares in Millions, Except Per Share Data)</p>",
     "Year Ended December 31,", 6),
    ("<p>($000)</p>", "Year Ended December 31,", 3),
    # older filings' ways of saying thousands: read without them, every figure was 1,000
    # times too low
    ("<p>(000 omitted)</p>", "Year Ended December 31,", 3),
    ("<p>(000's omitted, except per share data)</p>", "Year Ended December 31,", 3),
    ("<p>(Dollars in 000's)</p>", "Year Ended December 31,", 3),
    ("<p>(In $000s, except per share amounts)</p>", "Year Ended December 31,", 3),
    ("", "Year Ended December 31, (000 omitted)", 3),
    ("", "Millions, except per share amounts, for the years ended December 31,", 6),
    ("", "(In millions) Year Ended December 31,", 6),
])
def test_the_stated_scale_applies_to_money_not_to_per_share(above, corner, scale):
    revenue, eps = _revenue_and_eps(above, corner)
    assert revenue == Decimal(6154) * 10 ** scale
    assert eps == Decimal("3.15")


@pytest.mark.parametrize("above", [
    "<p>(in millions, except number of shares, which are reflected in thousands)</p>",
    "<p>(net income in millions and shares in thousands)</p>",
])
def test_a_scale_for_shares_only_is_not_the_money_scale(above):
    revenue, _ = _revenue_and_eps(above)
    assert revenue == Decimal(6154) * 10 ** 6


def test_millions_of_shares_in_the_corner_is_no_money_scale():
    revenue, _ = _revenue_and_eps(corner="Millions of shares, years ended December 31,")
    assert revenue == Decimal(6154)


def test_an_unscaled_statement_matches_a_scaled_excerpt_within_its_rounding():
    # Forward Industries' 10-K: the MD&A's "$27,480" under "(dollars in thousands)" and the
    # statement's whole dollars "$27,479,896" with no scale stated: one figure, two roundings
    html = """<html><body><p>Results of operations (dollars in thousands)</p><table>
<tr><td></td><td>Fiscal Year Ended September 30, 2016</td></tr>
<tr><td>Net revenues</td><td>$27,480</td></tr><tr><td>Gross profit</td><td>$5,080</td></tr>
</table><p>{filler}</p><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><table>
<tr><td></td><td>For the Fiscal Year Ended September 30, 2016</td></tr>
<tr><td>Net revenues</td><td>$27,479,896</td></tr>
<tr><td>Cost of goods sold</td><td>22,399,734</td></tr>
<tr><td>Gross profit</td><td>5,080,162</td></tr><tr><td>Net income</td><td>606,562</td></tr>
</table></body></html>""".replace("{filler}", "Other matters of the year. " * 30)
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    assert {f.value for f in facts if f.metric == "net_income"} == {Decimal(606562)}
    assert Decimal(27479896) in {f.value for f in facts if f.metric == "revenue"}


def test_a_dollars_caption_over_the_years_is_no_column_name():
    from extractors.periods import header_leftover
    assert header_leftover("Year Ended December 31, 2011 (Dollars in thousands, except per share "
                           "amounts)") == ""
