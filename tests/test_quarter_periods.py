"""Periods across an article's quarters, in the project's own paraphrases: the quarter before a
10-Q's quarter derived as its half year less the quarter, a growth rate whose sentence names no
base, a comparison's base that sets no period in force, a paragraph's aside about the whole year
in a piece about a quarter, and a list whose heading names its columns' periods.

The filings are read in place from the corpus (Union Pacific's Q2 2025 10-Q, PNC's 2Q21 earnings
release) or are a few stored facts built here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.test_claims import article, claims_of
from tests.test_claims_periods import stored
from tests.test_verify_changes import _load


@pytest.fixture(scope="module")
def railroad():
    return _load("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000001", "10-Q",
                 date(2025, 7, 24))


@pytest.fixture(scope="module")
def bank():
    return _load("dev/EX-99.1_PNC_2021-06-30.html", "0000713676-21-000050", "8-K",
                 date(2021, 7, 14))


def verify(text: str, facts) -> dict:
    return {v.claim.text: v for v in verify_claims(extract_claims(article(text)), facts)}


@pytest.mark.corpus
def test_the_quarter_before_is_the_half_year_less_the_quarter(railroad):
    # the 10-Q states revenue for the second quarter (6,154) and the six months (12,181), not
    # the first quarter: 12,181 - 6,154 = 6,027, and 6,154 / 6,027 - 1 = 2.1%
    found = verify("Second-quarter 2025 revenue grew 2% sequentially.", railroad)["2%"]
    assert found.verdict == "supported"
    assert "derived" in found.arithmetic and "6,027,000,000" in found.arithmetic
    assert {e.period_start for e in found.evidence} == {date(2025, 4, 1), date(2025, 1, 1)}
    assert len({e.accession for e in found.evidence}) == 1
    wrong = verify("Second-quarter 2025 revenue grew 6% sequentially.", railroad)["6%"]
    assert wrong.verdict == "drifted" and "derived" in wrong.arithmetic


@pytest.mark.corpus
def test_a_change_in_an_amount_against_the_derived_quarter(railroad):
    found = verify("Second-quarter 2025 revenue was $6.15 billion, up $127 million from the "
                   "prior quarter.", railroad)["$127 million"]
    assert found.verdict == "supported" and "derived" in found.arithmetic
    named = verify("Revenue for the second quarter of 2025 was $127 million higher than the "
                   "first quarter of 2025.", railroad)["$127 million"]
    assert named.verdict == "supported" and "derived" in named.arithmetic
    wrong = verify("Second-quarter 2025 revenue was $6.15 billion, up $300 million from the "
                   "prior quarter.", railroad)["$300 million"]
    assert wrong.verdict == "drifted" and wrong.filed_value == 127000000


@pytest.mark.corpus
def test_a_change_in_points_against_the_derived_quarter(railroad):
    # operating ratio: second quarter 1 - 2,525 / 6,154 = 59.0%; first quarter derived from the
    # half year, 1 - (4,896 - 2,525) / (12,181 - 6,154) = 60.7%: 1.7 points better
    text = "In the second quarter of 2025 the operating ratio improved 1.7 points sequentially."
    found = verify(text, railroad)["1.7 points"]
    assert found.verdict == "supported" and "derived" in found.arithmetic
    assert len({e.accession for e in found.evidence}) == 1 and len(found.evidence) == 6
    assert verify(text.replace("1.7", "1.0"), railroad)["1.0 points"].verdict == "drifted"


Q = ("0000000001-25-000003", "10-Q", date(2025, 10, 30))
Q3, NINE = (date(2025, 7, 1), date(2025, 9, 30)), (date(2025, 1, 1), date(2025, 9, 30))
Q2, HALF = (date(2025, 4, 1), date(2025, 6, 30)), (date(2025, 1, 1), date(2025, 6, 30))


def test_a_third_quarter_has_no_derivable_quarter_before():
    # a third quarter's 10-Q states nine months and the quarter: nine months less the quarter
    # is a half year, never the second quarter, so nothing is recomputed
    facts = [stored(Q, "revenue", "103000000", Q3), stored(Q, "revenue", "300000000", NINE)]
    found = verify("In the third quarter of 2025 revenue rose 3% from the previous quarter.",
                   facts)["3%"]
    assert found.verdict == "unverifiable" and "derived" not in (found.arithmetic or "")


def test_a_quarter_is_derived_only_from_one_filings_resolved_figures():
    text = "In the second quarter of 2025 revenue rose 3% from the previous quarter."
    own = [stored(Q, "revenue", "103000000", Q2), stored(Q, "revenue", "203000000", HALF)]
    assert verify(text, own)["3%"].verdict == "supported"
    other = ("0000000001-25-000004", "10-Q", date(2025, 11, 3))
    apart = [own[0], stored(other, "revenue", "203000000", HALF)]
    assert verify(text, apart)["3%"].verdict == "unverifiable"
    overruled = [own[0], replace(own[1], resolution="overruled")]
    assert verify(text, overruled)["3%"].verdict == "unverifiable"
    disputed = own + [replace(stored(Q, "revenue", "210000000", HALF), resolution="disputed")]
    assert verify(text, disputed)["3%"].verdict == "unverifiable"


def test_only_lines_that_add_up_over_periods_are_derived():
    # a half year's per-share earnings are not its quarters' sum (the share counts differ)
    facts = [stored(Q, "eps_diluted", "1.03", Q2, unit="USD/share"),
             stored(Q, "eps_diluted", "2.03", HALF, unit="USD/share")]
    found = verify("In the second quarter of 2025 diluted earnings per share rose 3% from the "
                   "previous quarter.", facts)["3%"]
    assert found.verdict == "unverifiable" and "derived" not in (found.arithmetic or "")


@pytest.mark.corpus
def test_a_growth_rate_with_no_base_may_be_the_linked_quarter_change(bank):
    # the release prints net interest income 2,581 (2Q21), 2,348 (1Q21), 2,527 (2Q20): up 9.9%
    # on the linked quarter, 2.1% on the year; the sentence names no base at all
    text = ("PNC's second quarter of 2021 at a glance. The bank's results included net interest "
            "income of $2.6 billion, up 10%.")
    found = verify(text, bank)["10%"]
    assert found.verdict == "supported"
    assert "names no base" in found.arithmetic
    # named a year-over-year base, the same rate is held to the year: never the quarter
    dated = verify(text.replace("up 10%.", "up 9.9% year over year."), bank)["9.9%"]
    assert dated.verdict == "drifted"
    # (a 10% there equals the release's CET1 ratio of 10.0%, a figure it also states: the
    # sentence may mean that one, so the miss is unverifiable, never drifted)
    assert verify(text.replace("up 10%.", "up 10% year over year."), bank)[
        "10%"].verdict == "unverifiable"
    # a rate neither base bears out keeps the year-earlier verdict
    # (25%: the release's 2Q20 return on common equity is 30.11%, another figure it states)
    assert verify(text.replace("up 10%", "up 25%"), bank)["25%"].verdict == "drifted"


def test_a_comparison_base_in_an_earlier_quarter_sets_no_period():
    found = claims_of("Lender posts 2Q profit of $1.1B\n\n"
                      "The lender reported second-quarter net income of $1.1 billion. That was "
                      "down from $1.8 billion in the first quarter.\n\n"
                      "Net interest income was $2.6 billion.")
    assert found["$1.8 billion"].period_label.startswith("Q1 ")
    assert found["$2.6 billion"].period_label.startswith("Q2 ")


QUARTER_PIECE = ("Lender's Q4 Earnings Beat\n\n"
                 "The lender reported fourth-quarter 2021 net income of $530 million.\n\n"
                 "In 2021, net income rose to $2.32 billion from $1.06 billion.\n\n"
                 "Net interest income slipped to $1.13 billion.")


def test_a_paragraph_about_the_whole_year_does_not_date_the_next_one():
    found = claims_of(QUARTER_PIECE)
    assert found["$2.32 billion"].period_label == "FY2021"
    assert found["$1.13 billion"].period_label == "Q4 2021"


def test_the_whole_year_carries_on_when_the_headline_names_it():
    found = claims_of(QUARTER_PIECE.replace("Q4 Earnings Beat", "Fourth Quarter and Full Year "
                                            "Results"))
    assert found["$1.13 billion"].period_label == "FY2021"


def test_a_year_carries_on_within_its_own_paragraph():
    found = claims_of(QUARTER_PIECE.replace("$1.06 billion.\n\n", "$1.06 billion. "))
    assert found["$1.13 billion"].period_label == "FY2021"


def test_a_list_heading_names_the_periods_of_its_rows_in_turn():
    found = claims_of("The lender reported second-quarter 2021 net income of $1.1 billion.\n\n"
                      "Its ratios for the quarters ended June 30, March 31 and June 30, 2020 "
                      "were:\n\n"
                      "• Return on average assets: 0.88%, 1.58%, 3.21%.\n"
                      "• Net interest margin: 2.29%, 2.27%, 2.50%.")
    assert found["0.88%"].period_label == "Q2 2021"
    assert found["1.58%"].period_start is None  # a yearless day: the quarter ending then
    assert found["1.58%"].period_label.startswith("the quarter ended March 31 ")
    assert found["3.21%"].period_end == date(2020, 6, 30)
    assert found["2.50%"].period_end == date(2020, 6, 30)


def test_a_row_with_another_count_of_figures_is_read_as_any_sentence():
    found = claims_of("The lender reported second-quarter 2021 net income of $1.1 billion.\n\n"
                      "Its ratios for the quarters ended June 30 and March 31 were:\n\n"
                      "• Return on average assets: 0.88%, 1.58%, 3.21%.")
    assert found["3.21%"].period_label == "Q2 2021"


def test_a_to_date_phrase_naming_its_year_is_of_those_months():
    found = claims_of("Sales for the first six months of fiscal 2023 were $80.2 billion, down "
                      "3.1% from $82.7 billion in the same period of fiscal 2022.")
    assert found["$80.2 billion"].period_label == "fiscal 6M 2023"
    assert found["$82.7 billion"].period_label == "fiscal 6M 2022"
    assert found["3.1%"].period_label == "fiscal 6M 2023"
    assert claims_of("Sales for fiscal 2023 were $80.2 billion.")["$80.2 billion"].period_label \
        == "FY2023"


@pytest.mark.corpus
def test_listed_ratios_are_compared_with_their_own_columns(bank):
    found = verify("PNC's second quarter of 2021 in brief.\n\n"
                   "Return on average assets for the quarters ended June 30, March 31 and June "
                   "30, 2020 was:\n\n"
                   "• Return on average assets: 0.88%, 1.58%, 3.21%.", bank)
    assert [found[k].verdict for k in ("0.88%", "1.58%", "3.21%")] == ["supported"] * 3
