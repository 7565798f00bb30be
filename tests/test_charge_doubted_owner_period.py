"""Charges whose period or owner a sentence leaves in doubt give no fact (an audit of facts read
from filings by hand, 2026-12): a wrong period or another party's charge is worse than none.

- one phrase naming two periods ("the three and six months ended ...") over several amounts:
  which amount is whose is not surely told (a chip maker's 10-Q: the six months' figure was
  stored as the quarter's);
- a period named only after "compared to <words> during": the comparison's, not the charge's
  (a merged company's 10-Q: a loss of the later period was dated by the earlier one);
- a charge "recorded by" another party (a homebuilder's note on its unconsolidated ventures:
  the venture's impairment was stored as the filer's);
- a period inside an initialism ("the U.S. segment") no longer cuts the charge's words short.

Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.charges import METRIC, sentence_charges
from extractors.sentences import Sentence
from tests.conftest import stored_corpus_facts

_YEARS = ({2009: (date(2009, 1, 1), date(2009, 12, 31)),
           2023: (date(2023, 1, 1), date(2023, 12, 31))}, False)


def _read(text: str) -> list:
    return [(f.value, f.period_start, f.period_end)
            for f in sentence_charges(Sentence(0, len(text), text), "doc.htm", _YEARS)]


def _entities(text: str) -> list[str]:
    return [f.entity for f in sentence_charges(Sentence(0, len(text), text), "doc.htm", _YEARS)]


def _corpus(relative: str, accession: str, form: str, filed: date) -> set:
    return {(sf.fact.value, sf.fact.period_start, sf.fact.period_end)
            for sf in stored_corpus_facts(relative, accession, form, filed)
            if sf.fact.metric == METRIC}


# --- two periods in one phrase ----------------------------------------------------------------

def test_several_amounts_under_a_two_period_phrase_are_not_dated():
    assert _read("In the three and six months ended June 30, 2023, we booked $3 million and "
                 "$7 million of royalty gains on licensed designs.") == []
    assert _read("In the three and nine months ended September 30, 2023, we booked $2 million of "
                 "gain on a patent sale and $9 million of gain on a plant sale.") == []


def test_one_amount_under_a_two_period_phrase_is_both_periods_and_stays_dated():
    assert _read("In the three and nine months ended September 30, 2023, we booked a loss on "
                 "the early payoff of notes of about $2 million.") == [
        (Decimal("2000000"), date(2023, 7, 1), date(2023, 9, 30))]


def test_a_chip_makers_quarter_holds_no_half_year_licensing_gain():
    facts = _corpus("10q-10k/10-Q_AMD_0000002488-23-000139.html", "0000002488-23-000139",
                    "10-Q", date(2023, 8, 2))
    quarter_2023, quarter_2022 = (date(2023, 4, 2), date(2023, 7, 1)), (date(2022, 3, 27),
                                                                         date(2022, 6, 25))
    assert (Decimal("18000000"), *quarter_2023) not in facts
    assert (Decimal("89000000"), *quarter_2022) not in facts


def test_a_one_amount_two_period_charge_in_the_corpus_stays():
    facts = _corpus("10q-10k/10-Q_KO_0000021344-23-000048.html", "0000021344-23-000048",
                    "10-Q", date(2023, 7, 27))
    assert (Decimal("25000000"), date(2023, 4, 1), date(2023, 6, 30)) in facts


# --- a comparison's period ---------------------------------------------------------------------

def test_a_period_named_after_compared_to_words_is_not_the_charges():
    assert _read("The change reflects a loss on hedges of $4.2 million, compared to income "
                 "during the nine months ended September 30, 2023 from note revaluation.") == []


def test_a_charge_whose_own_period_is_named_keeps_it_beside_a_comparison():
    assert _read("During the nine months ended September 30, 2023, we booked a loss on hedges "
                 "of $4.2 million, compared to a gain in the prior year.") == [
        (Decimal("4200000"), date(2023, 1, 1), date(2023, 9, 30))]


def test_a_merged_companys_later_loss_is_not_dated_by_the_earlier_period():
    facts = _corpus("dev/10-Q_AEON_2023-09-30.html", "0000000000-23-000000", "10-Q",
                    date(2023, 11, 14))
    assert not any(value == Decimal("15800000") for value, _, _ in facts)


# --- another party's charge -------------------------------------------------------------------

def test_a_charge_recorded_by_another_party_is_not_the_filers():
    assert _read("During 2009, losses of our unconsolidated ventures included an impairment "
                 "charge of about $120 million recorded by one desert venture.") == []


def test_a_charge_recorded_by_the_company_stays_the_filers():
    assert _read("During 2009, an impairment charge of about $12 million recorded by the "
                 "Company cut land values in its building segment.") == [
        (Decimal("12000000"), date(2009, 1, 1), date(2009, 12, 31))]


def test_a_homebuilders_venture_impairment_is_not_stored_as_its_own():
    facts = _corpus("dev/10-K_SPF_0000878560-12-000008.html", "0000878560-12-000008", "10-K",
                    date(2012, 2, 28))
    assert not any(value == Decimal("300000000") for value, _, _ in facts)
    # the filer's own charge on its venture investment stays
    assert (Decimal("8100000"), date(2009, 1, 1), date(2009, 12, 31)) in facts


# --- an initialism inside the words ------------------------------------------------------------

def test_an_initialism_does_not_cut_a_charges_words_short():
    assert _entities("During 2023, we booked a $3.0 million loss on sales of U.S. treasury "
                     "notes, which sits in other income.") == [
        "loss on sales of U.S. treasury notes"]


def test_a_sentences_own_period_still_ends_the_words():
    assert _entities("During 2023, we booked a $3.0 million charge for store closings. Sales "
                     "fell.") == ["charge for store closings"]


# --- a charge only expected, or another party's by its subject or possessive ------------------

def test_a_charge_the_filer_only_expects_is_not_stored():
    assert _read("We expect to book a charge of roughly $25 million in 2023 for the plant "
                 "closing.") == []
    assert _read("Had we tested goodwill in 2023, the impairment charge would have been "
                 "$50 million.") == []


def test_a_charge_taken_stays_beside_an_expectation_after_it():
    assert _read("During 2023 we booked a charge of $25 million for the plant closing, and we "
                 "expect no more such costs.") == [
        (Decimal("25000000"), date(2023, 1, 1), date(2023, 12, 31))]


def test_a_charge_another_party_took_or_owns_is_not_the_filers():
    assert _read("During 2023 the venture we co-own booked, and our joint venture recorded, "
                 "an impairment charge of $40 million.") == []
    assert _read("In 2023, our largest customer recorded a $9 million write-down of "
                 "inventory bought from us.") == []
    assert _read("During 2023, we took our share of an investee's impairment charge of "
                 "$5 million.") == []


def test_a_charge_on_another_partys_account_is_still_the_filers():
    assert _read("In 2023, we recorded a $9 million charge for receivables owed by a customer "
                 "in bankruptcy.") == [
        (Decimal("9000000"), date(2023, 1, 1), date(2023, 12, 31))]


# --- the words before the charge's noun ---------------------------------------------------------

def test_the_taker_the_taking_and_a_year_are_no_qualifiers():
    assert _entities("During 2023 we recorded severance charges of $4.0 million.") == [
        "severance charges"]
    assert _entities("During 2023, the Company recorded other operating charges of $4.0 "
                     "million.") == ["other operating charges"]


def test_qualifiers_that_name_the_charge_stay():
    assert _entities("In 2023 results included asset impairment charges of $4.0 million.") == [
        "asset impairment charges"]


def test_a_drinks_makers_operating_charges_keep_only_their_own_words():
    facts = stored_corpus_facts("10q-10k/10-Q_KO_0000021344-23-000048.html",
                                "0000021344-23-000048", "10-Q", date(2023, 7, 27))
    words = {sf.fact.entity for sf in facts if sf.fact.metric == METRIC
             and sf.fact.value == Decimal("1338000000")}
    assert words == {"other operating charges"}
