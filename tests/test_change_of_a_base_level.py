"""A change in a relative clause right after an amount ("versus the prior-year figure of
$721.5 million, which was down roughly 78% from 2021's") is that amount's change, to that
amount's period, though the amount is itself a comparison's base. Sentences are the
project's own paraphrases; the verdict reads a real 10-K in place (corpus)."""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

TEXT = ("For 2023 net income reached $3.9 billion versus the prior-year figure of $721.5 "
        "million, which was down roughly 78% from the $3.35 billion earned in 2021.")


def test_the_change_is_dated_to_the_level_it_is_said_of():
    change = next(c for c in claims_in(TEXT) if c.text == "78%")
    assert change.period_end == date(2022, 12, 31)
    found = corpus_verdicts("dev/10-K_PGR_0000080661-24-000007.html", date(2024, 2, 26), TEXT,
                            "10-K")
    assert found["78%"][0] == "supported"


def test_a_clause_headed_by_no_amount_is_not_dated_so():
    text = ("For 2023 net income reached $3.9 billion, against a weak 2022, which was down "
            "about 78% from the $3.35 billion earned in 2021.")
    change = next(c for c in claims_in(text) if c.text == "78%")
    assert change.period_end != date(2022, 12, 31)
