"""Claims about a named segment, product or region, checked against the part's own filed figure
(Netflix's Q2 2025 10-Q, read in place from the corpus) and never against the company's total.
The sentences are written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_part_units import unnamed_part
from pipeline.verify.claims_segments import (
    part_window,
    revenue_segment,
    words_before,
)
from pipeline.verify.entities import same_segment
from tests.conftest import corpus_file, stored_corpus_facts
from warehouse.records import StoredFact

ACCESSION = "0001065280-25-000000"


@pytest.fixture(scope="module")
def netflix() -> list[StoredFact]:
    path = corpus_file("dev/10-Q_NFLX_2025-06-30.html")
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    return [StoredFact(f"f{i}", fact, 1065280, ACCESSION, "10-Q", date(2025, 7, 18), path.name,
                       "https://www.sec.gov/Archives/nflx-20250630.htm")
            for i, fact in enumerate(facts)]


def verify(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


def test_a_region_named_by_the_filings_abbreviation_is_that_regions_figure(netflix):
    found = verify("In the second quarter of 2025, UCAN revenue was $4.93 billion.", netflix)
    v = found["$4.93 billion"]
    assert v.verdict == "supported" and v.filed_value == Decimal("4929003000")
    assert v.evidence[0].entity == "United States and Canada (UCAN)"


def test_an_abbreviation_spelled_by_the_members_words(netflix):
    v = verify("APAC revenue was $1.31 billion in the second quarter of 2025.",
               netflix)["$1.31 billion"]
    assert v.verdict == "supported" and v.filed_value == Decimal("1305253000")


def test_a_wrong_regional_figure_drifts_from_the_region_not_the_total(netflix):
    v = verify("EMEA revenue was $3.6 billion in the second quarter of 2025.",
               netflix)["$3.6 billion"]
    assert v.verdict == "drifted" and v.filed_value == Decimal("3538175000")


def test_the_total_is_still_the_total(netflix):
    v = verify("Revenue was $11.08 billion in the second quarter of 2025.",
               netflix)["$11.08 billion"]
    assert v.verdict == "supported" and v.filed_value == Decimal("11079166000")


@pytest.mark.parametrize("text, figure, part", [
    ("Cloud and Enterprise revenue was $4.93 billion in the second quarter of 2025.",
     "$4.93 billion", "Cloud and Enterprise"),
    ("In the second quarter of 2025, laptop sales came to $11.08 billion.", "$11.08 billion",
     "laptop"),
    ("Revenue from customers in Mexico rose to $751 million in the second quarter of 2025.",
     "$751 million", "Mexico")])
def test_a_part_the_filing_does_not_state_is_unverifiable_naming_it(netflix, text, figure,
                                                                      part):
    # $4.93 billion is UCAN's revenue and $11.08 billion the total: neither may be matched
    v = verify(text, netflix)[figure]
    assert v.verdict == "unverifiable" and v.claim.entity == part
    assert f"of {part}" in v.reason


def test_regions_listed_after_the_first_keep_their_own_names():
    before = "growth was led by APAC revenue, up 24%, followed by EMEA (+"
    assert revenue_segment(before) == "EMEA"
    assert revenue_segment("Revenue rose 16% in the quarter to ") is None
    assert revenue_segment("Cloud revenue rose 20% while operating income was ") is None
    assert revenue_segment("the streaming company's revenue was ") is None
    # a part's operating income names the part; the company's does not
    assert revenue_segment("Intelligent Cloud operating income rose to ") == "Intelligent Cloud"
    assert revenue_segment("the operating income of the group rose to ") is None
    assert revenue_segment("GAAP operating income was ") is None
    # places listed together name the list, never the first place alone
    both = "its sales in the US and Canada rose by 15.8% and "
    assert revenue_segment(both) == "US and Canada"


@pytest.mark.parametrize("before", [
    "In the quarter the company posted improved net revenue, up 6% to ",
    "It reported significantly higher revenue of ",
    "Thanks to price rises, increased sales came to ",
    "The miner tripled its year-on-year revenue to "])
def test_words_that_describe_the_figure_name_no_part(before):
    assert revenue_segment(before) is None


def test_a_clauses_words_are_no_part_of_the_name():
    assert revenue_segment("up 2% a year earlier, although year-to-date online sales fell to "
                           ) == "online"


def test_the_total_described_by_a_participle_is_still_the_total(netflix):
    v = verify("In the second quarter of 2025 Netflix posted improved revenue of $11.08 billion.",
               netflix)["$11.08 billion"]
    assert v.verdict == "supported" and v.claim.entity is None


@pytest.mark.parametrize("claimed, filed, same", [
    ("UCAN", "United States and Canada (UCAN)", True),
    ("EMEA", "Europe, Middle East, and Africa (EMEA)", True),
    ("APAC", "Asia-Pacific", True),
    ("Data center", "Data Center", True),
    ("iPhone", "I Phone", True),
    ("iPhones", "I Phone", True),  # a product's plural against its member's split name
    ("iPhones", "I Pad", False),
    ("Americas", "Americas Segment", True),
    ("Compute & Networking", "Compute and Networking", True),
    ("U.S.", "US", True),
    ("US", "United States and Canada (UCAN)", False),
    ("US and Canada", "United States and Canada (UCAN)", True),
    ("Cloud", "Sales Cloud", False),
    ("Europe", "Europe, Middle East, and Africa (EMEA)", False),
    ("Mexico", "MX", True),  # an ISO country code the filer tags (Union Pacific country:MX)
    ("Canada", "MX", False),
    # an abbreviation in a longer name spells a run of the other's words in turn
    ("US and Puerto Rico", "United States and Puerto Rico", True),
    ("U.S. and Puerto Rico", "United States and Puerto Rico", True),
    ("US and Canada", "United States and Puerto Rico", False),
    ("coal and renewables", "Coal & renewables", True),
    # the standard members name a line in the singular (us-gaap:ServiceMember: "Service")
    ("services", "Service", True),
    ("Products", "Product", True),
    ("Cloud services", "Service", False),
    ("Services", "Professional services and other", False)])
def test_same_segment(claimed, filed, same):
    assert same_segment(claimed, filed) is same


# A business group's figure named by its traffic and an appositive list of what it carries
# (Union Pacific's Q2 2025 10-Q tags freight revenues by group: Bulk, Industrial, Premium). The
# sentences are written for these tests.
@pytest.fixture(scope="module")
def union_pacific() -> list[StoredFact]:
    path = corpus_file("dev/10-Q_UNP_2025-06-30.html")
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    return [StoredFact(f"f{i}", fact, 100885, "0000100885-25-000000", "10-Q",
                       date(2025, 7, 24), path.name, "https://www.sec.gov/Archives/unp.htm")
            for i, fact in enumerate(facts)]


@pytest.mark.parametrize("text, figure, verdict, filed", [
    # Industrial 2,212 vs 2,123: +4.19%
    ("In the second quarter of 2025, Industrial shipments, including chemicals, forest "
     "products and metals, saw a 4% increase in freight revenues.", "4%", "supported", "4.19"),
    # Premium 1,730 vs 1,794: -3.57%, "posted a ... decline in"
    ("In the second quarter of 2025, Premium shipments, such as intermodal and finished "
     "vehicles, posted a 4% decline in freight revenues.", "4%", "supported", "-3.57"),
    # Bulk 1,901 vs 1,721: +10.46%, never the total's +2.45%
    ("In the second quarter of 2025, Bulk shipments, including coal, grain and fertilizer, saw "
     "a 15% increase in freight revenues.", "15%", "drifted", "10.46")])
def test_a_groups_traffic_with_an_appositive_list_is_that_groups_growth(union_pacific, text,
                                                                         figure, verdict, filed):
    v = verify(text, union_pacific)[figure]
    assert v.verdict == verdict and v.filed_value.quantize(Decimal("0.01")) == Decimal(filed)


def test_an_unnamed_subject_with_a_list_is_no_groups_figure(union_pacific):
    text = ("In the second quarter of 2025, shipments, including coal, grain and fertilizer, saw "
            "a 10% increase in freight revenues.")
    v = verify(text, union_pacific)["10%"]
    assert v.verdict == "unverifiable" and v.claim.entity is None


@pytest.fixture(scope="module")
def railroad() -> list[StoredFact]:
    """The whole 10-Q read as ingest reads it (its freight revenues line is the tables')."""
    return stored_corpus_facts("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000001", "10-Q",
                               date(2025, 7, 24))


@pytest.mark.corpus
@pytest.mark.parametrize("cause, verdict", [("driven by a 4%", "supported"),
                                            ("thanks to a 9%", "drifted")])
def test_a_parts_line_named_after_a_causes_rate_is_that_parts(railroad, cause, verdict):
    # freight revenues 5,843 vs 5,638: +3.64% (the total's +2.45% is another figure); the
    # phrase of cause has no subject of its own, so the line after "increase in" is whose
    text = (f"Union Pacific's revenue rose in the second quarter of 2025, {cause} increase in "
            "freight revenues.")
    v = verify(text, railroad)[cause.split()[-1]]
    assert v.claim.entity == "freight" and v.verdict == verdict
    assert v.filed_value.quantize(Decimal("0.01")) == Decimal("3.64")


@pytest.mark.corpus
def test_a_subjects_rate_of_a_line_is_not_the_lines_own(railroad):
    # "there was", "saw": the rate's phrase has a subject, which may be a part of the line
    v = verify("In the second quarter of 2025 there was a 4% increase in freight revenues.",
               railroad)["4%"]
    assert v.claim.entity is None and v.verdict == "unverifiable"


def test_the_part_is_read_past_an_appositive_list():
    before = "Bulk shipments, including grain and grain products, fertilizer, and coal, saw a "
    assert revenue_segment(part_window(before)) == "Bulk shipments"
    assert same_segment("Bulk shipments", "Bulk") and not same_segment("Bulk shipments", "Premium")
    # no list, no change: the window is the last words before the figure
    assert part_window("Data center revenue rose ") == "Data center revenue rose "


# HubSpot's Q2 2025 10-Q tags its professional services line with us-gaap:ServiceMember, named
# "Service" in the singular; an article writes "services". The sentences are written for these
# tests: 16,334 thousand in the quarter, 13,467 a year earlier (+21.3%).
@pytest.fixture(scope="module")
def hubspot() -> list[StoredFact]:
    path = corpus_file("dev/10-Q_HUBS_2025-06-30.html")
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    return [StoredFact(f"f{i}", fact, 1404655, "0001404655-25-000000", "10-Q",
                       date(2025, 8, 6), path.name, "https://www.sec.gov/Archives/hubs.htm")
            for i, fact in enumerate(facts)]


@pytest.mark.parametrize("text, figure, verdict, filed", [
    ("The services division brought in $16.3 million in revenue in the second quarter of "
     "2025, a 21% rise from a year earlier.", "$16.3 million", "supported", "16334000"),
    ("The services division brought in $16.3 million in revenue in the second quarter of "
     "2025, a 21% rise from a year earlier.", "21%", "supported", "21.29"),
    ("Services revenue was $17.9 million in the second quarter of 2025.", "$17.9 million",
     "drifted", "16334000")])
def test_a_plural_part_is_the_singular_standard_members(hubspot, text, figure, verdict, filed):
    v = verify(text, hubspot)[figure]
    assert v.verdict == verdict and round(v.filed_value, 2) == Decimal(filed)


@pytest.mark.parametrize("text, verdict", [
    # the base after the change, in the change's own sentence or one that opens on it
    ("The services division brought in $16.3 million in revenue in the second quarter of 2025. "
     "That is a rise of roughly 21% compared to the {base} reported in the same quarter last "
     "year.", "supported"),
    ("The services division brought in $16.3 million in revenue in the second quarter of 2025, "
     "a rise of roughly 21% compared to the {base} reported in the same quarter last year.",
     "supported")])
@pytest.mark.parametrize("base, filed_ok", [("$13.5 million", True), ("$15.1 million", False)])
def test_a_changes_base_is_the_same_parts_figure_a_year_earlier(hubspot, text, verdict, base,
                                                                  filed_ok):
    v = verify(text.format(base=base), hubspot)[base]
    assert v.claim.metric == "revenue" and v.claim.entity == "services"
    # never the company's total (637 million): the part's own 13,467 thousand
    assert v.filed_value == Decimal("13467000")
    assert v.verdict == (verdict if filed_ok else "drifted")


@pytest.mark.parametrize("text, figure, filed", [
    # the verb after a list of places ends it: "totaled" names no place
    ("In the second quarter of 2025, sales from the United States and Canada (UCAN) totaled "
     "$4.93 billion.", "$4.93 billion", Decimal("4929003000")),
    ("Revenues from Europe, Middle East, and Africa amounted to $3.54 billion in the second "
     "quarter of 2025.", "$3.54 billion", Decimal("3538175000")),
    # a region as the subject of a verb bringing money in: the region's, never the total's
    ("In the second quarter of 2025, Latin America (LATAM) contributed $1.31 billion in "
     "revenues.", "$1.31 billion", Decimal("1306735000")),
    ("In the second quarter of 2025, Asia-Pacific generated $1.31 billion in revenues.",
     "$1.31 billion", Decimal("1305253000"))])
def test_a_subject_stops_at_its_verb_and_a_region_bringing_money_in_is_the_region(
        netflix, text, figure, filed):
    v = verify(text, netflix)[figure]
    assert v.verdict == "supported" and v.filed_value == filed, v.reason


def test_a_company_bringing_money_in_is_no_region(netflix):
    v = verify("In the second quarter of 2025, the streamer generated $11.08 billion in "
               "revenues.", netflix)["$11.08 billion"]
    assert v.claim.entity is None and v.verdict == "supported"
    assert revenue_segment("Streamflix generated ") is None


@pytest.mark.parametrize("behind, part", [
    ("Pipelines: Revenues from this segment came to ", "Pipelines"),
    ("Retail Energy: This segment's revenues were ", "Retail Energy"),
    ("Segment results: Revenues from this segment came to ", "a segment (unnamed)"),
    ("Highlights: This segment's revenues were ", "a segment (unnamed)"),
    ("Revenues from this segment came to ", "a segment (unnamed)")])
def test_a_recap_headed_by_a_parts_name_is_about_that_part(behind, part):
    assert unnamed_part(behind) == part


def test_the_level_a_parts_change_reached_is_the_parts_and_a_cut_name_stays_whole():
    # a summary's run-on items: the level a part's growth reached is that part's, never the
    # total; a name cut by the reading window ("... Widgets & Gadgets segment") is read whole
    text = ("Segment review - The Streaming segment contributed 90% of total revenues, with "
            "revenues increasing 16% year over year to $11.08 billion, beating estimates.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    level = next(c for c in extract_claims(article) if c.text == "$11.08 billion")
    assert level.entity == "Streaming segment"
    before = ("of $4.75 billion [5]. - Widgets & Gadgets segment represented 88.4% of total "
              "revenues, with revenues soaring ")
    assert revenue_segment(words_before(before, len(before))) == "Widgets & Gadgets segment"
