"""A machine-style recap of a device maker's quarter: its product lines' "sales" against a
filing whose own revenue row is "Total net sales", a part's level in brackets after its change's
noun, a part named only as the subject of a move from one amount to another or after "in", an
impersonal estimate of what is to come, and a pair of rates of one subject against two bases.
Every text is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_APPLE_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
_LEAD = "Apple reported results for its fiscal 2025 second quarter ended March 29, 2025.\n\n"


@pytest.fixture(scope="module")
def apple_facts() -> list:
    return stored_corpus_facts(_APPLE_Q, "0000320193-25-000057", "10-Q", "2025-05-02")


def _verdicts(text: str, facts: list) -> dict[str, str]:
    return {figure.strip(): v.verdict for figure, v in verify_text(_LEAD + text, facts).items()}


def test_a_part_s_sales_against_a_filer_that_calls_its_revenue_net_sales(apple_facts) -> None:
    # (the filing's iPad revenue grew 15.2%; its revenue row is "Total net sales")
    verdicts = _verdicts("iPad sales climbed 19% to $6.4 billion in the quarter.\n", apple_facts)
    assert verdicts["19%"] == "drifted"
    assert verdicts["$6.4 billion"] == "supported"


def test_a_part_s_level_in_brackets_after_its_change_s_noun_is_no_loss() -> None:
    claims = {c.text: c for c in claims_in(
        _LEAD + "Mac sales posted a 9% gain ($8.1 billion) on strong demand.\n"
        "Tablet sales saw a 3% decline ($2.2 billion) in the period.\n")}
    assert claims["$8.1 billion"].value > 0
    assert claims["$2.2 billion"].value > 0


def test_an_accounting_bracket_after_a_noun_still_reads_a_loss() -> None:
    claims = {c.text: c for c in claims_in(
        _LEAD + "Operating loss for the quarter was ($1.3 billion).\n")}
    assert claims["($1.3 billion)"].value < 0


def test_a_part_moving_from_one_amount_to_another_in_a_bullet(apple_facts) -> None:
    verdicts = _verdicts("  \u2022 Wearables suffered a modest slide (down from $7.91 billion to "
                         "$7.52 billion).\n  - Wearables experienced a small decline (down from "
                         "$7.9 billion to $7.2 billion).\n", apple_facts)
    assert verdicts["$7.52 billion"] == "supported"
    assert verdicts["$7.2 billion"] in ("drifted", "unverifiable")  # (filed: $7.5 billion)


def test_an_amount_in_a_named_part_s_revenue(apple_facts) -> None:
    verdicts = _verdicts("In the quarter, the company booked $46.8 billion in iPhone revenue, "
                         "and $9.9 billion in Vision revenue.\n", apple_facts)
    assert verdicts["$46.8 billion"] == "supported"
    assert verdicts["$9.9 billion"] == "unverifiable"  # (no part the filing names)


@pytest.mark.parametrize("sentence, forecast", [
    ("After taxes, it's estimated she will take home $1.5 to $2 million of the award.", True),
    ("It is expected that the company will pay $3 million in fees.", True),
    ("It is estimated the land was worth $3 million at the time.", False),
    ("She will take home $1.5 million of the award.", False),
])
def test_an_impersonal_estimate_of_what_is_to_come_is_a_forecast(sentence, forecast) -> None:
    claim = next(c for c in claims_in(sentence) if c.unit == "USD")
    assert (claim.not_checkable_reason is not None) is forecast


@pytest.mark.parametrize("sentence", [
    "Revenue was $5.1 billion, up 6% Q/Q, up 12% Y/Y.",
    "Revenue was $5.1 billion, up 6% from the prior quarter and up 12% from a year ago.",
    "Diluted EPS: $1.08 (up 20% Q/Q, up 12% Y/Y)",
])
def test_the_second_of_a_pair_of_rates_against_two_bases_is_the_same_subject_s(sentence) -> None:
    claims = {c.text: c for c in claims_in(_LEAD + sentence + "\n")}
    assert claims["12%"].metric == "revenue_growth"
    first = claims["20%"] if "20%" in claims else claims["6%"]
    assert claims["12%"].basis == first.basis


def test_a_rate_after_a_comma_that_is_another_line_s_is_left_alone() -> None:
    claims = {c.text: c for c in claims_in(
        _LEAD + "Revenue rose 6% sequentially, while gross margin was 40%.\n")}
    assert claims["40%"].metric != "revenue_growth"


_NVIDIA_Q = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"


@pytest.mark.parametrize("sentence, verdict", [
    # the 10-Q: "our Blackwell architecture, which grew 17% sequentially"
    ("Blackwell Data Center sales climbed 17% sequentially.", "supported"),
    ("Blackwell Data Center sales climbed 21% sequentially.", "unverifiable"),
    ("Hopper Data Center sales climbed 17% sequentially.", "unverifiable"),
])
def test_a_named_part_s_sequential_rate_no_filed_line_recomputes(sentence, verdict) -> None:
    facts = stored_corpus_facts(_NVIDIA_Q, "0001045810-25-000209", "10-Q", "2025-08-27")
    text = "NVIDIA reported its second quarter of fiscal 2026 on August 27, 2025.\n\n" + sentence
    found = {figure.strip(): v.verdict for figure, v in verify_text(text, facts).items()}
    assert found[sentence.split()[5]] == verdict


def test_an_amount_in_a_part_s_revenue_of_another_period_is_never_drifted(apple_facts) -> None:
    verdicts = _verdicts("The record for the quarter was $50.1 billion in iPhone sales in "
                         "2022 Q2.\nThe company booked $44.0 billion in iPhone revenue.\n",
                         apple_facts)
    assert verdicts["$50.1 billion"] == "unverifiable"
    assert verdicts["$44.0 billion"] == "unverifiable"  # (loose: a mismatch may be another figure)
