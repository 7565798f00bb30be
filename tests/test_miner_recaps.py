"""Recaps of a bitcoin miner's quarter (crypto outlets, a machine summary of its call): hash rates
written "EH/s" or "EH" as part of the figure, a capacity in MW, the quarter written as a span of
months, a level "now" after the period, a target after the figure, a sequential rise whose base
level names its quarter, a headline's present-tense "mines". Sentences are the project's own
paraphrases; the facts are the miner's Q2 2023 10-Q in the shared corpus."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_MINER = "10q-10k/10-Q_MARA_0001493152-23-027174.html"


@pytest.fixture(scope="module")
def miner_facts():
    return stored_corpus_facts(_MINER, "0001493152-23-027174", "10-Q", date(2023, 8, 8))


def _figure(found: dict, number: str):
    return next(v for text, v in found.items() if re.match(rf"{re.escape(number)}(?![\d.])", text))


# --- the unit's abbreviation is written as part of the figure ---------------------------------

def test_a_hash_rates_abbreviation_is_part_of_the_figure():
    texts = [c.text for c in claims_in(
        "In Q2 2023 the miner lifted its hash rate from 11.5 EH/s to 17.7 EH/s.")]
    assert texts[-2:] == ["11.5 EH/s", "17.7 EH/s"]  # a base and a level, never one range


def test_a_power_capacity_is_a_factual_figure_not_a_bare_number(miner_facts):
    found = verify_text("The miner is building a 250 MW facility with a partner.", miner_facts)
    assert "250 MW" in found and found["250 MW"].verdict == "unverifiable"


@pytest.mark.parametrize("text, written", [
    ("The miner owns 250 mw of something.", "250"),   # lower case is no unit mark
    ("Its EHS team grew to 12 people.", "12"),         # letters of a word, not after a number
])
def test_words_that_only_look_like_a_unit_stay_outside_the_figure(text, written):
    assert written in [c.text for c in claims_in(text)]


def test_a_hash_rate_in_eh_without_per_second_is_the_miners(miner_facts):
    found = verify_text("The miner ended the second quarter of 2023 with a hash rate of 17.7 EH.",
                        miner_facts)
    assert found["17.7 EH"].verdict == "supported"


def test_an_operational_hash_rate_at_the_quarters_end_may_be_the_energized_one(miner_facts):
    found = verify_text("The miner lifted its operational hash rate by 54% in Q2 2023 to 17.7 EH.",
                        miner_facts)
    assert found["17.7 EH"].verdict == "supported"
    found = verify_text("The miner's average operational hash rate was 12.1 EH/s in the second "
                        "quarter of 2023.", miner_facts)
    assert found["12.1 EH/s"].verdict == "supported"


# --- a level "now", after the period -----------------------------------------------------------

def test_a_level_the_aside_gives_as_of_now_is_compared_with_nothing(miner_facts):
    found = verify_text("In Q2 2023 the miner grew its operational hash rate by 54% to 17.7 EH "
                        "(now ~19 EH) and nears its goal.", miner_facts)
    assert found["19 EH"].verdict == "unverifiable"
    assert "written" in found["19 EH"].reason


def test_now_outside_an_aside_is_no_day_of_writing():
    from pipeline.verify.figure_scope import scope_reason

    sentence = "The miner's hash rate now stands at 17.7 EH/s."
    start = sentence.index("17.7")
    assert scope_reason(sentence, (start, start + 9)) is None


# --- a target named after the figure -------------------------------------------------------------

def test_a_capacity_target_after_the_figure_is_guidance(miner_facts):
    found = verify_text("The miner is close to energizing the full 23 EH capacity target.",
                        miner_facts)
    assert found["23 EH"].verdict == "not_checkable"


def test_capacity_without_a_target_word_is_no_guidance(miner_facts):
    found = verify_text("In Q2 2023 the miner energized the full 17.7 EH of capacity.",
                        miner_facts)
    assert found["17.7 EH"].verdict != "not_checkable"


# --- the quarter written as its months -----------------------------------------------------------

def test_a_span_of_months_is_the_quarter_not_one_month(miner_facts):
    found = verify_text("Second quarter 2023 results.\n\nThe miner produced a record 2,926 BTC "
                        "from April to June.", miner_facts)
    assert found["2,926"].verdict == "supported"


def test_a_change_from_one_month_is_still_a_months_figure(miner_facts):
    found = verify_text("Second quarter 2023 results.\n\nThe miner produced 1,000 BTC in June, "
                        "up 10% from May.", miner_facts)
    assert found["10%"].verdict == "unverifiable"
    assert "month" in found["10%"].reason


# --- a rise whose base level names its quarter ---------------------------------------------------

def test_a_rise_from_a_level_of_the_quarter_before_is_no_year_over_year_rise(miner_facts):
    # 2,926 against the year-ago 707 is +314%: read so, the 33% drifted
    found = verify_text("The miner produced a record 2,926 BTC in the second quarter of 2023, up "
                        "33% from 2,195 BTC in the first quarter.", miner_facts)
    assert found["33%"].verdict == "unverifiable"


def test_a_rise_from_a_level_of_the_year_ago_quarter_is_recomputed(miner_facts):
    found = verify_text("The miner produced 2,926 BTC in the second quarter of 2023, up 314% "
                        "from 707 BTC in the second quarter of 2022.", miner_facts)
    assert found["314%"].verdict == "supported"


# --- a headline's present tense ------------------------------------------------------------------

def test_a_headlines_mines_is_the_bitcoin_produced():
    claim = next(c for c in claims_in("Miner mines record 2,926 bitcoins as revenue ticks up")
                 if c.text == "2,926")
    assert claim.metric == "bitcoin_produced"


# --- a machine summary of the call and an earnings page's card ---------------------------------

def test_a_pledges_object_is_guidance():
    claims = {c.text: c for c in claims_in(
        "The company has a 2023 commitment to 100% carbon neutrality through credits.")}
    assert claims["100%"].not_checkable_reason


def test_a_commitment_elsewhere_in_the_sentence_governs_nothing():
    claims = {c.text: c for c in claims_in(
        "It kept its commitment to shareholders, and revenue rose 12% to $5 billion in 2023.")}
    assert claims["$5 billion"].not_checkable_reason is None
    assert claims["$5 billion"].metric == "revenue"


def test_the_level_a_revenue_improvement_reached_is_revenue(miner_facts):
    found = verify_text("In Q2 2023 the miner produced 2,926 BTC, driving a 228% YoY revenue "
                        "improvement to $81.8 M and a positive Adjusted EBITDA of $25.6 M.",
                        miner_facts)
    assert found["$81.8 M"].verdict == "supported"
    assert found["$25.6 M"].verdict == "supported"


def test_a_cards_actual_revenue_is_the_companys_revenue(miner_facts):
    found = verify_text("Acme Q2 2023 Earnings Report\n\nRevenue Results\nActual Revenue "
                        "$81.76 million\n", miner_facts)
    assert found["$81.76 million"].verdict == "supported"


def test_a_named_part_before_revenue_stays_a_part():
    claim = next(c for c in claims_in("In Q2 2023, hosting revenue rose 20% to $5.1 million.")
                 if c.text == "$5.1 million")
    assert claim.metric is None or claim.entity is not None


def test_a_base_level_dated_in_the_figures_own_period_keeps_the_default_base():
    # "grew 65% from $12.03 in 2024 to $19.83" on a 2024: a slip of the pen, never a base
    from pipeline.verify.change_bases import stated_base

    rate = next(c for c in claims_in("Acme's 2024 results.\n\nEarnings per share grew by 65% "
                                     "from $12.03 in 2024 to $19.83.") if c.text == "65%")
    assert stated_base(rate) is None
    rate = next(c for c in claims_in("In Q2 2023 the miner produced 2,926 BTC, up 33% from "
                                     "2,195 BTC in the first quarter.") if c.text == "33%")
    assert stated_base(rate).label.startswith("Q1")
