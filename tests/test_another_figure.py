"""A drifted figure of a sentence quoting several figures, which the loaded filing states as
another figure (another segment's line, another period), is not pinned to the one compared:
unverifiable, naming the other figure. A figure alone in its sentence is judged on the reading.
Checked on AMD's 10-Q for the second quarter of 2023, read in place, with the project's own
paraphrases."""

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

FILING = "10q-10k/10-Q_AMD_0000002488-23-000139.html"


@pytest.fixture(scope="module")
def chipmaker() -> list[StoredFact]:
    path = corpus_file(FILING)
    facts = extract_document(path.read_bytes(), document=path.name, form="10-Q")
    return [StoredFact(f"f{i}", fact, 2488, "0000002488-23-000139", "10-Q", date(2023, 8, 2),
                       path.name, f"https://www.sec.gov/Archives/{path.name}")
            for i, fact in enumerate(facts)]


def _verdicts(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


def test_a_segments_figure_read_as_the_total_is_unverifiable_naming_the_segment(chipmaker):
    found = _verdicts("In the second quarter of 2023 the chipmaker's revenue was $998 million "
                      "and its net loss $27 million.", chipmaker)
    verification = found["$998 million"]
    assert verification.verdict == "unverifiable"
    assert "filed as another" in verification.reason
    assert "998,000,000" in verification.reason and "Client" in verification.reason
    alone = _verdicts("In the second quarter of 2023 the chipmaker's revenue was $998 million.",
                      chipmaker)
    assert alone["$998 million"].verdict == "drifted"  # its one figure: the reading stands


def test_last_years_quarter_read_as_this_years_is_unverifiable_naming_its_period(chipmaker):
    found = _verdicts("Revenue in the second quarter of 2023 was $6.55 billion, against "
                      "$5.36 billion a year earlier.", chipmaker)
    verification = found["$6.55 billion"]
    assert verification.verdict == "unverifiable"
    assert "2022-06-25" in verification.reason


def test_a_figure_filed_nowhere_still_drifts_from_the_figure_compared(chipmaker):
    found = _verdicts("In the second quarter of 2023 the chipmaker's revenue was $5.1 billion.",
                      chipmaker)
    assert found["$5.1 billion"].verdict == "drifted"
    assert found["$5.1 billion"].filed_value == 5359000000


def test_a_rate_beside_a_level_filed_as_another_line_is_not_judged_either(chipmaker):
    text = ("In the second quarter of 2023 revenue was $998 million and operating income fell "
            "40%.")
    found = _verdicts(text, chipmaker)
    assert found["$998 million"].verdict == "unverifiable"
    assert found["40%"].verdict == "unverifiable"
    assert "another figure of its sentence" in found["40%"].reason
    alone = _verdicts("In the second quarter of 2023 operating income fell 40%.", chipmaker)
    assert alone["40%"].verdict == "drifted"  # judged when nothing in its sentence is in doubt
