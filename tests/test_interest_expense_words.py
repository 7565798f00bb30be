"""Interest expense as an article words it: the filed line is the statement's interest expense
(gross, or the filer's own "Interest expense, net"); an article's "net interest expense" (after
interest income) or "interest expense on deposits" (one kind of borrowing's) is another figure,
which a different filed value does not prove wrong. Real corpus filings, the project's own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

RETAILER_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185",
              date(2023, 8, 22))
BANK_RELEASE = ("dev/EX-99.1_USB_2021-12-31.html", "0000036104-22-000001", date(2022, 1, 19))
UTILITY_Q = ("dev/10-Q_SR_2023-12-31.html", "0001126956-24-000004", date(2024, 2, 7))


@pytest.fixture(scope="module")
def retailer(corpus_dir):
    relative, accession, filed = RETAILER_Q
    return stored_corpus_facts(relative, accession, "10-Q", filed)


@pytest.fixture(scope="module")
def bank(corpus_dir):
    relative, accession, filed = BANK_RELEASE
    return stored_corpus_facts(relative, accession, "8-K", filed)


@pytest.fixture(scope="module")
def utility(corpus_dir):
    relative, accession, filed = UTILITY_Q
    return stored_corpus_facts(relative, accession, "10-Q", filed)


def test_net_interest_expense_is_not_the_gross_line(retailer):
    # the statement prints interest expense (469) and interest income apart: the net figure
    # is no filed line, so a different value proves nothing
    found = verify_text("In the quarter ended July 30, 2023, the chain's net interest "
                        "expense came to $440 million.", retailer)
    assert found["$440 million"].verdict == "unverifiable"
    found = verify_text("In the quarter ended July 30, 2023, interest expense, net of "
                        "interest income, was $428 million.", retailer)
    assert found["$428 million"].verdict == "unverifiable"


def test_the_gross_line_is_still_checked(retailer):
    found = verify_text("In the quarter ended July 30, 2023, the chain's interest expense "
                        "came to $469 million.", retailer)
    assert found["$469 million"].verdict == "supported"
    found = verify_text("In the quarter ended July 30, 2023, the chain's interest expense "
                        "came to $943 million.", retailer)
    assert found["$943 million"].verdict != "supported"


def test_a_filers_net_line_bears_out_net_interest_expense(utility):
    # a gas utility's "Interest expense, net" line (tagged as interest expense)
    found = verify_text("In the quarter ended December 31, 2023, the utility's net interest "
                        "expense rose to $50.6 million.", utility)
    assert found["$50.6 million"].verdict == "supported"


def test_interest_on_one_kind_of_borrowing_is_not_the_total(bank):
    found = verify_text("In the fourth quarter of 2021, the bank's interest expense on "
                        "deposits was $75 million.", bank)
    assert found["$75 million"].verdict == "unverifiable"
    # the total's figure, said of deposits, is not borne out by the total
    found = verify_text("In the fourth quarter of 2021, the bank's interest expense on "
                        "deposits was $232 million.", bank)
    assert found["$232 million"].verdict == "unverifiable"


def test_the_banks_total_interest_expense_is_still_checked(bank):
    found = verify_text("In the fourth quarter of 2021, the bank's total interest expense "
                        "was $232 million.", bank)
    assert found["$232 million"].verdict == "supported"
    found = verify_text("In the fourth quarter of 2021, the bank's total interest expense "
                        "was $304 million.", bank)
    assert found["$304 million"].verdict == "drifted"
