"""Two amounts joined by "and", each naming its own line after "of": "$1.9 billion of net
interest income and $1.2 billion of non-interest income". The second took the first's line
from behind, disagreed with its own noun, and was left unnamed; each amount's own "of" noun
names it. Sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _metrics(text: str) -> dict[str, str | None]:
    return {c.text: c.metric for c in claims_in(text)}


@pytest.mark.parametrize("text, figure, metric", [
    ("Quarterly revenue reached $3.1 billion, made up of $1.9 billion of net interest income "
     "and $1.2 billion of non-interest income.", "$1.2 billion", "noninterest_income"),
    ("The lender booked $1.2 billion of noninterest income and $1.9 billion of net interest "
     "income.", "$1.9 billion", "net_interest_income"),
])
def test_second_of_pair_names_its_own_line(text, figure, metric):
    assert _metrics(text)[figure] == metric


def test_pair_without_the_first_of_noun_is_left_as_before():
    # the twin: the first amount's line is named by "in", not by its own "of" noun, so no pair
    # of "of" nouns stands and the second amount is left unnamed where the two disagree
    found = _metrics("The lender booked $1.9 billion in net interest income and $1.2 billion "
                     "of noninterest income.")
    assert found["$1.2 billion"] is None
