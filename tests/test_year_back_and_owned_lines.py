"""Periods named relative to the year in force ("last year's fourth quarter", "two years
earlier", "last year, ... grew"), a quarter named without "fiscal" for a non-calendar filer,
a part named before "growth to", and the consolidated net income line a filer prints above
the noncontrolling interests' share. The sentences are paraphrases; the filings are real
corpus documents."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.period_phrases import PeriodPhrase
from core.verdicts import Article
from extractors.document import parse_document
from extractors.tables import extract_table_facts
from pipeline.config import load_settings
from pipeline.verify.api import verify_article_source
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_relative import relative_periods
from pipeline.verify.claims_segments import revenue_segment
from pipeline.verify.entities import same_segment
from pipeline.verify.fiscal import FiscalCalendar, quarter_named_twice
from tests.conftest import corpus_file


def claims_of(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def verify_text(settings, tmp_path, text: str, cik: int) -> dict:
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    outcome = verify_article_source(settings, str(path), cik=cik)
    return {v.claim.text: v for v in outcome.results[0].verifications}


def loaded(tmp_path_factory, relative: str, cik: int, form: str, filed: date):
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    ingest_file(settings, corpus_file(relative), cik=cik, form=form, filed_date=filed)
    return settings


def test_last_years_quarter_is_that_quarter_a_year_back():
    q1 = PeriodPhrase("Q1 2021", date(2021, 1, 1), date(2021, 3, 31), (0, 0), "quarter")
    found = relative_periods("In last year's third quarter, revenue was higher.", q1, [])
    assert [(p.label, p.kind) for p in found] == [("Q3 2020", "back")]
    q4 = PeriodPhrase("Q4 2020", date(2020, 10, 1), date(2020, 12, 31), (0, 0), "quarter")
    found = relative_periods("The prior year's quarter was weaker.", q4, [])
    assert [p.label for p in found] == ["Q4 2019"]


def test_n_years_earlier_goes_back_that_many_years():
    found = claims_of("Sales rose 17% in 2023. Government buyers took 55% of sales in 2023, "
                      "compared with 58% two years earlier.")
    assert found["58%"].period_label == "FY2021"
    assert found["55%"].period_label == "FY2023"


def test_a_year_back_that_opens_a_clause_dates_its_growth_rate():
    text = ("The phone maker's fiscal Q2 2025 revenue was $95.36 billion, and a year before, "
            "its services division grew 14.2% during the March quarter.")
    rate = claims_of(text)["14.2%"]
    assert rate.period_label == "fiscal Q2 2024" and rate.entity == "services"
    # a comparison's base is still not the rate's own period
    rate = claims_of("The phone maker's fiscal Q2 2025 revenue of $95.36 billion was up 5% "
                     "from a year before.")["5%"]
    assert rate.period_label == "fiscal Q2 2025"


@pytest.mark.parametrize(("before", "part"), [
    ("The chief executive praised Services growth to ", "Services"),
    ("He praised Cloud growth to ", "Cloud"),
    ("Strong growth to ", None),  # an adjective opening the sentence names no part
    ("Revenue growth to ", None),
    ("Last year, Orchard's services division grew ", "services"),
])
def test_the_part_named_before_growth_to(before, part):
    assert revenue_segment(before) == part


def test_a_plural_part_is_the_members_singular():
    assert same_segment("Services", "Service")
    assert same_segment("Products", "Product")
    assert not same_segment("Services", "Sales")


@pytest.fixture(scope="module")
def phones(tmp_path_factory):
    return loaded(tmp_path_factory, "10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                  320193, "10-Q", date(2025, 5, 2))


PHONES = """The maker of phones posted fiscal Q2 2025 revenue of $95.36 billion.
The chief executive praised Services growth to $26.65 billion of revenue in the quarter, a rise of
11.6% on the year. A year before, its services division grew 14.2% during the March quarter.
"""


def test_a_part_growing_to_a_level_is_the_parts(phones, tmp_path):
    found = verify_text(phones, tmp_path, PHONES, 320193)
    assert found["$26.65 billion"].verdict == "supported"
    assert found["$26.65 billion"].filed_value == Decimal("26645000000")
    assert found["11.6%"].verdict == "supported"
    # the prior year's growth: the 10-Q has no quarter two years back
    assert found["14.2%"].verdict == "unverifiable"


@pytest.fixture(scope="module")
def database_vendor(tmp_path_factory):
    return loaded(tmp_path_factory, "10q-10k/10-Q_ORCL_0000950170-23-047713.html", 1341439,
                  "10-Q", date(2023, 9, 12))


def test_a_quarter_named_without_fiscal_may_be_either_of_two(database_vendor, tmp_path):
    # a fiscal year to May: its Q1 2024 ended in August 2023
    found = verify_text(database_vendor, tmp_path,
                        "Revenue for the first quarter of 2023 was $12.45 billion.", 1341439)
    assert found["$12.45 billion"].verdict == "supported"
    assert found["$12.45 billion"].evidence[0].period_end == date(2023, 8, 31)
    found = verify_text(database_vendor, tmp_path,
                        "Revenue for the first quarter of 2023 was $12.9 billion.", 1341439)
    assert found["$12.9 billion"].verdict == "unverifiable"
    found = verify_text(database_vendor, tmp_path,
                        "Revenue for the fiscal first quarter of 2023 was $12.45 billion.",
                        1341439)
    assert found["$12.45 billion"].verdict == "drifted"  # "fiscal": the filer's own Q1 2023


def test_which_quarter_labels_name_two_quarters():
    to_may = FiscalCalendar(6, 1)
    assert quarter_named_twice("Q1 2023", to_may)
    assert not quarter_named_twice("Q3 2023", to_may)  # ends in February 2023 either way
    assert not quarter_named_twice("fiscal Q1 2023", to_may)
    assert not quarter_named_twice("Q1 2023", FiscalCalendar())


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    return loaded(tmp_path_factory, "dev/EX-99.1_PNC_2020-12-31.html", 713676, "8-K",
                  date(2021, 1, 15))


def test_net_income_above_the_noncontrolling_share_is_the_consolidated_line():
    path = corpus_file("dev/EX-99.1_PNC_2020-12-31.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    end = date(2020, 12, 31)
    quarter = [f for f in facts if f.period_end == end and f.period_start == date(2020, 10, 1)]
    assert {f.value for f in quarter if f.metric == "net_income_including_noncontrolling"} == {
        Decimal(1456000000)}
    assert not [f for f in quarter if f.metric == "net_income"]


BANK = """The lender's fourth-quarter net income attributable to the company came to
$1.44 billion. In the year-ago quarter, net income was $1.37 billion.
Fourth-quarter net income was $1.46 billion. Revenue in the quarter was $4.21 billion.
In last year's fourth quarter, revenue had been $4.32 billion, with net interest income of
$2.49 billion.
"""


def test_the_bank_quarter_a_year_back_and_its_owners_share(bank, tmp_path):
    found = verify_text(bank, tmp_path, BANK, 713676)
    # the company's own share is not printed: never drifted from the consolidated line
    assert found["$1.44 billion"].verdict == "unverifiable"
    assert found["$1.37 billion"].verdict == "unverifiable"
    # the headline figure is the consolidated line, as the release prints it
    assert found["$1.46 billion"].verdict == "supported"
    assert found["$4.21 billion"].verdict == "supported"
    assert found["$4.32 billion"].verdict == "supported"
    assert found["$4.32 billion"].filed_value == Decimal(4321000000)
    assert found["$2.49 billion"].verdict == "supported"
