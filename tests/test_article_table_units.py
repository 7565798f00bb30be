"""A pipe table of an article whose header or caption states its money unit: its bare numbers
are money in that scale (a per-share row keeps the currency without the scale); a table that
states no unit leaves them bare numbers, not checkable. (A blog's table of a phone maker's
quarter printed "90,753" under "Q2 2024 (US$ million)": every figure was a bare number.)"""

from decimal import Decimal

from tests.conftest import claims_in

HEADER_UNIT = """Widgetco reported its fiscal second quarter results.
Financial indicator | Q2 2024 (US$ million) | Q2 2025 (US$ million) | Percentage change |
Revenue | 1,200 | 1,350 | +12.5% |
Net income | 300 | 310 | +3.3% |
Diluted earnings per share (US$) | 0.50 | 0.52 | +4.0% |
"""

CAPTION_UNIT = """Widgetco reported its fourth quarter results.
(in millions, except per share amounts)
| Metric | Q4 2024 | Q4 2023 |
|---|---|---|
| Revenue | 2,410.5 | 2,200.1 |
| Units shipped | 14 | 12 |
| Diluted EPS | 1.10 | 0.95 |
"""

NO_UNIT = """Widgetco reported its fourth quarter results.
| Metric | Q4 2024 | Q4 2023 |
|---|---|---|
| Revenue | 2,410 | 2,200 |
"""


def _by_text(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


def test_a_header_that_states_millions_makes_the_row_money():
    claims = _by_text(HEADER_UNIT)
    revenue = claims["1,350"]
    assert (revenue.unit, revenue.value, revenue.metric) == ("USD", Decimal(1350000000),
                                                              "revenue")
    assert revenue.tolerance == Decimal(500000)
    assert revenue.period_label == "Q2 2025" and revenue.not_checkable_reason is None
    assert claims["300"].metric == "net_income" and claims["300"].value == Decimal(300000000)


def test_a_per_share_row_keeps_the_currency_without_the_scale():
    eps = _by_text(HEADER_UNIT)["0.52"]
    assert (eps.unit, eps.value, eps.metric) == ("USD/share", Decimal("0.52"), "eps_diluted")


def test_a_caption_above_the_table_states_the_unit():
    claims = _by_text(CAPTION_UNIT)
    assert claims["2,410.5"].unit == "USD"
    assert claims["2,410.5"].value == Decimal("2410500000")
    assert claims["2,410.5"].tolerance == Decimal(50000)
    assert claims["1.10"].unit == "USD/share" and claims["1.10"].value == Decimal("1.10")


def test_a_caption_without_a_currency_makes_no_money_of_a_count():
    units = _by_text(CAPTION_UNIT)["14"]
    assert units.unit != "USD"


def test_a_table_that_states_no_unit_leaves_bare_numbers():
    revenue = _by_text(NO_UNIT)["2,410"]
    assert revenue.unit is None
    assert "bare number" in (revenue.not_checkable_reason or "")


def test_a_word_for_the_whole_company_names_no_part():
    text = ("Widgetco reported its fourth quarter 2021 results. Companywide revenue in the "
            "quarter rose 8% from a year earlier to $12.64 billion.")
    claims = _by_text(text)
    assert claims["8%"].metric == "revenue_growth"
    assert claims["$12.64 billion"].metric == "revenue"
    assert claims["$12.64 billion"].entity is None


def test_a_figure_a_total_was_earned_from_is_no_comparison_base():
    # "from" after a verb of source names where a figure came from; the base after
    # "down from" stays the year-ago figure
    text = ("Widgetco reported results for the fourth quarter of 2021. The quarter's profit "
            "was earned from net revenue of $9.26 billion, down from net revenue of $9.335 "
            "billion in the prior year.")
    claims = _by_text(text)
    assert claims["$9.26 billion"].period_label == "Q4 2021"
    assert claims["$9.335 billion"].period_label == "Q4 2020"
