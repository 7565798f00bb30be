"""Rates of a part and rates named by their abbreviation, recomputed from filed figures: a
division's operating margin (its operating income over its revenue, Microsoft's FY2013 10-K),
a part's share of total revenue, a company margin in a sentence about a part, the operating
ratio written "OR" (Union Pacific's Q2 2025 10-Q), and the base of a margin the words compare
it with. The filings are read in place from the corpus; the sentences are written for these
tests (paraphrases)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.test_verify_parts import _stored


def verify(text: str, facts) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


def claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


@pytest.fixture(scope="module")
def software() -> list:
    return _stored("10-K_MSFT_0001193125-13-310206.html", 789019, "10-K", date(2013, 7, 30))


@pytest.fixture(scope="module")
def railroad() -> list:
    return _stored("10-Q_UNP_2025-06-30.html", 100885, "10-Q", date(2025, 7, 24))


def test_a_divisions_operating_margin_is_its_own_income_over_its_revenue(software):
    found = verify("In fiscal 2013, the Microsoft Business Division's operating margin was "
                   "65.5%.", software)["65.5%"]
    # 16,194 / 24,724 = 65.50% (the company's own margin is 34.38%)
    assert found.verdict == "supported" and found.claim.entity == "Microsoft Business Division"
    assert found.filed_value == Decimal("65.50")
    wrong = verify("In fiscal 2013, the Microsoft Business Division's operating margin was "
                   "60.5%.", software)["60.5%"]
    assert wrong.verdict == "drifted" and "(Microsoft Business Division)" in wrong.reason


def test_a_company_margin_beside_a_parts_figure_is_not_drifted(software):
    found = verify("In fiscal 2013, the Entertainment and Devices Division posted revenue of "
                   "$10.2 billion and an operating margin of 8.3%.", software)["8.3%"]
    # read as the company's 34.38%, it may be the part's (848 / 10,165 = 8.34%)
    assert found.verdict == "unverifiable" and "Entertainment and Devices" in found.reason
    # a part the filings state figures of, named before the rate, though not read as a part
    named = verify("In fiscal 2013, Server and Tools revenue was $20.3 billion, with an "
                   "operating margin of 40.2%.", software)["40.2%"]
    assert named.verdict == "unverifiable" and "Server and Tools" in named.reason
    assert verify("In fiscal 2013 the operating margin was 40.2%.",
                  software)["40.2%"].verdict == "drifted"


def test_a_parts_share_of_revenue_is_its_revenue_over_the_total(software):
    found = verify("In fiscal 2013, the United States accounted for 53.1% of revenue.",
                   software)["53.1%"]
    assert found.verdict == "supported"  # 41,344 / 77,849 = 53.11%
    assert "41,344,000,000" in found.arithmetic
    other = verify("In fiscal 2013, the United States accounted for 60% of revenue.",
                   software)["60%"]
    # another share than the part's of revenue: maybe of another whole, never drifted
    assert other.verdict == "unverifiable" and "53.11%" in other.reason


def test_a_share_after_a_parts_revenue_is_that_parts(software):
    text = ("In fiscal 2013, Server and Tools revenue grew 9% to $20.3 billion and accounted "
            "for 26.1% of total revenue. The Windows Division revenue was $19.2 billion. The "
            "division made up 24.7% of total revenue.")
    found = verify(text, software)
    assert found["26.1%"].claim.entity == "Server and Tools"
    assert found["26.1%"].verdict == "supported"  # 20,281 / 77,849 = 26.05%
    assert found["24.7%"].claim.entity == "Windows Division"
    assert found["24.7%"].verdict == "supported"  # 19,239 / 77,849 = 24.71%


def test_a_parts_noun_before_the_verb_of_its_share(software):
    found = verify("In fiscal 2013, the Server and Tools segment contributed 26.1% of total "
                   "revenue.", software)["26.1%"]
    assert found.claim.entity == "Server and Tools" and found.verdict == "supported"


def test_the_operating_ratio_by_its_abbreviation(railroad):
    text = ("In the second quarter of 2025, the operating ratio (OR) of the railroad fell. "
            "Its OR improved to 59.0%, down from 60.0% a year ago.")
    found = verify(text, railroad)
    assert found["59.0%"].claim.metric == "operating_ratio"
    assert found["59.0%"].verdict == "supported" and found["60.0%"].verdict == "supported"
    # the conjunction in small letters is no cue
    assert claims("In the second quarter of 2025, revenue or 59.0% of it came from coal."
                  )["59.0%"].metric != "operating_ratio"


def test_a_margin_compared_to_its_base_and_an_adjusted_margins_base():
    text = ("In the second quarter of 2023, the operating margin was 20.1%, a decrease "
            "compared to 20.7% in the prior-year quarter. The comparable operating margin "
            "(non-GAAP) stood at 31.6%, up from 30.7% in the prior-year quarter.")
    found = claims(text)
    assert found["20.7%"].metric == "operating_margin" and found["20.7%"].value == Decimal(
        "20.7")
    assert found["20.7%"].period_end < found["20.1%"].period_end
    # the base of a figure no metric was read for (an adjusted margin) is no GAAP margin
    assert found["31.6%"].metric is None and found["30.7%"].metric is None
