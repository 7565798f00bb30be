"""The income tax expense read from an income statement's own line (registry row
``income_tax_expense``, ``is_between``): filers print an expense and a benefit with or without
parentheses, so the line is signed by the lines around it (the income before taxes less the
income after them) and read only where they differ by its size. The statements below are the
project's own; the real filings are read in place from the shared corpus (skipped when absent).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document
from tests.test_holders_equity_lines import table_facts

_HEAD = """<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS (in millions, except per share
amounts)</p><table>
<tr><td></td><td>Year Ended December 31, 2023</td><td>Year Ended December 31, 2022</td></tr>
<tr><td>Revenue</td><td>$ 1,000</td><td>$ 900</td></tr>
<tr><td>Cost of revenue</td><td>600</td><td>560</td></tr>
<tr><td>Gross profit</td><td>400</td><td>340</td></tr>
<tr><td>Operating income</td><td>120</td><td>(60)</td></tr>
<tr><td>Income (loss) before income taxes</td><td>100</td><td>(80)</td></tr>
"""
_TAIL = """<tr><td>Diluted</td><td>$ 0.70</td><td>$ (0.60)</td></tr>
</table></body></html>"""
YEAR, BEFORE = date(2023, 12, 31), date(2022, 12, 31)


def _tax(rows: str) -> dict[date, Decimal]:
    content = (_HEAD + rows + _TAIL).encode()
    return {f.period_end: f.value for f in extract_document(content, document="is.htm")
            if f.metric == "income_tax_expense"}


def test_an_expense_and_a_benefit_are_signed_by_the_lines_around_them():
    expected = {YEAR: Decimal("30000000"), BEFORE: Decimal("-20000000")}
    # printed as sizes: the expense and the benefit alike
    assert _tax("""<tr><td>Provision for (benefit from) income taxes</td><td>30</td><td>20</td>
</tr><tr><td>Net income (loss)</td><td>$ 70</td><td>$ (60)</td></tr>""") == expected
    # printed as what is taken from the income before taxes: the expense in parentheses
    assert _tax("""<tr><td>Income tax (expense) benefit</td><td>(30)</td><td>20</td></tr>
<tr><td>Net income (loss)</td><td>$ 70</td><td>$ (60)</td></tr>""") == expected


def test_a_line_that_is_no_difference_of_its_neighbours_is_not_read():
    # an equity-method line between the tax and net income: the tax is not the difference
    assert _tax("""<tr><td>Income tax expense</td><td>30</td><td>(20)</td></tr>
<tr><td>Equity income in investee</td><td>5</td><td>4</td></tr>
<tr><td>Net income (loss)</td><td>$ 75</td><td>$ (56)</td></tr>""") == {}


def _facts(relative: str) -> dict:
    return {(f.period_start, f.period_end): f.value for f in table_facts(relative)
            if f.metric == "income_tax_expense"}


def test_real_statements_state_the_tax_line():
    # a software maker's "Benefit from (provision for) income taxes" 45 under its 2,375
    # before taxes and over its 2,420 net income: a benefit (tagged -45)
    oracle = _facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html")
    assert oracle[date(2023, 6, 1), date(2023, 8, 31)] == Decimal("-45000000")
    assert oracle[date(2022, 6, 1), date(2022, 8, 31)] == Decimal("108000000")
    # a school operator's 10-Q of 2014 (no inline XBRL): "INCOME TAX (EXPENSE) BENEFIT"
    school = _facts("dev/10-Q_NAUH_0001193125-14-363235.html")
    assert school[date(2014, 6, 1), date(2014, 8, 31)] == Decimal("1296000")
    assert school[date(2013, 6, 1), date(2013, 8, 31)] == Decimal("-178000")
    # a chipmaker prints its equity income between the tax and net income: not read
    assert _facts("10q-10k/10-Q_AMD_0000002488-23-000139.html") == {}
