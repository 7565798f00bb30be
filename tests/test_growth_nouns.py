"""A growth rate whose words name what changed in the ways a change's noun puts it: "a
reduction of N% in revenue" (the noun of a fall), "a N% decrease on the revenue of $X" (the
base's line after "on"), "representing a N% revenue decline" (the line's name between the rate
and its noun, after a verb of a share), "but a modest decrease of N%" (a change's noun and its
"of" open no clause of another subject); and the near phrasings that name something else
("plans a 10% reduction in its workforce", "a rise of 3% in costs", "on the back of").

The sentences are written for these tests; the filing is a chipmaker's Q2 2023 10-Q (revenue
$5,359 million against $6,550 million a year earlier: -18.2%)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

_QUARTER = "In the second quarter of 2023 "


@pytest.fixture(scope="module")
def chipmaker():
    return stored_corpus_facts("10q-10k/10-Q_AMD_0000002488-23-000139.html",
                               "0000002488-23-000139", "10-Q", date(2023, 8, 2))


@pytest.mark.parametrize("sentence", [
    "the chipmaker posted an 18% reduction in revenue.",
    "the chipmaker posted a reduction of 18% in revenues.",
    "the chipmaker's revenue saw a reduction of 18%.",
])
def test_a_reduction_is_a_fall_of_what_it_names(chipmaker, sentence):
    found = verify_text(_QUARTER + sentence, chipmaker)["18%"]
    assert found.verdict == "supported" and found.claim.value < 0


def test_a_reduction_that_misstates_the_fall_drifts(chipmaker):
    found = verify_text(_QUARTER + "the chipmaker posted a 25% reduction in revenue.",
                        chipmaker)["25%"]
    assert found.verdict == "drifted"


@pytest.mark.parametrize(("sentence", "figure"), [
    ("the chipmaker announced plans for a 10% reduction in its workforce.", "10%"),
    ("revenue held up despite a 5% contraction in the PC market.", "5%"),
    ("net income rose, helped by a 5% reduction in its tax rate.", "5%"),
])
def test_a_reduction_of_something_no_filing_states_is_not_checked(chipmaker, sentence,
                                                                   figure):
    found = verify_text(_QUARTER + sentence, chipmaker)[figure]
    assert found.verdict == "unverifiable" and found.claim.metric is None


def test_a_change_set_on_the_bases_line_is_that_lines(chipmaker):
    found = verify_text(_QUARTER + "the chipmaker reported revenue of $5.36 billion. That's an "
                        "18 percent decrease on the revenue of $6.55 billion it delivered a "
                        "year earlier.", chipmaker)["18 percent"]
    assert found.verdict == "supported" and found.claim.value < 0


@pytest.mark.parametrize("words", [
    "on the Client revenue of $2.0 billion",  # a part's line
    "on the back of weaker demand",  # a cause, no line
    "on the year",
])
def test_a_change_on_other_words_names_no_line_of_its_own(chipmaker, words):
    found = verify_text(_QUARTER + f"the chipmaker's operating income fell to $4 million, a "
                        f"23% decrease {words}.", chipmaker)["23%"]
    assert found.claim.basis != "revenue" and found.verdict != "supported"


def test_the_lines_name_before_a_change_noun_after_a_share_verb(chipmaker):
    found = verify_text(_QUARTER + "the chipmaker had revenue of $5.36 billion, representing "
                        "an 18% revenue decline from a year earlier.", chipmaker)["18%"]
    assert found.verdict == "supported"
    drift = verify_text(_QUARTER + "the chipmaker had revenue of $5.36 billion, representing "
                        "a 25% revenue decline from a year earlier.", chipmaker)["25%"]
    assert drift.verdict == "drifted"


def test_a_share_verb_before_a_share_stays_a_share(chipmaker):
    found = verify_text(_QUARTER + "the Data Center segment had revenue of $1.3 billion, "
                        "representing 25% of revenue.", chipmaker)["25%"]
    assert found.claim.metric == "customer_concentration"


def test_a_changes_noun_after_a_conjunction_is_the_levels_change(chipmaker):
    found = verify_text(_QUARTER + "the chipmaker's revenue was $5.36 billion, marking a "
                        "sequential rise from the prior quarter's $5.35 billion but a steep "
                        "year-over-year decrease of 18%.", chipmaker)["18%"]
    assert found.verdict == "supported" and found.claim.value < 0


@pytest.mark.parametrize("words", ["but a rise of 3% in costs weighed on it",
                                   "a rise of 3% in freight costs"])
def test_a_change_of_another_noun_is_not_the_levels(chipmaker, words):
    found = verify_text(_QUARTER + f"the chipmaker's revenue was $5.36 billion, {words}.",
                        chipmaker)["3%"]
    assert found.verdict == "unverifiable" and found.claim.metric is None
