"""Periods an article names by a quarter's ending day or by a comparison's base, each read as a
class: a numbered quarter followed by the yearless day it ended ("the fourth quarter, which
ended Aug. 28") in a story whose year in force is another. The article sentences are the
project's own, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _warehouse_club() -> list:
    # the FY2022 10-K of a warehouse club (52 weeks ended August 28, 2022); no quarterly data;
    # merchandise inventories $17,907 million at August 28, 2022, $14,215 million a year before
    return stored_corpus_facts("dev/10-K_COST_0000909832-22-000021.html",
                               "0000909832-22-000021", "10-K", date(2022, 10, 5), cik=909832)


_CALENDAR_YEAR_FIRST = ("The chain looked back on a busy 2021 holiday season. {}")


@pytest.mark.parametrize(("said", "verdict"), [
    ("Inventories rose 26% from a year earlier by the close of its fourth quarter, which ended "
     "Aug. 28.", "supported"),
    ("Inventories rose 26% from a year earlier by the close of its fourth quarter that ended "
     "on Aug. 28.", "supported"),
])
def test_a_quarter_named_with_its_ending_day_takes_the_filings_year(said, verdict):
    facts = _warehouse_club()
    found = verify_text(_CALENDAR_YEAR_FIRST.format(said), facts)
    assert found["26%"].verdict == verdict


@pytest.mark.parametrize("said", [
    # a rate the filed balances do not bear out: never supported
    "Inventories rose 31% from a year earlier by the close of its fourth quarter, which ended "
    "Aug. 28.",
    # a day no loaded filing's period ends on: which year is not said, never pinned
    "Inventories rose 26% from a year earlier by the close of its second quarter, which ended "
    "Feb. 13.",
])
def test_a_quarters_ending_day_pins_no_other_figure(said):
    facts = _warehouse_club()
    found = verify_text(_CALENDAR_YEAR_FIRST.format(said), facts)
    assert found["31%" if "31%" in said else "26%"].verdict != "supported"
