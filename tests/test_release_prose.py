"""Earnings releases that print no statements state their results in sentences
(``extractors.release_prose``): a utility's 2006 results (EX-99.01 of its 8-K) and a small
biotech's 2024 results (EX-99.1), read in place from the development corpus. Each figure is
read with the one metric its words name and the one period its clause names, dated by the
release's stated year end and its dateline; the synthetic texts are the project's own."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.release_dates import release_calendar
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

FY06 = (date(2006, 1, 1), date(2006, 12, 31))
FY05 = (date(2005, 1, 1), date(2005, 12, 31))
Q4_06 = (date(2006, 10, 1), date(2006, 12, 31))
Q4_05 = (date(2005, 10, 1), date(2005, 12, 31))
FY24 = (date(2024, 1, 1), date(2024, 12, 31))
FY23 = (date(2023, 1, 1), date(2023, 12, 31))


def _read(name: str) -> dict[tuple, Decimal]:
    path = corpus_file(f"dev/{name}")
    found: dict[tuple, Decimal] = {}
    for fact in extract_document(path.read_bytes(), document=path.name, form="8-K"):
        assert (fact.metric, fact.period_start, fact.period_end) not in found
        found[(fact.metric, fact.period_start, fact.period_end)] = fact.value
    return found


@pytest.mark.corpus
def test_a_utility_release_in_prose_yields_its_earnings_per_share_and_revenues():
    facts = _read("EX-99.1_SO_0000092122-07-000008.html")
    assert facts == {
        ("net_income", *FY06): Decimal("1570000000"), ("eps_stated", *FY06): Decimal("2.12"),
        ("net_income", *FY05): Decimal("1590000000"), ("eps_stated", *FY05): Decimal("2.14"),
        # a yearless "fourth quarter" is the release's own (dated Jan. 25, 2007)
        ("net_income", *Q4_06): Decimal("188400000"), ("eps_stated", *Q4_06): Decimal("0.25"),
        ("net_income", *Q4_05): Decimal("158900000"), ("eps_stated", *Q4_05): Decimal("0.21"),
        ("revenue", *Q4_06): Decimal("3150000000"),
        # "in the same period a year earlier"
        ("revenue", *Q4_05): Decimal("3290000000"),
        ("revenue", *FY06): Decimal("14360000000"), ("revenue", *FY05): Decimal("13560000000"),
        # "Excluding the impact of <an item>, <it> earned $2.10 per share, up from $2.03 per
        # share in 2005": adjusted figures, the first of the year after the one it is
        # compared with (the year the release reports)
        ("eps_diluted_non_gaap", *FY06): Decimal("2.10"),
        ("eps_diluted_non_gaap", *FY05): Decimal("2.03"),
    }  # never a count of customers


@pytest.mark.corpus
def test_a_biotech_release_in_prose_yields_its_losses_and_expenses():
    facts = _read("EX-99.1_ABVC_0001213900-25-032135.html")
    assert facts == {
        ("revenue", *FY24): Decimal("509589"), ("revenue", *FY23): Decimal("152430"),
        ("operating_expenses", *FY24): Decimal("5210000"),
        ("operating_expenses", *FY23): Decimal("6620000"),
        ("stock_based_compensation", *FY24): Decimal("2770000"),
        ("stock_based_compensation", *FY23): Decimal("190000"),
        # "Net loss ... narrowed from $7.79 million in 2023 to $4.90 million in 2024"
        ("net_income", *FY23): Decimal("-7790000"), ("net_income", *FY24): Decimal("-4900000"),
    }  # not the milestone payments it may receive, nor a loss per share no period dates


RELEASE = ("Exhibit 99.1\nFeb. 2, 2027\nAcme Widgets today reported full-year 2026 earnings "
           "of $412.5 million, or $1.23 a share, compared with $390.1 million, or $1.15 per "
           "share, in 2025. Gizmo Labs reported earnings of $7.0 million in 2026. Fourth "
           "quarter revenues were $1.08 billion, compared with $0.98 "
           "billion in the same period a year earlier. Gadget Works' earnings were $12.0 "
           "million in 2026. The company expects 2027 earnings of $450 million. Excluding "
           "a gain, earnings were $400.0 million in 2026. Creative revenue grew to $2.2 billion in "
           "2026. Net income attributable to common shareholders was $300.0 million in 2026. "
           "Its annual report for the year ended "
           "Dec. 31, 2025 is on file.")


def _synthetic(text: str, form: str = "8-K") -> dict[tuple, Decimal]:
    facts = extract_document(f"<html><body><p>{text}</p></body></html>".encode(),
                             document="release.htm", form=form)
    return {(f.metric, f.period_start, f.period_end): f.value for f in facts}


def test_a_release_reads_only_the_company_s_own_results_with_their_periods():
    fy26, fy25 = (date(2026, 1, 1), date(2026, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))
    q4_26, q4_25 = (date(2026, 10, 1), date(2026, 12, 31)), (date(2025, 10, 1), date(2025, 12, 31))
    assert _synthetic(RELEASE) == {
        ("net_income", *fy26): Decimal("412500000"), ("eps_stated", *fy26): Decimal("1.23"),
        ("net_income", *fy25): Decimal("390100000"), ("eps_stated", *fy25): Decimal("1.15"),
        ("revenue", *q4_26): Decimal("1080000000"), ("revenue", *q4_25): Decimal("980000000"),
        ("net_income_non_gaap", *fy26): Decimal("400000000"),  # "Excluding a gain, ..."
    }  # not another company's earnings, nor a forecast


QUARTER = ("Nov. 5, 2026 -- Acme Widgets today reported results. Third quarter net loss was "
           "$5.0 million, or $0.10 per basic and diluted share, compared with $4.0 million, or "
           "$0.08 per basic and diluted share, a year ago. For the fiscal year ended December "
           "31, 2025 it filed an annual report.")


def test_a_quarter_release_dates_its_own_quarter_and_the_one_a_year_ago():
    q3_26, q3_25 = (date(2026, 7, 1), date(2026, 9, 30)), (date(2025, 7, 1), date(2025, 9, 30))
    assert _synthetic(QUARTER) == {
        ("net_income", *q3_26): Decimal("-5000000"), ("eps_diluted", *q3_26): Decimal("-0.10"),
        ("net_income", *q3_25): Decimal("-4000000"), ("eps_diluted", *q3_25): Decimal("-0.08"),
    }


def test_a_release_without_a_stated_year_end_or_not_an_8k_yields_nothing():
    assert _synthetic(RELEASE.replace("for the year ended Dec. 31, 2025 ", "")) == {}
    assert _synthetic(RELEASE, form="10-Q") == {}


def test_a_yearless_quarter_is_dated_only_when_the_dateline_follows_its_end():
    # a release dated in May names a yearless "fourth quarter": another year's, not dated
    late = RELEASE.replace("Feb. 2, 2027", "May 4, 2027")
    assert not any(key[0] == "revenue" for key in _synthetic(late))


def test_an_unqualified_per_share_figure_bears_out_an_article_s_eps_never_drifts_it():
    accession = "0000000001-27-000001"  # a made-up accession
    facts = [StoredFact(hashlib.sha256(repr(f).encode()).hexdigest()[:12], f, 1, accession,
                        "8-K", date(2027, 2, 2), "ex991.htm",
                        f"https://www.sec.gov/Archives/{accession}")
             for f in extract_document(f"<html><body><p>{RELEASE}</p></body></html>".encode(),
                                       document="ex991.htm", form="8-K")]
    text = ("The widget maker said its 2026 earnings came to $412.5 million, or $1.23 a share. "
            "For 2025 it had earned $1.19 a share.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {v.claim.text: v.verdict for v in verify_claims(extract_claims(article), facts)}
    assert found["$412.5 million"] == "supported"
    assert found["$1.23 a share"] == "supported"
    assert found["$1.19 a share"] == "unverifiable"  # basic or diluted unsaid: never drifted


def test_the_release_s_own_quarter_is_the_last_one_ended_by_its_first_date():
    assert release_calendar("Feb. 2, 2027 -- results", (12, 31)).own == (2026, 4)
    # a headline's quarter end before the dateline names that quarter itself
    headline = "First Quarter Ended March 31, 2026. April 28, 2026 -- results"
    assert release_calendar(headline, (12, 31)).own == (2026, 1)
    # a June fiscal year: October's release reports the first quarter of the next fiscal year
    assert release_calendar("Oct. 20, 2026 -- results", (6, 30)).own == (2027, 1)
    assert release_calendar("June 20, 2026 -- results", (12, 31)).own is None  # too late
    assert release_calendar("Feb. 2, 2027", None) is None
