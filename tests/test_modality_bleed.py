"""An estimate's words govern their own clause only: the line's reported change in a clause
after the consensus figure ("above the consensus of $X and up N% from last year", "exceeded
the consensus by M% and reflected an increase of N%") is a result, checked; a distance from
the analysts after a reported change ("up N% from a year ago and M% ahead of analyst
estimates") is the estimate's, never the line's growth.

Checked against a software maker's release for its first quarter of fiscal 2023: revenue of
4,655 against 4,262 a year earlier (millions), up 9.2%. The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

ADBE_RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"
FILED = date(2023, 3, 15)
LEAD = "The design software maker reported its first quarter of fiscal 2023. "


def _verdicts(sentence: str) -> dict:
    return corpus_verdicts(ADBE_RELEASE, FILED, LEAD + sentence)


def test_a_reported_change_after_the_consensus_figure_is_checked(corpus_dir):
    found = _verdicts("Sales reached $4.66 billion, over the consensus estimate of $4.62 "
                      "billion and up 9% from the prior year.")
    assert found["9%"] == ("supported", "revenue_growth")
    assert found["$4.62 billion"][0] == "not_checkable"
    found = _verdicts("Its revenue of $4.66 billion exceeded the consensus by 1% and "
                      "reflected an increase of 9% from last year.")
    assert found["9%"] == ("supported", "revenue_growth")
    assert found["1%"][0] == "not_checkable"
    found = _verdicts("Sales reached $4.66 billion, exceeding the analyst consensus by 1% and "
                      "reflecting an increase of 9% over last year.")
    assert found["9%"] == ("supported", "revenue_growth")
    # a compiler's name between the verb of comparing and its noun
    found = _verdicts("Sales reached $4.66 billion, topping the Globex Consensus Estimate by 1% "
                      "and reflecting an increase of 9% over last year.")
    assert found["9%"] == ("supported", "revenue_growth")


def test_a_distance_from_the_analysts_after_a_reported_change_is_not_checkable(corpus_dir):
    # read as the line's growth, the 1% drifted against the 9.2% the release bears out
    found = _verdicts("Sales reached $4.66 billion, up 9% from a year ago and 1% ahead of "
                      "analyst estimates.")
    assert found["9%"] == ("supported", "revenue_growth")
    assert found["1%"][0] == "not_checkable"


def test_estimates_listed_after_the_consensus_stay_estimates(corpus_dir):
    # must not fire: the consensus's further objects, and an expected rise, are no results
    found = _verdicts("Sales of $4.66 billion topped the consensus estimate of $4.62 billion "
                      "and of $3.68 per share for earnings.")
    assert found["$3.68 per share"][0] == "not_checkable"
    found = _verdicts("Analysts had forecast revenue of $4.62 billion and up 8% from a year "
                      "earlier.")
    assert found["8%"][0] == "not_checkable"
    assert found["$4.62 billion"][0] == "not_checkable"
