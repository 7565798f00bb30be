"""Cover-page shares outstanding, read from the printed cover of real 10-Qs and 10-Ks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.cover import extract_cover_shares
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from tests.conftest import EDGAR_FIXTURES, corpus_file

CEREBRAS_Q2 = EDGAR_FIXTURES / "Archives/edgar/data/2021728/000162828026056357/cbrs-20260630.htm"

# document -> (as-of date, {entity: count}); every cover style the corpus has.
COVERS = {
    "10q-aapl-0000320193-25-000057/aapl-20250329.htm":  # "N shares ... were issued and outstanding"
        (date(2025, 4, 18), {"total": 14935826000}),
    "10q-10k/10-Q_AI_0001628280-23-031636.html":  # "had outstanding N shares of Class A ... and"
        (date(2023, 8, 31), {"Class A": 114701772, "Class B": 3499992, "total": 118201764}),
    "10q-10k/10-K_PLTR_0001321655-24-000022.html":  # three classes, "there were N shares of"
        (date(2024, 2, 13), {"Class A": 2110901985, "Class B": 100826007, "Class F": 1005000,
                             "total": 2212732992}),
    "10q-10k/10-K_GME_0001326380-24-000012.html":  # class named before: "Class A ... as of D: N"
        (date(2024, 3, 20), {"Class A": 305873200, "total": 305873200}),
    "10q-10k/10-K_IBM_0000051143-24-000012.html": (date(2024, 2, 9), {"total": 916744848}),
    "10q-10k/10-Q_AA_0001193125-18-236766.html": (date(2018, 7, 27), {"total": 186473040}),
    "10q-10k/10-Q_AMD_0000002488-23-000139.html":  # "as of D: N" (balance sheet says 1,614)
        (date(2023, 7, 28), {"total": 1615671380}),
    "10q-10k/10-Q_HD_0000354950-23-000185.html": (date(2023, 8, 15), {"total": 1000065982}),
    "10q-10k/10-Q_KO_0000021344-23-000048.html":  # a cover table
        (date(2023, 7, 25), {"total": 4324344812}),
    "10q-10k/10-Q_MARA_0001493152-23-027174.html":  # the count wraps onto the next line
        (date(2023, 8, 4), {"total": 174266313}),
    "10q-10k/10-Q_ORCL_0000950170-23-047713.html": (date(2023, 9, 7), {"total": 2739821000}),
    # the market value and the count in one sentence without its full stop: "... at June 30,
    # 2023: $76,906,833,454 The number of ... Common Shares ... as of January 31, 2024: N"
    "dev/10-K_PGR_0000080661-24-000007.html": (date(2024, 1, 31), {"total": 585677464}),
}


def _doc(relative: str):
    path = corpus_file(relative)
    return parse_document(path.read_bytes(), name=path.name)


@pytest.mark.parametrize("relative", sorted(COVERS))
def test_cover_counts(relative):
    as_of, expected = COVERS[relative]
    doc = _doc(relative)
    facts = extract_cover_shares(doc)
    assert {f.entity: f.value for f in facts} == expected
    for fact in facts:
        assert (fact.metric, fact.unit, fact.period_start, fact.period_end) == (
            "shares_outstanding", "shares", None, as_of)
        assert not fact.is_conflict and fact.sources[0].extractor == "cover"
    for fact in facts:
        source = fact.sources[0]
        if source.span:  # the span is the sentence or row in the visible text, and says the count
            assert f"{fact.value:,}" in " ".join(doc.text[slice(*source.span)].split())


def test_scale_words_keep_their_precision():
    # "outstanding as of August 22, 2025, was 24.3 billion."
    (fact,) = extract_cover_shares(_doc("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"))
    assert (fact.value, fact.decimals, fact.entity, fact.period_end) == (
        Decimal("24300000000"), -8, "total", date(2025, 8, 22))


def test_the_class_sum_lists_its_parts():
    facts = extract_cover_shares(_doc("10q-10k/10-Q_AI_0001628280-23-031636.html"))
    (total,) = [f for f in facts if f.entity == "total"]
    assert "Class A 114,701,772" in total.sources[0].text
    assert "Class B 3,499,992" in total.sources[0].text
    assert len(total.sources) == 3


# Alcoa's 2018 10-Q predates inline XBRL: it has no tags to agree with.
@pytest.mark.parametrize("relative", sorted(c for c in COVERS if "10-Q_AA_" not in c) + [
    "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"])
def test_cover_text_agrees_with_the_cover_xbrl(relative):
    doc = _doc(relative)
    tagged = {(f.entity, f.period_end): f.value for f in extract_inline_xbrl(doc)
              if f.metric == "shares_outstanding"}
    printed = {(f.entity, f.period_end): f.value for f in extract_cover_shares(doc)}
    assert tagged
    assert {k: v for k, v in printed.items() if k in tagged} == tagged
    assert set(tagged) <= set(printed)


def test_text_without_a_cover_gives_nothing():
    doc = parse_document("<p>We had 1,000,000 shares outstanding in our plan.</p>", name="x.htm")
    assert extract_cover_shares(doc) == []


def test_cerebras_q2_2026_cover_by_class_and_total():
    doc = parse_document(CEREBRAS_Q2.read_bytes(), name=CEREBRAS_Q2.name)
    expected = {"Class A": 112247109, "Class B": 111601424, "Class N": 13715508,
                "total": 237564041}
    for facts in (extract_cover_shares(doc), extract_inline_xbrl(doc)):
        shares = [f for f in facts if f.metric == "shares_outstanding"]
        assert {f.entity: f.value for f in shares} == expected
        assert {f.period_end for f in shares} == {date(2026, 8, 5)}


COVER_HEAD = ("<p>FORM 10-Q</p><p>Indicate by check mark whether the registrant is a shell company "
              "(as defined in Rule 12b-2 of the Exchange Act). Yes &#9744; No &#9746;</p>")


@pytest.mark.parametrize("sentence,expected", [
    ("As of August 20, 2025, there were 24,310 million shares of common stock outstanding.",
     {"total": (24310000000, -6)}),
    ("Shares of Class A common stock outstanding as of May 1, 2025: 1,500,000; Class B: 250,000.",
     {"Class A": (1500000, 0), "Class B": (250000, 0), "total": (1750000, 0)}),
    ("The aggregate market value held by non-affiliates was $5.9 billion based on 300,000,000 "
     "shares outstanding as of June 30, 2025.", {}),
])
def test_cover_sentence_forms(sentence, expected):
    doc = parse_document(COVER_HEAD + f"<p>{sentence}</p><p>TABLE OF CONTENTS</p>", name="c.htm")
    facts = extract_cover_shares(doc)
    assert {f.entity: (f.value, f.decimals) for f in facts} == expected


def test_counts_after_the_cover_are_not_read():
    doc = parse_document(COVER_HEAD + "<p>TABLE OF CONTENTS</p>"
                         "<p>As of June 30, 2025, 1,234,567 shares were outstanding.</p>",
                         name="c.htm")
    assert extract_cover_shares(doc) == []
