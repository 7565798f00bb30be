"""A charge an article tells by its verb ("would write off $X on ...", "$X charged against its
profits for ..."), by its cause ("a $X write-off due to ..."), or with who took it after it
("the $X write-down it took"); and a filing's charge never dated by the period a comparison is
drawn against. Against a software maker's real 10-K; the sentences are the project's own
paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.charges import goes_on, sentence_charges
from extractors.sentences import Sentence
from tests.conftest import claims_in, stored_corpus_facts, verify_text

METRIC = "stated_charge"
_CALENDAR_YEARS = ({2024: (date(2024, 1, 1), date(2024, 12, 31)),
                    2025: (date(2025, 1, 1), date(2025, 12, 31))}, False)


@pytest.fixture(scope="module")
def msft_facts() -> list:
    return stored_corpus_facts("dev/10-K_MSFT_0001193125-13-310206.html",
                               "0001193125-13-310206", "10-K", date(2013, 7, 30))


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


# --- the article side --------------------------------------------------------------------

def test_a_charge_told_by_its_verb_is_a_charge():
    wrote = _claim("In fiscal 2013 the firm's chief said it would write off $900 million on "
                   "its widget tablets.", "$900 million")
    assert wrote.metric == METRIC and "widget tablets" in wrote.entity
    down = _claim("In fiscal 2013 the retailer wrote off $40 million of winter inventory.",
                  "$40 million")
    assert down.metric == METRIC and "winter inventory" in down.entity


def test_a_level_written_down_to_is_no_charge():
    # the amount an asset was written down *to* is its carrying value, not the charge
    claim = _claim("In fiscal 2013 the plant was written down to $40 million.", "$40 million")
    assert claim.metric != METRIC


def test_an_amount_charged_against_profits_is_the_charge_not_the_profit():
    claim = _claim("In fiscal 2013 the gadget line earned $663 million, short of the $700 "
                   "million charged against its profits for marking the gadget down.",
                   "$700 million")
    assert claim.metric == METRIC and "marking the gadget down" in claim.entity
    # the profit itself stays the profit
    profit = _claim("In fiscal 2013 its profits were $900 million.", "$900 million")
    assert profit.metric != METRIC


def test_a_charges_cause_is_its_words_and_who_took_it_ends_them():
    cause = _claim("In fiscal 2013, despite soft handset demand and a $900 million write-off "
                   "due to "
                   "its slow-selling widget tablet, sales grew.", "$900 million")
    assert cause.metric == METRIC and "slow-selling widget tablet" in cause.entity
    took = _claim("Gadget sales in fiscal 2013 leave out the sizeable $900 million "
                  "write-down it took and its marketing bill.", "$900 million")
    assert took.metric == METRIC


def test_charges_told_these_ways_are_borne_out_by_the_filed_charge(msft_facts):
    found = verify_text(
        "In the fourth quarter of fiscal 2013 the company would write off $900 million on its "
        "Surface RT tablets. Fiscal 2013 also saw a $900 million write-down due to unsold "
        "Surface RT inventory.", msft_facts)
    assert found["$900 million"].verdict == "supported"
    # another amount stays unverifiable, never drifted
    other = verify_text("In the fourth quarter of fiscal 2013 the company would write off $950 "
                        "million on its Surface RT tablets.", msft_facts)["$950 million"]
    assert other.verdict == "unverifiable"


# --- the filing side ---------------------------------------------------------------------

def _read(text: str) -> list:
    return sentence_charges(Sentence(0, len(text), text), "doc.htm", _CALENDAR_YEARS)


@pytest.mark.parametrize("text", [
    "Operating expenses rose slightly compared to the second quarter of 2024 due to volume "
    "costs, inflation, a $55 million labor agreement ratification charge, and higher "
    "depreciation.",
    "Operating expenses rose versus fiscal 2024, reflecting a $55 million labor agreement "
    "ratification charge.",
])
def test_a_comparisons_base_period_never_dates_a_charge(text):
    assert _read(text) == []


@pytest.mark.parametrize("text, end", [
    ("In the second quarter of 2025, we recorded a $55 million labor agreement ratification "
     "charge.", date(2025, 6, 30)),
    ("Operating expenses for fiscal 2025 reflect a $55 million labor agreement ratification "
     "charge.", date(2025, 12, 31)),
])
def test_a_charges_own_period_still_dates_it(text, end):
    assert [(f.value, f.period_end) for f in _read(text)] == [(Decimal("55000000"), end)]


# --- a charge the next sentence goes on about ---------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The non-cash, non-tax-deductible charge related mainly to goodwill acquired through our "
     "2007 acquisition of an ad firm.", "related mainly to goodwill acquired through our 2007 "
     "acquisition of an ad firm"),
    ("This impairment was primarily due to lower projected cash flows.",
     "due to lower projected cash flows"),
])
def test_a_sentence_going_on_about_the_charge_adds_its_words(text, words):
    assert goes_on(text) == words


@pytest.mark.parametrize("text", [
    "The company recorded other charges related to severance.",  # not the charge before
    "Charges related to severance were lower.",  # no article pointing back
    "The charge was recorded in the fourth quarter.",  # says when, not what for
])
def test_a_sentence_not_about_the_charge_before_adds_nothing(text):
    assert goes_on(text) is None


def test_the_words_the_next_sentence_adds_pin_the_charge(msft_facts):
    year = [sf.fact for sf in msft_facts if sf.fact.metric == METRIC
            and sf.fact.period_start == date(2011, 7, 1)]
    assert any("aQuantive" in f.entity for f in year)
    found = verify_text("In fiscal 2012 the company took a $6.19 billion charge related to its "
                        "acquisition of aQuantive.", msft_facts)["$6.19 billion"]
    assert found.verdict == "supported"
    other = verify_text("In fiscal 2012 the company took a $5.9 billion charge related to its "
                        "acquisition of aQuantive.", msft_facts)["$5.9 billion"]
    assert other.verdict == "unverifiable"
