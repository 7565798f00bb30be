"""Fiscal quarters as articles name them, and a filer's fiscal calendar read from its own
filing: the phrases are paraphrases, the filings real corpus documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.period_phrases import ARTICLES, find_periods
from pipeline.config import load_settings
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file


@pytest.mark.parametrize(("text", "label"), [
    ("the second quarter (Q2) of the fiscal year 2026 brought records", "fiscal Q2 2026"),
    ("still below Q2 of the fiscal year 2025 (75.1%)", "fiscal Q2 2025"),
    ("posted its fiscal second-quarter (Q2) earnings for 2025 on Thursday", "fiscal Q2 2025"),
    ("fiscal Q1 2024 results", "fiscal Q1 2024"),
    ("first-quarter fiscal 2024 earnings", "fiscal Q1 2024"),
    ("in its fiscal first quarter of 2024", "fiscal Q1 2024"),
    ("fiscal 2024 third quarter sales", "fiscal Q3 2024"),
    ("fiscal year 2024 first-quarter revenue", "fiscal Q1 2024"),
    ("the 2024 fourth quarter", "Q4 2024"),
    ("Q1 FY24 revenue", "fiscal Q1 2024"),
    ("FY24 Q1 revenue", "fiscal Q1 2024"),
    ("the first quarter of its 2024 fiscal year", "fiscal Q1 2024"),
    ("3Q 2024 net income", "Q3 2024"),
])
def test_quarter_phrasings_name_the_quarter_not_the_year(text, label):
    found = find_periods(text, reading=ARTICLES)
    assert [p.label for p in found] == [label]
    assert found[0].kind == "quarter"


def test_a_year_alone_is_still_a_year():
    assert [p.label for p in find_periods("sales rose 5% in 2023", reading=ARTICLES)] == [
        "FY2023"]


UTILITY = """The gas utility reported first-quarter fiscal 2024 operating revenues of
$756.6 million, down from $814 million in the year-ago quarter. Operating income was $139.2 million.
Our model predicted an operating income of $139.9 million for the same quarter.
Revenues from this segment totaled $715.2 million, down 2.4% from the prior-year quarter.
Net cash provided by operating activities in the fiscal first-quarter totaled $70 million
against $170.8 million cash used in the year-ago period.
The company earned $1.47 per share, ahead of the consensus estimate of $1.37.
"""


@pytest.fixture(scope="module")
def utility(tmp_path_factory):
    """A first-quarter 10-Q of a fiscal year ending September 30 (the quarter ended December
    31, 2023): none of its figures spans more than the quarter."""
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("dev/10-Q_SR_2023-12-31.html"), cik=1126956, form="10-Q",
                filed_date=date(2024, 2, 1))
    return settings


def verify_text(settings, tmp_path, text: str, cik: int) -> dict:
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    outcome = verify_article_source(settings, str(path), cik=cik)
    return {v.claim.text: v for v in outcome.results[0].verifications}


def test_first_quarter_10q_dates_its_fiscal_year_by_its_balance_sheet(utility, tmp_path):
    found = verify_text(utility, tmp_path, UTILITY, 1126956)
    revenue = found["$756.6 million"]
    assert revenue.verdict == "supported" and revenue.claim.period_label == "fiscal Q1 2024"
    assert revenue.evidence[0].period_end == date(2023, 12, 31)
    assert found["$814 million"].verdict == "supported"
    assert found["$814 million"].filed_value == Decimal("814000000")
    assert found["$139.2 million"].verdict == "supported"
    # the quarter a balance's date stood before is still the filer's first quarter
    assert found["$70 million"].verdict == "supported"
    assert found["$170.8 million"].verdict == "supported"  # "cash used": an outflow


def test_what_a_fiscal_quarter_reveals_is_never_drifted(utility, tmp_path):
    found = verify_text(utility, tmp_path, UTILITY, 1126956)
    assert found["$139.9 million"].verdict == "not_checkable"  # a model's prediction
    # a segment the sentence does not name is not the company's total, nor is its growth
    assert found["$715.2 million"].verdict == "unverifiable"
    assert found["2.4%"].verdict == "unverifiable"
    # per-share earnings set against analysts' consensus may be the adjusted figure
    eps = found["$1.47 per share"]
    assert eps.verdict == "unverifiable" and "analysts" in eps.reason


PHONES = """The maker of phones reported its fiscal second-quarter (Q2) earnings for 2025, with
revenue of $95.36 billion and net income of $24.78 billion.
The services division achieved a record revenue of $26.65 billion.
"""


def test_fiscal_quarter_named_before_its_year_and_a_lowercase_division(tmp_path_factory,
                                                                       tmp_path):
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("10q-aapl-0000320193-25-000057/aapl-20250329.htm"),
                cik=320193, form="10-Q", accession="0000320193-25-000057",
                filed_date=date(2025, 5, 2))
    found = verify_text(settings, tmp_path, PHONES, 320193)
    revenue = found["$95.36 billion"]
    assert revenue.verdict == "supported" and revenue.filed_value == Decimal("95359000000")
    assert found["$24.78 billion"].verdict == "supported"
    services = found["$26.65 billion"]
    assert services.claim.entity == "services" and services.verdict != "drifted"


CHIPS = """The chipmaker's quarter in numbers

