"""A length of time is no money: under a table caption stating a money scale, a row's "155
minutes" or "91 days" stays a bare number (not checkable), never an amount compared with a
filed line; the money rows beside it keep the caption's scale.

Checked against a device maker's 10-Q for its second quarter of fiscal 2025 (net sales 95,359
and net income 24,780, millions). The tables are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
FILED = date(2025, 5, 2)
TABLE = ("The device maker reported its second quarter of fiscal 2025.\n\n"
         "Quarter at a glance ($ in millions)\n\n| Item | Q2 2025 |\n|---|---|\n"
         "| Net sales | 95,359 |\n| Net income | 24,780 |\n")


def _verdicts(rows: str) -> dict:
    return corpus_verdicts(AAPL_Q, FILED, TABLE + rows, form="10-Q")


def test_a_duration_under_a_money_caption_is_no_money(corpus_dir):
    found = _verdicts("| Net income days | 91 days |\n| Earnings call | 155 minutes |\n")
    assert found["91"][0] == "not_checkable"
    assert found["155"][0] == "not_checkable"


def test_money_rows_beside_it_keep_the_caption_scale(corpus_dir):
    # must not fire: the caption's money rows, and a figure with no unit of time after it
    found = _verdicts("| Operating income | 29,589 |\n")
    assert found["95,359"] == ("supported", "revenue")
    assert found["24,780"] == ("supported", "net_income")
    assert found["29,589"] == ("supported", "operating_income")
