"""A bound on a loss or a fall bounds its size: "the net loss was more than $25 million" holds
for a loss of $27.1 million and not for one of $20 million; "net income dropped more than 6%"
is no rise of 86%. The bound was read on the signed value, so a loss beyond the bound drifted,
a smaller one was supported, and any rise bore out a bounded fall (a syndicated column on a
bank's quarter). Sentences written for these tests; figures from the filings in the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

# the action-camera maker's Q3 2018 10-Q: net loss (27,089) for the quarter, a profit of 14,661
# a year before
GPRO_Q = ("dev/10-Q_GPRO_0001500435-18-000049.html", "0000000000-00-000001", "10-Q",
          date(2018, 11, 1))
# a large bank's Q4 2021 release: net income 5,750 against 3,091 a year before (+86.0%)
WFC_Q = ("dev/EX-99.1_WFC_2021-12-31.html", "0000000000-00-000001", "8-K", date(2022, 1, 14))


def _verdict(filing: tuple, lead: str, sentence: str, figure: str) -> str:
    return verify_text(f"{lead} {sentence}", stored_corpus_facts(*filing))[figure].verdict


@pytest.mark.corpus
@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("The net loss was more than $25 million in the third quarter.", "$25 million", "supported"),
    ("The net loss was less than $30 million in the third quarter.", "$30 million", "supported"),
    ("The net loss was more than $30 million in the third quarter.", "$30 million", "drifted"),
    ("The net loss was less than $25 million in the third quarter.", "$25 million", "drifted"),
])
def test_a_bounded_loss_is_bounded_by_its_size(sentence, figure, verdict):
    lead = "The camera maker reported its third-quarter 2018 results."
    assert _verdict(GPRO_Q, lead, sentence, figure) == verdict


@pytest.mark.corpus
@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    # a bounded fall against a rise: never borne out (its size fits, so the sign is in doubt)
    ("Net income dropped more than 6% in the fourth quarter.", "6%", "unverifiable"),
    ("Net income fell less than 90% in the fourth quarter.", "90%", "unverifiable"),
    # must not fire: bounded rises keep their verdicts
    ("Net income rose more than 80% in the fourth quarter.", "80%", "supported"),
    ("Net income rose less than 90% in the fourth quarter.", "90%", "supported"),
    ("Net income rose more than 90% in the fourth quarter.", "90%", "drifted"),
])
def test_a_bounded_fall_is_no_rise(sentence, figure, verdict):
    lead = "The bank reported its fourth-quarter 2021 results."
    assert _verdict(WFC_Q, lead, sentence, figure) == verdict
