"""A charge its own words state after tax gives no fact (a second audit of stored facts by hand,
2026-12): ``stated_charge`` is the pre-tax amount, and a selected-data footnote's "include an
after tax goodwill impairment charge of $X million" (a materials maker's 10-K) was stored as
the charge, though the impairment before tax was larger.

Refused: the after-tax words before the charge's noun (spaced, hyphenated or run together), or
right after its amount or its reading ("net of tax", "net of income taxes of $Y", "after tax").
Kept: a pre-tax charge, and a charge beside an after-tax figure or per-share effect of its own
("$50 million ($31 million after tax)"), whose first amount is the pre-tax one.

Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.charges import METRIC, sentence_charges
from extractors.sentences import Sentence
from tests.conftest import stored_corpus_facts

_YEARS = ({2021: (date(2021, 1, 1), date(2021, 12, 31))}, False)
_YEAR_2021 = (date(2021, 1, 1), date(2021, 12, 31))


def _read(text: str) -> list:
    return [(f.value, f.period_start, f.period_end)
            for f in sentence_charges(Sentence(0, len(text), text), "doc.htm", _YEARS)]


def test_after_tax_words_before_the_noun_leave_no_charge():
    assert _read("Profit from ongoing units for 2021 includes an after tax write-down of "
                 "goodwill of $64.3 million in the quarry business.") == []
    assert _read("During 2021 we booked an after-tax impairment charge of $18 million on a "
                 "mill.") == []
    assert _read("During 2021 we booked an aftertax charge of $18 million for a mill "
                 "shutdown.") == []


def test_after_tax_words_right_after_the_amount_leave_no_charge():
    assert _read("During 2021 we booked a charge of $18 million, net of tax, for a mill "
                 "shutdown.") == []
    assert _read("During 2021 we booked impairment charges of $18 million, net of income "
                 "taxes of $5 million, on two mills.") == []
    assert _read("During 2021 we booked an $18 million charge, net of tax benefits of $5 "
                 "million, for mill closings.") == []


def test_a_pre_tax_charge_is_still_read():
    assert _read("During 2021 we booked a pre-tax charge of $18 million for a mill "
                 "shutdown.") == [(Decimal("18000000"), *_YEAR_2021)]


def test_a_charge_beside_its_own_after_tax_figure_keeps_the_pre_tax_amount():
    assert _read("During 2021 we booked a charge of $18 million ($13 million after tax) for a "
                 "mill shutdown.") == [(Decimal("18000000"), *_YEAR_2021)]
    assert _read("During 2021 we booked an $18 million pretax charge, or $13 million after "
                 "tax, for mill closings.") == [(Decimal("18000000"), *_YEAR_2021)]
    assert _read("During 2021 we booked a charge of $18 million for a mill shutdown, or $0.04 "
                 "per share after tax.") == [(Decimal("18000000"), *_YEAR_2021)]


def test_a_materials_makers_after_tax_goodwill_impairment_is_not_stored():
    facts = {(sf.fact.value, sf.fact.period_start, sf.fact.period_end)
             for sf in stored_corpus_facts("dev/10-K_VMC_0001193125-13-084128.html",
                                           "0001193125-13-084128", "10-K", date(2013, 2, 27))
             if sf.fact.metric == METRIC}
    assert not any(value == Decimal("227600000") for value, _, _ in facts)
    # its pre-tax gains and charges in the same footnote's run stay
    assert (Decimal("39500000"), date(2010, 1, 1), date(2010, 12, 31)) in facts
