"""Readings of recap wordings first missed in session 36: a GAAP and a non-GAAP figure of one
line listed in the order their bases are named, two changes of one line against two bases each
with its own noun, and a change in an amount whose rate stands in brackets before its base
year. Each is a class; the sentences are paraphrases written for these tests, never
third-party text."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from tests.conftest import claims_in, verify_text
from warehouse.records import StoredFact


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


def _stored(metric: str, value: str, period: tuple[date, date], unit: str = "USD",
            decimals: int = -5) -> StoredFact:
    fact = Fact(metric, Decimal(value), unit, period[0], period[1], decimals=decimals,
                sources=(Source("doc.htm", "tables", "1.0", table=1, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, "0000000001-25-000001", "10-Q", date(2025, 8, 27),
                      "doc.htm", "https://x/doc.htm")


Q2, Q1, Q2_AGO = ((date(2025, 4, 1), date(2025, 6, 30)), (date(2025, 1, 1), date(2025, 3, 31)),
                  (date(2024, 4, 1), date(2024, 6, 30)))
QUARTERS = [_stored("revenue", "46700000000", Q2), _stored("revenue", "44000000000", Q1),
            _stored("revenue", "30000000000", Q2_AGO),
            _stored("eps_diluted", "1.08", Q2, "USD/share", 2)]
_LEAD = "The chipmaker reported its results for the second quarter of 2025. "


# --- "GAAP and non-GAAP X were A and B": the figure in the GAAP name's turn is the GAAP line's

@pytest.mark.parametrize("text, gaap, metric, adjusted", [
    ("GAAP and non-GAAP gross margins stood at 72.4% and 72.7%, respectively.", "72.4%",
     "gross_margin", "72.7%"),
    ("GAAP and non-GAAP earnings per diluted share were both strong, at $1.08 and $1.05.",
     "$1.08", "eps_diluted", "$1.05"),
    ("Non-GAAP and GAAP diluted EPS were $1.05 and $1.08.", "$1.08", "eps_diluted", "$1.05"),
    ("GAAP and non-GAAP net income were $26.4 billion and $25.8 billion.", "$26.4 billion",
     "net_income", "$25.8 billion"),
    ("GAAP and non-GAAP earnings were $1.08 and $1.05 per share.", "$1.08", "eps_diluted",
     "$1.05 per share"),
])
def test_a_gaap_and_non_gaap_pair_puts_the_gaap_figure_on_its_line(text, gaap, metric,
                                                                   adjusted):
    claims = _claims(_LEAD + text)
    assert claims[gaap].metric == metric
    assert claims[gaap].value < 1000 or metric == "net_income"  # never a scaled per-share
    assert claims[adjusted].metric != metric


def test_the_gaap_figure_of_a_pair_is_compared_and_the_adjusted_one_is_not():
    found = verify_text(_LEAD + "GAAP and non-GAAP diluted EPS were $1.08 and $1.05, "
                        "respectively.", QUARTERS)
    assert found["$1.08"].verdict == "supported"
    assert found["$1.05"].verdict == "unverifiable"
    wrong = verify_text(_LEAD + "GAAP and non-GAAP diluted EPS were $1.18 and $1.05, "
                        "respectively.", QUARTERS)
    assert wrong["$1.18"].verdict == "drifted"


@pytest.mark.parametrize("text", [
    # three figures: not a pair of two bases
    "GAAP and non-GAAP gross margins were 72.4%, 72.7% and 73.0%.",
    # one adjusted figure alone
    "Non-GAAP gross margin was 72.7% in the quarter.",
    # an adjusted pair ("non-GAAP and adjusted") names no GAAP figure
    "Non-GAAP and adjusted gross margins were 72.4% and 72.7%.",
])
def test_no_gaap_figure_is_read_without_a_gaap_and_non_gaap_pair(text):
    claims = claims_in(_LEAD + text)
    assert all(c.metric != "gross_margin" for c in claims if c.unit == "percent")


# --- two changes of one line, each with its own noun and base

def test_a_second_change_with_its_own_noun_and_base_is_the_same_lines():
    text = (_LEAD + "Revenue reached $46.7 billion, marking a 6% increase from the previous "
            "quarter and a massive 56% leap from the same period last year.")
    claims = _claims(text)
    assert claims["56%"].metric == "revenue_growth"
    found = verify_text(text, QUARTERS)
    assert found["6%"].verdict == "supported"
    assert found["56%"].verdict == "supported"  # against the year-ago quarter, not the last


def test_a_pronoun_and_linking_verb_point_back_at_the_level_before():
    text = (_LEAD + "Revenue was $46.7 billion, but that represents a massive 56% increase "
            "compared to the same period last year and a 6% increase compared to the previous "
            "quarter.")
    found = verify_text(text, QUARTERS)
    assert found["56%"].claim.metric == found["6%"].claim.metric == "revenue_growth"
    assert found["56%"].verdict == found["6%"].verdict == "supported"


@pytest.mark.parametrize("text, figure", [
    # the second figure is no change: a share
    ("Revenue was $46.7 billion, a 6% increase from the previous quarter and a 56% share of "
     "the market.", "56%"),
    # a clause with a subject of its own
    ("Revenue was $46.7 billion, a 6% increase from the previous quarter, as its chip "
     "shipments declined by 3%.", "3%"),
])
def test_no_change_is_listed_after_a_change_that_is_not_one(text, figure):
    assert _claims(_LEAD + text)[figure].metric is None


# --- a change in an amount with its rate in brackets before its base year

Y25, Y24 = (date(2025, 1, 1), date(2025, 12, 31)), (date(2024, 1, 1), date(2024, 12, 31))
YEARS = [_stored("net_income", "6197000000", Y25), _stored("net_income", "4136000000", Y24)]


@pytest.mark.parametrize("sentence", [
    "Net income in 2025 was USD 6.2 billion, an increase of USD 2.1 billion (+49.8%) from 2024.",
    "Net income in 2025 was $6.2 billion, up $2.1 billion (+49.8%) from a year earlier.",
    "Net income in 2025 was USD 6.2 billion, marking a USD 2.1 billion (+49.8%) increase from "
    "2024.",
])
def test_a_change_with_its_rate_in_brackets_is_the_change_of_the_level_before(sentence):
    found = verify_text(sentence, YEARS)
    change = next(v for k, v in found.items() if "2.1" in k)
    rate = next(v for k, v in found.items() if "49.8" in k)
    assert change.claim.metric == "difference" and change.verdict == "supported"
    assert rate.verdict == "supported"


def test_a_wrong_change_with_its_rate_in_brackets_drifts():
    found = verify_text("Net income in 2025 was USD 6.2 billion, an increase of USD 2.6 "
                        "billion (+49.8%) from 2024.", YEARS)
    assert found["USD 2.6 billion"].verdict == "drifted"


@pytest.mark.parametrize("sentence, figure", [
    # no base named after the bracket: a year's change is still against the year before, but
    # a base that is no year or period is none
    ("Net income in 2025 was USD 6.2 billion, an increase of USD 2.1 billion (+49.8%) from "
     "its lows.", "USD 2.1 billion"),
    # a bracket that is no rate
    ("Net income in 2025 was USD 6.2 billion, an increase of USD 2.1 billion (see note 4) from "
     "2024.", "USD 2.1 billion"),
])
def test_no_base_year_is_read_past_words_that_are_not_a_rate_and_a_year(sentence, figure):
    assert _claims(sentence)[figure].metric != "net_income"


# --- a railroad's "capital program" is its capital spending, never the buyback named after it

def test_a_capital_program_is_capital_spending_not_the_buyback_after_it():
    facts = [_stored("share_repurchases", "1505000000", Y24)]
    found = verify_text("In 2024 the railroad invested $3.4 billion in its capital program and "
                        "repurchased 6.3 million shares for $1.5 billion.", facts)
    assert found["$3.4 billion"].claim.metric == "capital_expenditures"
    assert found["$3.4 billion"].verdict != "drifted"
    assert found["$1.5 billion"].verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "In 2024 the bank returned $3.4 billion under its capital return program.",
    "In 2024 the company spent $3.4 billion on its capital allocation program of buybacks.",
])
def test_a_capital_return_program_is_no_capital_spending(sentence):
    assert all(c.metric != "capital_expenditures" for c in claims_in(sentence))


# --- a period token opening a part's name ("Q1 cloud revenue") is the period's, not the name's

@pytest.mark.parametrize("sentence, figure, part", [
    ("Q1 cloud revenue, which includes both cloud lines, was $4.6 billion.", "$4.6 billion",
     "cloud"),
    ("FY24 Gaming revenue was $4.3 billion.", "$4.3 billion", "Gaming"),
    ("2025 Data Center revenue was $41.1 billion.", "$41.1 billion", "Data Center"),
])
def test_a_period_opening_a_parts_name_is_left_out_of_it(sentence, figure, part):
    assert _claims(sentence)[figure].entity == part


@pytest.mark.parametrize("sentence, figure", [
    ("Q1 revenue was $4.6 billion, up 30 percent.", "$4.6 billion"),
    ("Fiscal 2024 total revenue was $4.6 billion.", "$4.6 billion"),
])
def test_a_period_alone_before_revenue_names_no_part(sentence, figure):
    assert _claims(sentence)[figure].entity is None
