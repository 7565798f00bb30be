"""A part of the company named before a profit line only the whole company files, or in a
phrase opening the sentence, or before a period's word ahead of "revenue": the figure is the
part's, never compared with the company's total (which it drifted from).

Every sentence here is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.facts import Fact
from pipeline.verify.part_profit import opening_part, profit_part
from tests.conftest import claims_in, verify_text
from warehouse.records import StoredFact

_LEAD = "Acme Corp reported results for the second quarter of 2024 on Tuesday. "


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


def _filed(metric: str, value: str) -> list:
    fact = Fact(metric, Decimal(value), "USD", date(2024, 4, 1), date(2024, 6, 30), decimals=-6)
    return [StoredFact("f0", fact, 1, "0000000001-24-000001", "10-Q",
                       date(2024, 6, 30) + timedelta(days=40), "q.htm", "https://x/q.htm")]


@pytest.mark.parametrize(("sentence", "part"), [
    ("Investment banking net income rose to $1.1 billion.", "Investment banking"),
    ("Capital markets and banking profit fell to $1.1 billion.", "Capital markets and banking"),
    ("Consumer Banking earnings climbed to $1.1 billion.", "Consumer Banking"),
    ("Wealth management profit was $1.1 billion.", "Wealth management"),
    ("Meanwhile aerospace pre-tax profit reached $1.1 billion.", "aerospace"),
    ("In Consumer Banking, net income rose to $1.1 billion.", "Consumer Banking"),
    ("Within wealth management, profit rose to $1.1 billion.", "wealth management")])
def test_a_parts_profit_is_the_parts(sentence: str, part: str) -> None:
    text = _LEAD + sentence
    claim = _claim(text, "$1.1 billion")
    assert claim.metric == "net_income" or claim.metric == "pretax_income"
    assert claim.entity == part
    verdict = verify_text(text, _filed(claim.metric, "1500000000"))["$1.1 billion"]
    assert verdict.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "Net income rose to $1.1 billion.",
    "Quarterly profit at the bank was $1.1 billion.",
    "Record second-quarter earnings were $1.1 billion.",
    "In the second quarter, net income rose to $1.1 billion.",
    "In a statement, the company said profit rose to $1.1 billion.",
    "Acme Corp profit rose to $1.1 billion."])
def test_the_companys_profit_stays_the_companys(sentence: str) -> None:
    text = _LEAD + sentence
    claim = _claim(text, "$1.1 billion")
    assert claim.metric == "net_income"
    assert claim.entity is None
    assert verify_text(text, _filed("net_income", "1500000000"))["$1.1 billion"].verdict == (
        "drifted")


def test_a_parts_growth_and_the_level_it_reached() -> None:
    text = _LEAD + "Pre-tax segment profit increased 16.7 percent to $3.4 billion."
    assert _claim(text, "16.7 percent").entity == "a segment (unnamed)"
    assert _claim(text, "$3.4 billion").entity == "a segment (unnamed)"
    text = _LEAD + "Consumer Banking earnings rose 12% to $2.3 billion."
    assert _claim(text, "12%").entity == _claim(text, "$2.3 billion").entity == "Consumer Banking"


def test_the_readers_of_names() -> None:
    filer = frozenset({"acme"})
    assert profit_part("Investment banking net income rose to ", filer) == "Investment banking"
    assert profit_part("The company's net income rose to ", filer) is None
    assert profit_part("Acme net income rose to ", filer) is None
    assert profit_part("its business profit rose to ", filer) is None  # a generic word alone
    assert profit_part("continuing operations earnings were ", filer) is None
    assert opening_part("In Consumer Banking, net income rose to ", filer) == "Consumer Banking"
    assert opening_part("In April, net income rose to ", filer) is None
    assert opening_part("In addition, net income rose to ", filer) is None
    assert opening_part("At Acme, net income rose to ", filer) is None


@pytest.mark.parametrize(("sentence", "part"), [
    ("The company's Global Services second-quarter revenue increased to $4.5 billion.",
     "Global Services"),
    ("Cloud quarterly sales rose to $4.5 billion.", "Cloud")])
def test_a_parts_revenue_named_before_its_period(sentence: str, part: str) -> None:
    claim = _claim(_LEAD + sentence, "$4.5 billion")
    assert claim.entity == part


@pytest.mark.parametrize("sentence", [
    "In its Defense, Space and Security programs, the revenue decreased to $4.5 billion.",
    "The company's Commercial Airplanes second-quarter revenue increased to $4.5 billion.",
    "The Commercial Airplanes segment's second-quarter revenue increased to $4.5 billion."])
def test_a_parts_revenue_before_its_period_is_never_the_total(sentence: str) -> None:
    text = _LEAD + sentence
    claim = _claim(text, "$4.5 billion")
    assert claim.metric is None or claim.entity is not None
    assert verify_text(text, _filed("revenue", "9000000000"))["$4.5 billion"].verdict == (
        "unverifiable")


@pytest.mark.parametrize("sentence", [
    "The company's second-quarter revenue increased to $4.5 billion.",
    "Acme posted record quarterly revenue of $4.5 billion.",
    "The company forecast fourth-quarter revenue of $4.5 billion.",
    "Sales: Year-to-date net sales decreased to $4.5 billion."])
def test_the_companys_revenue_before_its_period_stays_the_total(sentence: str) -> None:
    claim = _claim(_LEAD + sentence, "$4.5 billion")
    assert claim.metric == "revenue"
    assert claim.entity is None
