"""A bank release's total that closes the block of its own parts: "Total allowance for credit
losses" under "Components" (a regional bank's credit-quality table, five quarter-end columns),
"Total loans" under "Loans" and "Total deposits" under "Deposits" on its period-end balance
sheet. Each is the company's balance on the column's day; the same words on a segment's page
(its "Loans:" block of period-end balances and of averages) are never the company's. Real
releases of the development corpus, read in place; article sentences are the project's own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.dispatch import extract_document
from tests.conftest import corpus_file, corpus_verdicts

pytestmark = pytest.mark.corpus

_REGIONAL = "dev/EX-99.1_USB_2021-12-31.html"
_MONEY_CENTER = "dev/EX-99.2_JPM_2021-12-31.html"
_FILED = date(2022, 1, 19)


def _balances(relative: str, metric: str) -> dict:
    path = corpus_file(relative)
    return {f.period_end: f.value for f in extract_document(path.read_bytes(), document=path.name)
            if f.metric == metric and f.entity is None and not f.is_conflict}


def test_the_total_under_a_components_block_is_the_allowance():
    found = _balances(_REGIONAL, "allowance_for_credit_losses")
    assert found[date(2021, 12, 31)] == Decimal("6155E6")
    assert found[date(2021, 9, 30)] == Decimal("6300E6")
    assert found[date(2020, 12, 31)] == Decimal("8010E6")


def test_a_balance_sheets_own_blocks_give_loans_and_deposits():
    loans = _balances(_REGIONAL, "total_loans")
    deposits = _balances(_REGIONAL, "total_deposits")
    assert loans == {date(2021, 12, 31): Decimal("312028E6"),
                     date(2020, 12, 31): Decimal("297707E6")}
    assert deposits == {date(2021, 12, 31): Decimal("456083E6"),
                        date(2020, 12, 31): Decimal("429770E6")}


@pytest.mark.parametrize("text, figure, verdict", [
    ("Its total allowance for credit losses was $6.16 billion at the end of 2021, against "
     "$8 billion a year earlier.", "$6.16 billion", "supported"),
    ("Its total allowance for credit losses was $6.16 billion at the end of 2021, against "
     "$8 billion a year earlier.", "$8 billion", "supported"),
    ("Its total allowance for credit losses was $6.9 billion at the end of 2021.",
     "$6.9 billion", "drifted"),
])
def test_an_article_on_the_allowance_is_checked(text, figure, verdict):
    assert corpus_verdicts(_REGIONAL, _FILED, text)[figure][0] == verdict


def test_a_segments_loans_block_is_never_the_firms():
    # the money-center bank's segment pages print "Total loans" under "Loans:" (period-end
    # and average) and "Total allowance for credit losses" under "Allowance for credit
    # losses:": the firm's own figures stand, no segment's
    loans = _balances(_MONEY_CENTER, "total_loans")
    allowance = _balances(_MONEY_CENTER, "allowance_for_credit_losses")
    assert loans[date(2021, 12, 31)] == Decimal("1077714E6")
    assert allowance[date(2021, 12, 31)] == Decimal("18689E6")
    assert Decimal("208443E6") not in loans.values()  # a segment's period-end loans
    assert Decimal("205634E6") not in loans.values()  # a segment's average loans
    assert Decimal("2968E6") not in allowance.values()  # a segment's allowance
