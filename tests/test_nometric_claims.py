"""Figures whose metric a reader knows from the words around them, which the claim reader left
unnamed: a growth rate after the margin an estimate was beaten by ("beat the consensus by 0.7%
but fell 18%"), a rate a share verb introduces but a change noun follows ("represented an 8.8%
year-over-year increase"), the level a balance's unnamed change reached ("Inventory rose 5% to
$X"), negative equity by its own name ("stockholders' deficit"), and a span of the year named
as an adjective ("Year-to-date net sales", "Nine-month revenue"), which is a period, not a part.

Every sentence is written for these tests (paraphrases, not third-party text); the filings are
read in place from the corpus: a gaming supplier's FY2021 10-K and an apparel retailer's Q3
2024 release."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text
from tests.test_claims import claims_of

LEAD = "The company reported its results on Tuesday. "


def _claim(sentence: str, text: str):
    found = [c for c in claims_in(LEAD + sentence) if c.text == text]
    assert found, f"no claim {text!r} in {sentence!r}"
    return found[0]


# --- a growth rate after the margin an estimate was beaten by ------------------------------

@pytest.mark.parametrize("sentence, rate", [
    ("Revenues of $5.36 billion beat the consensus estimate by 0.67% but decreased 18.2% "
     "year over year.", "18.2%"),
    ("Sales of $2.1 billion topped analysts' estimates by 2% and rose 5% from a year ago.", "5%"),
    ("Revenue came to $3.3 billion, ahead of the consensus by 1.5%, and grew 7% on the year.",
     "7%"),
])
def test_a_rate_after_a_beating_margin_is_the_beaten_lines_growth(sentence, rate):
    claim = _claim(sentence, rate)
    assert claim.metric == "revenue_growth" and claim.not_checkable_reason is None


@pytest.mark.parametrize("sentence, rate", [
    # the clause names its own subject: never the beaten line's growth
    ("Revenue of $2.1 billion beat estimates by 2% and shares rose 5%.", "5%"),
    ("Revenue of $2.1 billion beat estimates by 2%, while net income fell 5%.", "5%"),
])
def test_a_rate_whose_clause_names_its_own_subject_is_not_the_beaten_line(sentence, rate):
    claim = _claim(sentence, rate)
    assert claim.metric != "revenue_growth" or claim.basis == "net_income" or (
        claim.not_checkable_reason is not None)


# --- a share verb before a rate that a change noun follows ----------------------------------

@pytest.mark.parametrize("sentence, rate", [
    ("Revenue of $12.45 billion represented an 8.8% year-over-year increase.", "8.8%"),
    ("Net sales of $900 million represented a 4% decline from the prior year.", "4%"),
    ("Revenue of $2 billion made up a 12% rise on last year.", "12%"),
])
def test_a_represented_change_is_a_growth_rate(sentence, rate):
    assert _claim(sentence, rate).metric == "revenue_growth"


def test_a_represented_share_is_still_a_concentration():
    claim = _claim("Its largest customer represented 12% of revenue.", "12%")
    assert claim.metric == "customer_concentration"


# --- the level a balance's unnamed change reached --------------------------------------------

@pytest.mark.parametrize("sentence, level, metric", [
    ("Cash and cash equivalents rose 12% to $4.1 billion.", "$4.1 billion", "cash_and_equivalents"),
    ("Inventory fell 2% to $1.2 billion at the end of the quarter.", "$1.2 billion", "inventory"),
    ("Inventories jumped by about 9% to $640 million.", "$640 million", "inventory"),
])
def test_the_level_a_balance_reached_is_that_balance(sentence, level, metric):
    assert _claim(sentence, level).metric == metric


def test_the_level_of_an_unnamed_change_takes_no_balance():
    sentence = "The workforce grew 31% to 5,000 people and pay costs rose 12% to $3.2 billion."
    assert _claim(sentence, "$3.2 billion").metric not in ("cash_and_equivalents", "inventory")


@pytest.mark.parametrize("sentence, texts", [
    ("Store inventory rose 5% to $300 million.", ("5%", "$300 million")),
    ("Channel inventory fell 8% in the quarter.", ("8%",)),
])
def test_a_parts_balance_is_never_the_companys(sentence, texts):
    for text in texts:
        assert _claim(sentence, text).entity is not None  # compared by part, or unverifiable


# --- negative equity by its own name ---------------------------------------------------------

@pytest.fixture(scope="module")
def gaming_supplier():
    return stored_corpus_facts("dev/10-K_GLXZ_2021-12-31.html", "0001564590-22-012685", "10-K",
                               date(2022, 3, 30))


def test_stockholders_deficit_is_negative_equity(gaming_supplier):
    text = ("The table-games supplier released its results for the year ended December 31, "
            "2021. Stockholders' deficit narrowed to $(17,286)K from $(24,797)K.")
    found = verify_text(text, gaming_supplier)
    assert found["$(17,286)K"].claim.metric == "stockholders_equity"
    assert found["$(17,286)K"].verdict == "supported"
    assert found["$(24,797)K"].verdict == "supported"


@pytest.mark.parametrize("sentence, text, value", [
    ("Shareholders' deficit was $17.3 million at year end.", "$17.3 million",
     Decimal("-17300000")),
    ("Stockholders' deficiency stood at $(4,200)K.", "$(4,200)K", Decimal("-4200000")),
])
def test_a_deficit_written_positive_or_in_parentheses_is_negative(sentence, text, value):
    claim = _claim(sentence, text)
    assert claim.metric == "stockholders_equity" and claim.value == value


def test_an_accumulated_deficit_is_no_equity():
    # the balance of its own (retained earnings, negative), never the equity
    claim = _claim("The accumulated deficit was $40 million.", "$40 million")
    assert claim.metric == "retained_earnings" and claim.value < 0


# --- a span of the year named as an adjective -------------------------------------------------

Q3 = "The retailer reported results for the third quarter of fiscal 2024 on Friday. "


@pytest.mark.parametrize("sentence, text, label", [
    ("Net Sales Decline: Year-to-date net sales decreased 4.6% to $838.5 million compared to "
     "$878.7 million for the prior year.", "$838.5 million", "fiscal 9M 2024"),
    ("Net Sales Decline: Year-to-date net sales decreased 4.6% to $838.5 million compared to "
     "$878.7 million for the prior year.", "$878.7 million", "fiscal 9M 2023"),
    ("Nine-month revenue rose 3% to $2.1 billion.", "$2.1 billion", "fiscal 9M 2024"),
    ("YTD sales were $838.5 million.", "$838.5 million", "fiscal 9M 2024"),
])
def test_year_to_date_words_are_the_period_not_a_part(sentence, text, label):
    claim = next(c for c in claims_in(Q3 + sentence) if c.text == text)
    assert claim.metric == "revenue" and claim.entity is None
    assert claim.period_label == label


def test_a_six_month_high_is_no_period_of_a_figure():
    text = ("The maker reported results for the second quarter of 2024 on Friday. Revenue was "
            "$4.1 billion, and the shares hit a six-month high.")
    claim = next(c for c in claims_in(text) if c.text == "$4.1 billion")
    assert claim.period_label == "Q2 2024"


def test_a_first_half_figure_is_the_half_not_the_quarter():
    text = ("The maker reported results for the second quarter of 2024 on Friday. First-half "
            "revenue was $4.1 billion, up 2%.")
    claim = next(c for c in claims_in(text) if c.text == "$4.1 billion")
    assert claim.metric == "revenue" and claim.period_label == "fiscal 6M 2024"


@pytest.fixture(scope="module")
def retailer():
    return stored_corpus_facts("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html",
                               "0000885245-24-000001", "8-K", date(2024, 11, 22))


@pytest.mark.corpus
def test_year_to_date_sales_under_a_heading_match_the_release(retailer):
    text = (Q3 + "Net Sales Decline: Year-to-date net sales decreased 4.6% to $838.5 million "
            "compared to $878.7 million for the prior year.")
    found = verify_text(text, retailer)
    assert found["$838.5 million"].verdict == "supported"
    assert found["$878.7 million"].verdict == "supported"


# --- a balance's growth: the balances a year apart ------------------------------------------

@pytest.mark.corpus
@pytest.mark.parametrize("sentence", [
    "Inventory: $149.4 million, down 1.9% from the same time a year ago.",
    "Inventory fell 1.9% to $149.4 million.",
    "Inventories were $149.4 million, a 1.9% decrease from a year earlier.",
])
def test_inventory_growth_is_the_balances_a_year_apart(retailer, sentence):
    found = verify_text(Q3 + sentence, retailer)
    rate = next(v for k, v in found.items() if k.startswith("1.9"))
    assert rate.claim.basis == "inventory" and rate.claim.entity is None
    assert rate.verdict == "supported"


@pytest.mark.corpus
@pytest.mark.parametrize("sentence", [
    "Inventories rose 4% from the end of the last fiscal year.",
    "Inventories rose 4% since the start of the year.",
    "Inventory rose 4% to $149.4 million.",
])
def test_a_quarters_balance_change_that_misses_is_never_drifted(retailer, sentence):
    found = verify_text(Q3 + sentence, retailer)
    assert found["4%"].claim.basis == "inventory"
    assert found["4%"].verdict == "unverifiable"


@pytest.mark.corpus
def test_a_years_balance_change_is_judged(gaming_supplier):
    text = ("The table-games supplier released its results for the year ended December 31, "
            "2021. Cash and cash equivalents increased 168% to $16,059K, and inventory rose "
            "90% to $1 million.")
    found = verify_text(text, gaming_supplier)
    assert found["168%"].verdict == "supported"
    text = text.replace("168%", "150%")
    assert verify_text(text, gaming_supplier)["150%"].verdict == "drifted"


# --- "N% higher (lower) than a year earlier": a growth rate --------------------------------

@pytest.mark.corpus
@pytest.mark.parametrize("sentence, rate", [
    ("Net sales were 3.2% lower than the same quarter last year.", "3.2%"),
    ("Net income was 14.7% lower than a year earlier.", "14.7%"),
    ("Net sales were 3.2% lower than the prior-year quarter's $303.5 million.", "3.2%"),
])
def test_a_rate_lower_than_a_year_earlier_is_growth(retailer, sentence, rate):
    found = verify_text(Q3 + sentence, retailer)
    assert found[rate].claim.metric == "revenue_growth"
    assert found[rate].claim.value < 0 and found[rate].verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "Revenue was 5% higher than analysts expected.",
    "Revenue was 5% higher than the prior year's forecasts.",
    "Revenue was 5% less than a year earlier.",  # a way word no sign word reads: left alone
])
def test_a_rate_higher_than_an_estimate_is_no_growth(sentence):
    assert _claim(sentence, "5%").metric != "revenue_growth"


# --- net margin: net income over revenue ------------------------------------------------------

@pytest.mark.corpus
@pytest.mark.parametrize("sentence, rate, verdict", [
    ("Net margin was 15.0%, down from 17.1% a year earlier.", "15.0%", "supported"),
    ("Net profit margin came in at 15%.", "15%", "supported"),
    ("Net income was $44.2 million, or 15.0% of net sales.", "15.0%", "supported"),
    ("Net margin was 16.0%.", "16.0%", "drifted"),
])
def test_net_margin_is_net_income_over_revenue(retailer, sentence, rate, verdict):
    found = verify_text(Q3 + sentence, retailer)
    assert found[rate].claim.metric == "net_margin" and found[rate].verdict == verdict


@pytest.mark.parametrize("sentence, rate", [
    ("Net interest margin was 2.9%.", "2.9%"),  # a bank's own rate
    ("Adjusted net margin was 18%.", "18%"),  # an adjusted figure: never judged as GAAP
])
def test_other_margins_are_not_net_margin(sentence, rate):
    claim = _claim(sentence, rate)
    assert claim.metric != "net_margin" or claim.not_checkable_reason or claim.qualifier


# --- "the company's bottom line": the earnings figure before, never an estimate -------------

@pytest.mark.parametrize("text", [
    "The utility reported quarterly earnings of $1.47 per share. Its bottom line declined 5.2% "
    "from $1.55 a year earlier.",
    "The utility reported quarterly earnings of $1.47 per share. However, the company's bottom "
    "line declined 5.2% from $1.55 in the year-ago quarter.",
])
def test_a_possessive_bottom_line_points_at_the_earnings_before(text):
    rate = next(c for c in claims_in(text) if c.text == "5.2%")
    assert rate.metric == "revenue_growth" and rate.basis == "eps_diluted"


@pytest.mark.parametrize("text", [
    # set against the consensus, the per-share figure is most often the adjusted one: its
    # growth is not read as the GAAP figure's (a false drift on a utility's quarter)
    "The utility reported quarterly earnings of $1.47 per share, which beat the consensus "
    "estimate of $1.37 by 7.3%. However, the company's bottom line declined 5.2% from $1.55 "
    "reported in the year-ago quarter.",
    "EPS of $1.47 beat the consensus estimate by 7.3% but fell 5.2% year over year.",
])
def test_no_gaap_growth_for_a_per_share_figure_set_against_estimates(text):
    rate = next(c for c in claims_in(LEAD + text) if c.text == "5.2%")
    assert rate.basis != "eps_diluted"


def test_an_adjusted_per_share_figure_set_against_estimates_keeps_its_bottom_line():
    text = ("The bank reported fourth-quarter underlying earnings per share of $1.26, beating "
            "the consensus estimate of $1.16. Also, the bottom line rose 21% from the year-ago "
            "quarter figure.")
    rate = next(c for c in claims_in(text) if c.text == "21%")
    assert rate.basis is not None and rate.basis != "eps_diluted"


def test_a_physical_quantity_glued_to_its_unit_is_a_factual_figure_no_metric_covers():
    # (a cement trade journal: "to 127.88Mt", "to US$11.51/t" were dropped as names' numbers)
    found = claims_of("In 2012 shipments declined by 1.4 per cent to 127.88Mt (140.96Mst), and "
                      "the average price rose to US$11.51/t; ready-mixed volumes were 3.23Mm³.")
    for text in ("127.88Mt", "140.96Mst", "US$11.51/t", "3.23Mm³"):
        assert found[text].unit != "USD" and found[text].metric is None
        assert found[text].not_checkable_reason is None  # unverifiable, not "a bare number"
    # a currency's glued letter stays its scale
    found = claims_of("Its market value hit $3t in 2024, and revenue was $5bn.")
    assert found["$3t"].value == 3 * 10 ** 12
