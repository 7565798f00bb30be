"""A gross margin a filing only expects or estimates is no margin stated (an audit of prose
readings, 2026-12): "Gross margin for the three months ended June 30, 2025 is expected to be
44.5%" (a release previewing its quarter) was stored as the quarter's margin. The words of an
outlook between the margin and its figure now qualify it away, as "would have been" did; a
margin stated as it was stays. Sentences here are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.margins import sentence_margins
from extractors.sentences import Sentence


def _read(text: str) -> list[tuple[Decimal, date, date]]:
    return [(f.value, f.period_start, f.period_end)
            for f in sentence_margins(Sentence(0, len(text), text), "doc.htm")]


def test_an_expected_or_estimated_margin_is_not_stored():
    assert _read("Gross margin for the three months ended June 30, 2025 is expected to be "
                 "44.5%.") == []
    assert _read("Gross margin for the three months ended June 30, 2025 is estimated at "
                 "about 44.5%.") == []
    assert _read("Gross margin for the three months ended June 30, 2025 will be near "
                 "44.5%.") == []


def test_a_margin_stated_as_it_was_stays():
    assert _read("Gross margin for the three months ended June 30, 2025 was 44.5%.") == [
        (Decimal("44.5"), date(2025, 4, 1), date(2025, 6, 30))]


def test_a_quarter_ended_in_may_is_no_outlook():
    assert _read("Gross margin for the three months ended May 31, 2025 was 44.5%.") == [
        (Decimal("44.5"), date(2025, 3, 1), date(2025, 5, 31))]
