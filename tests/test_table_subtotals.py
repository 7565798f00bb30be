"""An unlabelled row summing the lines just above it is the line their sum is
(``extractors.table_subtotals``): a retailer's "Selling" and "General and administrative" over a
bare total are its SG&A, and an article's SG&A ratio is recomputed from that printed total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from tests.conftest import stored_corpus_facts, verify_text

_HEAD = ("<html><body><p>CONSOLIDATED STATEMENTS OF INCOME (Amounts in Thousands)</p><table>"
         "<tr><td></td><td colspan=\"2\">Thirteen Weeks Ended</td></tr>"
         "<tr><td></td><td>October 5, 2024</td><td>October 7, 2023</td></tr>")


def _row(label: str, *figures: str) -> str:
    return "<tr><td>" + label + "</td>" + "".join(f"<td>{f}</td>" for f in figures) + "</tr>"


def _statement(selling: tuple[str, str], admin_label: str, admin: tuple[str, str],
               total: tuple[str, str]) -> bytes:
    rows = [_row("Net sales", "$ 500,000", "$ 480,000"),
            _row("Cost of sales", "300,000", "290,000"),
            _row("Gross profit", "200,000", "190,000"),
            _row("OPERATING EXPENSES:"),
            _row("Selling", *selling), _row(admin_label, *admin), _row("", *total),
            _row("Income from operations", "80,000", "75,000"),
            _row("Net income", "$ 60,000", "$ 56,000")]
    return (_HEAD + "".join(rows) + "</table></body></html>").encode()


def _sga(content: bytes) -> dict:
    doc = parse_document(content, name="release.htm", form="8-K")
    return {f.period_end: f.value for f in extract_table_facts(doc)
            if f.metric == "selling_general_administrative"}


@pytest.mark.parametrize("admin_label", ["General and administrative",
                                         "General & administrative expenses"])
def test_an_unlabelled_sum_of_selling_and_administrative_lines_is_sga(admin_label):
    found = _sga(_statement(("100,000", "95,000"), admin_label, ("20,000", "20,000"),
                            ("120,000", "115,000")))
    assert found == {date(2024, 10, 5): Decimal(120000000), date(2023, 10, 7): Decimal(115000000)}


def test_a_bare_row_that_is_not_the_sum_is_not_read():
    # one column off by a thousand: not a printed sum of the two lines, so no line at all
    assert _sga(_statement(("100,000", "95,000"), "General and administrative",
                           ("20,000", "20,000"), ("120,000", "116,000"))) == {}


def test_a_bare_row_under_other_lines_is_not_read():
    # the two lines above are not the parts the data names
    assert _sga(_statement(("100,000", "95,000"), "Depreciation", ("20,000", "20,000"),
                           ("120,000", "115,000"))) == {}


BKE_8K = ("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", "bke-8k", "8-K", date(2024, 11, 22))


@pytest.mark.corpus
@pytest.mark.parametrize("text, verdict", [
    ("In the third quarter, selling, general and administrative expenses came to 29.1% of "
     "net sales, against 27.4% a year earlier.", "supported"),
    ("Third-quarter SG&A rose to 29.1% of net sales from 27.4% a year ago.", "supported"),
    ("Third-quarter SG&A rose to 31.5% of net sales.", "drifted"),
])
def test_the_sga_ratio_is_recomputed_from_the_unlabelled_sum(text, verdict):
    got = verify_text(text, stored_corpus_facts(*BKE_8K))
    first = next(v for k, v in got.items() if k.endswith("%"))
    assert first.verdict == verdict, first.reason
