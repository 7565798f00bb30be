"""A comparison's base the words name as a span of time the verifier does not place is never
taken for a year earlier (hazards read in unscored articles): "rose 25% from the March
quarter" in a story on a June quarter, "up from $40.0 million in the three months to March",
"from the first three months of the year", "than the opening quarter". A month-named quarter
other than the one in force is some quarter (a match pins it, a mismatch is unverifiable); a
growth against an unplaced span is refused. Paraphrases written for these tests; facts built
by hand: a calendar-year filer's second quarter, its first quarter and the year-ago quarter."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_match import stored, verify

Q = ("0000000001-24-000002", "10-Q", date(2024, 8, 1))
Q1 = (date(2024, 1, 1), date(2024, 3, 31))
Q2 = (date(2024, 4, 1), date(2024, 6, 30))
Q2_BEFORE = (date(2023, 4, 1), date(2023, 6, 30))
FACTS = [stored(Q, "net_income", "50000000", period=Q2, decimals=-5),
         stored(Q, "net_income", "40000000", period=Q1, decimals=-5),
         stored(Q, "net_income", "30000000", period=Q2_BEFORE, decimals=-5)]
LEAD = "Acme Corp reported results for the second quarter of 2024.\n"


def verdict(sentence: str, figure: str):
    return verify(LEAD + sentence, FACTS)[figure]


@pytest.mark.parametrize("sentence", [
    "Net income rose 25% from the March quarter.",
    "Net income rose 25% versus the March quarter.",
    "Net income rose 25% from the first three months of the year.",
    "Net income rose 25% from the opening quarter.",
    "Net income rose 25% from the three months ended in March.",
])
def test_a_growth_against_a_span_not_placed_is_refused_not_judged_a_year_back(sentence):
    # (the sequential 25% is right; against the year-ago quarter it was 66.7%: drifted)
    v = verdict(sentence, "25%")
    assert v.verdict == "unverifiable", sentence
    assert "a change against" in v.reason


@pytest.mark.parametrize("sentence", [
    "Net income climbed from $40.0 million in the March quarter.",
    "Net income was up from $40.0 million in the three months to March.",
])
def test_a_base_level_in_another_month_quarter_is_some_quarter(sentence):
    # the first quarter's figure: read as the year-ago quarter's ($30.0 million) it drifted
    assert verdict(sentence, "$40.0 million").verdict == "supported"
    wrong = verdict(sentence.replace("$40.0", "$45.0"), "$45.0 million")
    assert wrong.verdict == "unverifiable" and "which quarter is meant" in wrong.reason


@pytest.mark.parametrize("sentence, figure", [
    ("Net income rose 66.7% from the same three months of 2023.", "66.7%"),
    ("Net income rose 66.7% from the year-ago quarter.", "66.7%"),
    ("Net income rose 66.7% over the period.", "66.7%"),
    ("Net income rose 25% from the first quarter.", "25%"),
    ("Net income rose 25% from the previous quarter.", "25%"),
    ("Net income was $50.0 million in the June quarter, up from $30.0 million a year earlier.",
     "$30.0 million"),
])
def test_bases_the_readers_place_are_still_judged(sentence, figure):
    assert verdict(sentence, figure).verdict == "supported", sentence


def test_a_placed_base_still_drifts():
    # the year-ago quarter named as such: 66.7%, so 25% is a drift
    assert verdict("Net income rose 25% from the year-ago quarter.", "25%").verdict == "drifted"
