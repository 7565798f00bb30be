"""Figures articles quote that filings state as balances, rates and cash-flow lines: total debt,
return on invested capital, stock-based compensation; read from real filings in place, and
named by article sentences written here (paraphrases)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.statement_kinds import instant_period
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact


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
    years = [f for f in found if f.period_start.month == 1 and f.period_end.month == 12]
    by_year = {f.period_end.year: f.value for f in years}
    assert by_year == {2018: Decimal("93273000"), 2017: Decimal("49619000"),
                       2016: Decimal("24225000"),
                       # the selected data's footnote "(1) Includes stock-based compensation
                       # expense as follows" totals two earlier years (extractors.titled_totals)
                       2015: Decimal("8877000"), 2014: Decimal("3978000")}
    # the gross-profit reconciliation adds back cost of revenue's part only (1,126)
    assert all(f.sources[0].row in ("Stock-based compensation", "Total") for f in found)
    assert Decimal("1126000") not in {f.value for f in found}
    statement = [f for f in years if f.period_end.year >= 2016]
    assert all(f.sources[0].row == "Stock-based compensation" for f in statement)


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


# --- which debt "gross debt" means ------------------------------------------------------------

TENQ = ("0000000000-25-000002", "10-Q", date(2025, 7, 20))
JUNE_30 = date(2025, 6, 30)


def _balance(metric: str, value: str) -> StoredFact:
    accession, form, filed = TENQ
    fact = Fact(metric, Decimal(value), "USD", None, JUNE_30, decimals=-6,
                sources=(Source("q.htm", "tables", "1.0", table=7, row=metric, text=value),))
    return StoredFact(f"{metric}-{value}", fact, 1234, accession, form, filed, "q.htm",
                      f"https://www.sec.gov/Archives/{accession}/q.htm")


GROSS_DEBT = "Acme ended the quarter ended June 30, 2025 with {} in gross debt."


def _debt_verdict(figure: str, facts: list[StoredFact]):
    claims = _claims(GROSS_DEBT.format(figure))
    return {v.claim.text: v for v in verify_claims(claims, facts)}[figure]


def test_gross_debt_matching_the_carrying_total_or_the_principal_is_supported():
    carrying, par = _balance("total_debt", "14453000000"), _balance("debt_principal",
                                                                    "14515000000")
    assert _debt_verdict("$14.45 billion", [carrying, par]).verdict == "supported"
    found = _debt_verdict("$14.52 billion", [carrying, par])
    assert found.verdict == "supported" and found.evidence[0].metric == "debt_principal"


def test_gross_debt_is_drifted_only_when_both_lines_are_filed_and_missed():
    carrying, par = _balance("total_debt", "14453000000"), _balance("debt_principal",
                                                                    "14515000000")
    assert _debt_verdict("$14.8 billion", [carrying, par]).verdict == "drifted"
    # the principal not filed: the article's figure may be it, so nothing is pinned
    alone = _debt_verdict("$14.52 billion", [carrying])
    assert alone.verdict == "unverifiable" and "debt_principal" in alone.reason


# --- a charge inside a total is not the total -------------------------------------------------

def test_a_charge_a_total_included_is_not_the_total():
    found = {c.text: c for c in _claims(
        "Net income in 2025 was $1.2 billion and included a $50 million restructuring charge. "
        "The net loss included a $21 million noncash charge for stock-based compensation.")}
    assert found["$1.2 billion"].metric == "net_income"
    # never compared with the year's net income: a charge, matched only with filed charges
    assert found["$50 million"].metric == "stated_charge"
    assert found["$21 million"].metric == "stock_based_compensation"
    # the item after "of": "$9 million of asset impairment charges" is no net loss either
    of_item = {c.text: c.metric for c in _claims(
        "The net loss for 2025 included $9 million of asset impairment charges and deposit "
        "write-offs. Net income included $40 million of which most was interest.")}
    assert of_item["$9 million"] == "stated_charge"
    assert of_item["$40 million"] == "net_income"  # "of which" joins no item to the figure
    # a joining word between a figure and a gain makes the gain another clause's subject
    joined = {c.text: c.metric for c in _claims(
        "Revenue was $5 billion in 2025 and gains on investments were small.")}
    assert joined["$5 billion"] == "revenue"
    facts = [StoredFact("ni", Fact("net_income", Decimal("1200000000"), "USD", date(2025, 1, 1),
                                   date(2025, 12, 31), decimals=-6), 1, "a", "10-K",
                        date(2026, 2, 1), "d", "u")]
    verdict = {v.claim.text: v for v in verify_claims(list(found.values()), facts)}["$50 million"]
    assert verdict.verdict == "unverifiable" and "charge or gain" in verdict.reason
