"""Figures whose words make them something other than the line the sentence names, read so
they come out unverifiable (or right), never drifted: an exchange-rate effect, a rate on a
currency-neutral basis with an abbreviation in its words, a figure's own "last year" beside a
year a comparison measures against, and a part's figure the words after it point at.

Every sentence here is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

import pytest

from pipeline.verify.claims_part_units import unnamed_part
from tests.conftest import claims_in, verify_text


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text.strip("(") == figure)


@pytest.mark.parametrize("words", [
    "despite a 2.5% foreign exchange headwind",
    "including a 2.5% currency impact",
    "after a 2.5% unfavorable foreign-currency effect",
    "with a 2.5% FX headwind"])
def test_exchange_rate_effect_is_no_growth(words: str) -> None:
    text = f"In the second quarter of 2025 revenue grew 5.1% to $95.4 billion, {words}."
    claim = _claim(text, "2.5%")
    assert claim.metric is None
    verdict = verify_text(text, [])["2.5%"]
    assert verdict.verdict == "unverifiable"
    assert "exchange-rate effect" in verdict.reason
    # the growth itself still names revenue
    assert _claim(text, "5.1%").metric == "revenue_growth"


def test_plain_growth_keeps_its_metric() -> None:
    text = "In the second quarter of 2025 revenue grew 2.5% from a year earlier."
    assert _claim(text, "2.5%").metric == "revenue_growth"


@pytest.mark.parametrize("basis", [
    "on a foreign exchange (F/X) neutral basis", "on an FX-neutral basis",
    "on a currency-neutral basis"])
def test_currency_neutral_rate_with_abbreviation_is_adjusted(basis: str) -> None:
    text = (f"Second quarter 2025 revenue increased 16% year over year (17% {basis}), the "
            "streamer said.")
    verdict = next(v for k, v in verify_text(text, []).items() if "17%" in k)
    # the filer's stated constant-currency rate, which no filing here states
    # (pipeline.verify.stated_bases): never the reported revenue's growth
    assert verdict.verdict == "unverifiable"
    assert verdict.claim.metric == "revenue_growth_constant_currency"
    assert _claim(text, "16%").metric == "revenue_growth"


_LEAD = "The lender said its fourth-quarter profit fell 13% from a year earlier. "


def test_own_last_year_beside_a_base_year_is_no_base_year() -> None:
    text = _LEAD + ("The firm made $21.6 billion in profits last year, more than double what "
                    "it earned in 2020.")
    claim = _claim(text, "$21.6 billion")
    assert claim.metric == "net_income"
    # neither the base's year nor the quarter a year back: a whole year, its year not said
    assert claim.period_label != "FY2020"
    assert claim.period_label.startswith("the fiscal year")
    assert claim.period_end is None


def test_last_year_as_a_comparison_base_stays_the_quarter_back() -> None:
    text = _LEAD + "Profit was $3.9 billion, compared with $4.5 billion last year."
    assert not _claim(text, "$4.5 billion").period_label.startswith("the fiscal year")


def test_part_pointed_at_after_the_figure() -> None:
    text = ("In the second quarter of 2023 consumer chip sales were $998 million. The chipmaker "
            "posted a $69 million operating loss for this segment.")
    claim = _claim(text, "$69 million")
    assert claim.entity == "a segment (unnamed)"
    assert unnamed_part("posted a ", " operating loss for the division") == "a division (unnamed)"
    assert unnamed_part("posted a ", " operating loss in the quarter") is None


def test_week_based_calendar_quarter_ending_in_next_month() -> None:
    from datetime import date

    from pipeline.verify.fiscal import FiscalCalendar

    calendar = FiscalCalendar(12, 26)  # a 52/53-week year that starts late in December
    assert calendar.is_calendar
    assert calendar.quarter(date(2023, 7, 1)) == 2
    assert calendar.quarter(date(2023, 4, 1)) == 1
    assert calendar.quarter(date(2023, 9, 30)) == 3
    assert calendar.quarter(date(2023, 12, 30)) == 4
    assert calendar.quarter(date(2023, 6, 30)) == 2
    assert calendar.quarter(date(2023, 10, 8)) == 4  # well into the month: that month's


@pytest.mark.parametrize("aside", [
    "Its new accelerator is on track for a Q4 launch.",
    "The company provided a weaker guide for the fourth quarter.",
    "It says it will launch new graphics cards in the fourth quarter."])
def test_quarter_of_something_to_come_sets_no_period(aside: str) -> None:
    text = ("The chipmaker's second-quarter revenue fell 18% from a year earlier. "
            f"{aside} Net income was $27 million.")
    assert _claim(text, "$27 million").period_label.startswith("Q2")


def test_quarter_heading_without_full_stop_still_sets_the_period() -> None:
    text = ("The chipmaker's second-quarter revenue fell 18% from a year earlier.\n\n"
            "Fourth quarter\n\nNet income was $27 million.")
    assert _claim(text, "$27 million").period_label.startswith("Q4")


def test_year_an_outlook_is_for_sets_no_period() -> None:
    # a headline reporting the outlook: the figures after it are the year just ended
    text = ("Retailer issues upbeat outlook for 2026\n\n"
            "Full-year net income rose 6% to $1.3 billion in 2025.\n\n"
            "Fourth-quarter sales grew 7% to $9.4 billion.")
    assert _claim(text, "$9.4 billion").period_label.endswith("Q4 2025")
    # a heading that is the outlook still dates the guidance under it
    heading = "Outlook for 2026\n\nThe retailer expects sales of $30 billion."
    assert _claim(heading, "$30 billion").period_label == "FY2026"


def test_results_that_compare_to_a_base_date_it_a_year_back() -> None:
    text = ("In the fourth quarter of 2015, the company reported a net loss of $500 million. "
            "Fourth quarter 2015 results compare to net income of $159 million, or $0.11 per "
            "share, in fourth quarter 2014.")
    assert _claim(text, "$159 million").period_label == "Q4 2014"
    assert _claim(text, "$0.11 per share").period_label == "Q4 2014"


def test_a_loss_per_share_is_negative() -> None:
    text = ("Earnings per share were $0.07 for fiscal 2016, compared to a loss per share of "
            "$0.23 for fiscal 2015.")
    assert _claim(text, "$0.23").value < 0
    assert _claim(text, "$0.07").value > 0
