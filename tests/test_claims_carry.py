"""Prose in the project's own paraphrases where a figure was compared with the wrong filed figure:
a period carried past a line that opens another, a per-share amount read as a money total, a
part of the company read as the whole, a figure read as another metric's or as reported when the
sentence gives it as an estimate or outlook. Each class, its way out, and the verdicts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_entity import subject_part
from pipeline.verify.claims_modality import figure_modality
from tests.test_claims import article, claims_of
from tests.test_claims_periods import K, Q, stored

Q4_25, Q4_24 = (date(2025, 10, 1), date(2025, 12, 31)), (date(2024, 10, 1), date(2024, 12, 31))
Y24, Y25 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))
Q2_25 = (date(2025, 4, 1), date(2025, 6, 30))
NINE_25, NINE_24 = (date(2025, 1, 1), date(2025, 9, 30)), (date(2024, 1, 1), date(2024, 9, 30))
Q3_25, Q3_24 = (date(2025, 7, 1), date(2025, 9, 30)), (date(2024, 7, 1), date(2024, 9, 30))

FACTS = [
    stored(K, "revenue", "96100000", Q4_25), stored(K, "revenue", "71200000", Q4_24),
    stored(K, "revenue", "410300000", Y25), stored(K, "revenue", "402000000", Y24),
    stored(K, "net_income", "8200000", Q4_25), stored(K, "net_income", "-6100000", Q4_24),
    stored(K, "net_income", "-3400000", Y25), stored(K, "net_income", "-2100000", Y24),
    stored(K, "eps_diluted", "0.03", Q4_25, unit="USD/share"),
    stored(K, "eps_diluted", "-0.07", Q4_24, unit="USD/share"),
    stored(Q, "net_income", "702000000", Q2_25),
    stored(Q, "eps_diluted", "1.58", Q2_25, unit="USD/share"),
    stored(Q, "revenue", "3100000000", Q2_25),
    stored(Q, "noninterest_income", "1240000000", Q2_25),
    stored(Q, "dividends_per_share", "0.40", Q2_25, unit="USD/share"),
    stored(Q, "revenue", "120400000", Q3_25), stored(Q, "revenue", "131000000", Q3_24),
    stored(Q, "revenue", "351900000", NINE_25), stored(Q, "revenue", "370200000", NINE_24),
]


def verdicts(text: str) -> dict:
    return {v.claim.text: v for v in verify_claims(extract_claims(article(text)), FACTS)}


RELEASE = ("Acme Homes Reports 2025 Fourth Quarter and Full Year Results\n\n"
           "2025 Fourth Quarter Highlights and Comparisons to the 2024 Fourth Quarter\n\n"
           "  • Net income of $8.2 million, or $0.03 per diluted share, vs. net loss of "
           "$6.1 million, or $0.07 per diluted share\n"
           "  • Revenues up 35%\n\n"
           "2025 Fiscal Year Highlights and Comparisons to Fiscal Year 2024\n\n"
           "  • Net loss of $3.4 million vs. net loss of $2.1 million\n"
           "  • Revenues of $410.3 million, up 2.1% from $402.0 million\n")


def test_a_line_that_opens_the_full_year_resets_the_carried_quarter():
    """A release's full-year bullets follow its fourth-quarter ones under a heading naming the
    fiscal year: they are the year's (they drifted against the quarter's figures)."""
    found = verdicts(RELEASE)
    for text in ("$3.4 million", "$2.1 million", "$410.3 million", "$402.0 million", "2.1%"):
        assert found[text].verdict == "supported", (text, found[text].reason)
    assert found["$410.3 million"].claim.period_label == "FY2025"
    assert found["$8.2 million"].verdict == "supported"  # the quarter's bullets stay its own


def test_a_heading_of_the_years_numbers_opens_the_year():
    found = claims_of("Acme reported its Q4 2025 results last week.\n\n"
                      "FY 2025 numbers\n\n"
                      "  • Revenues of $410.3 million, up 2.1% from 2024\n"
                      "  • Net income was up 30% year on year\n")
    assert found["$410.3 million"].period_label == "FY2025"
    assert found["30%"].period_label == "FY2025"  # no bullet returns to the lead's quarter


def test_a_line_naming_a_quarter_or_a_year_in_passing_opens_nothing():
    found = claims_of("Acme Q4 2025 revenue was $96.1 million.\n\n"
                      "Highest backlog since 2019\n\n"
                      "  • Net income of $8.2 million\n")
    assert found["$8.2 million"].period_label == "Q4 2025"


def test_the_per_share_amount_of_a_comparisons_base_is_of_the_base_period():
    found = verdicts(RELEASE)
    assert found["$0.07 per diluted share"].claim.period_label.endswith("Q4 2024")
    assert found["$0.07 per diluted share"].verdict == "supported"


def test_an_amount_with_no_scale_after_a_money_total_is_its_per_share_amount():
    """"net income of $702 million, or $1.58 diluted earnings per share" and "from $X million,
    or $1.94, a year earlier": never compared with the money total (it drifted by nine orders of
    magnitude)."""
    found = verdicts("In the second quarter of 2025 the bank earned net income of $702 "
                     "million, or $1.58 diluted earnings per share.")
    assert found["$1.58"].claim.metric == "eps_diluted"
    assert found["$1.58"].verdict == "supported"
    found = claims_of("Q2 2025 net income was $702 million or $1.58 per share.")
    assert found["$1.58 per share"].metric == "eps_diluted"
    found = claims_of("In Q2 2025 the net loss narrowed to $9.1 million, or 6 cents a share, "
                      "from $98.2 million, or $0.91, in the year-earlier period.")
    assert found["$0.91"].unit == "USD/share" and found["$0.91"].value < 0
    assert found["$0.91"].period_label == "Q2 2024"


def test_a_base_in_an_aside_is_of_the_figure_before_it():
    """"diluted EPS rose 14.9% to $3.15 (vs $2.74)" (a filing digest's recap of a railroad's
    quarter): the base in parentheses is the per-share amount's, not the net income named
    earlier in the sentence (it was compared with the money total)."""
    found = verdicts("Net income rose to $8.2 million in Q4 2025 (vs a net loss of $6.1 "
                     "million in Q4 2024), and diluted EPS came to $0.03 (vs -$0.07).")
    assert found["-$0.07"].claim.metric == "eps_diluted"
    assert found["-$0.07"].claim.unit == "USD/share"
    assert found["-$0.07"].verdict == "supported"
    found = claims_of("In Q2 2025 the bank's diluted EPS was $1.58 (compared with $1.41).")
    assert found["$1.41"].metric == "eps_diluted"


def test_an_aside_that_is_no_plain_base_keeps_its_own_reading():
    found = claims_of("In Q2 2025 diluted EPS was $1.58 (vs. the consensus estimate of $1.50).")
    assert found["$1.50"].metric is None and found["$1.50"].not_checkable_reason
    found = claims_of("In Q2 2025 diluted EPS was $1.58 (revenue $3.1 billion).")
    assert found["$3.1 billion"].metric == "revenue"


def test_the_level_a_change_reached_is_what_changed_even_after_its_basis_words():
    found = verdicts("In Q2 2025, noninterest income rose 12% year over year to $1.24 billion "
                     "on higher advisory and card revenues.")
    assert found["$1.24 billion"].claim.metric == "noninterest_income"
    assert found["$1.24 billion"].verdict == "supported"


def test_an_earnings_surprise_is_an_estimate():
    sentence = "The lender posted a second-quarter earnings surprise of 31.6% on reserve releases."
    at = sentence.index("31.6%")
    assert figure_modality(sentence, (at, at + 5)).modality == "estimate"


def test_a_hyphenated_name_before_an_outlook_verb_compares_nothing():
    """"better-than-expected" compares; "Fizz-Cola also projects earnings to grow 5% to 6%"
    is the company's outlook (the hyphen of its name read as a comparison)."""
    sentence = "Fizz-Cola also projects its earnings to increase 5% to 6% this year."
    at = sentence.index("5% to 6%")
    assert figure_modality(sentence, (at, at + 8)).modality == "guidance"
    sentence = "Sales came in at $4 billion, a better-than-expected result."
    assert figure_modality(sentence, (17, 27)) is None


