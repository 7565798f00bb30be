"""A number with a unit of time spent or engagement ("155 minutes per day") and a count whose
noun a list leaves out ("opened five new shops and refitted 12") state facts, never a bare
number: unverifiable where no filing states them. Sentences are the project's own
paraphrases."""

from __future__ import annotations

from tests.conftest import claims_in, verify_text


def _verdicts(text: str) -> dict:
    return {k: (v.verdict, v.claim.metric, v.claim.unit) for k, v in verify_text(text, []).items()}


def test_time_spent_per_day_is_a_statistic():
    found = _verdicts("Players of the mobile game spent a record 155 minutes per day in it.")
    assert found["155"][0] == "unverifiable"


def test_a_bare_rank_stays_a_bare_number():
    found = _verdicts("The game ranked 155 on the chart.")
    assert found["155"][0] == "not_checkable"


def test_a_count_whose_noun_a_list_leaves_out():
    found = _verdicts("Over three quarters the retailer opened seven new stores and renovated "
                      "13 in the period.")
    assert found["13"] == ("unverifiable", None, None)  # stores, but never the openings' cue
    digits = _verdicts("Over three quarters it opened 7 new stores and renovated 13.")
    assert digits["13"] == ("unverifiable", None, None)


def test_a_figure_after_the_list_that_names_its_own_unit_keeps_it():
    claims = {c.text: c for c in claims_in(
        "It opened 7 new stores and earned 13 cents a share. It opened 7 new stores and sold "
        "13 million units.")}
    assert claims["13 cents a share"].unit == "USD/share"
    assert claims["13 million"].unit == "count"
    assert _verdicts("It opened 7 new stores and 13 were closed.")["13"][0] == "not_checkable"


def test_a_time_of_day_is_no_statistic():
    found = _verdicts("About 30 minutes after the results came out, the stock was up 13%.")
    assert found["30"][0] == "not_checkable"
