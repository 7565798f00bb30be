"""Stated gross margin in text: hand-written sentences, the Cerebras Q1 2026 10-Q, the corpus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.margins import extract_stated_margins, sentence_margins
from extractors.sentences import Sentence
from tests.conftest import ROOT, corpus_file

CEREBRAS_Q1 = (
    ROOT / "fixtures/edgar/Archives/edgar/data/2021728/000162828026044981/cbrs-20260331.htm"
)
FY = {2025: (date(2025, 1, 1), date(2025, 12, 31)), 2024: (date(2024, 1, 1), date(2024, 12, 31))}


def margins(text, years=None):
    found = sentence_margins(Sentence(0, len(text), text), "t.htm", years)
    return [(str(f.value), f.decimals, f.period_start, f.period_end) for f in found]


def test_quarter_sentence_keeps_precision():
    assert margins("Gross margin was 44.6% for the three months ended March 31, 2026.") == [
        ("44.6", 1, date(2026, 1, 1), date(2026, 3, 31))
    ]


def test_respectively_list():
    text = (
        "Gross margin was 39.0% and 42.3% for the years ended December 31, 2025 and 2024, "
        "respectively."
    )
    assert margins(text) == [("39.0", 1, *FY[2025]), ("42.3", 1, *FY[2024])]


def test_to_from_years_use_the_documents_fiscal_years():
    text = "Our gross margin decreased to 39.0% in 2025 from 42.3% in 2024."
    assert margins(text, FY) == [("39.0", 1, *FY[2025]), ("42.3", 1, *FY[2024])]
    assert margins(text) == []  # years the document does not define are not guessed


@pytest.mark.parametrize(
    "text",
    [
        "Non-GAAP gross margin was 47.1% for the three months ended March 31, 2026.",
        "Adjusted gross margin of 50% for the year ended December 31, 2025.",
        "Operating margin was 12.0% for the three months ended March 31, 2026.",
        "Gross margin expanded by 200 basis points for the year ended December 31, 2025.",
        "Gross margin increased by 2.1% for the three months ended March 31, 2026.",
        "We achieved a gross margin of 14.2%.",  # no period
    ],
)
def test_lookalikes_give_nothing(text):
    assert margins(text) == []


def test_cerebras_q1_2026_10q():
    doc = parse_document(CEREBRAS_Q1.read_bytes(), name=CEREBRAS_Q1.name)
    [fact] = extract_stated_margins(doc)
    assert (fact.metric, fact.unit, fact.value, fact.decimals) == (
        "gross_margin",
        "percent",
        Decimal("44.6"),
        1,
    )
    assert (fact.period_start, fact.period_end) == (date(2026, 1, 1), date(2026, 3, 31))
    source = fact.sources[0]
    assert source.extractor == "margins" and "44.6%" in source.text
    assert doc.text[source.span[0] : source.span[1]].startswith("Gross margin was 44.6%")


def test_amd_10q_states_quarter_and_half():
    path = corpus_file("10q-10k/10-Q_AMD_0000002488-23-000139.html")
    facts = extract_stated_margins(parse_document(path.read_bytes(), name=path.name))
    got = {(f.period_start, f.period_end): f.value for f in facts}
    assert got == {
        (date(2023, 4, 2), date(2023, 7, 1)): 46,
        (date(2023, 1, 1), date(2023, 7, 1)): 45,
        (date(2021, 12, 26), date(2022, 6, 25)): 47,
    }


@pytest.mark.parametrize(
    "relative",
    [
        "10q-10k/10-K_PLTR_0001321655-24-000022.html",
        "10q-10k/10-Q_AI_0001628280-23-031636.html",
        "10q-10k/10-Q_HD_0000354950-23-000185.html",
        "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
    ],
)
def test_corpus_documents_without_a_stated_gross_margin_sentence(relative):
    path = corpus_file(relative)
    assert extract_stated_margins(parse_document(path.read_bytes(), name=path.name)) == []


@pytest.mark.parametrize("text", [
    # a part's gross margin, printed beside the company's own: each stood as the company's
    "Gross margin on sales to our largest customer was 35% in 2025.",
    "Gross margin for the Widgets segment was 35% in 2025.",
    "Gross margin in our Retail segment was 28% in 2025.",
    "Gross margin in the Americas was 30% in 2025.",
    "Gross margin on product sales was 60% in 2025.",
    "Product gross margin was 60% in 2025.",
    "International gross margin was 30% in 2025.",
    "Our gross margin on hardware was 18% in 2025.",
    "Gross margin, excluding the inventory write-down, was 44% in 2025.",
    # Standard Pacific's 10-K: a line of business and a what-if
    "Excluding impairment charges, our 2025 homebuilding gross margin percentage from home sales "
    "would have been 19.9%.",
])
def test_a_qualified_gross_margin_is_not_the_companys(text):
    assert margins(text, FY) == []


@pytest.mark.parametrize("text,value", [
    ("Our gross margin was 42% in 2025.", "42"),
    ("In fiscal 2025, gross margin as a percentage of net revenue improved to 18.3% in 2025.",
     "18.3"),
    ("The Company's consolidated gross margin was 41% in 2025.", "41"),
    ("Table of Contents Gross margin was 45% in 2025.", "45"),
])
def test_the_companys_own_gross_margin_still_reads(text, value):
    assert [v for v, *_ in margins(text, FY)] == [value]
