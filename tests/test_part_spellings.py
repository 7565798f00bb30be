"""An article's part spelled otherwise than the filer's: a hyphened compound after a change's
noun ("a 9% drop in its data-centre sales") and a word inside the name in its plural
("on-premises" for the filer's "on-premise"). Sentences are the project's own paraphrases."""

from __future__ import annotations

import hashlib

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from pipeline.verify.entities import same_segment


def _claims(text: str) -> dict:
    return {c.text: c for c in extract_claims(
        Article("t", text, hashlib.sha256(text.encode()).hexdigest()))}


def test_a_hyphened_part_after_the_change_noun():
    claims = _claims("Acme Chips reported its third-quarter 2024 results. The firm logged a 9% "
                     "drop in its data-centre sales in the third quarter. It also logged a 6% "
                     "rise in cloud-service revenue in the quarter.")
    assert claims["9%"].metric == "revenue_growth"
    assert same_segment(claims["9%"].entity, "Data Center")
    assert same_segment(claims["6%"].entity, "Cloud Services")


def test_a_hyphened_word_of_the_whole_or_its_period_names_no_part():
    claims = _claims("Acme Bank reported its third-quarter 2024 results. It logged a 7% rise in "
                     "non-interest revenue in the quarter. It expects a 5% rise in full-year "
                     "revenue.")
    assert claims["7%"].entity is None
    assert claims["5%"].entity is None


def test_a_plural_inside_a_part_name_is_the_same_part():
    assert same_segment("Cloud license and on-premises license",
                        "Cloud license and on-premise license")
    assert same_segment("cloud licenses and on-premise licenses",
                        "Cloud license and on-premise license")


def test_parts_sharing_a_head_word_stay_apart():
    assert not same_segment("Cloud license", "Cloud services")
    assert not same_segment("Cloud services", "Cloud license and on-premise license")
    assert not same_segment("Data Center", "Data Center Networking")
    assert not same_segment("on-premises license", "Cloud license and on-premise license")
