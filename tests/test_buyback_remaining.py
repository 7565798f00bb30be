"""What remains of a buyback authorization on a day: read from filing prose
(extractors.buyback_remaining) and compared with an article's "$X remaining under its buyback
authorization" as a balance of that day, which never drifts.

Sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.buyback_remaining import sentence_buyback_remaining
from extractors.sentences import Sentence
from tests.conftest import stored_corpus_facts, verify_text


def stated(text: str) -> set[tuple[str, date]]:
    facts = sentence_buyback_remaining(Sentence(0, len(text), text), "t.htm")
    assert all(f.metric == "repurchase_authorization_remaining" for f in facts)
    return {(str(f.value), f.period_end) for f in facts}


# The ways filers date the balance left under a program, each a different verb and order
@pytest.mark.parametrize("text, expected", [
    ("As of March 31, 2024, $3.5 billion remains available for repurchases.",
     ("3500000000", date(2024, 3, 31))),
    ("As of June 28, 2025, approximately $2.25 billion remained available for future stock "
     "repurchases under our repurchase program.", ("2250000000", date(2025, 6, 28))),
    ("As of Jan. 31, 2024, we have $80.5 million remaining under the repurchase authorization.",
     ("80500000", date(2024, 1, 31))),
    ("As of February 1, 2025, the Company had $1,250 million of authorization remaining under "
     "its share repurchase program.", ("1250000000", date(2025, 2, 1))),
    ("At December 31, 2023, $420 million was available to be repurchased under this program.",
     ("420000000", date(2023, 12, 31))),
    ("As of April 26, 2025, we were authorized, subject to certain conditions, to repurchase up "
     "to $9.1 billion of our common stock.", ("9100000000", date(2025, 4, 26))),
    ("As of May 20, 2025, a total of $30.4 billion was available for repurchase.",
     ("30400000000", date(2025, 5, 20))),
])
def test_a_dated_balance_left_under_a_buyback_program_is_read(text, expected):
    assert stated(text) == {expected}


# Near phrasings that state no buyback balance of a day: a credit line's room, a balance of no
# day, a board's act, money spent, shares left (no money)
@pytest.mark.parametrize("text", [
    "As of June 30, 2025, $1.5 billion remained available under our revolving credit facility.",
    "As of the date of this report, $250.0 million remained available for future repurchases.",
    "$600 million remains available for repurchases under the program.",
    "In May 2024, the Board authorized us to repurchase up to $50 billion of our common stock.",
    "As of June 30, 2025, we had repurchased $4.2 billion of stock under the program.",
    "As of June 30, 2025, 12 million shares remained available for repurchase.",
    "As of June 30, 2025, $900 million of the term loan remained outstanding.",
])
def test_what_is_no_dated_buyback_balance_is_not_read(text):
    assert stated(text) == set()


@pytest.fixture(scope="module")
def streamer():
    return stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044",
                               "10-K", date(2025, 1, 27), cik=1065280)


# A stock-note site's recap of a streamer's year quotes the balance its 10-K states for the
# year's end: borne out; another figure is unverifiable, never drifted (the article may mean
# another day's balance, after a new authorization)
def test_the_balance_the_10k_states_bears_out_the_remaining_amount(streamer):
    found = verify_text("At the end of 2024, the streamer had $17.1 billion remaining under "
                        "its buyback authorization.", streamer)["$17.1 billion"]
    assert found.claim.metric == "repurchase_authorization_remaining"
    assert found.verdict == "supported"


@pytest.mark.parametrize("sentence, figure", [
    ("At the end of 2024, the streamer had $15.1 billion remaining under its buyback "
     "authorization.", "$15.1 billion"),
    ("The streamer has $10 billion remaining under its buyback authorization.", "$10 billion"),
])
def test_another_remaining_amount_is_never_drifted(streamer, sentence, figure):
    assert verify_text(sentence, streamer)[figure].verdict == "unverifiable"


# "an authorized buyback balance of $X" (a machine summary of a chip maker's quarter) names the
# balance left, not the money spent on buybacks
def test_a_buyback_balance_is_what_remains():
    from tests.conftest import claims_in
    claims = {c.text: c for c in claims_in(
        "It still holds an authorized share buyback balance of $14.7 billion.")}
    assert claims["$14.7 billion"].metric == "repurchase_authorization_remaining"
