"""The income statement's other lines an article names on their own (selling, general and
administrative expense and its ratio to revenue, other income, income before taxes, income tax
expense), a retailer's rates per unit, and the words that name a line no filing here states:
a figure those words name is never revenue's or net income's. Sentences are the project's own
paraphrases; filings are the development corpus's, read in place."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.claims import extract_claims


def _metrics(text: str) -> dict[str, str | None]:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {claim.text: claim.metric for claim in extract_claims(article)}


def _facts(corpus_dir, name: str, metric: str) -> dict:
    content = (corpus_dir / "dev" / name).read_bytes()
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(content, document=name)
            if f.metric == metric and f.entity is None}


def test_sga_and_its_share_of_sales_and_the_years_compared():
    found = _metrics("SG&A expenses came to $2.41 billion, or 31.2% of net sales, in fiscal 2024, "
                     "against $2.63 billion, or 30.4% of net sales, in fiscal 2023.")
    assert found["$2.41 billion"] == "selling_general_administrative"
    assert found["31.2%"] == "sga_ratio"
    # the line named at the head carries; the share's base ("net sales") names no money figure
    assert found["$2.63 billion"] == "selling_general_administrative"
    assert found["30.4%"] == "sga_ratio"


def test_the_sga_rate_named_alone():
    found = _metrics("Selling, general and administrative expenses were 27.9% of net sales in "
                     "the third quarter, up from 26.8% a year earlier.")
    assert found["27.9%"] == "sga_ratio"


def test_other_income_tax_expense_and_pretax_income_are_lines_of_their_own():
    found = _metrics("Other income rose 12% to $88 million in the second quarter. Income tax "
                     "expense fell 9% to $402 million. Income before income taxes was $1.9 "
                     "billion.")
    assert found["$88 million"] == "other_income"
    assert found["$402 million"] == "income_tax_expense"
    assert found["$1.9 billion"] == "pretax_income"


def test_a_change_noun_after_a_money_figure_makes_it_no_level():
    found = _metrics("Tax expense was $402 million, helped by a $90 million reduction in "
                     "deferred taxes.")
    assert found["$402 million"] == "income_tax_expense"
    assert found["$90 million"] is None


def test_a_rate_per_unit_is_never_the_line_itself():
    found = _metrics("Revenue per available room climbed 4% to $131.20 in the quarter, and "
                     "sales per retail square foot fell 1.1% to $512.30.")
    assert found["$131.20"] != "revenue"
    assert found["$512.30"] == "sales_per_square_foot"
    found = _metrics("Revenue rose to $2.2 billion, and ARPU was $14.50 in the quarter.")
    assert found["$14.50"] == "rate_per_unit"


def test_interest_income_is_not_revenue():
    found = _metrics("Revenue was $3.2 billion, and interest income was $41 million.")
    assert found["$41 million"] == "interest_income"


def test_the_lines_are_read_from_the_filers_tags(corpus_dir):
    q2_25 = (date(2025, 4, 1), date(2025, 6, 30))
    name = "10-Q_UNP_2025-06-30.html"  # "Other income, net" 123; income taxes 437
    assert _facts(corpus_dir, name, "other_income")[q2_25] == Decimal(123000000)
    assert _facts(corpus_dir, name, "income_tax_expense")[q2_25] == Decimal(437000000)
    assert _facts(corpus_dir, name, "pretax_income")[q2_25] == Decimal(2313000000)
    sga = _facts(corpus_dir, "10-K_COST_0000909832-22-000021.html",
                 "selling_general_administrative")
    assert sga[(date(2021, 8, 30), date(2022, 8, 28))] == Decimal(19779000000)


def test_sga_is_read_from_an_income_statement_without_tags(corpus_dir):
    # a pre-inline-XBRL 10-K: "Selling, general and administrative expenses" 8,482 (millions)
    sga = _facts(corpus_dir, "10-K_M_0000794367-13-000092.html", "selling_general_administrative")
    assert sga[(date(2012, 1, 29), date(2013, 2, 2))] == Decimal(8482000000)


_RETAIL_TABLE = b"""<html><body><p>Selected sales data (in millions, except per share data)</p>
<table>
<tr><td></td><td>Three Months Ended July 30, 2023</td><td>Three Months Ended July 31, 2022</td></tr>
<tr><td>Customer transactions (in millions)</td><td>410.2</td><td>420.9</td></tr>
<tr><td>Average ticket</td><td>$ 88.15</td><td>$ 87.60</td></tr>
<tr><td>Sales per retail square foot</td><td>$ 601.40</td><td>$ 615.75</td></tr>
</table></body></html>"""


def test_a_retailers_rates_per_unit_are_read_unscaled():
    facts = {(f.metric, f.period_end): f for f in extract_document(_RETAIL_TABLE, document="t")}
    ticket = facts[("average_ticket", date(2023, 7, 30))]
    assert (ticket.value, ticket.unit) == (Decimal("88.15"), "USD")
    assert facts[("sales_per_square_foot", date(2022, 7, 31))].value == Decimal("615.75")
    assert facts[("customer_transactions", date(2023, 7, 30))].value == Decimal(410200000)


def test_operating_expense_lines_are_their_own():
    found = _metrics("Revenue was $7.4 billion, while R&D spending reached $1.2 billion and "
                     "sales and marketing expenses were $900 million.")
    assert found["$1.2 billion"] is None  # no row reads R&D: a line of its own, unread
    assert found["$900 million"] == "selling_and_marketing"
    found = _metrics("Net sales were $5.1 billion, and cost of goods sold was $3.3 billion.")
    assert found["$3.3 billion"] == "cost_of_revenue"


def test_a_line_no_row_names_never_takes_the_previous_figures_metric():
    found = _metrics("Net sales rose 4% to $6.3 billion; fulfillment costs were $700 million and "
                     "depreciation and amortization was $210 million.")
    assert found["$700 million"] is None
    assert found["$210 million"] is None
    assert _metrics("Revenue was $6.3 billion and R&D was $1.1 billion.")["$1.1 billion"] is None
    # nor the metric a cue further back names: the line noun between them is the figure's
    assert _metrics("Net income rose sharply, but the group took a charge of $3.1 billion."
                    )["$3.1 billion"] == "stated_charge"  # a charge, never net income
    assert _metrics('Profit climbed, though it bore a "goodwill write-down" of $2.0 billion.'
                    )["$2.0 billion"] == "stated_charge"
    assert _metrics("Revenue was $9 billion, while operating expenses were $2 billion.")[
        "$2 billion"] == "operating_expenses"
    # a base compared with the figure before still is that figure's line
    assert _metrics("Revenue was $6.3 billion, up from $5.9 billion.")["$5.9 billion"] == (
        "revenue")



def test_a_figure_joined_with_a_noun_of_its_own_never_takes_the_previous_line():
    # a blog's note on a software maker's quarter: the billings took revenue and drifted
    found = _metrics("The company reported revenue of $760.9 million and billings of "
                     "$814.3 million, and a backlog of $3.1 billion.")
    assert found["$760.9 million"] == "revenue"
    assert found["$814.3 million"] is None
    assert found["$3.1 billion"] is None
    # a noun that restates, estimates or changes the figure is no line of its own
    assert _metrics("Revenue was $6.3 billion, and a year-ago figure of $5.9 billion.")[
        "$5.9 billion"] == "revenue"
    assert _metrics("Revenue was $6.3 billion; the consensus of $6.1 billion was beaten.")[
        "$6.1 billion"] == "revenue"
    # a noun a cue reads is that cue's line, as before
    assert _metrics("Revenue was $6.3 billion and net income of $0.9 billion.")[
        "$0.9 billion"] == "net_income"

def test_the_operating_expense_lines_are_read_from_the_tags(corpus_dir):
    year = (date(2024, 1, 1), date(2024, 12, 31))
    name = "10-K_NFLX_2024-12-31.html"
    assert _facts(corpus_dir, name, "selling_and_marketing")[year] == Decimal(2917554000)
    assert _facts(corpus_dir, name, "general_and_administrative")[year] == Decimal(1702039000)
