"""Charges, gains and losses a filing states in prose, and the articles that quote them:
``extractors.charges`` reads them with the filer's words, ``pipeline.verify.charge_claims``
reads an article's charge with its words, ``pipeline.verify.charges`` matches the two by their
describing words only. The articles here are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.charges import METRIC, sentence_charges
from extractors.sentences import Sentence
from tests.conftest import claims_in, stored_corpus_facts, verify_text

# a June fiscal year of twelve calendar months, as a month-end 10-K defines its years
_JUNE_YEARS = ({2012: (date(2011, 7, 1), date(2012, 6, 30)),
                2013: (date(2012, 7, 1), date(2013, 6, 30))}, False)


def _read(text: str, calendar=_JUNE_YEARS) -> list:
    return sentence_charges(Sentence(0, len(text), text), "doc.htm", calendar)


@pytest.fixture(scope="module")
def msft_facts() -> list:
    # Microsoft's FY2013 10-K: the Surface RT charge of the fourth quarter of fiscal 2013 and
    # the goodwill impairment of the fourth quarter of fiscal 2012, stated in its MD&A and notes
    return stored_corpus_facts("dev/10-K_MSFT_0001193125-13-310206.html",
                               "0001193125-13-310206", "10-K", date(2013, 7, 30))


@pytest.fixture(scope="module")
def homebuilder_facts() -> list:
    # a homebuilder's FY2011 10-K overview: "The net loss incurred during fiscal 2011 included
    # $X of asset impairment charges and deposit write-offs, ..."
    return stored_corpus_facts("dev/10-K_SPF_0000878560-12-000008.html",
                               "0000878560-12-000008", "10-K", date(2012, 2, 28))


# --- the filing side ---------------------------------------------------------------------

def test_a_charge_amount_first_with_what_it_is_for():
    facts = _read("In the fourth quarter of fiscal year 2012, we recorded a $6.2 billion charge "
                  "for the impairment of goodwill in our online segment.")
    assert [(f.metric, f.value, f.period_start, f.period_end) for f in facts] == [
        (METRIC, Decimal("6200000000"), date(2012, 4, 1), date(2012, 6, 30))]
    assert "impairment of goodwill" in facts[0].entity and facts[0].decimals == -8


def test_a_charge_noun_first_and_the_footnote_pre_tax_amount():
    noun_first = _read("During fiscal 2013 we took a charge for widget inventory adjustments of "
                       "approximately $900 million.")
    assert [(f.value, f.period_end) for f in noun_first] == [(Decimal("900000000"),
                                                              date(2013, 6, 30))]
    assert "widget inventory adjustments" in noun_first[0].entity
    footnote = _read("Also includes a charge for widget inventory adjustments recorded in the "
                     "fourth quarter of fiscal year 2013, which decreased operating income by "
                     "$900 million, net income by $596 million, and diluted earnings per share "
                     "by $0.07.")
    # the pre-tax amount only: never the after-tax one
    assert [(f.value, f.period_start) for f in footnote] == [(Decimal("900000000"),
                                                              date(2013, 4, 1))]


def test_a_description_stops_at_the_next_clause():
    facts = _read("During the three months ended June 30, 2013, we realized losses on debt "
                  "securities and recorded an impairment charge related to an equity investee "
                  "of $96 million.")
    assert [f.value for f in facts] == [Decimal("96000000")]
    assert facts[0].entity.startswith("impairment charge related to an equity investee")


def test_a_gain_on_something_is_read_as_the_filer_names_it():
    facts = _read("Fiscal 2012 results include a $54 million gain from the sale of store "
                  "leases.")
    assert [(f.value, f.entity) for f in facts] == [
        (Decimal("54000000"), "gain from the sale of store leases")]


@pytest.mark.parametrize("text", [
    # a change of the loss, not the loss
    "These were offset by a $30.0 million decrease in loss on early extinguishment of debt in "
    "fiscal 2013.",
    # no scale word: a table's unit the sentence does not state
    "During fiscal 2013 we recorded restructuring charges of $37.",
    # several periods, none tied to the charge
    "Fiscal year 2013 compared with fiscal year 2012: a charge for widget inventory of $900 "
    "million.",
    # a respectively list
    "The 2013 and 2012 results include impairment charges of $15.3 million and $2.4 million, "
    "respectively.",
    # a balance of losses, not a charge
    "The allowance for losses on loans of $5.0 billion at the end of fiscal 2013 was higher.",
])
def test_what_is_no_charge_of_a_period(text):
    assert _read(text) == []


def test_a_week_calendar_quarter_is_never_pinned():
    weeks = ({2006: (date(2005, 1, 29), date(2006, 2, 3))}, True)
    assert _read("Certain charges totaling $442 million were incurred in the third quarter of "
                 "fiscal 2006.", weeks) == []
    assert [f.period_end for f in _read("Results for fiscal 2006 include charges aggregating "
                                        "$442 million.", weeks)] == [date(2006, 2, 3)]


def test_the_filing_states_its_charges_with_their_periods(msft_facts):
    charges = {(sf.fact.value, sf.fact.period_start, sf.fact.period_end)
               for sf in msft_facts if sf.fact.metric == METRIC}
    assert (Decimal("900000000"), date(2013, 4, 1), date(2013, 6, 30)) in charges
    assert (Decimal("6200000000"), date(2012, 4, 1), date(2012, 6, 30)) in charges
    assert not any(value == Decimal("596000000") for value, _, _ in charges)  # after tax


# --- the article side --------------------------------------------------------------------

def test_an_articles_charge_is_read_with_its_words():
    claims = {c.text: c for c in claims_in(
        "In fiscal 2013 the company took a $900 million hit on widget inventory adjustments. "
        "In fiscal 2012 it posted $133 million in expenses related to the early retirement of "
        "debt.")}
    hit, expenses = claims["$900 million"], claims["$133 million"]
    assert hit.metric == METRIC and "widget inventory adjustments" in hit.entity
    assert expenses.metric == METRIC and "early retirement" in expenses.entity


def test_a_year_inside_the_charges_words_is_not_its_period():
    claim = next(c for c in claims_in(
        "The software maker was weighed down by a goodwill impairment charge of $6.2 billion "
        "related to the write-off of its 2007 acquisition of an ad firm.")
                 if c.text == "$6.2 billion")
    assert claim.metric == METRIC and claim.period_label != "FY2007"


def test_a_charge_naming_a_stored_line_stays_that_lines():
    claim = next(c for c in claims_in(
        "Net income for fiscal 2013 included a $32 million noncash charge for stock-based "
        "compensation.") if c.text == "$32 million")
    assert claim.metric != METRIC


# --- matching ----------------------------------------------------------------------------

def test_a_charge_its_words_pin_is_supported(msft_facts):
    verdicts = verify_text(
        "In the fourth quarter of fiscal 2012 the company booked a goodwill impairment charge of "
        "$6.2 billion related to an acquisition it wrote off. In the fourth quarter of fiscal "
        "2013 it took a $900 million charge for Surface RT inventory adjustments.", msft_facts)
    assert verdicts["$6.2 billion"].verdict == "supported"
    assert verdicts["$900 million"].verdict == "supported"


def test_a_charge_of_another_value_is_unverifiable_never_drifted(msft_facts):
    verdict = verify_text("In the fourth quarter of fiscal 2013 it took a $950 million charge "
                          "for Surface RT inventory adjustments.", msft_facts)["$950 million"]
    assert verdict.verdict == "unverifiable"


def test_a_charge_is_never_compared_with_a_total(msft_facts):
    # the quarter's net income (4,965) quoted as a charge: no charge of those words is filed
    verdict = verify_text("In the fourth quarter of fiscal 2013 it took a $4.97 billion charge "
                          "for restructuring.", msft_facts)["$4.97 billion"]
    assert verdict.verdict == "unverifiable"


def test_a_bare_charge_pins_only_the_periods_one_charge(msft_facts, homebuilder_facts):
    bare = "In the fourth quarter of fiscal 2013 the company took a $900 million charge."
    assert verify_text(bare, msft_facts)["$900 million"].verdict == "supported"
    # fiscal 2011 states several charges: a bare one pins none of them
    several = verify_text("In fiscal 2011 the builder took $2.1 million in charges.",
                          homebuilder_facts)["$2.1 million"]
    assert several.verdict == "unverifiable" and "several" in several.reason


def test_words_shared_by_charges_of_different_values_pin_none(homebuilder_facts):
    claims = verify_text(
        "In fiscal 2011 the builder's net loss included $15.3 million of asset impairment "
        "charges and deposit write-offs. In fiscal 2009 it took $9.9 million of restructuring "
        "charges.", homebuilder_facts)
    assert claims["$15.3 million"].verdict == "supported"
    # fiscal 2009 states restructuring charges of two values: ambiguous
    assert claims["$9.9 million"].verdict == "unverifiable"


def test_a_charge_named_for_a_change_is_read_on_both_sides(homebuilder_facts):
    # "$2.1 million of management change charges" beside restructuring charges of the same
    # amount (a homebuilder's 10-K overview, quoted by a filing digest): "change" only
    # qualifies the charge; a change *in* a charge still stops it
    facts = _read("Fiscal 2013 included $1.4 million of leadership change charges.")
    assert [(f.value, f.entity) for f in facts] == [
        (Decimal("1400000"), "leadership change charges")]
    assert _read("Fiscal 2013 results reflect a $1.4 million change in restructuring "
                 "charges.") == []
    claims = verify_text("The builder's fiscal 2011 net loss included $2.1 million of "
                         "management change charges.", homebuilder_facts)
    assert claims["$2.1 million"].verdict == "supported"


def test_a_gain_never_stands_for_a_loss(homebuilder_facts):
    verdict = verify_text("In fiscal 2010 the builder booked a $30.0 million gain on the early "
                          "extinguishment of debt.", homebuilder_facts)["$30.0 million"]
    assert verdict.verdict == "unverifiable"


def test_a_charge_described_by_four_words_is_no_total_that_included_it():
    # (a stock note's line on a railroad's quarter, the project's words: both readers of a
    # charge allow the same words between its figure and its noun, so the total named before
    # "included" never takes the charge as its own figure and calls it drifted)
    found = {c.text: c for c in claims_in(
        "Operating expenses included a $55 million crew staffing agreement ratification "
        "charge. Operating costs were $3.63 billion, including a $12 million fuel hedge "
        "settlement gain.")}
    assert found["$55 million"].metric == "stated_charge"
    assert found["$55 million"].entity == "crew staffing agreement ratification charge"
    assert found["$3.63 billion"].metric == "operating_expenses"
    assert found["$12 million"].metric != "operating_expenses"
    # the words never run past a joining word: the figure before it is the total's
    total = {c.text: c.metric for c in claims_in(
        "Operating expenses were $3.6 billion and crew staffing agreement charges rose.")}
    assert total["$3.6 billion"] == "operating_expenses"
