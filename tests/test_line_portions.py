"""A figure that is a portion of a line no row names (the income of noncontrolling interests or
of discontinued operations), or an outlay named before it ("after investing $X"): read by the
noun before it, it was the company's net income or cash flow, and could drift. It is compared
with none, and says why.

Every sentence here is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.facts import Fact
from tests.conftest import verify_text
from warehouse.records import StoredFact

_LEAD = "Acme Corp reported results for the second quarter of 2024 on Tuesday. "


def _filed(metric: str, value: str) -> list:
    fact = Fact(metric, Decimal(value), "USD", date(2024, 4, 1), date(2024, 6, 30), decimals=-6)
    return [StoredFact("f0", fact, 1, "0000000001-24-000001", "10-Q",
                       date(2024, 6, 30) + timedelta(days=40), "q.htm", "https://x/q.htm")]


@pytest.mark.parametrize("sentence", [
    "Net income attributable to noncontrolling interests was $45 million.",
    "Net income from discontinued operations was $45 million.",
    "The loss from discontinued operations narrowed to $45 million.",
    "Minority interests' share of earnings was $45 million.",
    "Net income was $500 million, of which $45 million was attributable to minority owners.",
    "Earnings included $45 million from discontinued operations."])
def test_a_portion_of_net_income_is_compared_with_none(sentence: str) -> None:
    verdict = verify_text(_LEAD + sentence, _filed("net_income", "500000000"))["$45 million"]
    assert verdict.verdict == "unverifiable"
    assert "portion of a line" in verdict.reason


@pytest.mark.parametrize("sentence", [
    "Net income was $45 million.",
    "Net income attributable to Acme was $45 million.",
    "Income from continuing operations was $45 million, and it had no discontinued business."])
def test_the_whole_line_is_compared(sentence: str) -> None:
    verdict = verify_text(_LEAD + sentence, _filed("net_income", "50000000"))["$45 million"]
    assert "portion of a line" not in (verdict.reason or "")


@pytest.mark.parametrize("words", ["after investing", "after spending", "while deploying"])
def test_an_outlay_is_no_cash_flow(words: str) -> None:
    text = _LEAD + f"Acme generated $2.0 billion of operating cash flow {words} $1.3 billion."
    found = verify_text(text, _filed("operating_cash_flow", "2000000000"))
    assert found["$2.0 billion"].verdict == "supported"
    assert found["$1.3 billion"].verdict == "unverifiable"
    assert "an outlay" in found["$1.3 billion"].reason


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Pre-provision profit rose to $45 million.", "$45 million"),
    ("Pre-tax, pre-provision earnings rose 18% to $45 million.", "$45 million"),
    ("Pre-tax, pre-provision earnings rose 18% to $45 million.", "18%"),
    ("PPNR was $45 million.", "$45 million")])
def test_a_banks_pre_provision_profit_is_no_filed_line(sentence: str, figure: str) -> None:
    found = verify_text(_LEAD + sentence, _filed("net_income", "45000000"))
    assert found[figure].verdict == "unverifiable"


def test_net_income_after_a_pre_provision_clause_is_still_net_income() -> None:
    text = _LEAD + "Pre-provision profit rose 5%, while net income fell to $45 million."
    assert verify_text(text, _filed("net_income", "45000000"))["$45 million"].verdict == (
        "supported")


@pytest.mark.parametrize("sentence", [
    "Trailing twelve-month revenue reached $31.5 billion.",
    "Revenue over the last 12 months was $31.5 billion.",
    "The annualized revenue run rate hit $31.5 billion.",
    "Revenue came to $31.5 billion over the past four quarters.",
    # hyphenated (a gaming site's copy of a publisher's release highlights)
    "Revenue of $31.5 billion for the trailing-twelve-month period grew 18%.",
    "Revenue came to $31.5 billion over the last-four-quarters."])
def test_a_trailing_twelve_months_is_no_quarter(sentence: str) -> None:
    verdict = verify_text(_LEAD + sentence, _filed("revenue", "8500000000"))["$31.5 billion"]
    assert verdict.verdict == "unverifiable"
    assert "trailing twelve months or a run rate" in verdict.reason


@pytest.mark.parametrize("sentence", [
    "At this pace, quarterly revenue works out to an annualized $34.0 billion.",
    "Revenue ran at an annualized pace of about $34.0 billion.",
    "That is $34.0 billion on an annualized basis.",
    "Quarterly revenue of $8.5 billion means $34.0 billion annualized."])
def test_a_quarter_annualized_by_the_writer_is_no_quarter(sentence: str) -> None:
    verdict = verify_text(_LEAD + sentence, _filed("revenue", "8500000000"))["$34.0 billion"]
    assert verdict.verdict == "unverifiable"
    assert "annualized" in verdict.reason


@pytest.mark.parametrize("sentence", [
    # must not fire: the quarter's own amount beside the annualized one, and an annualized
    # recurring revenue (a balance of its own)
    "Quarterly revenue of $8.5 billion means $34.0 billion annualized.",
    "Revenue was $8.5 billion, which annualized comes to $34.0 billion."])
def test_the_quarter_beside_its_annualized_amount_is_compared(sentence: str) -> None:
    assert verify_text(_LEAD + sentence, _filed("revenue", "8500000000"))["$8.5 billion"].verdict \
        == "supported"


def test_the_quarters_revenue_beside_last_years_is_compared() -> None:
    text = _LEAD + "Revenue was $8.5 billion, up from $8.1 billion last year."
    assert verify_text(text, _filed("revenue", "8500000000"))["$8.5 billion"].verdict == (
        "supported")
