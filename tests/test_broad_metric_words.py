"""Metric words learned from breadth (issue 12): wire stories, recaps and blogs nobody
hand-scored name filed metrics with words the registry did not know, or with words another
metric's cue read wrongly. Each sentence is the project's own paraphrase of a class seen there:
"operating profit" (operating income, never the bottom line), profit and loss words for a
per-share amount ("a profit of $0.91 per share", "per-share earnings were $1.28"), a margin in
words ("gross profit as a percentage of net sales"), a bank's "revenue, net of interest
expense" (revenue, not the expense it nets out), "systemwide sales" (franchisees' stores too,
no revenue of the company's) and a semicolon that closes a figure's clause."""

from __future__ import annotations

from tests.conftest import claims_in


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.metric, c.unit, c.basis) for c in claims_in(text)}


def test_operating_profit_is_operating_income_never_net_income():
    assert _read("Operating profit was $3.4 billion in the quarter.")["$3.4 billion"][0] == (
        "operating_income")
    assert _read("The retailer swung to an operating profit of $2.4 million.")[
        "$2.4 million"][0] == "operating_income"
    # its growth is operating income's, not net income's
    assert _read("Operating profit fell 3% in the quarter.")["3%"][2] == "operating_income"
    # a bare "profit" stays the bottom line
    assert _read("Quarterly profit was $3.9 billion.")["$3.9 billion"][0] == "net_income"


def test_operating_profit_margin_is_the_operating_margin():
    assert _read("Operating profit margin was 19.5% for the quarter.")["19.5%"][0] == (
        "operating_margin")


def test_a_margin_in_words_is_the_margin_not_a_customer_share():
    found = _read("Gross profit as a percentage of net sales was 27.8 percent.")
    assert found["27.8 percent"][0] == "gross_margin"
    found = _read("Operating income as a percentage of total revenues was 11.3 percent.")
    assert found["11.3 percent"][0] == "operating_margin"


def test_profit_and_loss_words_name_a_per_share_amount():
    assert _read("The chain posted a per-share profit of 53 cents.")["53 cents"][:2] == (
        "eps_diluted", "USD/share")
    assert _read("The chipmaker said it had a loss of 9 cents per share.")[
        "9 cents per share"][0] == "eps_diluted"
    assert _read("Profit per share was $2.86 in the quarter.")["$2.86"][0] == "eps_diluted"
    # the adjusting words still make it the non-GAAP line
    assert _read("On an adjusted basis, it was a profit of $0.91 per share.")[
        "$0.91 per share"][0] == "eps_diluted_non_gaap"
    assert _read("Excluding some costs, profit climbed to 43 cents a share.")[
        "43 cents a share"][0] == "eps_diluted_non_gaap"


def test_per_share_earnings_before_or_glued_after_an_amount_make_it_per_share():
    # read as money, "$1.28" was the bank's net income and drifted by nine orders of magnitude
    assert _read("Per-share earnings were $1.28.")["$1.28"][:2] == ("eps_diluted", "USD/share")
    assert _read("Still, the $1.09 earnings-per-share fell short of forecasts.")["$1.09"][:2] == (
        "eps_diluted", "USD/share")


def test_revenue_net_of_interest_expense_is_revenue():
    found = _read("Total revenue, net of interest expense, increased 11 percent to $25.2 "
                  "billion from $22.7 billion.")
    assert found["$25.2 billion"][0] == "revenue" and found["$22.7 billion"][0] == "revenue"
    assert _read("Interest expense rose to $300 million.")["$300 million"][0] == (
        "interest_expense")


def test_systemwide_sales_are_not_revenue():
    assert _read("Systemwide sales rose 6% in the quarter.")["6%"][0] is None
    assert _read("Sales rose 6% in the quarter.")["6%"][0] == "revenue_growth"


def test_a_cue_after_a_semicolon_names_the_next_clause_not_the_figure():
    found = _read("Revenue in the quarter was $15.3 billion, a 22% decrease compared to the "
                  "$19.6 billion a year earlier; the net loss was $454 million.")
    assert found["$19.6 billion"][0] == "revenue"
    assert found["$454 million"][0] == "net_income"


def test_same_store_words_before_another_line_leave_its_rate_no_comparable_sales():
    found = _read("Same-restaurant sales fell 1.2%, resulting in operating profits dropping 3%.")
    assert found["1.2%"][0] == "comparable_sales_growth"
    assert found["3%"][0] != "comparable_sales_growth"
    # a second rate of the same sales keeps the stated measure
    found = _read("Comparable store sales increased 2 percent, on top of a 6 percent gain in "
                  "the prior year.")
    assert found["6 percent"][0] == "comparable_sales_growth"


def test_the_base_a_per_share_change_started_from_is_per_share():
    found = _read("EPS increased 36% from $0.52 a year earlier.")
    assert found["$0.52"][:2] == ("eps_diluted", "USD/share")
    assert _read("Revenue rose 5% from $4.2 billion.")["$4.2 billion"][:2] == ("revenue", "USD")


def test_earnings_from_continuing_operations_are_not_net_income():
    found = _read("Earnings from continuing operations climbed 6%, to $5.3 billion.")
    assert found["$5.3 billion"][0] != "net_income" and found["6%"][2] != "net_income"
    assert _read("Net income from continuing operations was $5.3 billion.")[
        "$5.3 billion"][0] != "net_income"
    assert _read("Earnings were $5.3 billion.")["$5.3 billion"][0] == "net_income"


def test_bought_back_names_share_repurchases():
    assert _read("The company bought back $1.3 billion of its shares.")["$1.3 billion"][0] == (
        "share_repurchases")


def test_operating_earnings_and_income_before_depreciation_are_no_filed_line_of_theirs():
    # an insurer's adjusted "operating earnings", the OIBDA: neither net nor operating income
    assert _read("Operating earnings were $1.2 billion.")["$1.2 billion"][0] is None
    assert _read("Operating income before depreciation rose to $500 million.")[
        "$500 million"][0] is None
    assert _read("Operating income was $500 million.")["$500 million"][0] == "operating_income"


def test_net_interest_revenue_is_net_interest_income():
    found = _read("Net interest revenue rose to $14.2 billion.")
    assert found["$14.2 billion"][0] == "net_interest_income"