Metric Q2 2022 Q2 2023 Change
Revenue $6.55 billion  $5.36 billion (18%)
GAAP operating income $526 million ($20 million)
A loss where a profit stood
GAAP net income $447 million $27 million (94%)
"""


def test_spaced_table_columns_and_week_calendar_quarters(tmp_path_factory, tmp_path):
    """A copy's table flattened into spaces dates each amount by its column; its 'Q2 2022'
    is the filer's quarter ended June 25, 2022 (a 52/53-week calendar)."""
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("10q-10k/10-Q_AMD_0000002488-23-000139.html"), cik=2488,
                form="10-Q", accession="0000002488-23-000139", filed_date=date(2023, 8, 2))
    found = verify_text(settings, tmp_path, CHIPS, 2488)
    for text, label in (("$6.55 billion", "Q2 2022"), ("$5.36 billion", "Q2 2023"),
                        ("$526 million", "Q2 2022"), ("($20 million)", "Q2 2023"),
                        ("$447 million", "Q2 2022"), ("$27 million", "Q2 2023")):
        assert found[text].claim.period_label == label, text
        assert found[text].verdict == "supported", (text, found[text].reason)
    assert found["$526 million"].evidence[0].period_end == date(2022, 6, 25)


RESTAURANTS = """The restaurant company expects a weaker first quarter of 2009.
For the quarter ended Dec. 27, it earned $204 million, or 43 cents per share, compared with
year-earlier earnings of $231 million, or 44 cents per share.
"""


def test_yearless_quarter_end_finds_the_16_week_fourth_quarter(tmp_path_factory, tmp_path):
    """'The quarter ended Dec. 27' with no year, after a sentence about the next year's first
    quarter: the filer's fourth quarter (16 weeks, in its 10-K's quarterly note), and the
    base 'year-earlier earnings' the fourth quarter a year before."""
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("dev/10-K_YUM_0001041061-09-000077.html"), cik=1041061,
                form="10-K", filed_date=date(2009, 2, 23))
    found = verify_text(settings, tmp_path, RESTAURANTS, 1041061)
    for text, value in (("$204 million", "204000000"), ("43 cents per share", "0.43"),
                        ("$231 million", "231000000"), ("44 cents per share", "0.44")):
        assert found[text].verdict == "supported", (text, found[text].reason)
        assert found[text].filed_value == Decimal(value)
    assert found["$204 million"].evidence[0].period_end == date(2008, 12, 27)
    assert found["$231 million"].evidence[0].period_end == date(2007, 12, 29)


BANK = """The bank announced its results for the first quarter of 2022.
Adjusted profit fell to $3.29 per share in the latest quarter from $4.11 per share a year earlier.
Net income was $1.43 billion during the three-month period, compared to $1.83 billion or $4.10 per
share in the first quarter of 2021.
"""


