"""Metrics a reader knows from loose words: "income for the quarter" (net income), a list of
rates against two bases ("up 41% from Q1 and 59% year over year"), "$1.65 in earnings per
share", a loss quoted as the base the sentence before is set against ("far better than the $45
million loss it suffered a year earlier"), and "revenue from cloud services advanced 30%" (a
line of services, not the whole). Sentences are the project's own paraphrases; the end-to-end
checks read a chip maker's Q2 FY2026 10-Q (net income 26,422 against 18,775 in Q1 and 16,599 a
year earlier, $ millions) and a device maker's Q2 FY2025 10-Q (diluted EPS $1.65)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


def _read(text: str) -> dict[str, tuple]:
    return {c.text: (c.metric, c.unit, c.value, c.basis, c.entity, c.period_label)
            for c in claims_in(text)}


def test_income_for_the_quarter_is_net_income_and_its_rates_follow_it():
    found = _read("The chip maker reported its second quarter of fiscal 2026. Income for the "
                  "quarter was $26.4 billion, up 41% from Q1 and 59% in a year-to-year "
                  "comparison.")
    assert found["$26.4 billion"][0] == "net_income"
    assert found["41%"][0] == "revenue_growth" and found["41%"][3] == "net_income"
    # the second rate of the list is the same subject's, against its own base
    assert found["59%"][0] == "revenue_growth" and found["59%"][3] == "net_income"


def test_a_qualified_income_for_the_quarter_is_not_net_income():
    assert _read("Operating income for the quarter was $1.2 billion.")["$1.2 billion"][0] == (
        "operating_income")
    assert _read("Other income for the quarter was $12 million.")["$12 million"][0] != (
        "net_income")


@pytest.mark.parametrize("headline", ["Lender Posts 2Q Income of $1.1B",
                                      "Lender's Q2 Income Falls to $1.1B"])
def test_a_headlines_quarter_before_income_makes_it_net_income(headline):
    # a regional paper's headline over a wire recap of a bank's quarter
    found = _read(f"{headline}\n\nThe lender reported second-quarter 2021 results.")
    assert found["$1.1B"][0] == "net_income"


def test_a_headlines_quarter_before_a_kind_of_income_is_not_net_income():
    found = _read("Lender's 2Q Net Interest Income Rises to $2.6B\n\nIt reported its second "
                  "quarter of 2021.")
    assert found["$2.6B"][0] == "net_interest_income"
    assert _read("Q2 operating income hit $1.2 billion.")["$1.2 billion"][0] == (
        "operating_income")


def test_a_rate_after_a_rate_of_another_subject_continues_only_its_list():
    found = _read("Revenue was $5 billion, up 6% sequentially and 9% year over year.")
    assert found["9%"][0] == "revenue_growth"
    found = _read("Revenue was $5 billion, up 6% sequentially, while the workforce grew 9%.")
    assert found["9%"][0] is None


def test_a_second_rate_after_but_or_a_noun_keeps_the_subject_unless_it_names_its_own():
    found = _read("Revenue reached a record, hitting $46.7 billion, 6% up from the previous "
                  "quarter, but representing a 56% increase year over year.")
    assert found["56%"][0] == "revenue_growth"
    found = _read("Revenue was $5 billion, up 6% sequentially and a 9% rise in headcount.")
    assert found["9%"][0] is None  # the rate of what its own words name, no filed figure


def test_adjusted_ebitda_is_a_growth_subject():
    found = _read("Despite weaker shipments, we achieved a 17 percent increase in Adjusted "
                  "EBITDA, reflecting actions to reduce costs.")
    assert found["17 percent"][0] == "revenue_growth"
    assert found["17 percent"][3] == "adjusted_ebitda"


def test_an_amount_named_in_earnings_per_share_after_it_is_per_share():
    found = _read("The company posted $1.65 in earnings per share and generated $24.78 billion "
                  "in net income.")
    assert found["$1.65"][:2] == ("eps_diluted", "USD/share")
    assert found["$24.78 billion"][:2] == ("net_income", "USD")
    # a money figure with a scale is never a per-share amount
    assert _read("It posted $1.65 billion in earnings.")["$1.65 billion"][1] == "USD"


def test_a_loss_set_against_the_figure_before_is_that_figures_base():
    found = _read("The publisher reported its fiscal third quarter of 2017. The company posted "
                  "a loss of $1 million. On the bright side, that is far better than the $45 "
                  "million loss it suffered at this time last year.")
    assert found["$45 million"][:3] == ("net_income", "USD", -45000000)
    assert found["$45 million"][5] == "fiscal Q3 2016"
    found = _read("The company posted a loss of $1 million, compared with the $45 million loss "
                  "it suffered a year earlier.")
    assert found["$45 million"][:3] == ("net_income", "USD", -45000000)


def test_a_loss_of_an_item_or_with_no_figure_before_is_no_bottom_line():
    found = _read("The company posted a loss of $1 million. On the bright side, that is far "
                  "better than the $45 million loss on the sale of equipment a year earlier.")
    assert found["$45 million"][0] != "net_income"
    found = _read("The Client segment posted a $69 million loss.")
    assert found["$69 million"][0] is None
    found = _read("Sales rose. On the bright side, that is far better than the $45 million loss "
                  "it suffered last year.")
    assert found["$45 million"][0] is None


def test_the_loss_a_company_narrowed_dated_by_the_period_a_which_clause_gives():
    found = _read("The miner reported its second quarter of 2023. It incurred a net loss of "
                  "$21.3 million, or a loss of $0.13 per share. However, the company managed to "
                  "significantly reduce its loss from the same period the previous year, which "
                  "was $212.6 million, or $1.94 per share.")
    assert found["$212.6 million"][:3] == ("net_income", "USD", -212600000)
    assert found["$212.6 million"][5] == "Q2 2022"
    assert found["$1.94 per share"][:3] == ("eps_diluted", "USD/share", Decimal("-1.94"))
    assert found["$1.94 per share"][5] == "Q2 2022"
    # a loss on something is its own line; a "which was" not followed by the amount dates nothing
    assert _read("The company reduced its loss on derivatives to $5 million.")[
        "$5 million"][0] != "net_income"
    found = _read("Revenue for the second quarter of 2023 rose 10% from a year ago, which was a "
                  "record year with $5 billion in sales.")
    assert found["$5 billion"][5] == "Q2 2023"


def test_a_rate_before_a_comparative_and_its_own_noun_is_that_nouns():
    found = _read("The miner increased bitcoin production by 314% in the second quarter of "
                  "2023. The increased production helped it offset the 14% lower average "
                  "bitcoin price.")
    assert found["14%"][0] is None
    assert _read("Revenue was 14% higher year over year.")["14%"][0] == "revenue_growth"


def test_revenue_from_qualified_services_is_that_line():
    found = _read("Revenue from cloud services advanced 30% to $4.6 billion, while revenue for "
                  "the quarter stood at $12.45 billion.")
    assert found["30%"][:2] == ("revenue_growth", "percent")
    assert found["30%"][4] == "cloud services"
    assert found["$4.6 billion"][0] == "revenue" and found["$4.6 billion"][4] == "cloud services"
    assert found["$12.45 billion"][4] is None
    for whole in ("services", "sales and services"):
        found = _read(f"Revenue from {whole} rose 5% to $2 billion.")
        assert found["$2 billion"][4] is None, whole
    # a counted noun with a modifier names whose revenue (claims_growth.counted_part): never
    # the company's whole revenue compared
    found = _read("Revenue from new customers rose 5% to $2 billion.")
    assert found["5%"][4] == "new customers"


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


@pytest.mark.corpus
def test_income_for_the_quarter_and_its_two_rates_against_the_filing(chips):
    found = verify_text("The chip maker reported its second quarter of fiscal 2026. Income for "
                        "the quarter was $26.4 billion, up 41% from Q1 and 59% in a "
                        "year-to-year comparison.", chips)
    assert [found[k].verdict for k in ("$26.4 billion", "41%", "59%")] == ["supported"] * 3
    found = verify_text("The chip maker reported its second quarter of fiscal 2026. Revenue "
                        "reached a record, hitting $46.7 billion, 6% up from the previous "
                        "quarter, but representing a 56% increase year over year.", chips)
    assert found["56%"].verdict == "supported"  # 46,743 / 30,040 - 1, not the sequential 6%
    found = verify_text("The chip maker reported its second quarter of fiscal 2026. Income for "
                        "the quarter was $26.4 billion, up 41% from Q1 and 65% in a "
                        "year-to-year comparison.", chips)
    assert found["65%"].verdict == "drifted"


@pytest.mark.corpus
def test_earnings_per_share_named_after_the_amount_against_the_filing():
    facts = stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                                "0000320193-25-000057", "10-Q", date(2025, 5, 2))
    found = verify_text("The device maker reported its second fiscal quarter of 2025. The "
                        "company posted $1.65 in earnings per share.", facts)
    assert found["$1.65"].verdict == "supported"
    found = verify_text("The device maker reported its second fiscal quarter of 2025. The "
                        "company posted $1.95 in earnings per share.", facts)
    assert found["$1.95"].verdict == "drifted"


def _facts(relative: str, accession: str, form: str, filed: date) -> list:
    return stored_corpus_facts(relative, accession, form, filed)


@pytest.mark.corpus
def test_the_loss_quoted_as_a_base_against_the_filing():
    # a publisher's fiscal Q3 2017 10-Q: net loss (1) against (45) a year earlier, $ millions
    facts = _facts("dev/10-Q_EA_0000712515-17-000010.html", "0000712515-17-000010", "10-Q",
                   date(2017, 2, 7))
    text = ("The publisher reported its fiscal third quarter of 2017. The company posted a loss "
            "of $1 million. On the bright side, that is far better than the {} loss it "
            "suffered at this time last year.")
    assert verify_text(text.format("$45 million"), facts)["$45 million"].verdict == "supported"
    assert verify_text(text.format("$49 million"), facts)["$49 million"].verdict == "drifted"


@pytest.mark.corpus
def test_the_narrowed_loss_of_the_year_before_against_the_filing():
    # a miner's Q2 2023 10-Q: net loss (212,626) and (1.94) a share in Q2 2022, $ thousands
    facts = _facts("10q-10k/10-Q_MARA_0001493152-23-027174.html", "0001493152-23-027174",
                   "10-Q", date(2023, 8, 8))
    found = verify_text("The miner reported its second quarter of 2023, a net loss of $21.3 "
                        "million. However, the company managed to significantly reduce its loss "
                        "from the same period the previous year, which was $212.6 million, or "
                        "$1.94 per share.", facts)
    assert found["$212.6 million"].verdict == "supported"
    assert found["$1.94 per share"].verdict == "supported"


@pytest.mark.corpus
def test_revenue_from_cloud_services_against_the_filing():
    # a software maker's Q1 FY2024 10-Q: cloud services revenue 4,635 against 3,579, $ millions
    facts = _facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html", "0000950170-23-047713",
                   "10-Q", date(2023, 9, 12))
    text = ("The software maker reported its first quarter of fiscal 2024. Revenue from cloud "
            "services advanced {} to {}.")
    found = verify_text(text.format("30%", "$4.6 billion"), facts)
    assert found["30%"].verdict == "supported" and found["$4.6 billion"].verdict == "supported"
    found = verify_text(text.format("38%", "$4.6 billion"), facts)
    assert found["38%"].verdict == "drifted"
    found = verify_text("The software maker reported its first quarter of fiscal 2024. Revenue "
                        "from services rose to $4.6 billion.", facts)
    assert found["$4.6 billion"].verdict != "supported"  # the whole, not the cloud line


@pytest.mark.corpus
def test_adjusted_ebitda_growth_against_the_filing():
    # a building-materials maker's 2012 10-K: Adjusted EBITDA 411.3 against 351.8 ($ millions)
    facts = _facts("dev/10-K_VMC_0001193125-13-084128.html", "0001193125-13-084128", "10-K",
                   date(2013, 2, 28))
    text = ("The company reported its full year 2012. Despite weaker shipments, we achieved a "
            "{} increase in Adjusted EBITDA in 2012.")
    assert verify_text(text.format("17 percent"), facts)["17 percent"].verdict == "supported"
    assert verify_text(text.format("25 percent"), facts)["25 percent"].verdict == "drifted"
