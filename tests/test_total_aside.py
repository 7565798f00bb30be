"""An aside spelling out what a total holds ("total cloud revenue (IaaS plus SaaS)") leaves the
figure the total's, a line the filer names; a sum the article makes itself ("cloud revenue,
plus license revenue,") stays a combination of lines. Sentences are paraphrases written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.verify.figure_scope import scope_reason
from tests.conftest import claims_in


def _reason(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return scope_reason(sentence, (at, at + len(figure)))


@pytest.mark.parametrize("sentence, figure", [
    ("Its total cloud service revenue, infrastructure plus applications grew by about 30 "
     "percent to about $4.6 billion.", "30 percent"),
    ("Total cloud revenue (IaaS plus SaaS) rose 30% to $4.6 billion.", "30%"),
    ("Total subscription revenue, software plus services, was $2.1 billion.", "$2.1 billion"),
])
def test_a_totals_aside_is_no_combination(sentence, figure):
    assert _reason(sentence, figure) is None


@pytest.mark.parametrize("sentence, figure", [
    ("Total cloud revenue, plus license revenue, rose 30% to $4.6 billion.", "30%"),
    ("Cloud revenue plus license revenue rose 30% to $4.6 billion.", "30%"),
    ("Cash, along with bitcoin holdings, rose to $4.6 billion.", "$4.6 billion"),
])
def test_a_sum_the_article_makes_stays_a_combination(sentence, figure):
    assert "combination of lines" in (_reason(sentence, figure) or "")


def test_the_totals_growth_and_level_are_the_parts_revenue():
    claims = {c.text: c for c in claims_in(
        "In its first quarter, the company's total cloud service revenue, infrastructure plus "
        "applications grew by about 30 percent to about $4.6 billion.")}
    assert (claims["30 percent"].metric, claims["30 percent"].entity) == ("revenue_growth",
                                                                          "cloud service")
    assert (claims["$4.6 billion"].metric, claims["$4.6 billion"].entity) == ("revenue",
                                                                              "cloud service")