def test_the_period_of_a_comparisons_base_is_not_the_sentences(tmp_path_factory, tmp_path):
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("dev/EX-99.1_PNC_2022-03-31.html"), cik=713676,
                form="8-K", filed_date=date(2022, 4, 14))
    found = verify_text(settings, tmp_path, BANK, 713676)
    assert found["$1.43 billion"].claim.period_label == "Q1 2022"
    assert found["$1.43 billion"].verdict == "supported"
    assert found["$1.83 billion"].claim.period_label == "Q1 2021"
    assert found["$1.83 billion"].verdict == "supported"


def test_summary_bullets_after_footnote_marks_are_sentences():
    from pipeline.verify.claims_context import split_sentences

    text = ("Net sales for Q2 were $42.9 billion, down 2% from $43.8 billion[9] - Gross profit "
            "was $14.2 billion[9] - For the quarter ended Dec. 27, net income was $5 million.")
    assert [s.text for s in split_sentences(text)] == [
        "Net sales for Q2 were $42.9 billion, down 2% from $43.8 billion[9]",
        "Gross profit was $14.2 billion[9]",
        "For the quarter ended Dec. 27, net income was $5 million."]


CHIPMAKER = """For the second quarter (Q2) of the fiscal year 2026, revenue hit $46.7 billion,
6% up from the previous quarter.
The gross margin reached 72.4% in the second quarter, up 11.9 points from Q1, still below Q2 of
the fiscal year 2025 (75.1%).
"""


def test_sequential_change_of_a_fiscal_quarter(tmp_path_factory, tmp_path):
    """'6% up from the previous quarter' is recomputed from the filer's fiscal Q1 2026, which
    its 10-Q's MD&A table states beside the quarter; a relative 'the second quarter' before a
    year-earlier quarter the sentence names is the quarter in force."""
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"),
                cik=1045810, form="10-Q", accession="0001045810-25-000209",
                filed_date=date(2025, 8, 27))
    found = verify_text(settings, tmp_path, CHIPMAKER, 1045810)
    assert found["$46.7 billion"].claim.period_label == "fiscal Q2 2026"
    sequential = found["6%"]
    assert sequential.verdict == "supported", sequential.reason
    assert sequential.arithmetic.startswith("46,743,000,000 / 44,062,000,000 - 1")
    assert found["72.4%"].verdict == "supported"
    assert found["72.4%"].claim.period_label == "fiscal Q2 2026"
    assert found["11.9 points"].verdict == "supported"
    assert found["(75.1%"].verdict == "supported"


APPAREL = """For the third quarter of fiscal 2024, net sales decreased to $293.6 million.
For the first three quarters of the fiscal year, total sales fell to $838.5 million, down 4.6%
from $878.7 million in the prior year.
Net income for the quarter was $44.2 million, down from $51.8 million a year earlier.
"""


def test_year_to_date_is_the_fiscal_year_to_the_quarters_end(tmp_path_factory, tmp_path):
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html"),
                cik=885245, form="8-K", filed_date=date(2024, 11, 22))
    found = verify_text(settings, tmp_path, APPAREL, 885245)
    for text, value in (("$838.5 million", "838490000"), ("$44.2 million", "44172000"),
                        ("$51.8 million", "51762000")):
        assert found[text].verdict == "supported", (text, found[text].reason)
        assert found[text].filed_value == Decimal(value)
    assert found["4.6%"].verdict == "supported"
    assert found["$838.5 million"].claim.period_label == "fiscal 9M 2024"


EXACT_WEEKS = """Net sales for the 13-week period ended November 2, 2024 were $293.6 million.
Net income for the 13-week period ended November 2, 2024 was $44.2 million, compared with
$51.8 million for the prior year 13-week period.
"""


def test_the_year_before_an_exactly_dated_quarter_is_the_filed_one_within_a_week(
        tmp_path_factory, tmp_path):
    """A quarter dated by its last day, then "the prior year 13-week period": a calendar year
    back is November 4, 2023, but the retailer's 2023 quarter ended October 28 (its fiscal
    2023 had 53 weeks). The filed quarter ending within a week is the one meant."""
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html"),
                cik=885245, form="8-K", filed_date=date(2024, 11, 22))
    found = verify_text(settings, tmp_path, EXACT_WEEKS, 885245)
    assert found["$51.8 million"].verdict == "supported", found["$51.8 million"].reason
    assert found["$51.8 million"].evidence[0].period_end == date(2023, 10, 28)
