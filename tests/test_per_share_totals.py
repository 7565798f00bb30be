"""A per-share section with two totals: "Earnings Per Common Share" over basic lines closed by
"Total basic earnings", then diluted lines closed by "Total diluted earnings" (a bank's
quarterly supplement). The basic total closed the section, and the bare diluted total under no
section named nothing: the supplement's diluted EPS went unread in every column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import stored_corpus_facts

SUPPLEMENT = "dev/EX-99.1_PNC_2021-12-31-supplement.html"


@pytest.fixture(scope="module")
def facts():
    return stored_corpus_facts(SUPPLEMENT, "0000000000-00-000001", "8-K", date(2022, 1, 18))


def _values(facts, metric: str) -> dict:
    return {(sf.fact.period_start, sf.fact.period_end): sf.fact.value for sf in facts
            if sf.fact.metric == metric and sf.fact.entity is None}


@pytest.mark.corpus
def test_diluted_total_after_basic_total_is_read(facts):
    diluted = _values(facts, "eps_diluted")
    assert diluted[(date(2021, 7, 1), date(2021, 9, 30))] == Decimal("3.30")
    # the year with a discontinued part: the total, never the continuing line's 6.36
    assert diluted[(date(2020, 1, 1), date(2020, 12, 31))] == Decimal("16.96")


@pytest.mark.corpus
def test_share_counts_under_the_next_section_are_no_eps(facts):
    # the twin: "Diluted" under "Average Common Shares Outstanding" is a count, not EPS
    assert Decimal("426") not in _values(facts, "eps_diluted").values()
    assert _values(facts, "eps_basic")[(date(2021, 7, 1), date(2021, 9, 30))] == Decimal("3.31")
