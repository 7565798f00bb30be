"""A part's share of revenue written with a share verb in any tense ("grew to account for",
"representing", "makes up") or with a whole named by a possessive ("of the maker's overall
revenues"); a blog's pointer to a story of its own in parentheses, whose quoted title names
another period; and a record a figure did not match, dated by a year of its own. Each was read
so that a recap of a device maker's quarter lost its later figures (no metric, or the period
of the pointer's title or of the record). Checked through ``extract_claims`` and against the
device maker's 10-Q in the shared corpus.

The article snippets are the project's own paraphrases, not third-party text.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def device_maker():
    # Q2 FY2025 (quarter to 2025-03-29): net sales 95,359 vs 90,753; Services 26,645; Mac 7,949
    return stored_corpus_facts("10q-aapl-0000320193-25-000057/aapl-20250329.htm",
                               "0000320193-25-000057", "10-Q", date(2025, 5, 2), cik=320193)


_LEAD = "The device maker reported its results for the second quarter of fiscal 2025. "


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("text, part", [
    ("Consequently, Services grew to account for 28% of the company's overall revenues.",
     "Services"),
    ("Services is accounting for 28% of revenue.", "Services"),
    ("Services makes up 28% of total revenue.", "Services"),
    ("Services revenue was $26.6 billion, representing a hefty 28% of total company revenue.",
     "Services"),
])
def test_a_share_verb_in_any_tense_reads_the_parts_share(text, part):
    claim = _claims(text)["28%"]
    assert (claim.metric, claim.entity, claim.basis) == ("customer_concentration", part,
                                                         "revenue")


@pytest.mark.parametrize("text", [
    # a change, not a share
    "Services brought in $26.6 billion. The reported number represents a change of +12% "
    "year over year.",
    # a cost line's share of sales: no part's
    "Research and development expenses also rose, accounting for 28% of net sales.",
    # a clause of its own names another subject
    "The services business grew, and customers account for 28% of total revenue.",
])
def test_a_share_verb_reads_no_part_where_none_is_the_subject(text):
    claim = _claims(text)["28%"] if "+12%" not in text else _claims(text)["+12%"]
    assert claim.metric != "customer_concentration" or claim.entity not in (
        "Services", "services", "Research", "services business")


def test_an_opening_connective_or_a_quarter_is_no_customer():
    claim = _claims("Consequently, its share of revenues dropped, accounting for 49% of the "
                    "total.")["49%"]
    assert claim.entity != "Consequently"
    claim = _claims("In Q3 2025 selling expenses rose, accounting for 29.1% of net "
                    "sales.")["29.1%"]
    assert claim.entity is None and claim.metric is None


def test_the_parts_share_is_recomputed_from_the_filing(device_maker):
    found = verify_text(_LEAD + "Consequently, Services grew to account for 28% of the "
                        "company's overall revenues, and Macs represented 8% of total revenue.",
                        device_maker)
    assert found["28%"].verdict == "supported"  # 26,645 / 95,359 = 27.94%
    assert found["8%"].verdict == "supported"  # 7,949 / 95,359 = 8.34%
    wrong = verify_text(_LEAD + "Services grew to account for 31% of the company's overall "
                        "revenues.", device_maker)
    assert wrong["31%"].verdict != "supported"


_POINTER = ('Revenue rose 5% from the year-ago quarter (see "Maker Revenues Drop 4% in Q2 2024, '
            'with Bright Spots in Services," 3 May 2024). ')


def test_a_pointer_to_another_story_dates_nothing_after_it():
    found = _claims(_POINTER + "Services brought in $26.6 billion.")
    assert found["5%"].period_label == found["$26.6 billion"].period_label == "fiscal Q2 2025"
    titled = found["4%"]
    assert titled.metric is None and "another story" in titled.unread_why


def test_a_pointer_to_another_story_is_never_judged(device_maker):
    found = verify_text(_LEAD + _POINTER + "Services brought in $26.6 billion.", device_maker)
    assert found["5%"].verdict == "supported"  # 95,359 / 90,753 - 1 = 5.08%
    assert found["4%"].verdict == "unverifiable"  # never drifted against the 5.08%


@pytest.mark.parametrize("aside", [
    "(up 4% in Q2 2024)",  # no quoted title: the rate's own period
    "(see chart for Q2 2024)",  # no quoted title either
])
def test_an_aside_with_no_quoted_title_is_read_as_ever(aside):
    found = claims_in(f"Revenue rose 5% in the second quarter of fiscal 2025 {aside}. "
                      "Services brought in $26.6 billion.")
    assert not any(c.unread_why and "another story" in c.unread_why for c in found)


def test_a_record_the_figure_did_not_match_is_dated_alone():
    found = _claims("Revenue rose 5% from the year-ago quarter but didn't match the record "
                    "high of $97.3 billion set in 2022. Services brought in $26.6 billion.")
    assert found["5%"].period_label == found["$26.6 billion"].period_label == "fiscal Q2 2025"
    assert found["$97.3 billion"].period_label == "FY2022"


def test_a_sentence_opening_on_a_rate_before_its_change_noun_is_the_figure_befores(device_maker):
    found = verify_text(_LEAD + "The maker reported $95.4 billion in revenue. This marks a 5% "
                        "increase compared to the same period last year.", device_maker)
    assert found["5%"].claim.metric == "revenue_growth"
    assert found["5%"].verdict == "supported"  # 95,359 / 90,753 - 1 = 5.08%
    found = verify_text(_LEAD + "The maker reported $95.4 billion in revenue. That represents a "
                        "hefty 9% year-over-year increase.", device_maker)
    assert found["9%"].verdict == "drifted"


@pytest.mark.parametrize("after", ["This marks a 5% increase in headcount.",
                                   "This marks a 5% stake in the market.",
                                   "This marks 5% of the market."])
def test_a_rate_of_something_else_after_a_figure_is_not_its_change(after):
    claim = _claims(f"The maker reported $95.4 billion in revenue. {after}")["5%"]
    assert claim.metric != "revenue_growth" or claim.basis not in (None, "revenue")
