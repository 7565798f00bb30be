"""A figure whose metric is known but whose period kind the article leaves to the reader: a
balance asked for a fiscal quarter of a year whose naming is ambiguous (or that the cover
names), the year so far under a heading or after a yearless quarter, a quarter's cash-flow
figure that the filings state only year to date, and an article's "net income" that is the
income from continuing operations.

The article snippets are the project's own paraphrases, not third-party text; the filings are
read in place from the shared corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.rows_document import FISCAL_YEAR_NAMED
from tests.conftest import claims_in, stored_corpus_facts, verify_text

CRM_K = ("dev/10-K_CRM_2025-01-31.html", "0001108524-25-000006", "10-K", date(2025, 3, 5))
HD_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185", "10-Q",
        date(2023, 8, 21))
BKE_8K = ("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", "bke-8k", "8-K", date(2024, 11, 22))
PNC_8K = ("dev/EX-99.1_PNC_2021-06-30.html", "pnc-8k", "8-K", date(2021, 7, 14))


def _facts(doc) -> list:
    return stored_corpus_facts(*doc)


def _verdicts(text: str, doc) -> dict:
    return {k: v.verdict for k, v in verify_text(text, _facts(doc)).items()}


# --- a balance on a fiscal quarter's last day, the year's naming ambiguous ----------------

@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "Salesforce's remaining performance obligations reached $63.4 billion in fiscal Q4 2025.",
    "In the fourth quarter of fiscal 2025, remaining performance obligation was $63.4 billion.",
])
def test_a_balance_in_a_fiscal_fourth_quarter_is_the_year_end_balance(text):
    assert _verdicts(text, CRM_K)["$63.4 billion"] == "supported"


@pytest.mark.corpus
def test_a_balance_that_matches_neither_year_end_is_not_a_drift():
    # the 10-K without its cover's naming (a filer whose filings state none): either reading
    facts = [sf for sf in _facts(CRM_K) if sf.fact.metric != FISCAL_YEAR_NAMED]
    got = verify_text("Remaining performance obligations were $61.2 billion in fiscal Q4 2025.",
                      facts)["$61.2 billion"]
    assert got.verdict == "unverifiable"
    assert "either of two" in got.reason


@pytest.mark.corpus
def test_a_balance_off_the_year_end_the_cover_names_drifts():
    # the cover names the year ended January 31, 2025 fiscal 2025: one reading only
    got = verify_text("Remaining performance obligations were $61.2 billion in fiscal Q4 2025.",
                      _facts(CRM_K))["$61.2 billion"]
    assert got.verdict == "drifted"


@pytest.mark.corpus
def test_a_balance_growth_in_a_fiscal_quarter_is_recomputed_from_the_year_ends():
    text = ("Remaining performance obligations were $63.4 billion in fiscal Q4 2025, up 11% "
            "year over year.")
    assert _verdicts(text, CRM_K)["11%"] == "supported"


# --- the year so far under a heading, after a yearless quarter ---------------------------

_BULLETS = ("Net Earnings (Q3): $44.2 million, down from $51.8 million a year ago.\n"
            "Net Earnings (Year-to-Date): $118.3 million, down from $140.3 million in the prior "
            "year.\n")


def test_a_year_to_date_heading_dates_its_line_as_the_year_so_far():
    got = {c.text: c.period_label for c in claims_in(_BULLETS)}
    assert got["$118.3 million"].startswith("9M to Q3 ")
    assert got["$140.3 million"].startswith("9M to Q3 ") and "1 year earlier" in got[
        "$140.3 million"]
    assert got["$44.2 million"].startswith("Q3 ")  # the quarter's line stays the quarter's


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    _BULLETS,
    "Net income for the 13-week third quarter was $44.2 million. Year-to-date, net income for "
    "the 39-week period was $118.3 million, which compares to $140.3 million for the prior "
    "year.",
    "The retailer earned $44.2 million in the third quarter. For the first nine months, net "
    "income was $118.3 million, against $140.3 million a year earlier.",
])
def test_the_year_so_far_is_dated_by_the_release_that_reports_the_quarter(text):
    got = _verdicts(text, BKE_8K)
    assert got["$118.3 million"] == "supported" and got["$140.3 million"] == "supported"


@pytest.mark.parametrize("later", [
    "Over the past six months, revenue was $600.1 million.",
    "Six months ago, revenue was $600.1 million.",
    "Revenue has grown for six months in a row, to $600.1 million.",
])
def test_a_trailing_span_is_not_the_year_so_far(later):
    got = {c.text: c.period_label for c in claims_in(
        f"Net income for the third quarter was $44.2 million. {later}")}
    assert not (got["$600.1 million"] or "").startswith(("6M", "9M"))


def test_six_months_said_without_first_is_the_year_so_far_in_a_quarter():
    got = {c.text: c.period_label for c in claims_in(
        "Net income for the second quarter was $44.2 million. Cash from operations for six "
        "months was $600.1 million.")}
    assert got["$600.1 million"].startswith("6M to Q2 ")


# --- a quarter's cash-flow figure that the filings state only year to date ----------------

@pytest.mark.corpus
def test_six_months_of_cash_flow_said_without_first_is_the_year_so_far():
    text = ("Home Depot reported second-quarter results. Operating cash flow for six months "
            "totaled $12.2 billion.")
    assert _verdicts(text, HD_Q)["$12.2 billion"] == "supported"


@pytest.mark.corpus
def test_a_quarters_cash_flow_may_be_borne_out_by_the_year_to_date_figure():
    facts = _facts(HD_Q)
    text = ("Home Depot reported second-quarter results. Operating cash flow was $12.2 billion, "
            "against $7.2 billion in the prior year's quarter.")
    got = verify_text(text, facts)
    assert got["$12.2 billion"].verdict == "supported"
    assert "year to date" in got["$12.2 billion"].reason
    assert got["$7.2 billion"].verdict == "supported"


@pytest.mark.corpus
def test_a_quarters_cash_flow_unequal_to_the_year_to_date_figure_is_no_drift():
    got = verify_text("Home Depot reported second-quarter results. Operating cash flow was "
                      "$6.1 billion.", _facts(HD_Q))["$6.1 billion"]
    assert got.verdict == "unverifiable"
    assert "only for the year to date" in got.reason


@pytest.mark.corpus
def test_an_income_line_is_never_read_from_the_year_to_date_figure():
    # net earnings are stated for the quarter: the year-to-date reading applies to cash flow only
    got = verify_text("Home Depot reported second-quarter results. Net earnings were "
                      "$8.5 billion.", _facts(HD_Q))["$8.5 billion"]
    assert got.verdict != "supported"


# --- "net income" that is the income from continuing operations --------------------------

@pytest.mark.corpus
def test_a_net_loss_may_be_the_continuing_operations_line():
    text = ("PNC's second-quarter 2021 net income was $1.1 billion, against a net loss of "
            "$744 million in the prior-year quarter.")
    got = verify_text(text, _facts(PNC_8K))
    assert got["$744 million"].verdict == "supported"
    assert "continuing_operations" in got["$744 million"].reason


@pytest.mark.corpus
def test_a_net_income_matching_no_line_is_still_compared_with_both():
    text = "PNC posted a net loss of $650 million in the second quarter of 2020."
    got = verify_text(text, _facts(PNC_8K))["$650 million"]
    assert got.verdict != "supported"


def test_the_continuing_operations_line_is_its_own_metric():
    from extractors.statements import match_label
    assert match_label("Net income (loss) from continuing operations").metric == \
        "net_income_continuing_operations"
    assert match_label("Income from continuing operations").metric == \
        "net_income_continuing_operations"
    found = match_label("Income (loss) from continuing operations before income taxes")
    assert found is None or found.metric != "net_income_continuing_operations"


# --- "the reported quarter" after a paragraph on the year ---------------------------------

@pytest.mark.parametrize("phrase", ["in the reported quarter", "in the just-reported quarter",
                                    "for the most recent quarter", "in the latest quarter"])
def test_the_reported_quarter_is_a_quarter_not_the_year_in_force(phrase):
    text = (f"In 2021, net income was $5.73 billion. Total revenues {phrase} were $5.13 "
            "billion, up 22% year over year.")
    got = {c.text: c.period_label for c in claims_in(text)}
    assert got["$5.73 billion"] == "FY2021"
    assert not got["$5.13 billion"].startswith("FY")


def test_the_current_quarter_of_an_outlook_is_not_the_reported_one():
    text = "In 2021, net income was $5.73 billion. For the current quarter it sees $1.2 billion."
    got = {c.text: c.period_label for c in claims_in(text)}
    assert "quarter of a year" not in (got.get("$1.2 billion") or "")


@pytest.mark.corpus
def test_a_cash_flow_figure_its_sentence_dates_as_the_quarter_is_not_the_year_to_date():
    got = verify_text("Second-quarter operating cash flow was $12.2 billion.",
                      _facts(HD_Q))["$12.2 billion"]
    assert got.verdict == "unverifiable"


# --- the weeks of a quarter it numbers ("the 13-week third quarter") ----------------------

@pytest.mark.parametrize("text, quarter", [
    ("Sales for the 13-week third quarter fell 3.2% to $293.6 million. Year-to-date sales "
     "fell 4.6% to $838.5 million.", "Q3 "),
    ("In its 14-week fourth quarter the chain earned $61.0 million, and sales for the year "
     "to date rose 2.1% to $1.25 billion.", "Q4 "),
    ("The thirteen-week second quarter brought revenue of $410.2 million. YTD revenue "
     "reached $802.7 million, up 1.5%.", "Q2 "),
])
def test_the_weeks_of_a_numbered_quarter_are_that_quarter(text, quarter):
    # read apart, "13-week" was a quarter of its own with no number: the numbered quarter
    # never took hold, and the year so far after it counted from nothing
    got = {c.text: c.period_label or "" for c in claims_in(text)}
    quarterly = [t for t in got if t.startswith("$") and got[t].startswith(quarter)]
    to_date = [t for t in got if got[t].startswith(("6M to", "9M to"))]
    assert quarterly, got
    if quarter != "Q4 ":  # a fourth quarter's year so far is its year, read apart
        assert to_date, got


def test_weeks_alone_still_name_the_quarter_in_force():
    got = {c.text: c.period_label or "" for c in claims_in(
        "Net income for the third quarter was $44.2 million. Sales in the 13-week period "
        "were $293.6 million.")}
    assert got["$293.6 million"].startswith("Q3 ")