def test_a_base_the_company_delivered_is_reported_and_of_the_year_it_names():
    text = ("In Q2 2025 revenue was $3.1 billion. Fizz-Cola projects its earnings per share to "
            "grow 5% to 6% from the $2.48 a share it delivered in 2024.")
    found = {c.text: c for c in extract_claims(article(text))}
    assert found["5% to 6%"].not_checkable_reason
    base = found["$2.48 a share"]
    assert base.not_checkable_reason is None and base.period_label == "FY2024"
    assert verdicts(text)["$2.48 a share"].verdict == "unverifiable"


def test_a_sentence_whose_subject_is_a_part_gives_its_figures_that_part():
    """"The data center business ... with $41.1 billion", "Another category, networking,
    delivered revenue of $7.3 billion": never the company's total revenue."""
    found = verdicts("In Q2 2025, the server business remained the largest in revenue, with "
                     "$2.2 billion. Another growth category, storage, delivered revenue of "
                     "$0.4 billion, up 9% from a year ago.")
    for text in ("$2.2 billion", "$0.4 billion", "9%"):
        assert found[text].claim.entity is not None, text
        assert found[text].verdict == "unverifiable", (text, found[text].reason)
    assert subject_part("The Home, Garden, and Outdoor segment (which includes patio furniture, "
                        "grills and planters) brought in ") == "Home, Garden, and Outdoor"
    assert subject_part("Another growth category posted revenue of ") is None
    # the company itself as the subject: its total
    assert claims_of("In Q2 2025 the company delivered revenue of $3.1 billion."
                     )["$3.1 billion"].entity is None


