"""Matching and derived checks on hand-built facts: every verdict, tolerance, aliases, periods."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.entities import same_entity
from warehouse.records import StoredFact

S1A = ("0001628280-26-029503", "S-1/A", date(2026, 5, 4))
B4 = ("0001628280-26-035214", "424B4", date(2026, 5, 14))
Q2 = ("0001628280-26-056357", "10-Q", date(2026, 8, 12))
Y25 = (date(2025, 1, 1), date(2025, 12, 31))


def stored(filing, metric, value, unit="USD", period=(None, None), entity=None, decimals=None,
           basis=None) -> StoredFact:
    accession, form, filed = filing
    fact = Fact(metric, Decimal(value), unit, period[0], period[1], entity=entity,
                decimals=decimals, basis=basis,
                sources=(Source("doc.htm", "tables", "1.0", table=3, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{accession}{metric}{value}{entity}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 2021728, accession, form, filed, "doc.htm",
                      f"https://www.sec.gov/Archives/{accession}/doc.htm")


FACTS = [
    stored(S1A, "revenue", "509991000", period=Y25, decimals=-3),
    stored(S1A, "gross_profit", "199071000", period=Y25, decimals=-3),
    stored(S1A, "customer_concentration", "24.0", "percent", Y25, "Group 42 Holding Ltd", 1,
           "revenue"),
    stored(S1A, "price_range_low", "115.00", "USD/share"),
    stored(S1A, "price_range_high", "125.00", "USD/share"),
    stored(S1A, "shares_outstanding_after_offering", "212965381", "shares", decimals=0),
    stored(B4, "revenue", "509991000", period=(date(2025, 1, 2), date(2025, 12, 31)), decimals=-3),
    stored(B4, "offering_price", "185.00", "USD/share"),
    stored(Q2, "shares_outstanding", "112247109", "shares", (None, date(2026, 8, 5)), "Class A"),
    stored(Q2, "shares_outstanding", "111601424", "shares", (None, date(2026, 8, 5)), "Class B"),
    stored(Q2, "shares_outstanding", "13715508", "shares", (None, date(2026, 8, 5)), "Class N"),
]


def verify(text: str, facts=FACTS) -> dict:
    art = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(art), facts)}


def test_supported_at_stated_precision_with_evidence():
    v = verify("Revenue was $510.0 million in 2025.")["$510.0 million"]
    assert v.verdict == "supported" and v.filed_value == Decimal("509991000")
    evidence = v.evidence[0]
    assert evidence.locator == 'table 3, row "revenue"' and evidence.document_url


def test_drifted_shows_filed_value_and_delta():
    v = verify("According to the May 4, 2026 S-1/A, revenue was $501.0 million in 2025.")[
        "$501.0 million"]
    assert v.verdict == "drifted" and v.delta == Decimal("-8991000")
    assert v.evidence[0].form == "S-1/A"


def test_an_exact_half_rounds_up_as_companies_round():
    """A filed 26,645 million is $26.65 billion: a truncating article's $26.64 billion drifts,
    while the half below (26,635 million) still rounds up to it."""
    above = [stored(S1A, "revenue", "26645000000", period=Y25, decimals=-6)]
    below = [stored(S1A, "revenue", "26635000000", period=Y25, decimals=-6)]
    text = "Revenue was $26.64 billion in 2025."
    assert verify(text, above)["$26.64 billion"].verdict == "drifted"
    assert verify(text, below)["$26.64 billion"].verdict == "supported"


def test_entity_aliases_match():
    assert same_entity("G42", "Group 42 Holding Ltd")
    assert same_entity("MBZUAI", "Mohamed bin Zayed University of Artificial Intelligence")
    assert not same_entity("G42", "MBZUAI")
    v = verify("G42 accounted for 24.0% of 2025 revenue.")["24.0%"]
    assert v.verdict == "supported"


def test_range_goes_stale_after_the_424b4_price():
    found = verify("The IPO range is $115 to $125 per share.")
    low = found["$115"]
    assert low.verdict == "stale" and low.filed_value == Decimal("115.00")
    assert low.newer_value == Decimal("185.00") and low.newer_evidence[0].form == "424B4"


def test_shares_stale_after_10q_cover_classes_are_added():
    v = verify("There will be 212,965,381 shares outstanding after the offering.")[
        "212,965,381 shares"]
    assert v.verdict == "stale" and v.newer_value == Decimal("237564041")
    assert len(v.newer_evidence) == 3


def test_market_cap_and_price_to_sales_are_derived_and_stale():
    found = verify("At the $120 midpoint and 212,965,381 shares outstanding after the offering, "
                   "market capitalization would be roughly $25.6 billion. Compared with 2025 "
                   "revenue of $510.0 million, that implies about 50 times sales.")
    cap = found["$25.6 billion"]
    assert cap.verdict == "stale" and cap.filed_value == Decimal("25555845720")
    assert cap.arithmetic.startswith("120 × 212,965,381 = 25,555,845,720")
    assert cap.newer_value == Decimal("185.00") * 237564041
    ps = found["50 times"]
    assert ps.verdict == "stale" and ps.filed_value == Decimal("50.11")


def test_gross_margin_is_recomputed():
    v = verify("Gross margin was 39% in 2025.")["39%"]
    assert v.verdict == "supported" and v.arithmetic == "199,071,000 / 509,991,000 = 39.03%"
    v = verify("Gross margin was 44% in 2025.")["44%"]
    assert v.verdict == "drifted" and v.filed_value == Decimal("39.03")


def test_unverifiable_says_what_was_searched():
    v = verify("Revenue was $78.7 million in 2023.")["$78.7 million"]
    assert v.verdict == "unverifiable"
    assert "revenue (USD) for FY2023" in v.reason and "2025-12-31" in v.reason
    v = verify("The deal is valued at more than $20 billion.")["$20 billion"]
    assert v.verdict == "unverifiable" and v.reason


def test_fact_precision_widens_tolerance():
    facts = [stored(S1A, "revenue", "510000000", period=Y25, decimals=-6)]
    assert verify("Revenue was $510.4 million in 2025.", facts)["$510.4 million"].verdict == (
        "supported")
    facts = [stored(S1A, "revenue", "510000000", period=Y25, decimals=-3)]
    assert verify("Revenue was $510.4 million in 2025.", facts)["$510.4 million"].verdict == (
        "drifted")


def test_a_restated_figure_makes_the_claim_stale():
    facts = [stored(S1A, "revenue", "509991000", period=Y25, decimals=-3),
             stored(Q2, "revenue", "507000000", period=Y25, decimals=-3)]
    v = verify("Revenue was $510.0 million in 2025.", facts)["$510.0 million"]
    assert v.verdict == "stale" and v.newer_value == Decimal("507000000")


def test_bound_qualifier():
    assert verify("Revenue was more than $500 million in 2025.")["$500 million"].verdict == (
        "supported")
    assert verify("Revenue was less than $500 million in 2025.")["$500 million"].verdict == (
        "drifted")


NET_INCOME = [
    stored(S1A, "net_income", "237827000", period=Y25, decimals=-3),
    stored(B4, "net_income", "237827000", period=Y25, decimals=-3),
    stored(S1A, "revenue", "509991000", period=Y25, decimals=-3),
    stored(B4, "revenue", "509991000", period=Y25, decimals=-3),
]


def test_article_level_citation_sets_the_default_filing():
    text = ("This note works from the company's amended registration statement, the S-1/A filed "
            "on May 4, 2026.\n\nSome context.\n\nNet income was $237.8 million in 2025.")
    v = verify(text, NET_INCOME)["$237.8 million"]
    assert v.verdict == "supported" and v.evidence[0].form == "S-1/A"
    assert v.claim.citation_scope == "article" and v.reason is None
    text = ("This draft combines the company’s May 4, 2026 S-1/A disclosure with our framework."
            "\n\nRevenue was $510.0 million in 2025.")
    assert verify(text, NET_INCOME)["$510.0 million"].evidence[0].form == "S-1/A"
    # without a framing sentence the latest filing that agrees is used
    v = verify("Net income was $237.8 million in 2025.", NET_INCOME)["$237.8 million"]
    assert v.evidence[0].form == "424B4"


def test_a_sentence_citation_beats_the_article_default():
    text = ("This note works from the S-1/A filed on May 4, 2026.\n\nThe final prospectus "
            "filed May 14, 2026 shows net income of $237.8 million in 2025.")
    v = verify(text, NET_INCOME)["$237.8 million"]
    assert v.evidence[0].form == "424B4" and v.claim.citation_scope == "sentence"


def test_a_range_is_one_claim_checked_against_both_ends():
    found = verify("Revenue was $500–520 million in 2025.")
    (v,) = found.values()
    assert v.claim.text == "$500–520 million" and v.verdict == "supported"
    assert (v.claim.low, v.claim.high) == (Decimal("500000000"), Decimal("520000000"))
    v = verify("Revenue was $520 million to $530 million in 2025.")[
        "$520 million to $530 million"]
    assert v.verdict == "drifted" and v.filed_value == Decimal("509991000")


def test_rounded_claims_and_hedges():
    """$510 million (±0.5M) and $510.0 million (±0.05M) both hold for 509,991,000; a hedge
    ("about") admits one full unit of the last digit, so about 40% holds for 39.03%."""
    assert verify("Revenue was $510 million in 2025.")["$510 million"].verdict == "supported"
    assert verify("Revenue was $0.51 billion in 2025.")["$0.51 billion"].verdict == "supported"
    v = verify("Revenue was $501.0 million in 2025.")["$501.0 million"]
    assert v.verdict == "drifted" and v.delta == Decimal("-8991000")
    assert verify("Gross margin was about 40% in 2025.")["40%"].verdict == "supported"
    assert verify("Gross margin was 40% in 2025.")["40%"].verdict == "drifted"
    assert verify("Gross margin was about 42% in 2025.")["42%"].verdict == "drifted"


def test_concentration_percent_at_the_filings_precision():
    assert verify("G42 accounted for 24% of 2025 revenue.")["24%"].verdict == "supported"
    v = verify("G42 accounted for 24.4% of 2025 revenue.")["24.4%"]
    assert v.verdict == "drifted" and v.filed_value == Decimal("24.0")


def test_whole_figures_ending_in_zeros_round_at_their_last_non_zero_digit():
    """"nearly $50 billion" for $48.3 billion holds (AP's wording of a record year); an unhedged
    "$500 million" for $509,991,000 is unverifiable, not drifted: its zeros may not be digits."""
    facts = [stored(S1A, "revenue", "48334000000", period=Y25, decimals=-6)]
    hedged = verify("Revenue was nearly $50 billion in 2025.", facts)["$50 billion"]
    assert hedged.verdict == "supported"
    assert verify("Revenue was nearly $40 billion in 2025.", facts)["$40 billion"].verdict == \
        "drifted"
    plain = verify("Revenue was $500 million in 2025.")["$500 million"]
    assert plain.verdict == "unverifiable" and "round figure" in plain.reason
    assert verify("Revenue was $520 million in 2025.")["$520 million"].verdict == "drifted"
    # rates state their digits: "about 40%" is not widened to ±5 points
    assert verify("Gross margin was about 30% in 2025.")["30%"].verdict == "drifted"


# "trades above $1,200 a share and a market capitalization north of $520B" (a machine-written
# note on a streamer): the product of a bound price is a bound, never a value to drift from.
def test_a_market_cap_from_a_price_written_as_a_bound_is_not_judged():
    found = verify("Shares trade above $120 a share, for a market capitalization north of "
                   "$30 billion.")
    cap = found["$30 billion"]
    assert cap.verdict == "unverifiable" and "bound" in cap.reason
    assert cap.claim.qualifier == "more than"


def test_a_market_cap_from_an_exact_price_is_still_recomputed():
    cap = verify("Shares trade at $120 a share, for a market capitalization of $30 billion.")[
        "$30 billion"]
    assert cap.verdict in ("drifted", "stale") and cap.arithmetic.startswith("120 × ")


# "nearly $3 billion in excess cash and cash equivalents" (a stock note on a data-analytics
# maker's year, naming no period): it fitted only the year-before balance, the hedge admitting
# ±$1 billion, and was called supported; the year's own balance was $0.8 billion.
_CASH = [stored(Q2, "cash_and_equivalents", "831047000", period=(None, date(2023, 12, 31))),
         stored(Q2, "cash_and_equivalents", "2598540000", period=(None, date(2022, 12, 31)))]


def test_an_undated_figure_that_fits_only_an_earlier_period_is_not_supported():
    v = verify("The company has nearly $3 billion in cash and cash equivalents.", _CASH)[
        "$3 billion"]
    assert v.verdict == "unverifiable" and "earlier period" in v.reason


@pytest.mark.parametrize("text, key", [
    ("Cash and cash equivalents were $2.6 billion a year earlier.", "$2.6 billion"),
    ("Cash and cash equivalents fell to $0.8 billion from $2.6 billion.", "$2.6 billion"),
    ("Cash and cash equivalents were $0.8 billion.", "$0.8 billion"),
])
def test_an_undated_figure_said_to_be_earlier_or_fitting_the_latest_is_judged(text, key):
    assert verify(text, _CASH)[key].verdict == "supported"
