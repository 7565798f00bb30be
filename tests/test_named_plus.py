"""A product named with "Plus" ("GoPro Plus", "Paramount Plus") is one name, not a join of two
lines: its figures are read as any other part's. A sum the article makes ("cash plus
investments", a headline's "Cash Plus Investments") stays a combination. Sentences are
paraphrases written for these tests."""

from __future__ import annotations

import pytest

from pipeline.verify.figure_scope import scope_reason
from tests.conftest import claims_in


def _reason(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return scope_reason(sentence, (at, at + len(figure)))


@pytest.mark.parametrize("sentence, figure", [
    ("The Acme Plus subscription service saw paying subscribers climb 16% from the prior "
     "quarter.", "16%"),
    ("Paramount Plus subscribers rose to 67.5 million in the quarter.", "67.5 million"),
    ("Revenue from Widget Plus memberships grew 12% to $40 million.", "$40 million"),
])
def test_a_product_named_plus_is_no_combination(sentence, figure):
    assert _reason(sentence, figure) is None


@pytest.mark.parametrize("sentence, figure", [
    ("Cash plus investments rose to $5 billion.", "$5 billion"),
    ("Cash Plus Investments Rose To $5 Billion In The Quarter", "$5 Billion"),
    ("Cloud revenue plus license revenue rose 30% to $4.6 billion.", "30%"),
])
def test_a_sum_the_article_makes_stays_a_combination(sentence, figure):
    assert "combination of lines" in (_reason(sentence, figure) or "")


def test_a_plus_products_growth_keeps_no_combination_reason():
    (claim,) = [c for c in claims_in(
        "In its third quarter, the Acme Plus subscription service also saw active paying "
        "subscribers climb 16% from the second quarter.") if c.text == "16%"]
    assert "combination" not in (claim.unread_why or "")
    assert claim.metric == "revenue_growth" and claim.basis == "paid_memberships"
