"""A figure quoted again without the adjusting words the article first gave it is the same
adjusted measure, never the GAAP line (``pipeline.verify.adjusted_echo``). The chip maker's Q2
2023 10-Q: GAAP diluted EPS $0.02; the adjusted $0.58 is not filed in it."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.adjusted_echo import read_echoes
from tests.conftest import stored_corpus_facts, verify_text

AMD_Q = ("10q-10k/10-Q_AMD_0000002488-23-000139.html", "0000002488-23-000139", "10-Q",
         date(2023, 8, 2))
LEAD = ("In the second quarter of 2023 the chip designer earned $0.58 per share on an adjusted "
        "basis. ")


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AMD_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize("echo", [
    "It earned 58 cents a share in the second quarter of 2023.",
    "Earnings per share came to 58 cents in the second quarter of 2023.",
])
def test_a_bare_echo_of_an_adjusted_figure_is_not_drifted_against_gaap(echo):
    got = _verdicts(LEAD + echo)
    assert got[next(k for k in got if k.startswith("58 cents"))] == "unverifiable"
    assert got["$0.58 per share"] == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize(("tail", "key", "verdict"), [
    # a bare figure of another value stays GAAP: borne out, or drifted
    ("It earned 2 cents a share in the second quarter of 2023.", "2 cents", "supported"),
    ("It earned 5 cents a share in the second quarter of 2023.", "5 cents", "drifted"),
    # the same value said to be GAAP stays GAAP
    ("GAAP diluted EPS was 58 cents in the second quarter of 2023.", "58 cents", "drifted"),
])
def test_a_gaap_or_other_figure_keeps_its_line(tail, key, verdict):
    got = _verdicts(LEAD + tail)
    assert got[next(k for k in got if k.startswith(key))] == verdict


def test_no_adjusted_figure_leaves_the_claims_as_they_are():
    assert read_echoes([]) == []
