"""Long-term debt less its current portion and that current portion read from a balance
sheet's own lines (registry rows ``long_term_debt_noncurrent``, ``long_term_debt_current``): a
line that names which part it is, or a bare "Long-term debt" only below the sheet's current
liabilities (``Label.after``): an unclassified sheet's may hold the current maturities too. The
balance sheets below are the project's own; the real filings are read in place from the shared
corpus (skipped when absent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document
from tests.test_holders_equity_lines import table_facts

_SHEET = """<html><body><p>CONSOLIDATED BALANCE SHEETS (in millions)</p><table>
<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Cash and cash equivalents</td><td>$ 500</td><td>$ 400</td></tr>
<tr><td>Total current assets</td><td>900</td><td>800</td></tr>
<tr><td>Total assets</td><td>$ 2,000</td><td>$ 1,800</td></tr>
<tr><td>Current liabilities:</td><td></td><td></td></tr>
<tr><td>Accounts payable</td><td>200</td><td>190</td></tr>
{current}
<tr><td>Total current liabilities</td><td>300</td><td>250</td></tr>
<tr><td>Long-term liabilities:</td><td></td><td></td></tr>
<tr><td>{noncurrent}</td><td>700</td><td>650</td></tr>
<tr><td>Total liabilities</td><td>1,000</td><td>900</td></tr>
<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Total stockholders' equity</td><td>1,000</td><td>900</td></tr>
<tr><td>Total liabilities and stockholders' equity</td><td>$ 2,000</td><td>$ 1,800</td></tr>
</table></body></html>"""
DAY = date(2024, 6, 30)
CURRENT = "<tr><td>{label}</td><td>100</td><td>60</td></tr>"


def _debt(noncurrent: str = "Long-term debt",
          current: str = "Current portion of long-term debt") -> dict[str, Decimal]:
    content = _SHEET.format(noncurrent=noncurrent,
                            current=CURRENT.format(label=current) if current else "").encode()
    return {f.metric: f.value for f in extract_document(content, document="bs.htm")
            if f.metric.startswith("long_term_debt") and f.period_end == DAY}


def test_a_classified_sheet_states_both_parts():
    assert _debt() == {"long_term_debt_noncurrent": Decimal("700000000"),
                       "long_term_debt_current": Decimal("100000000")}
    assert _debt("Long-term debt, excluding current portion", "Current maturities of "
                 "long-term debt") == {"long_term_debt_noncurrent": Decimal("700000000"),
                                       "long_term_debt_current": Decimal("100000000")}


def test_a_bare_long_term_debt_line_above_the_current_liabilities_is_no_part():
    # the same bare line printed where no current liabilities close above it: not read
    content = _SHEET.replace("<tr><td>Total current liabilities</td><td>300</td><td>250</td>"
                             "</tr>", "").format(noncurrent="Long-term debt", current="")
    assert not [f for f in extract_document(content.encode(), document="bs.htm")
                if f.metric.startswith("long_term_debt")]


def test_a_current_portion_net_of_its_discount_is_not_the_tagged_principal():
    assert "long_term_debt_current" not in _debt(current="Current portion of long-term debt, "
                                                         "net")


def _balance(relative: str, metric: str, day: date) -> set[Decimal]:
    return {f.value for f in table_facts(relative) if f.metric == metric and f.period_end == day}


def test_real_balance_sheets_state_the_parts():
    # a warehouse club's "Long-term debt, excluding current portion" under "OTHER LIABILITIES"
    cost = "dev/10-K_COST_0000909832-22-000021.html"
    day = date(2022, 8, 28)
    assert _balance(cost, "long_term_debt_noncurrent", day) == {Decimal("6484000000")}
    assert _balance(cost, "long_term_debt_current", day) == {Decimal("73000000")}
    # a railroad's "Debt due after one year"
    assert _balance("dev/10-Q_UNP_2025-06-30.html", "long_term_debt_noncurrent",
                    date(2025, 6, 30)) == {Decimal("30291000000")}
    # a computer maker's bare "Long-term debt" below its current liabilities (a 10-K of 2006)
    assert _balance("dev/10-K_DELL_0000950134-06-005149.html", "long_term_debt_noncurrent",
                    date(2006, 2, 3)) == {Decimal("504000000")}
