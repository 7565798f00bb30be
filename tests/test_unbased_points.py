"""A quarter's change of a rate in points whose sentence names no base is judged as a growth
rate with no base is (``derive_quarters.quarter_reading``): when a year earlier does not bear
it out and the quarter before, printed beside this one, does, it is supported, not drifted
(``derive_rates._linked_quarter``). The GPU maker's fiscal Q2 2026 10-Q prints gross margin
72.4% for the quarter, 60.5% for the quarter before and 75.1% a year earlier."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

NVDA_Q = ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", "0001045810-25-000209",
          "10-Q", date(2025, 8, 27))

_LEAD = "The GPU maker took in $46.74 billion in the second quarter of fiscal 2026. "


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*NVDA_Q)).items()}


@pytest.mark.corpus
def test_an_unbased_points_change_borne_out_by_the_quarter_before_is_supported():
    got = _verdicts(_LEAD + "Its gross margin widened 11.9 points to 72.4%.")
    assert got["11.9 points"] == "supported"


@pytest.mark.corpus
def test_basis_points_are_no_yearly_basis():
    # a camera maker's Q3 2018 10-Q: gross margin 31.8%, 29.5% the quarter before (its key
    # metrics table prints "230 bps"), 39.6% a year earlier
    facts = stored_corpus_facts("dev/10-Q_GPRO_0001500435-18-000049.html",
                                "0001500435-18-000049", "10-Q", date(2018, 11, 2))
    text = ("The camera maker's third-quarter 2018 revenue came to $285.9 million. Its gross "
            "margin widened by 230 basis points to 31.8%.")
    assert verify_text(text, facts)["230 basis points"].verdict == "supported"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key", "verdict"), [
    # the year-over-year change, unbased, stays supported
    (_LEAD + "Its gross margin narrowed 2.7 points to 72.4%.", "2.7 points", "supported"),
    # a year earlier named: the sequential change is a drift
    (_LEAD + "Its gross margin widened 11.9 points from a year earlier to 72.4%.",
     "11.9 points", "drifted"),
    # neither base bears it out
    (_LEAD + "Its gross margin widened 8.5 points to 72.4%.", "8.5 points", "drifted"),
])
def test_a_points_change_with_a_named_base_or_fitting_none_keeps_its_verdict(text, key, verdict):
    assert _verdicts(text)[key] == verdict
