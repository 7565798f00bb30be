"""Slang verbs of a move right before a rate ("revenue tanked 18%", "profit cratered 40%",
"sales skyrocketed 50%"): a growth rate, negative when the verb falls. The same words
elsewhere ("a tanker fleet", "rocket engines") name no move. Sentences are written for these
tests; Apple's 10-Q for its fiscal Q2 2025 is read in place."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in
from tests.test_verify_earning_parts import _stored, verify


@pytest.mark.parametrize("sentence, figure, value, basis", [
    ("In the second quarter of 2023, revenue tanked 18% on a year-over-year basis.", "18%",
     "-18", None),
    ("In the second quarter of 2023, profit cratered 40% from a year earlier.", "40%", "-40",
     "net_income"),
    ("In the second quarter of 2023, sales nosedived 12% from a year earlier.", "12%", "-12",
     None),
    ("In the second quarter of 2023, cloud revenue skyrocketed 50% from a year earlier.", "50%",
     "50", None),
])
def test_a_slang_verb_before_a_rate_is_its_growth(sentence, figure, value, basis):
    (claim,) = [c for c in claims_in(sentence) if c.text == figure]
    assert claim.metric == "revenue_growth" and claim.value == Decimal(value)
    assert claim.basis == basis


@pytest.mark.parametrize("sentence, figure", [
    ("In 2023 the company ran a tanker fleet and 40% of its ships were new.", "40%"),
    ("In 2023 it sold rocket engines, and 35% went to one buyer.", "35%"),
])
def test_the_words_elsewhere_name_no_move(sentence, figure):
    (claim,) = [c for c in claims_in(sentence) if c.text == figure]
    assert claim.metric != "revenue_growth"


@pytest.fixture(scope="module")
def apple():
    return _stored("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, date(2025, 5, 2))


def test_a_falling_slang_verb_signs_the_rate(apple):
    found = verify("In its fiscal second quarter of 2025, Greater China revenue tanked 2% from "
                   "a year earlier.", apple)
    assert found["2%"].verdict == "supported"  # the segment's -2.26%
