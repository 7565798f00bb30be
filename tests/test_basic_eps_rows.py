"""Basic EPS read from the income statement's own rows, as diluted EPS is. Earnings releases and
filings before inline XBRL print it ("Basic", "Net income per share - basic", "Basic earnings
per share", one "basic and diluted" row for both) and articles quote it ("Basic earnings came to
$2.72 a share"), but only the filer's tag was read: such a claim was unverifiable. A "Basic" row
is no cue that a table is an income statement (``Metric.is_statement_line``): a selected-data
table's "Net sales" and "Basic" make none."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from pipeline.facts_io import extract_content
from tests.conftest import corpus_file, corpus_verdicts, verify_text
from warehouse.records import StoredFact


def _statement(rows: list[tuple[str, str, str]], title: str = "CONSOLIDATED STATEMENTS OF "
               "OPERATIONS") -> bytes:
    body = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<html><body><p>{title}</p><table><tr><td>(In thousands, except per share "
            "amounts)</td><td>Year Ended December 31, 2019</td><td>Year Ended December 31, "
            f"2018</td></tr>{body}</table></body></html>").encode()


def _facts(html: bytes) -> list:
    return extract_table_facts(parse_document(html, name="probe", form="10-K"))


def _by(facts: list) -> dict:
    return {(f.metric, f.period_end): f.value for f in facts}


_LINES = [("Net sales", "$800,000", "$700,000"), ("Cost of sales", "500,000", "450,000"),
          ("Operating income", "90,000", "60,000"), ("Net income", "$50,000", "$40,000")]
_SHARES = [("Weighted average shares outstanding:", "", ""), ("Basic", "20,000", "19,000"),
           ("Diluted", "20,500", "19,400")]


@pytest.mark.parametrize("rows", [
    [("Net income per share - basic", "$2.50", "$2.11"),
     ("Net income per share - diluted", "$2.44", "$2.06")],
    [("Basic earnings per share", "$2.50", "$2.11"),
     ("Diluted earnings per share", "$2.44", "$2.06")],
    [("Net income per basic share", "$2.50", "$2.11"),
     ("Net income per diluted share", "$2.44", "$2.06")],
    [("Earnings per share:", "", ""), ("Basic", "$2.50", "$2.11"), ("Diluted", "$2.44", "$2.06")],
    [("Basic:", "", ""), ("Net income per share", "$2.50", "$2.11"),
     ("Diluted:", "", ""), ("Net income per share", "$2.44", "$2.06")],
])
def test_the_statements_basic_line_is_read(rows):
    facts = _by(_facts(_statement(_LINES + rows + _SHARES)))
    assert facts[("eps_basic", date(2019, 12, 31))] == Decimal("2.50")
    assert facts[("eps_basic", date(2018, 12, 31))] == Decimal("2.11")
    assert facts[("eps_diluted", date(2019, 12, 31))] == Decimal("2.44")
    assert facts[("net_income", date(2019, 12, 31))] == Decimal("50000000")


@pytest.mark.parametrize("rows", [
    [("Net loss per share, basic and diluted", "$(0.35)", "$(0.42)")],
    [("Basic and diluted net loss per share", "$(0.35)", "$(0.42)")],
    [("Net loss per share:", "", ""), ("Basic and diluted", "$(0.35)", "$(0.42)")],
])
def test_one_row_for_both_bases_is_basic_and_diluted(rows):
    lines = [("Revenue", "$8,000", "$7,000"), ("Operating loss", "(6,000)", "(7,500)"),
             ("Net loss", "$(7,000)", "$(8,000)")]
    facts = _by(_facts(_statement(lines + rows + _SHARES[:2])))
    # a loss per share is negative, on both bases
    assert facts[("eps_basic", date(2019, 12, 31))] == Decimal("-0.35")
    assert facts[("eps_diluted", date(2019, 12, 31))] == Decimal("-0.35")
    assert facts[("eps_basic", date(2018, 12, 31))] == Decimal("-0.42")


def test_a_diluted_row_alone_is_no_basic_figure():
    # the must-not-fire twin: "diluted" alone, or "assuming dilution", names no basic figure
    rows = [("Net income per share - assuming dilution", "$2.44", "$2.06")]
    facts = _by(_facts(_statement(_LINES + rows)))
    assert facts[("eps_diluted", date(2019, 12, 31))] == Decimal("2.44")
    assert not [key for key in facts if key[0] == "eps_basic"]


def test_a_basic_share_count_is_no_basic_eps():
    # "Basic" under "Weighted average shares outstanding:" is a count of shares
    facts = _by(_facts(_statement(_LINES + [("Net income per share - diluted", "$2.44",
                                              "$2.06")] + _SHARES)))
    assert not [key for key in facts if key[0] == "eps_basic"]


def test_a_basic_line_makes_no_table_an_income_statement():
    # a selected-data table's "Net sales" and "Basic" (per-share) lines: one statement line only
    rows = [("Net sales", "$800,000", "$700,000"), ("Earnings per share:", "", ""),
            ("Basic", "$2.50", "$2.11")]
    assert _facts(_statement(rows, "Selected Financial Data")) == []


def test_an_articles_basic_earnings_are_borne_out_by_the_row():
    read = _facts(_statement(_LINES + [("Basic earnings per share", "$2.50", "$2.11"),
                                       ("Diluted earnings per share", "$2.44", "$2.06")]))
    facts = [StoredFact(f"f{i}", fact, 1, "0000000001-20-000001", "10-K", date(2020, 2, 20),
                        "probe", "https://x/probe") for i, fact in enumerate(read)]
    verdicts = verify_text("In 2019, basic earnings came to $2.50 a share.", facts)
    assert verdicts["$2.50 a share"].verdict == "supported"
    assert "Basic earnings per share" in verdicts["$2.50 a share"].evidence[0].locator
    wrong = verify_text("In 2019, basic earnings came to $2.60 a share.", facts)
    assert wrong["$2.60 a share"].verdict == "drifted"


RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"  # a software maker's Q1 FY2023
LOSSES = "dev/10-K_TWLO_0001047469-19-000807.html"  # a loss maker's one row for both bases


@pytest.mark.corpus
def test_a_releases_basic_line_bears_out_an_articles_basic_earnings():
    text = ("The software maker reported its first quarter. Basic earnings came to $2.72 a share "
            "and diluted earnings were $2.71 a share; a year earlier basic earnings were $2.68 "
            "a share.")
    verdicts = corpus_verdicts(RELEASE, date(2023, 3, 15), text)
    assert verdicts["$2.72 a share"] == ("supported", "eps_basic")
    assert verdicts["$2.71 a share"] == ("supported", "eps_diluted")
    assert verdicts["$2.68 a share"] == ("supported", "eps_basic")
    wrong = corpus_verdicts(RELEASE, date(2023, 3, 15), "In its first quarter of fiscal 2023 "
                            "basic earnings came to $2.82 a share.")
    assert wrong["$2.82 a share"] == ("drifted", "eps_basic")


@pytest.mark.corpus
def test_a_loss_per_share_basic_and_diluted_is_a_negative_basic_figure():
    path = corpus_file(LOSSES)
    facts = extract_content(path.read_bytes(), path.name, form="10-K", use_xbrl=False)
    basic = {f.period_end: f.value for f in facts if f.metric == "eps_basic"}
    assert basic[date(2018, 12, 31)] == Decimal("-1.26")
    assert basic[date(2017, 12, 31)] == Decimal("-0.70")
