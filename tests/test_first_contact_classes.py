"""Classes of misreading that new real articles brought on first contact (each a false
`drifted` or a hazard of one), written as paraphrases with invented companies:

- a row laid out with spaces states its scale in its label: "Revenue ($M) $5,359" (a wire copy
  of a chipmaker's release: read as $5,359, compared with the filed $5,359 million);
- a list item named by words no cue reads takes no metric from the next item's words
  (", operating lack of $20 million, net income of $27 million": read as net income);
- revenue from a market named after the metric word is that market's ("revenue generated from
  the Oil and Gas sector grew 84%": recomputed from the total);
- a change amount between a rate and its basis leaves the basis on the rate ("rose 5%, or $200
  million, in constant currency");
- the filer's own name before a metric is the company's ("Widgetco revenue was $X" in a story on
  Widgetco), where another word there names a part ("Cloud revenue").
"""

from decimal import Decimal

from tests.conftest import claims_in


def _by_text(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


SPACED_ROWS = """Widgetco reports second quarter 2023 results
GAAP Quarterly Financial Results

Q2 2023 Q2 2022 Y/Y
Revenue ($M) $5,359 $6,550 Down 18%
Gross profit ($ in millions) $2,443 $3,028 Down 19%
Net income (in millions) $27.5 and $447
Diluted earnings per share ($) $0.02 $0.35
Operating income was $1.1 billion.
"""


def test_a_rows_label_states_the_scale_of_its_dollar_figures():
    claims = _by_text(SPACED_ROWS)
    revenue = claims["$5,359"]
    assert (revenue.metric, revenue.value, revenue.tolerance) == (
        "revenue", Decimal(5359000000), Decimal(500000))
    assert claims["$2,443"].value == Decimal(2443000000)
    assert claims["$27.5"].value == Decimal(27500000)
    assert claims["$27.5"].tolerance == Decimal(50000)


def test_a_label_without_a_scale_or_a_figure_with_its_own_scale_is_left_as_written():
    claims = _by_text(SPACED_ROWS)
    assert claims["$0.02"].value == Decimal("0.02")
    assert claims["$1.1 billion"].value == Decimal(1100000000)


def test_a_label_scale_reaches_no_other_line():
    claims = _by_text("Widgetco reports results\nRevenue ($M) 5,359\nCapital spending was $40.\n")
    assert claims["$40"].value == Decimal(40)


LIST_ITEMS = ("Widgetco reports second quarter 2023 results\nWidgetco today announced revenue "
              "of $5.4 billion, gross margin of 46%, operating lack of $20 million, net income "
              "of $27 million and diluted earnings per share of $0.02. Revenue was $5 billion, "
              "an increase of $200 million.\n")


def test_a_list_item_of_unread_words_takes_no_metric_from_the_next_item():
    claims = _by_text(LIST_ITEMS)
    assert claims["$20 million"].metric is None
    assert claims["$27 million"].metric == "net_income"
    assert claims["$5.4 billion"].metric == "revenue"
    assert claims["$0.02"].metric == "eps_diluted"


MARKETS = ("Widgetco reports 2017 results\nRevenue total for 2017 grew 83% compared to 2016. "
           "Revenue generated from the Oil and Gas sector grew 84% and revenue generated from "
           "the Industrial sector grew 76%. Sales to the aerospace industry increased 9%. "
           "Revenue from the energy market rose 12%.\n")


def test_revenue_from_a_named_market_is_that_markets():
    claims = _by_text(MARKETS)
    assert claims["83%"].metric == "revenue_growth" and claims["83%"].entity is None
    assert claims["84%"].entity == "Oil and Gas sector"
    assert claims["76%"].entity == "Industrial sector"
    assert claims["9%"].entity == "aerospace industry"
    assert claims["12%"].entity == "energy market"


ASIDES = ("Widgetco reports fourth-quarter results\nRevenue rose 5%, or $200 million, on a "
          "constant-currency basis. Net income rose 7%, or $20 million, to $300 million. "
          "Operating income grew 9%, or 12 cents a share, excluding a legal charge.\n")


def test_a_change_amount_between_a_rate_and_its_basis_leaves_the_basis_on_the_rate():
    claims = _by_text(ASIDES)
    assert claims["5%"].metric != "revenue_growth"
    assert claims["9%"].metric is None or claims["9%"].basis != "operating_income"
    seven = claims["7%"]
    assert (seven.metric, seven.basis) == ("revenue_growth", "net_income")


FILER = ("Widgetco reports fourth-quarter results as Widgetco subscribers grow\n"
         "Widgetco revenue was $4.4 billion in the quarter, Widgetco said. Widgetco sales rose "
         "12% to $4.2 billion. Cloud revenue was $1.1 billion. Gizmo revenue was $1 billion.\n")


def test_the_filers_own_name_before_a_metric_names_the_company():
    claims = _by_text(FILER)
    assert (claims["$4.4 billion"].metric, claims["$4.4 billion"].entity) == ("revenue", None)
    assert claims["12%"].entity is None and claims["12%"].metric == "revenue_growth"
    assert claims["$1.1 billion"].entity == "Cloud"
    assert claims["$1 billion"].metric is None  # a word the article never names its filer by


SPACED_TABLE = """Widgetco reports second quarter 2023 results
Widgetco today announced revenue for the second quarter of 2023 of $5.4 billion.

GAAP Quarterly Financial Results

Q2 2023 Q2 2022 Y/Y Q1 2023 Q/Q
Revenue ($M) $5,359 $6,550 Down 18% $5,353 Flat
Gross margin 46% 45% Flat 44% Up 2ppts
"""


def test_a_spaced_header_with_no_stub_dates_each_column_and_a_word_cell_holds_its_column():
    claims = _by_text(SPACED_TABLE)
    assert [(claims[k].period_label, claims[k].value) for k in ("$5,359", "$6,550", "$5,353")] == [
        ("Q2 2023", Decimal(5359000000)), ("Q2 2022", Decimal(6550000000)),
        ("Q1 2023", Decimal(5353000000))]
    assert (claims["18%"].metric, claims["18%"].value) == ("revenue_growth", Decimal(-18))
    assert claims["45%"].period_label == "Q2 2022"
    assert claims["44%"].period_label == "Q1 2023"  # "Flat" holds the Y/Y column


BASE_THEN_ITEM = ("Widgetco Reports FY24 First Quarter Results\nWidgetco reported net income of "
                  "$85.1 million compared to $91.0 million in the prior year, and revenue of "
                  "$82.7 million compared to $85.2 million a year ago.\nWidgetco reported, "
                  "including: - Net income of $5.1 million ($1.52 per share) compared to $9.0 "
                  "million ($1.66 per share) in the prior year - Revenue of $8.7 million.\n"
                  "In the prior year, revenue was $2 billion.\n")


def test_a_base_dated_by_the_prior_year_does_not_date_the_next_items_figures():
    claims = _by_text(BASE_THEN_ITEM)
    assert claims["$91.0 million"].period_label == "fiscal Q1 2023"
    assert claims["$82.7 million"].period_label == "fiscal Q1 2024"
    assert claims["$85.2 million"].period_label == "fiscal Q1 2023"
    assert claims["$8.7 million"].period_label == "fiscal Q1 2024"
    assert claims["$2 billion"].period_label == "fiscal Q1 2023"  # a phrase heading its clause


WRAPPED = ("Widgetco reported results for its fiscal 2024 first quarter\nended December 31, "
           "including:\n- Net income of $85.1 million\n($1.52 per share) compared\nto $91.0 "
           "million ($1.66 per share) in the prior year\n- Revenue of $900 million\n"
           "Net loss\n(in millions)\n")


def test_a_hard_wrapped_line_goes_on_into_a_bracket_that_continues_it():
    claims = _by_text(WRAPPED)
    eps = claims["$1.52 per share"]
    assert (eps.metric, eps.value, eps.period_label) == ("eps_diluted", Decimal("1.52"),
                                                         "fiscal Q1 2024")
    assert claims["$1.66 per share"].period_label == "fiscal Q1 2023"
    assert claims["$91.0 million"].metric == "net_income"


def test_a_per_share_aside_after_an_amount_is_no_loss_but_a_bracketed_amount_is():
    claims = _by_text("Widgetco reports second-quarter results\nNet income was $85.1 million "
                      "($1.52 per share). Net loss was $27.1 million ($0.15 per share). "
                      "Operating loss ($27.1 million) widened. EPS was ($0.15).\n")
    assert claims["$1.52 per share"].value == Decimal("1.52")
    assert claims["$0.15 per share"].value == Decimal("-0.15")  # the loss's words sign it
    assert claims["($27.1 million)"].value == Decimal(-27100000)
    assert claims["($0.15)"].value == Decimal("-0.15")


def test_a_headline_stays_apart_from_a_source_tag_that_opens_the_next_line():
    claims = _by_text("Widgetco Q3 Profit Up 8%, Sees Q4 Earnings Below View\n(Newswire) - "
                      "Widgetco on Thursday reported an 8 percent increase in profit for the "
                      "third quarter.\n")
    assert claims["8 percent"].period_label.startswith("Q3")
