"""The quarterly notes of two week-calendar 10-Ks whose only dated quarter is the fourth (by the
fiscal months of the repurchase table): a department store's FY2012 ("First Quarter | Second
Quarter | Third Quarter | Fourth Quarter", each header two lines in one cell) and a computer
maker's FY2006 ("4th | 3rd | 2nd | 1st" over "Quarter | Quarter(a) | ..." in two header rows).
Only the third and fourth quarter columns were read: the headers were read right, but the week
calendar dated only the fourth quarter and the third before it. The 39 weeks before a dated
fourth quarter are three 13-week quarters, so the first two are dated as well. Every figure
below is written by hand from the filing."""

from datetime import date
from decimal import Decimal
from functools import cache

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file

STORE = "dev/10-K_M_0000794367-13-000092.html"  # 53-week FY2012 ending February 2, 2013
MAKER = "dev/10-K_DELL_0000950134-06-005149.html"  # 53-week FY2006 ending February 3, 2006
MILLION = Decimal(1000000)


@cache
def _figures(relative: str, metric: str) -> dict:
    path = corpus_file(relative)
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    return {(f.period_start, f.period_end): f.value for f in facts
            if f.metric == metric and f.entity is None
            and (f.period_end - f.period_start).days < 120}


def _quarters(pairs: list[tuple[tuple[date, date], int]]) -> dict:
    return {period: Decimal(value) * MILLION for period, value in pairs}


STORE_Q = [(date(2012, 1, 29), date(2012, 4, 28)), (date(2012, 4, 29), date(2012, 7, 28)),
           (date(2012, 7, 29), date(2012, 10, 27)), (date(2012, 10, 28), date(2013, 2, 2)),
           (date(2011, 1, 30), date(2011, 4, 30)), (date(2011, 5, 1), date(2011, 7, 30)),
           (date(2011, 7, 31), date(2011, 10, 29)), (date(2011, 10, 30), date(2012, 1, 28))]
MAKER_Q = [(date(2005, 1, 29), date(2005, 4, 29)), (date(2005, 4, 30), date(2005, 7, 29)),
           (date(2005, 7, 30), date(2005, 10, 28)), (date(2005, 10, 29), date(2006, 2, 3)),
           (date(2004, 1, 31), date(2004, 4, 30)), (date(2004, 5, 1), date(2004, 7, 30)),
           (date(2004, 7, 31), date(2004, 10, 29)), (date(2004, 10, 30), date(2005, 1, 28))]


@pytest.mark.corpus
def test_the_department_stores_four_quarters():
    assert _figures(STORE, "revenue") == _quarters(list(zip(STORE_Q, (
        6143, 6118, 6075, 9350, 5889, 5939, 5853, 8724), strict=True)))
    assert _figures(STORE, "net_income") == _quarters(list(zip(STORE_Q, (
        181, 279, 145, 730, 131, 241, 139, 745), strict=True)))
    # the quarters of 2012 make its year of 53 weeks
    assert sum(_figures(STORE, "revenue")[q] for q in STORE_Q[:4]) == 27686 * MILLION


@pytest.mark.corpus
def test_the_computer_makers_four_quarters():
    assert _figures(MAKER, "revenue") == _quarters(list(zip(MAKER_Q, (
        13386, 13428, 13911, 15183, 11540, 11706, 12502, 13457), strict=True)))
    assert _figures(MAKER, "net_income") == _quarters(list(zip(MAKER_Q, (
        934, 1020, 606, 1012, 731, 799, 846, 667), strict=True)))
    assert _figures(MAKER, "eps_basic")[MAKER_Q[0]] == Decimal("0.38")
