"""Segment, product and regional figures from dimensional inline XBRL, read in place from the
real corpus (values checked against the filings' own tables), and the rules that keep a
cross-cut or a reconciling line from posing as a part of the company."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from extractors.xbrl_segments import spells
from tests.conftest import corpus_file

NFLX_Q = "dev/10-Q_NFLX_2025-06-30.html"
UNP_Q = "dev/10-Q_UNP_2025-06-30.html"
CRM_K = "dev/10-K_CRM_2025-01-31.html"
KO_Q = "10q-10k/10-Q_KO_0000021344-23-000048.html"
Q2_2025 = (date(2025, 4, 1), date(2025, 6, 30))


def _facts(relative: str):
    path = corpus_file(relative)
    return extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))


def _parts(facts, metric="revenue", period=None, basis=None) -> dict:
    return {f.entity: f.value for f in facts if f.metric == metric and f.basis
            and (basis is None or f.basis == basis)
            and (period is None or (f.period_start, f.period_end) == period)}


@pytest.fixture(scope="module")
def netflix():
    return _facts(NFLX_Q)


def test_netflix_regions_named_as_the_filing_defines_them(netflix):
    # The 10-Q's regional table ($ thousands): UCAN 4,929,003, EMEA 3,538,175, LATAM 1,306,735,
    # APAC 1,305,253 for the quarter. Each is tagged Streaming x region; Streaming is proven the
    # whole company because the four add up to the quarter's revenues, 11,079,166.
    regions = _parts(netflix, period=Q2_2025, basis="geography")
    assert regions["United States and Canada (UCAN)"] == Decimal("4929003000")
    assert regions["Europe, Middle East, and Africa (EMEA)"] == Decimal("3538175000")
    assert regions["Latin America (LATAM)"] == Decimal("1306735000")
    assert regions["Asia-Pacific (APAC)"] == Decimal("1305253000")
    total = [f for f in netflix if f.metric == "revenue" and f.entity is None
             and (f.period_start, f.period_end) == Q2_2025]
    assert [f.value for f in total] == [Decimal("11079166000")]


def test_a_single_reportable_segment_is_the_company_not_a_part(netflix):
    # Netflix tags revenue and operating income on its one "Reportable Segment": the company.
    assert not any("Reportable" in (f.entity or "") for f in netflix)
    assert not _parts(netflix, metric="operating_income")


def test_union_pacific_commodity_groups_and_mexico():
    facts = _facts(UNP_Q)
    products = _parts(facts, period=Q2_2025, basis="product")
    assert products["Bulk"] == Decimal("1901000000")  # freight revenues table: Bulk 1,901
    assert products["Industrial"] == Decimal("2212000000")
    assert products["Premium"] == Decimal("1730000000")
    # "Freight revenues from shipments to and from Mexico ... $751 million"
    assert _parts(facts, period=Q2_2025, basis="geography") == {"MX": Decimal("751000000")}
    year_ago = _parts(facts, period=(date(2024, 4, 1), date(2024, 6, 30)), basis="product")
    assert year_ago["Bulk"] == Decimal("1721000000")


def test_salesforce_clouds_keep_the_filers_words():
    facts = _facts(CRM_K)
    fy2025 = _parts(facts, period=(date(2024, 2, 1), date(2025, 1, 31)), basis="product")
    assert fy2025["Subscription and Support"] == Decimal("35679000000")
    assert fy2025["Marketing and Commerce Cloud"] == Decimal("5281000000")
    assert fy2025["Sales Cloud"] == Decimal("8322000000")
    assert not any(f.is_conflict for f in facts)


def test_reconciling_lines_and_cross_cuts_are_not_parts():
    facts = _facts(KO_Q)
    segments = _parts(facts, period=(date(2023, 4, 1), date(2023, 6, 30)), basis="segment")
    assert segments["North America Segment"] == Decimal("4367000000")
    assert not any("Elimination" in name for name in segments)
    # concentrate x United States is one product in one region: neither figure of its own
    geography = _parts(facts, period=(date(2023, 4, 1), date(2023, 6, 30)), basis="geography")
    assert set(geography) == {"US", "International"}


_HEAD = """<html><body><div style="display:none"><ix:header><ix:resources>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>{contexts}
</ix:resources></ix:header></div>"""


def _context(cid: str, **dims: str) -> str:
    members = "".join(f'<xbrldi:explicitMember dimension="{axis}">{member}'
                      "</xbrldi:explicitMember>" for axis, member in dims.items())
    segment = f"<xbrli:segment>{members}</xbrli:segment>" if members else ""
    return (f'<xbrli:context id="{cid}"><xbrli:entity><xbrli:identifier scheme="x">1'
            f"</xbrli:identifier>{segment}</xbrli:entity><xbrli:period><xbrli:startDate>"
            "2025-01-01</xbrli:startDate><xbrli:endDate>2025-03-31</xbrli:endDate>"
            "</xbrli:period></xbrli:context>")


def _tag(cid: str, value: str) -> str:
    return (f'<ix:nonFraction name="us-gaap:Revenues" contextRef="{cid}" unitRef="usd" '
            f'decimals="-6" scale="6" format="ixt:num-dot-decimal">{value}</ix:nonFraction>')


def test_a_cross_cut_whose_member_is_not_the_whole_is_dropped():
    # Product A in Europe (30) and in Asia (20) do not add up to the total (100): product A is
    # not the whole company, so neither tag is Europe's or Asia's revenue.
    contexts = (_context("t") + _context("e", **{
        "srt:ProductOrServiceAxis": "x:AMember", "srt:StatementGeographicalAxis": "x:EuropeMember"})
        + _context("a", **{"srt:ProductOrServiceAxis": "x:AMember",
                           "srt:StatementGeographicalAxis": "x:AsiaMember"})
        + _context("s", **{"us-gaap:StatementBusinessSegmentsAxis": "x:WidgetsMember",
                           "srt:ConsolidationItemsAxis": "us-gaap:IntersegmentEliminationMember"}))
    body = _tag("t", "100") + _tag("e", "30") + _tag("a", "20") + _tag("s", "60")
    facts = extract_inline_xbrl(parse_document(_HEAD.format(contexts=contexts) + body
                                               + "</body></html>", name="t.htm"))
    assert [(f.entity, f.value) for f in facts] == [(None, Decimal("100000000"))]


def test_the_operating_segments_member_qualifies_a_part_and_is_none_alone():
    # a segment's own figure in a reconciliation is tagged "operating segments" beside its
    # member: that is the part's figure; the member alone (the segments' sum) is no one's
    contexts = (_context("t") + _context("s", **{
        "us-gaap:StatementBusinessSegmentsAxis": "x:WidgetsMember",
        "srt:ConsolidationItemsAxis": "us-gaap:OperatingSegmentsMember"})
        + _context("o", **{"srt:ConsolidationItemsAxis": "us-gaap:OperatingSegmentsMember"}))
    body = _tag("t", "100") + _tag("s", "60") + _tag("o", "104")
    facts = extract_inline_xbrl(parse_document(_HEAD.format(contexts=contexts) + body
                                               + "</body></html>", name="t.htm"))
    assert {(f.entity, f.basis, f.value) for f in facts} == {
        (None, None, Decimal("100000000")), ("Widgets", "segment", Decimal("60000000"))}


def test_spire_segments_operating_revenues_not_their_external_share():
    # Spire's 10-Q segment note (in millions): Gas Utility 715.2, Gas Marketing 36.3 and
    # Midstream 14.9 of operating revenues for the quarter; Midstream's "Revenues from external
    # customers" row (5.0) is tagged with the revenue concept too, and is no segment's revenue
    quarter = (date(2023, 10, 1), date(2023, 12, 31))
    parts = _parts(_facts("dev/10-Q_SR_2023-12-31.html"), period=quarter, basis="segment")
    assert parts == {"Gas Utility": Decimal("715200000"), "Gas Marketing": Decimal("36300000"),
                     "Midstream": Decimal("14900000")}


def test_a_cross_cut_whose_member_adds_up_to_the_whole_names_the_region():
    contexts = (_context("t") + _context("e", **{
        "srt:ProductOrServiceAxis": "x:AMember", "srt:StatementGeographicalAxis": "x:EuropeMember"})
        + _context("a", **{"srt:ProductOrServiceAxis": "x:AMember",
                           "srt:StatementGeographicalAxis": "x:AsiaMember"}))
    body = _tag("t", "100") + _tag("e", "70") + _tag("a", "30")
    facts = extract_inline_xbrl(parse_document(_HEAD.format(contexts=contexts) + body
                                               + "</body></html>", name="t.htm"))
    assert {(f.entity, f.basis, f.value) for f in facts} == {
        (None, None, Decimal("100000000")), ("Europe", "geography", Decimal("70000000")),
        ("Asia", "geography", Decimal("30000000"))}


@pytest.mark.parametrize("abbreviation, words, expected", [
    ("APAC", ["Asia", "Pacific"], True), ("EMEA", ["Europe", "Middle", "East", "Africa"], True),
    ("LATAM", ["Latin", "America"], True), ("US", ["United", "States"], True),
    ("UCAN", ["United", "States", "and", "Canada"], False),  # only where the filing defines it
    ("US", ["United", "States", "and", "Canada"], False)])
def test_an_abbreviation_spells_the_starts_of_the_words(abbreviation, words, expected):
    assert spells(abbreviation, words) is expected
