"""companyfacts JSON as a fact source, and its agreement with the filings' own inline XBRL."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from core.errors import ParsingError
from extractors.companyfacts import extract_companyfacts
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl
from tests.conftest import corpus_file

FILINGS = {
    # accession: (companyfacts file, inline XBRL 10-Q)
    "0000320193-25-000057": ("api/companyfacts/CIK0000320193.json",
                             "10q-aapl-0000320193-25-000057/aapl-20250329.htm"),
    "0001045810-25-000209": ("api/companyfacts/CIK0001045810.json",
                             "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"),
}


@pytest.fixture(scope="module")
def companyfacts():
    """Each 4 MB companyfacts file is read and extracted once for the module."""
    loaded = {}
    for accession, (json_file, _) in FILINGS.items():
        path = corpus_file(json_file)
        loaded[accession] = extract_companyfacts(path.read_bytes(), document=path.name)
    return loaded


@pytest.mark.parametrize("accession", sorted(FILINGS))
def test_inline_xbrl_equals_companyfacts_for_the_same_accession(companyfacts, accession):
    path = corpus_file(FILINGS[accession][1])
    inline = {f.key(): f.value for f in extract_inline_xbrl(parse_document(
        path.read_bytes(), name=path.name))}
    api = {f.key(): f.value for f in companyfacts[accession][accession]}
    shared = set(inline) & set(api)
    mismatches = {k: (inline[k], api[k]) for k in shared if inline[k] != api[k]}
    assert len(shared) >= 20 and not mismatches
    # companyfacts has no dimensions: every figure it has, the inline document has too.
    assert set(api) <= set(inline)


def test_periods_come_from_dates_not_fiscal_labels(companyfacts):
    facts = companyfacts["0001045810-25-000209"]["0001045810-25-000209"]
    # The comparative quarter of fiscal 2025 is filed under fy 2026 / Q2: its dates decide.
    revenue = {(f.period_start, f.period_end): f.value for f in facts if f.metric == "revenue"}
    assert revenue[(date(2024, 4, 29), date(2024, 7, 28))] == Decimal("30040000000")
    assert revenue[(date(2025, 4, 28), date(2025, 7, 27))] == Decimal("46743000000")
    shares = [f for f in facts if f.metric == "shares_outstanding"]
    assert [(f.value, f.period_start, f.period_end, f.entity) for f in shares] == [
        (Decimal("24300000000"), None, date(2025, 8, 22), "total")]


def test_every_fact_is_exact_and_sourced(companyfacts):
    by_accession = companyfacts["0000320193-25-000057"]
    # every Apple filing in the file (70 accession numbers), keyed by accession
    data = json.loads(corpus_file(FILINGS["0000320193-25-000057"][0]).read_bytes())
    filed = {entry["accn"] for taxonomy in data["facts"].values() for concept in taxonomy.values()
             for entries in concept["units"].values() for entry in entries}
    assert set(by_accession) == filed and len(filed) == 70
    for accession, facts in by_accession.items():
        for fact in facts:
            assert isinstance(fact.value, Decimal) and fact.decimals is None
            (source,) = fact.sources
            assert source.extractor == "companyfacts" and accession in source.text
            assert source.concept.split(":")[0] in ("us-gaap", "dei")


def test_eps_stays_exact():
    data = ('{"facts": {"us-gaap": {"EarningsPerShareDiluted": {"units": {"USD/shares": ['
            '{"start": "2025-01-01", "end": "2025-03-31", "val": 0.1, "accn": "a-1", '
            '"fy": 2025, "fp": "Q1", "form": "10-Q", "filed": "2025-05-01"}]}}}}}')
    (fact,) = extract_companyfacts(data, document="t.json")["a-1"]
    assert fact.value == Decimal("0.1") and str(fact.value) == "0.1"
    assert (fact.metric, fact.unit) == ("eps_diluted", "USD/share")


@pytest.mark.parametrize("data", ["not json", "[]", '{"cik": 1}'])
def test_malformed_documents_are_parsing_errors(data):
    with pytest.raises(ParsingError):
        extract_companyfacts(data, document="bad.json")
