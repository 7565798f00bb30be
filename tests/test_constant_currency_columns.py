"""A revenue line's constant-currency growth from a 10-Q's "Percent Change: Actual, Constant"
columns, read only where the row's amounts are the line's own (a database maker's 10-Q, read in
place from the corpus). Article sentences are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

import pytest

from extractors.dispatch import extract_document
from tests.conftest import corpus_file, corpus_verdicts

pytestmark = pytest.mark.corpus

TEN_Q = "10q-10k/10-Q_ORCL_0000950170-23-047713.html"
QUARTER = (date(2023, 6, 1), date(2023, 8, 31))


@cache
def _rates() -> dict:
    """{line: rate} of the 10-Q's constant-currency column, read once for the module's tests."""
    path = corpus_file(TEN_Q)
    return {f.entity: f.value for f in extract_document(path.read_bytes(), document=path.name,
                                                        form="10-Q")
            if f.metric == "revenue_growth_constant_currency"
            and (f.period_start, f.period_end) == QUARTER}


def test_the_constant_column_of_revenue_lines():
    rates = _rates()
    assert rates["Cloud license and on-premise license"] == Decimal(-11)
    assert rates["Hardware"] == Decimal(-8)
    assert rates[None] == Decimal(8)  # the company's "Total revenues"
    assert rates["Americas"] == Decimal(8)  # the company's region, never one business's


def test_no_rate_of_a_row_that_is_no_revenue_line():
    rates = _rates()
    assert all("expense" not in (name or "").lower() and "margin" not in (name or "").lower()
               for name in rates)


def test_an_articles_part_spelled_otherwise_is_checked():
    text = ("Oracle reported its fiscal first quarter 2024 results. Cloud license and on-premises "
            "license revenue came to $809 million, falling 11% in constant currency.")
    found = corpus_verdicts(TEN_Q, None, text, "10-Q")
    assert found["11%"] == ("supported", "revenue_growth_constant_currency")
    other = corpus_verdicts(TEN_Q, None, text.replace("Cloud license and on-premises license",
                                                      "Cloud license"), "10-Q")
    assert other["11%"][0] == "unverifiable"  # a part of the line is not the line


def test_a_products_sales_rate_in_constant_currency_is_no_drift_of_the_companys():
    text = ("Oracle reported its fiscal first quarter 2024 results. Its ERP product brought in "
            "$0.8 billion of sales, up 21% in dollars and up 20% in constant currency. Total "
            "revenue was $12.45 billion, up 9% in USD and 8% in constant currency.")
    found = corpus_verdicts(TEN_Q, None, text, "10-Q")
    assert found["20%"][0] == "unverifiable"  # "sales" may be a narrower line than revenues
    assert found["8%"] == ("supported", "revenue_growth_constant_currency")
