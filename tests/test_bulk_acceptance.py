"""Bulk mode end to end (issue 16's acceptance): a synthetic EDGAR generated from the project's
own templates (tests/bulk_edgar.py: every figure varied per filing, so each one is known) and
served on 127.0.0.1; `bulk plan`, `bulk fetch`, `bulk extract`, `bulk commit`, `bulk compact`
through the CLI; the lake must equal, row for row, the one-file warehouse that `ingest` loads
from the same filings, before and after the quarters are compacted.

The default run is small (36 filings over 7 days and 2 quarters) so that
`make test` stays quick; `make acceptance-bulk` runs the very same tests over 2,000 filings
(``FILINGCHECK_BULK_FILINGS=2000``). Every big day (three times the usual size) is over the
bucket threshold, so it is extracted in hash buckets.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.bulk import lake
from pipeline.bulk.catalog import catalog_path
from pipeline.cli import main
from pipeline.ingest import ingest_company
from tests.bulk_edgar import SyntheticEdgar, generate_edgar
from tests.edgar_server import TEST_IDENTITY, EdgarTestServer

N_FILINGS = int(os.environ.get("FILINGCHECK_BULK_FILINGS", "36"))
PER_DAY = max(4, N_FILINGS // 60)
# Filing days over more than one quarter: every other weekday from late March for the small
# run, every third from January for the big one (each weekday between costs an index request).
START, STRIDE = (date(2026, 3, 23), 2) if N_FILINGS < 200 else (date(2026, 1, 5), 3)
BUCKET_OVER, BUCKETS = 2 * PER_DAY, 4
AFTER_ALL = date(2030, 1, 1)  # every synthetic quarter is finished by then
WALL_CLOCK = {"filings": ("run_id", "loaded_at"), "companies": ("updated_at",)}
COMPARED = ("companies", "filings", "documents", "facts", "fact_sources", "timeseries",
            "fact_history")
_COMMA_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass
class BulkRun:
    edgar: SyntheticEdgar
    data: Path
    lake: Path
    outputs: dict[str, str]
    env: dict[str, str]  # the raw store keys bodies by URL: the server's address stays


def _invoke(args: list[str], env: dict[str, str]) -> str:
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, (args, result.output)
    return result.output


@pytest.fixture(scope="module")
def bulk_run(tmp_path_factory) -> BulkRun:
    root = tmp_path_factory.mktemp("acceptance")
    edgar = generate_edgar(root / "edgar", N_FILINGS, start=START, per_day=PER_DAY,
                           stride=STRIDE, big_every=4)
    server = EdgarTestServer(edgar.root)
    data, lake_dir = root / "data", root / "lake"
    env = {"EDGAR_BASE_URL": server.url, "EDGAR_DATA_URL": server.url,
           "SEC_USER_AGENT": TEST_IDENTITY, "FILINGCHECK_RATE": "10"}
    span = ["--from", str(edgar.days[0]), "--to", str(edgar.days[-1])]
    base = ["--data-dir", str(data)]
    try:
        outputs = {
            "plan": _invoke([*base, "bulk", "plan", *span], env),
            "fetch": _invoke([*base, "bulk", "fetch", *span], env),
            "extract": _invoke([*base, "bulk", "extract", *span, "--workers", "2",
                                "--bucket-over", str(BUCKET_OVER), "--buckets", str(BUCKETS),
                                "--lake", str(lake_dir)], env),
            "commit": _invoke([*base, "bulk", "commit", "--lake", str(lake_dir)], env),
        }
        # The one-file warehouse: `ingest` company by company, over the same raw store (its
        # bodies are reused; each company's submissions JSON is asked of the server).
        settings = server.settings(data)
        for cik in sorted(edgar.companies):
            ingest_company(settings, cik=cik)
    finally:
        server.close()
    return BulkRun(edgar, data, lake_dir, outputs, env)


@pytest.fixture(scope="module")
def compacted(bulk_run, tmp_path_factory) -> Path:
    """A copy of the lake with every quarter compacted through `bulk compact`."""
    lake_dir = tmp_path_factory.mktemp("compacted") / "lake"
    shutil.copytree(bulk_run.lake, lake_dir, symlinks=True)
    _invoke(["--data-dir", str(bulk_run.data), "bulk", "compact", "--before", str(AFTER_ALL),
             "--lake", str(lake_dir)], {})
    return lake_dir


def _rows(db: Path, table: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        columns = [c for c, *_ in conn.execute(f"DESCRIBE {table}").fetchall()
                   if c not in WALL_CLOCK.get(table, ())]
        return sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
                      key=repr)


def _columns(db: Path, table: str) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return [(name, kind) for name, kind, *_ in conn.execute(f"DESCRIBE {table}").fetchall()]


def _assert_lake_equals_warehouse(data: Path, lake_dir: Path) -> None:
    warehouse, catalog = data / "filingcheck.duckdb", catalog_path(lake_dir)
    for table in COMPARED:
        assert _columns(catalog, table) == _columns(warehouse, table), table
        assert _rows(catalog, table) == _rows(warehouse, table), table


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "lake.duckdb"}


def test_every_generated_filing_is_planned_fetched_and_extracted(bulk_run):
    edgar = bulk_run.edgar
    assert len(edgar.days) > 4 and len({lake.quarter_name(d) for d in edgar.days}) > 1
    assert bulk_run.outputs["plan"].splitlines()[-1].startswith(
        f"{len(edgar.days)} days, {N_FILINGS} filings")
    assert f"{len(edgar.days)} day plans written" in bulk_run.outputs["fetch"]
    assert f"{len(edgar.days)} days published" in bulk_run.outputs["extract"]
    with duckdb.connect(str(catalog_path(bulk_run.lake)), read_only=True) as conn:
        accessions = {a for (a,) in conn.execute("SELECT accession FROM filings").fetchall()}
        assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    assert accessions == {f.accession for f in edgar.filings}


def test_the_lake_equals_the_one_file_warehouse_row_for_row(bulk_run):
    assert len(_rows(bulk_run.data / "filingcheck.duckdb", "facts")) > N_FILINGS
    _assert_lake_equals_warehouse(bulk_run.data, bulk_run.lake)


def test_each_filing_reads_its_own_varied_figures(bulk_run):
    """A fact read from a comma-grouped figure holds one of the figures written into its own
    filing (each filing's differ from every other's), and the revenue figures vary."""
    with duckdb.connect(str(catalog_path(bulk_run.lake)), read_only=True) as conn:
        facts = conn.execute("SELECT accession, metric, value, decimals, source_text "
                             "FROM facts WHERE unit = 'USD'").fetchall()
    checked, revenues = 0, set()
    for accession, metric, value, decimals, source_text in facts:
        match = _COMMA_FIGURE.search(source_text or "")
        if match is None or decimals != -3:
            continue  # a figure in millions with a decimal point: not varied by the generator
        shown = int(match[0].replace(",", ""))
        assert shown in bulk_run.edgar.figures[accession], (accession, metric, source_text)
        assert abs(value) == shown * 1000
        checked += 1
        if metric == "revenue":
            revenues.add(value)
    assert checked > N_FILINGS
    assert len(revenues) > N_FILINGS // 2


def test_big_days_are_split_in_hash_buckets(bulk_run):
    big = [d for d in bulk_run.edgar.days
           if sum(f.filed_date == d for f in bulk_run.edgar.filings) > BUCKET_OVER]
    assert big
    for day, folder in lake.published_days(bulk_run.lake).items():
        manifest = lake.read_manifest(folder)
        names = sorted(p.name for p in folder.glob("facts*.parquet"))
        if day in big:
            assert manifest["buckets"] == BUCKETS
            assert names == [f"facts.b{b:02d}.parquet" for b in range(BUCKETS)]
        else:
            assert "buckets" not in manifest and names == ["facts.parquet"]


def test_the_fetch_log_lists_every_body_with_no_time(bulk_run):
    with duckdb.connect(str(catalog_path(bulk_run.lake)), read_only=True) as conn:
        columns = [c for c, *_ in conn.execute("DESCRIBE fetch_log").fetchall()]
        per_filing = dict(conn.execute(
            "SELECT accession, count(*) FROM fetch_log WHERE accession IS NOT NULL "
            "GROUP BY 1").fetchall())
        indexes = conn.execute("SELECT count(*) FROM fetch_log WHERE accession IS NULL "
                               "AND url LIKE '%/daily-index/%'").fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents d JOIN fetch_log l "
                                 "ON l.url = d.url AND l.sha256 = d.sha256").fetchone()[0]
        total_documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert columns == ["filed_date", "accession", "url", "sha256", "bytes"]
    # the index page, index.json and at least the primary document of every filing
    assert set(per_filing) == {f.accession for f in bulk_run.edgar.filings}
    assert min(per_filing.values()) >= 3
    assert indexes == len(bulk_run.edgar.days)
    assert documents == total_documents


def test_company_names_come_from_the_bulk_archives(bulk_run):
    """The form indexes list the filers' names in capitals; the lake has the submissions
    archive's names and tickers (the ones `ingest` stores)."""
    with duckdb.connect(str(catalog_path(bulk_run.lake)), read_only=True) as conn:
        companies = dict(conn.execute("SELECT cik, name FROM companies").fetchall())
        tickers = conn.execute("SELECT count(*) FROM companies WHERE ticker LIKE 'SY%'")
        assert tickers.fetchone()[0] == len(bulk_run.edgar.companies)
    assert companies == bulk_run.edgar.companies


