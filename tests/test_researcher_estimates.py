"""A number a research firm, a data provider or an analyst is said to give is theirs, an
estimate (not_checkable), and so is a threshold someone doubts will be reached ("may
strain to top a sales mark"); the filer itself named again by a description, and a
result set against analysts, stay the filer's. Sentences are the project's own paraphrases."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _reasons(text: str) -> dict:
    return {c.text: c.not_checkable_reason for c in claims_in(text)}


@pytest.mark.parametrize("text, figure", [
    ("A research and analytics firm told investors that sales of the game hovered around 18 "
     "million.", "18 million"),
    ("Research firm Acme Data said the console sold 18 million units.", "18 million"),
    ("The console sold about 18 million units, according to a market research firm.",
     "18 million"),
    ("The console sold about 18 million units, a data provider estimated.", "18 million"),
    ("The analysts also warned the follow-up could \"struggle\" to reach six million units.",
     "six million"),
])
def test_a_researchers_number_is_not_the_filers(text, figure):
    assert _reasons(text)[figure]


@pytest.mark.parametrize("text, figure", [
    ("The data analytics firm said its revenue was $1.15 billion in the quarter.",
     "$1.15 billion"),
    ("Revenue was $1.15 billion in the quarter, beating analysts' forecasts.", "$1.15 billion"),
    ("Revenue was $1.15 billion in the quarter, as the company sold 6 million units.",
     "6 million"),
])
def test_the_filers_own_figure_stays_checked(text, figure):
    assert _reasons(text)[figure] is None
