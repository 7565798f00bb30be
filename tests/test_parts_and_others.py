"""Figures that are not the filer's total: a line named after "revenue from" or in a
title-cased bullet, another company's figure ("a rival said"), and a comparable (adjusted)
margin and its base. Checked against Netflix's 10-Q for its second quarter of 2025 (shared
corpus); the sentences are the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_segments import revenue_segment, words_before
from tests.conftest import corpus_file
from warehouse.records import StoredFact


@pytest.fixture(scope="module")
def facts() -> list[StoredFact]:
    path = corpus_file("dev/10-Q_NFLX_2025-06-30.html")
    found = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    return [StoredFact(f"f{i}", fact, 1065280, "0001065280-25-000000", "10-Q", date(2025, 7, 18),
                       path.name, "https://www.sec.gov/Archives/nflx-20250630.htm")
            for i, fact in enumerate(found)]


def verify(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


@pytest.mark.parametrize("text, figure, part", [
    # $11.08 billion is the quarter's total revenue: a line's figure is never compared with it
    ("Revenue from advertising, which the company sells on its own, rose 3 percent to $11.08 "
     "billion in the second quarter of 2025.", "$11.08 billion", "advertising"),
    ("In the second quarter of 2025:\n- Q2 Cloud Gaming (CG) Revenue $11.08 billion, up 16%",
     "$11.08 billion", "Cloud Gaming")])
def test_a_line_the_filing_does_not_state_is_unverifiable_naming_it(facts, text, figure, part):
    v = verify(text, facts)[figure]
    assert v.verdict == "unverifiable" and v.claim.entity == part
    assert f"of {part}" in v.reason


@pytest.mark.parametrize("words", [
    "Revenue from continuing operations rose 16% to ", "Q2 Total Revenue ",
    "Widgetco Revenue ", "Revenue from customers rose to "])
def test_words_of_the_whole_name_no_line(words):
    assert revenue_segment(words_before(words, len(words))) is None


def test_the_total_after_from_is_still_the_total(facts):
    v = verify("Revenue from continuing operations was $11.08 billion in the second quarter of "
               "2025.", facts)["$11.08 billion"]
    assert v.verdict == "supported"


def test_a_rivals_figure_is_compared_with_nothing(facts):
    text = ("In the second quarter of 2025, the streamer's rival Acme Corp. said its revenue "
            "rose to $12.40 billion. Its peer Beta's revenue was $11.08 billion. Revenue was "
            "$11.08 billion in the second quarter of 2025.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = verify_claims(extract_claims(article), facts)
    others = [v for v in found if "rival" in v.claim.sentence or "peer" in v.claim.sentence]
    assert len(others) == 2
    assert all(v.verdict == "unverifiable" and "another company" in v.reason for v in others)
    # the filer's own figure after the rivals' sentences is still compared
    own = [v for v in found if v.claim.sentence.startswith("Revenue was")]
    assert len(own) == 1 and own[0].verdict == "supported"


def test_a_comparable_margin_and_its_base_are_adjusted(facts):
    found = verify("In the second quarter of 2025, the comparable operating margin "
                   "(non-GAAP) was 37.0%, up from 34.1% a year earlier. Comparable operating "
                   "margin was 34.1% in the second quarter of 2025.", facts)
    for v in found.values():
        if v.claim.unit == "percent":
            assert v.verdict == "unverifiable" and "adjusted" in v.reason, v.claim.text


def test_the_level_a_constant_currency_rate_rose_to_is_the_reported_level(facts):
    found = verify("In the second quarter of 2025, revenue rose 16% in USD and 17% in constant "
                   "currency to $11.08 billion.", facts)
    assert found["$11.08 billion"].verdict == "supported"
    found = verify("In the second quarter of 2025, revenue in constant currency was $11.20 "
                   "billion.", facts)
    assert found["$11.20 billion"].verdict == "unverifiable"


def test_a_long_line_name_is_not_cut_by_the_window():
    text = ("Device services and license support revenues were up 13% in USD and up 12% in "
            "constant currency to $9.5 billion.")
    before = words_before(text, text.find("$9.5"))
    assert revenue_segment(before) == "Device services and license support"


def test_a_rival_publications_account_is_still_the_filers_figure(facts):
    found = verify("A rival recap said revenue was $11.08 billion in the second quarter of "
                   "2025.", facts)
    assert found["$11.08 billion"].verdict == "supported"
