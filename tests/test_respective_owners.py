"""A "respectively" list whose owners are places: each figure is the line's figure of the
place in its turn, whether the places open the sentence after the line's words ("Revenues from
<place> and <place> rose A% and B%, respectively") or close it after the figures ("revenue grew
A% and B% in <place> and <place>, respectively").

Checked against a streaming service's 10-Q for its second quarter of 2025: regional revenue of
EMEA 3,538,175 and Latin America 1,306,735 (thousands), against 3,007,772 and 1,204,145 a year
earlier (up 17.6% and 8.5%). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

NFLX_Q = "dev/10-Q_NFLX_2025-06-30.html"
FILED = date(2025, 7, 18)
LEAD = "The streaming service's second quarter of 2025 results are out. "


def _verdicts(sentence: str) -> dict:
    return corpus_verdicts(NFLX_Q, FILED, LEAD + sentence, form="10-Q")


def test_places_opening_the_sentence_take_the_rates_in_turn(corpus_dir):
    found = _verdicts("Revenues from EMEA and Latin America rose 17.6% and 8.5%, "
                      "respectively, from a year before.")
    assert found["17.6%"] == ("supported", "revenue_growth")
    assert found["8.5%"] == ("supported", "revenue_growth")
    wrong = _verdicts("Revenues from EMEA and Latin America rose 17.6% and 10.5%, "
                      "respectively, from a year before.")
    assert wrong["10.5%"] == ("drifted", "revenue_growth")  # Latin America's 8.5%


def test_places_closing_the_list_take_the_rates_in_turn(corpus_dir):
    # read figure by figure, the first rate was the company's total (15.9%) and drifted
    found = _verdicts("Revenue grew 17.6% and 8.5% in EMEA and Latin America, respectively.")
    assert found["17.6%"] == ("supported", "revenue_growth")
    assert found["8.5%"] == ("supported", "revenue_growth")
    claims = {c.text: c.entity for c in claims_in(
        LEAD + "Revenue grew 17.6% and 8.5% in EMEA and Latin America, respectively.")}
    assert claims == {"17.6%": "EMEA", "8.5%": "Latin America"}


def test_a_clause_with_a_name_for_subject_is_still_its_own():
    # must not fire: "and <Name> <verb>" after no list of places opens a clause of its own;
    # the rate is that name's, never the line's named before it
    claims = {c.text: c for c in claims_in(
        "Bank shares slid after lenders reported revenue, as Globex fell and Initech dropped "
        "more than 6%.")}
    assert claims["6%"].metric is None


def test_periods_closing_the_list_name_no_place(corpus_dir):
    # must not fire: "in the second quarter and first half, respectively" are periods
    claims = claims_in(LEAD + "Revenue grew 15.9% and 15.6% in Q2 and H1, respectively.")
    assert [c.entity for c in claims] == [None, None]
