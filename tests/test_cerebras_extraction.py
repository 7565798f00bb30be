"""Every extractor on the project's Cerebras fixtures: the figures FACTS.md gives, exactly.

The fixtures are reconstructions carrying the figures Cerebras's filings report
(fixtures/README.md); these tests pin what `ingest` must find in each filing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors import extract_document
from tests.conftest import EDGAR_FIXTURES

FOLDER = EDGAR_FIXTURES / "Archives" / "edgar" / "data" / "2021728"
FY2025 = (date(2025, 1, 1), date(2025, 12, 31))
FY2024 = (date(2024, 1, 1), date(2024, 12, 31))
Q1_2026 = (date(2026, 1, 1), date(2026, 3, 31))
Q2_2026 = (date(2026, 4, 1), date(2026, 6, 30))
H1_2026 = (date(2026, 1, 1), date(2026, 6, 30))


def facts_of(accession: str, filename: str, form: str) -> dict:
    path = FOLDER / accession.replace("-", "") / filename
    facts = extract_document(path.read_bytes(), document=filename, form=form)
    table: dict = {}
    for fact in facts:
        key = (fact.metric, fact.entity, fact.basis, fact.period_start, fact.period_end)
        table.setdefault(key, []).append(fact.value)
    return table


@pytest.fixture(scope="module")
def s1a():
    return facts_of("0001628280-26-029503", "cerebras-sx1amay2026.htm", "S-1/A")


@pytest.fixture(scope="module")
def prospectus():
    return facts_of("0001628280-26-035214", "cerebras-424b4.htm", "424B4")


@pytest.mark.parametrize(
    "metric, period, value",
    [
        ("revenue", FY2025, "509991000"),
        ("revenue", FY2024, "290252000"),
        ("cost_of_revenue", FY2025, "310920000"),
        ("cost_of_revenue", FY2024, "167514000"),
        ("gross_profit", FY2025, "199071000"),
        ("gross_profit", FY2024, "122738000"),
        ("gross_margin", FY2025, "39.0"),
        ("gross_margin", FY2024, "42.3"),
        ("net_income", FY2025, "237827000"),
        ("net_income", FY2024, "-481602000"),
        ("net_income_non_gaap", FY2025, "-75700000"),
        ("net_income_non_gaap", FY2024, "-21800000"),
        ("eps_diluted", FY2025, "1.38"),
        ("eps_diluted", FY2024, "-9.90"),
    ],
)
def test_annual_statement_figures(s1a, prospectus, metric, period, value):
    for facts in (s1a, prospectus):
        assert facts[(metric, None, None, *period)] == [Decimal(value)]


@pytest.mark.parametrize(
    "period, revenue, net_income",
    [
        ((date(2025, 1, 1), date(2025, 3, 31)), "99512000", "-23867000"),
        ((date(2025, 4, 1), date(2025, 6, 30)), "103322000", "309512000"),
        ((date(2025, 7, 1), date(2025, 9, 30)), "135714000", "-22201000"),
        ((date(2025, 10, 1), date(2025, 12, 31)), "171443000", "-25617000"),
    ],
)
def test_quarterly_results_of_2025(s1a, period, revenue, net_income):
    assert s1a[("revenue", None, None, *period)] == [Decimal(revenue)]
    assert s1a[("net_income", None, None, *period)] == [Decimal(net_income)]


def test_q1_2026_quarter_from_the_10q_and_the_release():
    ten_q = facts_of("0001628280-26-044981", "cbrs-20260331.htm", "10-Q")
    release = facts_of("0001628280-26-044941", "cbrsannouncesfinancialresu.htm", "8-K")
    for facts in (ten_q, release):
        assert facts[("revenue", None, None, *Q1_2026)] == [Decimal("193406000")]
        assert facts[("net_income", None, None, *Q1_2026)] == [Decimal("-14006000")]


def test_q2_2026_quarter_from_the_10q():
    facts = facts_of("0001628280-26-056357", "cbrs-20260630.htm", "10-Q")
    assert facts[("revenue", None, None, *Q2_2026)] == [Decimal("180110000")]
    assert facts[("revenue", None, None, *H1_2026)] == [Decimal("373516000")]
    assert facts[("gross_profit", None, None, *Q2_2026)] == [Decimal("25559000")]
    assert facts[("gross_margin", None, None, *Q2_2026)] == [Decimal("14.2")]
    assert facts[("net_income", None, None, *Q2_2026)] == [Decimal("-450528000")]
    assert facts[("shares_outstanding", "total", None, None, date(2026, 8, 5))] == [
        Decimal("237564041")
    ]


def test_q2_2026_release_quarter():
    facts = facts_of("0001628280-26-056186", "cbrsannouncesfinancialresu.htm", "8-K")
    assert facts[("revenue", None, None, *Q2_2026)] == [Decimal("180110000")]
    assert facts[("net_income", None, None, *Q2_2026)] == [Decimal("-450528000")]


def test_offering_terms_move_from_range_to_price(s1a, prospectus):
    assert s1a[("price_range_low", None, None, None, None)] == [Decimal("115.00")]
    assert s1a[("price_range_high", None, None, None, None)] == [Decimal("125.00")]
    assert s1a[("shares_offered", None, None, None, None)] == [Decimal("28000000")]
    assert s1a[("shares_outstanding_after_offering", None, None, None, None)] == [
        Decimal("212965381")
    ]
    assert prospectus[("offering_price", None, None, None, None)] == [Decimal("185.00")]
    assert prospectus[("shares_offered", None, None, None, None)] == [Decimal("30000000")]
    assert ("price_range_low", None, None, None, None) not in prospectus
