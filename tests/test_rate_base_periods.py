"""A comparison whose base is another period's rate: "revenue rose 56% to $46.7 billion,
compared with 69% growth in the first quarter" (recaps of a streamer's and a database maker's
quarter). The quarter after the base rate dates that rate only: read as the sentence's own, it
dated the reported figures before it, which then matched nothing; and the base rate, a growth
of another period, is never recomputed from the level before it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip maker reported its second quarter of fiscal 2026. "
_BASES = [
    "Revenue climbed 56% to $46.7 billion, compared with {b}% revenue growth in the first "
    "quarter.",
    "Revenue grew year over year to $46.7 billion, or 56%, compared with {b}% year-over-year "
    "growth during the first quarter on new products.",
    "Revenue rose 56% to $46.7 billion versus a {b}% increase in the first quarter.",
]


def _periods(text: str) -> dict:
    return {c.text: c.period_label for c in claims_in(text)}


@pytest.mark.parametrize("sentence", _BASES)
def test_the_base_rates_quarter_dates_only_the_base(sentence):
    found = _periods(_LEAD + sentence.format(b=69))
    assert found["56%"] == found["$46.7 billion"] == "fiscal Q2 2026", found
    assert found["69%"] == "fiscal Q1 2026", found


@pytest.mark.parametrize("sentence", [
    # the rate's own quarter named before the comparison: still its own
    "Revenue rose 56% in the first quarter, compared with 20% growth a year earlier.",
    # a figure's quarter right after it, no comparison
    "Revenue grew 56% in the first quarter, and margins widened.",
])
def test_a_rates_own_quarter_still_dates_it(sentence):
    assert _periods(_LEAD + sentence)["56%"] == "fiscal Q1 2026"


def test_an_amounts_base_still_dates_its_own_quarter():
    found = _periods(_LEAD + "Revenue was $46.7 billion, compared with $44.1 billion in the "
                             "first quarter.")
    assert found["$46.7 billion"] == "fiscal Q2 2026", found
    assert found["$44.1 billion"] == "fiscal Q1 2026", found


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
def test_the_reported_rate_is_checked_and_the_base_never_drifts(chips):
    # 46,743 / 30,040 - 1 = 56%; the first quarter's growth is not this 10-Q's to state
    found = verify_text(_LEAD + _BASES[1].format(b=69), chips)
    assert found["56%"].verdict == "supported", found["56%"].reason
    assert found["$46.7 billion"].verdict == "supported", found["$46.7 billion"].reason
    assert found["69%"].verdict != "drifted", found["69%"].reason


@pytest.mark.corpus
def test_an_undated_base_rate_is_not_dated_by_the_level_before_it(chips):
    # the base's quarter with no year: never recomputed as the level's period's growth
    text = ("The chip maker reported its quarter. Revenue climbed 56% to $46.7 billion, "
            "compared with 12% revenue growth in the fourth quarter.")
    found = verify_text(text, chips)
    assert found["12%"].verdict == "unverifiable", found["12%"].reason
