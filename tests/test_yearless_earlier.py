"""A figure dated by a day or a quarter written without its year ("for the quarter ended March
29", "in the quarter") and borne out only by an earlier year's period than the latest the filing
states is not pinned (unverifiable), as an undated figure is (``discipline_earlier``): each year
has such a day. The device maker's fiscal Q2 2025 10-Q: net sales 95,359 (quarter ended March
29, 2025) against 90,753 (quarter ended March 30, 2024); services 26,645 against 23,867."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

AAPL_Q = ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", "0000320193-25-000057", "10-Q",
          date(2025, 5, 2))


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AAPL_Q)).items()}


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    # the year-before quarter's net sales under the day the quarter just reported ended
    ("The device maker said that for the quarter ended March 29, net sales were $90.8 "
     "billion.", "$90.8 billion"),
    # the year-before quarter's services revenue in a quarter with no number and no year
    ("In the quarter, iPhone sales held up. Net income rose as services revenue climbed to "
     "$23.9 billion.", "$23.9 billion"),
])
def test_a_yearless_figure_fitting_only_an_earlier_year_is_not_supported(text, key):
    assert _verdicts(text)[key] == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    # the latest quarter's figure under its yearless day
    ("The device maker said that for the quarter ended March 29, net sales were $95.4 "
     "billion.", "$95.4 billion"),
    # the earlier year's figure said to be a year back
    ("For the quarter ended March 29, net sales were $95.4 billion, up from $90.8 billion a "
     "year earlier.", "$90.8 billion"),
    # the earlier quarter named with its year
    ("For the quarter ended March 30, 2024, net sales were $90.8 billion.", "$90.8 billion"),
    ("In the quarter, iPhone sales held up. Services revenue climbed to $26.6 billion.",
     "$26.6 billion"),
])
def test_a_yearless_latest_figure_or_an_earlier_one_said_so_keeps_its_support(text, key):
    assert _verdicts(text)[key] == "supported"


HD_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185", "10-Q",
        date(2023, 8, 21))


@pytest.mark.corpus
def test_a_yearless_day_that_is_the_earlier_quarters_own_end_pins_it():
    # a home-improvement retailer's 52/53-week quarters: July 30, 2023 and July 31, 2022
    got = {k: v.verdict for k, v in verify_text(
        "For the quarter ended July 31, sales were $43.8 billion. For the quarter ended July "
        "30, sales were $43.8 billion.", stored_corpus_facts(*HD_Q)).items()}
    assert got["$43.8 billion"] != "supported"  # the later one: July 30 is the latest quarter
    first = {k: v.verdict for k, v in verify_text(
        "For the quarter ended July 31, sales were $43.8 billion.",
        stored_corpus_facts(*HD_Q)).items()}
    assert first["$43.8 billion"] == "supported"
