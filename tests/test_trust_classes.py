"""Classes of false `drifted` (and one false `supported`) found on two held-out article sets,
each checked here on the project's own paraphrases, against real filings of the corpus read in
place where one holds the figures (GAINSCO's and Forward Industries' 10-Ks, Alcoa's 2015 10-K,
PNC's 2Q21 release, JPMorgan's 4Q21 supplement), else at the claims a sentence yields."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_units import find_figures
from pipeline.verify.tolerance import agrees
from tests.conftest import stored_corpus_facts, verify_text
from warehouse.records import StoredFact


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article) if c.value is not None}


_verdicts = verify_text


def _facts(name: str, form: str, filed: date) -> list[StoredFact]:
    return stored_corpus_facts(f"dev/{name}", name, form, filed)


# --- a period phrase after a figure is that figure's, and a yearless one never drifts ---------

def test_a_yearless_quarter_after_a_base_is_not_the_sentence_period():
    found = _claims("The miner's second-quarter loss widened. Sales of $81.8M beat nothing, up "
                    "from $51.1M in Q1 and from $24.9M in Q2 of last year.")
    assert found["$81.8M"].period_label.startswith("Q2 ")
    assert found["$51.1M"].period_label.startswith("Q1 ")
    assert found["$24.9M"].period_label.endswith("1 year earlier")


def test_an_explicit_year_after_a_figure_is_not_overridden_by_for_the_year():
    found = _claims("Net income for the year ended December 31, 2009 was $4.1 million. That "
                    "compares to a net loss of $3.4 million for the year ended December 31, 2008.")
    assert found["$3.4 million"].period_end == date(2008, 12, 31)


@pytest.fixture(scope="module")
def insurer() -> list[StoredFact]:
    return _facts("10-K_GAN_0001193125-10-073212.html", "10-K", date(2010, 3, 31))


def test_the_prior_years_loss_is_supported(insurer):
    found = _verdicts("For the year ended December 31, 2009 net income was $4.1 million, "
                      "against a net loss of $3.4 million for the year ended December 31, 2008.",
                      insurer)
    assert found["$3.4 million"].verdict == "supported"


# --- a figure's own head noun names it --------------------------------------------------------

def test_a_release_of_reserves_is_not_net_income():
    found = _claims("Quarterly profit was lifted by a $1.8 billion release of loan reserves.")
    assert found["$1.8 billion"].metric is None
    kept = _claims("Net income included a $2 billion gain on a sale.")
    assert kept["$2 billion"].metric == "stated_charge"  # an item, never net income


# --- a scorecard's estimate column ------------------------------------------------------------

def test_a_spaced_scorecards_prediction_column_is_not_checkable():
    text = ("Results at a glance\nMeasure Beat/Miss Reported Value Analysts' Prediction\n"
            "Earnings Per Share Beat $3.10 $2.80\nRevenue Miss $28.1B $28.4B\n")
    found = _claims(text)
    assert found["$2.80"].not_checkable_reason and found["$28.4B"].not_checkable_reason
    assert not found["$3.10"].not_checkable_reason and not found["$28.1B"].not_checkable_reason


def test_a_pipe_tables_consensus_column_is_not_checkable():
    found = _claims("Quarter recap.\n\n| Metric | Actual | Consensus |\n|---|---|---|\n"
                    "| Revenue | $5.2 billion | $5.0 billion |\n")
    assert found["$5.0 billion"].not_checkable_reason
    assert not found["$5.2 billion"].not_checkable_reason


# --- a rate's change and level ----------------------------------------------------------------

def test_changed_by_x_to_y_is_no_range():
    figures = find_figures("Gross margin decreased by 0.8% to 18.5% from 19.3% a year before.")
    assert [f.range_role for f in figures] == [None, None, None]
    assert figures[0].is_points  # the article's own levels differ by 0.8
    assert not find_figures("Margin rose by 4% to 20% from 10%.")[0].is_points


@pytest.fixture(scope="module")
def distributor() -> list[StoredFact]:
    return _facts("10-K_FORD_0001003297-16-000907.html", "10-K", date(2016, 12, 12))


def test_a_gross_profit_percentage_change_is_in_points(distributor):
    found = _verdicts("Gross profit percentage decreased by 0.8% to 18.5% in fiscal 2016 from "
                      "19.3% in fiscal 2015.", distributor)
    assert {k: v.verdict for k, v in found.items()} == {
        "0.8%": "supported", "18.5%": "supported", "19.3%": "supported"}


# --- a driver's part of a change --------------------------------------------------------------

@pytest.fixture(scope="module")
def smelter() -> list[StoredFact]:
    return _facts("10-K_AA_0001193125-16-470162.html", "10-K", date(2016, 2, 19))


def test_a_drivers_part_of_a_change_is_not_the_totals_growth(smelter):
    found = _verdicts("In the fourth quarter of 2015 revenue fell to $5.25 billion from $6.38 "
                      "billion in the year-ago quarter, with a 9% revenue increase from "
                      "acquisitions more than offset by a 20% decrease from lower metal "
                      "prices.", smelter)
    assert found["9%"].verdict == "unverifiable" and found["20%"].verdict == "unverifiable"
    assert "driver" in found["9%"].reason


def test_a_rate_set_beside_a_figure_with_its_reason_is_that_figures_change(smelter):
    # the appositive's change is the total's own: "due to" gives its reason, not a cause's share
    found = _verdicts("For 2015 the aluminum maker's revenue came to $22.5 billion, a 6% "
                      "decrease due to lower metal prices and currency.", smelter)
    assert found["6%"].verdict == "supported"


def test_a_reason_clause_not_set_beside_a_figure_stays_a_bridge(smelter):
    # must not fire: the rates are the subjects of an offset, not a figure's appositives
    found = _verdicts("In the fourth quarter of 2015 revenue fell to $5.25 billion from $6.38 "
                      "billion in the year-ago quarter, with a 9% revenue increase due to "
                      "acquisitions more than offset by a 20% decrease driven by lower metal "
                      "prices.", smelter)
    assert "driver" in found["9%"].reason and "driver" in found["20%"].reason
    # nor a source after a figure's appositive: "from acquisitions" names a part, not a reason
    found = _verdicts("In the fourth quarter of 2015 the aluminum maker's revenue was $5.25 "
                      "billion, a 9% increase from acquisitions more than offset by lower metal "
                      "prices.", smelter)
    assert found["9%"].verdict == "unverifiable" and "driver" in found["9%"].reason


# --- a quarter's growth with no base named ----------------------------------------------------

@pytest.fixture(scope="module")
def bank() -> list[StoredFact]:
    return _facts("EX-99.1_PNC_2021-06-30.html", "8-K", date(2021, 7, 14))


def test_an_unnamed_base_may_be_the_quarter_before(bank):
    found = _verdicts("For the second quarter of 2021 the bank reported net interest income of "
                      "$2.6 billion, up 10%.", bank)
    assert found["10%"].verdict == "supported"
    assert "quarter before" in found["10%"].arithmetic


def test_a_base_named_for_another_figure_leaves_it_open(bank):
    found = _verdicts("For the second quarter of 2021, total loans rose 24% from the year-ago "
                      "quarter to $294.7 billion, while deposits were up 21% to $452.9 billion.",
                      bank)
    assert found["21%"].verdict == "unverifiable"


# --- estimates, dividends, market moves, rounding ---------------------------------------------

def test_a_comparison_after_an_estimate_is_reported():
    found = _claims("The miner posted Q2 EPS of -$0.13, vs. -$0.08 average analyst estimate, "
                    "compared with -$0.05 in Q1 and -$1.94 in the year-earlier quarter.")
    assert found["-$0.08"].not_checkable_reason
    assert not found["-$0.05"].not_checkable_reason
    assert not found["-$1.94"].not_checkable_reason


def test_an_increased_dividend_of_is_the_next_quarters():
    found = _claims("For the second quarter the board declared an increased cash dividend of "
                    "$0.30 per share.")
    assert found["$0.30 per share"].period_label.startswith("Q3 ")


def test_a_share_price_move_is_unverifiable():
    found = _verdicts("The stock rose 2.5% in after-hours trading.", [])
    assert found["2.5%"].verdict == "unverifiable"


def test_half_a_unit_rounds_up():
    half = Decimal("0.005")
    assert agrees(Decimal("26.65"), half, Decimal("26.645"))
    assert not agrees(Decimal("26.64"), half, Decimal("26.645"))
    assert agrees(Decimal("-1.65"), half, Decimal("-1.645"))
