"""A segment's revenue read from a release's quarter highlights: dated as the release's own
quarter only when the heading's quarter fits the tables' periods; targets and lines of other
sections give nothing. The real release (a software maker's fiscal Q1 2023 EX-99.1, read in place
from the corpus) prints no segment table; the other documents are written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact
from extractors.document import parse_document
from extractors.segment_highlights import extract_segment_highlights
from tests.conftest import stored_corpus_facts


@pytest.mark.corpus
def test_a_releases_segment_highlights_are_the_segments_revenue_for_its_quarter():
    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    read = {(f.fact.entity, f.fact.basis, f.fact.value, f.fact.period_start, f.fact.period_end)
            for f in facts if f.fact.sources[0].extractor == "segment_highlights"
            and f.fact.metric == "revenue"}
    quarter = (date(2022, 12, 4), date(2023, 3, 3))
    # its media segment's two products add up to the segment (2.76 + 0.634 = 3.394, 3.40 as
    # rounded); the experience segment's one subscription line proves nothing and is not read
    assert read == {("Digital Media", "segment", Decimal("3400000000"), *quarter),
                    ("Creative", "product", Decimal("2760000000"), *quarter),
                    ("Document Cloud", "product", Decimal("634000000"), *quarter),
                    ("Digital Experience", "segment", Decimal("1180000000"), *quarter)}


@pytest.mark.corpus
def test_a_parts_recurring_revenue_is_its_balance_on_the_quarters_last_day():
    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    read = {(f.fact.entity, f.fact.value, f.fact.period_start, f.fact.period_end)
            for f in facts if f.fact.metric == "annualized_recurring_revenue"}
    # "Net new Digital Media ARR was $410 million" is the quarter's addition: not read
    assert read == {("Digital Media", Decimal("13670000000"), None, date(2023, 3, 3)),
                    ("Creative", Decimal("11280000000"), None, date(2023, 3, 3)),
                    ("Document Cloud", Decimal("2390000000"), None, date(2023, 3, 3))}


def _revenue(start: date, end: date) -> Fact:
    return Fact(metric="revenue", value=Decimal("900000000"), unit="USD", period_start=start,
                period_end=end, decimals=-6)


_PAGE = """<html><body><p>Acme Soft reports its results.</p>
<p>{heading}</p>
<p>&#8226;Cloud Tools segment revenue was $3.40 billion, up 9 percent year over year.</p>
<p>&#8226;Field Services segment revenue was $1.18 billion to $1.20 billion.</p>
<p>Outlook</p>
<p>&#8226;Print segment revenue was $0.50 billion.</p>
</body></html>"""
_Q2 = [_revenue(date(2023, 4, 1), date(2023, 6, 30)), _revenue(date(2023, 1, 1), date(2023, 6, 30))]


@pytest.mark.parametrize("heading, tables, parts", [
    ("Second Quarter Fiscal Year 2023 Business Segment Highlights", _Q2, {"Cloud Tools"}),
    # the heading's quarter is not the tables' own (a second quarter's six months to date)
    ("First Quarter Fiscal Year 2023 Business Segment Highlights", _Q2, set()),
    ("Second Quarter Fiscal Year 2021 Business Segment Highlights", _Q2, set()),
    # a release printing no year to date: its quarter's number is not proven
    ("Second Quarter Fiscal Year 2023 Business Segment Highlights", _Q2[:1], set()),
    ("Second Quarter Fiscal Year 2023 Financial Highlights", _Q2, set())])
def test_a_highlight_is_read_only_under_its_own_quarters_heading(heading, tables, parts):
    doc = parse_document(_PAGE.format(heading=heading), name="ex99.htm", form="8-K")
    read = extract_segment_highlights(doc, tables)
    assert {f.entity for f in read} == parts  # never a range, nor a line past the section
    assert all((f.period_start, f.period_end) == (date(2023, 4, 1), date(2023, 6, 30))
               and f.basis == "segment" for f in read)


_PRODUCTS = """<html><body><p>Acme Soft reports its results.</p>
<p>Second Quarter Fiscal Year 2023 Business Segment Highlights</p>
<p>&#8226;Cloud Tools segment revenue was $3.40 billion, up 9 percent year over year.
Design revenue grew to $2.76 billion, up 8 percent. Paper Cloud revenue was ${second} million,
up 13 percent.</p>
<p>&#8226;Print Shop revenue was $1.00 billion.</p>
</body></html>"""


@pytest.mark.parametrize("second, parts", [
    ("634", {"Cloud Tools", "Design", "Paper Cloud"}),
    # 2.76 + 0.90 is no 3.40: lines that do not add up to the segment are not its parts
    ("900", {"Cloud Tools"})])
def test_a_segments_products_are_read_only_when_they_add_up_to_it(second, parts):
    doc = parse_document(_PRODUCTS.format(second=second), name="ex99.htm", form="8-K")
    read = extract_segment_highlights(doc, _Q2)
    assert {f.entity for f in read} == parts  # the next bullet is no product of the segment
    assert all(f.basis == "product" for f in read if f.entity != "Cloud Tools")


def test_only_a_highlights_recurring_revenue_is_read_never_what_a_quarter_added():
    page = _PRODUCTS.format(second="634").replace(
        "<p>&#8226;Print Shop", "<p>&#8226;Net new Cloud Tools ARR was $410 million, exiting "
        "the quarter with Cloud Tools ARR of $13.67 billion.</p><p>&#8226;Print Shop")
    doc = parse_document(page, name="ex99.htm", form="8-K")
    arr = [f for f in extract_segment_highlights(doc, _Q2)
           if f.metric == "annualized_recurring_revenue"]
    assert [(f.entity, f.value, f.period_start, f.period_end) for f in arr] == [
        ("Cloud Tools", Decimal("13670000000"), None, date(2023, 6, 30))]


_GROWTH = """<html><body><p>Acme Soft reports its results.</p>
<p>Second Quarter Fiscal Year 2023 Business Segment Highlights</p>
<p>&#8226;Cloud Tools segment revenue was $3.40 billion, which represents 9 percent year-over-year
growth or 14 percent in constant currency.</p>
<p>&#8226;Field Services segment revenue was $1.18 billion, representing 11.5 percent
year-over-year growth.</p>
<p>&#8226;Print segment revenue was $0.50 billion, which represents 6 percent of total revenue.</p>
<p>&#8226;Media segment revenue was $0.70 billion, representing 4 percent sequential growth.</p>
</body></html>"""


def test_a_lines_stated_growth_over_a_year_is_the_parts_stated_growth():
    doc = parse_document(_GROWTH, name="ex99.htm", form="8-K")
    read = {(f.entity, f.value) for f in extract_segment_highlights(doc, _Q2)
            if f.metric == "stated_part_growth"}
    # the reported growth only (never the constant-currency one), never a share or a
    # sequential growth
    assert read == {("Cloud Tools", Decimal("9")), ("Field Services", Decimal("11.5"))}


@pytest.mark.corpus
def test_an_articles_segment_growth_is_supported_by_the_releases_stated_growth():
    from tests.conftest import verify_text

    facts = stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                                "0000796343-23-000044", "8-K", date(2023, 3, 15))
    head = "The software maker reported its first quarter of fiscal 2023. "
    found = verify_text(head + "Digital Media: the segment's revenue was $3.4 billion, which "
                        "rose 9% year over year.\n", facts)
    assert found["9%"].verdict == "supported"
    # a figure the stated growth does not bear out is not drifted: no prior year is filed
    found = verify_text(head + "Digital Media: the segment's revenue was $3.4 billion, which "
                        "rose 12% year over year.\n", facts)
    assert found["12%"].verdict == "unverifiable"