def test_parts_listed_before_respectively_take_the_figures_in_turn():
    found = claims_of("In Q2 2025 Laptop and Tablet revenues grew 7% ($2.95 billion) and 15% "
                      "($1.4 billion), respectively.")
    assert found["7%"].entity == "Laptop" and found["15%"].entity == "Tablet"
    assert found["$2.95 billion"].entity == "Laptop" and found["$1.4 billion"].entity == "Tablet"
    assert found["$2.95 billion"].value == Decimal("2950000000")  # an aside, not a loss


def test_the_first_quarters_of_the_year_are_the_year_so_far():
    found = verdicts("In Q3 2025 net sales decreased to $120.4 million from $131.0 million a "
                     "year earlier. For the first three quarters of the fiscal year, total sales "
                     "fell to $351.9 million, down 4.9% from $370.2 million in the prior year. "
                     "Revenue for the quarter was $120.4 million.")
    for text in ("$351.9 million", "$370.2 million", "4.9%"):
        assert found[text].verdict == "supported", (text, found[text].reason)
    assert found["$351.9 million"].claim.period_label == "fiscal 9M 2025"
    # the quarter stays in force after the year so far
    last = [v for t, v in found.items() if t == "$120.4 million"][-1]
    assert last.claim.period_label == "Q3 2025"


def test_a_rate_names_what_changed_after_its_noun():
    found = verdicts("In Q3 2025 the decrease in sales was due to a 3.8% reduction in the number "
                     "of transactions.")
    assert found["3.8%"].claim.metric is None
    found = claims_of("In Q3 2025 selling expenses rose, accounting for 29.1% of net sales.")
    assert found["29.1%"].metric is None  # a share of sales, not the rise


def test_a_rate_of_the_prior_year_quarter_is_dated_so():
    found = claims_of("In Q2 2025 revenue in Canada slipped 2% to $0.9 billion, compared with "
                      "a 11% fall in the prior-year quarter.")
    assert found["11%"].period_label == "Q2 2024"


def test_a_dividend_raised_to_a_new_rate_is_not_the_quarters_declared_one():
    found = verdicts("In Q2 2025 revenue was $3.1 billion. The company also announced a 5% "
                     "increase in its quarterly dividend to $0.42 per share.")
    assert found["$0.42 per share"].verdict == "unverifiable"
    assert found["$0.42 per share"].claim.period_label == "Q3 2025"


