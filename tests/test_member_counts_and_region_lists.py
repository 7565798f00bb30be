"""A streamer's member count as a digest writes it ("bringing the total subscriber count to N
million", "subscribers now reaching N million after adding ...") is the paid-membership count,
and a region named as a comma list before a share verb ("Europe, the Middle East, and Africa
contributed 32%") is that one region, never its last name. Sentences are project-written
paraphrases of a digest's and a Gulf investing site's recaps of a streamer's year; the filing
is read in place from the corpus (the streamer's fiscal 2024 10-K)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts
from tests.test_claims import claims_of


@pytest.mark.parametrize("text", [
    "In 2024 it added 19 million members, bringing the total subscriber count to 302 million.",
    "In 2024, global subscribers now reaching 302 million after adding 19 million in the year.",
    "In 2024 its membership count reached 302 million.",
])
def test_a_member_count_a_digest_writes_is_the_paid_membership_count(text):
    found = claims_of(text)["302 million"]
    assert (found.unit, found.metric) == ("count", "paid_memberships")


def test_must_not_fire_on_a_change_of_the_count_or_an_age():
    assert claims_of("In 2024 the subscriber count rose by 19 million.")["19 million"].metric != (
        "paid_memberships")
    assert claims_of("In 2024 its customers reached 65 years or older.")["65"].unit != "count"


@pytest.fixture(scope="module")
def streamer_year() -> list:
    return stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044", "10-K",
                               date(2025, 1, 27))


def _verify(text: str, facts: list) -> dict:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {v.claim.text: v for v in verify_claims(claims, facts)}


@pytest.mark.corpus
def test_a_region_named_as_a_comma_list_is_one_region(streamer_year):
    found = _verify("For the full year 2024, the US and Canada generated 45% of sales, while "
                    "Europe, the Middle East, and Africa contributed 32%.", streamer_year)
    assert found["32%"].claim.entity == "Europe, the Middle East, and Africa"
    assert found["32%"].verdict == "supported"  # 12,387,035 / 39,000,966 = 31.8%
    assert _verify("For the full year 2024, Europe, the Middle East and Africa accounted for "
                   "35% of revenue.", streamer_year)["35%"].verdict != "supported"


def test_must_not_fire_on_an_opening_adverb_or_a_year():
    found = claims_of("Regionally, the US and Canada generated 44% of sales in 2024.")
    assert not found["44%"].entity.startswith("Regionally")
    found = claims_of("In 2024, Costco accounted for 12% of revenue.")
    assert found["12%"].entity == "Costco"
