"""The claim types an analyst writes, each read from a sentence written for this test."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from pipeline.verify.article import normalise
from pipeline.verify.claims import extract_claims


def claims(text: str) -> list:
    text = normalise(text)
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def one(text: str):
    (claim,) = [c for c in claims(text) if c.value is not None]
    return claim


@pytest.mark.parametrize("text, metric, value, unit, period", [
    ("Revenue grew 76% year over year in 2025.", "revenue_growth", "76", "percent", "FY2025"),
    ("Revenue was up 75.7% from 2024.", "revenue_growth", "75.7", "percent", "FY2025"),
    ("Revenue rose 76 percent in 2025.", "revenue_growth", "76", "percent", "FY2025"),
    ("Revenue fell 5% in 2025.", "revenue_growth", "-5", "percent", "FY2025"),
    ("The company posted a net loss of $481.6 million in 2024.", "net_income", "-481600000",
     "USD", "FY2024"),
    ("It lost $14.0 million in the first quarter of 2026.", "net_income", "-14000000", "USD",
     "Q1 2026"),
    ("Revenue of $180.1 million for the second quarter of 2026.", "revenue", "180100000", "USD",
     "Q2 2026"),
    ("Q2 2026 revenue was $180.1 million.", "revenue", "180100000", "USD", "Q2 2026"),
    ("Revenue was $180.1 million in the three months ended June 30, 2026.", "revenue",
     "180100000", "USD", "3 months ended 2026-06-30"),
    ("Revenue for the six months ended June 30, 2026 was $350.2 million.", "revenue",
     "350200000", "USD", "6 months ended 2026-06-30"),
    ("Revenue was $0.51 billion in 2025.", "revenue", "510000000", "USD", "FY2025"),
    ("Revenue was $509,991 thousand in 2025.", "revenue", "509991000", "USD", "FY2025"),
    ("Revenue was 510 million dollars in 2025.", "revenue", "510000000", "USD", "FY2025"),
    ("EPS of $1.38 in 2025.", "eps_diluted", "1.38", "USD/share", "FY2025"),
    ("Diluted earnings per share of $1.38 in 2025.", "eps_diluted", "1.38", "USD/share",
     "FY2025"),
    ("Diluted EPS was (9.90) in 2024.", "eps_diluted", "-9.90", "USD/share", "FY2024"),
    ("Gross margin of 14.2% in the June 2026 quarter.", "gross_margin", "14.2", "percent",
     "3 months ended 2026-06-30"),
    ("The IPO was priced at $185 a share.", "offering_price", "185", "USD/share", None),
    ("The company sold 30 million shares.", "shares_offered", "30000000", "shares", None),
    ("Net proceeds of about $5.4 billion.", "net_proceeds", "5400000000", "USD", None),
    ("Revenue was $510.0\u00a0million in 2025.", "revenue", "510000000", "USD", "FY2025"),
    ("Revenue was $510.0 million[1] in 2025.", "revenue", "510000000", "USD", "FY2025"),
    ("Net income was $237.8 million² in 2025.", "net_income", "237800000", "USD", "FY2025"),
    ("Net loss was \u2212$75.7 million in 2025.", "net_income", "-75700000", "USD", "FY2025"),
    ("Buckle earned $0.88 per diluted share in the 13 weeks ended November 2, 2024.",
     "eps_diluted", "0.88", "USD/share", "3 months ended 2024-11-02"),
])
def test_claim_types(text, metric, value, unit, period):
    claim = one(text)
    assert (claim.metric, claim.value, claim.unit, claim.period_label) == (
        metric, Decimal(value), unit, period)


@pytest.mark.parametrize("text, entity, basis, value", [
    ("G42, the Abu Dhabi conglomerate, accounted for 85% of 2024 sales.", "G42", "revenue", "85"),
    ("Group 42 accounted for 85% of 2024 sales.", "Group 42", "revenue", "85"),
    ("Its largest customer accounted for 85% of 2024 revenue.", "largest customer", "revenue",
     "85"),
    ("MBZUAI’s share fell to 34% in the second quarter of 2026.", "MBZUAI", "revenue", "34"),
    ("MBZUAI represented 77.9% of receivables.", "MBZUAI", "accounts_receivable", "77.9"),
    ("G42 accounted for 24 percent of 2025 revenue.", "G42", "revenue", "24"),
])
def test_concentration_claims(text, entity, basis, value):
    claim = one(text)
    assert (claim.metric, claim.entity, claim.basis, claim.value) == (
        "customer_concentration", entity, basis, Decimal(value))


def test_shares_with_the_overallotment_option():
    claim = one("It sold 34.5 million shares including the overallotment.")
    assert (claim.metric, claim.entity, claim.value) == ("shares_offered", "with_option",
                                                          Decimal("34500000"))


def test_growth_of_another_figure_names_its_base():
    claim = one("Net income rose 20% in 2025.")
    assert (claim.metric, claim.basis) == ("revenue_growth", "net_income")


def test_a_part_of_revenue_is_not_the_total():
    for text, entity in (("Data center revenue was $41.1 billion.", "Data center"),
                         ("Online sales were $45.8 million.", "Online"),
                         ("Collectibles sales were $0.8 billion.", "Collectibles")):
        assert one(text).entity == entity
    assert one("NVIDIA's revenue was $46.7 billion.").entity is None


def test_numbers_in_words_are_kept_not_checkable():
    found = claims("Two customers made up a third of revenue.")
    # a count in words is the count its digit twin is ("2 customers"); a share in words stays
    # not checkable
    assert [c.text for c in found] == ["Two", "a third"]
    assert (found[0].unit, found[0].value) == ("count", 2)
    assert found[1].not_checkable_reason and found[1].value is None


def test_markdown_table_cells_take_their_column_period():
    text = ("Results at a glance:\n\n| Figure | 2024 | 2025 |\n|---|---|---|\n"
            "| Revenue | $290.3 million | $510.0 million |\n| Gross margin | 42% | 39% |\n")
    found = {c.text: c for c in claims(text) if c.value is not None}
    assert (found["$290.3 million"].metric, found["$290.3 million"].period_label) == (
        "revenue", "FY2024")
    assert found["$510.0 million"].period_label == "FY2025"
    assert (found["39%"].metric, found["39%"].period_end) == ("gross_margin", date(2025, 12, 31))


def test_fiscal_quarter_label():
    claim = one("Revenue was $46.7 billion in the second quarter of fiscal 2026.")
    assert claim.period_label == "fiscal Q2 2026"
