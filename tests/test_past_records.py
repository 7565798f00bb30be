"""A sentence on the record the period in force beat ("the prior high mark dates from early
2020") or on a time long past ("back in 2019")
dates its own figure, not the article: the full-year figures after it stay the year the
headline names. An Indian business site on a streamer's fourth quarter had them dated 2020.
Sentences written for these tests; figures from the streamer's FY2024 10-K in the corpus
(revenue 39,000,966 thousand, up 15.6%; operating income 10,417,614 thousand)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

NFLX_K = ("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044", "10-K", date(2025, 1, 27))
_LEAD = "The streamer posted its largest quarterly member gain in the fourth quarter of 2024. "
_AFTER = " For the full year, revenue grew 16% to $39 billion."


def _verdict(aside: str, figure: str = "$39 billion") -> str:
    return verify_text(_LEAD + aside + _AFTER, stored_corpus_facts(*NFLX_K))[figure].verdict


@pytest.mark.corpus
@pytest.mark.parametrize("aside", [
    "Its previous record, 15 million subscribers, dates from the first quarter of 2020.",
    "The last time it added that many was back in the first quarter of 2020, with 15 million "
    "subscribers.",
    "Its previous best year was 2021, when revenue was $29.7 billion.",
])
def test_a_past_record_does_not_move_the_article(aside):
    assert _verdict(aside) == "supported"


@pytest.mark.corpus
def test_a_dated_sentence_still_sets_the_period():
    # must not fire: a sentence of another year's results with no word of a record moves the
    # period in force, and the full year after it is that year's (which no filing loaded covers)
    assert _verdict("In 2021, revenue was $29.7 billion.") == "unverifiable"
