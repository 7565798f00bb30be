"""HTML readings against the filers' own inline XBRL over the whole corpus (bench.accuracy):
at least 95% agreement for each metric the corpus judges, and no disagreement that
bench/known_differences.tsv does not explain (a wrong value is worse than no value)."""

import pytest

from bench.accuracy import KNOWN_FIELDS, agreement, known_differences, measure

pytestmark = pytest.mark.corpus

METRICS = ("revenue", "cost_of_revenue", "gross_profit", "operating_income", "net_income",
           "eps_diluted", "shares_outstanding", "customer_concentration")


@pytest.fixture(scope="module")
def result(corpus_dir):
    return measure(corpus_dir)


def test_no_unexplained_disagreement(result):
    assert result.unexplained() == []


@pytest.mark.parametrize("metric", METRICS)
def test_agreement_at_least_95_percent_where_stated(result, metric):
    rate = agreement(result.counts, metric)
    if rate is None:
        pytest.skip(f"no inline-XBRL corpus document states {metric} in its HTML")
    assert rate >= 95, f"{metric}: {rate:.1f}% agree"


def test_known_differences_each_give_a_reason():
    for key, reason in known_differences().items():
        assert len(key) == len(KNOWN_FIELDS) - 1 and reason.strip(), key
