"""Machine-written results summaries (paraphrases written for the project after a results
generator's pages on a chip maker's and a device maker's quarters):
- "QQ2 2026": the generator prints its own "Q" before the quarter's label; it is Q2 2026;
- a curly apostrophe garbled into a Thai letter ("the prior quarterโs $X") is an apostrophe;
- its cards: "Revenue / 46.74B / QoQ: 6.08% | YoY:33.24%" and "Gross Profit / 33.85B / 72.42%
  margin": a value with a scale letter and no currency sign under an amount's label is that
  amount, "N% margin" its margin, and each labelled change is against the base its own label
  names (the quarter before, the year before)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.article import normalise
from pipeline.verify.change_bases import QUARTER, YEAR, compared_with
from tests.conftest import claims_in, stored_corpus_facts, verify_text


def _read(text: str) -> dict:
    found: dict = {}
    for claim in claims_in(text):
        found.setdefault(claim.text, claim)
    return found


@pytest.fixture(scope="module")
def chips():
    # Q2 FY2026 (to Jul 27, 2025): revenue 46,743, gross profit 33,853, operating income 28,440;
    # six months: revenue 90,805 (Q1 44,062), gross profit 60,521 (Q1 26,668) (millions)
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.parametrize("label", ["QQ2 2026", "Q2 2026"])
def test_a_generator_s_doubled_q_names_the_quarter(label):
    got = _read(f"Widgetco reported a record {label} quarter with revenue of $46.7 billion.")
    assert got["$46.7 billion"].period_label == "Q2 2026"


@pytest.mark.parametrize("words", ["QQQ2 2026", "HQ2 2026", "QQ5 2026"])
def test_other_letters_before_a_quarter_name_no_quarter(words):
    got = _read(f"Widgetco reported a record {words} quarter with revenue of $46.7 billion.")
    assert got["$46.7 billion"].period_label != "Q2 2026"


def test_a_thai_letter_between_latin_letters_is_an_apostrophe():
    assert normalise("the prior quarter\u0e42s $124.30B") == "the prior quarter\u2019s $124.30B"
    got = _read(normalise("Widgetco reported Q2 2025 revenue of $95.4B, a decline from the "
                          "prior quarter\u0e42s $124.3B."))
    assert got["$124.3B"].period_label == "Q1 2025"


@pytest.mark.parametrize("text", ["\u0e02\u0e48\u0e32\u0e27 \u0e42\u0e25\u0e01",
                                  "Q2 \u0e42 revenue", "a\u0e42 b"])
def test_thai_text_keeps_its_letters(text):
    assert normalise(text) == text


_CARDS = ("Widgetco reported a record QQ2 2026 quarter.\nKey Performance Indicators\n"
          "Revenue\n46.74B\nQoQ: 6.08% | YoY:33.24%\n"
          "Gross Profit\n33.85B\n72.42% margin\nQoQ: 26.94% | YoY:29.43%\n"
          "Operating Income\n28.44B\nQoQ: 31.44% | YoY:30.05%\n")


def test_a_card_value_with_a_scale_letter_under_an_amount_s_label_is_that_amount():
    got = _read(_CARDS)
    assert (got["46.74B"].metric, got["46.74B"].unit) == ("revenue", "USD")
    assert got["46.74B"].value == 46740000000
    assert got["33.85B"].metric == "gross_profit"


@pytest.mark.parametrize("label", ["Shares Outstanding", "Employees", "Active Users"])
def test_a_scaled_card_value_under_no_amount_s_label_stays_as_read(label):
    got = _read(f"Widgetco reported its Q2 2026 quarter.\n{label}\n2.4B\n")
    assert got["2.4"].unit != "USD"


def test_a_card_s_margin_line_is_its_label_s_margin():
    assert _read(_CARDS)["72.42%"].metric == "gross_margin"


def test_a_card_s_labelled_changes_are_the_growth_of_its_line():
    got = _read(_CARDS)
    assert (got["6.08%"].metric, got["6.08%"].basis) == ("revenue_growth", None)
    assert (got["29.43%"].metric, got["29.43%"].basis) == ("revenue_growth", "gross_profit")
    assert (got["31.44%"].metric, got["31.44%"].basis) == ("revenue_growth", "operating_income")


@pytest.mark.parametrize("line, figure, base", [
    ("QoQ: 6.08% | YoY:33.24%", "6.08%", QUARTER), ("QoQ: 6.08% | YoY:33.24%", "33.24%", YEAR),
    ("YoY: +12.5%, QoQ: -3.1%", "-3.1%", QUARTER), ("YoY: +12.5%, QoQ: -3.1%", "+12.5%", YEAR),
    ("Q/Q: 4.0%", "4.0%", QUARTER)])
def test_a_change_s_own_label_names_its_base(line, figure, base):
    start = line.index(figure)
    assert compared_with(line, start, start + len(figure)) == base


def test_a_base_not_labelled_right_before_the_figure_is_read_as_before():
    line = "Revenue rose 6% year over year; QoQ: flat"
    assert compared_with(line, 13, 15) == YEAR


def test_card_changes_are_judged_against_their_own_bases(chips):
    found = verify_text(_CARDS, chips)
    assert found["46.74B"].verdict == "supported"
    assert found["6.08%"].verdict == "supported"  # 46,743 / 44,062 - 1
    assert found["26.94%"].verdict == "supported"  # 33,853 / 26,668 - 1
    assert found["33.24%"].verdict == "drifted"  # 46,743 / 30,040 - 1 = 55.6%
    assert found["72.42%"].verdict == "supported"
