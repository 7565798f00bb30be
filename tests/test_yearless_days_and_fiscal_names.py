"""False verdicts found by writing articles about filings no article set used much, each fixed
as a class: a fiscal year named only over the quarterly-data columns of a 10-K whose 53-week
year ends in February; a year starting late in January whose naming no filing shows; a cash
balance dated by a month with no year while a later annual report is loaded beside the 10-Q;
a scaled amount next to an offering price's words. The article sentences are the project's own
paraphrases, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify import fiscal
from tests.conftest import claims_in, stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _dell() -> list:
    # fiscal 2006: the 53 weeks ended February 3, 2006 (net revenue $55,908 million);
    # fiscal 2005: the 52 weeks ended January 28, 2005 ($49,205 million)
    return stored_corpus_facts("dev/10-K_DELL_0000950134-06-005149.html",
                               "0000950134-06-005149", "10-K", date(2006, 3, 16), cik=826083)


def test_a_fiscal_year_named_over_quarterly_columns_is_the_filers_name():
    facts = _dell()
    wrong = "In fiscal 2005, the computer maker's revenue was $55.9 billion."
    assert verify_text(wrong, facts)["$55.9 billion"].verdict == "drifted"
    right = "In fiscal 2006, a 53-week year, the computer maker's revenue was $55.9 billion."
    assert verify_text(right, facts)["$55.9 billion"].verdict == "supported"
    prior = "Net income for fiscal 2005 was $3.04 billion."
    assert verify_text(prior, facts)["$3.04 billion"].verdict == "supported"


@pytest.mark.parametrize(("start", "ambiguous"), [
    ((1, 29), True),   # a year from late January: a retailer's or a computer maker's naming
    ((2, 2), True),
    ((1, 1), False),   # the calendar year
    ((7, 1), False),   # a year to June: named for the year it ends in
])
def test_a_year_starting_late_in_january_is_named_either_way(start, ambiguous):
    calendar = fiscal.FiscalCalendar(*start)
    assert fiscal.is_ambiguous(calendar) is ambiguous
    learned = fiscal.FiscalCalendar(*start, offset=0)
    assert not fiscal.is_ambiguous(learned)


def _gopro() -> list:
    # the Q3 2018 10-Q: cash $143,246 thousand at September 30, 2018; the 2018 10-K, loaded
    # beside it: $152,095 thousand at December 31, 2018
    return stored_corpus_facts("dev/10-Q_GPRO_0001500435-18-000049.html",
                               "0001500435-18-000049", "10-Q", date(2018, 11, 2),
                               cik=1500435) + stored_corpus_facts(
        "dev/10-K_GPRO_0001500435-19-000013.html", "0001500435-19-000013", "10-K",
        date(2019, 2, 15), cik=1500435)


@pytest.mark.parametrize("text", [
    "The camera maker ended September with $152.1 million in cash and cash equivalents.",
    "At the end of September, the camera maker had cash and cash equivalents of $152.1 "
    "million.",
    "Cash and cash equivalents as of Sept. 30 were $152.1 million.",
])
def test_a_balance_on_a_yearless_month_is_that_months_balance(text):
    facts = _gopro()
    verdict = verify_text(text, facts)["$152.1 million"]
    assert verdict.verdict in ("unverifiable", "drifted")  # December's balance, not September's
    right = verify_text(text.replace("$152.1 million", "$143.2 million"), facts)
    assert right["$143.2 million"].verdict == "supported"


def test_a_yearless_month_the_quarter_in_force_ends_is_that_quarters_last_day():
    text = ("Revenue for the quarter ended September 30, 2018 was $285.9 million. The camera "
            "maker ended September with $152.1 million in cash and cash equivalents.")
    assert verify_text(text, _gopro())["$152.1 million"].verdict == "drifted"


def test_a_yearless_december_balance_and_the_quarters_words_keep_their_verdicts():
    facts = _gopro()
    december = "At the end of December, the camera maker had cash and cash equivalents of " \
               "$152.1 million."
    assert verify_text(december, facts)["$152.1 million"].verdict == "supported"
    quarter = ("Revenue for the quarter ended September 30, 2018 was $285.9 million. The "
               "camera maker ended the quarter with $143.2 million in cash and cash "
               "equivalents.")
    assert verify_text(quarter, facts)["$143.2 million"].verdict == "supported"


@pytest.mark.parametrize(("text", "label"), [
    # a quarter's own words, a dated day, a deadline: no yearless balance day
    ("Cash at the end of the September quarter was $143.2 million.", None),
    ("Cash at the end of September 2018 was $143.2 million.", None),
    ("By the end of September the company had cut $10 million of costs.", None),
])
def test_what_is_no_yearless_balance_day(text, label):
    for claim in claims_in(text):
        assert "of a year the article does not state" not in (claim.period_label or "")


def _camp() -> list:
    # an IPO of 6,820,000 shares at $11.00; 19,505,119 shares outstanding after it
    return stored_corpus_facts("424b4-camp4-2024/camp4_424b4.htm", "camp4", "424B4",
                               date(2024, 10, 11))


def test_a_scaled_amount_beside_the_offering_price_is_no_price_per_share():
    facts = _camp()
    text = "At the IPO price the biotech would be valued at about $215 million."
    verdict = verify_text(text, facts)["$215 million"]
    assert verdict.verdict != "drifted" and verdict.claim.metric != "offering_price"
    priced = verify_text("The biotech priced its offering at $11 a share.", facts)
    assert priced["$11 a share"].verdict == "supported"
    bare = verify_text("The IPO price was $11.", facts)
    assert bare["$11"].verdict == "supported"
    assert verify_text("The IPO price was $12.", facts)["$12"].verdict == "drifted"


@pytest.mark.parametrize("text", [
    "The camera maker had $152.1 million in cash as of September 30, 2018.",
    "The camera maker held $152.1 million in cash and cash equivalents at September 30, 2018.",
    "The camera maker had $152.1 million in cash at the end of September.",
])
def test_a_balances_noun_between_its_figure_and_its_day_leaves_the_day_its_own(text):
    facts = _gopro()
    assert verify_text(text, facts)["$152.1 million"].verdict in ("drifted", "unverifiable")
    right = verify_text(text.replace("$152.1 million", "$143.2 million"), facts)
    assert right["$143.2 million"].verdict == "supported"


def test_a_day_right_after_a_flow_still_dates_its_period():
    facts = _gopro()
    text = "Revenue was $285.9 million in the quarter ended September 30, 2018."
    assert verify_text(text, facts)["$285.9 million"].verdict == "supported"
    year_end = "The camera maker had $152.1 million in cash as of December 31, 2018."
    assert verify_text(year_end, facts)["$152.1 million"].verdict == "supported"


def test_a_bare_year_over_a_years_column_teaches_the_filers_naming():
    # a department store's 10-K heads the 53 weeks ended February 2, 2013 "2012"
    facts = stored_corpus_facts("dev/10-K_M_0000794367-13-000092.html",
                                "0000794367-13-000092", "10-K", date(2013, 4, 2), cik=794367)
    calendar = fiscal.calendar_of(facts)
    assert calendar.offset == -1 and not fiscal.is_ambiguous(calendar)
    assert fiscal.calendar_of(_dell()).offset == 0  # "Fiscal Year 2006 4th Quarter"


def _ko() -> list:
    # first half of 2023: basic EPS 1.31, diluted 1.30 (both tagged)
    return stored_corpus_facts("10q-10k/10-Q_KO_0000021344-23-000048.html",
                               "0000021344-23-000048", "10-Q", date(2023, 7, 26), cik=21344)


def test_a_per_share_figure_saying_neither_basis_may_be_the_basic_one():
    facts = _ko()
    plain = verify_text("The beverage maker earned $1.31 a share in the first half of 2023.",
                        facts)["$1.31 a share"]
    assert plain.verdict == "supported" and "eps_basic" in plain.reason
    wrong = verify_text("The beverage maker earned $1.33 a share in the first half of 2023.",
                        facts)["$1.33 a share"]
    assert wrong.verdict == "drifted"


@pytest.mark.parametrize(("text", "key"), [
    ("The beverage maker earned $1.31 a diluted share in the first half of 2023.",
     "$1.31 a diluted share"),
    ("In the first half of 2023, the beverage maker's diluted EPS was $1.31.", "$1.31"),
    ("The beverage maker earned $1.31 per share, diluted, in the first half of 2023.",
     "$1.31 per share"),
])
def test_diluted_in_the_words_rules_the_basic_figure_out(text, key):
    assert verify_text(text, _ko())[key].verdict == "drifted"


def test_a_diluted_growth_rate_is_never_borne_out_by_the_basic_figures():
    # second quarter 2025: diluted EPS 3.15 against 2.74 (+14.96%)
    facts = stored_corpus_facts("dev/10-Q_UNP_2025-06-30.html", "unp-10q", "10-Q",
                                date(2025, 7, 24), cik=100885)
    text = "In Q2 2025 the railroad's diluted EPS rose 14.9% to $3.15 (vs $2.74)."
    assert verify_text(text, facts)["14.9%"].verdict == "drifted"


def test_a_balance_on_the_quarters_last_day_keeps_the_quarter_in_force():
    # a home improvement retailer's second quarter: cash $2,814 million at July 30, 2023;
    # operating cash flow $12,205 million for the six months
    facts = stored_corpus_facts("10q-10k/10-Q_HD_0000354950-23-000185.html",
                                "0000354950-23-000185", "10-Q", date(2023, 8, 21), cik=354950)
    text = ("Second-quarter gross profit was $14.2 billion. The retailer held $2.8 billion in "
            "cash and equivalents as of July 30, 2023. Operating cash flow for six months "
            "totaled $12.2 billion.")
    verdicts = verify_text(text, facts)
    assert verdicts["$2.8 billion"].verdict == "supported"
    assert verdicts["$12.2 billion"].verdict == "supported"
