"""A header row whose label cell states the length and whose cells state the dates ("Fiscal year
ended" over "Dec. 31, 2015 | Dec. 28, 2014"): the statement's columns are those years (a
broadcaster's FY2015 10-K was read from its five-year summary alone, one column of it). Beside
it, two tables that are not the company's own lines: a cash-flow statement's supplemental block
and a note summarising its consolidated VIEs' assets."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from pipeline.facts_io import extract_content
from tests.conftest import corpus_file


def _html(header_label: str, columns: tuple[str, str], rows: list[tuple[str, str, str]],
          title: str = "CONSOLIDATED STATEMENTS OF OPERATIONS", before: str = "") -> bytes:
    cells = "".join(f"<td>{c}</td>" for c in columns)
    body = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<html><body><p>{before}</p><p>{title}</p><table>"
            f"<tr><td>In thousands of dollars</td><td></td><td></td></tr>"
            f"<tr><td>{header_label}</td>{cells}</tr>{body}</table></body></html>").encode()


_INCOME = [("Revenues", "$500,000", "$400,000"), ("Cost of sales", "300,000", "250,000"),
           ("Operating income", "200,000", "150,000"), ("Income before income taxes",
                                                        "180,000", "140,000"),
           ("Provision for income taxes", "40,000", "30,000"),
           ("Net income", "$140,000", "$110,000"),
           ("Net income per share - diluted", "$1.40", "$1.10")]


def _facts(html: bytes) -> dict:
    doc = parse_document(html, name="probe", form="10-K")
    return {(f.metric, f.period_start, f.period_end): f.value for f in extract_table_facts(doc)}


def test_a_length_in_the_label_cell_dates_the_columns():
    facts = _facts(_html("Fiscal year ended", ("Dec. 31, 2019", "Dec. 31, 2018"), _INCOME))
    assert facts[("revenue", date(2019, 1, 1), date(2019, 12, 31))] == Decimal("500000000")
    assert facts[("net_income", date(2018, 1, 1), date(2018, 12, 31))] == Decimal("110000000")
    assert facts[("eps_diluted", date(2019, 1, 1), date(2019, 12, 31))] == Decimal("1.40")


def test_a_quarter_length_makes_quarters():
    facts = _facts(_html("Three months ended", ("June 30, 2019", "June 30, 2018"), _INCOME))
    assert facts[("revenue", date(2019, 4, 1), date(2019, 6, 30))] == Decimal("500000000")


def test_a_date_alone_with_no_length_stays_undated():
    # a bare date says nothing of the span it closes: no column, no figure (never a guess)
    facts = _facts(_html("", ("Dec. 31, 2019", "Dec. 31, 2018"), _INCOME))
    assert not [key for key in facts if key[0] == "revenue" and key[1] is not None]


def test_a_column_that_states_its_own_length_keeps_it():
    facts = _facts(_html("Three months ended", ("Year ended Dec. 31, 2019",
                                                "Year ended Dec. 31, 2018"), _INCOME))
    assert facts[("revenue", date(2019, 1, 1), date(2019, 12, 31))] == Decimal("500000000")
    assert ("revenue", date(2019, 10, 1), date(2019, 12, 31)) not in facts


_CASH_FLOW = [("Cash flows from operating activities", "", ""),
              ("Net income", "$140,000", "$110,000"),
              ("Net cash provided by operating activities", "210,000", "180,000"),
              ("Cash flows from investing activities", "", ""),
              ("Purchase of property and equipment", "(60,000)", "(50,000)"),
              ("Net cash used for investing activities", "(60,000)", "(50,000)"),
              ("Supplemental cash flow information:", "", ""),
              ("Capital expenditures", "$(7,000)", "$—")]


def test_a_supplemental_blocks_capital_expenditures_are_not_the_statements():
    html = _html("", ("Year ended Dec. 31, 2019", "Year ended Dec. 31, 2018"), _CASH_FLOW,
                 title="CONSOLIDATED STATEMENTS OF CASH FLOWS")
    facts = _facts(html)
    capex = {k: v for k, v in facts.items() if k[0] == "capital_expenditures"}
    assert capex == {("capital_expenditures", date(2019, 1, 1), date(2019, 12, 31)):
                     Decimal("60000000"),
                     ("capital_expenditures", date(2018, 1, 1), date(2018, 12, 31)):
                     Decimal("50000000")}


_VIE_BALANCE = [("Current assets", "$1,250", "$20,541"), ("Total assets", "4,405", "60,037"),
                ("Current liabilities", "1,381", "11,635"),
                ("Total liabilities", "$3,100", "$37,663")]


@pytest.mark.parametrize("before, read", [
    ("Below is a summary of the assets and liabilities of the consolidated VIEs:", False),
    ("The assets and liabilities of our variable interest entities were as follows:", False),
    ("CONSOLIDATED BALANCE SHEETS", True)])
def test_a_note_on_the_vies_is_not_the_companys_balance_sheet(before, read):
    html = _html("", ("Dec. 31, 2019", "Dec. 31, 2018"), _VIE_BALANCE, title="",
                 before=before)
    facts = _facts(html)
    assert (("total_assets", None, date(2019, 12, 31)) in facts) is read


@pytest.mark.corpus
def test_the_broadcasters_statements_are_read_for_every_year():
    path = corpus_file("dev/10-K_TGNA_0000039899-16-000034.html")
    facts = extract_content(path.read_bytes(), path.name, form="10-K", use_xbrl=True)
    # (the years and balances: the quarterly note's fourth quarter of 2015 ends with the year)
    by = {(f.metric, f.period_end): f.value for f in facts
          if f.period_start is None or (f.period_end - f.period_start).days > 300}
    # CONSOLIDATED STATEMENTS OF INCOME, "In thousands of dollars", three fiscal years
    assert by[("revenue", date(2015, 12, 31))] == Decimal("3050945000")
    assert by[("revenue", date(2014, 12, 28))] == Decimal("2626141000")
    assert by[("revenue", date(2013, 12, 29))] == Decimal("1603123000")
    assert by[("operating_income", date(2014, 12, 28))] == Decimal("707499000")
    assert by[("net_income", date(2014, 12, 28))] == Decimal("1062171000")
    assert by[("eps_diluted", date(2013, 12, 29))] == Decimal("1.66")
    assert by[("operating_cash_flow", date(2014, 12, 28))] == Decimal("821199000")
    capex = sorted(f.value for f in facts if f.metric == "capital_expenditures")
    assert capex == [Decimal("110407000"), Decimal("118767000"), Decimal("150354000")]
    # its balance sheet, printed over two tables (assets; liabilities and equity), is read; its
    # note on the consolidated VIEs (total assets 4,405 thousand) is no balance of its own
    assets = {f.period_end: f.value for f in facts if f.metric == "total_assets"}
    assert assets == {date(2015, 12, 31): Decimal("8537758000"),
                      date(2014, 12, 28): Decimal("11242195000")}
    assert by[("total_liabilities", date(2015, 12, 31))] == Decimal("6056348000")


def _page(title: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<table><tr><td>{title}</td><td></td><td></td></tr>"
            "<tr><td>In thousands of dollars</td><td>Dec. 31, 2019</td><td>Dec. 31, 2018</td></tr>"
            f"{body}</table>")


_ASSETS = [("Current assets", "", ""), ("Cash and cash equivalents", "$50,000", "$40,000"),
           ("Total current assets", "300,000", "280,000"), ("Total assets", "$900,000",
                                                             "$850,000")]
_LIABILITIES = [("Current liabilities", "", ""), ("Accounts payable", "$70,000", "$60,000"),
                ("Total current liabilities", "200,000", "190,000"),
                ("Total liabilities", "500,000", "480,000"),
                ("Total shareholders' equity", "400,000", "370,000"),
                ("Total liabilities and shareholders' equity", "$900,000", "$850,000")]


@pytest.mark.parametrize("title, read", [("CONSOLIDATED BALANCE SHEETS", True),
                                         ("Consolidated Balance Sheet Data", False),
                                         ("Selected Financial Data", False)])
def test_a_balance_sheet_printed_over_two_tables_is_read_page_by_page(title, read):
    html = (f"<html><body>{_page(title, _ASSETS)}<p>(continued)</p>"
            f"{_page(title, _LIABILITIES)}</body></html>").encode()
    facts = _facts(html)
    assert facts.get(("total_assets", None, date(2019, 12, 31))) == (
        Decimal("900000000") if read else None)
    assert facts.get(("total_liabilities", None, date(2018, 12, 31))) == (
        Decimal("480000000") if read else None)
