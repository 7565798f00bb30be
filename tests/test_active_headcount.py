"""A headcount a 10-K states of its "active employees" ("we had approximately N active
employees", a bank's FY2024 10-K: 217,000 at December 31, 2024) is its whole headcount, read as
the other prose counts are; a part of it ("full-time", "claim" employees) is still not.
Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.count_prose import extract_stated_counts
from extractors.document import parse_document
from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_WFC = "dev/10-K_WFC_2024-12-31.html"


def test_an_active_headcount_is_the_headcount():
    for said, verdict in (("217,000", "supported"), ("227,000", "drifted")):
        got = corpus_verdicts(_WFC, date(2025, 2, 25),
                              f"The lender ended 2024 with about {said} employees.", form="10-K")
        assert got[said][0] == verdict


def _counts(sentence: str) -> list:
    doc = parse_document(f"<html><body><p>{sentence}</p></body></html>".encode(), name="t.htm")
    return [(f.metric, f.value) for f in extract_stated_counts(doc)]


def test_a_part_of_the_headcount_is_still_no_headcount():
    assert _counts("As of December 31, 2024, we had 4,100 active employees.") == [
        ("employees", 4100)]
    assert _counts("As of December 31, 2024, we had 1,100 claim employees.") == []
    assert _counts("As of December 31, 2024, we had 900 active contractors.") == []
