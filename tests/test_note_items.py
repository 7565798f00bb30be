"""The items of a note table that breaks down an income-statement line (``extractors.note_items``)
and the item an article names completely (``pipeline.verify.adjustments.verify_item``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file, stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

MACYS_10K = "dev/10-K_M_0000794367-13-000092.html"
FY2011 = (date(2011, 1, 30), date(2012, 1, 28))
LEAD_IN = b"Impairments, store closing costs and gain on sale of leases consist of the following"


def _note_items(content: bytes) -> list:
    doc = parse_document(content, name="10-K.htm", form="10-K")
    return [f for f in extract_table_facts(doc)
            if f.metric == "non_gaap_adjustment" and f.basis is None]


def test_a_note_breaking_down_an_income_statement_line_yields_its_items():
    items = _note_items(corpus_file(MACYS_10K).read_bytes())
    found = {(f.entity, f.period_start, f.period_end): f.value for f in items}
    assert found[("Gain on sale of leases", *FY2011)] == Decimal(54000000)
    assert found[("Impairments of properties held and used", *FY2011)] == Decimal(22000000)
    assert ("Gain on sale of leases", date(2012, 1, 29), date(2013, 2, 2)) not in found  # a dash
    assert len({f.sources[0].table for f in items}) == 1


def test_a_breakdown_of_no_income_statement_line_or_that_does_not_add_up_yields_nothing():
    content = corpus_file(MACYS_10K).read_bytes()
    # the same table under a lead-in naming a balance-sheet line: no item
    assert LEAD_IN in content
    assert _note_items(content.replace(LEAD_IN, b"Accrued liabilities consist of the following")) \
        == []
    # the gain printed as 53: the rows no longer add up to the total in every column
    assert content.count(b">(54<") == 2
    changed = content.replace(b"Gain on sale of leases</font>", b"Gain on sale of leases</font>!")
    at = changed.index(b"Gain on sale of leases</font>!")
    changed = changed[:at] + changed[at:].replace(b">(54<", b">(53<", 1)
    assert _note_items(changed.replace(b"</font>!", b"</font>")) == []


@pytest.fixture(scope="module")
def macys() -> list:
    return stored_corpus_facts(MACYS_10K, "0000794367-13-000092", "10-K", date(2013, 4, 3),
                               cik=794367)


def test_the_item_an_article_names_completely_beats_a_bundle_sharing_more_words(macys):
    # a paraphrase written for this test: the MD&A's reconciliation bundles "impairments,
    # store closing costs, gain on sale of leases and division consolidation costs" (25 for
    # 2011); the note's row "Gain on sale of leases" is the item the sentence names
    said = ("Adjusted fiscal 2011 EPS was $2.88, excluding a pre-tax gain of about $54 million "
            "from the sale of store leases tied to a 2006 divestiture.")
    gain = verify_text(said, macys)["$54 million"]
    assert gain.verdict == "supported"
    assert gain.evidence[0].entity == "Gain on sale of leases"
    # another value for the same item: unverifiable, never drifted
    said = said.replace("$54 million", "$58 million")
    assert verify_text(said, macys)["$58 million"].verdict == "unverifiable"
