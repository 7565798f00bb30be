"""Tables a copy flattened to one cell per line: each value takes its row's label as metric
words and its column's period; the layout is read only when every row fits the header
(the texts are paraphrases written for these tests)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article
from pipeline.verify.claims import extract_claims


def _claims(text: str) -> dict[str, object]:
    article = Article("cells.txt", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


SIMPLE = """The widget maker had a mixed year, as the table shows.

Metric

2021

2020

% Change

Sales

$41.2 million

$30.9 million

33%

Gross profit

($4.4 million)

($6.0 million)

N/A

Net loss

($12.5 million)
"""


def test_each_cell_takes_its_row_and_column() -> None:
    claims = _claims(SIMPLE)
    sales = claims["$41.2 million"]
    assert (sales.metric, sales.value, sales.period_label) == (
        "revenue", Decimal("41200000"), "FY2021")
    assert claims["$30.9 million"].period_end == date(2020, 12, 31)
    growth = claims["33%"]
    assert growth.metric == "revenue_growth" and growth.period_label == "FY2021"
    gross = claims["($6.0 million)"]
    assert (gross.metric, gross.value, gross.period_label) == (
        "gross_profit", Decimal("-6000000"), "FY2020")
    # the copy ends inside the last row: its first cell is still the first column's
    loss = claims["($12.5 million)"]
    assert (loss.metric, loss.value, loss.period_label) == (
        "net_income", Decimal("-12500000"), "FY2021")


GROUPED = """Premiums by area for the periods were as follows:
Three months ended |
Year ended |
||||
(dollars in millions) |
June 30 |
June 30 |
2022 |
2021 |
2022 |
2021 |
|||
North |
$ |
4.5 |
3.9 |
17.2 |
15.0 |
||
All areas: |
Revenue |
7.5 |
6.1 |
30.4 |
28.2 |
The company said the outlook was stable.
"""


def test_group_headers_split_the_years_in_order() -> None:
    claims = _claims(GROUPED)
    north = claims["4.5"]
    assert north.value == Decimal("4500000") and north.unit == "USD"
    assert (north.period_start, north.period_end) == (date(2022, 4, 1), date(2022, 6, 30))
    year = claims["15.0"]
    assert (year.period_start, year.period_end) == (date(2020, 7, 1), date(2021, 6, 30))
    # a row under a section that names a part of the company takes no metric
    assert claims["30.4"].metric is None


UNEVEN = """Metric

2021

2020

Sales

$41.2 million

Net loss

($12.5 million)

($9.0 million)

The company did not comment.
"""


def test_a_row_short_of_the_header_leaves_the_table_unread() -> None:
    claims = _claims(UNEVEN)
    assert claims["$41.2 million"].metric is None


def test_a_cell_with_a_break_reads_in_document_order():
    """An element's tail follows its children's text: a balance sheet's label with a <br>
    and inline spans ("$.001 par value; authorized 1,000 shares") kept its words in order
    (read element by element, each tail came before the children's text)."""
    from lxml import html

    from extractors.table_model import cell_text

    td = html.fragment_fromstring(
        "<td><div><span>Class A common stock &#8212; $<b>.001</b></span> par value;<br>"
        "authorized <span>1,000</span> shares</div></td>")
    assert cell_text(td) == "Class A common stock \u2014 $.001 par value; authorized 1,000 shares"
    with_comment = html.fragment_fromstring("<td>Net<!-- x --> sales<br>(Note 3)</td>")
    assert cell_text(with_comment) == "Net sales (Note 3)"
