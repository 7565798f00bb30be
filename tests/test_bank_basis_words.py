"""A bank's figures "on a managed basis" or "on a fully taxable-equivalent basis" are its own
non-GAAP presentation: read as the reported line, a true managed revenue came out drifted from
the GAAP total (an earnings recap of a universal bank's quarter). The lines a bank states on
that basis as such (net interest income on a taxable-equivalent basis, the net interest margin)
keep their metric. Sentences written for the project."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

LEAD = "Lenderco reported its fourth quarter of 2023. "


def _metric(sentence: str, figure: str) -> str | None:
    return next(c.metric for c in claims_in(LEAD + sentence) if c.text.startswith(figure))


@pytest.mark.parametrize("sentence", [
    "On a managed basis, revenue was $31.20 billion.",
    "Revenue was $31.20 billion on a managed basis.",
    "Managed revenue was $31.20 billion.",
    "Revenue on a fully taxable-equivalent basis was $31.20 billion.",
    "On an FTE basis, total net revenue was $31.20 billion.",
])
def test_a_managed_or_taxable_equivalent_revenue_is_not_the_reported_line(sentence):
    assert _metric(sentence, "$31.20 billion") != "revenue"


@pytest.mark.parametrize("sentence, figure, metric", [
    ("Revenue was $30.10 billion.", "$30.10 billion", "revenue"),
    ("Reported revenue was $30.10 billion.", "$30.10 billion", "revenue"),
    ("Net interest income on a taxable-equivalent basis was $3.15 billion.", "$3.15 billion",
     "net_interest_income_fte"),
    ("The net interest margin on a taxable-equivalent basis was 2.11%.", "2.11%",
     "net_interest_margin"),
    ("Net interest income was $3.12 billion.", "$3.12 billion", "net_interest_income"),
])
def test_the_reported_lines_and_the_lines_stated_on_that_basis_keep_their_metric(
        sentence, figure, metric):
    assert _metric(sentence, figure) == metric


@pytest.mark.parametrize("sentence, figure", [
    ("Tax-equivalent NII fell 1.6% from the year before, to $3.2 billion.", "1.6%"),
    ("Its net interest margin on an FTE basis slipped 9 basis points to 2.66%.",
     "9 basis points"),
    ("Net interest income was $3.15 billion on a taxable-equivalent basis.", "$3.15 billion"),
])
def test_net_interest_on_the_taxable_equivalent_basis_is_still_read(sentence, figure):
    assert _metric(sentence, figure) is not None
