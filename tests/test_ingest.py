"""Ingest end to end: the real client code against the fake EDGAR serving the Cerebras fixtures."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

from core.errors import ValidationError
from pipeline import ingest
from pipeline.cli import main
from pipeline.config import Settings
from tests.conftest import EDGAR_FIXTURES, corpus_file
from tests.edgar_server import EdgarTestServer
from warehouse import connect, load
from warehouse.queries import count_rows, select_facts

CBRS_CIK = 2021728


def _submission_accessions() -> set[str]:
    root = EDGAR_FIXTURES / "submissions"
    accessions: set[str] = set()
    for page in root.glob("CIK0002021728*.json"):
        data = json.loads(page.read_text())
        columns = data["filings"]["recent"] if "filings" in data else data
        accessions.update(columns["accessionNumber"])
    return accessions


def _rows(settings: Settings) -> dict[str, int]:
    with connect(settings.db_path) as conn:
        counts = count_rows(conn)
    counts.pop("runs", None)  # every ingest records its run: that is the one row that grows
    return counts


@pytest.fixture(scope="module")
def http_edgar():
    """One fake EDGAR for this module's shared first ingest (the raw store keys bodies by URL,
    so a later ingest of a copy must ask the same host and port)."""
    server = EdgarTestServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="module")
def first_http_ingest(http_edgar, tmp_path_factory):
    """The whole Cerebras fixture set ingested over HTTP once: (settings, summary, requests)."""
    settings = http_edgar.settings(tmp_path_factory.mktemp("http") / "data")
    summary = ingest.ingest_company(settings, ticker="CBRS")
    return settings, summary, http_edgar.requests


@pytest.fixture()
def after_first_ingest(first_http_ingest, http_edgar, tmp_path):
    """A test's own copy of the data dir after the first ingest; the request log cleared."""
    settings, summary, _ = first_http_ingest
    copy = settings.with_(data_dir=tmp_path / "data")
    shutil.copytree(settings.data_dir, copy.data_dir)
    http_edgar.clear()
    return copy, summary


def test_ingest_over_http_loads_every_filing(first_http_ingest):
    settings, summary, requests = first_http_ingest
    assert summary.cik == CBRS_CIK
    assert summary.filings_new == len(_submission_accessions())
    assert summary.failures == []
    assert summary.facts_loaded > 50
    agents = {r.headers.get("User-Agent") for r in requests}
    assert agents == {settings.user_agent}
    with connect(settings.db_path) as conn:
        revenue = {
            (f.fact.period_start, f.fact.period_end, f.form): f.fact.value
            for f in select_facts(conn, CBRS_CIK, "revenue")
            if f.fact.entity is None
        }
    assert revenue[(date(2025, 1, 1), date(2025, 12, 31), "S-1/A")] == Decimal("509991000")
    assert revenue[(date(2025, 10, 1), date(2025, 12, 31), "S-1/A")] == Decimal("171443000")
    assert revenue[(date(2024, 1, 1), date(2024, 12, 31), "424B4")] == Decimal("290252000")
    assert revenue[(date(2026, 4, 1), date(2026, 6, 30), "10-Q")] == Decimal("180110000")


def test_second_ingest_makes_one_request_and_changes_nothing(after_first_ingest, http_edgar):
    settings, _ = after_first_ingest
    before = _rows(settings)
    stored_files = sorted(p.name for p in (settings.raw_dir).rglob("*") if p.is_file())

    summary = ingest.ingest_company(settings, ticker="CBRS")

    assert [r.path for r in http_edgar.requests] == ["/submissions/CIK0002021728.json"]
    assert summary.filings_new == 0 and summary.documents_fetched == 0
    assert _rows(settings) == before
    assert sorted(p.name for p in settings.raw_dir.rglob("*") if p.is_file()) == stored_files


def test_a_crash_inside_a_load_leaves_no_rows_and_the_next_run_completes(
    edgar_server, tmp_path, monkeypatch
):
    settings = edgar_server.settings(tmp_path / "data")
    real_insert = load.insert_fact_sources
    calls = {"n": 0}

    def crash_on_third_filing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("simulated crash while loading a filing")
        return real_insert(*args, **kwargs)

    monkeypatch.setattr(load, "insert_fact_sources", crash_on_third_filing)
    with pytest.raises(RuntimeError, match="simulated crash"):
        ingest.ingest_company(settings, ticker="CBRS")
    with connect(settings.db_path) as conn:
        loaded = {row[0] for row in conn.execute("SELECT accession FROM filings").fetchall()}
        orphan_facts = conn.execute(
            "SELECT count(*) FROM facts WHERE accession NOT IN (SELECT accession FROM filings)"
        ).fetchone()[0]
    assert len(loaded) == 2 and orphan_facts == 0

    monkeypatch.setattr(load, "insert_fact_sources", real_insert)
    summary = ingest.ingest_company(settings, ticker="CBRS")
    assert summary.filings_new == len(_submission_accessions()) - 2
    assert summary.filings_skipped == 2


