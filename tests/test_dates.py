"""core.dates (the month table, the date parser, same_period, period arithmetic) and
core.period_phrases (the one reader of period phrases, for filings and articles)."""

from __future__ import annotations

from datetime import date

import pytest

from core.dates import (
    MONTH_ABBR,
    MONTHS,
    derive_start,
    display_date,
    is_week_calendar,
    month_end,
    months_before,
    parse_date,
    same_period,
)
from core.period_phrases import ARTICLES, FILINGS, PeriodContext, find_periods


@pytest.mark.parametrize("text", [
    "December 31, 2025", "Dec. 31, 2025", "Dec 31 2025", "DECEMBER 31, 2025", "december 31, 2025",
    " December 31, 2025 ", "2025-12-31",
])
def test_parse_date_reads_every_written_form_and_iso(text):
    assert parse_date(text) == date(2025, 12, 31)


@pytest.mark.parametrize("text", ["Sept. 30, 2025", "Sep 30, 2025", "September 30, 2025"])
def test_parse_date_reads_september_three_ways(text):
    assert parse_date(text) == date(2025, 9, 30)


@pytest.mark.parametrize("text", [
    "February 30, 2025", "Smarch 3, 2025", "2025", "2025-13-01", "", "June 30", "next year",
])
def test_parse_date_is_none_for_what_is_no_date(text):
    assert parse_date(text) is None


def test_month_tables_agree():
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
    assert len(set(MONTHS.values())) == 12
    assert [MONTHS[a.lower()] for a in MONTH_ABBR] == list(range(1, 13))
    assert display_date(date(2026, 1, 31)) == "Jan 31, 2026"


def test_same_period_slack_and_instants():
    q = (date(2025, 4, 28), date(2025, 7, 27))
    assert same_period(q, (date(2025, 4, 27), date(2025, 7, 27)))
    assert same_period(q, (date(2025, 4, 21), date(2025, 7, 27)))
    assert not same_period(q, (date(2025, 4, 20), date(2025, 7, 27)))
    assert same_period(q, (date(2025, 4, 20), date(2025, 7, 27)), slack_days=8)
    assert not same_period(q, (date(2025, 4, 28), date(2025, 7, 26)))  # ends must be equal
    assert not same_period(q, (None, date(2025, 7, 27)))  # a duration is no instant
    assert same_period((None, date(2025, 12, 31)), (None, date(2025, 12, 31)))
    assert not same_period((None, None), (None, None))  # no end is no period


def test_period_arithmetic_month_ends_and_week_calendars():
    assert months_before(date(2026, 6, 30), 6) == date(2026, 1, 1)
    assert months_before(date(2025, 2, 28), 3) == date(2024, 12, 1)  # month end to month end
    assert months_before(date(2025, 3, 29), 3) == date(2024, 12, 30)
    assert month_end(date(2024, 2, 3)) == date(2024, 2, 29)
    assert not is_week_calendar(date(2025, 6, 30))
    assert is_week_calendar(date(2025, 7, 27))
    assert derive_start(date(2024, 11, 2), 3) == date(2024, 8, 4)  # 13 weeks
    assert derive_start(date(2024, 11, 2), 9) == date(2024, 2, 4)  # 39 weeks


def test_find_periods_filing_respectively_list():
    [phrase] = find_periods("for the years ended December 31, 2025 and 2024, respectively")
    assert phrase.periods == ((date(2025, 1, 1), date(2025, 12, 31)),
                              (date(2024, 1, 1), date(2024, 12, 31)))
    assert (phrase.kind, phrase.label) == ("year", "FY ended 2025-12-31")
    assert (phrase.start, phrase.end) == phrase.periods[0]


def test_find_periods_filing_instants_and_week_lists():
    text = "as of December 31, 2025 and 2024 and at Sept. 30, 2025"
    phrases = find_periods(text)
    assert [p.periods for p in phrases] == [
        ((None, date(2025, 12, 31)), (None, date(2024, 12, 31))),
        ((None, date(2025, 9, 30)),),
    ]
    assert all(p.instant for p in phrases)
    ctx = PeriodContext(stated_dates=frozenset({date(2024, 7, 28)}))
    [phrase] = find_periods("for the three months ended July 27, 2025 and 2024", ctx)
    assert phrase.periods[1] == (date(2024, 4, 29), date(2024, 7, 28))


def test_find_periods_filings_read_no_article_labels():
    assert find_periods("revenue grew in Q2 2026 and in fiscal 2025") == []
    assert find_periods("the second quarter of fiscal year 2026") == []  # needs the context


def test_find_periods_article_phrasings():
    text = ("In the quarter ended June 30, 2026, revenue rose; Q2 2026 beat fiscal 2025 and "
            "the June 2025 quarter, as of 2026-06-30.")
    found = [(p.label, p.kind, p.start, p.end) for p in find_periods(text, reading=ARTICLES)]
    assert found == [
        ("3 months ended 2026-06-30", "quarter", date(2026, 4, 1), date(2026, 6, 30)),
        ("Q2 2026", "quarter", date(2026, 4, 1), date(2026, 6, 30)),
        ("FY2025", "year", date(2025, 1, 1), date(2025, 12, 31)),
        ("3 months ended 2025-06-30", "quarter", date(2025, 4, 1), date(2025, 6, 30)),
        ("as of 2026-06-30", "instant", None, date(2026, 6, 30)),
    ]


def test_articles_read_a_list_first_date_and_its_years_apart():
    text = "for the years ended December 31, 2025 and 2024"
    article = find_periods(text, reading=ARTICLES)
    assert [(p.label, text[p.span[0]:p.span[1]]) for p in article] == [
        ("FY ended 2025-12-31", "years ended December 31, 2025"), ("FY2024", "2024")]
    [filing] = find_periods(text, reading=FILINGS)
    assert filing.span == (8, len(text))


def test_fiscal_parts_resolve_against_the_document_context():
    ctx = PeriodContext(date(2025, 7, 27), 2, 2026, frozenset({date(2024, 7, 28)}))
    [q] = find_periods("For the second quarter of fiscal year 2026, sales", ctx)
    assert q.periods == ((date(2025, 4, 28), date(2025, 7, 27)),)
    assert q.kind == "quarter"


def test_one_home_for_every_date_and_period_name():
    from core import dates, period_phrases
    from extractors import periods, textperiods
    from pipeline.verify import claims_context

    assert textperiods.find_periods is period_phrases.find_periods
    assert textperiods.PeriodPhrase is claims_context.Period is period_phrases.PeriodPhrase
    assert textperiods.PeriodContext is period_phrases.PeriodContext
    assert textperiods.same_period is dates.same_period
    assert periods.months_before is dates.months_before
    assert textperiods.parse_date("Dec. 31, 2025") == dates.parse_date("Dec. 31, 2025")
    text = "Q2 2026 revenue, up from the quarter ended June 30, 2025"
    assert claims_context.find_periods(text) == find_periods(text, reading=ARTICLES)


def test_cli_and_submissions_dates_parse_iso_and_keep_their_errors():
    from core.errors import ParsingError, ValidationError
    from pipeline import submissions
    from pipeline.cli_common import parse_flag_date

    assert parse_flag_date("2025-01-31", "--since") == date(2025, 1, 31)
    with pytest.raises(ValidationError, match="--since '31/01/2025' is not a date"):
        parse_flag_date("31/01/2025", "--since")
    assert submissions._parse_date("2025-01-31T00:00:00.000Z", "0001") == date(2025, 1, 31)
    with pytest.raises(ParsingError, match="filing 0001 has an unreadable date"):
        submissions._parse_date("soon", "0001")
