"""A line an article names by a narrower word ("sales") than the filed line ("revenue") is
unverifiable when it misses, unless another figure of its sentence, on the same part, matched
that very filed line: then the article's line is the filed one, and a base that misses it is
drifted. Sentences written for these tests; the filing is a chip maker's Q2 FY2026 10-Q (Data
Center revenue 41,096 against 26,272 a year earlier, $ millions)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def chips():
    return stored_corpus_facts("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
                               "0001045810-25-000209", "10-Q", date(2025, 8, 27))


def test_a_base_on_the_line_its_level_matched_is_drifted(chips):
    found = verify_text("In the second quarter of fiscal 2026 the Data Center division generated "
                        "sales of $41.1 billion, up from $26.2 billion a year earlier.", chips)
    assert found["$41.1 billion"].verdict == "supported"
    assert found["$26.2 billion"].verdict == "drifted"
    assert found["$26.2 billion"].filed_value == 26272000000


def test_a_base_whose_level_missed_too_stays_unverifiable(chips):
    found = verify_text("In the second quarter of fiscal 2026 the Data Center division generated "
                        "sales of $40.1 billion, up from $26.2 billion a year earlier.", chips)
    assert found["$40.1 billion"].verdict == "unverifiable"
    assert found["$26.2 billion"].verdict == "unverifiable"
    assert "'sales' line" in found["$26.2 billion"].reason
