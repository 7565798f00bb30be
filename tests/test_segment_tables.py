"""Revenue and operating income by segment, product or region read from tables, in place from
the real corpus (values checked by hand against the filings' own tables): only a table whose
parts add up to the company's own stated figure gives any, the filer's tags outrank it, and a
part the document prints two ways is not stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document, extract_parsed
from extractors.document import parse_document
from extractors.segment_tables import EXTRACTOR, extract_segment_tables
from pipeline.verify.claims_segments import revenue_segment
from tests.conftest import corpus_file

EA_Q = "dev/10-Q_EA_0000712515-17-000010.html"
COST_K = "dev/10-K_COST_0000909832-22-000021.html"
MSFT_K = "dev/10-K_MSFT_0001193125-13-310206.html"
AMD_Q = "10q-10k/10-Q_AMD_0000002488-23-000139.html"
M = Decimal(1_000_000)
K = Decimal(1_000)


def _doc(relative: str):
    path = corpus_file(relative)
    return parse_document(path.read_bytes(), name=path.name)


def _parts(facts, metric="revenue", end=None, days=None) -> dict:
    return {f.entity: f.value for f in facts
            if f.sources[0].extractor == EXTRACTOR and f.metric == metric
            and (end is None or f.period_end == end)
            and (days is None or (f.period_end - f.period_start).days in days)}


def test_ea_revenue_composition_reads_digital_and_its_lines():
    # "Total Digital" 685 (its four lines 169 + 267 + 102 + 147) + "Packaged goods and other"
    # 464 = net revenue 1,149, the statement's figure for the quarter ended 2016-12-31
    facts = extract_parsed(_doc(EA_Q), use_xbrl=False)
    quarter = _parts(facts, end=date(2016, 12, 31), days=range(85, 95))
    assert quarter["Digital"] == 685 * M
    assert quarter["Packaged goods and other"] == 464 * M
    assert quarter["Full game downloads"] == 169 * M
    assert all(f.basis == "product" for f in facts if f.sources[0].extractor == EXTRACTOR)


def test_parts_that_do_not_add_up_to_the_companys_revenue_are_not_stored():
    doc = _doc(EA_Q)
    facts = extract_parsed(doc, use_xbrl=False)
    # the same tables against a company whose stated revenue differs by a million
    shifted = [replace(f, value=f.value + M) if f.metric == "revenue" and f.entity is None
               else f for f in facts if f.sources[0].extractor != EXTRACTOR]
    assert extract_segment_tables(doc, shifted) == []
    assert extract_segment_tables(doc, []) == []


def test_costco_net_sales_line_is_a_line_of_total_revenue_and_its_tag_keeps_it():
    # "Net sales" 222,730 + "Membership fees" 4,224 = "Total revenue" 226,954; Costco tags the
    # net sales as its "Product" member with the very same value, so the line stands
    facts = extract_document(corpus_file(COST_K).read_bytes(), document="cost")
    year = _parts(facts, end=date(2022, 8, 28))
    assert year == {"Net sales": 222_730 * M, "Membership fees": 4_224 * M}
    total = [f for f in facts if f.metric == "revenue" and f.entity is None
             and f.period_end == date(2022, 8, 28)]
    assert {f.value for f in total} == {226_954 * M}


def test_a_segment_printed_two_ways_is_read_both_ways_and_the_product_table_too():
    # The segment note prints Windows Division revenue 18,680 for FY2013; the MD&A's "Windows
    # Division" table prints 19,239 (another basis): both are read, so the figure is disputed
    # and neither is the part's one figure. The revenue-by-product table (Xbox 360 platform
    # 7,100) adds up to 77,849 and stands.
    facts = extract_parsed(_doc(MSFT_K), use_xbrl=False)
    windows = {f.value for f in facts if f.sources[0].extractor == EXTRACTOR
               and f.metric == "revenue" and f.entity == "Windows Division"
               and f.period_end == date(2013, 6, 30)}
    assert windows == {18_680 * M, 19_239 * M}
    assert all(f.is_conflict for f in facts if f.entity == "Windows Division"
               and f.metric == "revenue" and f.period_end == date(2013, 6, 30))
    year = _parts(facts, end=date(2013, 6, 30))
    assert year["Xbox 360 platform"] == 7_100 * M
    assert year["Microsoft Office system"] == 22_995 * M


def test_tags_outrank_the_table_and_segment_operating_income_is_read():
    # AMD's 10-Q tags its segment revenue and operating income by member, three members turned
    # round against the printed rows (1,321 beside "Data Center" tagged Client): each tag is
    # named by its row (xbrl_segments.printed_members), so the tags and the table agree, and
    # the table's parts give way to the tags: Data Center 147 of an operating total of (20)
    path = corpus_file(AMD_Q)
    tagged = extract_document(path.read_bytes(), document=path.name)
    assert _parts(tagged, "revenue") == {} and _parts(tagged, "operating_income") == {}

    def quarter(metric):
        return {f.entity: f.value for f in tagged if f.metric == metric and f.basis
                and f.period_end == date(2023, 7, 1) and f.period_start == date(2023, 4, 2)}
    assert quarter("revenue") == {"Data Center": 1_321 * M, "Client": 998 * M,
                                  "Gaming": 1_581 * M, "Embedded": 1_459 * M}
    assert quarter("operating_income") == {"Data Center": 147 * M, "Client": -69 * M,
                                           "Gaming": 225 * M, "Embedded": 757 * M}
    html = extract_parsed(_doc(AMD_Q), use_xbrl=False)
    assert _parts(html, "revenue", end=date(2023, 7, 1), days=range(85, 95))[
        "Data Center"] == 1_321 * M
    assert _parts(html, "operating_income", end=date(2023, 7, 1), days=range(85, 95))[
        "Data Center"] == 147 * M


def test_an_article_part_joined_by_an_ampersand_is_kept_whole():
    # paraphrased: "with subscription & support revenue of $35.7 billion"
    assert revenue_segment("with subscription & support revenue of ") == "subscription & support"
    assert revenue_segment("net income and services revenue of ") == "services"
    assert revenue_segment("Cloud and Enterprise revenue of ") == "Cloud and Enterprise"
    # a catch-all closes a line's name: never a part called "other"
    assert revenue_segment("Professional services and other revenue was ") == (
        "Professional services and other")
    # (only after a word for a part: "net income and other revenue" joins nothing)
    assert revenue_segment("net income and other revenue of ") == "other"


def test_the_lines_of_a_sections_subtotal_are_not_parts_of_their_own():
    # Dell's 10-K FY2006: "Americas:" over "Business" 28,481 and "U.S. Consumer" 7,930, closed
    # by "Total Americas" 36,411; with EMEA 12,873 and Asia Pacific-Japan 6,624 the total net
    # revenue 55,908. "Business" alone would name no part of Dell.
    facts = extract_parsed(_doc("dev/10-K_DELL_0000950134-06-005149.html"), use_xbrl=False)
    year = _parts([f for f in facts if f.basis == "segment"], end=date(2006, 2, 3))
    assert year == {"Americas": 36_411 * M, "EMEA": 12_873 * M, "Asia Pacific-Japan": 6_624 * M}


def _count_colon_spans_in_runs(text: str) -> list[tuple[int, int]]:
    from extractors.count_parts import _COUNT_COLON, _runs_to_colon

    return sorted(m.span() for start, end in _runs_to_colon(text)
                  for m in _COUNT_COLON.finditer(text, start, end))


def test_count_sentences_are_found_from_the_colons_as_a_whole_text_scan_finds_them(
        corpus_texts):
    """``count_parts`` looks for "... operated 838 warehouses:" only in the runs before a colon
    (``_runs_to_colon``): the same matches as a scan of the whole text, on random texts of the
    pieces that could trip it (blanks of other kinds, capitals, hyphens, other colons) and on
    every corpus document."""
    from extractors.count_parts import _COUNT_COLON
    from tests.random_text import random_texts

    pieces = ["1", "23", " ", "\t", "\n", "\xa0", "ab", "-", ":", "X", ",", ".", " in operation"]
    for text in random_texts(pieces, seed=11, count=5000, longest=24):
        assert _count_colon_spans_in_runs(text) == \
            [m.span() for m in _COUNT_COLON.finditer(text)], repr(text)
    for path, text in corpus_texts:
        assert _count_colon_spans_in_runs(text) == \
            [m.span() for m in _COUNT_COLON.finditer(text)], path.name


def test_a_five_year_table_proven_by_the_years_the_statements_state():
    # Standard Pacific's FY2011 10-K, selected financial data (in thousands): Homebuilding
    # 882,993 and Financial Services 10,907 add up to total revenues 893,900 for 2011; its
    # statements state 2011, 2010 and 2009, so the table is the company's, and its two earlier
    # years (Homebuilding 2,888,833 in 2007) are the same rows' figures
    facts = extract_parsed(_doc("dev/10-K_SPF_0000878560-12-000008.html"), use_xbrl=False)
    homebuilding = {f.period_end.year: f.value for f in facts
                    if f.sources[0].extractor == EXTRACTOR and f.entity == "Homebuilding"
                    and f.metric == "revenue"}
    assert homebuilding == {2011: 882_993 * K, 2010: 912_418 * K, 2009: 1_166_397 * K,
                            2008: 1_535_616 * K, 2007: 2_888_833 * K}
