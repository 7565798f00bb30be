"""A quarter an article names without its year ("its fourth fiscal quarter"), and the periods
relative to it ("a year ago", "for the fiscal year"), dated by the loaded filing that reports
that quarter (``pipeline.verify.report_period``); left undated when no filing, or two filings
of different periods, report it.

The sentences are written for these tests (paraphrases, not third-party text); the filing is
Microsoft's FY2013 10-K read in place from the corpus, or a few stored facts built here."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact


def _verify(text: str, facts: list[StoredFact]) -> dict:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {v.claim.text: v for v in verify_claims(claims, facts)}


@pytest.fixture(scope="module")
def software() -> list[StoredFact]:
    path = corpus_file("dev/10-K_MSFT_0001193125-13-310206.html")
    facts = extract_document(path.read_bytes(), document=path.name, form="10-K")
    return [StoredFact(f"f{i}", fact, 789019, "0001193125-13-310206", "10-K",
                       date(2013, 7, 30), path.name, f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


# A paraphrase of a fiscal-year-end recap that never names the year (Microsoft's fiscal 2013):
# the fourth quarter is the one the 10-K closes, "a year ago" the same quarter of fiscal 2012.
RECAP = ("The software maker fell short of forecasts for its fourth fiscal quarter.\n\n"
         "It earned net income of $4.97 billion on revenue of $19.90 billion. Revenue was up "
         "10.2 percent from a year ago, when the company reported a loss of $492 million. For "
         "the fiscal year, it earned net income of {year_income} on revenue of $77.85 billion.")


@pytest.mark.corpus
def test_a_yearless_fourth_quarter_is_the_one_the_annual_report_closes(software):
    found = _verify(RECAP.format(year_income="$21.86 billion"), software)
    quarter = found["$19.90 billion"].claim
    assert (quarter.period_start, quarter.period_end) == (date(2013, 4, 1), date(2013, 6, 30))
    base = found["$492 million"].claim
    assert (base.metric, base.value) == ("net_income", Decimal("-492000000"))
    assert (base.period_start, base.period_end) == (date(2012, 4, 1), date(2012, 6, 30))
    year = found["$77.85 billion"].claim
    assert (year.period_start, year.period_end) == (date(2012, 7, 1), date(2013, 6, 30))
    assert {k: v.verdict for k, v in found.items()} == dict.fromkeys(
        ["$4.97 billion", "$19.90 billion", "10.2 percent", "$492 million", "$21.86 billion",
         "$77.85 billion"], "supported")


@pytest.mark.corpus
def test_a_wrong_full_year_figure_after_a_yearless_quarter_is_drifted(software):
    found = _verify(RECAP.format(year_income="$26.86 billion"), software)
    assert found["$26.86 billion"].verdict == "drifted"
    assert found["$26.86 billion"].filed_value == Decimal("21863000000")


@pytest.mark.corpus
def test_a_charge_after_a_sales_cue_is_not_revenue(software):
    found = _verify("For its fourth fiscal quarter, weak sales of its tablet forced the "
                    "company to take a $900 million charge.", software)
    # the charge the 10-K states for that quarter (its only one), never revenue
    assert found["$900 million"].claim.metric == "stated_charge"
    assert found["$900 million"].verdict == "supported"
    assert "Surface RT inventory" in found["$900 million"].reason


def _stored(accession: str, form: str, filed: date, metric: str, value: str,
            period: tuple[date, date]) -> StoredFact:
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-6,
                sources=(Source("doc.htm", "tables", "1.0", table=1, row=metric, text=value),))
    fact_id = hashlib.sha256(f"{accession}{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, accession, form, filed, "doc.htm", "https://x/doc.htm")


Q4_24, Q4_23 = (date(2024, 10, 1), date(2024, 12, 31)), (date(2023, 10, 1), date(2023, 12, 31))
Q4_22 = (date(2022, 10, 1), date(2022, 12, 31))
Y24, Y23 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2023, 1, 1), date(2023, 12, 31))
K24 = ("0000000001-25-000001", "10-K", date(2025, 2, 20))
K23 = ("0000000001-24-000001", "10-K", date(2024, 2, 20))
ANNUAL_24 = [_stored(*K24, "revenue", value, period) for value, period in (
    ("900000000", Q4_24), ("800000000", Q4_23), ("3500000000", Y24), ("3000000000", Y23))]
ANNUAL_23 = [_stored(*K23, "revenue", value, period) for value, period in (
    ("800000000", Q4_23), ("700000000", Q4_22), ("3000000000", Y23))]


def test_the_year_ago_quarter_framing_a_sentence_dates_its_figures():
    found = _verify("Fourth-quarter results.\n\nFor the fourth quarter, revenue was $900 "
                    "million. For the year-ago quarter, revenue was $800 million.", ANNUAL_24)
    assert found["$800 million"].claim.period_end == date(2023, 12, 31)
    assert found["$800 million"].verdict == "supported"
    wrong = _verify("Fourth-quarter results.\n\nFor the fourth quarter, revenue was $900 "
                    "million. For the year-ago quarter, revenue was $750 million.", ANNUAL_24)
    assert wrong["$750 million"].verdict == "drifted"


def test_two_annual_reports_leave_a_yearless_quarter_undated():
    text = "Fourth-quarter results.\n\nFor the fourth quarter, revenue was {}."
    both = ANNUAL_24 + ANNUAL_23
    # the value decides between the two fourth quarters; one matching neither is unverifiable
    assert _verify(text.format("$800 million"), both)["$800 million"].verdict == "supported"
    other = _verify(text.format("$650 million"), both)["$650 million"]
    assert other.verdict == "unverifiable" and other.claim.period_end is None
    # alone, the later report dates it: the same figure is then another year's, and drifted
    assert _verify(text.format("$800 million"), ANNUAL_24)["$800 million"].verdict == "drifted"


def test_a_quarter_no_loaded_filing_reports_stays_undated():
    found = _verify("Third-quarter results.\n\nFor the third quarter, revenue was $650 million.",
                    ANNUAL_24)
    assert found["$650 million"].claim.period_end is None
    assert found["$650 million"].verdict == "unverifiable"


@pytest.fixture(scope="module")
def retailer() -> list[StoredFact]:
    path = corpus_file("dev/10-K_M_0000794367-13-000092.html")
    facts = extract_document(path.read_bytes(), document=path.name, form="10-K")
    return [StoredFact(f"f{i}", fact, 794367, "0000794367-13-000092", "10-K",
                       date(2013, 4, 3), path.name, f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


# A paraphrase of a retailer's year-end recap (Macy's 53-week fiscal 2012, ended February 2,
# 2013): its "fourth quarter of 2012" is the quarter ending then, and the base of the
# comparison lost its "million" in the writing.
RETAIL = ("Retailer's fourth quarter.\n\nIn the 14-week fourth quarter of 2012, net sales were "
          "$9.35 billion and net income was $730 million, or $1.83 per diluted share. That "
          "compared with net income of {base}, or $1.74 per diluted share, in the year-prior "
          "period.")


@pytest.mark.corpus
def test_a_retailers_fourth_quarter_is_the_one_ending_its_fiscal_year(retailer):
    found = _verify(RETAIL.format(base="$745"), retailer)
    assert found["$730 million"].evidence[0].period_end == date(2013, 2, 2)
    assert found["$745"].claim.value == Decimal("745000000")  # the scale of $730 million
    assert {k: v.verdict for k, v in found.items()} == dict.fromkeys(
        ["$9.35 billion", "$730 million", "$1.83 per diluted share", "$745",
         "$1.74 per diluted share"], "supported")
    assert _verify(RETAIL.format(base="$755"), retailer)["$755"].verdict == "drifted"


def test_a_scale_is_carried_only_from_the_same_metric_just_before():
    claims = {c.text: c for c in extract_claims(Article("t", (
        "Net income was $730 million, and revenue was $745. A year earlier net income was "
        "$700. Two years earlier net income was $650."),
        "x"))}
    assert claims["$745"].value == Decimal("745")  # revenue: no revenue amount before it
    assert claims["$700"].value == Decimal("700000000")
    assert claims["$650"].value == Decimal("650")  # the amount before it states no scale


# A paraphrase of a year-end recap that never names its year: "last year" in its lead is the
# year the one loaded 10-K reports, and the sentences after it carry that year.
LAST_YEAR = ("Sales edged up by 16.7 per cent last year to {sales}. Net income came to "
             "{income}.")
INCOME = [_stored(*K24, "net_income", value, period) for value, period in (
    ("400000000", Y24), ("350000000", Y23))]


def test_last_year_in_a_lead_is_the_year_the_annual_report_closes():
    found = _verify(LAST_YEAR.format(sales="$3.5 billion", income="$400 million"),
                    ANNUAL_24 + INCOME)
    assert (found["$3.5 billion"].claim.period_start,
            found["$3.5 billion"].claim.period_end) == Y24
    assert found["$400 million"].claim.period_end == date(2024, 12, 31)  # carried forward
    assert {k: v.verdict for k, v in found.items()} == dict.fromkeys(
        ["16.7 per cent", "$3.5 billion", "$400 million"], "supported")
    # dated, another year's figure is wrong
    assert _verify(LAST_YEAR.format(sales="$3.5 billion", income="$380 million"),
                   ANNUAL_24 + INCOME)["$380 million"].verdict == "drifted"


def test_last_year_stays_undated_with_two_annual_reports_or_as_a_base():
    found = _verify(LAST_YEAR.format(sales="$3.2 billion", income="$410 million"),
                    ANNUAL_24 + ANNUAL_23 + INCOME)
    assert found["$3.2 billion"].claim.period_end is None
    assert found["$3.2 billion"].verdict == "unverifiable"
    # "from $X last year": a comparison's base, never the year the report closes
    base = _verify("Sales rose to $3.6 billion from $3.0 billion last year.", ANNUAL_24)
    assert base["$3.0 billion"].claim.period_end != date(2024, 12, 31)
    assert base["$3.0 billion"].verdict != "drifted"
