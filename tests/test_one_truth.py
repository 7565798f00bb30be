"""One truth per figure: a filing's readings of a figure resolve to one value, and only that
value is ever evidence (``core.readings``, the warehouse's ``resolution`` column, the verifier).

The class of failure: with a 10-K whose revenue is $42.3 billion loaded, an HTML reading of an
unrelated table gave "revenue 191,000,000", flagged as a conflict with the filer's tag and used
anyway: an article saying "revenue of $191 million" came back supported.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

import warehouse.load as load
import warehouse.runs as runs
from core.facts import Fact, Source, merge_facts
from core.readings import reading_rank, resolve_readings
from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.test_warehouse import CIK, PRIMARY, make_document, make_filing
from warehouse.queries import select_facts

TEN_K = "0000000001-25-000001"
YEAR = dict(period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))


def reading(value: str, extractor: str, **where) -> Fact:
    source = Source(PRIMARY, extractor, "1.0", text=value, **where)
    return Fact("revenue", Decimal(value), "USD", decimals=-6, sources=(source,), **YEAR)


TAG = reading("42300000000", "xbrl", concept="us-gaap:Revenues")
SEGMENT_TABLE = reading("191000000", "tables", table=31, row="Total revenues", column="2025")
STATEMENT = reading("42300000000", "tables", table=4, row="Total revenues", column="2025")
SUMMARY = reading("42200000000", "tables", table=2, row="Revenue", column="2025")


def test_a_tag_outranks_a_table_and_a_table_outranks_a_sentence():
    sentence = reading("42300000000", "margins", span=(10, 90))
    assert reading_rank(TAG) < reading_rank(STATEMENT) < reading_rank(sentence)
    assert resolve_readings([TAG, SEGMENT_TABLE]) == ["tagged", "overruled"]
    assert resolve_readings([STATEMENT, reading("1", "offering", span=(1, 2))]) == [
        "ranked", "overruled"]
    assert resolve_readings([STATEMENT, SUMMARY]) == ["disputed", "disputed"]
    # readings that agree, merged into one fact with both sources, are simply the figure
    assert resolve_readings(merge_facts([TAG, STATEMENT])) == ["sole"]


def load_and_verify(db, facts: list[Fact], text: str):
    run_id = runs.start_run(db, "ingest", {})
    load.load_filing(db, make_filing(TEN_K, form="10-K", filed=date(2026, 2, 20)),
                     [make_document(TEN_K)], [(PRIMARY, f) for f in merge_facts(facts)], run_id)
    article = Article("a.md", text, "0" * 64)
    return verify_claims(extract_claims(article), select_facts(db, CIK))


def test_a_misread_value_the_tag_contradicts_is_never_evidence(db):
    found = load_and_verify(db, [TAG, SEGMENT_TABLE],
                            "The company reported revenue of $191 million for 2025.")
    [revenue] = [v for v in found if v.claim.metric == "revenue"]
    assert revenue.verdict == "drifted"
    assert revenue.filed_value == Decimal("42300000000")
    assert revenue.evidence[0].locator.startswith("concept us-gaap:Revenues")
    assert "42,300,000,000" in revenue.reason


def test_the_overruled_reading_is_kept_for_audit(db):
    load_and_verify(db, [TAG, SEGMENT_TABLE], "Revenue was $42.3 billion in 2025.")
    rows = db.execute("SELECT value, resolution, extractor, locator FROM fact_disagreements "
                      "ORDER BY resolution").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (Decimal("191000000"), "overruled", "tables"),
        (Decimal("42300000000"), "tagged", "xbrl")]
    assert 'table 31, row "Total revenues"' in rows[0][3]
    series = db.execute("SELECT value FROM timeseries WHERE metric = 'revenue'").fetchall()
    assert series == [(Decimal("42300000000"),)]


@pytest.mark.parametrize("text", ["Revenue was $42.3 billion in 2025.",
                                  "Revenue was $42.2 billion in 2025."])
def test_two_untagged_readings_that_disagree_are_unverifiable_naming_both(db, text):
    found = load_and_verify(db, [STATEMENT, SUMMARY], text)
    [revenue] = [v for v in found if v.claim.metric == "revenue"]
    assert revenue.verdict == "unverifiable"
    assert "42,300,000,000" in revenue.reason and "42,200,000,000" in revenue.reason
    assert "table 4" in revenue.reason and "table 2" in revenue.reason


def test_a_narrower_line_than_the_filed_total_is_unverifiable_not_drifted(db):
    # A retailer's "net sales" (merchandise) sit inside the "Total revenue" it tags (membership
    # fees added): an article quoting net sales is not contradicted by the total.
    found = load_and_verify(db, [TAG], "Net sales were $41.2 billion in 2025.")
    [sales] = [v for v in found if v.claim.metric == "revenue"]
    assert sales.verdict == "unverifiable" and "'sales' line" in sales.reason
    found = load_and_verify(db, [TAG], "Revenue was $41.2 billion in 2025.")
    [revenue] = [v for v in found if v.claim.metric == "revenue"]
    assert revenue.verdict == "drifted"


def rounded(value: str, extractor: str, decimals: int, **where) -> Fact:
    return replace(reading(value, extractor, **where), decimals=decimals)


def test_a_figure_tagged_rounded_in_the_mdna_is_the_same_figure_as_the_statement():
    # "$42.3 billion" tagged in prose (decimals -8) and 42,312 million in the statement: one
    # figure read twice; the precise value is the figure and the tag is one of its sources.
    prose_tag = rounded("42300000000", "xbrl", -8, concept="us-gaap:Revenues")
    statement = rounded("42312000000", "tables", -6, table=4, row="Total revenues", column="2025")
    [fact] = merge_facts([prose_tag, statement])
    assert fact.value == Decimal("42312000000") and fact.decimals == -6
    assert {s.extractor for s in fact.sources} == {"xbrl", "tables"}
    assert not fact.is_conflict and resolve_readings([fact]) == ["sole"]
    # beyond half a unit of the coarse reading's last digit it is another value, as before
    far = rounded("42360000000", "tables", -6, table=4, row="Total revenues", column="2025")
    assert len(merge_facts([prose_tag, far])) == 2
    # a coarse reading two finer readings both round to decides nothing: all three are kept
    other = rounded("42280000000", "tables", -6, table=2, row="Revenue", column="2025")
    assert len(merge_facts([prose_tag, statement, other])) == 3


def test_a_rounded_mdna_tag_does_not_dispute_the_statement_on_a_real_10q(corpus_dir):
    # HubSpot's Q2 2025 10-Q tags "$760.9 million" in its MD&A; its statement prints 760,866.
    path = corpus_dir / "dev" / "10-Q_HUBS_2025-06-30.html"
    facts = extract_document(path.read_bytes(), document=path.name, form="10-Q")
    quarter = [f for f in facts if f.metric == "revenue" and f.entity is None
               and f.period_start == date(2025, 4, 1) and f.period_end == date(2025, 6, 30)]
    assert [f.value for f in quarter] == [Decimal("760866000")]
    assert {s.extractor for s in quarter[0].sources} >= {"xbrl", "tables"}
