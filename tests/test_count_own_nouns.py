"""A count names what it counts by the noun right after it: "sold 6 million units" after "838
warehouses" counts units, never warehouses; and newcomers of a count ("19 million new
subscribers", "41 million subscribers joined") are no count at a period's end. Sentences here
are the project's own, checked against real 10-Ks of the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, corpus_verdicts

pytestmark = pytest.mark.corpus

WAREHOUSES = ("dev/10-K_COST_0000909832-22-000021.html", date(2022, 10, 5))
MEMBERSHIPS = ("dev/10-K_NFLX_2024-12-31.html", date(2025, 1, 27))


def _verdicts(filing: tuple, text: str) -> dict:
    return corpus_verdicts(*filing, text, form="10-K")


def _metrics(text: str) -> dict:
    return {c.text: c.metric for c in claims_in(text)}


def test_a_count_of_another_noun_is_not_the_row_a_cue_before_named():
    assert _metrics("The chain operates 445 stores; it sold 2 million units in the quarter.") == {
        "445": "stores", "2 million": None}
    verdicts = _verdicts(WAREHOUSES, "At the end of fiscal 2022 the retailer ran 838 warehouses "
                                     "and sold 6 million units of televisions there.")
    assert verdicts == {"838": ("supported", "stores"), "6 million": ("unverifiable", None)}


def test_the_rows_own_nouns_and_verbs_still_name_it():
    # a noun of the row itself ("stores" after "warehouses"), one word in two forms ("members"
    # after "memberships"), and a cue that is a verb, not a noun
    assert _metrics("The chain operates 838 warehouses, including 578 stores in the U.S.") == {
        "838": "stores", "578": "stores"}
    assert _metrics("Paid memberships rose to 302 million members.") == {
        "302 million": "paid_memberships"}
    assert _metrics("The miner mined 1,000 bitcoin in the quarter.") == {
        "1,000": "bitcoin_produced"}
    assert _metrics("It opened 5 new warehouses.") == {"5": "store_openings"}
    # a noun of the row's own words, after a figure whose noun was another of them
    assert _metrics("The firm added 3,100 active customers in the quarter, for a total of "
                    "64,300 accounts.")["64,300"] == "active_customer_accounts"


def test_newcomers_are_not_the_count_at_the_periods_end():
    assert _verdicts(MEMBERSHIPS, "In 2024, 41 million subscribers joined the service.") == {
        "41 million": ("unverifiable", None)}
    verdicts = _verdicts(MEMBERSHIPS, "The streamer ended 2024 with 301.63 million paid "
                                      "memberships; 19 million new subscribers signed up in "
                                      "the fourth quarter.")
    assert verdicts == {"301.63 million": ("supported", "paid_memberships"),
                        "19 million": ("unverifiable", None)}
    assert _metrics("The bank hired 5,000 new employees.") == {"5,000": None}


def test_the_count_itself_and_a_verb_of_adding_keep_their_readings():
    assert _verdicts(MEMBERSHIPS, "The streamer ended 2024 with 302 million paid members.") == {
        "302 million": ("supported", "paid_memberships")}
    assert _metrics("The company has 12,000 employees.") == {"12,000": "employees"}
    assert _metrics("Netflix added 19 million subscribers.") == {"19 million": "count_change"}
