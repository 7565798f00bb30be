"""A balance or count an earnings release states only in a sentence, at its quarter's end
(``extractors.release_balances``): a software maker's remaining performance obligations and
a retailer's store count, read in place from the corpus's 8-K exhibits and dated by the last
day of the quarter their statement tables print; the synthetic texts are the project's own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.dispatch import extract_document
from tests.conftest import corpus_file


def _balances(relative: str) -> dict[tuple, Decimal]:
    path = corpus_file(relative)
    return {(f.metric, f.period_start, f.period_end): f.value
            for f in extract_document(path.read_bytes(), document=path.name, form="8-K")
            if any(s.extractor == "release_balances" for s in f.sources)}


@pytest.mark.corpus
def test_remaining_performance_obligations_exiting_the_quarter_are_its_last_day_s():
    # a 52/53-week quarter: the day its statements' columns end on, not a month end
    found = _balances("8k-adbe-0000796343-23-000044/adbeex991q123.htm")
    assert found == {("remaining_performance_obligations", None, date(2023, 3, 3)):
                     Decimal("15210000000")}


@pytest.mark.corpus
def test_stores_operated_at_the_end_of_the_fiscal_quarter():
    found = _balances("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html")
    # the year-ago quarter's 443 its sentence compares with is that quarter's end's, never
    # this quarter's
    assert found == {("stores", None, date(2024, 11, 2)): Decimal("445"),
                     ("stores", None, date(2023, 10, 28)): Decimal("443")}


TABLE = ("<table><tr><td></td><td>Three Months Ended March 31, 2026</td>"
         "<td>Three Months Ended March 31, 2025</td></tr>"
         "<tr><td>Revenue</td><td>$ 1,200</td><td>$ 1,000</td></tr>"
         "<tr><td>Cost of revenue</td><td>700</td><td>600</td></tr>"
         "<tr><td>Gross profit</td><td>500</td><td>400</td></tr>"
         "<tr><td>Net income</td><td>$ 100</td><td>$ 80</td></tr></table>")


def _synthetic(sentence: str, form: str = "8-K") -> dict[tuple, Decimal]:
    html = f"<html><body><p>(in millions)</p>{TABLE}<p>{sentence}</p></body></html>"
    return {(f.metric, f.period_end): f.value
            for f in extract_document(html.encode(), document="ex991.htm", form=form)
            if f.metric in ("remaining_performance_obligations", "stores")}


def test_only_a_figure_its_sentence_ties_to_the_quarter_s_end_is_read():
    end = date(2026, 3, 31)
    said = "Remaining performance obligations exiting the quarter were $2.5 billion."
    assert _synthetic(said) == {("remaining_performance_obligations", end): Decimal("2.5E9")}
    assert _synthetic("At the end of the quarter, we operated 1,204 stores.") == {
        ("stores", end): Decimal("1204")}
    # no quarter end named, a target, or not a release
    assert _synthetic("Remaining performance obligations were $2.5 billion.") == {}
    assert _synthetic("We expect remaining performance obligations exiting the quarter "
                      "were to be $3 billion.") == {}
    assert _synthetic(said, form="10-Q") == {}
