"""A part of the company named around a revenue figure in ways that were read as the company's
own, so that the part's amount was compared with total revenue and called drifted: a region
"outside" a place (the rest of the world), a product line after "sales of", and the subject of
"contributed" (an acquired bank, a product line). Checked through ``extract_claims`` and
against real filings of the shared corpus (a home-improvement retailer's 10-Q, a bank's
release, a chipmaker's 10-Q).

The article snippets are the project's own paraphrases, not third-party text.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def retailer():
    # Q2 FY2023: net sales 42,916; outside the U.S. 3,725; Building Materials 15,391 (millions)
    return stored_corpus_facts("10q-10k/10-Q_HD_0000354950-23-000185.html",
                               "0000354950-23-000185", "10-Q", date(2023, 8, 22), cik=354950)


@pytest.fixture(scope="module")
def bank():
    # 2Q21 release: total revenue 4,667 (of which the just-acquired bank's 316)
    return stored_corpus_facts("dev/EX-99.1_PNC_2021-06-30.html", "0000713676-21-000040",
                               "8-K", date(2021, 7, 14), cik=713676)


@pytest.fixture(scope="module")
def chips():
    # Q2 FY2026: revenue 46,743; Networking 7,252 (millions)
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


_RETAILER = "The home-improvement chain reported its second quarter of fiscal 2023. "


@pytest.mark.parametrize("words", ["Sales outside the U.S. were",
                                   "Net sales outside the United States reached",
                                   "Revenue outside of the U.S. came to"])
def test_sales_outside_a_place_are_the_rest_of_the_worlds(retailer, words):
    found = verify_text(f"{_RETAILER}{words} $3.7 billion in the second quarter.", retailer)
    assert found["$3.7 billion"].claim.entity.startswith("outside the")
    assert found["$3.7 billion"].verdict == "supported"  # the filer's own part so named
    wrong = verify_text(f"{_RETAILER}{words} $4.7 billion in the second quarter.", retailer)
    assert wrong["$4.7 billion"].verdict != "supported"
    assert wrong["$4.7 billion"].filed_value != 42916000000  # never the total


def test_sales_outside_two_places_are_neither_places_nor_the_whole():
    claim = next(c for c in claims_in("The streamer's revenue outside the U.S. and Canada was "
                                      "$21.6 billion in 2024.") if c.text == "$21.6 billion")
    assert claim.entity == "outside the U.S and Canada"


@pytest.mark.parametrize("words,value", [("Sales in the U.S. were", "$39.2 billion"),
                                         ("Net sales were", "$42.9 billion")])
def test_sales_in_a_place_and_the_whole_stay_so(retailer, words, value):
    found = verify_text(f"{_RETAILER}{words} {value} in the second quarter.", retailer)
    assert found[value].verdict == "supported"
    assert (found[value].claim.entity is None) == (words == "Net sales were")


def test_sales_of_a_named_line_are_that_lines(retailer):
    found = verify_text(f"{_RETAILER}Sales of Building Materials were $15.4 billion in the "
                        "second quarter.", retailer)
    assert found["$15.4 billion"].claim.entity == "Building Materials"
    assert found["$15.4 billion"].verdict == "supported"
    camel = next(c for c in claims_in("Sales of iPhone were $46.8 billion in the quarter.")
                 if c.text == "$46.8 billion")
    assert camel.entity == "iPhone"


def test_sales_of_the_filer_or_of_a_sum_in_dollars_stay_the_companys(retailer):
    # the lead names the filer: its own name after "of" is the company's
    text = ("Home Depot reported second-quarter results on Tuesday, and Home Depot said its "
            "customers pulled back on big projects. Revenue of Home Depot was $42.9 billion "
            "in the second quarter.")
    assert verify_text(text, retailer)["$42.9 billion"].verdict == "supported"
    found = verify_text(f"{_RETAILER}It posted revenue of US$42.9 billion in the second "
                        "quarter.", retailer)
    assert found["US$42.9 billion"].claim.entity is None
    assert found["US$42.9 billion"].verdict == "supported"


_BANK = "The bank reported its second quarter of 2021 on Wednesday. "


@pytest.mark.parametrize("sentence", [
    "BBVA USA contributed revenue of $316 million in the second quarter of 2021.",
    "BBVA USA contributed $316 million of revenue in the second quarter of 2021.",
    "The acquisition contributed $316 million of revenue in the second quarter of 2021.",
    "The newly acquired bank also contributed revenue of $316 million in the quarter."])
def test_what_contributed_revenue_is_a_part_never_the_whole(bank, sentence):
    found = verify_text(_BANK + sentence, bank)["$316 million"]
    assert found.claim.entity is not None
    assert found.verdict == "unverifiable"


def test_a_line_that_contributed_is_compared_with_that_line(chips):
    text = "The chip maker reported its second quarter of fiscal 2026. Networking contributed {}"
    assert verify_text(text.format("$7.3 billion of revenue."), chips)[
        "$7.3 billion"].verdict == "supported"
    assert verify_text(text.format("$8.3 billion of revenue."), chips)[
        "$8.3 billion"].filed_value == 7252000000  # the line's, never the total's


def test_a_pointer_that_contributed_names_no_part_and_revenue_stays_the_whole(bank):
    found = verify_text(_BANK + "Revenue was $4.7 billion in the second quarter of 2021.", bank)
    assert found["$4.7 billion"].verdict == "supported"
    pointed = next(c for c in claims_in(_BANK + "It contributed $316 million of revenue.")
                   if c.text == "$316 million")
    assert pointed.entity is None


@pytest.fixture(scope="module")
def devices():
    # Q2 FY2025: gross margin 44,867 / 95,359 = 47.05%; Greater China operating income 6,626
    return stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                               "0000320193-25-000057", "10-Q", date(2025, 5, 2), cik=320193)


_DEVICES = "The device maker reported its second quarter of fiscal 2025. "


@pytest.mark.parametrize("sentence,figure", [
    ("Gross margin for Services was 75.7% in the quarter.", "75.7%"),
    ("Gross margin for Products was 36.7% in the quarter.", "36.7%")])
def test_a_margin_for_a_known_part_is_that_parts(devices, sentence, figure):
    found = verify_text(_DEVICES + sentence, devices)[figure]
    assert found.claim.entity in ("Services", "Products")
    assert found.verdict == "unverifiable"  # the filings state no line's gross profit


def test_operating_income_in_a_region_is_the_regions(devices):
    found = verify_text(_DEVICES + "Operating income in Greater China was $6.6 billion in the "
                        "quarter.", devices)["$6.6 billion"]
    assert found.claim.entity == "Greater China" and found.verdict == "supported"


@pytest.mark.parametrize("sentence", ["Gross margin for the quarter was 47.1%.",
                                      "The gross margin in Q2 was 47.1%.",
                                      "Gross margin for the company was 47.1% in the quarter."])
def test_a_margin_for_a_period_or_the_whole_stays_the_companys(devices, sentence):
    found = verify_text(_DEVICES + sentence, devices)["47.1%"]
    assert found.claim.entity is None and found.verdict == "supported"
