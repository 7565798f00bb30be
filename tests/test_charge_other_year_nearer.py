"""A charge stated in a clause of another year than the one the sentence names by a period
phrase: "Our SG&A expenses for 2010 did not include any restructuring charges, whereas 2009
included $19.1 million of restructuring charges" (a homebuilder's MD&A, audited by hand) was
read as a charge of 2010. The year nearer the amount makes the named period unsure, so the
sentence gives no fact; a year after the amount, or the named year again, leaves it dated.
Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from extractors.charges import METRIC, sentence_charges
from extractors.sentences import Sentence
from tests.conftest import stored_corpus_facts

_YEARS = ({2009: (date(2009, 1, 1), date(2009, 12, 31)),
           2010: (date(2010, 1, 1), date(2010, 12, 31))}, False)


def read_charges(text: str, calendar: tuple) -> list[tuple[Decimal, date]]:
    """(value, period end) of each charge ``sentence_charges`` reads from one sentence."""
    return [(f.value, f.period_end)
            for f in sentence_charges(Sentence(0, len(text), text), "doc.htm", calendar)]


def corpus_charges(relative: str, accession: str, form: str, filed: date
                   ) -> set[tuple[Decimal, date]]:
    """(value, period end) of each charge read from a corpus file."""
    return {(sf.fact.value, sf.fact.period_end)
            for sf in stored_corpus_facts(relative, accession, form, filed)
            if sf.fact.metric == METRIC}


_read = partial(read_charges, calendar=_YEARS)


def test_a_charge_in_another_years_clause_is_not_the_named_years():
    assert _read("Selling expenses for 2010 held no severance charges, whereas 2009 held "
                 "$4.2 million of severance charges.") == []


def test_results_listed_year_by_year_date_only_the_named_years_charge():
    # a 10-K's bullets run into one sentence; the only period phrase is a settlement's "in
    # 2010", and each earlier year's gain was dated 2010 with it
    text = ("The 2011 results include a $4.2 million gain on sale of land and a $1.5 million "
            "charge for severance. The 2010 results include a $3.3 million gain on sale of "
            "land and a $2.0 million charge for a lawsuit settled in 2010")
    assert _read(text) == [(Decimal("3300000"), date(2010, 12, 31)),
                           (Decimal("2000000"), date(2010, 12, 31))]


def test_the_named_year_alone_or_a_year_after_the_amount_still_dates_the_charge():
    assert _read("During 2010 we recorded $4.2 million of severance charges, and 2009 "
                 "margins fell.") == [(Decimal("4200000"), date(2010, 12, 31))]
    # a year a comparison is drawn against is no other clause's year
    assert _read("Other expense rose in 2010 compared to 2009, offset by a $4.2 million gain "
                 "on the sale of a patent.") == [(Decimal("4200000"), date(2010, 12, 31))]
    assert _read("Results for 2010 included $4.2 million of severance charges, and 2010 "
                 "margins fell.") == [(Decimal("4200000"), date(2010, 12, 31))]


def test_the_homebuilders_2009_restructuring_charge_is_not_filed_as_2010s():
    charges = corpus_charges("dev/10-K_SPF_0000878560-12-000008.html",
                             "0000878560-12-000008", "10-K", date(2012, 2, 28))
    assert (Decimal("19100000"), date(2010, 12, 31)) not in charges
    # the year's own charges, each in a sentence naming 2010 alone, stand
    assert (Decimal("30000000"), date(2010, 12, 31)) in charges


def test_a_materials_makers_earlier_years_gains_are_not_filed_as_2010s():
    # its 10-K lists each year's discrete items; only the 2010 one is 2010's
    charges = corpus_charges("dev/10-K_VMC_0001193125-13-084128.html",
                             "0001193125-13-084128", "10-K", date(2013, 2, 28))
    assert (Decimal("65100000"), date(2010, 12, 31)) not in charges
    assert (Decimal("42100000"), date(2010, 12, 31)) not in charges
    assert (Decimal("39500000"), date(2010, 12, 31)) in charges