def test_compaction_keeps_every_row_and_a_rerun_changes_nothing(bulk_run, compacted):
    quarters = lake.published_quarters(compacted)
    assert set(quarters) == {lake.quarter_name(d) for d in bulk_run.edgar.days}
    assert lake.published_days(compacted) == {}
    for folder in quarters.values():
        manifest = lake.read_manifest(folder)
        assert sorted(p.name for p in folder.glob("*.parquet")) == sorted(
            f"{t}.parquet" for t in lake.LAKE_TABLES)
        assert lake.check_files(folder, manifest) is None
    _assert_lake_equals_warehouse(bulk_run.data, compacted)
    for table in ("fetch_log", "errors"):
        assert _rows(catalog_path(compacted), table) == _rows(catalog_path(bulk_run.lake), table)
    before = _hashes(compacted)
    again = _invoke(["--data-dir", str(bulk_run.data), "bulk", "compact", "--before",
                     str(AFTER_ALL), "--lake", str(compacted)], {})
    assert "compacted" not in again and _hashes(compacted) == before


def test_reextracting_a_compacted_day_compacts_its_quarter_again_to_the_same_files(
        bulk_run, compacted, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(compacted, lake_dir, symlinks=True)
    before = _hashes(lake_dir)
    big = max(bulk_run.edgar.days,
              key=lambda d: sum(f.filed_date == d for f in bulk_run.edgar.filings))
    output = _invoke(["--data-dir", str(bulk_run.data), "bulk", "reextract", "--from", str(big),
                      "--to", str(big), "--bucket-over", str(BUCKET_OVER), "--buckets",
                      str(BUCKETS), "--lake", str(lake_dir)], bulk_run.env)
    assert "facts: 0 rows added, 0 removed" in output
    assert _hashes(lake_dir) == before  # byte for byte: the same quarter version
    assert not lake.published_days(lake_dir)
    _assert_lake_equals_warehouse(bulk_run.data, lake_dir)
