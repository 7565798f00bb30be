"""Earnings releases whose columns are quarter labels ("4Q21 3Q21 4Q20", "2Q21 1Q21 2Q20") and
which print no "Year Ended" header: their columns are dated from the release's own stated
period (``extractors.release_columns``), their change columns ("$/bps", "%") skipped, their
"Full Year" columns read, and a title printed over every column ("Consolidated Financial
Highlights (Unaudited)") no longer hides the dated columns under it.

The documents are the development corpus's EX-99.1 of Citizens (4Q21) and PNC (2Q21, 1Q22),
read in place; the synthetic texts are the project's own."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.release_columns import is_own_title, release_year_end
from extractors.textindex import TextIndex
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

Q4_21 = (date(2021, 10, 1), date(2021, 12, 31))
Q3_21 = (date(2021, 7, 1), date(2021, 9, 30))
Q4_20 = (date(2020, 10, 1), date(2020, 12, 31))
FY21 = (date(2021, 1, 1), date(2021, 12, 31))
FY20 = (date(2020, 1, 1), date(2020, 12, 31))
Q2_21 = (date(2021, 4, 1), date(2021, 6, 30))
Q1_21 = (date(2021, 1, 1), date(2021, 3, 31))
Q2_20 = (date(2020, 4, 1), date(2020, 6, 30))
Q1_22 = (date(2022, 1, 1), date(2022, 3, 31))
H1_21 = (date(2021, 1, 1), date(2021, 6, 30))


def _facts(name: str) -> dict[tuple, set[Decimal]]:
    """(metric, start, end) -> values of the company's own figures (no part of a total)."""
    path = corpus_file(f"dev/{name}")
    found: dict[tuple, set[Decimal]] = {}
    for fact in extract_document(path.read_bytes(), document=path.name, form="8-K"):
        if fact.entity is None:
            found.setdefault((fact.metric, fact.period_start, fact.period_end),
                             set()).add(fact.value)
    return found


@pytest.mark.corpus
def test_citizens_quarter_labels_are_dated_from_its_fourth_quarter_2021():
    facts = _facts("EX-99.1_CFG_2021-12-31.html")
    assert facts[("net_income", *Q4_21)] == {Decimal("530000000")}
    assert facts[("net_income", *Q3_21)] == {Decimal("530000000")}
    assert facts[("net_income", *Q4_20)] == {Decimal("456000000")}
    assert facts[("revenue", *Q4_21)] == {Decimal("1720000000")}
    assert facts[("net_interest_income", *Q4_21)] == {Decimal("1126000000")}
    assert facts[("noninterest_income", *Q4_21)] == {Decimal("594000000")}
    assert facts[("net_income_common", *Q4_21)] == {Decimal("498000000")}
    assert facts[("eps_diluted", *Q4_21)] == {Decimal("1.17")}
    assert facts[("net_interest_margin", *Q4_21)] == {Decimal("2.66")}


@pytest.mark.corpus
def test_citizens_full_year_columns_are_read_and_change_columns_are_not():
    facts = _facts("EX-99.1_CFG_2021-12-31.html")
    assert facts[("net_income", *FY21)] == {Decimal("2319000000")}
    assert facts[("net_income", *FY20)] == {Decimal("1057000000")}
    assert facts[("eps_diluted", *FY21)] == {Decimal("5.16")}
    assert facts[("revenue", *FY21)] == {Decimal("6647000000")}
    assert facts[("net_interest_income", *FY20)] == {Decimal("4586000000")}
    # the change columns ("$(19)", "(2) %", the full year's "$(74)") are no period's figure
    values = {v for key, vs in facts.items() if key[0] == "net_interest_income" for v in vs}
    assert not values & {Decimal("-19000000"), Decimal("-3000000"), Decimal("-74000000")}


