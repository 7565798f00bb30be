"""Classes of misreading that new real articles brought on first contact in session 36 (each a
false `drifted`, or a hazard of one found beside it), written as paraphrases with invented
companies, and checked on a real 10-K where the filing decides the verdict:

- a rate in parentheses right after a change's amount restates that change, and takes the
  amount's way ("a revenue increase of $259 million (6%) ..., but a decrease ..." was -6%);
- a change "under non-GAAP accounting" is the adjusted measure's, never the reported line's;
  nor is the change amount of a line an adjusting word names ("adjusted revenue fell $X");
- a fall of a rate the filer states (constant currency, organic, comparable sales) is
  negative, as revenue growth's is;
- "the same period a year ago" after a quarter named in its own sentence is that quarter a year
  back, though the sentence before set a whole year in force (a rail trade paper's Q4 operating
  ratio, compared with the year before's);
- a whole year named after a comparison's clause dates its own figure ("..., compared with $B a
  year earlier, and full-year net income was $C"), and the base of that year's figure is the
  year before, never the quarter the sentence opened with;
- a profit ", generated from selling" part of what a company made is a gain on that sale.
"""

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.claims_qualifiers import unread_reason
from tests.conftest import claims_in, stored_corpus_facts, verify_text


def _by_text(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("text, figure, value", [
    ("Widgetco's revenue rose $259 million (6%), while its costs had a decrease.", "(6%",
     Decimal("6")),
    ("Widgetco's net income fell $40 million (12%) from a year earlier, while revenue rose 3%.",
     "(12%", Decimal("-12")),
])
def test_a_rate_restating_a_change_amount_takes_the_amounts_way(text, figure, value):
    claim = _by_text(text)[figure]
    assert (claim.metric, claim.value) == ("revenue_growth", value)


def test_a_rate_in_parentheses_after_a_level_is_no_change():
    claims = _by_text("Widgetco's revenue was $5.2 billion (40% of the total), while costs had "
                      "a decrease.")
    assert claims["(40%"].metric != "revenue_growth"


def test_a_change_under_non_gaap_accounting_is_the_adjusted_measures():
    text = ("While the Gadgets division had a revenue increase of $259 million (6%) under GAAP "
            "accounting, it was a revenue decrease of $281 million (6% decrease) under non-GAAP "
            "accounting for the quarter.")
    claims = claims_in(text)
    gaap, adjusted = [c for c in claims if c.text == "(6%"]
    assert (gaap.metric, gaap.value) == ("revenue_growth", Decimal("6"))
    assert adjusted.metric is None
    assert next(c for c in claims if c.text == "$281 million").metric is None


@pytest.mark.parametrize("text", [
    "Widgetco's adjusted revenue fell $281 million.",
    "Widgetco's operating income rose 8% in non-GAAP terms.",
])
def test_an_adjusted_lines_change_is_not_compared_with_the_reported_line(text):
    assert all(c.metric is None for c in claims_in(text))


@pytest.mark.parametrize("text, metric", [
    ("Widgetco's revenue fell $281 million from a year earlier.", "difference"),
    ("Widgetco's operating income rose 8% under GAAP accounting.", "revenue_growth"),
])
def test_a_reported_lines_change_keeps_its_metric(text, metric):
    assert claims_in(text)[0].metric == metric


@pytest.mark.parametrize("text, metric", [
    ("Widgetco's revenue fell 6% on a constant-currency basis.",
     "revenue_growth_constant_currency"),
    ("Widgetco's comparable sales dipped 0.7% in the quarter.", "comparable_sales_growth"),
])
def test_a_fall_of_a_rate_the_filer_states_is_negative(text, metric):
    claim = claims_in(text)[0]
    assert claim.metric == metric and claim.value < 0
    rise = claims_in(text.replace("fell", "rose").replace("dipped", "rose"))[0]
    assert rise.metric == metric and rise.value > 0


_YEAR_THEN_QUARTER = ("Railco reports fourth-quarter results\n\nNet income for full-year 2024 "
                      "was $6.7 billion. Railco posted a Q4 operating ratio of 58.7% compared "
                      "to 60.9% in the same period a year ago.\n")


def test_the_same_period_a_year_ago_is_the_quarter_its_sentence_names():
    claims = _by_text(_YEAR_THEN_QUARTER)
    level, base = claims["58.7%"], claims["60.9%"]
    assert (level.period_start, level.period_end) == (date(2024, 10, 1), date(2024, 12, 31))
    assert base.period_end == date(2023, 12, 31)
    assert base.period_start.year == 2023 and base.period_start.month == 10


def test_the_same_period_a_year_ago_after_a_year_is_the_year_before():
    claims = _by_text("Railco reports its year\n\nFor full-year 2024, Railco posted an operating "
                      "ratio of 59.9% compared to 60.1% in the same period a year ago.\n")
    assert claims["60.1%"].period_end == date(2023, 12, 31)
    assert claims["60.1%"].period_start.month == 1


def test_a_year_named_after_a_comparisons_clause_dates_its_own_figure():
    claims = _by_text("In 2024, revenue was $24.3 billion. Fourth-quarter revenue was $6.1 "
                      "billion, compared with $6.2 billion a year earlier, and full-year net "
                      "income was $6.7 billion versus $6.4 billion a year earlier.")
    assert claims["$6.2 billion"].period_start.month == 10
    assert claims["$6.7 billion"].period_label == "FY2024"
    assert claims["$6.4 billion"].period_end == date(2023, 12, 31)
    assert claims["$6.4 billion"].period_start.month == 1


def test_a_quarters_base_is_still_the_quarter_a_year_back():
    claims = _by_text("In 2024, revenue was $24.3 billion. Fourth-quarter revenue was $6.1 "
                      "billion, compared with $6.2 billion a year earlier.")
    assert claims["$6.2 billion"].period_start.month == 10


def test_the_railroads_quarter_base_is_not_compared_with_its_year():
    """The 10-K states no quarter: the base a year back is unverifiable, never drifted against
    the year's operating ratio (62.35%)."""
    facts = stored_corpus_facts("dev/10-K_UNP_2024-12-31.html", "0000100885-25-000006",
                                "10-K", date(2025, 2, 7), cik=100885)
    verdicts = verify_text(_YEAR_THEN_QUARTER, facts)
    assert verdicts["60.9%"].verdict == "unverifiable"
    assert verdicts["58.7%"].verdict == "unverifiable"


@pytest.mark.parametrize("sentence, metric", [
    ("During Q2 2023, Minerco recorded a profit of $23.4 million, generated from selling most "
     "of the coins it mined.", "stated_charge"),
    ("Minerco recorded a profit of $23.4 million in Q2 2023, generated mostly from its mining "
     "operations.", "net_income"),
])
def test_a_profit_generated_from_selling_is_a_gain(sentence, metric):
    assert _by_text(sentence)["$23.4 million"].metric == metric


@pytest.mark.parametrize("line", [
    "- Revenue: $11.08 billion (+16% YoY) vs. expected $11.07 billion",
    "Revenue of $11.08 billion beat estimated $11.07 billion.",
])
def test_a_forecasts_participle_after_vs_makes_an_estimate(line):
    claims = _by_text("Streamco's second quarter\n" + line + "\n")
    assert claims["$11.08 billion"].not_checkable_reason is None
    assert claims["$11.07 billion"].not_checkable_reason is not None


def test_a_result_compared_with_a_year_earlier_as_expected_stays_a_result():
    claims = _by_text("Revenue rose to $11.08 billion from $9.5 billion a year earlier, as "
                      "expected.")
    assert claims["$9.5 billion"].not_checkable_reason is None


@pytest.mark.parametrize("sentence, part", [
    ("Devco recorded a new all-time high for gross margin on services this quarter, at 75.7%.",
     "Services"),
    ("Gross margin for Cloud was 70%.", "Cloud"),
    ("The gross margin for the quarter was 47.1%.", None),
    ("Gross margin in the second quarter came in at 47.1%.", None),
    ("Operating margin on a GAAP basis was 31%.", None),
])
def test_a_margin_on_a_named_part_is_the_parts(sentence, part):
    text = "Devco reported its fiscal second quarter 2025 results. " + sentence
    claim = next(c for c in claims_in(text) if c.unit == "percent")
    assert claim.entity == part


def test_a_streak_over_years_is_no_one_years_growth():
    claims = _by_text("Foodco reported 2008 results. EPS grew 14%. \u201cThese results beat "
                      "our annual target for at least 10% EPS growth and mark our seventh "
                      "straight year of at least 13% growth,\u201d he said.")
    assert claims["13%"].metric is None
    assert "streak" in unread_reason(claims["13%"])
    assert claims["14%"].basis == "eps_diluted"


_RECORDS = ("Railco sets records\n\n10/22/2008\n\nRailco set five records in the third quarter.\n"
            "Railway operating revenues increased 23 percent to a record $2.9 billion, income "
            "from operations jumped 31 percent to an all-time-high $894 million, net income "
            "soared 35 percent to a record $520 million and diluted earnings per share rose 41 "
            "percent to a best-ever $1.37.\n")


def test_a_level_a_change_reached_as_a_record_is_the_changed_lines():
    claims = _by_text(_RECORDS)
    assert claims["$2.9 billion"].metric == "revenue"
    assert claims["$894 million"].metric == "operating_income"
    assert claims["$520 million"].metric == "net_income"
    assert (claims["$1.37"].metric, claims["$1.37"].unit) == ("eps_diluted", "USD/share")


def test_a_numeric_dateline_is_a_date_not_a_figure_nor_a_year():
    claims = _by_text(_RECORDS)
    assert claims["10/22/2008"].not_checkable_reason.startswith("a date")
    assert "10" not in claims
    assert claims["$2.9 billion"].period_label != "FY2008"  # the quarter named, not the year


def test_a_fraction_is_no_date():
    claims = _by_text("Revenue was $5 billion in 2024, and 3/4 of it came from services.")
    assert claims["$5 billion"].period_label == "FY2024"


@pytest.mark.parametrize("sentence, basis", [
    ("Widgetco posted 16% revenue growth.", None),
    ("Widgetco attributed its approximately 16% revenue growth to price increases.", None),
    ("Widgetco announced 6% net revenue growth in the quarter.", None),
    ("Widgetco's 16% revenue growth beat forecasts.", None),
    ("The company saw 12% EPS growth.", "eps_diluted"),
])
def test_a_rate_before_its_lines_growth_noun_is_that_lines_growth(sentence, basis):
    claim = claims_in(sentence)[0]
    assert (claim.metric, claim.basis) == ("revenue_growth", basis)


def test_a_rate_before_a_count_growth_is_no_revenue_growth():
    assert claims_in("Widgetco posted 16% subscriber growth.")[0].metric is None


@pytest.mark.parametrize("sentence, figure, hypothetical", [
    ("Show me a retail store with a 76% gross margin.", "76%", True),
    ("Name a company that has 40% revenue growth.", "40%", True),
    ("Devco said gross margin was 46.6%, with a 76% margin on services.", "76%", False),
])
def test_a_rhetorical_challenges_figure_is_no_filers(sentence, figure, hypothetical):
    claim = _by_text(sentence)[figure]
    assert (claim.not_checkable_reason is not None) == hypothetical


def test_a_figures_own_previous_year_is_the_year_before_the_one_in_force():
    """Unlike a bare "last year" (the writer's), "the previous year" after a year in force is
    the year before it: "a 2.2 per cent drop in the previous year" (a trade journal)."""
    claims = _by_text("Rockco's 2012 results. Concrete turnover rose by 8.5 per cent, to "
                      "US$406.4m after a 2.2 per cent drop in the previous year.")
    assert claims["2.2 per cent"].period_end.year == 2011


def test_a_comparisons_previous_fiscal_year_is_the_year_before():
    claims = _by_text("Gameco exited two countries during the 2023 fiscal year. Net sales fell "
                      "to $5.27 billion from $5.93 billion in the previous fiscal year.")
    assert claims["$5.27 billion"].period_label == "FY2023"
    assert claims["$5.93 billion"].period_end.year == 2022


_APPLE_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"


def test_a_quarter_named_by_its_yearless_end_day_is_the_filers_quarter_ending_then():
    """"The quarter that ended on March 29" is a device maker's fiscal second quarter: compared
    with the quarter ending that day, never a 'first quarter': the one loaded 10-Q reports the
    quarter ending then, so a wrong figure for it is drifted (and a year-before one too)."""
    facts = stored_corpus_facts(_APPLE_Q, "0000320193-25-000057", "10-Q", date(2025, 5, 2),
                                cik=320193)
    text = ("Devco said its net income for the quarter that ended on March 29 was $24.78 "
            "billion, or $1.65 per share, in contrast to $23.636 billion, or $1.53 per share, "
            "for the same period last year. Revenue grew to $95.9 billion.")
    verdicts = verify_text(text, facts)
    for figure in ("$24.78 billion", "$1.65 per share", "$23.636 billion", "$1.53 per share"):
        assert verdicts[figure].verdict == "supported", (figure, verdicts[figure].reason)
    assert verdicts["$95.9 billion"].verdict == "drifted"


_REGIONS = ("Devco reported fiscal second quarter 2025 results. Revenue in the Americas rose to "
            "$40.315 billion from $37.273 billion, in Europe to $24.454 billion from $24.123 "
            "billion, and in Japan to $7.298 billion from $6.262 billion compared to the "
            "previous year.")


def test_each_item_of_a_list_of_parts_is_its_own_parts():
    claims = _by_text(_REGIONS)
    for figure, part in (("$40.315 billion", "Americas"), ("$24.454 billion", "Europe"),
                         ("$24.123 billion", "Europe"), ("$7.298 billion", "Japan"),
                         ("$6.262 billion", "Japan")):
        assert (claims[figure].metric, claims[figure].entity) == ("revenue", part)


def test_a_list_items_part_is_checked_against_that_parts_filed_figure():
    facts = stored_corpus_facts(_APPLE_Q, "0000320193-25-000057", "10-Q", date(2025, 5, 2),
                                cik=320193)
    verdicts = verify_text(_REGIONS, facts)
    for figure in ("$24.454 billion", "$24.123 billion", "$7.298 billion", "$6.262 billion"):
        assert verdicts[figure].verdict == "supported", (figure, verdicts[figure].reason)


@pytest.mark.parametrize("tail", ["in August to $6 billion", "in Q3 to $6 billion"])
def test_a_time_after_a_parts_figure_is_no_next_part(tail):
    claims = _by_text(f"Widgetco's sales in Cloud were $5 billion, {tail}.")
    assert claims["$6 billion"].entity in (None, "Cloud")


_UNIT_BEFORE = ("Chipco reports second quarter fiscal 2026 results.\n\nGaming Division's Strong "
                "Performance\n\nDespite the AI focus, Chipco's gaming division achieved "
                "remarkable results. The segment generated $4.3 billion in revenue, reflecting a "
                "49% YoY increase.\n")


def test_the_segment_after_a_sentence_naming_a_unit_is_that_units():
    claims = _by_text(_UNIT_BEFORE)
    assert claims["$4.3 billion"].entity == "Gaming"


def test_the_segment_after_another_paragraph_stays_unnamed():
    text = _UNIT_BEFORE.replace("results. The segment", "results.\n\nThe segment")
    assert _by_text(text)["$4.3 billion"].entity != "Gaming"


@pytest.mark.parametrize("sentence, metric", [
    ("Railco took a $55 million charge, or $0.07 per diluted share, for a crew agreement.", None),
    ("Railco's net income was $1.9 billion, or $3.15 per diluted share.", "eps_diluted"),
])
def test_an_items_per_share_amount_is_its_effect_not_eps(sentence, metric):
    claim = next(c for c in claims_in("Railco reported second-quarter 2025 results. " + sentence)
                 if c.unit == "USD/share")
    assert claim.metric == metric


_REFUTED = ("Gameco exited two countries during the 2023 fiscal year.\n\nGameco reported net "
            "sales of $5.27 billion during the previous fiscal year. That is an 11 percent "
            "decrease on the net sales of $5.92 billion it delivered in fiscal 2022.\n")


def test_a_year_back_dating_the_article_itself_refutes_is_left_open():
    claims = _by_text(_REFUTED)
    assert claims["$5.27 billion"].period_label is None
    assert claims["$5.92 billion"].period_label == "FY2022"


def test_a_year_back_dating_the_article_bears_out_is_kept():
    claims = claims_in(_REFUTED.replace("$5.92 billion", "$5.27 billion"))
    assert [c.period_label for c in claims if c.metric == "revenue"] == ["FY2022", "FY2022"]


def test_a_year_back_base_beside_its_own_named_year_is_kept():
    claims = _by_text("Gameco's 2023 results. Net sales were $5.27 billion in fiscal 2023, down "
                      "from $5.92 billion a year earlier. Net sales for fiscal 2022 were $5.9 "
                      "billion.")
    assert claims["$5.92 billion"].period_label is not None


_CAPITALS = ("CHIPCO Revenue Hits $5.4 Billion in Q2, Down 18% YoY\n\nThe News: CHIPCO revenue "
             "totaled $5.4 billion in the second fiscal quarter of 2023, down 18% from $6.55 "
             "billion one year ago, as the CPU and GPU vendor saw weaker PC markets. CHIPCO "
             "said its GAAP EPS was $0.02.\n")


def test_a_filer_named_in_capitals_is_the_company_not_a_part():
    claims = _by_text(_CAPITALS)
    assert claims["$5.4 billion"].entity is None
    assert claims["$6.55 billion"].entity is None


def test_a_financial_acronym_is_never_the_filers_name():
    from pipeline.verify.other_names import filer_words

    assert not filer_words(_CAPITALS) & {"gaap", "eps", "cpu", "gpu", "yoy", "pc"}


def test_another_lines_growth_never_refutes_a_year_back_dating():
    """Net income's 46% and diluted EPS's 47% are two lines' growth (both read as growth rows,
    told apart by their basis): neither refutes the other's dating."""
    claims = claims_in("Streamco delivered strong Q2 2025 results, with diluted EPS of $7.19, up "
                       "47% from the prior year.\n\nNet income increased to $3.13 billion from "
                       "$2.15 billion in the prior year, representing a 46% increase.")
    rate = next(c for c in claims if c.text == "46%")
    assert rate.period_label == "Q2 2025"


@pytest.mark.parametrize("text, verdict", [
    # the quarter the loaded 10-Q reports ends on that day: a year-before figure is drifted
    ("For the quarter ended March 29, Devco's net sales were $90.8 billion.", "drifted"),
    ("For the quarter ended March 29, Devco's net sales were $95.4 billion.", "supported"),
    ("For the quarter ended March 29, Devco's net sales were $95.4 billion, up from $90.8 "
     "billion for the same period last year.", "supported"),
])
def test_a_yearless_end_day_is_the_reported_quarter_ending_then(text, verdict):
    facts = stored_corpus_facts(_APPLE_Q, "0000320193-25-000057", "10-Q", date(2025, 5, 2),
                                cik=320193)
    verdicts = verify_text(text, facts)
    first = next(v for v in verdicts.values() if v.claim.unit == "USD")
    assert first.verdict == verdict, first.reason
    assert all(v.verdict == verdict for v in verdicts.values() if v.claim.unit == "USD")


@pytest.mark.parametrize("aside", ["(approximately RMB 334.245 billion)", "(£36.8bn)"])
def test_a_conversion_before_the_amounts_change_leaves_the_change_the_amounts(aside):
    claims = claims_in(f"Chipco released its second-quarter fiscal 2026 results, showing revenue "
                       f"reaching $46.7 billion {aside}, a 56% year-over-year increase.")
    rate = next(c for c in claims if c.text == "56%")
    assert rate.metric == "revenue_growth"
    converted = next(c for c in claims if c.text.startswith(("RMB", "£")))
    assert converted.metric is None and "another currency" in converted.unread_why
