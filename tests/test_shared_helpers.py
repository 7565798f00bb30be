"""Helpers that several readers share since their copies were merged (one home each)."""

from datetime import date
from decimal import Decimal

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from extractors.sentences import merged_windows
from pipeline.verify.period_math import dated


def test_merged_windows_joins_touching_spans_and_clips_at_the_start():
    # 5 and 12 overlap once widened by 4 before and 6 after; 40 stands alone
    assert merged_windows([5, 12, 40], 4, 6) == [(1, 18), (36, 46)]
    assert merged_windows([2], 10, 3) == [(0, 5)]
    assert merged_windows([], 1, 1) == []


def test_dated_takes_the_periods_label_and_dates_and_keeps_the_rest():
    claim = Claim("c1", "$5 million", "Revenue was $5 million.", (12, 22), Decimal(5000000),
                  "USD", Decimal(50000), metric="revenue", period_label="FY2024",
                  period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
    quarter = PeriodPhrase("Q4 2025", date(2025, 10, 1), date(2025, 12, 31), (0, 0), "quarter")
    moved = dated(claim, quarter)
    assert (moved.period_label, moved.period_start, moved.period_end) == (
        "Q4 2025", date(2025, 10, 1), date(2025, 12, 31))
    assert (moved.metric, moved.value, moved.text) == ("revenue", Decimal(5000000), "$5 million")
