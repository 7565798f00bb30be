"""A segment an article calls a "department" (a note translated from another language on a
software maker's quarter: "Hardware department revenue: $714 million") is the filer's segment
of that name; the word is a generic noun for a part, as "segment" is, and a name of five words
before it is kept whole. Paraphrases written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.entities import same_segment
from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "Oracle released its FY24Q1 earnings report.\n"


@pytest.fixture(scope="module")
def software():
    # fiscal Q1 2024 (to Aug 31, 2023): cloud services and license support 9,547; hardware 714;
    # services 1,383 (millions)
    return stored_corpus_facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html",
                               "0000950170-23-047713", "10-Q", date(2023, 9, 12))


@pytest.mark.parametrize("claimed, filed", [("Hardware department", "Hardware"),
                                            ("Services departments", "Services"),
                                            ("Cloud services and license support department",
                                             "Cloud Services and License Support")])
def test_a_department_is_the_segment_of_its_name(claimed, filed):
    assert same_segment(claimed, filed)


@pytest.mark.parametrize("claimed, filed", [("Hardware department", "Hardware Business"),
                                            ("Services department", "Cloud Services"),
                                            ("department", "Hardware")])
def test_a_department_is_no_other_part(claimed, filed):
    assert not same_segment(claimed, filed)


def test_a_five_word_name_before_department_is_kept_whole():
    claim = next(c for c in claims_in(
        _LEAD + "- Cloud services and license support department revenue: $9.55 billion.")
        if c.text == "$9.55 billion")
    assert claim.entity == "Cloud services and license support department"


def test_department_revenue_is_compared_with_the_segment(software):
    found = verify_text(_LEAD + "- Hardware department revenue: $714 million.\n"
                        "- Services department revenue: $1.38 billion.\n"
                        "- Cloud services and license support department revenue: $9.55 "
                        "billion.\n", software)
    assert found["$714 million"].verdict == "supported"
    assert found["$1.38 billion"].verdict == "supported"
    assert found["$9.55 billion"].verdict == "supported"
    wrong = verify_text(_LEAD + "- Hardware department revenue: $914 million.\n", software)
    assert wrong["$914 million"].verdict != "supported"
    assert wrong["$914 million"].filed_value != 12453000000  # never the total
