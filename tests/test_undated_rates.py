"""A rate recomputed from two lines that the article dates by no period: borne out only by an
earlier period's lines than the latest the filing states, it is not pinned (unverifiable), as
an undated filed figure is (``discipline.earlier_only``). The chip maker's Q2 2023 10-Q: gross
margin 46% in the quarter (45.8% a year before), 45% in the half, 47.0% in the year-before half."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

AMD_Q = ("10q-10k/10-Q_AMD_0000002488-23-000139.html", "0000002488-23-000139", "10-Q",
         date(2023, 8, 2))


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AMD_Q)).items()}


@pytest.mark.corpus
def test_an_undated_margin_fitting_only_an_earlier_period_is_not_supported():
    got = _verdicts("Besides its revenue, the chip designer posted a gross margin of 47 "
                    "percent and an operating loss.")
    assert got["47 percent"] == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    # the latest period's rate (the quarter's), undated
    ("Besides its revenue, the chip designer posted a gross margin of 46 percent and an "
     "operating loss.", "46 percent"),
    # the earlier period named outright
    ("For the first six months of 2022, gross margin was 47 percent.", "47 percent"),
])
def test_an_undated_latest_rate_or_a_dated_earlier_one_keeps_its_support(text, key):
    assert _verdicts(text)[key] == "supported"


@pytest.mark.corpus
def test_an_undated_margin_fitting_no_period_stays_unverifiable():
    got = _verdicts("Besides its revenue, the chip designer posted a gross margin of 52 "
                    "percent and an operating loss.")
    assert got["52 percent"] == "unverifiable"
