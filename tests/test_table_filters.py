"""The cheap tests that turn tables away before their grids are built: each must be a
necessary condition of a table giving income-statement facts."""

from __future__ import annotations

import pytest
from lxml import etree

from extractors.document import parse_document
from extractors.table_filters import labels_may_classify, looks_financial
from extractors.tables import extract_table_facts

_STATEMENT = """<html><body><p>(in thousands)</p><table>
<tr><td></td><td>Year Ended December 31, 2025</td></tr>
<tr><td>Revenue</td><td>1,000</td></tr>
<tr><td>Net loss</td><td>(200)</td></tr></table></body></html>"""


def _table(html: str) -> etree._Element:
    return parse_document(html, name="t.htm").tables[0]


def test_a_statement_passes_both_filters_and_gives_its_facts():
    table = _table(_STATEMENT)
    assert looks_financial(table) and labels_may_classify(table)
    facts = extract_table_facts(parse_document(_STATEMENT, name="t.htm"))
    assert {(f.metric, str(f.value)) for f in facts} == {("revenue", "1000000"),
                                                         ("net_income", "-200000")}


@pytest.mark.parametrize("html", [
    # one row, however many income-statement words: a statement needs a row per line
    "<table><tr><td>Revenue and net loss grew; gross profit fell</td></tr></table>",
    # one kind of line only
    "<table><tr><td>Revenue</td><td>1</td></tr><tr><td>Total revenue</td><td>1</td></tr></table>",
])
def test_tables_that_cannot_be_statements_are_turned_away(html):
    assert not looks_financial(_table(f"<html><body>{html}</body></html>"))


def test_a_balance_sheet_naming_income_words_in_prose_fails_on_its_labels():
    html = ("<html><body><table><tr><td>Cash</td><td>5</td></tr>"
            "<tr><td>Deferred revenue (net income taxes)</td><td>3</td></tr></table></body></html>")
    table = _table(html)
    assert looks_financial(table) and not labels_may_classify(table)


def _first_cell_texts(table):
    """The reference: each row's first cell whose text is not blank, read cell by cell; a
    currency sign or an opening parenthesis alone is no label."""
    from extractors.table_model import cell_text

    for tr in table.iter("tr"):
        texts = (cell_text(td) for td in tr if td.tag in ("td", "th"))
        text = next(filter(None, texts), "")
        if text:
            yield None if text in {"$", "US$", "(", "($", "$("} else text


def test_row_labels_read_past_cells_of_non_breaking_spaces():
    from extractors.table_model import row_labels

    html = ("<html><head><meta charset='utf-8'></head><body><table>"
            "<tr><td>&nbsp;</td><td>\u200b</td><td>Revenue</td><td>5</td></tr>"
            "<tr><td> </td><td>$</td><td>5</td></tr><tr><td>&nbsp;<br></td></tr>"
            "<tr><td><table><tr><td>inner</td></tr></table></td><td>x</td></tr>"
            "</table></body></html>")
    table = parse_document(html.encode(), name="t.htm").tables[0]
    assert list(row_labels(table)) == ["Revenue", None, "inner", "inner"]


@pytest.mark.corpus
def test_row_labels_match_a_cell_by_cell_reading_on_every_corpus_table(corpus_filings):
    from extractors.table_model import row_labels

    checked = 0
    for path, content in corpus_filings:
        for table in parse_document(content, name=path.name).tables:
            assert list(row_labels(table)) == list(_first_cell_texts(table)), path.name
            checked += 1
    assert checked > 1000