def test_mirror_then_offline_ingest_needs_no_identity(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", mirror=EDGAR_FIXTURES)
    first = ingest.ingest_company(settings, ticker="CBRS")
    assert first.filings_new == len(_submission_accessions()) and first.failures == []
    offline = Settings(data_dir=tmp_path / "data", offline=True)
    again = ingest.ingest_company(offline, ticker="CBRS")
    assert again.filings_new == 0 and again.filings_skipped == first.filings_new


def test_forms_and_since_filter_what_is_fetched(edgar_server, tmp_path):
    settings = edgar_server.settings(tmp_path / "data")
    summary = ingest.ingest_company(settings, cik=CBRS_CIK, forms=("10-Q",),
                                   since=date(2026, 7, 1))
    assert summary.filings_new == 1
    with connect(settings.db_path) as conn:
        forms = conn.execute("SELECT form, filed_date FROM filings").fetchall()
    assert forms == [("10-Q", date(2026, 8, 12))]


def test_network_ingest_refuses_a_placeholder_identity_before_any_request(edgar_server, tmp_path):
    settings = edgar_server.settings(tmp_path / "data", user_agent="Jo jo@example.com")
    with pytest.raises(ValidationError, match="placeholder"):
        ingest.ingest_company(settings, ticker="CBRS")
    assert edgar_server.requests == []


def test_ingest_file_of_a_real_filing_is_idempotent(tmp_path):
    path = corpus_file("10q-10k/10-Q_AI_0001628280-23-031636.html")
    settings = Settings(data_dir=tmp_path / "data")
    first = ingest.ingest_file(settings, path, cik=1577526, form="10-Q")
    assert first.facts_loaded > 0
    before = _rows(settings)
    ingest.ingest_file(settings, path, cik=1577526, form="10-Q")
    assert _rows(settings) == before
    with connect(settings.db_path) as conn:
        [(accession,)] = conn.execute("SELECT accession FROM filings").fetchall()
        revenue = [f.fact.value for f in select_facts(conn, 1577526, "revenue")
                   if f.fact.period_end == date(2023, 7, 31) and f.fact.entity is None
                   and f.fact.period_start == date(2023, 5, 1)]
    assert accession.startswith("local-")
    assert revenue == [Decimal("72362000")]


@pytest.mark.parametrize("body, form, message", [
    (b"<html><body><p>Revenue</p></body></html>", "S-99", "unknown form 'S-99'"),  # says what to do
    (b"   ", "10-Q", "empty"),  # a truncated document fails that filing only
], ids=["unknown-form", "truncated-document"])
def test_cli_ingest_file_refuses_with_exit_status_2(tmp_path, body, form, message):
    doc = tmp_path / "x.htm"
    doc.write_bytes(body)
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "d"), "ingest", "--file", str(doc), "--cik", "1",
               "--form", form])
    assert result.exit_code == 2
    assert message in result.output


def test_an_unreadable_document_fails_its_filing_only_and_is_fetched_again(tmp_path):
    import shutil

    mirror = tmp_path / "mirror"
    shutil.copytree(EDGAR_FIXTURES, mirror)
    doc = (mirror / "Archives/edgar/data/2021728/000162828026056357/cbrs-20260630.htm")
    good = doc.read_bytes()
    doc.write_bytes(b"  \n")  # a broken download: nothing readable in it
    data_dir = tmp_path / "data"
    runner = CliRunner()
    args = ["--data-dir", str(data_dir), "ingest", "--ticker", "CBRS", "--mirror", str(mirror)]

    first = runner.invoke(main, args)
    assert first.exit_code == 1, first.output
    assert "not loaded: 10-Q 0001628280-26-056357" in first.output
    assert "index.json lists 32819" in first.output  # the cut body is refused on arrival
    settings = Settings(data_dir=data_dir)
    with connect(settings.db_path) as conn:
        loaded = {row[0] for row in conn.execute("SELECT accession FROM filings").fetchall()}
    assert "0001628280-26-056357" not in loaded
    assert len(loaded) == len(_submission_accessions()) - 1

    doc.write_bytes(good)  # the filer's document, fetched properly this time
    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "1 new filings" in second.output
    with connect(settings.db_path) as conn:
        total = select_facts(conn, CBRS_CIK, "shares_outstanding")
    assert any(f.fact.value == Decimal("237564041") for f in total)


def test_reextract_rereads_stored_bodies_with_one_request(after_first_ingest, http_edgar):
    settings, first = after_first_ingest
    before = _rows(settings)
    again = ingest.ingest_company(settings, ticker="CBRS", reextract=True)
    # the fixtures have no companyfacts JSON (404), so the store cannot answer for it
    assert [r.path for r in http_edgar.requests] == [
        "/submissions/CIK0002021728.json", "/api/xbrl/companyfacts/CIK0002021728.json"]
    assert again.filings_new == first.filings_new and again.facts_loaded == first.facts_loaded
    assert _rows(settings) == before
