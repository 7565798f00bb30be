"""A rate in a second clause that goes on about the line of the rate before it for another
period, with no subject of its own: "operating income in the three months up 12%, and for the
full year up 14.5% to $6.9 bn" (a research body's bullets on a warehouse club's year). The second
rate, and the level it reached, are that line's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip maker reported its second quarter of fiscal 2026. "


def _read(text: str) -> dict:
    return {c.text: (c.metric, c.basis) for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("sentence", [
    "Operating income in the three months up 10%, and for the whole year up 16.2% to $7.8 "
    "billion.",
    "Operating income rose 10% in the quarter, and for the nine months it rose 16.2% to $7.8 "
    "billion.",
    "Operating income was up 10%, while for the full year it was up 16.2% to $7.8 billion.",
])
def test_the_second_clauses_rate_is_the_first_ones_line(sentence):
    found = _read(sentence)
    assert found["16.2%"] == found["10%"] == ("revenue_growth", "operating_income"), found
    assert found["$7.8 billion"][0] == "operating_income", found


@pytest.mark.parametrize("sentence", [
    # a clause with a subject of its own, or a share: never the first rate's line
    "Operating income rose 10%, and costs rose 3%.",
    "Operating income rose 10%, and for the full year headcount rose 3%.",
    "Operating income rose 10%, and 3% of sales came from services.",
])
def test_a_clause_of_another_subject_is_not_carried(sentence):
    found = _read(sentence)
    assert found["3%"] != ("revenue_growth", "operating_income"), found


def test_a_parts_rate_is_not_carried_as_the_companys():
    # the clause may not keep the part: its rate is not read as the company's line
    found = _read("Gaming revenue rose 10%, and for the full year rose 3%.")
    assert found["3%"] != ("revenue_growth", None), found


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
def test_the_carried_rate_and_level_are_checked_for_their_period(chips):
    # six months: 90,805 over 56,084 = +61.9%; the quarter's 46,743 / 30,040 = +56%
    text = _LEAD + ("Revenue for the quarter rose 56%, and for the six months ended July 27, 2025 "
                    "rose {r}% to $90.8 billion.")
    found = verify_text(text.format(r=62), chips)
    assert [found[k].verdict for k in ("56%", "62%", "$90.8 billion")] == ["supported"] * 3, {
        k: v.reason for k, v in found.items()}
    found = verify_text(text.format(r=70), chips)
    assert found["70%"].verdict == "drifted", found["70%"].reason
