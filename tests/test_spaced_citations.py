"""A machine summary's items flattened onto one line, each ending on a citation mark set off by
a space ("... in Q4 2023 [5] - Full-year 2024 revenue totaled $X"): each item is a sentence of
its own, so the first item's quarter never dates the next item's year. A mark inside a
sentence leaves it whole. Sentences written for these tests, about a made-up company."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its fourth-quarter 2024 results on Tuesday.\n\n"


def _periods(body: str) -> dict:
    return {c.text: c.period_label for c in claims_in(_LEAD + body)}


def test_each_cited_item_keeps_its_own_period():
    got = _periods("Operating income for Q4 2024 was $2.27 billion, compared to $1.50 billion "
                   "in Q4 2023 [5] - Full-year 2024 revenue totaled $39.00 billion, up from "
                   "$33.72 billion in 2023 [5] - Diluted EPS for 2024 was $20.28 [6]")
    assert got["$2.27 billion"] == "Q4 2024"
    assert got["$39.00 billion"] == "FY2024"
    assert got["$33.72 billion"] == "FY2023"
    assert got["$20.28"] == "FY2024"


@pytest.mark.parametrize(("body", "figure", "label"), [
    # a mark inside the sentence, the clause going on in lower case: the sentence's quarter
    ("Revenue for Q4 2024 was $10.25 billion [5] and operating income came to $2.27 billion.",
     "$2.27 billion", "Q4 2024"),
    # a mark glued to its word, as before
    ("Revenue for Q4 2024 was $10.25 billion[5]. Operating income was $2.27 billion.",
     "$10.25 billion", "Q4 2024"),
])
def test_a_mark_inside_a_sentence_leaves_it_whole(body, figure, label):
    assert _periods(body)[figure] == label
