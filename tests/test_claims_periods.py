"""Real prose, in the project's own paraphrases: periods in force and relative to it, the base of
a comparison, growth rates and what grew, per-share amounts, tables whose rows lost their outer
pipes, and the verdict discipline around them."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.test_claims import article, claims_of
from warehouse.records import StoredFact

K = ("0000000001-26-000001", "10-K", date(2026, 2, 20))
Q = ("0000000001-26-000002", "10-Q", date(2026, 8, 5))
Y24, Y25 = (date(2024, 1, 1), date(2024, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))
Q2_25, Q2_24 = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1), date(2024, 6, 30))




def stored(filing, metric, value, period, unit="USD", row=None) -> StoredFact:
    accession, form, filed = filing
    fact = Fact(metric, Decimal(value), unit, period[0], period[1], decimals=-3,
                sources=(Source("doc.htm", "tables", "1.0", table=1, row=row or metric,
                                text=value),))
    fact_id = hashlib.sha256(f"{accession}{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, accession, form, filed, "doc.htm", "https://x/doc.htm")


FACTS = [
    stored(K, "revenue", "510012000", Y25), stored(K, "revenue", "290275000", Y24),
    stored(K, "net_income", "61204000", Y25), stored(K, "net_income", "47118000", Y24),
    stored(K, "operating_income", "97010000", Y25), stored(K, "operating_income", "90650000", Y24),
    stored(Q, "revenue", "140300000", Q2_25), stored(Q, "revenue", "120100000", Q2_24),
    stored(Q, "operating_income", "30860000", Q2_25),
    stored(Q, "operating_income", "24020000", Q2_24),
]


def verdicts(text: str) -> dict[str, str]:
    return {v.claim.text: v.verdict
            for v in verify_claims(extract_claims(article(text)), FACTS)}


def test_the_base_of_a_comparison_is_dated_a_year_earlier():
    found = verdicts("Revenue was $510.0 million in 2025, up from $290.3 million a year earlier.")
    assert found == {"$510.0 million": "supported", "$290.3 million": "supported"}
    found = verdicts("For 2025 the company earned net income of $61.2 million, against "
                     "$47.1 million in the prior year.")
    assert found["$47.1 million"] == "supported"


def test_two_digit_fiscal_years_and_a_quarter_named_in_parentheses():
    found = claims_of("Sales for fiscal year 2022 (FY22) were $9.1bn, against $8.0bn in FY21. "
                      "During the fourth quarter (Q4) of FY22, sales were $2.6bn.")
    assert found["$9.1bn"].period_label == "FY2022"
    assert found["$8.0bn"].period_label == "FY2021"
    assert found["$2.6bn"].period_label == "fiscal Q4 2022"


def test_the_period_in_force_carries_and_relative_phrases_resolve_against_it():
    found = claims_of("In Q2 2025 revenue was $140.3 million. Operating income for the quarter "
                      "was $30.9 million, compared with $24.0 million in the same period last "
                      "year. It was $27.0 million last quarter. It was $26.1 million in the "
                      "prior quarter. For the full year, revenue is not given.")
    assert found["$140.3 million"].period_label == "Q2 2025"
    assert found["$30.9 million"].period_label == "Q2 2025"
    assert found["$24.0 million"].period_label == "Q2 2024"
    assert found["$26.1 million"].period_label == "Q1 2025"
    # a bare "last quarter" outside a comparison may be the quarter just reported: its figure is
    # compared with every quarter (a match pins it, a mismatch is unverifiable, never drifted)
    assert found["$27.0 million"].period_label.startswith("a quarter of a year the article")


def test_a_quarter_without_its_year_is_not_compared_with_another_quarter():
    found = claims_of("The company beat expectations in the fourth quarter. Revenue was "
                      "$140.3 million.")
    assert found["$140.3 million"].period_label.startswith("Q4 of a year the article")
    # no fourth-quarter figure is filed: unverifiable, never the second quarter's figure
    assert verdicts("Results for the fourth quarter: revenue was $140.3 million.")[
        "$140.3 million"] == "unverifiable"


def test_growth_rates_need_a_named_subject():
    found = claims_of("In 2025 net income rose 30% and the workforce grew 31%. Operating "
                      "income was up 7%, to $97.0 million.")
    assert (found["30%"].metric, found["30%"].basis) == ("revenue_growth", "net_income")
    assert found["31%"].metric is None
    assert found["$97.0 million"].metric == "operating_income"
    assert verdicts("In 2025 operating income was up 7%, to $97.0 million.") == {
        "7%": "supported", "$97.0 million": "supported"}


def test_a_growth_rate_checked_against_the_wrong_figure_would_drift():
    assert verdicts("Q2 2025 revenue rose 17%.")["17%"] == "supported"
    assert verdicts("Q2 2025 revenue rose 19%.")["19%"] == "drifted"


def test_per_share_amounts_beside_other_figures():
    found = claims_of("In 2025 diluted EPS was $2.10, up from $1.80, and the charge was "
                      "$87 million after tax, or 21 cents per share.")
    assert (found["$1.80"].unit, found["$1.80"].metric) == ("USD/share", "eps_diluted")
    assert found["$1.80"].period_label == "FY2024"
    assert found["21 cents per share"].metric is None


def test_adjusted_figures_leave_the_gaap_metrics():
    # the non-GAAP line as the filer labels it (tests/test_non_gaap.py reads one), never the
    # GAAP one: with no non-GAAP figure filed, it stays unverifiable
    found = claims_of("On an adjusted basis, 2025 earnings per share were $3.46.")
    assert found["$3.46"].metric == "eps_diluted_non_gaap"
    checked = verify_claims([found["$3.46"]], FACTS)[0]
    assert checked.verdict == "unverifiable"
    assert "eps_diluted_non_gaap" in checked.reason


def test_a_listed_non_gaap_figure_leaves_the_next_items_their_own_measures():
    # a CFO's list of highlights: "non-GAAP" names the EPS it stands before, not the cash flow
    # or net income listed after it, each of which names its own measure
    found = claims_of("In 2025 highlights included GAAP diluted EPS of $2.10 and non-GAAP "
                      "diluted EPS of $3.46, cash flows from operations of $41.0 million and "
                      "net income of $30.9 million.")
    assert found["$2.10"].metric == "eps_diluted"
    assert found["$3.46"].metric == "eps_diluted_non_gaap"
    assert found["$41.0 million"].metric == "operating_cash_flow"
    assert found["$30.9 million"].metric == "net_income"
    # a basis phrase qualifies its whole clause, and a comparison's base stays adjusted
    found = claims_of("On a non-GAAP basis, 2025 EPS was $3.46, and net income was $30.9 "
                      "million.")
    assert found["$30.9 million"].metric != "net_income"
    found = claims_of("In 2025 adjusted EPS was $3.46, up from $3.10 a year earlier.")
    assert found["$3.10"].metric == "eps_diluted_non_gaap"


def test_a_table_whose_rows_lost_their_outer_pipes():
    text = ("Metric | Q2 2025 | Q2 2024 | Change |\n---|---|---|---|\n"
            "Revenue | $140.3 million | $120.1 million | 17% |\n")
    found = claims_of(text)
    assert found["$140.3 million"].period_label == "Q2 2025"
    assert found["$120.1 million"].period_label == "Q2 2024"
    assert verdicts(text)["$120.1 million"] == "supported"
    found = claims_of(" | Q2 2025 | Q2 2024 |\nRevenue | $140.3 million | $120.1 million |\n")
    assert found["$120.1 million"].period_label == "Q2 2024"


def test_changes_in_points_and_counts_are_unverifiable_with_a_reason():
    found = {v.claim.text: v for v in verify_claims(extract_claims(article(
        "In 2025 the margin improved 2.4 points and the chain ran 838 warehouses.")), FACTS)}
    assert found["2.4 points"].verdict == "unverifiable" and "points" in found["2.4 points"].reason
    assert found["838"].verdict == "unverifiable" and "count" in found["838"].reason


def test_a_filing_that_prints_the_metric_on_two_lines_is_no_drift():
    facts = [stored(K, "revenue", "226954000000", Y25, row="Total revenue"),
             StoredFact(**{**stored(K, "revenue", "222730000000", Y25, row="Net sales").__dict__,
                           "resolution": "overruled"})]
    (found,) = verify_claims(extract_claims(article("Net sales were $222.73bn in 2025.")), facts)
    assert found.verdict == "unverifiable" and "Net sales" in found.reason
    assert found.claim.value == Decimal("222730000000")


def test_a_part_of_revenue_is_not_compared_with_total_revenue():
    found = claims_of("In Q2 2025 parcel revenues rose 4% to $62 million, while the company "
                      "had revenue of $140.3 million.")
    for part in ("4%", "$62 million"):  # never total revenue: a segment's, or no metric
        assert found[part].metric is None or found[part].entity is not None
    assert (found["$140.3 million"].metric, found["$140.3 million"].entity) == ("revenue", None)


def test_a_fiscal_year_whose_naming_the_filings_do_not_show():
    # a year from February to January: named for the year it starts in, or the one it ends in
    feb = [stored(K, "revenue", "37895000000", (date(2024, 2, 1), date(2025, 1, 31))),
           stored(K, "revenue", "34857000000", (date(2023, 2, 1), date(2024, 1, 31)))]
    found = {v.claim.text: v for v in verify_claims(extract_claims(article(
        "FY25 revenue grew 9% to $37.9 billion. FY25 revenue of $39.9 billion.")), feb)}
    assert found["9%"].verdict == "supported" and found["$37.9 billion"].verdict == "supported"
    assert found["$39.9 billion"].verdict == "unverifiable"
    assert "either of two" in found["$39.9 billion"].reason


def test_a_year_that_dates_only_the_comparison():
    found = claims_of("The quarterly report covers the second quarter of 2025.\n\n"
                      "Revenue: $140.3 million, up 17% compared to the same period in 2024.")
    assert found["$140.3 million"].period_label == "Q2 2025"
    assert verdicts("The quarterly report covers the second quarter of 2025.\n\nRevenue: "
                    "$140.3 million, up 17% compared to the same period in 2024.") == {
        "$140.3 million": "supported", "17%": "supported"}


def test_a_lists_heading_sets_the_period_of_its_bullets():
    """A release reprinted as an article: the headline names the year and both periods, the
    bullets under "fourth-quarter records:" are the quarter's, those under "for the year:" the
    year's (Norfolk Southern's 2008 results, paraphrased)."""
    found = claims_of("Acme Rail Reports 2025 Second Quarter and Full Year Results\n\n"
                      "Acme set the following second-quarter records:\n\n"
                      "-- Revenue reached $140.3 million, up 17 percent.\n\n"
                      "Acme set the following records for the year:\n\n"
                      "-- Revenue increased 76 percent to $510.0 million.\n")
    assert found["$140.3 million"].period_label.endswith("Q2 2025")
    assert found["$510.0 million"].period_label == "FY2025"


def test_a_headlines_yearless_bank_quarter_and_an_annual_figure():
    """"4Q earnings fall 14%, but 2021 profit sets record": the 14% is the quarter's, not the
    year named in the other clause; "a record annual profit" is the year's (AP on a bank)."""
    found = claims_of("Acme 2Q revenue rises 17%, but 2025 profit sets record\n\n"
                      "Acme had a record annual profit, nearly $61 million.")
    assert not found["17%"].period_label.startswith("FY")
    assert found["$61 million"].period_label == "FY2025"


