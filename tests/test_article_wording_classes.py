"""Wordings of real recaps that left figures unread or misdated, each a class: the level a
growth "arrived at", an "operation loss", a long subject before a revenue figure, a quarter named
far after "on track to". Every sentence here is written for these tests (paraphrases)."""

from __future__ import annotations

from tests.conftest import claims_in


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


def test_the_level_a_growth_arrived_at_is_of_the_growth_s_metric():
    text = "Earnings per share registered a 34% growth, arriving at $0.59."
    assert _claim(text, "$0.59").metric == "eps_diluted"
    assert _claim("Net income rose 12%, landing at $3.1 billion.", "$3.1 billion").metric == (
        "net_income")


def test_an_operation_loss_is_operating_income():
    assert _claim("The chip maker reported an operation loss of $20 million.",
                  "$20 million").metric == "operating_income"


def test_a_long_subject_is_not_cut_mid_word():
    # 60 characters back from the figure fall inside "Total": "otal" named a part of revenue
    text = "Total net sales for the six months ended July 30, 2023, were $80,173 million."
    assert _claim(text, "$80,173 million").metric == "revenue"
    freight = "Freight net sales for the year were $8.1 billion."
    assert _claim(freight, "$8.1 billion").metric is None


def test_a_quarter_named_well_after_on_track_to_sets_no_period():
    text = ("\"We delivered strong results in the second quarter,\" the chief executive said. "
            "\"We are on track to launch and ramp production of the new accelerators in the "
            "fourth quarter.\" Embedded revenue was $1.5 billion.")
    assert "Q4" not in (_claim(text, "$1.5 billion").period_label or "")


def test_a_rate_followed_by_more_and_a_noun_is_the_growth_of_that_noun():
    text = ("The miner posted higher revenues because it is now producing about 314% more "
            "bitcoin.")
    assert _claim(text, "314%").metric is None
    assert _claim("Revenue was up, with 20% more revenue from services.", "20%").metric == (
        "revenue_growth")


def test_an_outlook_quarter_beside_a_share_move_sets_no_period():
    # paraphrase of a tech site on a database maker's first quarter: the share move is no
    # metric's figure, and the quarter its sentence names is the outlook's, not the results'
    text = ("The software maker's fiscal first-quarter results beat expectations.\n"
            "Its shares fell more than 8% before the open as the company gave a weaker outlook "
            "for the second quarter.\n"
            "It reported revenue of $13.1 billion.")
    assert "Q2" not in (_claim(text, "$13.1 billion").period_label or "")
    assert "Q1" in _claim(text, "$13.1 billion").period_label
