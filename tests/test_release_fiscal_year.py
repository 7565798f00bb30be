"""An earnings release of a 52/53-week filer dates its fiscal year by the year-end balance its
balance sheet compares with (the release holds no year-long figure to date it by): Adobe's
release for the quarter ended March 3, 2023 compares with December 2, 2022, so its "first
quarter of fiscal 2023" is December 2022 to March 2023, never January to March 2023.

The article text is the project's own paraphrase; the figures are the release's."""

from __future__ import annotations

from datetime import date

from pipeline.verify import fiscal
from tests.conftest import stored_corpus_facts, verify_text

ADOBE_RELEASE = ("8k-adbe-0000796343-23-000044/adbeex991q123.htm", "0000796343-23-000044",
                 "8-K", date(2023, 3, 15))


def _facts():
    return stored_corpus_facts(*ADOBE_RELEASE, cik=796343)


def test_the_release_dates_its_fiscal_year_from_the_balance_it_compares_with():
    calendar = fiscal.calendar_of(_facts())
    assert (calendar.start_month, calendar.start_day) == (12, 3)
    assert calendar.label(date(2023, 3, 3)) == 2023
    assert calendar.quarter(date(2023, 3, 3)) == 1


def test_a_fiscal_quarter_named_by_an_article_finds_the_release_figures():
    verdicts = verify_text(
        "In the first quarter of fiscal 2023, the software maker's revenue was $4.66 billion "
        "and its GAAP net income was $1.25 billion. Revenue was $4.26 billion a year earlier.",
        _facts())
    assert verdicts["$4.66 billion"].verdict == "supported"
    assert verdicts["$1.25 billion"].verdict == "supported"
    assert verdicts["$4.26 billion"].verdict == "supported"


def test_a_release_whose_quarters_are_calendar_quarters_keeps_the_calendar_year():
    """A bank's release compares with the quarter before as well as the year end; its
    calendar quarters keep the calendar year (the comparison date would give October)."""
    facts = stored_corpus_facts("dev/EX-99.1_USB_2021-12-31.html", "usb", "8-K",
                                date(2022, 1, 19), cik=36104)
    assert fiscal.calendar_of(facts).is_calendar
