"""Tables of customers by period: hand-written layouts, and no false facts on the corpus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.concentration import extract_concentration
from extractors.concentration_tables import ROW_GATES, customer_rows
from extractors.document import parse_document
from tests.conftest import corpus_file
from tests.random_text import random_texts

Q26, Q25 = (date(2026, 4, 1), date(2026, 6, 30)), (date(2025, 4, 1), date(2025, 6, 30))


def _facts(html: str):
    doc = parse_document(f"<html><body>{html}</body></html>", name="t.htm")
    return [f for f in extract_concentration(doc) if f.sources[0].table is not None]


def _rows(facts):
    return [(f.entity, f.basis, f.period_start, f.period_end, str(f.value)) for f in facts]


TWO_LEVEL = """
<p>The following table sets forth customers that accounted for 10% or more of revenue:</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended June 30,</td></tr>
<tr><td></td><td colspan="2">2026</td><td colspan="2">2025</td></tr>
<tr><td>Customer A</td><td>34</td><td>%</td><td>70</td><td>%</td></tr>
<tr><td>Customer B (1)</td><td>*</td><td></td><td>18.0</td><td>%</td></tr>
<tr><td>Customer C</td><td>&#8212;</td><td></td><td>12</td><td>%</td></tr>
</table>
<p>* Less than 10%.</p>
"""


def test_two_level_header_percent_in_own_cell_and_markers():
    facts = _facts(TWO_LEVEL)
    assert _rows(facts) == [
        ("Customer A", "revenue", *Q26, "34"),
        ("Customer A", "revenue", *Q25, "70"),
        ("Customer B", "revenue", *Q25, "18.0"),
        ("Customer C", "revenue", *Q25, "12"),
    ]
    b = facts[2]
    assert b.decimals == 1 and b.value == Decimal("18.0")
    src = b.sources[0]
    assert (src.extractor, src.table, src.row) == ("concentration", 0, "Customer B (1)")
    assert src.column == "Three Months Ended June 30, 2025" and src.text == "18.0%"


ALIASES_AND_RECEIVABLES = """
<p>Group 42 Holding Ltd (together with its affiliates, "G42") and Mohamed bin Zayed University
of Artificial Intelligence ("MBZUAI") are our largest customers.</p>
<p>Customers representing 10% or more of accounts receivable (in percentages):</p>
<table>
<tr><th></th><th>As of December 31, 2025</th><th>As of December 31, 2024</th></tr>
<tr><td>MBZUAI</td><td>77.9</td><td>*</td></tr>
<tr><td>G42</td><td>12.1</td><td>91.0</td></tr>
</table>
"""


def test_bare_percent_cells_under_an_as_of_header_with_aliases():
    assert _rows(_facts(ALIASES_AND_RECEIVABLES)) == [
        ("MBZUAI", "accounts_receivable", None, date(2025, 12, 31), "77.9"),
        ("G42", "accounts_receivable", None, date(2025, 12, 31), "12.1"),
        ("G42", "accounts_receivable", None, date(2024, 12, 31), "91.0"),
    ]


SECTIONS = """
<p>Concentration of customers (percent):</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue:</td></tr>
<tr><td>Customer 1</td><td>24%</td><td>85%</td></tr>
<tr><td>Accounts receivable:</td></tr>
<tr><td>Customer 1</td><td>91%</td><td>40%</td></tr>
</table>
"""


def test_section_rows_set_the_basis_and_receivables_take_the_end_date():
    y25, y24 = (date(2025, 1, 1), date(2025, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))
    assert _rows(_facts(SECTIONS)) == [
        ("Customer 1", "revenue", *y25, "24"),
        ("Customer 1", "revenue", *y24, "85"),
        ("Customer 1", "accounts_receivable", None, date(2025, 12, 31), "91"),
        ("Customer 1", "accounts_receivable", None, date(2024, 12, 31), "40"),
    ]


@pytest.mark.parametrize(
    "html",
    [
        # revenue by geography: rows are not customers
        "<p>Revenue by geography</p><table><tr><td></td><td>Three Months Ended June 30, 2026"
        "</td></tr><tr><td>United States</td><td>55%</td></tr></table>",
        # a customer row of dollar amounts
        "<p>Revenue by customer</p><table><tr><td></td><td>Year Ended December 31, 2025</td>"
        "</tr><tr><td>Customer A</td><td>$</td><td>1,234</td></tr></table>",
        # no basis anywhere
        "<table><tr><td></td><td>Year Ended December 31, 2025</td></tr>"
        "<tr><td>Customer A</td><td>15%</td></tr></table>",
        # a revenue column headed by a date alone is not a period
        "<p>Percent of revenue</p><table><tr><td></td><td>December 31, 2025</td></tr>"
        "<tr><td>Customer A</td><td>15%</td></tr></table>",
    ],
)
def test_non_customer_tables_give_nothing(html):
    assert _facts(html) == []


@pytest.mark.parametrize(
    "relative",
    [
        "10q-10k/10-K_PLTR_0001321655-24-000022.html",
        "10q-10k/10-Q_AI_0001628280-23-031636.html",
        "10q-10k/10-Q_HD_0000354950-23-000185.html",
        "10q-10k/10-Q_AMD_0000002488-23-000139.html",
        "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
    ],
)
def test_corpus_percent_tables_are_not_customer_tables(relative):
    path = corpus_file(relative)
    doc = parse_document(path.read_bytes(), name=path.name)
    assert [f for f in extract_concentration(doc) if f.sources[0].table is not None] == []


def test_row_gates_answer_as_the_plain_patterns():
    # the gates run only at the newlines a single scan finds before their words
    pieces = ["\n", "Customer", "Client", "Distributor", "customer", "CUSTOMER", " ", "\t", "A",
              "B (1)", "1", "One", "Ten", "x", "\u0130", "\nCustomer A\t", "\nDistributor 2"]
    for text in random_texts(pieces, seed=5, longest=12):
        labels, _ = customer_rows(text, {})
        assert labels == any(gate.search(text) for gate in ROW_GATES), text


def test_row_gates_answer_as_the_plain_patterns_on_the_corpus(corpus_texts):
    for path, text in corpus_texts:
        labels, _ = customer_rows(text, {})
        assert labels == any(gate.search(text) for gate in ROW_GATES), path.name
