"""A first half named in non-US English ("the half year", "the half-year", "H1") is the year's
first six months, never the quarter in force: a wire story on a streamer's second quarter gave
"the operating margin for the half year" as 34.1%, the quarter's (34.07%), and it was supported;
the half's is 7,121,693 / 21,621,967 = 32.94% (the 10-Q for the quarter to June 30, 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

NFLX_Q = ("dev/10-Q_NFLX_2025-06-30.html", "0001065280-25-000001", "10-Q", date(2025, 7, 18))
LEAD = "Netflix said revenue for the second quarter of 2025 rose 16% to $11.08bn. "


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*NFLX_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    ("The operating margin for the half year was 34.1%.", "34.1%"),
    ("Operating margin in the half-year was 34.1%.", "34.1%"),
    ("H1 operating margin was 34.1%.", "34.1%"),
])
def test_a_quarter_figure_under_a_half_year_is_not_supported(text, key):
    assert _verdicts(LEAD + text)[key] != "supported"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    ("The operating margin for the half year was 32.9%.", "32.9%"),
    ("H1 revenue reached $21.62bn.", "$21.62bn"),
    # a trailing span or a level's adjective is no first half
    ("The operating margin was 34.1%, a half-year high.", "34.1%"),
    ("Over the past half year the operating margin was 34.1%.", "34.1%"),
])
def test_the_half_or_a_quarter_figure_under_other_words_keeps_its_support(text, key):
    assert _verdicts(LEAD + text)[key] == "supported"
