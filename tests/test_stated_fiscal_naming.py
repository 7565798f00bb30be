"""A fiscal year's name as the filer's cover states it (dei:DocumentFiscalYearFocus over the
period the filing reports, dei:DocumentFiscalPeriodFocus the part of the year it covers).

A software maker whose year runs February to January names the year ended January 31, 2025
"fiscal 2025"; a retailer whose year starts late in January names its year for the year it
starts in. Dates alone cannot tell the two apart, so without a stated naming the verifier reads
such a year both ways and lets the value decide; a wrong year's figure that is the other
reading's came back supported. With the cover's naming, the year is read one way only.

The article sentences are the project's own, written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache

import pytest

from core.facts import Fact
from core.rows_document import FISCAL_YEAR_NAMED
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from pipeline.verify import fiscal
from tests.conftest import corpus_file, stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

# the year ended January 31, 2025 (fiscal 2025): total revenues $37,895 million; the year
# before (fiscal 2024): $34,857 million
_CRM = ("dev/10-K_CRM_2025-01-31.html", "0001108524-25-000006", "10-K", date(2025, 3, 5))


@cache
def _crm_facts() -> tuple:
    return tuple(stored_corpus_facts(*_CRM, cik=1108524))


def _crm() -> list:
    """The 10-K's stored facts, read once for the module's tests."""
    return list(_crm_facts())


def _without_naming(facts: list) -> list:
    return [sf for sf in facts if sf.fact.metric != FISCAL_YEAR_NAMED]


def test_the_cover_states_the_fiscal_year_the_filing_reports():
    path = corpus_file(_CRM[0])
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    named = [f for f in facts if f.metric == FISCAL_YEAR_NAMED]
    assert [(f.value, f.basis, f.period_start, f.period_end) for f in named] == [
        (Decimal(2025), "FY", date(2024, 2, 1), date(2025, 1, 31))]


def test_a_year_tagged_inside_the_printed_date_of_a_cover_is_read():
    # a miner's 10-Q prints "For the quarterly period ended June 30, 2023", the year tagged
    # as the fiscal year focus inside the tagged date
    path = corpus_file("10q-10k/10-Q_MARA_0001493152-23-027174.html")
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    assert [(f.value, f.basis, f.period_end) for f in facts
            if f.metric == FISCAL_YEAR_NAMED] == [(Decimal(2023), "Q2", date(2023, 6, 30))]


def test_the_stated_naming_reads_a_year_from_february_one_way_only():
    facts = _crm()
    calendar = fiscal.calendar_of(facts)
    assert calendar.offset == 0 and not fiscal.is_ambiguous(calendar)
    wrong = "The cloud software company's total revenues for fiscal 2024 were $37.90 billion."
    assert verify_text(wrong, facts)["$37.90 billion"].verdict == "drifted"
    wrong_prior = "In fiscal 2025 the software maker booked revenue of $34.86 billion."
    assert verify_text(wrong_prior, facts)["$34.86 billion"].verdict == "drifted"


def test_the_stated_naming_still_supports_each_years_own_figure():
    facts = _crm()
    right = "The cloud software company's total revenues for fiscal 2025 were $37.90 billion."
    assert verify_text(right, facts)["$37.90 billion"].verdict == "supported"
    prior = "In fiscal 2024 the software maker booked revenue of $34.86 billion."
    assert verify_text(prior, facts)["$34.86 billion"].verdict == "supported"


def test_a_filer_whose_filings_state_no_naming_keeps_both_readings():
    facts = _without_naming(_crm())
    assert fiscal.is_ambiguous(fiscal.calendar_of(facts))
    either = "The cloud software company's total revenues for fiscal 2024 were $37.90 billion."
    assert verify_text(either, facts)["$37.90 billion"].verdict == "supported"


def test_a_retailer_that_names_its_year_for_the_year_it_starts_in():
    # a home improvement retailer's 10-Q: the second quarter of fiscal 2023 ended July 30,
    # 2023, in the year that ends in January 2024
    facts = stored_corpus_facts("10q-10k/10-Q_HD_0000354950-23-000185.html",
                                "0000354950-23-000185", "10-Q", date(2023, 8, 29), cik=354950)
    calendar = fiscal.calendar_of(facts)
    assert calendar.offset == -1 and not fiscal.is_ambiguous(calendar)
    unnamed = fiscal.calendar_of(_without_naming(facts))
    assert fiscal.is_ambiguous(unnamed)
    # the naming names the year; the figures' periods alone date it
    assert (calendar.start_month, calendar.start_day) == (unnamed.start_month, unnamed.start_day)


def _stated(facts: list, year: int, part: str) -> list:
    """The filing's facts with its cover's naming replaced by ``year`` and ``part``."""
    return [replace(sf, fact=_restated(sf.fact, year, part))
            if sf.fact.metric == FISCAL_YEAR_NAMED else sf for sf in facts]


def _restated(fact: Fact, year: int, part: str) -> Fact:
    return replace(fact, value=Decimal(year), basis=part)


@pytest.mark.parametrize(("year", "part"), [
    (2026, "FY"),  # a year named for neither the year it starts nor the one it ends in
    (2025, "Q2"),  # a period focus that is not the quarter the filing's period ends in
])
def test_a_cover_naming_the_calendar_cannot_read_is_passed_over(year, part):
    facts = _stated(_crm(), year, part)
    assert fiscal.is_ambiguous(fiscal.calendar_of(facts))
