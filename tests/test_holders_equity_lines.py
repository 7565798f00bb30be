"""The holders' equity read from a balance sheet's own line (registry row
``stockholders_equity``, statement "balance"): the company's holders' total, never a total that
sums the noncontrolling interests in nor a common holders' line beside preferred stock. The
balance sheets below are the project's own, shaped as filers print them; the real filings are
read in place from the shared corpus (skipped when absent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from extractors.dispatch import extract_document
from tests.conftest import corpus_file

_HEAD = """<html><body><p>CONSOLIDATED BALANCE SHEETS (in millions)</p><table>
<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>
<tr><td>Current assets:</td><td></td><td></td></tr>
<tr><td>Cash and cash equivalents</td><td>$ 500</td><td>$ 400</td></tr>
<tr><td>Total current assets</td><td>900</td><td>800</td></tr>
<tr><td>Property and equipment, net</td><td>1,100</td><td>1,000</td></tr>
<tr><td>Total assets</td><td>$ 2,000</td><td>$ 1,800</td></tr>
<tr><td>Liabilities and stockholders' equity</td><td></td><td></td></tr>
<tr><td>Total current liabilities</td><td>600</td><td>550</td></tr>
<tr><td>Long-term debt</td><td>400</td><td>350</td></tr>
<tr><td>Total liabilities</td><td>1,000</td><td>900</td></tr>
<tr><td>Commitments and contingencies (Note 9)</td><td></td><td></td></tr>
"""
_TAIL = """<tr><td>Total liabilities and stockholders' equity</td><td>$ 2,000</td>
<td>$ 1,800</td></tr></table></body></html>"""


def _sheet(rows: str, metric: str) -> dict[date, Decimal]:
    """{day: value} of ``metric`` read from the balance sheet that prints ``rows`` in its
    equity block."""
    content = (_HEAD + rows + _TAIL).encode()
    return {f.period_end: f.value for f in extract_document(content, document="bs.htm")
            if f.metric == metric}


def _equity(rows: str) -> dict[date, Decimal]:
    return _sheet(rows, "stockholders_equity")


def _retained(rows: str) -> dict[date, Decimal]:
    return _sheet(rows, "retained_earnings")


def test_the_holders_total_under_its_own_blocks_is_read():
    # under "Stockholders' equity:" and its "Capital stock:" block, after a line of no figures
    # that only refers to a note, and a stock's description whose figures wrap to the next row
    assert _equity("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Capital stock:</td><td></td><td></td></tr>
<tr><td>Common stock, $0.01 par value; 100 shares authorized;</td><td></td><td></td></tr>
<tr><td>50 and 49 shares outstanding</td><td>1</td><td>1</td></tr>
<tr><td>Additional paid-in capital</td><td>1,200</td><td>1,150</td></tr>
<tr><td>Accumulated deficit</td><td>(201)</td><td>(251)</td></tr>
<tr><td>Total stockholders' equity</td><td>1,000</td><td>900</td></tr>
""") == {date(2024, 6, 30): Decimal("1000000000"), date(2023, 12, 31): Decimal("900000000")}


def test_a_deficit_is_the_negative_balance():
    assert _equity("""<tr><td>Stockholders' deficit:</td><td></td><td></td></tr>
<tr><td>Accumulated deficit</td><td>(1,201)</td><td>(1,101)</td></tr>
<tr><td>Total stockholders' deficit</td><td>(5)</td><td>(3)</td></tr>
""") == {date(2024, 6, 30): Decimal("-5000000"), date(2023, 12, 31): Decimal("-3000000")}


def test_a_total_under_the_noncontrolling_interests_is_never_the_holders():
    # the company's own holders' line, then the noncontrolling interests, then the total that
    # sums them: only the first is the holders' equity
    assert _equity("""<tr><td>Example Corp stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>960</td><td>860</td></tr>
<tr><td>Total Example Corp stockholders' equity</td><td>960</td><td>860</td></tr>
<tr><td>Noncontrolling interests</td><td>40</td><td>40</td></tr>
<tr><td>Total stockholders' equity</td><td>1,000</td><td>900</td></tr>
""") == {date(2024, 6, 30): Decimal("960000000"), date(2023, 12, 31): Decimal("860000000")}
    # the same total with no owner-named line above it: nothing, rather than the sum
    assert _equity("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>960</td><td>860</td></tr>
<tr><td>Noncontrolling interests</td><td>40</td><td>40</td></tr>
<tr><td>Total stockholders' equity</td><td>1,000</td><td>900</td></tr>
""") == {}
    # "Total equity" after the holders' total is never read; the holders' total is
    assert _equity("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>960</td><td>860</td></tr>
<tr><td>Total stockholders' equity</td><td>960</td><td>860</td></tr>
<tr><td>Noncontrolling interests</td><td>40</td><td>40</td></tr>
<tr><td>Total equity</td><td>1,000</td><td>900</td></tr>
""") == {date(2024, 6, 30): Decimal("960000000"), date(2023, 12, 31): Decimal("860000000")}


