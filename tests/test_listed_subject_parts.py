"""Two or more filed parts joined as the subject of a verb that brings money in ("<Part A>
and <Part B> generated $X in sales") make no one part's figure and not the company's: a
home-improvement retailer's Q2 2023 10-Q, whose two product lines' true sum (15,391 + 13,411
million) drifted against the company's 42,916. Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_HD = "10q-10k/10-Q_HD_0000354950-23-000185.html"


def _verdicts(text: str) -> dict:
    return corpus_verdicts(_HD, date(2023, 8, 22), text, form="10-Q")


def test_two_parts_as_one_subject_are_not_the_company():
    got = _verdicts("Building Materials and Décor generated $28.8 billion of "
                    "sales in the fiscal second quarter of 2023.")
    assert got["$28.8 billion"][0] == "unverifiable"


def test_one_part_or_the_company_stays_checked():
    assert _verdicts("Hardlines brought in $14.1 billion of sales in the fiscal second quarter "
                     "of 2023.")["$14.1 billion"][0] == "supported"
    assert _verdicts("The retailer brought in $42.9 billion of sales in the fiscal second "
                     "quarter of 2023.")["$42.9 billion"][0] == "supported"
