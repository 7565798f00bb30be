"""Banks' words for their lines as articles quote them: an investment bank's "non-interest
revenues" total, a bare "Expenses" (a bank's noninterest expense), and a change in money set
after its level with a word of size ("a whopping $X increase"). Verified against real releases
through the public functions; the article text is the project's own paraphrase."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def investment_bank():
    return stored_corpus_facts("dev/EX-99.1_GS_2021-12-31.html", "0000886982-22-000002", "8-K",
                               date(2022, 1, 18))


@pytest.fixture(scope="module")
def retail_bank():
    return stored_corpus_facts("dev/EX-99.1_WFC_2021-12-31.html", "0000072971-22-000004",
                               "8-K", date(2022, 1, 14))


def test_a_release_totalling_non_interest_revenues_states_the_line(investment_bank):
    found = verify_text("For 2021, noninterest revenue jumped 33% to $52.9 billion.",
                        investment_bank)
    assert found["$52.9 billion"].claim.metric == "noninterest_income"
    assert found["$52.9 billion"].verdict == "supported"
    assert found["33%"].verdict == "supported"


def test_a_pay_bills_change_set_after_its_level_is_its_difference(investment_bank):
    found = verify_text("Pay costs rose 33% to $17.7 billion for 2021, a hefty $4.4 billion "
                        "increase driven by bonuses.", investment_bank)
    assert found["$4.4 billion"].claim.metric == "difference"
    assert found["$4.4 billion"].verdict == "supported"
    missed = verify_text("Pay costs rose 33% to $17.7 billion for 2021, a hefty $4.9 billion "
                         "increase driven by bonuses.", investment_bank)
    assert missed["$4.9 billion"].verdict == "drifted"


def test_a_banks_bare_expenses_are_its_noninterest_expense(retail_bank):
    found = verify_text("Expenses, which stood at $57.6 billion in 2020, fell to about $53.8 "
                        "billion in 2021.", retail_bank)
    assert found["$57.6 billion"].verdict == "supported"
    assert found["$53.8 billion"].verdict == "supported"
    # no line of their own: a figure no line bears out is unverifiable, never drifted
    other = verify_text("Total expenses were $49.1 billion in 2021.", retail_bank)
    assert other["$49.1 billion"].verdict == "unverifiable"


def test_expenses_qualified_or_as_an_object_are_not_the_total():
    read = {c.text: c.metric for c in claims_in(
        "R&D expenses rose to $5.1 billion in 2021. "
        "The bank cut expenses to $53.8 billion in 2021. "
        "Expenses related to the early retirement of debt were $133 million. "
        "Operating expenses fell to $14.5 billion in 2021. "
        "Revenue was $17.7 billion, a $3 billion slice of it from fees.")}
    assert read["$5.1 billion"] != "total_expenses"
    assert read["$53.8 billion"] != "total_expenses"
    assert read["$133 million"] != "total_expenses"
    assert read["$14.5 billion"] == "operating_expenses"
    assert read["$3 billion"] != "difference"


def test_a_change_after_another_lines_words_is_not_the_levels():
    read = {c.text: (c.metric, c.basis) for c in claims_in(
        "Revenue was $17.7 billion in 2021 while net income rose, a $3 billion increase.")}
    assert read["$3 billion"] != ("difference", "revenue")
