"""A part of the company named around a figure where the part readers did not look: after a
growth rate's noun ("a 98% jump in Networking revenue"), or as the subject of a relative
clause that brings in money in a sentence that names the metric elsewhere ("the strongest
line of all was Services, which took in a record $X"). And a count's
sentence that names a "market" the company sells into (its size, a share of it) or its
stock's trading: no part of the company, so the count stays the company's. A chip maker's
10-Q for its fiscal Q2 2026 and a device maker's for its fiscal Q2 2025 are read in place;
the sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def nvidia() -> list:
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "a", "10-Q", date(2025, 8, 27), cik=1045810)


@pytest.fixture(scope="module")
def apple() -> list:
    return stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                               "a", "10-Q", date(2025, 5, 2), cik=320193)


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


def test_a_growth_rate_names_its_part_after_its_noun(nvidia):
    text = ("In the fiscal second quarter of 2026, a 98% annual jump in Networking revenue "
            "reflected orders for the chip designer's switches.")
    found = verify_text(text, nvidia)
    assert found["98%"].claim.entity == "Networking"
    assert found["98%"].verdict == "supported"  # the 10-Q: Networking revenue up 98%


def test_a_growth_rate_before_the_whole_or_a_describing_word_names_no_part():
    claims = _claims("The 14% growth in total revenue beat estimates, as did the 9% increase in "
                     "quarterly sales, the 6% rise in net revenue and the 4% gain in freight "
                     "revenues.")
    assert [claims[k].entity for k in ("14%", "9%", "6%", "4%")] == [None, None, None, None]


def test_a_part_bringing_in_money_in_a_relative_clause_is_read_beside_the_metric(apple):
    text = ("In the fiscal second quarter of 2025, the strongest line of all was "
            "Services, which brought in a record $26.6 billion.")
    found = verify_text(text, apple)
    assert found["$26.6 billion"].claim.entity == "Services"
    assert found["$26.6 billion"].verdict == "supported"  # 26,645 (Services)


def test_a_relative_clause_after_the_metric_or_a_company_names_no_part():
    claims = _claims("Revenue climbed to $80.1 billion for the quarter, which brought in a record "
                     "$4 billion more than forecast. Sales were strong at Initech, which brought "
                     "in $2 billion.")
    assert claims["$4 billion"].entity is None
    assert claims["$2 billion"].entity is None


def test_a_market_the_company_sells_into_is_no_part_of_its_count():
    claims = _claims("The streamer has won a growing share of the $500 billion global "
                     "entertainment market, serving over 250 million paid memberships.")
    assert claims["250 million"].metric == "paid_memberships"
    claims = _claims("Its shares rose on high market confidence, as paid memberships reached "
                     "250 million.")
    assert claims["250 million"].metric == "paid_memberships"


def test_a_count_in_its_markets_or_a_region_stays_a_parts():
    claims = _claims("The streamer ended the year with 40 million paid memberships in its "
                     "international markets, and 12 million customers in the Canadian market.")
    assert claims["40 million"].metric is None
    assert claims["12 million"].metric is None


@pytest.fixture(scope="module")
def gamestop() -> list:
    return stored_corpus_facts("10q-10k/10-K_GME_0001326380-24-000012.html", "a", "10-K",
                               date(2024, 3, 26), cik=1326380)


def test_a_headcount_of_staff_is_the_full_time_and_part_time_headcount(gamestop):
    # the game retailer's 10-K: about 8,000 full-time and 13,000 to 18,000 part-time associates
    found = verify_text("On February 3, 2024, the retailer counted roughly 8,000 full-time "
                        "staff plus between 13,000 and 18,000 seasonal part-time staff.",
                        gamestop)
    assert found["8,000"].claim.metric == "full_time_employees"
    assert (found["8,000"].verdict, found["13,000"].verdict, found["18,000"].verdict) == (
        "supported", "supported", "supported")


def test_staff_a_change_or_a_part_of_counts_no_headcount():
    claims = _claims("The carmaker cut 150 staff in the quarter, and its plant has 1,200 "
                     "engineering staff.")
    assert claims["150"].metric is None
    assert claims["1,200"].metric is None


def test_a_spaced_tables_part_row_owns_its_change_column(nvidia):
    text = ("Line Q2 FY2026 Q1 FY2026 Q2 FY2025 Y/Y\n"
            "Total Revenue $46.74B $44.06B $30.04B +56%\n"
            "Gaming Revenue $4.29B $3.76B $2.88B +49%\n"
            "Net Income $26.42B $18.78B $16.60B +59%\n")
    found = verify_text(text, nvidia)
    assert found["+49%"].claim.entity == "Gaming"
    assert found["+49%"].verdict == "supported"  # 4,287 / 2,880 - 1 = 48.9%
    assert found["+56%"].claim.entity is None and found["+59%"].claim.entity is None


def test_the_count_a_flow_of_stores_leaves_is_the_store_count(gamestop):
    # the game retailer's 10-K: 287 stores closed in fiscal 2023, 4,169 at its end
    found = verify_text("In fiscal 2023 the retailer shut 287 stores around the world, leaving "
                        "4,169 open.", gamestop)
    assert found["4,169"].claim.metric == "stores"
    assert found["4,169"].verdict == "supported"


def test_a_number_left_by_no_flow_of_stores_is_no_store_count():
    claims = _claims("The maker closed 40 plants, leaving 12 remaining. The retailer cut prices, "
                     "leaving 900 open. The chain closed 40 stores, leaving 2 markets.")
    assert [claims[k].metric for k in ("12", "900", "2")] == [None, None, None]


def test_a_digests_items_marked_after_a_space_are_sentences_of_their_own():
    # a machine news digest flattens its items onto one line, each closed by " [n] - ": the
    # stock's move in one item made the next item's earnings per share a market price
    claims = _claims("Company Performance - Initech stock jumped 9.1% to $412.50 after the "
                     "report [2] - Initech reported Q4 2024 EPS of $3.10, ahead of estimates [4] - "
                     "Q4 2024 revenues reached $8.2 billion [5]")
    assert claims["$3.10"].metric == "eps_diluted"
    assert claims["$3.10"].not_checkable_reason is None
    assert claims["$412.50"].not_checkable_reason is not None
    assert claims["$3.10"].sentence != claims["$8.2 billion"].sentence


def test_a_marker_after_a_space_with_no_dash_ends_no_sentence():
    claims = _claims("Initech's revenue rose to $8.2 billion [5] and its EPS reached $3.10 in "
                     "the quarter.")
    assert claims["$3.10"].sentence == claims["$8.2 billion"].sentence


@pytest.fixture(scope="module")
def netflix() -> list:
    return stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "a", "10-K", date(2025, 1, 27),
                               cik=1065280)


def test_a_comparisons_base_is_of_the_diluted_line_its_sentence_named(netflix):
    # the streamer's 10-K: diluted EPS 19.83 (2024) and 12.03 (2023); basic 20.28 and 12.25
    found = verify_text("For 2024, diluted earnings per share came to $19.83, against $12.25 "
                        "a year before.", netflix)
    assert found["$19.83"].verdict == "supported"
    # the diluted line's 12.03, never the basic line's 12.25 (which the safety net of a crowded
    # sentence then names: unverifiable, never supported)
    assert found["$12.25"].verdict == "unverifiable"


def test_a_base_whose_own_words_say_basic_is_the_basic_line(netflix):
    found = verify_text("For 2024, diluted earnings per share came to $19.83, against $12.25 "
                        "basic a year before.", netflix)
    assert found["$12.25"].verdict == "supported"
