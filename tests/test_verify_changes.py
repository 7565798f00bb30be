"""Changes and differences read as a reader reads them, and recomputed from filed figures: a
change of a rate in points, the operating ratio, the difference of two quoted figures, lists of
regional growth rates, growth rates dated by the figure they reach, change columns of article
tables and tables a copy flattened into lines.

Every sentence and table here is written for these tests (paraphrases, not third-party text);
the filings are read in place from the corpus (Union Pacific's and Netflix's Q2 2025 10-Qs,
Seagate's fiscal Q3 2017 10-Q) or are a few stored facts built here."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_units import find_figures
from tests.conftest import stored_corpus_facts
from warehouse.records import StoredFact

_load = stored_corpus_facts


@pytest.fixture(scope="module")
def railroad() -> list[StoredFact]:
    return _load("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000001", "10-Q",
                 date(2025, 7, 24))


@pytest.fixture(scope="module")
def streamer() -> list[StoredFact]:
    return _load("dev/10-Q_NFLX_2025-06-30.html", "0001065280-25-000001", "10-Q",
                 date(2025, 7, 18))


@pytest.fixture(scope="module")
def drives() -> list[StoredFact]:
    return _load("dev/10-Q_STX_0001193125-17-148855.html", "0001193125-17-148855", "10-Q",
                 date(2017, 4, 28))


def claims(text: str):
    return extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))


def verify(text: str, facts: list[StoredFact]) -> dict:
    return {v.claim.text: v for v in verify_claims(claims(text), facts)}


# --- the operating ratio and changes of rates in points ----------------------------------------

@pytest.mark.corpus
def test_operating_ratio_is_recomputed_from_operating_income_and_revenue(railroad):
    found = verify("In the second quarter of 2025 the railroad ran at an operating ratio of "
                   "59.0%.", railroad)
    assert found["59.0%"].verdict == "supported"
    assert found["59.0%"].claim.metric == "operating_ratio"
    assert "(6,154,000,000 - 2,525,000,000) / 6,154,000,000" in found["59.0%"].arithmetic
    assert verify("In the second quarter of 2025 the operating ratio was 57.5%.",
                  railroad)["57.5%"].verdict == "drifted"


@pytest.mark.corpus
def test_an_improved_operating_ratio_is_a_lower_one(railroad):
    text = ("Operating ratio for the second quarter of 2025: 59.0%, improved by 1.0 point from "
            "the previous year.")
    change = verify(text, railroad)["1.0 point"]
    assert change.verdict == "supported" and change.claim.basis == "operating_ratio"
    assert change.claim.value == Decimal("-1.0")
    assert "59.0%" in change.arithmetic and "60.0%" in change.arithmetic
    worse = text.replace("improved", "worsened")
    assert verify(worse, railroad)["1.0 point"].verdict == "drifted"


@pytest.mark.corpus
def test_a_hyphenated_change_in_points_takes_the_way_of_the_noun_it_modifies(railroad):
    # "a 1-point improvement": the figure is written glued to its unit, before the change's noun
    text = "In the second quarter of 2025 the operating ratio was 59%, a 1-point {} from 2024."
    better = verify(text.format("improvement"), railroad)["1-point"]
    assert better.verdict == "supported" and better.claim.value == Decimal(-1)
    assert better.claim.basis == "operating_ratio"
    assert verify(text.format("deterioration"), railroad)["1-point"].verdict == "drifted"


@pytest.mark.corpus
def test_a_rate_named_after_the_change_noun_is_the_rate_that_changed(railroad):
    # "a 1.0 point improvement in operating ratio to 59.0%" (a filing digest's recap): the
    # rate stands after the change's noun, and its level after it
    text = ("Profit was helped in the second quarter of 2025 by a 1.0 point {} in {} to "
            "59.0%.")
    better = verify(text.format("improvement", "operating ratio"), railroad)["1.0 point"]
    assert better.verdict == "supported" and better.claim.basis == "operating_ratio"
    assert better.claim.value == Decimal("-1.0")
    worse = verify(text.format("deterioration", "the operating ratio"), railroad)["1.0 point"]
    assert worse.verdict == "drifted"


@pytest.mark.parametrize("words", [
    "gross and operating margins",          # a list names no one rate
    "AWS operating margin",                 # a part's rate
    "the operating margin of its freight unit",  # the rate of something the words go on to name
    "the index",                            # no rate the registry knows
])
def test_a_change_noun_before_words_that_name_no_one_company_rate_reads_none(words):
    found = claims(f"In the second quarter of 2025 there was a 40 basis point improvement in "
                   f"{words}.")
    change = next(c for c in found if c.text.startswith("40 basis point"))
    assert change.metric is None


def test_a_number_glued_to_another_word_is_no_points_figure():
    assert [f.text for f in find_figures("the 10-pointed star and a 2.5-point drop")] == [
        "2.5-point"]


@pytest.mark.corpus
def test_a_margin_change_in_points_over_a_year(streamer):
    text = ("Netflix posted an operating margin of 34.1% in the second quarter of 2025, nearly 7 "
            "percentage points higher than a year earlier.")
    found = verify(text, streamer)
    assert found["34.1%"].verdict == "supported"
    assert found["7 percentage points"].verdict == "supported"
    assert verify(text.replace("nearly 7", "4"), streamer)["4 percentage points"].verdict == \
        "drifted"
    assert verify(text.replace("higher", "lower"), streamer)[
        "7 percentage points"].verdict == "drifted"


@pytest.mark.corpus
def test_an_expansion_of_a_margin_in_points_is_a_rise(streamer):
    # "an expansion of about N percentage points" (a stock site on a streamer's margin):
    # the noun of a widening margin says which way it moved, as "expanded" and "contraction" do
    text = ("Netflix posted an operating margin of 34.1% in the second quarter of 2025, an "
            "expansion of nearly 7 percentage points from a year earlier.")
    found = verify(text, streamer)
    assert found["7 percentage points"].verdict == "supported"
    assert verify(text.replace("nearly 7", "4"), streamer)["4 percentage points"].verdict == \
        "drifted"
    # must not fire: an expansion of something else, before a change with no way of its own
    found = verify("Netflix posted an operating margin of 34.1% in the second quarter of 2025 "
                   "despite its expansion into games, 7 percentage points from a year earlier.",
                   streamer)
    assert found["7 percentage points"].verdict == "unverifiable"


@pytest.mark.corpus
def test_the_level_a_change_in_points_reached_is_its_rate(railroad):
    found = verify("For the second quarter of 2025, the operating ratio improved 1.0 point, to "
                   "59.0%.", railroad)
    assert found["59.0%"].claim.metric == "operating_ratio"
    assert {v.verdict for v in found.values()} == {"supported"}


@pytest.mark.corpus
@pytest.mark.parametrize("text, figure, why", [
    # (the 10-Q states no ROIC; the 10-K's annual rates are tests/test_rows_balances.py's)
    ("In the second quarter of 2025, return on invested capital was up 0.3 points.",
     "0.3 points", "no filed fact covers it"),
    ("In the second quarter of 2025 the operating margin moved 2 points.", "2 points",
     "no direction"),
    ("In the second quarter of 2025 adjusted operating margin expanded 2 points.", "2 points",
     "adjusted"),
])
def test_changes_in_points_that_are_not_recomputed_say_why(railroad, text, figure, why):
    found = verify(text, railroad)[figure]
    assert found.verdict == "unverifiable" and why in found.reason


@pytest.mark.corpus
def test_a_change_in_points_from_the_prior_quarter_takes_the_derived_quarter(railroad):
    # a 10-Q states no Q1 beside Q2: its rate is recomputed from the six months less the
    # quarter (test_quarter_periods), 41.0% against 39.3%
    found = verify("In the second quarter of 2025 the operating margin rose 2 points from the "
                   "prior quarter.", railroad)["2 points"]
    assert found.verdict == "supported" and "Q1 2025 derived" in found.arithmetic


# --- differences of two quoted figures ----------------------------------------------------------

BANK = ("0000036104-22-000001", "8-K", date(2022, 1, 19))
Q4_21, Q4_20 = (date(2021, 10, 1), date(2021, 12, 31)), (date(2020, 10, 1), date(2020, 12, 31))


def _fact(metric: str, value: str, period: tuple[date, date]) -> StoredFact:
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-6,
                sources=(Source("ex99.htm", "tables", "1.0", table=2, row=metric, text=value),))
    accession, form, filed = BANK
    return StoredFact(f"{metric}{period[1]}", fact, 36104, accession, form, filed, "ex99.htm",
                      "https://www.sec.gov/Archives/ex99.htm")


BANK_FACTS = [_fact("net_income", "1673000000", Q4_21), _fact("net_income", "1519000000", Q4_20)]
DIFFERENCE = ("The bank's net income was $1.673 billion in the fourth quarter of 2021, "
              "{gap} the $1,519 million of the fourth quarter of 2020.")


@pytest.mark.parametrize("gap, figure, verdict", [
    ("$154 million more than", "$154 million", "supported"),
    ("which was $150 million higher than", "$150 million", "drifted"),
    ("$154 million lower than", "$154 million", "drifted"),
])
def test_a_difference_is_recomputed_from_the_two_filed_figures(gap, figure, verdict):
    found = verify(DIFFERENCE.format(gap=gap), BANK_FACTS)
    assert found[figure].verdict == verdict
    assert found[figure].arithmetic == "1,673,000,000 - 1,519,000,000 = 154,000,000"
    assert found["$1,519 million"].claim.metric == "net_income"


def test_a_difference_from_a_figure_no_filing_states_is_unverifiable():
    text = ("The bank's net income was $1.673 billion in the fourth quarter of 2021, $355 "
            "million lower than the $2,028 million of the third quarter of 2021.")
    found = verify(text, BANK_FACTS)
    assert found["$2,028 million"].claim.period_label == "Q3 2021"
    assert found["$355 million"].verdict == "unverifiable"
    assert "$2,028 million is not pinned" in found["$355 million"].reason


# --- growth rates: lists, attached figures, table columns ---------------------------------------

@pytest.mark.corpus
def test_a_list_of_regional_growth_rates_keeps_metric_and_region(streamer):
    found = verify("In the second quarter of 2025 APAC revenue grew 24%, ahead of EMEA (+18%), "
                   "UCAN (+15%), and LATAM (+9%).", streamer)
    assert {k: (v.claim.entity, v.verdict) for k, v in found.items()} == {
        "24%": ("APAC", "supported"), "+18%": ("EMEA", "supported"),
        "+15%": ("UCAN", "supported"), "+9%": ("LATAM", "supported")}  # quoted with the sign


@pytest.mark.corpus
def test_a_rate_after_another_subject_is_not_carried_as_revenue_growth(railroad):
    found = verify("In the second quarter of 2025 revenue rose 2%, while revenue carloads "
                   "increased by 4%.", railroad)
    assert found["2%"].verdict == "supported"
    # the carloads' own growth (a registry row since), never revenue's: 2,114 / 2,037 thousand
    assert found["4%"].claim.basis == "carloads" and found["4%"].verdict == "supported"


TWO_YEARS = [_fact("revenue", "204302000", (date(2018, 10, 1), date(2018, 12, 31))),
             _fact("revenue", "115236000", (date(2017, 10, 1), date(2017, 12, 31))),
             _fact("revenue", "650067000", (date(2018, 1, 1), date(2018, 12, 31)))]


def test_a_growth_rate_takes_the_period_of_the_figure_it_reaches():
    found = verify("Q4 results beat.\n\nFor the fourth quarter, sales climbed 77% to $204.3 "
                   "million.", TWO_YEARS)
    assert found["$204.3 million"].verdict == "supported"
    assert found["77%"].verdict == "supported"
    assert "204,302,000 / 115,236,000" in found["77%"].arithmetic
    # a yearless quarter no loaded filing reports stays undated (a fourth quarter would be the
    # one the filing reports: pipeline.verify.report_period)
    alone = verify("Q3 results beat.\n\nFor the third quarter, sales climbed 77%.", TWO_YEARS)
    assert alone["77%"].verdict == "unverifiable"


def test_a_change_column_of_an_article_table_is_the_rows_growth():
    table = ("Metric | Q4 2018 | Q4 2017 | Change vs. a year ago |\n---|---|---|---|\n"
             "Revenue | $204.3 million | $115.2 million | 77% |\n")
    found = verify(table, TWO_YEARS)
    assert found["77%"].claim.metric == "revenue_growth"
    assert found["77%"].claim.period_label == "Q4 2018"
    assert found["77%"].verdict == "supported"
    wrong = verify(table.replace("77%", "70%"), TWO_YEARS)
    assert wrong["70%"].verdict == "drifted"


# --- a table flattened into lines ----------------------------------------------------------------

FLAT = ("Results of fiscal 3Q17\n\n(in $ millions) 3Q16 3Q17 9M16 9M17\n"
        "Revenue 2,595 2,674 8,506 8,365\nChange 3% -2%\nNet income (21) 194 178 658\n")


@pytest.mark.corpus
def test_a_flattened_table_reads_money_by_its_header_and_periods_by_column(drives):
    found = verify(FLAT, drives)
    assert found["2,595"].claim.period_label == "fiscal Q3 2016"
    assert found["8,365"].claim.period_label == "fiscal 9M 2017"
    assert found["8,365"].claim.value == Decimal("8365000000")
    for figure in ("2,595", "2,674", "8,506", "8,365", "3%", "-2%", "(21)", "194", "178", "658"):
        assert found[figure].verdict == "supported", figure
    assert "9" not in found and "16" not in found  # the header's periods are not figures


@pytest.mark.corpus
def test_a_flattened_row_that_does_not_fit_its_columns_is_not_read_as_the_table(drives):
    found = verify(FLAT.replace("Revenue 2,595 2,674 8,506 8,365", "Revenue 2,595 2,674 8,506"),
                   drives)
    assert all(v.verdict != "supported" or v.claim.metric != "revenue" for k, v in found.items()
               if k in ("2,595", "2,674", "8,506"))
    assert "-2%" not in {k for k, v in found.items() if v.verdict == "supported"}


@pytest.mark.corpus
def test_a_growth_rate_over_the_previous_quarter_is_not_compared_with_a_year(railroad):
    found = verify("In the second quarter of 2025 revenue rose 2% from the prior quarter.",
                   railroad)["2%"]
    # recomputed against the first quarter, which a 10-Q does not print beside the second: the
    # six months less the second quarter (test_quarter_periods)
    assert found.verdict == "supported" and "Q1 2025 derived" in found.arithmetic
    assert "a year earlier" not in found.arithmetic


@pytest.mark.corpus
def test_basis_points_in_tens_are_the_change_of_two_margins_at_one_decimal(streamer):
    text = ("Operating margin was 34.1% in the second quarter of 2025, up {bp} basis points "
            "from a year earlier.")
    assert verify(text.format(bp=690), streamer)["690 basis points"].verdict == "supported"
    assert verify(text.format(bp=600), streamer)["600 basis points"].verdict == "drifted"


@pytest.mark.corpus
def test_a_change_in_an_amount_over_a_year_is_recomputed_from_the_same_filing(streamer):
    text = "In Q2 2025 net income was $3.13 billion, up ${x} million from a year earlier."
    found = verify(text.format(x=978), streamer)["$978 million"]
    assert found.verdict == "supported"
    assert found.arithmetic == "3,125,413,000 - 2,147,306,000 (a year earlier) = 978,107,000"
    assert verify(text.format(x=900), streamer)["$900 million"].verdict == "drifted"
    level = verify("In Q2 2025 net income was $3.13 billion, up $978 million.", streamer)
    assert level["$978 million"].verdict == "unverifiable"  # never compared as a level
    assert "change in an amount" in level["$978 million"].reason


@pytest.mark.corpus
def test_a_period_after_in_is_not_a_place(streamer):
    found = verify("Revenue in Q2 2025 rose 16% from a year earlier.", streamer)["16%"]
    assert found.claim.entity is None and found.verdict == "supported"


@pytest.mark.corpus
def test_a_points_column_of_an_article_table_dates_the_change_by_the_latest_column(streamer):
    table = ("| Metric | Q2 2025 | Q2 2024 | Change |\n|---|---|---|---|\n"
             "| Operating margin | 34.1% | 27.2% | {change} pp |\n")
    found = verify(table.format(change="6.9"), streamer)["6.9 pp"]
    assert found.claim.period_label == "Q2 2025" and found.verdict == "supported"
    assert verify(table.format(change="-6.9"), streamer)["-6.9 pp"].verdict == "drifted"


def test_a_share_of_a_total_is_not_the_growth_named_after_it():
    found = {c.text: c for c in claims(
        "In Q2 2025 subscription revenue was $685 million, 60% of total revenue and up 20% "
        "from a year earlier.")}
    assert found["60%"].metric != "revenue_growth"
    assert found["20%"].metric == "revenue_growth"


def test_a_growth_rate_after_a_figure_of_another_metric_is_that_metrics_growth():
    # operating cash flow, a row added after the growth reader was written: its figure's
    # growth is recomputed from its own facts, not revenue's
    q2_25, q2_24 = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1), date(2024, 6, 30))
    facts = [_fact("operating_cash_flow", "2423258000", q2_25),
             _fact("operating_cash_flow", "1290847000", q2_24)]
    text = ("In the second quarter of 2025, net cash from operating activities reached $2.4 "
            "billion, an {rate} increase from the previous year.")
    assert verify(text.format(rate="88%"), facts)["88%"].verdict == "supported"
    found = verify(text.format(rate="84%"), facts)["84%"]
    assert found.verdict == "drifted" and found.claim.basis == "operating_cash_flow"


def test_a_growth_rate_after_a_figure_of_a_newly_added_row_is_that_rows_growth():
    # the claim side of a row another change adds: a test-only row here, named by words no
    # registry row uses (operating cash flow became a real row, whose longer cue "net cash
    # from operating activities" took the figure from the test row it was written for)
    from core import metrics
    from core.metrics import Cue, Metric

    # words no registry row holds: the registry's own operating_cash_flow row now reads "cash
    # from operating activities", and an earlier row wins the same words
    row = Metric("cash_from_operations_test", "USD", "test-only row", is_growth_base=True,
                 cues=(Cue(r"widget\s+receipts"),))
    q2_25, q2_24 = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1), date(2024, 6, 30))
    facts = [_fact("cash_from_operations_test", "2423258000", q2_25),
             _fact("cash_from_operations_test", "1290847000", q2_24)]
    text = ("In the second quarter of 2025, widget receipts reached $2.4 billion, an {rate} "
            "increase from the previous year.")
    with metrics.added(row):
        assert verify(text.format(rate="88%"), facts)["88%"].verdict == "supported"
        found = verify(text.format(rate="84%"), facts)["84%"]
        assert found.verdict == "drifted" and found.claim.basis == "cash_from_operations_test"


def test_a_change_in_basis_points_of_a_stated_rate_of_a_newly_added_row():
    from core import metrics
    from core.metrics import Cue, Metric

    # (words no registry row has: net_interest_margin, now a row, names "net interest margin")
    row = Metric("interest_margin_test", "percent", "test-only row",
                 cues=(Cue(r"widget\s+margin"),))
    facts = [_fact("interest_margin_test", "2.41", Q4_21), _fact("interest_margin_test", "2.54",
                                                                   Q4_20)]
    facts = [replace(sf, fact=replace(sf.fact, unit="percent", decimals=2)) for sf in facts]
    text = ("In the fourth quarter of 2021 the widget margin {way} 13 basis points from a "
            "year earlier, to 2.41 percent.")
    with metrics.added(row):
        found = verify(text.format(way="declined"), facts)
        assert found["13 basis points"].verdict == "supported"
        assert found["2.41 percent"].claim.metric == "interest_margin_test"
        assert verify(text.format(way="rose"), facts)["13 basis points"].verdict == "drifted"
        sequential = verify(text.format(way="declined").replace("from a year earlier",
                                                                "on a linked quarter basis"), facts)
        assert sequential["13 basis points"].verdict == "unverifiable"


@pytest.mark.corpus
def test_a_parts_margin_change_is_not_the_companys(streamer):
    found = verify("In the second quarter of 2025 the APAC operating margin improved 7 "
                   "percentage points.", streamer)["7 percentage points"]
    assert found.verdict == "unverifiable" and "part" in found.reason


@pytest.mark.corpus
def test_a_conjunction_before_revenue_does_not_make_it_a_part(streamer):
    found = verify("In Q2 2025, operating margin rose 6.8 points while revenue grew 16%.",
                   streamer)
    assert found["16%"].claim.metric == "revenue_growth" and found["16%"].verdict == "supported"


def test_a_rate_and_the_count_it_reached_are_not_a_range():
    found = {c.text: c for c in claims("Active accounts grew 31% to 64,286 accounts in 2018.")}
    assert "31%" in found and found["31%"].high is None
    assert found["64,286"].unit == "count"  # the count it reached, never a percentage
    assert [(f.text, f.range_role) for f in find_figures("between 20 and 25%")] == [
        ("20", "low"), ("25%", "high")]
