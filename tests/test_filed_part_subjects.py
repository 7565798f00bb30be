"""A part the filings state revenue for, named as the subject of a verb that brings in, totals
or moves money, in a sentence that names no metric: read at verify time, against the loaded
facts' own part names, as that part's revenue or its growth (pipeline.verify.filed_subjects).
The claim side's word table knows no utility's "Midstream" and no "automotive solutions";
the filings do. Apple's fiscal Q2 2025 10-Q, NVIDIA's fiscal Q2 2026 10-Q and Spire's fiscal
Q1 2024 10-Q (segments Gas Utility, Gas Marketing, Midstream) are read in place; the
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_verify_earning_parts import _stored, verify


@pytest.fixture(scope="module")
def apple():
    return _stored("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, date(2025, 5, 2))


@pytest.fixture(scope="module")
def nvidia():
    return _stored("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", 1045810,
                   date(2025, 8, 27))


@pytest.fixture(scope="module")
def spire():
    return _stored("dev/10-Q_SR_2023-12-31.html", 1126956, date(2024, 2, 1))


def test_a_part_with_a_line_noun_that_contributed_an_amount(nvidia):
    found = verify("Nvidia's second quarter of fiscal 2026 was a record. Of that sum, the data "
                   "center business contributed $41.1 billion.", nvidia)
    assert found["$41.1 billion"].verdict == "supported"  # Data Center 41,096
    assert found["$41.1 billion"].claim.entity == "Data Center"


def test_a_segment_only_the_filings_name_brought_in_its_revenue(spire):
    found = verify("For the fiscal first quarter of 2024, Midstream brought in $14.9 million.",
                   spire)
    assert found["$14.9 million"].verdict == "supported"
    assert found["$14.9 million"].claim.entity == "Midstream"
    off = verify("For the fiscal first quarter of 2024, Midstream brought in $19.9 million.",
                 spire)
    assert off["$19.9 million"].verdict == "drifted"  # against the part's 14.9, not the total


def test_the_next_item_of_a_list_and_the_base_of_a_move(nvidia, apple):
    found = verify("In the second quarter of fiscal 2026, workstation chips took in $601 "
                   "million, while automotive solutions $586 million.", nvidia)
    assert found["$586 million"].verdict == "supported"  # Automotive 586
    assert found["$601 million"].verdict == "unverifiable"  # no filed part is so named
    found = verify("Apple reported its fiscal second quarter of 2025. Still, wearables and "
                   "accessories saw a small dip, slipping to $7.5 billion from $7.9 billion.",
                   apple)
    assert found["$7.5 billion"].verdict == "supported"  # 7,522
    assert found["$7.9 billion"].verdict == "supported"  # 7,913 a year before


def test_a_bare_rate_of_a_part_is_supported_or_unverifiable_never_drifted(apple):
    found = verify("Apple reported its fiscal second quarter of 2025. Wearables, including "
                   "the Watch and earbuds, dropped 4.9%.", apple)
    assert found["4.9%"].verdict == "supported"  # 7,522 / 7,913 - 1 = -4.94%
    off = verify("Apple reported its fiscal second quarter of 2025. Wearables, including "
                 "the Watch and earbuds, dropped 9.9%.", apple)
    assert off["9.9%"].verdict == "unverifiable"  # units may have fallen so: never drifted


def test_must_not_fire(nvidia, spire):
    # a metric named in the sentence: another line may be meant
    found = verify("For the fiscal first quarter of 2024, Midstream brought in $9.9 million of "
                   "operating income.", spire)
    assert found["$9.9 million"].claim.metric != "revenue"
    # another company's part, an owner's word before the subject
    found = verify("In the second quarter of fiscal 2026, Intel's data center business "
                   "contributed $4.1 billion.", nvidia)
    assert found["$4.1 billion"].verdict == "unverifiable"
    # a rate over the quarter before, and a subject no filed part is named by
    found = verify("In the second quarter of fiscal 2026, the data center business fell 5% "
                   "sequentially, and cloud gaming fell 12%.", nvidia)
    assert found["5%"].verdict == "unverifiable"
    assert found["12%"].verdict == "unverifiable"
    # the company as the subject: no part
    found = verify("In the second quarter of fiscal 2026, the company brought in $9.9 billion.",
                   nvidia)
    assert found["$9.9 billion"].claim.entity is None


def test_a_bullet_that_sets_a_part_equal_to_an_amount(nvidia):
    found = verify("Nvidia closed the second quarter of fiscal 2026.\n\n"
                   "- Growth: Data Center = $41.1B, led by new systems.", nvidia)
    assert found["$41.1B"].verdict == "supported"
    found = verify("Nvidia closed the second quarter of fiscal 2026.\n\n"
                   "- Balance: Cash = $41.1B, up a lot.", nvidia)
    assert found["$41.1B"].claim.entity is None  # no part: "Cash" names a line


# "Windows sales totaled $19.1 billion", "Midstream revenue was $14.9 million": one capitalised
# word before the line's name, which the claim side cannot tell from another company's name
# (a tech site on a software maker's year; a stock note on a utility's quarter)
def test_a_filed_parts_name_before_its_line_is_that_parts_revenue(spire, nvidia):
    found = verify("For the fiscal first quarter of 2024, Midstream revenue was $14.9 million.",
                   spire)
    assert found["$14.9 million"].verdict == "supported"
    assert found["$14.9 million"].claim.entity == "Midstream"
    off = verify("For the fiscal first quarter of 2024, Midstream revenue rose to $19.9 million.",
                 spire)
    assert off["$19.9 million"].verdict == "drifted"  # against the part's 14.9, not the total
    found = verify("Nvidia reported its second quarter of fiscal 2026. Automotive revenue was "
                   "$586 million.", nvidia)
    assert found["$586 million"].claim.entity == "Automotive"


def test_a_name_before_the_line_that_no_filed_part_bears_is_not_read(spire):
    # must not fire: another company's name, or a word no part of the filings is named by
    for text in ("For the fiscal first quarter of 2024, Initech revenue was $14.9 million.",
                 "For the fiscal first quarter of 2024, Pipeline revenue was $14.9 million."):
        found = verify(text, spire)
        assert found["$14.9 million"].claim.entity is None
        assert found["$14.9 million"].verdict == "unverifiable"


def test_a_share_of_the_total_after_a_filed_parts_amount(nvidia):
    # "<Part> = $XB (N% of total)" (a blog's list of a chipmaker's drivers): the part
    # read only with the filings' names; its share of revenue, 41,096 / 46,743 = 87.9%
    found = verify("Nvidia closed the second quarter of fiscal 2026.\n\n"
                   "- Engine: Data Center = $41.1B (88% of total), led by new systems.", nvidia)
    assert found["(88%"].verdict == "supported"
    assert found["(88%"].claim.entity == "Data Center"
    off = verify("Nvidia closed the second quarter of fiscal 2026.\n\n"
                 "- Engine: Data Center = $41.1B (78% of total), led by new systems.", nvidia)
    assert off["(78%"].verdict == "unverifiable"  # read loosely: never drifted
    # must not fire: no part before it, or a total with a noun of its own
    for text in ("- Engine: Cash = $41.1B (88% of total), up a lot.",
                 "- Engine: Data Center = $41.1B (88% of total assets), led by new systems."):
        found = verify("Nvidia closed the second quarter of fiscal 2026.\n\n" + text, nvidia)
        assert found["(88%"].claim.metric is None, text