@pytest.mark.corpus
def test_pnc_second_quarter_labels_and_its_titled_highlights_table():
    facts = _facts("EX-99.1_PNC_2021-06-30.html")
    # "Net income", above the noncontrolling interests' share its statement takes from it: the
    # consolidated figure, the same in the highlights table
    consolidated = "net_income_including_noncontrolling"
    assert facts[(consolidated, *Q2_21)] == {Decimal("1103000000")}
    assert facts[(consolidated, *Q1_21)] == {Decimal("1826000000")}
    assert facts[(consolidated, *Q2_20)] == {Decimal("3655000000")}
    assert ("net_income", *Q2_21) not in facts
    assert facts[("revenue", *Q2_21)] == {Decimal("4667000000")}
    assert facts[("net_interest_income", *Q2_21)] == {Decimal("2581000000")}
    # the highlights' "Net income attributable to common shareholders" (under "Less:"), not
    # the summary's "... attributable to diluted common shares" (1,037, the diluted numerator)
    assert facts[("net_income_common", *Q2_21)] == {Decimal("1042000000")}
    # the six months' columns under "Consolidated Financial Highlights (Unaudited)"
    assert facts[(consolidated, *H1_21)] == {Decimal("2929000000")}
    assert facts[("revenue", *H1_21)] == {Decimal("8887000000")}
    # "Diluted earnings per common share - as reported" beside its "- as adjusted (non-GAAP)"
    # twin: the GAAP line (2Q20's includes discontinued operations, as its net income does)
    assert facts[("eps_diluted", *Q2_21)] == {Decimal("2.43")}
    assert facts[("eps_diluted", *Q2_20)] == {Decimal("8.40")}


@pytest.mark.corpus
def test_pnc_first_quarter_2022_reads_its_diluted_eps_under_the_title():
    facts = _facts("EX-99.1_PNC_2022-03-31.html")
    assert facts[("net_income_including_noncontrolling", *Q1_22)] == {Decimal("1429000000")}
    assert facts[("revenue", *Q1_22)] == {Decimal("4692000000")}
    assert facts[("eps_diluted", *Q1_22)] == {Decimal("3.23")}
    assert facts[("eps_diluted", *Q4_21)] == {Decimal("2.86")}
    assert facts[("net_interest_income", *Q4_21)] == {Decimal("2862000000")}


def _year_end(text: str):
    return release_year_end(TextIndex(text))


def test_a_release_dates_its_labels_by_its_own_quarter_end():
    text = ("Reports Second Quarter 2026 results. 2Q26 1Q26 2Q25. Deposits of $5 billion at "
            "June 30, 2026, compared with March 31, 2026 and as of June 30, 2025.")
    assert _year_end(text) == (12, 31)
    september = ("Fourth quarter 2026 results. 4Q26 3Q26 4Q25. Cash as of September 30, 2026 "
                 "and as of June 30, 2026.")
    assert _year_end(september) == (9, 30)
    # the day a rule took effect is no quarter end of a week calendar
    effective = text + " The rules became effective as of January 1, 2026."
    assert _year_end(effective) == (12, 31)
    # the quarter the release guides for is no quarter it reports: "4Q26" stays dated by the
    # fourth quarter the release names most, not by a later label
    guided = ("Fourth quarter 2026 results. Fourth quarter 2026 net income. 4Q26 3Q26 4Q25. "
              "Deposits as of December 31, 2026. Q1 2027 outlook: first quarter 2027 expenses.")
    assert _year_end(guided) == (12, 31)


