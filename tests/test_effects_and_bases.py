"""Figures read as a line's level that are something else, and bases dated a year back that
are the quarter before: the classes of the first contact with this session's new real articles
(each false drifted there). An item's effect on a line ("the charge reduced diluted EPS by
$0.07"), a profit made on a sale, a cue inside a relative clause after the figure, a compared
figure attributed to a firm that compiles forecasts, and a base "in the preceding three months"
or "in the same comparison".

Every sentence here is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text.strip("(") == figure)


_YEAR = "Acme reports fiscal 2013 results. "


@pytest.mark.parametrize("sentence, figure", [
    ("The charge reduced net income by $596 million.", "$596 million"),
    ("The charge reduced operating income by $900 million and net income by $596 million.",
     "$596 million"),
    ("The write-down decreased its earnings-per-share figure by $0.07.", "$0.07"),
    ("While this resulted in a -$0.07 impact on earnings, the price cut will help.", "-$0.07"),
    ("The fine had a $0.20 per share negative impact on results.", "$0.20 per share"),
    ("The tax benefit added 12 cents to earnings per share.", "12 cents"),
    ("Currency shaved $0.05 off EPS.", "$0.05"),
    ("The storm was a $300 million hit to revenue.", "$300 million"),
    ("Acme cut its net loss by $5 million.", "$5 million"),
    ("Revenue rose by $200 million and net income by $50 million.", "$50 million"),
    ("The tax benefit translated to a $0.19 per diluted share boost.",
     "$0.19 per diluted share"),
    ("The expense had a negative impact of $0.07 per diluted share.", "$0.07 per diluted share"),
    ("It took a $900 million charge, or a $0.07 per share impact.", "$0.07 per share"),
    ("The charge weighed on earnings by $0.05 per share.", "$0.05 per share"),
])
def test_an_effect_on_a_line_is_never_its_level(sentence: str, figure: str) -> None:
    claim = _claim(_YEAR + sentence, figure)
    assert claim.metric is None, claim
    verdict = verify_text(_YEAR + sentence, [])[claim.text]
    assert verdict.verdict == "unverifiable"


@pytest.mark.parametrize("sentence, figure, metric", [
    ("Net income decreased by $300 million.", "$300 million", "difference"),
    ("Revenue increased by $200 million to $5 billion.", "$5 billion", "revenue"),
    ("Net income was $596 million.", "$596 million", "net_income"),
    ("Diluted EPS was $0.07, and revenue rose 5%.", "$0.07", "eps_diluted"),
    ("The company increased its revenue by 228% from a year earlier.", "228%",
     "revenue_growth"),
])
def test_a_line_that_moved_itself_keeps_its_reading(sentence: str, figure: str,
                                                    metric: str) -> None:
    assert _claim(_YEAR + sentence, figure).metric == metric


def test_the_effect_of_a_filed_charge_is_not_drifted_against_the_years_eps() -> None:
    # the 10-K states the charge's effect in a footnote ("decreased ... diluted earnings per
    # share by $0.07") and the year's diluted EPS of $2.58: the effect is no EPS level
    facts = stored_corpus_facts("dev/10-K_MSFT_0001193125-13-310206.html",
                                "0001193125-13-310206", "10-K", date(2013, 7, 30))
    text = ("The software maker reports fiscal 2013 results. It recorded a $900 million "
            "charge for inventory adjustments, which lowered diluted earnings per share by $0.08.")
    verdict = verify_text(text, facts)["$0.08"]
    assert verdict.verdict == "unverifiable"
    assert "moved a line" in verdict.reason


_QUARTER = "Acme reports second quarter 2023 results. "


@pytest.mark.parametrize("sentence, figure", [
    ("It disclosed a profit of $23.4 million derived from selling most of the coins it mined.",
     "$23.4 million"),
    ("It made a $12 million profit from selling its stake in a joint venture.", "$12 million"),
    ("It booked a profit of $4 million on the sale of a building.", "$4 million"),
])
def test_a_profit_made_on_a_sale_is_a_gain_not_net_income(sentence: str, figure: str) -> None:
    claim = _claim(_QUARTER + sentence, figure)
    assert claim.metric == "stated_charge"
    assert claim.entity.startswith("gain")


@pytest.mark.parametrize("sentence", [
    "It reported a profit of $5 million on sales of $80 million.",
    "It posted a profit of $5 million in the quarter.",
])
def test_a_profit_on_revenue_stays_net_income(sentence: str) -> None:
    assert _claim(_QUARTER + sentence, "$5 million").metric == "net_income"


def test_a_cue_inside_a_relative_clause_after_the_figure_is_not_its() -> None:
    text = (_QUARTER + "It got $180 million from releasing chips that had been set aside for "
            "sales to another customer.")
    assert _claim(text, "$180 million").metric is None
    kept = _QUARTER + "It booked $5 billion of revenue that was up 10%."
    assert _claim(kept, "$5 billion").metric == "revenue"


def test_a_compared_figure_from_a_firm_that_compiles_forecasts_is_an_estimate() -> None:
    text = (_QUARTER + "Here is how the company did:\n"
            "- Services revenue: $26.65 billion vs. $26.70 billion, per StreetAccount\n"
            "- Net sales: $95.4 billion vs. $94.6 billion, according to LSEG\n")
    found = {c.text: c for c in claims_in(text)}
    assert found["$26.70 billion"].not_checkable_reason
    assert found["$94.6 billion"].not_checkable_reason
    assert not found["$26.65 billion"].not_checkable_reason
    year_ago = (_QUARTER + "Revenue rose to $5 billion, compared with $4.8 billion a year ago, "
                "according to LSEG data.")
    assert not _claim(year_ago, "$4.8 billion").not_checkable_reason


@pytest.mark.parametrize("words", ["in the preceding three months",
                                   "in the previous three-month period",
                                   "in the prior three months"])
def test_a_base_in_the_preceding_three_months_is_the_quarter_before(words: str) -> None:
    dated = (_QUARTER + f"Revenue rose to $3.58 billion from $3.09 billion {words}.")
    assert _claim(dated, "$3.09 billion").period_label == "Q1 2023"
    # with no year in force, the sentence's own quarter is the one it is measured from
    yearless = ("Acme results. Revenue for the three months ended June 30 rose to $3.58 "
                f"billion from $3.09 billion {words}.")
    assert _claim(yearless, "$3.09 billion").period_label.startswith("the quarter ended March")


def test_the_last_three_months_stays_unread_as_a_base() -> None:
    text = _QUARTER + "Sales rose to $3.58 billion from $3.09 billion in the last three months."
    assert _claim(text, "$3.09 billion").period_label != "Q1 2023"


def test_a_base_in_the_same_comparison_is_not_placed_a_year_back() -> None:
    text = ("Acme results. Revenue for the three months ended June 30 rose to $3.58 billion from "
            "$3.09 billion in the preceding three months. Net income fell to $75 million from "
            "$150 million in the same comparison.")
    claim = _claim(text, "$150 million")
    assert "1 year earlier" not in claim.period_label
    assert claim.period_label.startswith("a quarter")


def test_preceding_three_months_against_a_filed_quarter_is_not_drifted() -> None:
    # the 10-Q states the second quarter and the year before it, not the first quarter alone
    facts = stored_corpus_facts("10q-10k/10-Q_AA_0001193125-18-236766.html",
                                "0001193125-18-236766", "10-Q", date(2018, 8, 2))
    text = ("The metals maker's results. Revenue for the three months ended June 30 rose to "
            "$3.58 billion from $3.1 billion in the preceding three months.")
    found = verify_text(text, facts)
    assert found["$3.58 billion"].verdict == "supported"
    assert found["$3.1 billion"].verdict == "unverifiable"


def test_a_sentence_may_open_on_a_lower_camel_case_brand() -> None:
    text = (_QUARTER + "The total was $5 billion. iPhone revenue was $46.84 billion.")
    assert _claim(text, "$46.84 billion").entity == "iPhone"


def test_a_member_humanised_with_a_lone_capital_takes_the_filers_spelling() -> None:
    # the device maker's 10-Q tags IPhoneMember and prints "iPhone"
    facts = stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                                "0000320193-25-000057", "10-Q", date(2025, 5, 2))
    parts = {sf.fact.entity for sf in facts if sf.fact.metric == "revenue" and sf.fact.entity}
    assert "iPhone" in parts
    assert "I Phone" not in parts


def test_a_figure_the_company_says_will_be_is_its_outlook() -> None:
    text = ("The device maker's quarter. It predicted a hit to gross margins, which it said will "
            "be 45.5% to 46.5% in the next quarter. It expects revenue will be about $90 billion.")
    found = {c.text: c for c in claims_in(text)}
    assert all(c.not_checkable_reason and "guidance" in c.not_checkable_reason
               for c in found.values()), found
    past = _QUARTER + "Revenue was $5 billion, and it will be a big year."
    assert not _claim(past, "$5 billion").not_checkable_reason
    term = "There will be 212,965,381 shares outstanding after the offering."
    assert not _claim(term, "212,965,381 shares").not_checkable_reason


def test_pay_and_benefits_is_compensation_and_its_rise_is_its_growth() -> None:
    text = ("The bank reports fourth quarter 2021 results. The bank set aside $3.25bn to cover "
            "pay and benefits in the quarter, up 31% from a year earlier.")
    assert _claim(text, "$3.25bn").metric == "compensation_expense"
    rise = _claim(text, "31%")
    assert rise.metric == "revenue_growth" and rise.basis == "compensation_expense"


def test_a_conversion_before_a_per_share_restatement_is_blanked() -> None:
    text = ("The bank reports fourth quarter 2021 results. It made a profit of $3.94bn (£2.90bn) "
            "or $10.81 a share. This is down from $4.51bn (£3.32bn), or $12.08 per share, in "
            "the same period a year earlier.")
    found = {c.text: c for c in claims_in(text)}
    assert found["$12.08 per share"].metric == "eps_diluted"
    assert found["$12.08 per share"].period_label == "Q4 2020"
    # the conversion is a figure of its own, never the filer's dollars (currency_asides)
    assert [(key, c.unit, c.metric) for key, c in found.items() if "3.32" in key] == [
        ("£3.32bn", None, None)]


def test_a_price_move_reaches_only_its_own_clause() -> None:
    text = ("The bank reports fourth quarter 2021 results. Shares fell sharply as the bank saw "
            "an 11 percent jump in fourth-quarter revenue. Shares fell 3% on Friday.")
    found = {c.text: c for c in claims_in(text)}
    assert not found["11 percent"].not_checkable_reason
    assert found["3%"].not_checkable_reason


@pytest.mark.parametrize("sentence, figure", [
    ("The Gadgets Division had revenue of $5 billion.", "$5 billion"),
    ("The Gadgets Division posted a revenue increase of 6%.", "6%"),
    ("While the Gadgets Segment had a revenue increase of 6%, costs rose.", "6%"),
])
def test_a_capitalised_division_is_a_part(sentence: str, figure: str) -> None:
    assert _claim(_YEAR + sentence, figure).entity.lower().startswith("gadgets")


def test_a_capitalised_divisions_change_is_not_the_companys() -> None:
    text = _YEAR + "While the Gadgets Division had a revenue increase of $259 million, costs rose."
    assert _claim(text, "$259 million").metric is None
    named = _YEAR + "The Acme Group posted revenue of $5 billion."
    assert _claim(named, "$5 billion").metric == "revenue"
