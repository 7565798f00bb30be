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
