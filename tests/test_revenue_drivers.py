"""A filer's table of what moved its net revenue (volume, price/mix, currency, acquisitions and
divestitures, the reported change) and an article's quotes of it ("10% growth in price/mix"):
core.rows_drivers, extractors.revenue_drivers. Sentences are our own paraphrases of the way a
beverage trade press recaps a soft-drink maker's quarter."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

PRICE_MIX = "revenue_price_mix_effect"
_Q2 = (date(2023, 4, 1), date(2023, 6, 30))
_H1 = (date(2023, 1, 1), date(2023, 6, 30))


@pytest.fixture(scope="module")
def ko_facts():
    return stored_corpus_facts("10q-10k/10-Q_KO_0000021344-23-000048.html",
                               "0000021344-23-000048", "10-Q", date(2023, 7, 27))


def _stated(facts, metric, period, entity=None):
    return {sf.fact.value for sf in facts if sf.fact.metric == metric
            and (sf.fact.period_start, sf.fact.period_end) == period
            and sf.fact.entity == entity}


@pytest.mark.corpus
def test_the_drivers_table_is_read_by_its_column_labels_for_each_period(ko_facts):
    assert _stated(ko_facts, PRICE_MIX, _Q2) == {10}
    assert _stated(ko_facts, "revenue_volume_effect", _Q2) == {1}
    assert _stated(ko_facts, "revenue_currency_effect", _Q2) == {-4}
    assert _stated(ko_facts, "revenue_acquisitions_effect", _Q2) == {-1}
    # the six months' table, under its own heading
    assert _stated(ko_facts, "revenue_currency_effect", _H1) == {-5}
    # a segment's row is that segment's, never the company's
    assert _stated(ko_facts, PRICE_MIX, _Q2, "Latin America") == {17}
    assert _stated(ko_facts, PRICE_MIX, _H1, "Europe, Middle East & Africa") == {18}


_LEAD = "Coca-Cola reported its second-quarter 2023 results on July 26, 2023. "


@pytest.mark.corpus
@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Pricing and mix lifted the quarter: 10% growth in price/mix, with concentrate "
     "sales adding 1%.", "10%", "supported"),
    ("Organic revenue rose 11% for the drinks company, and its top line included 10% growth "
     "in price/mix.", "10%", "supported"),
    ("The top line was lifted by a 10% increase in price/mix.", "10%", "supported"),
    ("Price/mix rose 10% in the quarter.", "10%", "supported"),
    ("Price/mix rose 12% in the quarter.", "12%", "drifted"),
    # a segment's price/mix is that segment's row, never the company's
    ("In Latin America, price/mix rose 17% in the quarter.", "17%", "supported"),
    # a part the table does not state, and a part named as the driver's owner: never compared
    # with the company's row
    ("In Brazil, price/mix rose 20% in the quarter.", "20%", "unverifiable"),
    ("Latin America's price/mix rose 17% in the quarter.", "17%", "unverifiable"),
    ("Latin America's price, product and geographic mix rose 17%.", "17%", "unverifiable"),
])
def test_an_articles_price_mix_is_the_filers_driver(ko_facts, sentence, figure, verdict):
    assert verify_text(_LEAD + sentence, ko_facts)[figure].verdict == verdict


@pytest.mark.parametrize("sentence, figure", [
    # "mix" alone: a margin's mix, no revenue driver
    ("Gross margin expanded 1.5% on favorable mix.", "1.5%"),
    # pricing actions in prose, no figure of the driver
    ("The company took pricing actions and revenue rose 6%.", "6%"),
    # the organic rate before the driver keeps its own measure
    ("Organic revenue rose 11%, and its top line included 10% growth in price/mix.", "11%"),
])
def test_other_figures_near_price_words_are_not_price_mix(sentence, figure):
    claim = next(c for c in claims_in(sentence) if c.text == figure)
    assert claim.metric != PRICE_MIX


@pytest.mark.corpus
def test_a_currency_headwind_stays_unread_as_the_revenue_driver(ko_facts):
    # a currency headwind's line may be earnings per share: never compared with revenue's
    text = _LEAD + "Comparable EPS rose 11%, despite a 6-point currency headwind."
    assert verify_text(text, ko_facts)["6-point"].verdict == "unverifiable"
