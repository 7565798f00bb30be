"""Rates whose subject or modality was not read: a customer count's growth (a count a filing
states at two year ends), the counted noun after a preposition that names whose sales grew
("sales at new stores"), comparable sales spelled out by their definition, a growth rate an
article infers ("which would suggest a growth rate of N%"), and an outlook's second object after
"along with".

Every sentence here is written for these tests (paraphrases, not third-party text); the filings
are read in place from the corpus: a SaaS maker's Q2 2025 10-Q and a data-analytics maker's
FY2023 10-K."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.count_prose import extract_stated_counts
from extractors.document import parse_document
from tests.conftest import claims_in, corpus_file, stored_corpus_facts, verify_text
from tests.test_claims_periods import Y25, K, stored


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


# -- what grew: a count, or the line of whom a counted noun names ------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Key metrics: customers 41,200 (+12% y/y), billings $310.5m.", "+12%"),
    ("The number of customers grew 9% over the year.", "9%"),
    ("Customers rose 14% year over year to 8,150.", "14%"),
])
def test_a_customer_count_is_what_grew(text, figure):
    claim = _claim(text, figure)
    assert claim.metric == "revenue_growth" and claim.basis == "customers"


@pytest.mark.parametrize("text, figure, part", [
    ("Sales to government customers rose 12% in the year.", "12%", "government customers"),
    ("Sales at new stores climbed 21% in the quarter.", "21%", "new stores"),
    ("Revenue from enterprise clients increased 7% year over year.", "7%", None),
])
def test_a_counted_noun_after_a_preposition_names_whose_line_grew(text, figure, part):
    claim = _claim(text, figure)
    assert claim.basis not in ("customers", "stores")  # the sales grew, not the count
    if part is not None:
        assert claim.entity == part  # a part's sales, never the company's


@pytest.mark.parametrize("text, figure", [
    ("The retailer's customers increased their spending 12% in the year.", "12%"),
    ("Members raised their purchases by 8%.", "8%"),
])
def test_what_a_counted_subjects_verb_takes_grew_not_the_count(text, figure):
    assert _claim(text, figure).basis not in ("customers", "paid_memberships")


def test_a_prepositions_possessive_after_a_count_keeps_the_count():
    claim = _claim("The miner increased bitcoin production from its mining operations by 314% "
                   "in the quarter.", "314%")
    assert claim.basis == "bitcoin_produced"


@pytest.mark.parametrize("text", [
    "Net sales rose 12% to $3.1 billion in the quarter.",
    "Revenue to $3.1 billion, up 12% from a year earlier.",
])
def test_a_line_with_no_counted_noun_stays_the_companys(text):
    claim = _claim(text, "12%")
    assert claim.metric == "revenue_growth" and claim.entity is None


def test_a_customers_preposition_with_a_place_keeps_the_place():
    claim = _claim("Revenue from customers in Asia rose 12%.", "12%")
    assert claim.entity == "Asia"


@pytest.mark.parametrize("text, figure", [
    ("Sales at stores open at least a year rose 3% in the quarter.", "3%"),
    ("Sales at restaurants open more than 12 months fell 1.5%.", "1.5%"),
    ("Sales in stores that have been open for at least one year increased 2.4%.", "2.4%"),
    # (a wire story on a department store's year calls the sales revenue)
    ("Revenue at its shops open for one year climbed 2.9% in 2024.", "2.9%"),
])
def test_comparable_sales_spelled_out_are_comparable_sales(text, figure):
    assert _claim(text, figure).metric == "comparable_sales_growth"


# a wire story on a department store's year: a forecast of comparable sales, then "That is on
# top of the increase of N% for <the year>": the year's comparable sales growth, which the
# filing states (read as nothing, it went unverified); it is the forecast's base, so the
# article's quarter stays in force after it
_ON_TOP = ("Acme Stores posted a stronger fourth quarter.\n\n"
           "It expects its new layouts to help increase revenue at its shops open for one year "
           "by 2.5% in 2026. That comes on top of a rise of 2.9% for 2025.\n\n"
           "Profit for the quarter was $12.4 million.")


def test_a_change_a_forecast_builds_on_is_the_forecast_measure_s():
    facts = [stored(K, "comparable_sales_growth", "2.9", Y25, unit="percent")]
    found = {t: v for t, v in verify_text(_ON_TOP, facts).items()}
    assert (found["2.9%"].claim.metric, found["2.9%"].verdict) == (
        "comparable_sales_growth", "supported")
    assert "2025" not in found["$12.4 million"].claim.period_label


def test_a_change_that_does_not_point_back_names_no_measure():
    # must not fire: a sentence that does not open on the figure before names no measure
    text = _ON_TOP.replace("That comes on top of a rise", "Shares rallied after a rise")
    found = {c.text: c for c in claims_in(text)}
    assert found["2.9%"].metric != "comparable_sales_growth"


# -- a rate the article infers, and an outlook's second object ----------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Forecasters see $0.90 a share for the quarter. The lender earned $1.05 a share in the "
     "same quarter last year, which would suggest a negative year-over-year growth rate of "
     "14.3%.", "14.3%"),
    ("The insurer posted $2.40 a share in the same quarter a year ago, which suggests a "
     "positive year-over-year growth rate of 6.2%.", "6.2%"),
    ("The utility earned $1.10 a share a year earlier, which would imply a growth rate of 4%.",
     "4%"),
])
def test_an_inferred_growth_rate_is_not_checked(text, figure):
    assert _claim(text, figure).not_checkable_reason


@pytest.mark.parametrize("text, figure", [
    ("Revenue was $10 billion, up from $8 billion a year ago, implying growth of 25%.", "25%"),
    ("Revenue rose 25%, suggesting strong demand for its chips.", "25%"),
])
def test_a_reported_growth_rate_with_an_inference_nearby_is_checked(text, figure):
    assert not _claim(text, figure).not_checkable_reason


@pytest.mark.parametrize("text, figure", [
    ("For the next quarter, the company gave guidance of adjusted EPS of $0.80 to $0.84, "
     "along with revenue growth of 3% to 5%.", "3% to 5%"),
    ("The retailer issued guidance of $2.10 a share, as well as revenue of $4 billion to "
     "$4.2 billion.", "$4 billion to $4.2 billion"),
])
def test_an_outlooks_second_object_is_guidance(text, figure):
    assert _claim(text, figure).not_checkable_reason.startswith("guidance")


def test_a_result_after_an_estimates_object_and_a_verb_is_no_estimate():
    claim = _claim("Revenue topped estimates of $4 billion, along with EPS that rose 12% to "
                   "$2.05.", "12%")
    assert not claim.not_checkable_reason


# -- the counts a filing states, and the growth they bear out -----------------------------------

def test_a_count_stated_for_the_period_ended_a_day_is_that_days():
    path = corpus_file("10q-10k/10-K_PLTR_0001321655-24-000022.html")
    doc = parse_document(path.read_bytes(), name=path.name)
    counts = {f.period_end: int(f.value) for f in extract_stated_counts(doc)
              if f.metric == "customers"}
    assert counts[date(2022, 12, 31)] == 367 and counts[date(2023, 12, 31)] == 497


@pytest.mark.corpus
def test_customer_growth_is_recomputed_from_two_filed_counts():
    facts = stored_corpus_facts("10q-10k/10-K_PLTR_0001321655-24-000022.html",
                                "0001321655-24-000022", "10-K", date(2024, 2, 20))
    text = ("In 2023 the data-analytics company grew its customer count: the number of "
            "customers rose 35% and sales to government customers rose 12%. The number of "
            "customers grew 29% in 2023.")
    found = verify_text(text, facts)
    assert found["35%"].verdict == "supported"  # 497 / 367 - 1 = 35.4%
    assert found["12%"].verdict == "unverifiable"  # a part's sales, never the customer count
    assert found["29%"].verdict == "drifted"


# -- a line's share of revenue: total operating expenses "or N% of sales" ---------------------

@pytest.mark.parametrize("text, figure", [
    ("Spending rose, bringing total operating expenses to $15.3 billion, or 16% of sales.",
     "16%"),
    ("Operating expenses as a percentage of revenue were 16% in the quarter.", "16%"),
    ("Operating expenses also rose, accounting for 16% of net sales.", "16%"),
])
def test_operating_expenses_over_revenue_is_their_ratio(text, figure):
    assert _claim(text, figure).metric == "operating_expense_ratio"


@pytest.mark.parametrize("text, figure", [
    ("Operating expenses rose 16% to $15.3 billion.", "16%"),
    ("Operating expenses rose to $15.3 billion, a 16% increase.", "16%"),
])
def test_operating_expenses_that_grew_are_no_ratio(text, figure):
    claim = _claim(text, figure)
    assert claim.metric == "revenue_growth" and claim.basis == "operating_expenses"


@pytest.mark.corpus
def test_the_operating_expense_ratio_is_recomputed_from_the_filed_lines():
    facts = stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                                "0000320193-25-000057", "10-Q", date(2025, 5, 2))
    right = verify_text("In the quarter ended March 29, 2025, total operating expenses came to "
                        "$15.3 billion, or 16% of net sales.", facts)
    wrong = verify_text("In the quarter ended March 29, 2025, total operating expenses came to "
                        "$15.3 billion, or 19% of net sales.", facts)
    assert right["16%"].verdict == "supported"  # 15,278 / 95,359 = 16.0%
    assert wrong["19%"].verdict == "drifted"


def test_a_results_lists_changes_after_operating_costs_are_no_ratio():
    found = {c.text: c for c in claims_in(
        "Quarter: Total operating revenue: $10,791 million, +3%; Total operating costs: "
        "$8,763 million, +9%; Fuel: $1,448 million, +18%; Operating profit: $2,028 million, "
        "-16%; Operating margin: 18.8%.")}
    assert all(c.metric != "operating_expense_ratio" for c in found.values())
