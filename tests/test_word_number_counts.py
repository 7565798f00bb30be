"""A count written in words ("opened five new warehouses", "sold six million units") is the
figure its digit twin is, and never a name's, a fraction's or a longer number's tail; a count
dated by a day does not move the period in force. Sentences are the project's own paraphrases;
the verdicts read the real filings in place (corpus)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.claims_word_figures import word_counts
from tests.conftest import claims_in, corpus_verdicts


def _counts(text: str) -> dict:
    return {c.text: c for c in claims_in(text) if c.unit == "count"}


def test_a_count_in_words_is_a_count_claim():
    found = _counts("In fiscal 2022 the club opened five new warehouses. The studio sold six "
                    "million units of the game. The bank has two hundred full-time employees. "
                    "It added twenty-five stores.")
    assert found["five"].value == 5 and found["five"].metric == "store_openings"
    assert found["six million"].value == Decimal(6_000_000)
    assert found["six million"].tolerance == Decimal(500_000)
    assert found["two hundred"].value == 200
    assert "twenty-five" in {f.text for f in word_counts("It added twenty-five stores.")}


@pytest.mark.parametrize("text", [
    "One of the stores closed in the quarter.",
    "It took a one-time charge on two-thirds of its stores.",
    "A third of the stores are new.",
    "Seven-Eleven stores sell its drinks.",
    "Revenue at the Five Below stores rose.",
    "It opened its twenty-first store.",
    "The outage lasted two hours.",
    "It opened five of its stores early.",
    "Sales at three Acme stores rose.",
])
def test_no_count_in_words_where_none_is_written(text):
    assert word_counts(text) == []


def test_a_longer_number_is_read_whole_or_not_at_all():
    assert word_counts("It runs two hundred fifty stores.") == []
    assert word_counts("It runs two hundred and fifty stores.") == []


def test_a_count_in_words_is_checked_as_its_digit_twin():
    text = "Costco opened five new warehouses in the fourth quarter of fiscal 2022."
    twin = "Costco opened 5 new warehouses in the fourth quarter of fiscal 2022."
    filed = date(2022, 10, 5)
    words = corpus_verdicts("dev/10-K_COST_0000909832-22-000021.html", filed, text, "10-K")
    digits = corpus_verdicts("dev/10-K_COST_0000909832-22-000021.html", filed, twin, "10-K")
    assert words["five"] == digits["5"] == ("unverifiable", "store_openings")


def test_a_count_on_a_day_leaves_the_quarter_in_force():
    text = ("Buckle reported net sales of $293.6 million for the third quarter of fiscal 2024. "
            "The chain had 445 stores as of November 2, 2024, after it added seven new stores. "
            "Third-quarter gross profit came to $140.1 million.")
    found = corpus_verdicts("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", None, text)
    assert found["$140.1 million"] == ("supported", "gross_profit")
    # the twin: the count keeps its own day
    seven = next(c for c in claims_in(text) if c.text == "seven")
    assert (seven.period_start, seven.period_end) == (None, date(2024, 11, 2))
