"""Lines an article names by a bare or borrowed word: "Equity: $X" (whose equity not said),
"a $X operating margin" (the operating income in money). The snippets are the project's own
paraphrases, not third-party text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, corpus_verdicts

HD_Q = "10q-10k/10-Q_HD_0000354950-23-000185.html"
HD_FILED = date(2023, 8, 21)


def _metrics(text: str) -> dict[str, str | None]:
    return {c.text: c.metric for c in claims_in(text)}


def test_a_bare_equity_label_is_borne_out_by_the_holders_equity(corpus_dir):
    found = corpus_verdicts(HD_Q, HD_FILED, "Home Depot's quarter ended July 30, 2023.\n"
                            "- Equity: $1.335 billion as of July 30, 2023.\n", form="10-Q")
    assert found["$1.335 billion"] == ("supported", "equity")


def test_a_bare_equity_that_misses_is_never_drifted(corpus_dir):
    # the total with noncontrolling interests, which no row reads, may be what it means
    found = corpus_verdicts(HD_Q, HD_FILED, "Home Depot's quarter ended July 30, 2023.\n"
                            "Total equity was $1.9 billion as of July 30, 2023.\n", form="10-Q")
    assert found["$1.9 billion"][0] == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "Private equity of $3 billion was raised by the fund.",
    "The firm's equity investments of $2 billion were sold.",
    "Equity investments: $4 billion at the end of the year.",
    "Equity-based compensation was $1.2 billion in the year.",
    "Equity method investments were $700 million.",
    "Equities trading revenue was $2.1 billion.",
])
def test_equity_of_something_else_is_no_bare_equity(sentence):
    assert "equity" not in _metrics(sentence).values()


@pytest.mark.parametrize("sentence", [
    "The unit posted a $225 million operating margin in the quarter.",
    "The company had an operating margin of $1.2 billion in the quarter.",
])
def test_an_operating_margin_in_money_is_operating_income(sentence):
    (claim,) = claims_in(sentence)
    assert claim.metric == "operating_income"


@pytest.mark.parametrize("sentence", [
    "Operating margin rose 4% in the quarter.",
    "The cuts brought a $50 million operating margin improvement.",
    "Operating margin was 20% in the quarter.",
])
def test_an_operating_margin_as_a_rate_or_a_change_is_no_operating_income(sentence):
    assert "operating_income" not in _metrics(sentence).values()


# Q4 2021 noninterest expense 17,888 million; Q4 2020 16,048 million
JPM_RELEASE = "dev/EX-99.2_JPM_2021-12-31.html"


@pytest.mark.parametrize("sentence", [
    "Fourth-quarter expenses at the lender climbed 11 percent.",
    "Full-year expenses were $70.9 billion.",
    "Its 2021 expenses came to $70.9 billion.",
])
def test_a_period_word_leaves_bare_expenses_bare(sentence):
    (claim,) = claims_in(sentence)
    assert "total_expenses" in (claim.metric, claim.basis)


@pytest.mark.parametrize(("sentence", "metric"), [
    ("Fourth-quarter operating expenses were $5 billion.", "operating_expenses"),
    ("The 2021 R&D expenses were $3 billion.", None),
])
def test_a_period_word_before_another_lines_expenses_keeps_that_line(sentence, metric):
    (claim,) = claims_in(sentence)
    assert claim.metric == metric


def test_a_rate_of_bare_expenses_is_borne_out_by_a_banks_noninterest_expense(corpus_dir):
    text = ("JPMorgan's fourth quarter of 2021.\nFourth-quarter expenses at the lender "
            "climbed 11 percent.\nFourth-quarter expenses at the lender climbed 30 percent.\n")
    found = corpus_verdicts(JPM_RELEASE, date(2022, 1, 14), text)
    assert found["11 percent"][0] == "supported"
    # a miss on a line the words may mean is no drift of the bare words
    assert found["30 percent"][0] == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "Group turnover rose 6 per cent to US$2.1bn in the year.",
    "Annual turnover was $900 million.",
])
def test_turnover_is_british_for_revenue(sentence):
    metrics = {c.metric for c in claims_in(sentence)}
    assert metrics and metrics <= {"revenue", "revenue_growth"}


@pytest.mark.parametrize("sentence", [
    "Employee turnover rose 5% in the year.",
    "Turnover of staff rose 5% in the year.",
    "Staff turnover cost the chain $40 million last year.",
    "Inventory turnover improved to 5.2 times.",
    # "the bottom line" in its everyday sense names no earnings
    "The bottom line is that the company needs $2 billion more.",
])
def test_turnover_of_staff_or_stock_and_an_everyday_bottom_line_are_no_line(sentence):
    assert {c.metric for c in claims_in(sentence)} == {None}
