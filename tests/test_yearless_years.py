"""A year named by its yearless last day ("For the year ended Dec. 27", "the 52 weeks ended Dec.
27": a food-trade paper's way with a restaurant group's year) is the year the loaded filing
reports ending then, and "the previous year" after it the one before. Undated, the figures were
judged by value alone: the EPS, whose unqualified "per share" matched only the basic line of
no stated period, came out unverifiable, and a wrong figure could never drift. Sentences
written for these tests; figures from the group's FY2008 10-K in the corpus (net income 964
against 909; basic EPS 2.03 against 1.74; its year ended 2008-12-27)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

YUM_K = ("dev/10-K_YUM_0001041061-09-000077.html", "0001041061-09-000077", "10-K",
         date(2009, 2, 23))


def _verifications(text: str) -> dict:
    return verify_text(text, stored_corpus_facts(*YUM_K))


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "figure", "verdict"), [
    ("The group earned $964 million, or $2.03 per share, in the year ended Dec. 27, against "
     "$1.74 per share the previous year.", "$2.03 per share", "supported"),
    ("The group earned $964 million, or $2.03 per share, in the year ended Dec. 27, against "
     "$1.74 per share the previous year.", "$1.74 per share", "supported"),
    ("For the 52 weeks ended Dec. 27, the group earned net income of $990 million.",
     "$990 million", "drifted"),
])
def test_a_year_ended_on_a_yearless_day_is_the_reported_year(text, figure, verdict):
    found = _verifications(text)[figure]
    assert found.verdict == verdict, found.reason
    assert found.claim.period_end is not None


@pytest.mark.corpus
def test_a_day_no_loaded_year_ends_on_stays_undated():
    # must not fire: no loaded filing's year ends near June 30, so no year is guessed
    found = _verifications("For the year ended June 30, net income was $990 million.")[
        "$990 million"]
    assert (found.verdict, found.claim.period_end) == ("unverifiable", None)