def test_a_release_whose_period_is_not_pinned_leaves_its_labels_undated():
    # two quarters named as often: which one the release reports is a guess
    assert _year_end("Fourth quarter 2026 and first quarter 2027. 4Q26 1Q27. As of December "
                     "31, 2026.") is None
    # no quarter-end date at all
    assert _year_end("Fourth quarter 2026 results. 4Q26 3Q26 4Q25.") is None
    # the labels' quarter is never named in words
    assert _year_end("Results. 4Q26 3Q26. Cash as of December 31, 2026.") is None
    # a January retailer's fourth quarter 2026 ends in 2027: which year its labels name is
    # not said
    assert _year_end("Fourth quarter 2026 results. 4Q26 3Q26. Cash as of January 31, 2027."
                     ) is None
    # a month end off the quarter grid: which date is the quarter's own is a guess
    assert _year_end("Fourth quarter 2026. 4Q26 3Q26. As of December 31, 2026 and as of "
                     "November 30, 2026.") is None
    # a 52/53-week filer: its quarter ends a few days off a month end
    assert _year_end("Fourth quarter 2026. 4Q26 3Q26. As of December 31, 2026 and as of "
                     "December 26, 2026.") is None
    assert _year_end("Fourth quarter 2026. 4Q26 3Q26. As of December 31, 2026 and as of "
                     "January 2, 2026.") is None
    # a later day than the latest month end (a week calendar's "January 29, 2027")
    assert _year_end("Fourth quarter 2026. 4Q26 3Q26. As of December 31, 2026 and as of "
                     "January 15, 2027.") is None
    # a "Year Ended" phrase naming another day is never contradicted
    assert _year_end("Fourth quarter 2026. 4Q26. As of December 31, 2026. For the year "
                     "ended September 30, 2026.") is None


def test_only_the_consolidated_title_is_no_column_header():
    assert is_own_title("Consolidated Financial Highlights (Unaudited)")
    assert is_own_title("Condensed Consolidated Statements of Income")
    assert not is_own_title("Retail Banking")
    assert not is_own_title("Consolidated Retail Banking")
    assert not is_own_title("Three months ended")


def _stored(facts: list) -> list:
    """The facts as the warehouse would hand them to the verifier (one filing)."""
    accession, filed = "0000759944-22-000001", date(2022, 1, 19)  # a made-up accession
    return [StoredFact(hashlib.sha256(repr(f).encode()).hexdigest()[:12], f, 759944, accession,
                       "8-K", filed, "ex991.htm", f"https://www.sec.gov/Archives/{accession}")
            for f in facts]


