"""A line of revenue the filer tags only with a concept of its own (no dimension), beside lines
it tags on the product axis: the income statement's row for it is a part, and a rate
recomputed from two figures the filing rounds is unverifiable, never drifted, where the
roundings allow the claim. Sentences are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts
from tests.test_claims import article

ORCL_Q = "10q-10k/10-Q_ORCL_0000950170-23-047713.html"
LINE = "Cloud license and on-premise license"


@pytest.fixture(scope="module")
def oracle():
    return stored_corpus_facts(ORCL_Q, "0000950170-23-047713", "10-Q", date(2023, 9, 12))


def _verdicts(text: str, facts) -> dict:
    return {v.claim.text: v for v in verify_claims(extract_claims(article(text)), facts)}


@pytest.mark.corpus
def test_a_line_its_own_concept_tags_is_read_from_the_statement(oracle):
    values = {sf.fact.value for sf in oracle if sf.fact.metric == "revenue"
              and sf.fact.entity == LINE}
    assert values == {Decimal("809000000"), Decimal("904000000")}


@pytest.mark.corpus
def test_the_line_is_found_under_a_plural_spelling_and_its_rounded_rate_is_not_drifted(oracle):
    verdicts = _verdicts(
        "Oracle reported its fiscal first quarter 2024 results. Cloud licenses and on-premises "
        "licenses revenue fell 10% to $809 million in the quarter.", oracle)
    assert verdicts["$809 million"].verdict == "supported"
    assert verdicts["10%"].verdict == "unverifiable"  # 809/904 is -10.51%; the span allows -10.40%


@pytest.mark.corpus
def test_a_rate_beyond_the_roundings_span_is_still_drifted(oracle):
    verdicts = _verdicts(
        "Oracle reported its fiscal first quarter 2024 results. Cloud license and on-premise "
        "license revenue fell 14% to $809 million in the quarter.", oracle)
    assert verdicts["14%"].verdict == "drifted"


@pytest.mark.corpus
def test_a_line_sharing_its_head_word_is_not_the_tagged_line(oracle):
    verdicts = _verdicts(
        "Oracle reported its fiscal first quarter 2024 results. Cloud services revenue rose to "
        "$809 million in the quarter.", oracle)
    assert verdicts["$809 million"].verdict != "supported"
