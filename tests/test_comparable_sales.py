"""Comparable (same-store) sales growth: read from a filing's sentences and tables
(extractors.comparable_sales, core.rows_comparable), and from an article's words
(claims_qualifiers.adjusted): hand-written paraphrases, then the corpus's retailers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.comparable_sales import extract_comparable_sales, sentence_comparable_sales
from extractors.document import parse_document
from extractors.sentences import Sentence
from pipeline.facts_io import extract_content
from tests.conftest import corpus_file
from tests.test_claims import claims_of

FY = {2020: (date(2020, 2, 2), date(2021, 1, 30)), 2019: (date(2019, 2, 3), date(2020, 2, 1))}


def stated(text, years=None):
    fact = sentence_comparable_sales(Sentence(0, len(text), text), "t.htm", years)
    return None if fact is None else (str(fact.value), fact.period_start, fact.period_end)


@pytest.mark.parametrize("text, expected", [
    ("Comparable store net sales for the 13-week fiscal quarter ended October 31, 2020 "
     "decreased 2.4 percent from comparable store net sales for the prior year period.",
     ("-2.4", date(2020, 8, 1), date(2020, 10, 31))),
    ("On a comparable basis, net sales for 2020 were up 1.9% compared to 2019.",
     ("1.9", *FY[2020])),
    ("Total comparable sales for fiscal 2020 increased 6.1%, reflecting more transactions.",
     ("6.1", *FY[2020])),
    # the year right after the figure when none is named before it
    ("Comparable sales increased 6.1% during 2020 and were lifted by traffic.",
     ("6.1", *FY[2020])),
])
def test_a_sentence_on_the_companys_comparable_sales_states_it(text, expected):
    assert stated(text, FY) == expected


@pytest.mark.parametrize("text", [
    # an outlook, no past-tense move
    "Comparable sales increase in 2021 of approximately 2.5% from 2020 levels;",
    # no period named before the figure
    "Comparable sales increased 3.7% which marks a third year of growth.",
    # a part's or a qualified measure
    "Sales from the online business in 2020 increased 41.0% on a comparable basis to 2019.",
    "Comparable sales on an owned plus licensed basis for 2020 were up 2.2%.",
    "Comparable sales excluding fuel for 2020 increased 5.0%.",
    # two years named before the figure: which one grew is not said
    "Comparable sales for 2020 and 2019 increased 1.9%.",
    "Comparable sales increased 1.9% in 2020 and 2019.",
])
def test_other_sentences_state_no_comparable_sales(text):
    assert stated(text, FY) is None


def test_a_year_the_document_does_not_define_is_not_guessed():
    assert stated("On a comparable basis, net sales for 2020 were up 1.9% compared to 2019.",
                  {}) is None


@pytest.mark.parametrize("sentence, value, period", [
    ("On a comparable store basis, the retailer's 2020 sales were up 1.9%.", "1.9", "FY2020"),
    ("Net sales rose 1.9% on a comparable-store basis in 2020.", "1.9", "FY2020"),
    ("Its comparable store net sales for the thirteen-week period ended October 31, 2020, "
     "decreased by 2.4% compared to the same period last year.", "-2.4", None),
    ("Same-store sales fell 2% in the fourth quarter of 2020.", "-2", "Q4 2020"),
])
def test_an_articles_comparable_sales_are_the_stated_measure(sentence, value, period):
    (claim,) = claims_of(sentence).values()
    assert (claim.metric, claim.value, claim.entity) == (
        "comparable_sales_growth", Decimal(value), None)
    if period:
        assert claim.period_label == period


def test_comp_sales_and_the_earlier_years_after_them_are_the_stated_measure():
    # a retail trade site's shorthand: "comp sales" (never a part named "Comp"), and the
    # earlier years' rates after it are the same measure, each dated by its own year
    found = claims_of("The retailer's comp sales rose by 2.9% for fiscal 2020, on top of gains "
                      "of 4.1% in 2019 and 3.3% in 2018.")
    for rate, year in (("2.9%", "FY2020"), ("4.1%", "FY2019"), ("3.3%", "FY2018")):
        assert (found[rate].metric, found[rate].entity) == ("comparable_sales_growth", None)
        assert found[rate].period_label == year


@pytest.mark.parametrize("sentence", [
    "The retailer's comps rose 2.9% in 2020.",
    "In fiscal 2020 the retailer's comp-store sales rose 2.9%.",
])
def test_comps_are_comparable_sales(sentence):
    (claim,) = claims_of(sentence).values()
    assert (claim.metric, claim.entity) == ("comparable_sales_growth", None)


@pytest.mark.parametrize("sentence", [
    "The retailer's comps rose 2.9% in 2020, and net sales grew 4.8%.",
    "The retailer's comparable sales rose 2.9% in 2020, and total revenue grew 4.8%.",
])
def test_sales_named_anew_after_comparable_sales_are_not_comparable(sentence):
    # (before: the total's 4.8% was read as comparable sales, and would have drifted)
    assert claims_of(sentence)["4.8%"].metric != "comparable_sales_growth"


def test_the_earlier_years_of_a_parts_comparable_sales_stay_unread():
    # must not fire: a part's comparable sales, however many years follow, are not the company's
    found = claims_of("U.S. comp sales rose by 2.9% in 2020, after gains of 4.1% in 2019 and "
                      "3.3% in 2018.")
    assert all(c.metric is None for c in found.values())


@pytest.mark.parametrize("sentence", [
    "U.S. comparable sales rose 5.2% in 2020.",
    "Comparable store sales at the Widgets brand rose 5.2% in 2020.",
    "Comparable sales excluding fuel rose 5.2% in 2020.",
    "Comparable sales rose 5.2% in 2020, excluding gasoline.",
    "Systemwide same-store sales rose 5.2% in 2020.",
])
def test_a_parts_or_a_qualified_comparable_figure_is_not_the_companys(sentence):
    (claim,) = claims_of(sentence).values()
    assert claim.metric is None


@pytest.mark.parametrize("sentence", [
    "Revenue grew 6% in constant currency in 2020.",
    "Net sales rose 3.7% on a comparable-store basis, excluding the extra week, in 2020.",
])
def test_adjusting_words_after_a_growth_rate_make_it_no_gaap_growth(sentence):
    (claim,) = claims_of(sentence).values()
    assert claim.metric not in ("revenue_growth", "comparable_sales_growth")


def test_the_corpus_retailers_state_their_comparable_sales():
    found = {}
    for relative in ("dev/10-K_M_0000794367-13-000092.html",
                     "8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html"):
        path = corpus_file(relative)
        doc = parse_document(path.read_bytes(), name=path.name)
        found.update({(f.period_start, f.period_end): f.value
                      for f in extract_comparable_sales(doc)})
    assert found == {
        # Macy's FY2012 10-K MD&A: fiscal 2012 (53 weeks) and 2011
        (date(2012, 1, 29), date(2013, 2, 2)): Decimal("3.7"),
        (date(2011, 1, 30), date(2012, 1, 28)): Decimal("5.3"),
        # Buckle's Q3 2024 release: the quarter and the 39 weeks
        (date(2024, 8, 4), date(2024, 11, 2)): Decimal("-0.7"),
        (date(2024, 2, 4), date(2024, 11, 2)): Decimal("-5.4")}


def test_a_key_metrics_row_states_comparable_sales():
    """Home Depot's Q2 FY2023 10-Q: "Comparable sales (% change)" (2.0)% for the quarter."""
    path = corpus_file("10q-10k/10-Q_HD_0000354950-23-000185.html")
    facts = extract_content(path.read_bytes(), path.name, form="10-Q", use_xbrl=True)
    found = {(f.period_start, f.period_end): f.value for f in facts
             if f.metric == "comparable_sales_growth"}
    assert found[(date(2023, 5, 1), date(2023, 7, 30))] == Decimal("-2.0")
