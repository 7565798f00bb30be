"""A growth rate a results table prints only in its change column (extractors.change_columns):
read as the later compared period's rate, and only there. Tables below are the project's own."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims

METRIC = "revenue_growth_constant_currency"


def _rates(html: str) -> set:
    facts = extract_document(html.encode(), document="t.htm", form="10-Q", use_xbrl=True)
    return {(f.period_start, f.period_end, f.value) for f in facts
            if f.metric == METRIC and f.entity is None}


def _table(header: str, rows: list[tuple[str, ...]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return ("<html><body><p>Results of Operations</p><table>"
            f"{header}{body}</table></body></html>")


_HEADER = ("<tr><td></td><td colspan=\"2\">Three Months Ended</td><td>Change</td></tr>"
           "<tr><td>(in thousands, except percentages)</td><td>June 30, 2025</td>"
           "<td>June 30, 2024</td><td>Q2'25 vs. Q2'24</td></tr>")
_REVENUE = ("Revenues", "$ 8,000,000", "$ 7,000,000", "14 %")


def test_a_constant_currency_line_in_the_change_column_is_the_later_quarters(corpus_dir):
    # a streaming company's 10-Q: "Constant currency change in revenues 17 %" stands only
    # under "Change Q2'25 vs. Q2'24", beside the quarter's and the year-earlier quarter's columns
    content = (corpus_dir / "dev" / "10-Q_NFLX_2025-06-30.html").read_bytes()
    found = {(f.period_start, f.period_end, f.value) for f in
             extract_document(content, document="10-Q_NFLX_2025-06-30.html", form="10-Q")
             if f.metric == METRIC and f.entity is None}
    assert (date(2025, 4, 1), date(2025, 6, 30), Decimal(17)) in found


def test_the_project_table_reads_the_same_way():
    html = _table(_HEADER, [_REVENUE, ("Constant currency change in revenues", "", "", "16 %")])
    assert _rates(html) == {(date(2025, 4, 1), date(2025, 6, 30), Decimal(16))}


_Q2 = (date(2025, 4, 1), date(2025, 6, 30))
_Q2_EARLIER = (date(2024, 4, 1), date(2024, 6, 30))


@pytest.mark.parametrize("rows, expected", [
    # the rate under its periods' own columns: those are read, and the change column, a move
    # in points, is not
    ([_REVENUE, ("Constant currency change in revenues", "16 %", "12 %", "4")],
     {(*_Q2, Decimal(16)), (*_Q2_EARLIER, Decimal(12))}),
    # a bare "constant currency change" under a per-member revenue line is no revenue's
    ([_REVENUE, ("Average monthly revenue per membership", "$ 11.00", "$ 10.50", "5 %"),
      ("Constant currency change", "", "", "7 %"),
      ("Constant currency change in revenues", "", "", "16 %")],
     {(*_Q2, Decimal(16))}),
])
def test_no_change_column_figure_is_read_where_the_row_is_no_lone_change_line(rows, expected):
    assert _rates(_table(_HEADER, rows)) == expected


def test_a_change_column_beside_one_dated_column_is_not_read():
    header = ("<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Change vs. prior</td>"
              "</tr>")
    html = _table(header, [("Revenues", "$ 8,000,000", "14 %"),
                           ("Constant currency change in revenues", "", "16 %")])
    assert _rates(html) == set()


def test_an_articles_fx_neutral_growth_is_the_stated_rate():
    text = ("Netflix's second quarter 2025 revenue rose 16% from a year earlier to $11.08 "
            "billion, or 17% on a foreign exchange neutral basis.")
    article = Article(name="a", text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    claims = {c.text.strip("( "): c.metric for c in extract_claims(article)}
    assert claims["17%"] == METRIC
