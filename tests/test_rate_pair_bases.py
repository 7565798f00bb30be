"""Two rates of one subject, each with its own basis ("up 56% YoY and 6% QoQ", "a 56%
year-over-year increase and a 6% quarter-over-quarter increase", as recaps of a chipmaker's
quarter put it): the second is the first one's subject's change against its own base (read
with no subject, it was left unverifiable)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The chip maker reported its second quarter of fiscal 2026. "
_PAIRS = [
    "Revenue was $46.7 billion, up 56% YoY and {q}% QoQ.",
    "Revenue reached $46.7 billion, a 56% year-over-year increase and a {q}% "
    "quarter-over-quarter increase.",
]


@pytest.mark.parametrize("pair", _PAIRS)
def test_the_second_rate_of_a_pair_is_the_first_ones_subjects(pair):
    found = {c.text: c.metric for c in claims_in(_LEAD + pair.format(q=6))}
    assert found["56%"] == found["6%"] == "revenue_growth", found


@pytest.mark.parametrize("sentence", [
    # a rate that names its own object, or a clause of another subject: never the pair's
    "Revenue was $46.7 billion, up 56% YoY and a 9% rise in headcount.",
    "Revenue was $46.7 billion, up 56% YoY, and the workforce grew 9%.",
    "Revenue was $46.7 billion, up 56% YoY and 9% of it came from gaming.",
])
def test_a_rate_of_another_subject_does_not_continue_the_pair(sentence):
    found = {c.text: c.metric for c in claims_in(_LEAD + sentence)}
    assert found["9%"] != "revenue_growth", found


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
@pytest.mark.parametrize("pair", _PAIRS)
def test_each_rate_of_the_pair_against_its_own_base(chips, pair):
    # 46,743 / 30,040 - 1 = 56%; 46,743 / 44,062 - 1 = 6%
    found = verify_text(_LEAD + pair.format(q=6), chips)
    assert [found[k].verdict for k in ("56%", "6%")] == ["supported"] * 2
    found = verify_text(_LEAD + pair.format(q=9), chips)
    assert found["9%"].verdict == "drifted", found["9%"].reason
