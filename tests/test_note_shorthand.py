"""The shorthand of brokerage-community notes and blogs on a quarter, read as the plain words are
(paraphrases written for the project after a note on a software maker's first quarter and a
blog on a chip maker's second):
- "FY24Q1" is the fiscal first quarter of 2024, as "FY24 Q1" is;
- a year a span runs from ("the best year since the bubble of 2000") dates no figure after it;
- "Earnings Overview - Revenue: $X": a heading, a dash and the line name no part;
- "below the market's expected $X" is the forecasters' figure;
- "OCF: $15.4B, down despite higher net income" is operating cash flow, not net income."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _read(text: str) -> dict[str, object]:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("label", ["FY24Q1", "FY24 Q1", "FY'24 Q1"])
def test_a_fiscal_year_glued_to_its_quarter_dates_the_figures(label):
    got = _read(f"Widgetco released its {label} earnings report. Revenue was $12.45 billion.")
    assert got["$12.45 billion"].period_label == "fiscal Q1 2024"


@pytest.mark.parametrize("since", ["since the internet bubble of 2000", "since 2000",
                                   "since the dot-com crash in 2000"])
def test_a_year_a_span_runs_from_dates_no_figure(since):
    got = _read(f"Widgetco released its FY24Q1 earnings report. It was the best year {since}. "
                "Revenue was $12.45 billion.")
    assert got["$12.45 billion"].period_label == "fiscal Q1 2024"


def test_a_year_not_after_since_still_dates_its_figures():
    got = _read("Widgetco released its FY24Q1 earnings report. In 2000, revenue was $1 billion.")
    assert got["$1 billion"].period_label == "FY2000"


@pytest.mark.parametrize("label, entity", [("Earnings Overview - Revenue:", None),
                                           ("Highlights - Total revenue:", None),
                                           ("Operating Revenues - Gas Utility:", "Gas Utility")])
def test_a_labels_dash_names_a_part_only_when_it_is_no_line(label, entity):
    got = _read(f"Widgetco released its FY24Q1 earnings report.\n{label} $12.45 billion.")
    assert got["$12.45 billion"].entity == entity


@pytest.mark.parametrize("whose", ["the market's", "Wall Street's", "the Street's",
                                   "the analysts'"])
def test_a_possessive_forecasters_expected_figure_is_an_estimate(whose):
    got = _read("Widgetco released its FY24Q1 earnings report. Revenue was $12.45 billion, "
                f"slightly below {whose} expected $12.47 billion.")
    assert got["$12.47 billion"].not_checkable_reason
    assert got["$12.45 billion"].not_checkable_reason is None


def test_ocf_is_operating_cash_flow():
    got = _read("Widgetco reported its second quarter of fiscal 2026.\n\n- Q2 FY26 OCF: $15.4B, "
                "down sharply despite higher net income.")
    assert got["$15.4B"].metric == "operating_cash_flow"
