"""A sentence that moves on to a later quarter after its figures: "After a weak first quarter in
which sales fell 4%, the retailer did better than feared in Q2." (a finance newsletter's recap
of a retailer's second quarter). The next sentence's "revenue of $X for the quarter" is the
second quarter's; read as the first's, it matched nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_MOVES_ON = [
    "After a weak first quarter in which gaming sales fell 4%, the chip maker did better than "
    "feared in Q2.",
    "Gaming sales fell 4% in the first quarter, but the chip maker recovered in the second "
    "quarter.",
]
_NEXT = " It reported revenue of $46.7 billion for the quarter."


def _period(text: str, figure: str) -> str | None:
    return next(c.period_label for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("sentence", _MOVES_ON)
def test_the_next_sentence_is_of_the_quarter_moved_on_to(sentence):
    assert _period(sentence + _NEXT, "$46.7 billion").startswith("Q2 "), claims_in(
        sentence + _NEXT)
    assert _period(sentence + _NEXT, "4%").startswith("Q1 ")


@pytest.mark.parametrize("sentence", [
    # a quarter to come, or a comparison's base: the figures' quarter stays
    "Gaming sales fell 4% in the first quarter, and the chip maker expects a rebound in the "
    "second quarter.",
    "Gaming sales fell 4% in the first quarter; the chip maker will report its second quarter "
    "in August.",
    "Gaming sales fell 4% in the second quarter, worse than the first quarter.",
    # a quarter named before the figure: the figure's own
    "In the second quarter, gaming sales fell 4% after a weak first quarter.",
])
def test_a_later_quarter_that_is_no_results_period_moves_nothing(sentence):
    own = _period(sentence + _NEXT, "4%")
    assert _period(sentence + _NEXT, "$46.7 billion") == own, claims_in(sentence + _NEXT)


def test_a_dated_quarter_moves_on_to_a_dated_later_quarter():
    text = ("Gaming sales fell 4% in the first quarter of fiscal 2026, but the chip maker "
            "recovered in the second quarter of fiscal 2026." + _NEXT)
    assert _period(text, "$46.7 billion") == "fiscal Q2 2026"


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
def test_the_quarter_moved_on_to_is_the_one_the_filing_reports(chips):
    found = verify_text(_MOVES_ON[0] + _NEXT, chips)
    assert found["$46.7 billion"].verdict == "supported", found["$46.7 billion"].reason


@pytest.mark.parametrize("sentence", [
    # a yearless fourth quarter in a first quarter's story is the year before's; a quarter
    # two ahead is an outlook's: neither is the quarter the story moved on to
    "Gaming sales fell 4% in the first quarter, a slower pace than in the fourth quarter.",
    "Gaming sales fell 4% in the first quarter, and the chip maker sees a pickup by the third "
    "quarter.",
])
def test_only_the_next_quarter_is_moved_on_to(sentence):
    assert _period(sentence + _NEXT, "$46.7 billion").startswith("Q1 "), claims_in(
        sentence + _NEXT)