def test_a_common_holders_total_is_the_holders_only_without_preferred_stock():
    common = """<tr><td>Common shareholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>1,000</td><td>900</td></tr>
<tr><td>Total common shareholders' equity</td><td>1,000</td><td>900</td></tr>
"""
    assert _equity(common)[date(2024, 6, 30)] == Decimal("1000000000")
    # beside preferred stock, the common holders' line leaves it out: not the holders' equity
    preferred = ("<tr><td>Preferred stock</td><td>50</td><td>50</td></tr>\n"
                 + common.replace("1,000</td><td>900", "950</td><td>850"))
    assert _equity(preferred) == {}


def test_the_other_side_of_the_sheet_and_a_change_are_never_the_holders_equity():
    # "Total liabilities and stockholders' equity" is the sheet's total, read as nothing here
    assert _equity("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>1,000</td><td>900</td></tr>
""") == {}


@cache
def table_facts(relative: str) -> list:
    """The facts read from a corpus file without its tags (its tables and prose), once per
    test process: the statement-line tests of several modules read the same filings."""
    path = corpus_file(relative)
    return extract_document(path.read_bytes(), document=path.name, use_xbrl=False)


def _values(facts, day: date) -> set[Decimal]:
    return {f.value for f in facts if f.metric == "stockholders_equity" and f.period_end == day}


def test_real_balance_sheets_state_the_holders_equity():
    # a software maker's 10-Q: its own holders' line, never the total under the
    # noncontrolling interests (2,841)
    oracle = table_facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html")
    assert _values(oracle, date(2023, 8, 31)) == {Decimal("2370000000")}
    # a drinks maker's "Equity Attributable to Shareowners of ...", never its "Total Equity"
    coke = table_facts("10q-10k/10-Q_KO_0000021344-23-000048.html")
    assert _values(coke, date(2023, 6, 30)) == {Decimal("26013000000")}
    # a computer maker's 10-K of 2006 (no inline XBRL)
    dell = table_facts("dev/10-K_DELL_0000950134-06-005149.html")
    assert _values(dell, date(2006, 2, 3)) == {Decimal("4129000000")}
    # a shell company's deficit, printed in dollars
    shell = table_facts("dev/10-K_CIK890821_0001079974-15-000209.html")
    assert _values(shell, date(2014, 12, 31)) == {Decimal("-3871")}


def test_retained_earnings_and_a_deficit_printed_negative_are_read():
    assert _retained("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Retained earnings</td><td>960</td><td>860</td></tr>
""") == {date(2024, 6, 30): Decimal("960000000"), date(2023, 12, 31): Decimal("860000000")}
    assert _retained("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Accumulated deficit</td><td>(1,201)</td><td>(1,101)</td></tr>
""") == {date(2024, 6, 30): Decimal("-1201000000"), date(2023, 12, 31): Decimal("-1101000000")}


def test_a_deficit_printed_as_its_size_is_not_read_as_earnings():
    assert _retained("""<tr><td>Stockholders' equity:</td><td></td><td></td></tr>
<tr><td>Accumulated deficit</td><td>1,201</td><td>1,101</td></tr>
""") == {}


def test_real_balance_sheets_state_retained_earnings():
    dell = table_facts("dev/10-K_DELL_0000950134-06-005149.html")
    assert {f.value for f in dell if f.metric == "retained_earnings"
            and f.period_end == date(2006, 2, 3)} == {Decimal("12746000000")}
    # a video-camera maker's accumulated deficit, printed in parentheses
    gopro = table_facts("dev/10-K_GPRO_0001500435-19-000013.html")
    assert {f.value for f in gopro if f.metric == "retained_earnings"
            and f.period_end == date(2018, 12, 31)} == {Decimal("-569030000")}
