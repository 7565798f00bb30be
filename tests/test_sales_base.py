"""A margin over either revenue base a statement prints: "Net sales" plus delivery revenues
summed into "Total revenues" (a materials maker's FY2012 10-K, read in place). The filer states
its gross margin over net sales (13.9%, 11.8% a year before); the statement's revenue reads as
the total (13.0%, 11.1%). Sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.table_derive import SALES_BASIS
from pipeline.verify.api import verify_claims
from tests.conftest import claims_in, stored_corpus_facts, verify_text

_10K = "dev/10-K_VMC_0001193125-13-084128.html"


@pytest.fixture(scope="module")
def facts():
    return stored_corpus_facts(_10K, "0001193125-13-084128", "10-K", date(2013, 2, 27))


def _verdict(text: str, figure: str, facts) -> tuple[str, str]:
    found = verify_text(text, facts)[figure]
    return found.verdict, found.reason or ""


def test_the_margin_over_net_sales_is_kept_beside_the_total_revenue_one(facts):
    year = [sf.fact for sf in facts if sf.fact.metric == "gross_margin"
            and (sf.fact.period_start, sf.fact.period_end) == (date(2012, 1, 1),
                                                              date(2012, 12, 31))]
    assert {f.basis for f in year} == {None, SALES_BASIS}
    assert [round(f.value, 1) for f in year if f.basis == SALES_BASIS] == [Decimal("13.9")]


@pytest.mark.parametrize("sentence, figure", [
    ("For the full year 2012, the company's gross margin improved 210 basis points "
     "from 2011.", "210 basis points"),
    ("Gross margin was 13.9% in 2012.", "13.9%"),
])
def test_a_margin_the_filer_states_over_net_sales_is_supported(facts, sentence, figure):
    verdict, reason = _verdict(sentence, figure, facts)
    assert verdict == "supported"
    assert "net sales" in reason and "total revenues" in reason


@pytest.mark.parametrize("sentence, figure", [
    ("For the full year 2012, the company's gross margin improved 300 basis points "
     "from 2011.", "300 basis points"),
    ("Gross margin was 15.2% in 2012.", "15.2%"),
])
def test_a_margin_that_misses_both_bases_drifts_naming_both(facts, sentence, figure):
    verdict, reason = _verdict(sentence, figure, facts)
    assert verdict == "drifted"
    assert "over total revenues" in reason and "over net sales" in reason


def test_the_margin_over_total_revenues_still_holds(facts):
    assert _verdict("Gross margin was 13.0% in 2012.", "13.0%", facts)[0] == "supported"


def test_revenue_claims_read_the_total_not_net_sales(facts):
    # (the net-sales base serves recomputed margins only: revenue is the statement's total)
    found = verify_claims(claims_in("Revenue was $2.57 billion in 2012."), facts)
    assert [v.verdict for v in found] == ["supported"]
