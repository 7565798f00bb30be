"""Summary cards laid out one line per cell (label, value, "Previous year:" value, change), an
outlook's year that sets no period of results, and a comparable earnings measure that is no
comparable sales. Every text is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

from tests.conftest import claims_in

_LEAD = ("Acme reported strong second quarter 2023 results, with net revenues growing 6% to "
         "$12.0 billion.\n\n")
_CARDS = ("Total Revenue\n$12B\nPrevious year: $11.3B\n+5.7%\n"
          "EPS\n$0.59\nPrevious year: $0.44\n+34.1%\n"
          "Gross Profit\n$7.06B\nPrevious year: $6.5B\n+8.7%\n"
          "Organic Revenue Growth\n11%\nPrevious year: 16%\n-31.3%\n"
          "Total Assets\n$98.5B\n")


def _by_text(text: str) -> dict:
    found: dict = {}
    for claim in claims_in(text):
        found.setdefault(claim.text, claim)
    return found


def test_card_label_names_its_value_and_the_year_before() -> None:
    claims = _by_text(_LEAD + _CARDS)
    assert (claims["$12B"].metric, claims["$12B"].period_label) == ("revenue", "Q2 2023")
    assert (claims["$11.3B"].metric, claims["$11.3B"].period_label) == ("revenue", "Q2 2022")
    assert claims["$7.06B"].metric == "gross_profit"
    assert claims["$98.5B"].metric == "total_assets"


def test_card_amount_with_no_scale_under_a_per_share_label_is_per_share() -> None:
    claims = _by_text(_LEAD + _CARDS)
    assert (claims["$0.59"].metric, claims["$0.59"].unit) == ("eps_diluted", "USD/share")


def test_card_change_is_the_growth_of_its_label_line() -> None:
    claims = _by_text(_LEAD + _CARDS)
    assert (claims["+5.7%"].metric, claims["+5.7%"].basis) == ("revenue_growth", None)
    assert (claims["+8.7%"].metric, claims["+8.7%"].basis) == ("revenue_growth", "gross_profit")


def test_card_with_an_adjusted_label_names_no_gaap_line() -> None:
    claims = _by_text(_LEAD + _CARDS)
    assert claims["11%"].metric != "revenue_growth"
    assert claims["-31.3%"].metric is None


def test_a_bare_card_label_over_a_value_the_prose_calls_adjusted_is_the_adjusted_line() -> None:
    # (a results-summary site: its prose gave "comparable EPS ... $0.78" and its card "EPS /
    # $0.78 / Previous year: $0.7"; read as GAAP EPS, both drifted against the filed EPS)
    lead = ("Acme reported second quarter 2023 results. EPS grew 34% to $0.59, and comparable "
            "EPS grew 11% to $0.78.\n\n")
    claims = [c for c in claims_in(lead + "EPS\n$0.78\nPrevious year: $0.7\n+11.4%\n")
              if c.text in ("$0.78", "$0.7")]
    assert {c.metric for c in claims} <= {"eps_diluted_non_gaap", None}
    assert any(c.text == "$0.7" and c.metric == "eps_diluted_non_gaap" for c in claims)
    # the card of the GAAP value stays the GAAP line
    claims = _by_text(lead + "EPS\n$0.59\nPrevious year: $0.44\n")
    assert claims["$0.44"].metric == "eps_diluted"


def test_lines_that_are_no_card_are_left_as_read() -> None:
    """A value under a sentence (no label line) and a label over two plain values name none."""
    text = _LEAD + "The quarter was strong.\n$12B\n\nTotal Revenue\n$12B\n$11.3B\n"
    claims = claims_in(text)
    assert [c.metric for c in claims if c.text in ("$12B", "$11.3B")] == [None, None, None]


def test_an_outlook_year_in_a_sentence_sets_no_period_of_results() -> None:
    text = (_LEAD + "The company also raised its full-year guidance. Net revenues grew 6% to "
            "$12.0 billion.")
    assert [c.period_label for c in claims_in(text)] == ["Q2 2023"] * 4


def test_a_full_year_heading_still_opens_the_year() -> None:
    text = ("Acme reported strong fourth quarter 2023 results, with revenue growing 6% to "
            "$12.0 billion.\nFull Year 2023 Results\nNet revenues grew 6%.")
    assert claims_in(text)[-1].period_label == "FY2023"


def test_comparable_eps_growth_is_no_comparable_sales_growth() -> None:
    claims = claims_in("EPS grew 34% to $0.59, and comparable EPS grew 11% to $0.78.")
    rate = next(c for c in claims if c.text == "11%")
    assert rate.metric != "comparable_sales_growth"
    assert claims_in("Comparable store sales grew 3.7%.")[0].metric == "comparable_sales_growth"


def test_a_headline_s_outlook_quarter_sets_no_period_of_results() -> None:
    """"Acme beats estimates, shares drop on low Q3 outlook": the results after it are not the
    third quarter's (its figures were searched for a quarter no filing reports)."""
    text = ("Acme beats estimates, shares drop on low Q3 outlook\n\nDiluted EPS was $7.19 "
            "and revenue was $11.08 billion.")
    assert all("Q3" not in (c.period_label or "") for c in claims_in(text))


