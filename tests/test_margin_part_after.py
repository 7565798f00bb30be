"""A part named by a preposition right after a margin's figure ("posted a gross margin of 75.7%
on services", a recap of a device maker's quarter) is the part's margin, never the company's
(read as the company's 47.1% and drifted): ``margin_parts.margin_part_after``. A period's, a
basis's or the whole's words after it, or the filer's name, name no part. The device maker's
fiscal Q2 2025 10-Q: gross margin 44,867 / 95,359 = 47.05%."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.margin_parts import margin_part_after
from tests.conftest import stored_corpus_facts, verify_text

AAPL_Q = ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", "0000320193-25-000057", "10-Q",
          date(2025, 5, 2))


def _verdicts(text: str) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*AAPL_Q)).items()}


@pytest.mark.corpus
def test_a_part_margin_named_after_its_figure_is_never_drifted_against_the_company():
    got = _verdicts("Apple second quarter: the numbers\n\nMay 3, 2025\n\nApple posted a "
                    "gross margin of 75.7% on services in the March quarter, and a gross "
                    "margin of 47.1% on iPhone.")
    assert got["75.7%"] == "unverifiable"
    assert got["47.1%"] == "unverifiable"  # no iPhone margin is filed: never the company's


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "In fiscal 2025's second quarter, Apple posted a gross margin of 47.1% for the March quarter.",
    "In fiscal 2025's second quarter, Apple posted a gross margin of 47.1% on net sales of "
    "$95.4 billion.",
    "In fiscal 2025's second quarter, Apple's gross margin was 47.1% in the quarter.",
    "In fiscal 2025's second quarter, Apple reported a gross margin of 47.1% at the high end "
    "of its range.",
])
def test_a_period_basis_or_amount_after_the_margin_keeps_the_company_figure(text):
    assert _verdicts(text)["47.1%"] == "supported"


@pytest.mark.parametrize(("before", "after", "part"), [
    ("posted a gross margin of ", " on services in the quarter", "Services"),
    ("operating margins were ", " in Cloud", "Cloud"),
    ("posted a gross margin of ", " for Acme in the quarter", None),  # the filer's name
    ("posted a gross margin of ", " in December", None),
    ("revenue rose ", " on services", None),  # no margin's words before the figure
])
def test_margin_part_after_reads_the_part_only(before, after, part):
    assert margin_part_after(before, after, frozenset({"acme"})) == part
