"""How an article names a part of the company before its figure: a name whose words a comma
lists ("The Wearables, Home, and Accessories segment") and an aside in parentheses between the
name and the figure. Sentences are the project's own paraphrases."""

from __future__ import annotations

import hashlib

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_segments import revenue_segment, words_before
from pipeline.verify.entities import same_segment


def _claims(text: str) -> dict:
    return {c.text: c for c in extract_claims(
        Article("t", text, hashlib.sha256(text.encode()).hexdigest()))}


def test_a_listed_name_and_an_aside_before_the_figure():
    text = ("The Home, Garden, and Outdoor segment (which sells grills, planters, and patio "
            "sets) brought in $3.15 billion in revenue during the second quarter of 2025.")
    claim = _claims(text)["$3.15 billion"]
    assert claim.metric == "revenue"
    assert same_segment(claim.entity, "Home, Garden and Outdoor")


def test_the_aside_is_left_out_of_the_words_before_the_figure():
    text = "The Cloud segment (its largest, by far) grew revenue to $9.1 billion"
    before = words_before(text, text.find("$9.1"))
    assert "largest" not in before and revenue_segment(before) == "Cloud segment"


def test_a_sentence_that_opens_on_the_change_of_the_figure_before():
    # the change is of the part the sentence before named, never the company's revenue
    claims = _claims("The Gadgets segment brought in $5.40 billion in revenue during the second "
                     "quarter of 2025. This marks a decline of roughly 3.2% compared to the "
                     "$5.58 billion reported a year earlier.")
    change = claims["3.2%"]
    assert (change.metric, change.entity) == ("revenue_growth", "Gadgets segment")
    # a sentence that does not open on the change keeps its own reading
    other = _claims("The Gadgets segment brought in $5.40 billion in revenue during the second "
                    "quarter of 2025. Margins improved by 3.2% on lower freight costs.")
    assert other["3.2%"].entity is None