def test_a_carried_period_never_makes_a_figure_filed_for_another_period_drift():
    """A recap moves from the year back to the quarter without saying so (a Zacks recap of a
    bank's 4Q21): the sentence names no period, the figure is the filed figure of another
    period, so neither it nor the growth rate beside it is drifted against the carried year."""
    found = {v.claim.text: v for v in verify_claims(extract_claims(article(
        "In 2025, revenue was $510.0 million. Operating income climbed 28% to $30.9 million."
        )), FACTS)}
    assert found["$510.0 million"].verdict == "supported"
    carried = found["$30.9 million"]
    assert carried.verdict == "unverifiable" and "names no period" in carried.reason
    assert "2025-04-01" in carried.reason  # the period the filings state it for
    assert found["28%"].verdict == "unverifiable"
    # a sentence that names its period is judged on it
    assert verdicts("In 2025, operating income was $30.9 million.")["$30.9 million"] == "drifted"


def test_underlying_and_core_figures_are_adjusted_ones():
    found = verdicts("In 2025, underlying net income was $66.0 million and core earnings per "
                     "share were $1.40.")
    assert found["$66.0 million"] == "unverifiable"


def test_a_divisions_figure_and_its_base_are_never_the_companys():
    """"The investment bank posted a division profit of $4.85 billion, down from $5.3 billion a
    year earlier" (AP on a bank's quarter): a part the filing may not name as such, never
    compared with the company's net income."""
    found = {v.claim.text: v for v in verify_claims(extract_claims(article(
        "In 2025 the trading arm posted a division profit of $30.9 million, down from "
        "$24.0 million a year earlier.")), FACTS)}
    for text in ("$30.9 million", "$24.0 million"):
        assert found[text].claim.entity == "a division (unnamed)"
        assert found[text].verdict == "unverifiable"


