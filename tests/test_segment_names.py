"""How an article names a part of the company before its figure: a name whose words a comma
lists ("The Wearables, Home, and Accessories segment") and an aside in parentheses between the
name and the figure. Sentences are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date

from core.verdicts import Article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_segments import revenue_segment, words_before
from pipeline.verify.entities import same_segment
from tests.conftest import release_revenue, verify_text


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


# a tech site on a device maker's quarter: "the best showing came from services, with revenue
# up N% to $X": the "with" clause's revenue is the part's, never the company's total (read so,
# both figures were "filed as another" and unverifiable)
_QUARTER, _YEAR_AGO = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1), date(2024, 6, 30))
_PART_FACTS = [release_revenue("88000000", _QUARTER), release_revenue("84000000", _YEAR_AGO),
               release_revenue("21300000", _QUARTER, "Services"),
               release_revenue("19000000", _YEAR_AGO, "Services")]
_HEAD = "Gadgetco reports its second quarter of 2025.\n\n"


def test_a_with_clause_after_a_part_word_is_that_parts_revenue():
    found = verify_text(_HEAD + "The quarter's best gains were in services, with revenue up 12% "
                        "to $21.3 million.", _PART_FACTS)
    assert {t: (v.verdict, v.claim.entity) for t, v in found.items()} == {
        "12%": ("supported", "services"), "$21.3 million": ("supported", "services")}


def test_a_with_clause_after_other_words_is_the_company_s():
    # must not fire: "results" names no part, so the clause's revenue is the company's
    found = verify_text(_HEAD + "It posted strong results, with revenue up 5% to $88.0 million.",
                        _PART_FACTS)
    assert {t: (v.verdict, v.claim.entity) for t, v in found.items()} == {
        "5%": ("supported", None), "$88.0 million": ("supported", None)}
