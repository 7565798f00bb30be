"""Readings found by reading unscored articles that would turn into a false verdict once the
filing is loaded. Paraphrases written for these tests, about made-up companies; each class has
phrasings that must fire and one that must not."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


# -- other words for "excluding": the figure is an adjusted one, never the GAAP line -----------

@pytest.mark.parametrize("sentence, figure, metric", [
    ("Not counting one-off items, Acme's earnings per share came to $0.62.", "$0.62",
     "eps_diluted_non_gaap"),
    ("Leaving out special charges, Acme earned $1.20 per share.", "$1.20 per share",
     "eps_diluted_non_gaap"),
    ("Before one-time items, profit was $2.1 billion.", "$2.1 billion", "net_income_non_gaap"),
    ("Without special items, EPS came to $1.10.", "$1.10", "eps_diluted_non_gaap"),
    ("Net income was $2.1 billion, not counting a gain on a sale.", "$2.1 billion",
     "net_income_non_gaap"),
    # must not fire
    ("Net income was $2.1 billion, up from $1.9 billion.", "$2.1 billion", "net_income"),
    ("Including all items, Acme earned $662 million.", "$662 million", "net_income"),
])
def test_other_words_for_excluding_make_an_adjusted_figure(sentence, figure, metric):
    assert _claims(sentence)[figure].metric == metric


# -- a profit its words after say is before tax is the pretax line, never net income ----------

@pytest.mark.parametrize("sentence, figure, metric", [
    ("Acme earned $2.1 billion before taxes in the quarter.", "$2.1 billion", "pretax_income"),
    ("Acme earned $2.1 billion in the quarter before income taxes.", "$2.1 billion",
     "pretax_income"),
    ("Acme earned $2.1 billion, or $1.10 a share, before taxes.", "$2.1 billion",
     "pretax_income"),
    # a per-share amount before tax is no filed line
    ("Acme earned $2.1 billion, or $1.10 a share, before taxes.", "$1.10 a share", None),
    # must not fire: the tax named in another clause
    ("Acme earned $2.1 billion, up 5 percent, and its profit before taxes rose.",
     "$2.1 billion", "net_income"),
])
def test_a_profit_before_taxes_is_the_pretax_line(sentence, figure, metric):
    assert _claims(sentence)[figure].metric == metric


# -- a change against an adjusted base is no change of the GAAP line --------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Operating income climbed 28 percent to $2.2 billion from $1.72 billion, or 11 percent "
     "against the adjusted operating income of $1.98 billion.", "11 percent"),
    ("Earnings per share rose 12 percent compared with adjusted earnings of $1.10 a year "
     "earlier.", "12 percent"),
    ("Net income climbed 8% versus the prior-year adjusted figure.", "8%"),
])
def test_a_change_against_an_adjusted_base_is_compared_with_nothing(sentence, figure):
    from pipeline.verify.claims_qualifiers import unread_reason

    claim = _claims(sentence)[figure]
    assert claim.metric is None and "adjusted base" in unread_reason(claim)


def test_a_change_beside_an_adjusted_word_in_another_clause_is_still_read():
    found = _claims("Operating income climbed 28 percent to $2.2 billion from $1.72 billion, "
                    "or 11 percent against the adjusted operating income of $1.98 billion. "
                    "Revenue rose 12 percent from a year earlier, while adjusted earnings fell.")
    assert found["28 percent"].metric == "revenue_growth"
    assert found["28 percent"].basis == "operating_income"
    assert found["12 percent"].metric == "revenue_growth"


# -- a rate "over last year's $X": the possessive period owns the base, not the rate ----------

def test_a_rate_over_a_possessive_year_back_is_the_quarters_own():
    found = _claims("Acme reported first-quarter results on Monday.\n\nAcme booked revenue "
                    "of $3.3 billion in the quarter, a gain of under 2% over last year's "
                    "$3.25 billion.")
    assert found["2%"].period_label == found["$3.3 billion"].period_label
    assert found["$3.25 billion"].period_label.endswith("1 year earlier")
    # must not fire: a rate "in" the quarter is the quarter's
    found = _claims("Acme reported first-quarter results. Revenue showed a 5% increase in the "
                    "quarter.")
    assert found["5%"].period_label.startswith("Q1")


# -- "comps": comparable sales, a part's when the clause names one -----------------------------

@pytest.mark.parametrize("sentence, figure, metric", [
    ("Comps rose 2.1% in the quarter.", "2.1%", "comparable_sales_growth"),
    ("Revenue rose 3% and comps rose 2%.", "2%", "comparable_sales_growth"),
    # a part's comps are no company-wide figure (nor the sentence's sales growth)
    ("Sales also slipped in Asia, where comps dropped 2.4%.", "2.4%", None),
    ("Asian comps dropped 2.4%.", "2.4%", None),
    # must not fire: the sales growth beside them
    ("Revenue rose 3% and comps rose 2%.", "3%", "revenue_growth"),
])
def test_comps_are_comparable_sales(sentence, figure, metric):
    assert _claims(sentence)[figure].metric == metric


# -- a rate "over last year" is the period's own; "a N% gain in the prior year" is that year's -

@pytest.mark.parametrize("sentence, figure, year_back", [
    ("Revenue showed a 5% increase over last year.", "5%", False),
    ("Revenue showed a 5% increase over the prior year.", "5%", False),
    ("Revenue rose 2%, a modest increase over the same period last year.", "2%", False),
    ("Comparable store sales rose 3 percent in the quarter, after a 5 percent rise in the "
     "prior year.", "5 percent", True),
    # must not fire: the rate of the quarter beside it
    ("Comparable store sales rose 3 percent in the quarter, after a 5 percent rise in the "
     "prior year.", "3 percent", False),
])
def test_a_rates_own_words_date_it(sentence, figure, year_back):
    claim = _claims("Acme reported third-quarter results on Tuesday.\n\n" + sentence)[figure]
    assert claim.period_label.startswith("Q3")
    assert claim.period_label.endswith("1 year earlier") is year_back


# -- a long comparison's base, dated after its per-share amount, moves nothing -----------------

def test_a_long_bases_period_dates_the_base_and_sets_no_period_in_force():
    found = _claims("Acme reported a third-quarter loss on Tuesday.\n\nThe quarter's net loss "
                    "came to 9.4 million dollars or a loss of 15 cents per diluted share, "
                    "compared to net income of 2.2 million dollars or earnings of 4 cents per "
                    "diluted share, in the third quarter of fiscal year 2018. Gross margin for "
                    "the quarter fell to 31.5 percent.")
    assert found["4 cents per diluted share"].period_label == "fiscal Q3 2018"
    assert found["2.2 million dollars"].period_label.endswith("1 year earlier")
    # the quarter reported, not the base's year
    assert found["9.4 million dollars"].period_label.startswith("Q3 of a year")
    assert found["31.5 percent"].period_label.startswith("Q3 of a year")
