"""A balance's growth between the two levels its sentence quotes ("inventories fell to $A from
$B, a drop of X%", a machine summary of a retailer's 10-Q): recomputed from the two filed
balances those figures are pinned to (the quarter's end and the year's start), never from a
year earlier, which the 10-Q does not state. The article sentences are the project's own
paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

_TEN_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185", "10-Q",
          date(2023, 8, 22))


@pytest.fixture(scope="module")
def facts():
    return stored_corpus_facts(*_TEN_Q)


@pytest.mark.parametrize("text, verdict", [
    ("Merchandise inventories fell to $23.265 billion from $24.886 billion, a drop of 6.5%.",
     "supported"),
    ("Merchandise inventories fell from $24.886 billion to $23.265 billion, a 6.5% decline.",
     "supported"),
    ("Merchandise inventories fell to $23.265 billion from $24.886 billion, a drop of 8.5%.",
     "drifted"),
])
def test_a_balances_rate_is_that_of_the_two_levels_quoted(facts, text, verdict):
    found = verify_text(text, facts)
    rate = next(v for k, v in found.items() if k.endswith("%"))
    assert rate.verdict == verdict
    assert "24,886,000,000 (2023-01-29)" in (rate.arithmetic or "")


@pytest.mark.parametrize("text, key", [
    # one level quoted: the base day is not said (unverifiable, never drifted)
    ("Merchandise inventories stood at $23.265 billion at the quarter's end, down 8.5%.",
     "8.5%"),
    # the rate is of another line than the two balances quoted
    ("Merchandise inventories fell to $23.265 billion from $24.886 billion, while net sales "
     "dropped 12%.", "12%"),
])
def test_no_pair_of_quoted_balances_no_rate_between_them(facts, text, key):
    rate = verify_text(text, facts)[key]
    assert rate.verdict == "unverifiable" and "24,886" not in (rate.arithmetic or "")


def test_a_rate_its_words_measure_from_a_year_earlier_is_not_the_quoted_levels(facts):
    rate = verify_text("Merchandise inventories fell to $23.265 billion from $24.886 billion, "
                       "and were down 6.5% from a year earlier.", facts)["6.5%"]
    assert "24,886,000,000" not in (rate.arithmetic or "") and rate.verdict != "supported"
