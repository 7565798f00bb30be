"""A part of a year in a label's shorthand ("6M 2025", "H1 2025", "1H25", "9M24", "H2 2024"):
read as the months it names (``core.year_parts.PART_LABEL``). Paraphrases written for the
project after a machine summary of a railroad's half-year, where "$118 million for 6M 2025 vs
$92 million for 6M 2024" was dated to the years and so, in a recap of a second quarter, called
an outlook for the rest of the year."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its second quarter of 2025. "


def _dated(text: str) -> dict[str, tuple]:
    return {c.text: (c.period_start and c.period_start.isoformat(),
                     c.period_end and c.period_end.isoformat(), c.not_checkable_reason)
            for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize(("label", "start", "end"), [
    ("6M 2025", "2025-01-01", "2025-06-30"), ("H1 2025", "2025-01-01", "2025-06-30"),
    ("1H25", "2025-01-01", "2025-06-30"), ("H1'25", "2025-01-01", "2025-06-30"),
    ("9M 2024", "2024-01-01", "2024-09-30"), ("9M24", "2024-01-01", "2024-09-30"),
    ("H2 2024", "2024-07-01", "2024-12-31")])
def test_a_part_label_dates_its_figure(label, start, end):
    got = _dated(f"Capital spending was $118 million for {label}.")
    assert got["$118 million"][:2] == (start, end)
    assert list(got) == ["$118 million"]  # the label's digit is no figure of its own


def test_a_half_year_figure_in_a_quarter_recap_is_no_outlook():
    got = _dated("Spending on capacity projects ($118 million for 6M 2025 vs $92 million for "
                 "6M 2024) rose.")
    assert got["$118 million"] == ("2025-01-01", "2025-06-30", None)
    assert got["$92 million"][:2] == ("2024-01-01", "2024-06-30")


@pytest.mark.parametrize("text", ["3M 2024 sales were $24 billion.",
                                  "Sales were $24 billion in FY2024, with 12M 2024 flat."])
def test_other_letters_and_counts_are_no_part_label(text):
    got = _dated(text)
    assert got["$24 billion"][:2] == ("2024-01-01", "2024-12-31")
