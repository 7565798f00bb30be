"""A retailer's store counts: the roll-forward table of a 10-K (stores at both days, those opened
and closed between, by segment), and the year-ago count a release's sentence compares with; read
from the real filings (corpus, in place). The article sentences are the project's own
paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

TEN_K = "10q-10k/10-K_GME_0001326380-24-000012.html"
RELEASE = "8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html"
YEAR = (date(2023, 1, 29), date(2024, 2, 3))


def _facts(relative: str, form: str | None = None) -> list:
    path = corpus_file(relative)
    return extract_document(path.read_bytes(), document=path.name, form=form)


def test_a_store_roll_forward_by_segment():
    facts = {(f.metric, f.entity, f.period_start, f.period_end): f.value
             for f in _facts(TEN_K) if f.sources[0].extractor == "store_counts"}
    assert facts[("stores", None, None, date(2023, 1, 28))] == 4413
    assert facts[("stores", None, None, date(2024, 2, 3))] == 4169
    assert facts[("store_openings", None, *YEAR)] == 43
    assert facts[("store_closures", None, *YEAR)] == 287  # printed "(287)": a count closed
    assert ("store_closures", "Europe", *YEAR) not in facts  # the company's flows only
    assert facts[("stores", "United States", None, date(2024, 2, 3))] == 2915


def test_a_release_states_the_count_a_year_before():
    stores = {f.period_end: f.value for f in _facts(RELEASE, "8-K") if f.metric == "stores"}
    assert stores[date(2024, 11, 2)] == 445
    assert stores[date(2023, 10, 28)] == 443  # the third quarter of fiscal 2023's end


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_closures_are_named_by_a_store_noun_only():
    found = _claims("Over fiscal 2023 the chain shut down 120 stores. It opened 45 new "
                    "locations. In all, 310 stores closed. It also closed 3 plants.")
    assert found["120"].metric == "store_closures"
    assert found["45"].metric == "store_openings"
    assert found["310"].metric == "store_closures"  # the noun and its verb after the figure
    assert found["3"].metric is None  # plants are no stores
    # a closing word further off does not make the stores it had a closure
    had = _claims("Closings slowed in fiscal 2023; the retailer had 1,200 stores at year end.")
    assert had["1,200"].metric == "stores"


def test_closures_verified_and_a_part_never_drifts_as_the_whole():
    path = corpus_file(TEN_K)
    facts = [StoredFact(f"f{i}", fact, 1326380, "0001326380-24-000012", "10-K",
                        date(2024, 3, 26), path.name, f"https://www.sec.gov/{path.name}")
             for i, fact in enumerate(extract_document(path.read_bytes(), document=path.name))]
    text = ("In fiscal 2023 the retailer closed 287 stores. In fiscal 2023 it closed 186 "
            "stores in one region.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = [(v.claim.text, v.verdict) for v in verify_claims(extract_claims(article), facts)]
    assert ("287", "supported") in found
    assert ("186", "unverifiable") in found


def test_a_worldwide_count_after_a_parts_count_is_the_companys():
    # paraphrase: the whole count set against last year's after a country's count; the base
    # after "vs." takes no part from the country's figure before it
    path = corpus_file(TEN_K)
    facts = [StoredFact(f"f{i}", fact, 1326380, "0001326380-24-000012", "10-K",
                        date(2024, 3, 26), path.name, f"https://www.sec.gov/{path.name}")
             for i, fact in enumerate(extract_document(path.read_bytes(), document=path.name))]
    text = ("At the end of fiscal 2023 the chain ran 4,169 stores worldwide, including 2,915 "
            "stores in the U.S., vs. 4,413 stores worldwide and 2,949 stores in the U.S. "
            "the previous year.")
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    assert {c.text: c.entity for c in claims}["4,413"] is None
    found = {v.claim.text: v.verdict for v in verify_claims(claims, facts)}
    assert found["4,169"] == found["4,413"] == "supported"
