"""A figure dated by "a year ago" is a year back whoever says it: another figure of the article
naming that period outright with another value does not leave it undated (``own_conflicts`` is
for "the previous fiscal year" or "last year" of a year's figure, which may mean the writer's
year just ended). Left undated, "A year ago, net income was $24.8 billion" beside the year-ago
quarter's $23.6 billion took the device maker's quarter just reported ($24.78 billion) and was
supported; the year-ago quarter's was $23.64 billion (its fiscal Q2 2025 10-Q)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

AAPL_Q = ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", "0000320193-25-000057", "10-Q",
          date(2025, 5, 2))
LEAD = "Apple Q2 fiscal 2025: the numbers\n\n"


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AAPL_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize("back", ["A year ago", "One year earlier"])
def test_a_year_ago_figure_the_article_refutes_is_not_supported_by_the_latest_quarter(back):
    got = _verdicts(LEAD + f"{back}, net income was $24.8 billion. Net income for the second "
                    "quarter of fiscal 2024 was $23.6 billion.")
    assert got["$24.8 billion"] == "drifted"
    assert got["$23.6 billion"] == "supported"


@pytest.mark.corpus
def test_a_right_year_ago_figure_keeps_its_support():
    got = _verdicts(LEAD + "A year ago, net income was $23.6 billion. Net income for the second "
                    "quarter of fiscal 2024 was $23.6 billion.")
    assert got["$23.6 billion"] == "supported"
