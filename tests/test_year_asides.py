"""The whole year an article on a quarter turns to ("for the entire year", "for its fiscal
year"), the year before it, and a 53-week year's growth over the 52-week year before it.

The sentences are written for these tests (paraphrases, not third-party text); the filings are
the corpus's Netflix FY2024 and Macy's FY2012 10-Ks, read in place."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact


def _facts(name: str, cik: int, filed: date) -> list[StoredFact]:
    path = corpus_file(f"dev/{name}")
    facts = extract_document(path.read_bytes(), document=path.name, form="10-K")
    return [StoredFact(f"f{i}", fact, cik, "0000000000-00-000001", "10-K", filed, path.name,
                       f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


def _verify(text: str, facts: list[StoredFact]) -> dict:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {v.claim.text: v for v in verify_claims(claims, facts)}


@pytest.fixture(scope="module")
def streaming() -> list[StoredFact]:
    return _facts("10-K_NFLX_2024-12-31.html", 1065280, date(2025, 1, 27))


@pytest.fixture(scope="module")
def retailer() -> list[StoredFact]:
    return _facts("10-K_M_0000794367-13-000092.html", 794367, date(2013, 4, 3))


@pytest.mark.corpus
def test_the_entire_year_after_a_yearless_quarter_is_the_annual_reports_year(streaming):
    found = _verify("The streamer signed up more members in the fourth quarter.\n\n"
                    "For the entire year, its revenue rose 16 percent to $39 billion.\n\n"
                    "Revenue of the region came to $1.2 billion.", streaming)
    year = found["$39 billion"].claim
    assert (year.period_start, year.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["$39 billion"].verdict == "supported"
    assert found["16 percent"].verdict == "supported"
    # the next paragraph is the quarter's again: no quarter is filed, so not a drift of the year
    assert found["$1.2 billion"].claim.period_start == date(2024, 10, 2)
    assert found["$1.2 billion"].verdict == "unverifiable"


@pytest.mark.corpus
def test_the_previous_year_of_a_whole_year_sentence_is_the_year_before(streaming):
    found = _verify("The streamer signed up more members in the fourth quarter.\n\n"
                    "For its fiscal year, revenue was $39.0 billion, up from $33.7 billion "
                    "the previous year.", streaming)
    base = found["$33.7 billion"].claim
    assert (base.period_start, base.period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert found["$33.7 billion"].verdict == "supported"


@pytest.mark.corpus
def test_a_53_week_years_growth_is_over_the_52_week_year_before(retailer):
    # fiscal 2012 is the 53 weeks to February 2, 2013; fiscal 2011 ended January 28, 2012
    found = _verify("The department store chain reported its fourth quarter.\n\n"
                    "For the fiscal year, net sales grew 4.9 percent to $27.7 billion.",
                    retailer)
    growth = found["4.9 percent"]
    assert growth.claim.period_end == date(2013, 2, 2)
    assert growth.verdict == "supported"
    drifted = _verify("The department store chain reported its fourth quarter.\n\n"
                      "For the fiscal year, net sales grew 6.9 percent to $27.7 billion.",
                      retailer)["6.9 percent"]
    assert drifted.verdict == "drifted"
