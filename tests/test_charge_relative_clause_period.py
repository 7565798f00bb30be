"""A charge whose sentence names a period only in a relative clause about another noun: "a
decrease in royalty costs of a game, which was launched during the three months ended December
31, 2015, partially offset by the recognition of a $15 million impairment charge" (a game
publisher's 10-Q, audited by hand) was filed as a charge of that quarter, the launch's; the
charge is the quarter's the paragraph compares. Such a period dates no charge; a clause of the
charge's own verb ("which was recorded during ...") still does. Sentences here are the project's
own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from tests.test_charge_other_year_nearer import corpus_charges, read_charges

_YEARS = ({2013: (date(2012, 7, 1), date(2013, 6, 30))}, False)
_read = partial(read_charges, calendar=_YEARS)


def test_a_period_of_another_nouns_relative_clause_dates_no_charge():
    assert _read("Costs fell on lower royalties for a title, which was released during fiscal "
                 "2013, partially offset by a $12 million impairment charge on a licence.") == []


def test_the_charges_own_clause_or_its_sentences_period_still_dates_it():
    assert _read("We took a $12 million impairment charge on a licence, which was recorded "
                 "during fiscal 2013.") == [(Decimal("12000000"), date(2013, 6, 30))]
    assert _read("Costs rose during fiscal 2013 owing to a $12 million impairment charge on a "
                 "licence.") == [(Decimal("12000000"), date(2013, 6, 30))]


def test_the_publishers_impairment_is_not_filed_as_the_launch_quarters():
    charges = corpus_charges("dev/10-Q_EA_0000712515-17-000010.html",
                             "0000712515-17-000010", "10-Q", date(2017, 2, 7))
    assert (Decimal("15000000"), date(2015, 12, 31)) not in charges
    # a charge its sentence dates by its own period stands
    assert (Decimal("10000000"), date(2016, 12, 31)) in charges
