"""Metrics a reader knows from loose words: "income for the quarter" (net income), a list of
rates against two bases ("up 41% from Q1 and 59% year over year"), "$1.65 in earnings per
share", a loss quoted as the base the sentence before is set against ("far better than the $45
million loss it suffered a year earlier"), and "revenue from cloud services advanced 30%" (a
line of services, not the whole). Sentences are the project's own paraphrases; the end-to-end
checks read a chip maker's Q2 FY2026 10-Q (net income 26,422 against 18,775 in Q1 and 16,599 a
year earlier, $ millions) and a device maker's Q2 FY2025 10-Q (diluted EPS $1.65)."""

from __future__ import annotations

from datetime import date

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


def test_revenue_from_qualified_services_is_that_line():
    found = _read("Revenue from cloud services advanced 30% to $4.6 billion, while revenue for "
                  "the quarter stood at $12.45 billion.")
    assert found["30%"][:2] == ("revenue_growth", "percent")
    assert found["30%"][4] == "cloud services"
    assert found["$4.6 billion"][0] == "revenue" and found["$4.6 billion"][4] == "cloud services"
    assert found["$12.45 billion"][4] is None
    for whole in ("services", "new customers", "sales and services"):
        found = _read(f"Revenue from {whole} rose 5% to $2 billion.")
        assert found["$2 billion"][4] is None, whole


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
