"""Figures articles quote that filings state as balances, rates and cash-flow lines: total debt,
return on invested capital, stock-based compensation; read from real filings in place, and
named by article sentences written here (paraphrases)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from tests.conftest import corpus_file
from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.statement_kinds import instant_period
from pipeline.verify.claims import extract_claims


def _facts(relative: str, metric: str, *, use_xbrl: bool = True):
    path = corpus_file(relative)
    facts = extract_document(path.read_bytes(), document=path.name, use_xbrl=use_xbrl)
    return [f for f in facts if f.metric == metric]


def _claims(text: str):
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def test_roic_is_read_per_year_from_the_reconciliation_table():
    found = {f.period_end: f.value for f in _facts("dev/10-K_UNP_2024-12-31.html",
                                                    "return_on_invested_capital")}
    assert found == {date(2024, 12, 31): Decimal("15.8"), date(2023, 12, 31): Decimal("15.5"),
                     date(2022, 12, 31): Decimal("17.3")}


def test_stock_based_compensation_is_the_cash_flow_line_never_a_reconciliation_part():
    found = _facts("dev/10-K_TWLO_0001047469-19-000807.html", "stock_based_compensation",
                   use_xbrl=False)
    by_year = {f.period_end.year: f.value for f in found}
    assert by_year == {2018: Decimal("93273000"), 2017: Decimal("49619000"),
                       2016: Decimal("24225000")}
    # the gross-profit reconciliation adds back cost of revenue's part only (1,126)
    assert all(f.sources[0].row == "Stock-based compensation" for f in found)


def test_total_debt_is_the_stated_total_on_each_day_and_no_change_column():
    found = _facts("dev/10-Q_NFLX_2025-06-30.html", "total_debt", use_xbrl=False)
    assert {f.period_end: f.value for f in found} == {
        date(2025, 6, 30): Decimal("14453206000"), date(2024, 12, 31): Decimal("15582804000")}
    principal = _facts("dev/10-Q_NFLX_2025-06-30.html", "debt_principal")
    assert {f.period_end: f.value for f in principal}[date(2025, 6, 30)] == Decimal("14515000000")


def test_a_change_between_two_days_is_no_day():
    assert instant_period("Change June 30, 2025 vs. December 31, 2024") is None
    assert instant_period("As of June 30, 2025") is not None


def test_article_words_name_the_new_metrics():
    text = ("Acme ended the quarter with $4.2 billion in gross debt and $1.1 billion in cash. "
            "Its return on invested capital was up 0.4 points, to 12.6%. "
            "The bottom line included a $21 million noncash charge for stock-based compensation. "
            "There were 150 million ordinary shares issued and outstanding at quarter end.")
    metrics = {c.text: c.metric for c in _claims(text)}
    assert metrics["$4.2 billion"] == "total_debt"
    assert metrics["12.6%"] == "return_on_invested_capital"
    assert metrics["$21 million"] == "stock_based_compensation"
    assert next(m for t, m in metrics.items() if t.startswith("150 million")) \
        == "shares_outstanding"
