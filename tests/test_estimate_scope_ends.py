"""Where an estimate's or a forecast's words stop governing the figures after them: a year-ago
figure after an estimate's own, a result reported after a dash; and a plan's "should include".
The sentences are the project's own paraphrases of newsletter and stock-site recaps of banks'
quarters."""

from __future__ import annotations

from tests.conftest import claims_in


def _reasons(text: str) -> dict[str, str | None]:
    return {c.text: c.not_checkable_reason for c in claims_in(text)}


def test_a_year_ago_figure_after_an_estimates_own_is_a_result():
    found = _reasons("The bank's $3.8 billion quarterly profit missed analyst estimates of $4.1 "
                     "billion and fell short of last year's $4.36 billion total.")
    assert found["$4.1 billion"] is not None
    assert found["$4.36 billion"] is None
    found = _reasons("Profit of $3.8 billion topped the consensus of $3.5 billion and beat "
                     "the year-ago $3.2 billion.")
    assert found["$3.5 billion"] is not None
    assert found["$3.2 billion"] is None


def test_estimates_of_a_past_period_stay_estimates():
    found = _reasons("Analysts' estimates of $4.1 billion for last year's quarter were low.")
    assert found["$4.1 billion"] is not None
    found = _reasons("It missed estimates of $4.1 billion and estimates of $4.3 billion.")
    assert found["$4.3 billion"] is not None


def test_a_result_reported_after_a_dash_ends_a_forecasts_words():
    found = _reasons("Trading revenue fell 7% to $4 billion, short of analysts' $4.3 billion "
                     "forecast — separately, equities revenue fell 11%.")
    assert found["$4.3 billion"] is not None
    assert found["11%"] is None


def test_a_dash_that_opens_the_outlook_itself_keeps_it():
    found = _reasons("The company raised its forecast — it now expects revenue of $5 billion.")
    assert found["$5 billion"] is not None
    found = _reasons("The full-year outlook — revenue of $5.1 billion — held.")
    assert found["$5.1 billion"] is not None


def test_what_a_plan_should_include_is_an_outlook():
    assert _reasons("The bank expects costs of $51 billion next year. That sum should include "
                    "$3 billion of savings.")["$3 billion"] is not None
    assert _reasons("Costs of $53 billion in 2021 included $3 billion of savings.")[
        "$3 billion"] is None


def test_a_figure_a_result_sets_aside_is_what_was_expected():
    found = _reasons("Sales were $7.3 billion rather than $7.8 billion, and earnings came to "
                     "$1.62 per share instead of $1.75.")
    assert found["$7.8 billion"] is not None
    assert next(r for t, r in found.items() if t.startswith("$1.75")) is not None
    assert found["$7.3 billion"] is None
    assert next(r for t, r in found.items() if t.startswith("$1.62")) is None


def test_a_restatements_old_figure_or_an_unset_alternative_is_no_expectation():
    found = _reasons("Net income was $5 million rather than the $6 million previously reported.")
    assert found["$6 million"] is None
    found = _reasons("Rather than $5 million, the company earned $6 million.")
    assert found["$5 million"] is None
