"""A part of the company as the subject of a verb that brings in money ("generated", "brought
in") or moves by a rate ("slipped 5%"), in a sentence that names no metric: the part's revenue
or its growth, checked against the part's filed figure and never against the company's total.
Apple's 10-Q for its fiscal Q2 2025 (net sales by category) and NVIDIA's for its fiscal Q2 2026
(revenue by end market) are read in place; the sentences are written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.readings import resolve_readings
from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_earning import earning_part
from tests.conftest import corpus_file
from warehouse.records import StoredFact


def _stored(relative: str, cik: int, filed: date) -> list[StoredFact]:
    path = corpus_file(relative)
    facts = extract_document(path.read_bytes(), document=path.name)
    return [StoredFact(f"f{i}", fact, cik, f"acc-{cik}", "10-Q", filed, path.name,
                       "https://example/", resolution=resolution)
            for i, (fact, resolution) in enumerate(zip(facts, resolve_readings(facts),
                                                       strict=True))]


def verify(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


@pytest.fixture(scope="module")
def apple() -> list[StoredFact]:
    return _stored("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, date(2025, 5, 2))


@pytest.fixture(scope="module")
def nvidia() -> list[StoredFact]:
    return _stored("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", 1045810,
                   date(2025, 8, 27))


def test_a_part_that_brought_in_money_states_its_revenue(apple):
    found = verify("In its fiscal second quarter of 2025, Services brought in $26.65 billion, "
                   "an 11.6% rise on the year.", apple)
    assert found["$26.65 billion"].verdict == "supported"  # 26,645 (Services)
    assert found["$26.65 billion"].claim.entity == "Services"
    assert found["11.6%"].verdict == "supported"  # 26,645 / 23,867 - 1 = 11.64%


def test_the_nearest_subject_names_the_part_not_the_list_before_it(apple):
    found = verify("In its fiscal second quarter of 2025, Mac and iPad sales both climbed, "
                   "with Macs generating $7.95 billion and iPads $6.4 billion.", apple)
    assert found["$7.95 billion"].verdict == "supported"  # Mac 7,949, not iPad's 6,402
    assert found["$6.4 billion"].verdict == "supported"


def test_a_part_that_slipped_by_a_rate_fell_and_reached_its_level(apple):
    found = verify("In its fiscal second quarter of 2025, Wearables, Home, and Accessories "
                   "slipped 5% to $7.52 billion.", apple)
    assert found["5%"].verdict == "supported"  # 7,522 / 7,913 - 1 = -4.94%
    assert found["5%"].claim.value < 0
    assert found["$7.52 billion"].verdict == "supported"


def test_a_segment_with_an_aside_generated_its_revenue(nvidia):
    found = verify("In the second quarter of fiscal 2026, the data center segment, the heart "
                   "of the business, generated $41.1 billion, up 56% from a year earlier.",
                   nvidia)
    assert found["$41.1 billion"].verdict == "supported"  # Data Center 41,096
    assert found["56%"].verdict == "supported"


def test_a_part_figure_off_the_filing_drifts_from_the_part_never_the_total(nvidia):
    found = verify("In the second quarter of fiscal 2026, the data center segment generated "
                   "$46.7 billion.", nvidia)  # the company's total, not Data Center's 41,096
    assert found["$46.7 billion"].verdict == "drifted"
    assert found["$46.7 billion"].filed_value != 46743000000


@pytest.mark.parametrize("before, sentence", [
    ("The company generated ", "The company generated $2 billion."),  # no part
    ("The growth category posted ", "The growth category posted $2 billion."),  # no part's word
    ("Services generated ", "Services generated $2 billion in operating income."),  # a metric
])
def test_no_part_or_another_metric_is_not_read_as_revenue(before, sentence):
    assert earning_part(before, sentence, "USD") is None


def test_a_rate_of_a_part_reaching_money_is_signed_by_its_verb():
    assert earning_part("Wearables, Home, and Accessories slipped ", "x", "percent",
                        " to $7.52 billion") == ("Wearables Home and Accessories", -1)
    assert earning_part("Gaming grew ", "x", "percent", " to $4.3 billion") == ("Gaming", 1)
    # a rate alone may be of anything the part counts: not read
    assert earning_part("the cloud licensing segment grew ", "x", "percent",
                        " in the last quarter") is None


@pytest.mark.parametrize("aside", ["", ", a large part of its compute business,"])
def test_a_shares_base_is_not_the_subject_of_the_clause_after_it(nvidia, aside):
    # "... of total revenue, rising N% to $X": the part the sentence opens on rose to $X
    found = verify(f"In fiscal Q2 2026, Data Center revenue{aside} made up 87.9% of total "
                   "revenue, rising 56% from a year earlier to $41.1 billion.", nvidia)
    level = found["$41.1 billion"]
    assert level.claim.entity == "Data Center"
    assert level.verdict == "supported" and level.filed_value == 41096000000
    wrong = verify("In fiscal Q2 2026, Data Center revenue made up 87.9% of total revenue, "
                   "rising 56% from a year earlier to $43.5 billion.", nvidia)["$43.5 billion"]
    assert wrong.verdict == "drifted" and wrong.filed_value == 41096000000


def test_the_total_named_after_a_share_is_still_the_total(nvidia):
    found = verify("In fiscal Q2 2026, Data Center revenue made up 87.9% of total revenue, "
                   "and total revenue rose to $46.7 billion.", nvidia)
    assert found["$46.7 billion"].claim.entity is None
    assert found["$46.7 billion"].verdict == "supported"


@pytest.mark.parametrize("sentence, rate, part, sign", [
    ("In its fiscal second quarter of 2025, the Mac line saw a 7% increase, generating "
     "$7.95 billion.", "7%", "Mac", 1),
    ("In its fiscal second quarter of 2025, the iPad category posted the strongest growth at "
     "15%, reaching $6.4 billion, helped by sales of a new model.", "15%", "iPad", 1),
    ("In its fiscal second quarter of 2025, Wearables, Home and Accessories recorded a 5% "
     "decline, bringing in $7.52 billion.", "5%", "Wearables, Home and Accessories", -1),
])
def test_a_rise_or_fall_a_part_saw_before_the_amount_it_reached(apple, sentence, rate, part,
                                                                  sign):
    found = verify(sentence, apple)
    claim = found[rate].claim
    assert (claim.metric, claim.value > 0) == ("revenue_growth", sign > 0)
    assert claim.entity.lower().startswith(part.lower()[:4]), claim.entity
    assert found[rate].verdict == "supported", found[rate].reason


@pytest.mark.parametrize("sentence, rate", [
    # the company, no part: never read as a part's growth
    ("In its fiscal second quarter of 2025, Acme saw a 7% increase, generating $7.95 billion.",
     "7%"),
    # the amount reached is another line's, or the change is of units
    ("In its fiscal second quarter of 2025, the Mac line saw a 7% increase, reaching $2 billion "
     "in operating income.", "7%"),
    ("In its fiscal second quarter of 2025, the Mac line saw a 7% increase in units, generating "
     "$7.95 billion.", "7%"),
    # no change named on either side of the rate
    ("In its fiscal second quarter of 2025, the Mac line saw 7%, generating $7.95 billion.",
     "7%"),
])
def test_a_rate_that_is_no_parts_revenue_growth_stays_unread(apple, sentence, rate):
    found = verify(sentence, apple)
    assert found[rate].claim.metric is None
    assert found[rate].verdict != "drifted"


def test_the_next_item_of_a_list_of_parts_amounts_is_that_parts(apple):
    found = verify("In its fiscal second quarter of 2025, Macs generated $7.95 billion and "
                   "iPads $6.4 billion.", apple)
    assert found["$6.4 billion"].claim.entity == "iPads"
    assert found["$6.4 billion"].verdict == "supported", found["$6.4 billion"].reason
    wrong = verify("In its fiscal second quarter of 2025, Macs generated $7.95 billion and "
                   "iPads $6.9 billion.", apple)["$6.9 billion"]
    assert wrong.verdict == "drifted" and wrong.filed_value == 6_402_000_000


def test_a_list_item_that_names_no_part_is_never_the_companys(apple):
    # "professional tools" is no part the words read: the list is of parts, so no total
    found = verify("In its fiscal second quarter of 2025, Services brought in $26.65 billion "
                   "and professional tools $95.36 billion.", apple)["$95.36 billion"]
    assert found.claim.metric is None and found.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "In its fiscal second quarter of 2025, Services brought in $26.5 billion and net income "
    "$24.78 billion.",
    "In its fiscal second quarter of 2025, Services brought in $26.5 billion, while net income "
    "was $24.78 billion.",
])
def test_a_cue_opening_the_next_figures_item_is_not_this_figures(apple, sentence):
    found = verify(sentence, apple)
    assert found["$26.5 billion"].claim.metric != "net_income"
    assert found["$26.5 billion"].verdict != "drifted"
    assert found["$24.78 billion"].verdict == "supported", found["$24.78 billion"].reason


def test_what_a_part_remained_then_what_it_brought_in(apple):
    found = verify("In its fiscal second quarter of 2025, the iPhone remained the primary "
                   "revenue driver, bringing in $46.8 billion.", apple)["$46.8 billion"]
    assert found.claim.entity == "iPhone" and found.verdict == "supported", found.reason
    wrong = verify("In its fiscal second quarter of 2025, the iPhone remained the primary "
                   "revenue driver, bringing in $44.8 billion.", apple)["$44.8 billion"]
    assert wrong.verdict == "drifted" and wrong.filed_value == 46_841_000_000
    # the company, no part, as the subject: unread
    company = verify("In its fiscal second quarter of 2025, Acme remained the largest maker, "
                     "generating $95.4 billion.", apple)["$95.4 billion"]
    assert company.claim.metric is None


def test_a_change_verb_after_an_estimates_beat_still_names_the_next_rate():
    from tests.conftest import claims_in

    claims = {c.text: c for c in claims_in(
        "Revenues of $5.36 billion beat the consensus estimate by 0.67% but decreased 18.2% "
        "year over year.")}
    assert claims["18.2%"].metric == "revenue_growth"


def test_a_part_a_relative_clause_is_about_grew_to_its_level(apple):
    """"... driven by strength in Services, which grew N% year-over-year to $X, and in Mac
    sales": the relative clause is the part's revenue growth and level, whatever metric a
    later clause of the sentence names."""
    found = verify("In its fiscal second quarter of 2025, growth was driven by strength in "
                   "Services, which grew 11.6% year-over-year to $26.6 billion, and steady "
                   "demand for Mac and iPad sales.", apple)
    assert found["11.6%"].claim.entity == "Services"
    assert found["11.6%"].verdict == "supported"  # 26,645 / 23,867 - 1 = 11.64%
    assert found["$26.6 billion"].verdict == "supported"


@pytest.mark.parametrize("sentence", [
    # the relative clause names another line
    "In its fiscal second quarter of 2025, growth came from Services, which grew 11.6% to $26.6 "
    "billion in operating income.",
    # a metric named in the sentence, with no relative clause of the part's own
    "In its fiscal second quarter of 2025, growth came from Services, up 11.6% to $26.6 billion, "
    "and from Mac sales.",
    # a relative clause whose subject is no part
    "In its fiscal second quarter of 2025, Apple took a stake in Globex, which grew 11.6% to "
    "$26.6 billion, and its sales rose.",
])
def test_a_relative_clause_naming_a_metric_or_no_part_stays_unread(apple, sentence):
    found = verify(sentence, apple)
    assert found["11.6%"].claim.entity is None
    assert found["11.6%"].verdict != "drifted"