@pytest.mark.corpus
def test_an_article_quoting_the_citizens_release_is_supported():
    path = corpus_file("dev/EX-99.1_CFG_2021-12-31.html")
    facts = _stored(extract_document(path.read_bytes(), document=path.name, form="8-K"))
    # a paraphrase written for this test, not a quotation
    text = ("Citizens Financial said fourth-quarter 2021 net income was $530 million, or $1.17 "
            "per diluted share. For the full year 2021 it earned $2.3 billion, and net "
            "interest income was $4.5 billion.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}
    assert found["$530 million"].verdict == "supported"
    assert found["$1.17 per diluted share"].verdict == "supported"
    assert found["$2.3 billion"].verdict == "supported"
    assert found["$2.3 billion"].filed_value == Decimal("2319000000")
    assert found["$4.5 billion"].verdict == "supported"


@pytest.mark.corpus
def test_pnc_stated_ratios_under_its_ratio_blocks_are_read_and_dated():
    # "Selected Ratios" in the summary under "2Q21 1Q21 2Q20"; "PERFORMANCE RATIOS" and
    # "Return on:" over "Average assets" under the titled highlights' months-ended columns
    facts = _facts("EX-99.1_PNC_2021-06-30.html")
    assert facts[("net_interest_margin", *Q2_21)] == {Decimal("2.29")}
    assert facts[("net_interest_margin", *Q2_20)] == {Decimal("2.52")}
    assert facts[("efficiency_ratio", *Q2_21)] == {Decimal("65")}
    assert facts[("efficiency_ratio", *Q2_20)] == {Decimal("62")}
    assert facts[("return_on_average_assets", *Q2_21)] == {Decimal("0.88")}
    assert facts[("return_on_average_assets", *Q1_21)] == {Decimal("1.58")}
    assert facts[("return_on_average_assets", *H1_21)] == {Decimal("1.21")}
    # the adjusted twin of the "as reported" line is the release's adjusted EPS
    assert facts[("eps_diluted_non_gaap", *Q2_21)] == {Decimal("4.50")}


@pytest.mark.corpus
def test_pnc_first_quarter_2022_reads_its_adjusted_eps_apart_from_the_gaap_line():
    facts = _facts("EX-99.1_PNC_2022-03-31.html")
    assert facts[("eps_diluted_non_gaap", *Q1_22)] == {Decimal("3.29")}
    assert facts[("eps_diluted_non_gaap", *Q1_21)] == {Decimal("4.11")}
    assert facts[("eps_diluted", *Q1_22)] == {Decimal("3.23")}


@pytest.mark.corpus
def test_a_block_of_delinquency_ratios_is_no_block_of_balances():
    # U.S. Bancorp's 4Q21 release: "Total loans" .15 under "Delinquent loan ratios - 90 days
    # or more past due ...": a rate, never total loans
    # (its period-end balance sheet's "Total loans" under "Loans" is the balance, in millions)
    facts = _facts("EX-99.1_USB_2021-12-31.html")
    loans = {value for key, values in facts.items() if key[0] == "total_loans" for value in values}
    assert loans == {Decimal("312028E6"), Decimal("297707E6")}


@pytest.mark.corpus
def test_an_article_quoting_the_pnc_ratios_and_adjusted_eps_is_supported():
    path = corpus_file("dev/EX-99.1_PNC_2021-06-30.html")
    accession, filed = "0000713676-21-000001", date(2021, 7, 14)  # a made-up accession
    facts = [StoredFact(hashlib.sha256(repr(f).encode()).hexdigest()[:12], f, 713676, accession,
                        "8-K", filed, "ex991.htm", f"https://www.sec.gov/Archives/{accession}")
             for f in extract_document(path.read_bytes(), document=path.name, form="8-K")]
    # a paraphrase written for this test, not a quotation
    text = ("In the second quarter of 2021 the bank's adjusted earnings per share came to $4.50. "
            "Its net interest margin for the second quarter of 2021 was 2.29%. The efficiency "
            "ratio for the second quarter of 2021 was 65%.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}
    verdicts = {text: v.verdict for text, v in found.items()}
    assert [v for t, v in verdicts.items() if "4.50" in t] == ["supported"], verdicts
    assert [v for t, v in verdicts.items() if "2.29%" in t] == ["supported"], verdicts
    assert [v for t, v in verdicts.items() if "65%" in t] == ["supported"], verdicts


@pytest.mark.corpus
def test_a_banks_noninterest_expense_is_read_as_its_own_line():
    facts = _facts("EX-99.1_PNC_2021-06-30.html")
    assert facts[("noninterest_expense", *Q2_21)] == {Decimal("3050000000")}
    assert facts[("noninterest_expense", *Q2_20)] == {Decimal("2515000000")}
    assert facts[("noninterest_expense", *H1_21)] == {Decimal("5624000000")}
    citizens = _facts("EX-99.1_CFG_2021-12-31.html")
    assert citizens[("noninterest_expense", *Q4_21)] == {Decimal("1061000000")}
    assert citizens[("noninterest_expense", *FY21)] == {Decimal("4081000000")}


@pytest.mark.corpus
def test_an_article_quoting_a_banks_noninterest_expense_is_supported():
    path = corpus_file("dev/EX-99.1_PNC_2021-06-30.html")
    accession, filed = "0000713676-21-000001", date(2021, 7, 14)  # a made-up accession
    facts = [StoredFact(hashlib.sha256(repr(f).encode()).hexdigest()[:12], f, 713676, accession,
                        "8-K", filed, "ex991.htm", f"https://www.sec.gov/Archives/{accession}")
             for f in extract_document(path.read_bytes(), document=path.name, form="8-K")]
    # a paraphrase written for this test, not a quotation
    text = "In the second quarter of 2021 the bank's non-interest expenses came to $3.05 billion."
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {v.claim.text: v.verdict for v in verify_claims(extract_claims(article), facts)}
    assert [v for t, v in found.items() if "3.05" in t] == ["supported"], found
