"""Figures laid out other than in plain sentences: a machine summary's list items run together in
one block with reference markers, a figure in parentheses after a rate, and the reasons every
drifted verdict must carry. The texts are paraphrases written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article, Evidence, Verification
from extractors.dispatch import extract_document
from pipeline.verify import claims_spaced
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_context import split_sentences
from pipeline.verify.reasons import explain_drift
from tests.conftest import corpus_file
from warehouse.records import StoredFact


def article(text: str) -> Article:
    return Article("t", text, hashlib.sha256(text.encode()).hexdigest())


def claims_of(text: str) -> dict:
    return {c.text: c for c in extract_claims(article(text)) if c.value is not None}


# Home Depot's Q2 FY2023 summary (a machine-written one) ran its bullets together in one block,
# each ending in a bracketed reference: a base figure at an item's end took the next item's metric.
RUN_ON_ITEMS = (
    "Results - Revenue for Q3 2024 was $10.512 billion, up 4% from $10.104 billion in Q3 "
    "2023[4] - Gross profit for Q3 2024 was $3.250 billion, down from $3.301 billion in Q3 "
    "2023, a decline of 1.5%[4] - Operating income for Q3 2024 was $1.2 billion[7]")


def test_reference_marked_items_are_sentences_of_their_own():
    texts = [s.text for s in split_sentences(RUN_ON_ITEMS)]
    assert texts[0].endswith("in Q3 2023[4]")  # the item's dash is no part of either sentence
    assert texts[1].startswith("Gross profit for Q3 2024")
    assert texts[2] == "Operating income for Q3 2024 was $1.2 billion[7]"


def test_a_base_at_an_items_end_keeps_its_own_items_metric():
    found = claims_of(RUN_ON_ITEMS)
    assert found["$10.104 billion"].metric == "revenue"
    assert found["$3.301 billion"].metric == "gross_profit"
    assert found["$1.2 billion"].metric == "operating_income"


def test_a_bracketed_number_inside_a_sentence_is_no_end():
    texts = [s.text for s in split_sentences("Revenue [1] was $5 million. Costs fell.")]
    assert texts == ["Revenue [1] was $5 million.", "Costs fell."]


def test_an_amount_in_parentheses_after_a_rate_is_an_aside_not_a_loss():
    # Apple's Q2 FY2025 coverage: "growth of 7% ($7.95 billion) and 15% ($6.4 billion)" was read
    # as two losses and held to the filed (positive) revenues as drifted.
    found = claims_of("Services revenue grew 15% ($6.4 billion) in the quarter.")
    assert found["$6.4 billion"].value == Decimal("6400000000")
    row = claims_of("| Net income (loss) | ($27.1 million) | $14.7 million |")
    assert row["($27.1 million)"].value == Decimal("-27100000")
    flat = claims_of("Operating income $526 million ($20 million)")
    assert flat["($20 million)"].value == Decimal("-20000000")


@pytest.fixture(scope="module")
def streamer() -> list[StoredFact]:
    path = corpus_file("dev/10-Q_NFLX_2025-06-30.html")
    facts = extract_document(path.read_bytes(), document=path.name, form="10-Q")
    return [StoredFact(f"f{i}", fact, 1, "0001065280-25-000001", "10-Q", date(2025, 7, 18),
                       path.name, f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


def test_every_drifted_verdict_names_the_filed_value_and_its_filing(streamer):
    # growth and margin verdicts are recomputed: they used to drift with no reason at all
    text = ("In the second quarter of 2025, revenue rose 19% to $11.08 billion from $9.56 "
            "billion a year earlier. Operating income was $3.8 billion, an operating margin of "
            "41% of revenue.")
    verdicts = verify_claims(extract_claims(article(text)), streamer)
    drifted = [v for v in verdicts if v.verdict == "drifted"]
    assert drifted, [(v.claim.text, v.verdict, v.reason) for v in verdicts]
    for v in drifted:
        assert v.reason and "10-Q filed 2025-07-18" in v.reason, (v.claim.text, v.reason)
        assert f"{v.filed_value:,f}".split(".")[0] in v.reason


def test_a_recomputed_drift_shows_its_inputs():
    evidence = tuple(Evidence(f"f{i}", "a", "10-Q", date(2025, 7, 18), "u", "l", "t", value,
                              "USD", date(start, 4, 1), date(start, 6, 30), "revenue")
                     for i, (start, value) in enumerate(((2024, Decimal(100)),
                                                         (2025, Decimal(110)))))
    claim = extract_claims(article("In Q2 2025 revenue rose 19%."))[0]
    v = explain_drift(Verification(claim, "drifted", filed_value=Decimal("10.00"),
                                   evidence=evidence, arithmetic="110 / 100 - 1 = 10.00%"))
    assert v.reason.startswith("recomputed 10.00 as 110 / 100 - 1 = 10.00%")
    assert "100 (revenue for 2024-04-01..2024-06-30) in the 10-Q filed 2025-07-18" in v.reason


# AMD's Q2 2023 coverage laid its key numbers out with spaces; every cell took the header's
# first period, so the later column's figures were dated a year early.
SPACED = ("Key numbers\n\nMetric Q2 2024 Q2 2025 Change\n"
          "Revenue $9.56 billion  $11.08 billion 16%\n"
          "Operating income $2.60 billion $3.77 billion\n\n"
          "A note under the row\n\n"
          "Net income $2.15 billion $3.13 billion 46%\n\n"
          "Source: the company.\n")


def test_a_spaced_tables_cells_take_their_columns_periods():
    found = claims_of(SPACED)
    assert found["$9.56 billion"].period_label == "Q2 2024"
    assert found["$11.08 billion"].period_label == "Q2 2025"
    assert found["$3.77 billion"].period_label == "Q2 2025"
    assert found["$3.13 billion"].period_label == "Q2 2025"  # a note line inside the table
    growth = found["16%"]
    assert (growth.metric, growth.period_label) == ("revenue_growth", "Q2 2025")
    assert found["46%"].basis == "net_income"


def test_a_spaced_table_is_verified_cell_by_cell(streamer):
    verdicts = {v.claim.text: v for v in verify_claims(extract_claims(article(SPACED)), streamer)}
    for cell in ("$9.56 billion", "$11.08 billion", "16%", "$3.77 billion"):
        assert verdicts[cell].verdict == "supported", (cell, verdicts[cell].reason)


def test_a_bracketed_change_cell_is_a_fall(streamer):
    table = ("Metric Q2 2024 Q2 2025 Change\n"
             "Revenue $11.08 billion $9.56 billion (14%)\n"
             "Net income $3.13 billion $2.15 billion 31%\n")
    found = claims_of(table)
    assert found["(14%"].value == -14 and found["31%"].value == 31
    # a fall written in brackets, read as a rise, would drift from the filing's -13.7%
    assert claims_spaced.in_brackets("Revenue $1 $2 (14%)", (14, 18))
    assert not claims_spaced.in_brackets("Revenue $1 $2 14%", (14, 17))


def test_a_row_that_does_not_fit_the_columns_takes_none_of_them():
    rates = claims_of("Metric Q2 2024 Q2 2025 Change\nGross margin 41% 45% 4%\n")
    assert rates["45%"].period_label == "Q2 2025"
    assert rates["4%"].metric is None  # a rate's change: points or percent, the table unsaid
    odd = claims_of("Metric Q2 2024 Q2 2025 Change\nRevenue $9.56 billion 16% $11.08 billion\n")
    assert odd["$11.08 billion"].metric is None
    assert claims_spaced.read_header("Revenue rose in Q2 2025 and Q2 2024") is None
    assert claims_spaced.read_header("Results for Q2 2025") is None


def test_a_part_row_under_a_metric_column_is_the_parts_and_qoq_is_not_read():
    text = ("Segment Q2 2025 Revenue Change YOY Change QOQ\n"
            "Streaming $11.08 billion 16% 5%\n"
            "Total $12.00 billion 10% 2%\n")
    found = claims_of(text)
    assert found["5%"].metric is None  # against the quarter before: not recomputed
    part = found["$11.08 billion"]
    assert (part.metric, part.entity, part.period_label) == ("revenue", "Streaming", "Q2 2025")
    assert (found["16%"].metric, found["16%"].entity) == ("revenue_growth", "Streaming")
    # the parts' sum may leave out what no part holds: not pinned to the company's line
    assert found["$12.00 billion"].metric is None
    # a row whose label names a metric keeps it; a row of a rate is not a part
    rates = claims_of("Segment Q2 2025 Revenue Change YOY\nOperating income $3.1 billion 20%\n")
    assert rates["$3.1 billion"].entity is None


# Buckle's Q3 2024 coverage: "For the first three quarters of the fiscal year" was no period, so
# the 39 weeks' sales took the quarter in force and drifted from the quarter's filed sales.
YEAR_TO_DATE = ("In the third quarter of 2024, net sales fell 3.2% to $290.0 million. For the "
                "first three quarters of the fiscal year, sales fell to $830.0 million, down 4.6% "
                "from $870.0 million in the prior year. Net income for the quarter was $44.0 "
                "million, down from $51.0 million a year earlier.")


def test_the_first_three_quarters_are_the_year_to_date_not_the_quarter():
    found = claims_of(YEAR_TO_DATE)
    assert found["$830.0 million"].period_label == "fiscal 9M 2024"
    assert found["4.6%"].period_label == "fiscal 9M 2024"
    assert found["$870.0 million"].period_label == "fiscal 9M 2023"
    # "the quarter" after a year-to-date sentence is still the quarter
    assert found["$44.0 million"].period_label.endswith("Q3 2024")
    assert found["$51.0 million"].period_label.endswith("Q3 2023")


def test_year_to_date_inside_a_sentence_dates_only_its_own_figure():
    found = claims_of("In the second quarter of 2025, revenue was $11.1 billion. Free cash flow "
                      "was $4.0 billion year-to-date, while the quarterly operating margin rose "
                      "to 34.1% from 27.2%.")
    assert found["$4.0 billion"].period_label == "fiscal 6M 2025"
    assert found["34.1%"].period_label.endswith("Q2 2025")


def test_the_first_three_quarters_after_a_second_quarter_are_still_nine_months():
    found = claims_of("In the second quarter of 2025, revenue was $11.1 billion. For the first "
                      "three quarters of the year, sales were $30.0 billion.")
    claim = found["$30.0 billion"]
    assert (claim.period_label, claim.period_end.month) == ("fiscal 9M 2025", 9)


def test_respectively_pairs_each_group_of_figures_with_its_part():
    # Apple's Q2 FY2025 coverage held the first part's figures to the last part's filed revenue
    found = claims_of("In the second quarter of 2025, Mac and iPad revenues rose 3% ($8.10 "
                      "billion) and 11% ($6.20 billion), respectively.")
    assert [found[k].entity for k in ("3%", "$8.10 billion", "11%", "$6.20 billion")] == [
        "Mac", "Mac", "iPad", "iPad"]
    three = claims_of("In the second quarter of 2025, Mac, Wearables and iPad revenues rose 3%, "
                      "5% and 11%, respectively.")
    assert [three[k].entity for k in ("3%", "5%", "11%")] == ["Mac", "Wearables", "iPad"]


def test_respectively_with_groups_that_do_not_pair_pins_no_part():
    found = claims_of("In the second quarter of 2025, Mac and iPad revenues rose 3%, 5% and "
                      "11%, respectively.")
    assert all(c.entity not in ("Mac", "iPad") for c in found.values())


def test_a_bracketed_aside_does_not_hide_the_part_a_figure_is_about():
    # the part's name stood more than a window's width before its figure, behind an aside, and
    # the figure was held to the company's total revenue
    found = claims_of("In the second quarter of 2025, the Devices segment (which sells watches, "
                      "earbuds, speakers and a range of other accessories for the home) brought "
                      "in $7.52 billion in revenue.")
    assert found["$7.52 billion"].entity is not None


def test_a_share_of_sales_is_no_growth_of_sales():
    # Buckle's Q3 2024 coverage: SG&A "accounting for 29.1% of net sales" was held to the sales
    # growth and called drifted
    found = claims_of("In the third quarter of 2024, expenses rose, accounting for 29.1% of net "
                      "sales.")
    assert found["29.1%"].metric is None
    assert claims_of("In the third quarter of 2024, they reported a 3.1% increase in sales."
                     )["3.1%"].metric == "revenue_growth"


def test_a_change_names_its_own_subject_after_it():
    found = claims_of("In the third quarter of 2024, the decrease in sales came from a 3.8% "
                      "reduction in the number of visits.")
    assert found["3.8%"].metric is None
    earlier = claims_of("In the third quarter of 2024, sales slipped 2% to $16.0 billion, after a "
                        "11% fall in the prior-year quarter.")
    # an earlier period's change: dated to that period, never this one's growth
    assert (earlier["11%"].period_label, earlier["11%"].period_end) == ("Q3 2023",
                                                                       date(2023, 9, 30))
    assert claims_of("In the third quarter of 2024, revenue saw a 3.1% increase in the quarter."
                     )["3.1%"].metric == "revenue_growth"