def test_a_yearless_fiscal_year_after_a_yearless_quarter_dates_nothing():
    """A lead naming "the fiscal year" of a quarter whose year the article never states has no
    year to date the pending quarter in: the context stays yearless (it raised 'year 0 is out
    of range' on a fresh held-out recap)."""
    from core.period_phrases import PeriodPhrase
    from pipeline.verify.claims_period_context import next_context

    quarter = PeriodPhrase("Q4 of a year the article does not state", None, None, (0, 0),
                           "quarter")
    year = PeriodPhrase("the fiscal year of Q4 of a year the article does not state", None,
                        None, (0, 0), "year")
    after = next_context(quarter, year, [year], [], figures=False, lead=True)
    assert after is not None and after.end is None


def test_a_base_with_its_per_share_amount_in_parentheses_keeps_the_sentence_period():
    """A release's "net loss was ($3.3) million, or ($0.06) per share, compared to net loss of
    ($14.4) million, or ($0.28) per share in Q2'24": the trailing quarter dates the base figures
    only; the parentheses lengthen them, which once let the base's quarter date the whole
    sentence. A two-digit year after an apostrophe is no figure."""
    found = claims_of("Acme reported results for the second quarter of 2025.\n\n"
                      "GAAP net loss was ($3.3) million, or ($0.06) per diluted share, compared "
                      "to net loss of ($14.4) million, or ($0.28) per diluted share in Q2'24.")
    assert found["($3.3) million"].period_end == date(2025, 6, 30)
    assert found["($0.06) per diluted share"].period_end == date(2025, 6, 30)
    assert found["($14.4) million"].period_end == date(2024, 6, 30)
    assert "24" not in found
