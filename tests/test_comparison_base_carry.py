"""A comparison's base period is never the period in force after its sentence.

Two shapes of a results story on a bank's quarter: a change "from <base period> to <level>"
(the base's quarter dated the new level, and every later figure of the article, a year early,
so the quarter's own provision and loans drifted against the year-ago ones), and a sentence
opened by "That compares with <base> in <period>" (the base's quarter, left in force, dated the
quarter's own figures after it)."""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

_RELEASE = "dev/EX-99.1_PNC_2021-06-30.html"
_FILED = date(2021, 7, 14)


def _verdicts(text: str) -> dict:
    return {figure: verdict for figure, (verdict, _metric) in
            corpus_verdicts(_RELEASE, _FILED, text).items()}


def test_change_from_a_base_quarter_to_a_level():
    text = ("The lender's second-quarter 2021 profit slid. Noninterest income climbed 35% from "
            "the second quarter of 2020 to $2.09 billion. It put aside $302 million for loan "
            "losses in the quarter. Total loans stood at $294.7 billion at the end of June.")
    got = _verdicts(text)
    assert got["$302 million"] == "supported"  # drifted against the year-ago quarter before
    assert got["$2.09 billion"] == "supported"
    assert got["$294.7 billion"] == "supported"


def test_period_before_a_level_without_from_still_dates_it():
    # twin: no "from" before the period, so it is the level's own
    text = ("The lender's total loans grew in the second quarter of 2020 to $258.2 billion. "
            "Noninterest expense came to $2.52 billion.")
    got = _verdicts(text)
    assert got["$258.2 billion"] == "supported"
    assert got["$2.52 billion"] == "supported"


def test_compares_with_sentence_leaves_the_quarter_in_force():
    text = ("A regional lender's second-quarter profit came to $1.1 billion. That compares "
            "with $1.83 billion in the first quarter. Revenue for the period was $4.22 "
            "billion.")
    got = _verdicts(text)
    assert got["$1.83 billion"] == "supported"
    assert got["$4.22 billion"] != "supported"


def test_first_quarter_named_by_its_own_sentence_stays_in_force():
    # twin: a sentence about the earlier quarter that is no comparison's lead moves the period
    text = ("A regional lender's second-quarter profit came to $1.1 billion. In the first "
            "quarter, it earned $1.83 billion. Revenue for the period was $4.22 billion.")
    got = _verdicts(text)
    assert got["$1.83 billion"] == "supported"
    assert got["$4.22 billion"] == "supported"
