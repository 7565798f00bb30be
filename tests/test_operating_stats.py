"""Operating statistics a filing prints in its MD&A tables, each in a unit of its own (a
railroad's freight car velocity, locomotive and workforce productivity, train length), read from
the filing's table under its column periods and matched by an article's words for the statistic
and its unit. Article sentences here are the project's own paraphrases."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_TENQ = "dev/10-Q_UNP_2025-06-30.html"
_TENK = "dev/10-K_UNP_2024-12-31.html"


@pytest.fixture(scope="module")
def quarter_facts():
    return stored_corpus_facts(_TENQ, "0000100885-25-000099", "10-Q", date(2025, 7, 24))


def _read(facts, metric):
    return {(f.fact.period_start, f.fact.period_end): f.fact.value for f in facts
            if f.fact.metric == metric}


def test_the_performance_table_is_read_under_its_quarter_and_year_to_date_columns(
        quarter_facts):
    # "Railroad performance measures": Three months ended June 30 2025 2024, Six months ...
    assert _read(quarter_facts, "freight_car_velocity") == {
        (date(2025, 4, 1), date(2025, 6, 30)): Decimal(221),
        (date(2024, 4, 1), date(2024, 6, 30)): Decimal(201),
        (date(2025, 1, 1), date(2025, 6, 30)): Decimal(218),
        (date(2024, 1, 1), date(2024, 6, 30)): Decimal(202)}
    assert _read(quarter_facts, "train_length")[(date(2025, 4, 1), date(2025, 6, 30))] == 9689
    assert _read(quarter_facts, "workforce_productivity")[
        (date(2025, 4, 1), date(2025, 6, 30))] == 1124


def test_a_footnoted_label_of_the_annual_table_is_read():
    # the 10-K's "Freight car velocity (daily miles per car) [a]" over 2024 2023 2022
    facts = stored_corpus_facts(_TENK, "0000100885-25-000010", "10-K", date(2025, 2, 7))
    assert _read(facts, "freight_car_velocity")[(date(2024, 1, 1), date(2024, 12, 31))] == 208
    assert _read(facts, "terminal_dwell")[(date(2024, 1, 1), date(2024, 12, 31))] == \
        Decimal("22.6")


@pytest.mark.parametrize("text, figure, metric", [
    ("The railroad's locomotive productivity reached 141 gross ton-miles per horsepower day "
     "in the second quarter of 2025.", "141", "locomotive_productivity"),
    ("In the second quarter of 2025 locomotive productivity rose to 141 GTMs per horsepower "
     "day.", "141", "locomotive_productivity"),
    ("Average maximum train length grew to 9,689 feet in the second quarter of 2025.",
     "9,689", "train_length"),
    ("Second-quarter 2025 freight car velocity was 221 daily miles per car.", "221",
     "freight_car_velocity"),
    ("For the second quarter of 2025, workforce productivity climbed to 1,124 car miles per "
     "employee.", "1,124", "workforce_productivity"),
])
def test_a_statistic_in_its_own_unit_is_supported(quarter_facts, text, figure, metric):
    claim = {c.text: c for c in claims_in(text)}[figure]
    assert (claim.unit, claim.metric) == ("count", metric)
    assert verify_text(text, quarter_facts)[figure].verdict == "supported"


def test_the_statistics_change_is_recomputed_from_both_quarters(quarter_facts):
    text = ("In the second quarter of 2025 workforce productivity increased 9% to 1,124 car "
            "miles per employee.")
    assert verify_text(text, quarter_facts)["9%"].verdict == "supported"


@pytest.mark.parametrize("text, figure", [
    # the statistic's change told as an improvement, after its level or before it
    ("In the second quarter of 2025 locomotive productivity was 141 GTMs per horsepower day, "
     "a 5% improvement, and workforce productivity improved 9% to 1,124 car miles per "
     "employee.", "5%"),
    ("In the second quarter of 2025 locomotive productivity was 141 GTMs per horsepower day, "
     "a 5% improvement, and workforce productivity improved 9% to 1,124 car miles per "
     "employee.", "9%"),
    # fewer hours of dwell is the better way: a fall (21.2 hours against 22.7)
    ("In the second quarter of 2025 terminal dwell improved 7%.", "7%"),
    ("The railroad posted a 7% improvement in terminal dwell in the second quarter of 2025.",
     "7%"),
])
def test_a_statistics_improvement_is_its_change_the_better_way(quarter_facts, text, figure):
    assert verify_text(text, quarter_facts)[figure].verdict == "supported"


def test_a_wrong_improvement_of_a_statistic_drifts(quarter_facts):
    text = "In the second quarter of 2025 workforce productivity improved 15%."
    assert verify_text(text, quarter_facts)["15%"].verdict == "drifted"


@pytest.mark.parametrize("text, figure", [
    # "improved" says no way for a money line (costs improving is a fall) or a ratio
    ("In the second quarter of 2025 operating expenses improved 3%.", "3%"),
    ("In the second quarter of 2025 revenue was $6.2 billion, a 9% improvement.", "9%"),
    # a level of a statistic, then a rate about another subject after a clause of its own
    ("In the second quarter of 2025 train length was 9,689 feet, and revenue was $6.2 "
     "billion, a 2% improvement.", "2%"),
])
def test_an_improvement_of_anything_but_a_statistic_is_not_read_as_one(text, figure):
    claim = {c.text: c for c in claims_in(text)}[figure]
    assert claim.basis not in ("train_length", "workforce_productivity")
    assert claim.metric != "revenue_growth"


def test_a_wrong_level_of_a_statistic_drifts(quarter_facts):
    text = "Second-quarter 2025 train length was 9,950 feet."
    assert verify_text(text, quarter_facts)["9,950"].verdict == "drifted"


@pytest.mark.parametrize("text, figure", [
    # the unit words without the statistic's own words name nothing
    ("The company built a new siding of 9,689 feet in the second quarter of 2025.", "9,689"),
    # the statistic's words without its unit words: a count of something else
    ("Locomotive productivity improved as the railroad stored 141 locomotives.", "141"),
    # another statistic's unit after the figure
    ("Train length grew while velocity reached 221 hours.", "221"),
    ("Train length increased, and the railroad runs trains over 32,000 route miles.", "32,000"),
])
def test_unit_words_and_the_statistics_words_must_agree(text, figure):
    claim = {c.text: c for c in claims_in(text)}.get(figure)
    assert claim is None or claim.metric not in (
        "train_length", "locomotive_productivity", "freight_car_velocity")


_MINER = "10q-10k/10-Q_MARA_0001493152-23-027174.html"


@pytest.fixture(scope="module")
def miner_facts():
    return stored_corpus_facts(_MINER, "0001493152-23-027174", "10-Q", date(2023, 8, 8))


def _figure(found: dict, number: str):
    """The verification of the claim written as ``number``, with the unit the figure's text
    carries ("17.7 EH/s") or none ("17.7" before "exahashes")."""
    return next(v for text, v in found.items() if re.match(rf"{re.escape(number)}(?![\d.])", text))


def test_a_miners_hash_rates_are_read_on_their_days(miner_facts):
    # "Energized Hash Rate (Exahashes per second) - at end of period (1)" 17.7 / 0.7
    energized = {f.fact.period_end: f.fact.value for f in miner_facts
                 if f.fact.metric == "energized_hash_rate"}
    assert energized == {date(2023, 6, 30): Decimal("17.7"), date(2022, 6, 30): Decimal("0.7")}
    assert {f.fact.value for f in miner_facts if f.fact.metric == "installed_hash_rate"} == {
        Decimal("21.8"), Decimal("3.6")}


@pytest.mark.parametrize("text", [
    "The miner ended the second quarter of 2023 with a hash rate of 17.7 EH/s.",
    "In the second quarter of 2023 the miner grew its hash rate 54% from 11.5 EH/s to 17.7 "
    "EH/s.",
    "In Q2 2023, we grew our energized hash rate 54% from 11.5 to 17.7 exahashes.",
    # the installed machines' rate, which an article may call the hash rate too
    "The miner ended the second quarter of 2023 with a hash rate of 21.8 exahashes per second.",
])
def test_a_hash_rate_the_filing_states_is_supported(miner_facts, text):
    found = verify_text(text, miner_facts)
    figure = "21.8" if "21.8" in text else "17.7"
    assert _figure(found, figure).verdict == "supported"


def test_a_hash_rate_matching_no_stated_line_drifts(miner_facts):
    text = "The miner ended the second quarter of 2023 with a hash rate of 19.4 EH/s."
    assert _figure(verify_text(text, miner_facts), "19.4").verdict == "drifted"


def test_the_level_a_hash_rate_grew_from_within_a_quarter_is_not_the_year_agos(miner_facts):
    # the base of "grew ... from 11.5 to 17.7" is of a day the words do not name: never
    # compared with the year-ago 0.7
    for text in ["In the second quarter of 2023 the miner grew its hash rate 54% from 11.5 EH/s "
                 "to 17.7 EH/s.",
                 "In Q2 2023, we grew our energized hash rate 54% from 11.5 to 17.7 exahashes."]:
        assert _figure(verify_text(text, miner_facts), "11.5").verdict == "unverifiable"


@pytest.mark.parametrize("text, figure", [
    ("The network's global hash rate reached 400 EH/s in the second quarter of 2023.", "400"),
    ("The miner targets a hash rate of 23 EH/s by the end of 2023.", "23"),
])
def test_the_networks_rate_and_a_target_are_not_the_miners_stated_rate(miner_facts, text,
                                                                       figure):
    assert _figure(verify_text(text, miner_facts), figure).verdict in ("unverifiable",
                                                                       "not_checkable")
