"""A recomputed rate whose period is only carried from earlier in the article, and which the
filing's figures bear out for another span ending on the same day (the year to date beside the
quarter): unverifiable, never drifted (``pipeline.verify.carried_spans``). The chip maker's Q2
2023 10-Q: gross margin 45.6% in the quarter, 44.8% in the half; Embedded revenue up 16% in the
quarter, 63% in the half."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

AMD_Q = ("10q-10k/10-Q_AMD_0000002488-23-000139.html", "0000002488-23-000139", "10-Q",
         date(2023, 8, 2))

_QUARTER = "The chip designer took in $5.36 billion in its second quarter of 2023. "
_HALF = "Across the first six months of 2023, its revenue totalled $10.71 billion. "


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AMD_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    # the half's margin, in a sentence after the half's, the quarter named first
    (_QUARTER + _HALF + "Its gross margin over that stretch was 45%.", "45%"),
    (_QUARTER + _HALF + "Gross margin for the half came in at 45%.", "45%"),
    # the half's growth of a segment, its period carried
    (_QUARTER + _HALF + "Embedded revenue climbed 63%.", "63%"),
])
def test_a_carried_rate_fitting_the_year_to_date_is_not_drifted(text, key):
    assert _verdicts(text)[key] == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key", "verdict"), [
    # the quarter's own rates stay supported
    (_QUARTER + _HALF + "Its gross margin was 46%.", "46%", "supported"),
    (_QUARTER + "Embedded revenue climbed 16%.", "16%", "supported"),
    # the sentence names the quarter: the half's rate is a drift
    (_QUARTER + _HALF + "In the quarter, gross margin was 45%.", "45%", "drifted"),
    # the quarter's level beside the rate pins the carried quarter
    (_QUARTER + "Embedded revenue climbed 63% to $1.46 billion.", "63%", "drifted"),
    # a rate no span bears out still drifts
    (_QUARTER + _HALF + "Its gross margin was 41%.", "41%", "drifted"),
])
def test_a_carried_rate_pinned_or_fitting_no_span_keeps_its_verdict(text, key, verdict):
    assert _verdicts(text)[key] == verdict
