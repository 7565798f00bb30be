"""Income before income taxes and interest expense read from the income statement's own rows
(filings before inline XBRL tag neither: a building-materials maker's FY2012 10-K printed its
"Loss from continuing operations before income taxes" of $120.4 million, and an article's
figure for it came out unverifiable). Neither line is a cue that a table is an income
statement: a railroad's return-on-capital reconciliation ("Net income", "Interest expense")
would otherwise outrank the statement as the source of its net income."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from pipeline.facts_io import extract_content
from tests.conftest import claims_in, corpus_file


def _statement(rows: list[tuple[str, str, str]], title: str) -> bytes:
    body = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<html><body><p>{title}</p><table><tr><td>(In thousands)</td>"
            "<td>Year Ended December 31, 2019</td><td>Year Ended December 31, 2018</td></tr>"
            f"{body}</table></body></html>").encode()


def _facts(html: bytes) -> dict:
    doc = parse_document(html, name="probe", form="10-K")
    return {(f.metric, f.period_end): f for f in extract_table_facts(doc)}


_INCOME = [("Total revenues", "$800,000", "$700,000"), ("Cost of revenues", "500,000", "450,000"),
           ("Operating earnings", "90,000", "60,000"), ("Interest expense", "40,000", "45,000"),
           ("Loss from continuing operations before income taxes", "(12,500)", "(20,000)"),
           ("Benefit from income taxes", "(5,000)", "(8,000)"),
           ("Net loss", "$(7,500)", "$(12,000)")]


def test_the_statements_pretax_and_interest_lines_are_read():
    facts = _facts(_statement(_INCOME, "CONSOLIDATED STATEMENTS OF OPERATIONS"))
    assert facts[("pretax_income", date(2019, 12, 31))].value == Decimal("-12500000")
    assert facts[("interest_expense", date(2018, 12, 31))].value == Decimal("45000000")
    assert facts[("net_income", date(2019, 12, 31))].value == Decimal("-7500000")


def test_a_reconciliation_of_net_income_and_interest_is_no_income_statement():
    rows = [("Net income", "$6,000", "$5,000"), ("Interest expense", "1,000", "900"),
            ("Taxes on interest", "(200)", "(180)"), ("Net operating profit", "6,800", "5,720"),
            ("Average invested capital", "40,000", "38,000")]
    facts = _facts(_statement(rows, "Return on invested capital, a non-GAAP measure"))
    assert not [key for key in facts if key[0] in ("net_income", "interest_expense")]


@pytest.mark.corpus
def test_the_building_materials_makers_pretax_loss_and_interest():
    path = corpus_file("dev/10-K_VMC_0001193125-13-084128.html")
    facts = extract_content(path.read_bytes(), path.name, form="10-K", use_xbrl=True)
    by = {(f.metric, f.period_end): f.value for f in facts}
    assert by[("pretax_income", date(2012, 12, 31))] == Decimal("-120418000")
    assert by[("pretax_income", date(2011, 12, 31))] == Decimal("-153738000")
    assert by[("interest_expense", date(2012, 12, 31))] == Decimal("213067000")


@pytest.mark.corpus
def test_the_railroads_net_income_comes_from_its_statement():
    path = corpus_file("dev/10-K_UNP_2024-12-31.html")
    facts = extract_content(path.read_bytes(), path.name, form="10-K", use_xbrl=True)
    income = [f for f in facts if f.metric == "net_income" and f.period_end == date(2024, 12, 31)]
    assert [f.value for f in income] == [Decimal("6747000000")]
    assert (income[0].sources[0].row, income[0].sources[0].table) == ("Net income", 38)


@pytest.mark.parametrize("text, metric", [
    # a cue after a comma that leads to its own figure is that figure's, never this one's
    ("After a net financing charge 2% lower at $211.9 million, the pre-tax loss shrank by a "
     "fifth to $120.4 million in 2012.", None),
    ("In 2012 the net interest charge stood at $211.9 million, the pre-tax loss at "
     "$120.4 million.", None),
    # the must-not-fire twin: a cue in the figure's own clause still names it
    ("In 2012 the pre-tax loss was $120.4 million, its smallest in five years.", "pretax_income")])
def test_a_cue_that_leads_to_the_next_figure_is_not_this_ones(text, metric):
    claims = claims_in(text)
    first = next(c for c in claims if c.unit == "USD")
    assert first.metric == metric