def test_a_quarter_outlook_heading_still_opens_its_section() -> None:
    from pipeline.verify.claims_context import find_periods
    from pipeline.verify.claims_period_context import _future_time
    heading = "Third Quarter 2025 Outlook"
    assert not _future_time(heading, find_periods(heading)[0])


def test_stock_based_pay_words_name_stock_based_compensation() -> None:
    for text in ("Stock option remuneration fell from $565 million in 2022 to $476 million.",
                 "Share-based pay was $476 million in 2023."):
        assert claims_in(text)[-1].metric == "stock_based_compensation"


def test_a_table_flattened_one_cell_per_line_is_no_card() -> None:
    text = "Metric\n\n2021\n\n2020\n\nSales\n\n$41.2 million\n\nNet loss\n\n($12.5 million)\n"
    sales = next(c for c in claims_in(text) if c.text == "$41.2 million")
    assert sales.metric is None


def test_a_card_change_that_says_year_over_year_needs_no_prior_line() -> None:
    claims = _by_text(_LEAD + "Operating Income\n$3.1B\n+6.2% YoY\nGross Profit\n$7.06B\n"
                      "+8.7% year-over-year\n")
    assert (claims["+6.2%"].metric, claims["+6.2%"].basis) == ("revenue_growth",
                                                               "operating_income")
    assert (claims["+8.7%"].metric, claims["+8.7%"].basis) == ("revenue_growth", "gross_profit")


def test_a_card_change_against_another_period_is_left_as_read() -> None:
    # "vs Q4": against the quarter before, or the year's end, never the year before
    claims = _by_text(_LEAD + "Operating Income\n$3.1B\n-15.1% vs Q4\nNet Income\n$2.2B\n"
                      "+4.4%\n")
    assert claims["-15.1%"].metric is None
    assert claims["+4.4%"].metric is None  # a bare rate with no prior line says nothing


# a dashboard of cards each closed by its change over a year, with no "Previous year:" line
_YEARLY_CARDS = ("Revenue\n$12.0B\n+6.0% YoY\n"
                 "Diluted EPS\n$0.59\n+34.1% YoY\n"
                 "Gross Margin\n58.8%\n+0.4 pts YoY\n"
                 "Operating Income\n$3.4B\n-2.5% year-over-year\n")


def test_card_change_said_to_be_over_a_year_is_the_growth_of_its_label_line() -> None:
    claims = _by_text(_LEAD + _YEARLY_CARDS)
    assert (claims["+6.0%"].metric, claims["+6.0%"].basis) == ("revenue_growth", None)
    assert (claims["+34.1%"].metric, claims["+34.1%"].basis) == ("revenue_growth",
                                                                 "eps_diluted")
    assert (claims["-2.5%"].metric, claims["-2.5%"].basis, claims["-2.5%"].value) == (
        "revenue_growth", "operating_income", -2.5)
    assert claims["+6.0%"].period_label == "Q2 2023"


def test_card_change_in_points_over_a_year_is_its_label_rate_s_change() -> None:
    claims = _by_text(_LEAD + _YEARLY_CARDS)
    assert (claims["+0.4 pts"].metric, claims["+0.4 pts"].basis) == ("rate_change",
                                                                     "gross_margin")


def test_card_change_against_another_period_or_unsigned_is_left_unread() -> None:
    """"-15.1% vs Q4" (against the quarter before, of a balance), a sequential "QoQ" and an
    unsigned "5.1% YoY" are no card's change over a year."""
    text = _LEAD + ("Cash & Investments\n$132.9B\n-15.1% vs Q4\n"
                    "Revenue\n$12.0B\n+2.0% QoQ\n"
                    "Net Income\n$2.1B\n5.1% YoY\n")
    claims = _by_text(text)
    assert [claims[k].metric for k in ("-15.1%", "+2.0%", "5.1%")] == [None, None, None]


def test_card_change_in_points_under_a_label_naming_no_rate_is_left_unread() -> None:
    claims = _by_text(_LEAD + "Revenue\n$12.0B\n+0.4 pts YoY\n")
    assert claims["+0.4 pts"].metric is None
