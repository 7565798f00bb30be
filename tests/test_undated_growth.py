"""A growth rate the article dates by no period and attaches to no dated figure (a blog's recap
that never names the year, a standfirst above the sentence naming the quarter) is borne out by
the growth of the period the loaded filing reports, and only borne out: one that fits no such
period stays unverifiable, never drifted. The chip maker's Q2 2023 10-Q: revenue -18.18% in the
quarter, -13.87% in the half; its Client segment -53.6% in the quarter. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

AMD_Q = ("10q-10k/10-Q_AMD_0000002488-23-000139.html", "0000002488-23-000139", "10-Q",
         date(2023, 8, 2))


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AMD_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    ("The chip designer said its revenue fell 18% compared with the same quarter last year.",
     "18%"),
    ("For the quarter, the chip designer's revenue slid 18 percent.", "18 percent"),
    ("The chip designer's Client revenue dropped 54% year over year.", "54%"),
])
def test_an_undated_rate_fitting_the_reported_period_is_supported(text, key):
    assert _verdicts(text)[key] == "supported"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    # fits no period the filing reports: which period was meant is not said
    ("The chip designer said its revenue fell 25% compared with a year earlier.", "25%"),
    # the half's rate: a span to date is not the period reported, and nothing names it
    ("The chip designer said its revenue fell 14% compared with a year earlier.", "14%"),
    # a quarter's words: the half never bears it out
    ("For the quarter, the chip designer's revenue slid 14 percent.", "14 percent"),
])
def test_an_undated_rate_fitting_no_reported_period_stays_unverifiable(text, key):
    assert _verdicts(text)[key] == "unverifiable"
