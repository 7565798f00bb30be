"""A part's figures set beside the company's total: a growth rate after an aside in parentheses
is the growth of the figure before the aside, never of the total the aside compares it with; a
sentence whose subject is "the segment" (after a lead label naming it, or a sentence about it)
is that part's, never the company's.

Every sentence here is written for these tests (paraphrases, not third-party text); the facts
are read in place from a software maker's fiscal Q1 2023 earnings release (EX-99.1): total
revenue $4,655 million (a year before $4,262 million), subscription $4,373 million ($3,958
million), product $120 million ($145 million)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.claims_asides import before_aside
from pipeline.verify.claims_part_units import unnamed_part
from tests.conftest import claims_in, stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

_LEAD = ("In its first quarter of fiscal 2023 the design software maker had revenue of "
         "$4.66 billion. ")


@pytest.fixture(scope="module")
def release() -> list:
    return stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                               "0000796343-23-000044", "8-K", date(2023, 3, 15))


@pytest.mark.parametrize("text, rate, part", [
    ("Subscription sales reached $4.37 billion (or 93.9% of total revenues), up 10.5% year "
     "over year.", "10.5%", "Subscription"),
    ("Product revenue came to $120 million (a 2.6% slice of total revenues), down 17.2% from "
     "a year earlier.", "17.2%", "Product"),
    ("Product revenue came to $120 million (2.6% of the total), a decrease of 17.2% from a "
     "year earlier.", "17.2%", "Product")])
def test_a_rate_after_an_aside_is_the_growth_of_the_figure_before_it(release, text, rate, part):
    v = verify_text(_LEAD + text, release)[rate]
    assert v.claim.entity == part and v.claim.metric == "revenue_growth", v.reason
    assert v.verdict == "supported", v.reason


def test_a_rate_not_attached_to_the_level_before_an_aside_is_not_its_growth():
    claims = {c.text: c for c in claims_in(
        _LEAD + "It now expects revenue of $19.3 billion (11% growth) and a 45% operating "
        "margin for the year.")}
    assert claims["45%"].metric != "revenue_growth"


@pytest.mark.parametrize("aside", ["(a 9% sequential increase)", "(up 9% year over year)",
                                   "(9% growth from the prior quarter)"])
def test_an_asides_change_words_never_name_the_figure_after_it(aside):
    # the change noun inside the aside is the aside's rate's; the margin's own words name it
    claims = {c.text: c for c in claims_in(
        _LEAD + f"Subscription revenue hit $4.37 billion {aside}, with 32.3% operating "
        "margin for the whole company.")}
    assert claims["32.3%"].metric == "operating_margin"
    assert claims["32.3%"].basis is None


def test_words_outside_an_aside_still_name_the_figure_after_it():
    # must not fire: the words after the aside closes, or a change that closes it, still name
    claims = {c.text: c for c in claims_in(
        _LEAD + "Net income (up 5% on the year) was $1.05 billion, and revenue rose 9%.")}
    assert claims["$1.05 billion"].metric == "net_income"
    assert claims["9%"].metric == "revenue_growth"
    claims = {c.text: c for c in claims_in(
        _LEAD + "Subscription revenue hit $4.37 billion (93.9% of the total), an increase of "
        "10.5%.")}
    assert claims["10.5%"].metric == "revenue_growth"


def test_the_figure_before_an_aside_and_the_words_outside_it():
    def spans(text: str) -> list[tuple[int, int]]:
        return [(text.index(f), text.index(f) + len(f)) for f in ("$4.4 billion", "93.9%", "10.5%")]

    text = "Sales were $4.4 billion (93.9% of the total), up 10.5% on the year."
    assert before_aside(text, spans(text), 2) == (0, " , up ")
    assert before_aside(text, spans(text), 1) is None  # no aside closes before the share
    plain = "Sales were $4.4 billion, 93.9% of the total, up 10.5% on the year."
    assert before_aside(plain, spans(plain), 2) is None
    glued = "Sales were $4.4 billion (93.9% of the total) and 10.5% of assets."
    assert before_aside(glued, spans(glued), 2) is None  # not attached by a way it went


@pytest.mark.parametrize("behind, part", [
    ("Digital Media: The segment generated revenues of ", "Digital Media"),
    ("Digital Media: The segment's revenues were ", "Digital Media"),
    ("Outlook: The segment generated revenues of ", "a segment (unnamed)"),
    ("The division posted sales of ", "a division (unnamed)"),
    ("The business posted sales of ", None)])
def test_a_sentence_whose_subject_is_the_segment_is_the_labelled_parts(behind, part):
    assert unnamed_part(behind) == part


def test_a_labelled_segments_revenue_is_never_compared_with_the_total(release):
    v = verify_text(_LEAD + "Digital Media: The segment generated revenue of $3.40 billion, "
                    "which rose 9.2% year over year.", release)
    assert v["$3.40 billion"].claim.entity == "Digital Media"
    # the segment's own figure (the release's highlights), never the total's $4,655 million
    assert v["$3.40 billion"].verdict == "supported"
    assert v["$3.40 billion"].filed_value == Decimal("3400000000")
    # the segment's growth as the release states it ("9 percent year-over-year growth",
    # extractors.stated_rates), at the release's precision; never the total's
    # the release states "9 percent": a finer 9.2% is not borne out by it (words33's rule)
    assert v["9.2%"].claim.entity == "Digital Media" and v["9.2%"].verdict == "unverifiable"


def test_the_segment_as_subject_points_back_at_the_part_of_the_sentence_before(release):
    v = verify_text(_LEAD + "Subscription revenue was $4.37 billion. The segment grew its "
                    "revenue 10.5% from a year before.", release)
    assert v["10.5%"].claim.entity == "Subscription" and v["10.5%"].verdict == "supported"
