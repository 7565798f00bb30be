"""Readings that would become a false verdict once the filing is loaded: an outlook's later
quarter taken as the article's period, a division's figure taken as the company's, a rival's
figure taken as the filer's, an adjusted figure taken as GAAP, an outlook taken as a result.
The sentences are the project's own paraphrases, each wrapped in a short recap of a second
quarter; each class has phrasings that must fire and one that must not."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = ("Acme Corp posted higher second-quarter profit on Tuesday. Revenue rose 8% to $4.2 "
         "billion in the second quarter of 2023.\n\n")
_AFTER = "\n\nNet income was $310 million, up from $280 million a year earlier."


def _claims(sentence: str) -> dict:
    return {c.text: c for c in claims_in(_LEAD + sentence + _AFTER)}


# -- an outlook's later quarter is no period of results, and sets none in force --------------

@pytest.mark.parametrize("sentence, figure", [
    ("Executives said the last three months of the year would bring revenue of $4.5 billion.",
     "$4.5 billion"),
    ("Acme said revenue in the fourth quarter would be about $4.5 billion.", "$4.5 billion"),
    ("For the fourth quarter, revenue is likely around $4.5 billion, the finance chief told "
     "analysts, and margins will widen.", "$4.5 billion"),
    # a phrasing the modality table does not know: the later period and "targets" tell
    ("For the fourth quarter, Acme now targets revenue of $4.5 billion, up 9%.", "9%"),
])
def test_an_outlooks_later_quarter_is_guidance_and_sets_no_period(sentence, figure):
    found = _claims(sentence)
    assert found[figure].not_checkable_reason, found[figure]
    # the figures after it are still the second quarter's
    assert found["$310 million"].period_label == "Q2 2023"
    assert found["$280 million"].period_label == "Q2 2022"


def test_a_later_quarters_reported_result_still_sets_the_period():
    # a recap that moves on to the next quarter's results, with no word of the future
    found = {c.text: c for c in claims_in(
        _LEAD + "In the third quarter of 2023, revenue was $4.4 billion." + _AFTER)}
    assert found["$4.4 billion"].not_checkable_reason is None
    assert found["$310 million"].period_label == "Q3 2023"


# -- a division named in apposition is the division, not the company --------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("The company's largest division, Pharmaceuticals, had revenue of $2.2 billion.",
     "$2.2 billion"),
    ("Its biggest segment, Retail Banking, earned $600 million.", "$600 million"),
    ("The company's flagship brand, Zeta, had sales of $1.2 billion.", "$1.2 billion"),
])
def test_a_divisions_figure_named_in_apposition_is_not_the_total(sentence, figure):
    claim = _claims(sentence)[figure]
    assert claim.entity is not None or claim.metric is None, claim


def test_a_part_named_by_its_word_as_subject_is_never_the_total():
    # a metric stated by part is searched for the part; any other is compared with nothing
    found = _claims("Meanwhile, the consumer division reported operating income of $600 "
                    "million.")["$600 million"]
    assert found.metric == "operating_income" and found.entity == "consumer division"
    found = _claims("Its Retail Banking segment earned $600 million.")["$600 million"]
    assert found.metric is None


def test_the_companys_own_total_keeps_no_part():
    claim = _claims("The company's total revenue, a record, was $4.2 billion.")["$4.2 billion"]
    assert claim.metric == "revenue" and claim.entity is None


# -- another company's figure -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Rival Globex earned $1.20 per share in the quarter.", "$1.20 per share"),
    ("Its closest competitor, Globex, reported revenue of $3.1 billion.", "$3.1 billion"),
    ("Meanwhile Globex Corp, a rival, posted a profit of $900 million.", "$900 million"),
    ("Rival Globex Inc. posted revenue of $3.1 billion.", "$3.1 billion"),
])
def test_a_rivals_figure_is_not_the_filers(sentence, figure):
    claim = _claims(sentence)[figure]
    assert claim.metric is None or claim.not_checkable_reason, claim


def test_a_figure_beside_a_rival_named_later_is_still_the_filers():
    claim = _claims("Revenue beat that of rival Globex, reaching $4.3 billion in the "
                    "quarter.")["$4.3 billion"]
    assert claim.metric == "revenue" and claim.not_checkable_reason is None


# -- an adjusted figure written "adjusted" after it -------------------------------------------

@pytest.mark.parametrize("sentence, figure", [
    ("EPS: $2.97 adjusted vs. $3.07 expected.", "$2.97"),
    ("Earnings per share were $2.97 adjusted, vs. $3.07 expected by analysts.", "$2.97"),
    ("Earnings: $2.97 per share, adjusted, vs. $3.07 expected", "$2.97 per share"),
])
def test_a_figure_marked_adjusted_after_it_is_no_gaap_figure(sentence, figure):
    found = _claims(sentence)
    assert found[figure].metric not in ("eps_diluted", "eps_basic"), found[figure]
    assert found["$3.07"].not_checkable_reason


def test_a_gaap_figure_before_an_adjusted_one_stays_gaap():
    found = _claims("EPS was $2.50, or $2.97 adjusted.")
    assert found["$2.50"].metric == "eps_diluted"


# -- the company's outlook, whatever its tense, with a metric marked adjusted ------------------

@pytest.mark.parametrize("sentence, figure", [
    ("Acme said in December it was looking for adjusted earnings of $4.10 a share.",
     "$4.10 a share"),
    ("The company had said in July that it expected adjusted earnings of $4.10 per share.",
     "$4.10 per share"),
    ("Acme said in October it was aiming for adjusted earnings of $4.10 per share.",
     "$4.10 per share"),
    ("Management reiterated adjusted EBITDA of $1.2 billion for the year.", "$1.2 billion"),
])
def test_the_companys_outlook_is_guidance_even_when_adjusted(sentence, figure):
    assert _claims(sentence)[figure].not_checkable_reason, _claims(sentence)[figure]


def test_a_result_the_company_expected_is_still_a_result():
    claim = _claims("Adjusted earnings were $4.10 a share, better than the company "
                    "expected.")["$4.10 a share"]
    assert claim.not_checkable_reason is None


@pytest.mark.parametrize("outlook", [
    "The airline said it expects revenue to keep recovering during the last three months of "
    "the year, to about 70% of the $11.4 billion it took in during the same quarter of 2019.",
    "Executives forecast fourth-quarter revenue of $10 billion to $10.5 billion.",
])
def test_a_yearless_outlook_quarter_does_not_date_the_results_after_it(outlook):
    found = {c.text: c for c in claims_in(
        "Acme Air reported a profit for the third quarter on Wednesday.\n\n" + outlook
        + "\n\nRevenue: $9.15 billion versus $8.4 billion expected.")}
    assert not found["$9.15 billion"].period_label.startswith("Q4"), found["$9.15 billion"]


# -- a period named after the figure a result is set against dates that figure only -----------

@pytest.mark.parametrize("sentence, figure, base, base_period", [
    ("Adjusted EPS was $0.91, below the $1.09 earned in the second quarter of 2022.",
     "$0.91", "$1.09", "Q2 2022"),
    ("Revenue was $4.4 billion, above the $4.3 billion it reported in the second quarter of "
     "2022.", "$4.4 billion", "$4.3 billion", "Q2 2022"),
])
def test_a_period_after_the_figure_compared_with_dates_that_figure(sentence, figure, base,
                                                                   base_period):
    found = _claims(sentence)
    assert found[figure].period_label == "Q2 2023", found[figure]
    assert found[base].period_label == base_period
    assert found["$310 million"].period_label == "Q2 2023"  # the period in force stays


# -- a place the sentence or its clause is about ----------------------------------------------

@pytest.mark.parametrize("sentence, figure, metric, entity", [
    ("In the U.S., same-store sales decreased by 0.7% for the quarter.", "0.7%", None, None),
    ("In Japan, net income rose to $300 million.", "$300 million", None, None),
    ("In Europe, operating income was $500 million.", "$500 million", "operating_income",
     "Europe"),
    ("Comparable sales rose by 3.6% globally, and United States sales increased by 2.4%.",
     "2.4%", None, None),
])
def test_a_places_figure_is_never_the_companys(sentence, figure, metric, entity):
    claim = _claims(sentence)[figure]
    assert (claim.metric, claim.entity) == (metric, entity), claim


@pytest.mark.parametrize("sentence, figure, metric", [
    ("In the quarter, net income rose to $300 million.", "$300 million", "net_income"),
    ("In the U.S., sales rose 3%, while total revenue climbed to $4.3 billion.",
     "$4.3 billion", "revenue"),
])
def test_a_sentence_opening_on_no_place_or_leaving_it_keeps_the_total(sentence, figure, metric):
    claim = _claims(sentence)[figure]
    assert claim.metric == metric and claim.entity is None, claim


def test_a_band_around_a_figure_makes_it_a_forecast():
    found = {c.text: c for c in claims_in(
        "Acme reported second-quarter revenue of $13.8 billion.\n\nQ3 2023\n\nRevenue: $14.4 "
        "billion, plus or minus $500 million.\n\nGross margin: 66 percent, plus or minus a "
        "couple of points.")}
    assert found["$14.4 billion"].not_checkable_reason
    assert found["$500 million"].not_checkable_reason
    assert found["66 percent"].not_checkable_reason
    assert found["$13.8 billion"].not_checkable_reason is None


# -- periods a data site's recap names ----------------------------------------------------------

def test_a_quarter_ended_in_a_month_and_the_same_period_are_that_quarter():
    found = {c.text: c for c in claims_in(
        "Acme reported $161.63 billion in revenue for the quarter ended July 2023, "
        "representing a year-over-year increase of 5.7%.\n\nEPS of $1.84 for the same period "
        "compares to $1.77 a year ago.")}
    for figure in ("$161.63 billion", "5.7%", "$1.84"):
        assert found[figure].period_label == "3 months ended 2023-07-31", found[figure]
    assert found["$1.77"].period_label == "3 months ended 2022-07-31"


@pytest.mark.parametrize("sentence", [
    "Net income was $300 million, compared with $250 million for the same period last year.",
    "Net income was $300 million, up from $250 million during the same period of the prior "
    "year.",
    "Net income was $300 million, compared with $250 million in the same period.",
])
def test_the_same_period_of_a_comparison_is_still_a_year_back(sentence):
    found = _claims(sentence)
    assert found["$300 million"].period_label == "Q2 2023"
    assert found["$250 million"].period_label == "Q2 2022"


def test_a_per_share_base_written_with_a_slash_names_its_own_period():
    found = _claims("On an adjusted basis, it earned $0.91 per share, lower than the "
                    "$1.09/share earnings reported in Q2 2022.")
    assert found["$0.91 per share"].period_label == "Q2 2023"
    assert found["$1.09/share"].period_label == "Q2 2022"


def test_a_programs_size_and_its_spend_to_date_are_no_periods_buyback():
    found = {c.text: c for c in claims_in(
        "Share Repurchases: $123M (1.8M shares); $12.1B repurchased to-date under the $18B "
        "program\n\nThe company bought back $500 million of stock under its $10 billion "
        "buyback plan.")}
    assert found["$123M"].metric == "share_repurchases"
    assert found["$12.1B"].metric is None
    assert found["$18B"].metric == "repurchase_authorization"
    assert found["$500 million"].metric == "share_repurchases"
    assert found["$10 billion"].metric == "repurchase_authorization"


def test_the_previous_quarters_base_is_never_dated_a_year_back():
    found = {c.text: c for c in claims_in(
        "Acme reported results for the quarter.\n\nRevenue increased 5.86% from $283.12 "
        "million in the previous quarter.")}
    assert "1 year earlier" not in (found["$283.12 million"].period_label or "")