def test_a_dash_after_a_footnote_mark_ends_a_run_on_summarys_item():
    """A machine summary run on as one block ("... in Q2 2024[9] - Gross profit for Q2 2025
    was ..."): each item is a sentence of its own, so no figure takes the next item's metric."""
    found = claims_of("Results - Revenue for Q2 2025 was $140.3 million, up 17% compared to "
                      "$120.1 million in Q2 2024[9] - Operating income for Q2 2025 was "
                      "$30.9 million, compared to $24.0 million in Q2 2024[9] - Net income rose.")
    assert found["$120.1 million"].metric == "revenue"
    assert found["$24.0 million"].metric == "operating_income"


def test_the_year_so_far_at_the_fourth_quarter_is_the_year():
    found = claims_of("Q4 2025 revenue was $96.1 million. Year-to-date, revenue was "
                      "$410.3 million.")
    assert found["$410.3 million"].period_label == "FY2025"


def test_a_per_share_base_before_last_year_is_the_quarter_in_force_a_year_back():
    text = ("Acme Homes reports its 2025 results.\n\n"
            "Profit for the fourth quarter came to $9.4 million, $0.05 per diluted share, "
            "compared to $7.7 million, $0.04 per diluted share last year.\n")
    found = {c.text: c for c in extract_claims(article(text))}
    (base,) = [c for t, c in found.items() if t.startswith("$0.04")]
    assert base.period_label.endswith("Q4 2024")


def test_a_sentence_opened_as_a_comparison_does_not_move_the_period_in_force():
    text = ("Acme Rail reported 2025 second quarter net income of $702 million.\n\n"
            "By comparison, the 2024 second quarter net income was $650 million.\n\n"
            "Operating revenue of $3.1 billion grew 2%.\n")
    found = {c.text: c for c in extract_claims(article(text))}
    assert found["$3.1 billion"].period_label.endswith("Q2 2025")


# a grocery trade site on a club's fourth quarter named the quarter without its year, then
# "In comparison, ... the fourth quarter of <last year> was $X": that year was taken as the
# article's, and the fiscal year's figures after it were searched a year back
YEARLESS_THEN_BASE = (
    "Acme Clubs posts a stronger fourth quarter\n\n"
    "Its net sales in the fourth quarter climbed 9.1% to $130.2 million. By comparison, sales in "
    "the fourth quarter of 2024 were $119.3 million. For the fiscal year, net sales "
    "grew 75.7% to $510.0 million, from $290.3 million last year.\n")


def test_a_comparison_after_a_yearless_quarter_does_not_date_the_article():
    found = {c.text: c for c in extract_claims(article(YEARLESS_THEN_BASE))}
    assert "2024" not in found["$510.0 million"].period_label
    verdicts = {v.claim.text: v.verdict for v in verify_claims(
        extract_claims(article(YEARLESS_THEN_BASE)),
        [stored(K, "revenue", "510012000", Y25), stored(K, "revenue", "290275000", Y24)])}
    assert verdicts["$510.0 million"] == verdicts["75.7%"] == "supported"


def test_a_base_sentence_not_opened_as_a_comparison_still_dates_the_article():
    # must not fire: a sentence that states its year of its own sets the period in force
    text = YEARLESS_THEN_BASE.replace("By comparison, sales", "Sales")
    found = {c.text: c for c in extract_claims(article(text))}
    assert found["$510.0 million"].period_label == "FY2024"


# a newspaper on a metals maker's second quarter set a cost against the pretax profit "that
# <the company> made in the first half of the year": the half's figure was dated the quarter
# carried from the sentence before (searched in the quarter, unverifiable)
def test_a_figure_its_company_made_in_a_part_of_the_year_is_that_parts():
    text = ("Widgetco reported its second quarter of 2018 on Wednesday. The duties eat "
            "roughly a tenth of the $640 million in pretax profits that Widgetco made in the first "
            "half of the year.")
    found = {c.text: c for c in extract_claims(article(text))}
    assert found["$640 million"].period_label == "fiscal 6M 2018"


def test_a_period_after_other_words_than_a_line_and_its_maker_does_not_date_the_figure():
    # must not fire: the period after a clause about something else dates that clause
    text = ("Widgetco reported its second quarter of 2018 on Wednesday. Revenue was $5 billion, "
            "in line with what analysts made of it in the first half of the year.")
    found = {c.text: c for c in extract_claims(article(text))}
    assert found["$5 billion"].period_label == "Q2 2018"
