"""A customer's share the filer expects ("we expect <customer> to account for about a fifth of
revenue", "<customer> will represent", "is expected to be") is no concentration fact: it was
stored, dated by the year the sentence reports, beside the share actually reported. Must not
fire: a reported share beside words of expecting that govern no figure, "continued to account
for", a present-tense share of receivables, and a relative clause of expectation before the
reported verb. Every sentence is written for this test in the style of a filing's notes."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.concentration import sentence_facts
from extractors.concentration_years import UNSETTLED
from extractors.sentences import Sentence

YEAR = "For the year ended December 31, 2023, "
END = date(2023, 12, 31)
CONTEXT = "Our customers include Customer A."


def _facts(text: str) -> list[tuple]:
    found = sentence_facts(Sentence(0, len(text), text), "t.htm", {}, None, CONTEXT, UNSETTLED)
    return [(f.entity, str(f.value), f.period_end) for f in found]


@pytest.mark.parametrize("text", [
    YEAR + "a single customer is expected to account for roughly 20% of our revenue.",
    YEAR + "we anticipate that one customer will account for about 20% of our revenue.",
    YEAR + "we expect one customer to be close to 20% of our revenue.",
])
def test_an_expected_share_alone_is_no_fact(text):
    assert _facts(text) == []


@pytest.mark.parametrize("text", [
    YEAR + ("Customer A made up 21% of our revenue and we expect Customer A to account for "
            "about 20% of our revenue in 2024."),
    YEAR + ("Customer A made up 21% of our revenue and is expected to account for "
            "approximately 20% of our revenue next year."),
    YEAR + ("Customer A made up 21% of our revenue, and we currently project that it will "
            "represent around 20% of our revenue."),
])
def test_the_reported_share_stays_and_the_expected_one_goes(text):
    assert _facts(text) == [("Customer A", "21", END)]


@pytest.mark.parametrize("text, value", [
    (YEAR + "one customer continued to account for 21% of our revenue.", "21"),
    (YEAR + "one customer accounted for 21% of our revenue, as we had expected.", "21"),
    (YEAR + ("one customer, which we expect to stay our largest, accounted for 21% of our "
             "revenue."), "21"),
    (YEAR + ("our largest customer, which we had planned to account for 30% of revenue, "
             "accounted for 21% of our revenue."), "21"),
])
def test_a_reported_share_beside_words_of_expecting(text, value):
    assert [v for _, v, _ in _facts(text)] == [value]


def test_a_present_tense_share_of_receivables_is_read():
    text = ("As of December 31, 2023 and 2022, two customers account for 30% and 25% of our "
            "accounts receivable, respectively.")
    assert [v for _, v, _ in _facts(text)] == ["30", "25"]
