"""Bulk mode, the extract/lake side: day tasks with no network, the Parquet lake, the committer,
the generated catalog, and lake export/import. The filings are the bundled Cerebras mirror
(fixtures/edgar): ingested once into a one-file warehouse, and planned day by day for bulk."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from core.errors import ValidationError
from pipeline.bulk import commit, lake
from pipeline.bulk.catalog import catalog_path
from pipeline.bulk.days import DayPlan, Split, plan_path, write_day_plan
from pipeline.bulk.extract import NetworkForbiddenError, NoNetworkTransport, extract_day
from pipeline.bulk.run import run_extract
from pipeline.bulk.transfer import export_to_lake, import_from_lake
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.ingest import ingest_company
from pipeline.rawstore import RawStore
from tests.conftest import EDGAR_FIXTURES
from warehouse.records import FilingRecord

CIK = 2021728
FIRST, LAST = date(2024, 1, 1), date(2026, 12, 31)
# Columns that say when or by which run a row was loaded: NULL in the lake by design.
WALL_CLOCK = {"filings": ("run_id", "loaded_at"), "companies": ("updated_at",)}
COMPARED = ("companies", "filings", "documents", "facts", "fact_sources", "timeseries",
            "fact_history", "fact_disagreements")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """A raw store and a one-file warehouse filled from the mirror, and one plan per day."""
    data = tmp_path_factory.mktemp("bulk") / "data"
    settings = Settings(data_dir=data, mirror=EDGAR_FIXTURES)
    ingest_company(settings, ticker="CBRS")
    client = EdgarClient(settings, RawStore(settings.raw_dir))
    submissions = client.fetch_submissions(CIK)
    by_day = defaultdict(list)
    for filing in client.list_filings(submissions, settings.forms, None):
        by_day[filing.filed_date].append(filing)
    for day, filings in by_day.items():
        write_day_plan(settings.raw_dir, DayPlan(day, tuple(filings), {CIK: submissions["name"]},
                                                 client.tickers_by_cik()))
    return data


@pytest.fixture(scope="module")
def built_lake(data_dir, tmp_path_factory) -> Path:
    lake_dir = tmp_path_factory.mktemp("lake")
    summary = run_extract(Settings(data_dir=data_dir), lake_dir, FIRST, LAST, workers=2)
    assert not summary.failed and summary.days_planned == len(summary.results) > 1
    return lake_dir


def _rows(db: Path, table: str, leave_out: tuple[str, ...] = ()) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        columns = [c for c, *_ in conn.execute(f"DESCRIBE {table}").fetchall()
                   if c not in WALL_CLOCK.get(table, ()) and c not in leave_out]
        return sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(),
                      key=repr)


def _columns(db: Path, table: str) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return [(name, kind) for name, kind, *_ in conn.execute(f"DESCRIBE {table}").fetchall()]


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.parquet"))}


def _assert_same_as_warehouse(data_dir: Path, db: Path) -> None:
    """Every table and view equal row for row, tickers included (a day plan carries each
    company's ticker from company_tickers.json)."""
    warehouse = data_dir / "filingcheck.duckdb"
    for table in COMPARED:
        assert _columns(db, table) == _columns(warehouse, table), table
        assert _rows(db, table) == _rows(warehouse, table), table


def test_lake_equals_the_one_file_warehouse_row_for_row(data_dir, built_lake):
    assert _rows(data_dir / "filingcheck.duckdb", "facts")  # the comparison is not vacuous
    _assert_same_as_warehouse(data_dir, catalog_path(built_lake))
    assert not (built_lake / "lake.duckdb.tmp").exists()


def test_layout_manifests_and_no_wall_clock(built_lake):
    days = lake.published_days(built_lake)
    folder = days[date(2026, 8, 12)]  # the day with two filings (a 10-Q and an 8-K)
    manifest = lake.read_manifest(folder)
    assert manifest["files"]["filings"]["rows"] == 2
    assert lake.check_files(folder, manifest) is None
    assert manifest["extractor_versions"]["tables"] == lake.extractor_versions()["tables"]
    year = (built_lake / "filed_year=2026" / "_manifest.json").read_text()
    assert manifest["fingerprint"] in year
    with duckdb.connect() as conn:
        loaded = conn.execute("SELECT count(*) FROM read_parquet(?) WHERE loaded_at IS NOT NULL "
                              "OR run_id IS NOT NULL", [str(folder / "filings.parquet")])
        assert loaded.fetchone()[0] == 0


def test_rerunning_a_day_is_byte_identical(data_dir, built_lake, tmp_path):
    day = date(2026, 8, 12)
    settings = Settings(data_dir=data_dir)
    first = extract_day(settings, str(plan_path(settings.raw_dir, day)), str(tmp_path / "a"))
    second = extract_day(settings, str(plan_path(settings.raw_dir, day)), str(tmp_path / "b"))
    assert first.facts > 0
    assert _hashes(Path(first.staged)) == _hashes(Path(second.staged))
    assert _hashes(Path(first.staged)) == _hashes(lake.published_days(built_lake)[day])


def test_extract_workers_make_no_network_request(data_dir, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"an extract worker opened a connection: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    settings = Settings(data_dir=data_dir)  # not offline, no mirror: a real client would fetch
    result = extract_day(settings, str(plan_path(settings.raw_dir, date(2026, 5, 14))),
                         str(tmp_path))
    assert result.facts > 0 and result.errors == 0
    with pytest.raises(NetworkForbiddenError):
        NoNetworkTransport().get("https://www.sec.gov/Archives/edgar/data/1/x.htm")


def test_a_body_missing_from_the_raw_store_fails_the_day_not_silently(data_dir, tmp_path):
    raw = tmp_path / "data" / "raw"
    shutil.copytree(data_dir / "raw", raw)
    missing = FilingRecord(accession="0001628280-26-099999", cik=CIK, form="10-Q",
                           filed_date=date(2026, 9, 1), primary_document="gone.htm")
    write_day_plan(raw, DayPlan(missing.filed_date, (missing,), {CIK: "Cerebras"}))
    with pytest.raises(NetworkForbiddenError, match="bulk fetch"):
        extract_day(Settings(data_dir=tmp_path / "data"), str(plan_path(raw, missing.filed_date)),
                    str(tmp_path / "lake"))
    assert not lake.published_days(tmp_path / "lake")
    assert not list((tmp_path / "lake" / lake.STAGING).iterdir())  # no half-written day


def test_rerun_skips_published_days_and_publishes_what_a_killed_driver_staged(data_dir,
                                                                              built_lake, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir)
    settings = Settings(data_dir=data_dir)
    day = date(2026, 5, 14)
    # The driver died after the worker staged this day, before the committer moved it in.
    extract_day(settings, str(plan_path(settings.raw_dir, day)), str(lake_dir))
    shutil.rmtree(lake.day_dir(lake_dir, day))
    summary = run_extract(settings, lake_dir, FIRST, LAST)
    assert summary.committed.published == [day.isoformat()]
    assert summary.results == [] and summary.days_skipped == summary.days_planned
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))  # nothing lost nor doubled


def test_committer_refuses_a_damaged_staged_day(data_dir, built_lake, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir)
    settings = Settings(data_dir=data_dir)
    day = date(2026, 8, 12)
    result = extract_day(settings, str(plan_path(settings.raw_dir, day)), str(lake_dir))
    (Path(result.staged) / "facts.parquet").write_bytes(b"PAR1 cut short")
    summary = commit.commit(lake_dir)
    assert summary.published == [] and "facts" in summary.refused[0]
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))


def test_one_committer_per_lake(built_lake, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir)
    with commit.committer_lock(lake_dir), pytest.raises(ValidationError, match="one committer"):
        commit.commit(lake_dir)
    assert commit.commit(lake_dir).refused == []  # released with its holder


def test_reextract_reports_what_changed_and_restores_the_lake(data_dir, built_lake, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir)
    folder = lake.day_dir(lake_dir, date(2026, 8, 12))
    facts = folder / "facts.parquet"
    with duckdb.connect() as conn:  # an older extractor that found one figure fewer
        conn.execute(f"COPY (SELECT * FROM read_parquet('{facts}', hive_partitioning = false) "
                     f"ORDER BY fact_id OFFSET 1) TO '{facts}.new' (FORMAT PARQUET)")
    Path(f"{facts}.new").replace(facts)
    summary = run_extract(Settings(data_dir=data_dir), lake_dir, FIRST, LAST, force=True,
                          diff=True)
    assert summary.changes["facts"] == {"added": 1, "removed": 0}
    assert summary.changes["fact_sources"] == {"added": 0, "removed": 0}
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))


def test_series_reads_the_lake_through_the_catalog(data_dir, built_lake):
    runner = CliRunner()
    args = ["--data-dir", str(data_dir), "series", "revenue", "--cik", str(CIK)]
    from_lake = runner.invoke(main, ["--warehouse", str(catalog_path(built_lake)), *args])
    from_warehouse = runner.invoke(main, args)
    assert from_lake.exit_code == 0, from_lake.output
    assert "$290,252,000" in from_lake.output
    assert from_lake.output == from_warehouse.output


def test_export_and_import_are_idempotent(data_dir, tmp_path):
    lake_dir = tmp_path / "lake"
    warehouse = data_dir / "filingcheck.duckdb"
    export_to_lake(warehouse, lake_dir)
    first = _hashes(lake_dir)
    again = export_to_lake(warehouse, lake_dir)
    assert _hashes(lake_dir) == first and again.commit.published == []
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))
    copy = tmp_path / "copy.duckdb"
    for _ in range(2):
        imported = import_from_lake(lake_dir, copy, CIK)
        assert imported.filings == len(_rows(warehouse, "filings"))
        for table in ("filings", "documents", "facts", "fact_sources", "fact_history"):
            assert _rows(copy, table) == _rows(warehouse, table), table


def test_bulk_commands_from_the_cli(data_dir, tmp_path):
    runner = CliRunner()
    lake_dir = tmp_path / "lake"
    base = ["--data-dir", str(data_dir)]
    extracted = runner.invoke(main, [*base, "bulk", "extract", "--from", "2026-08-01", "--to",
                                     "2026-08-31", "--lake", str(lake_dir)])
    assert extracted.exit_code == 0, extracted.output
    assert "1 days planned" in extracted.output and "1 days published" in extracted.output
    committed = runner.invoke(main, [*base, "bulk", "commit", "--lake", str(lake_dir)])
    assert committed.exit_code == 0 and "0 days published" in committed.output
    bad = runner.invoke(main, [*base, "bulk", "extract", "--from", "2026-08-31", "--to",
                               "2026-08-01", "--lake", str(lake_dir)])
    assert bad.exit_code == 2 and "before --from" in bad.output


def test_the_dask_engine_writes_the_same_lake(data_dir, built_lake, tmp_path):
    pytest.importorskip("distributed", reason="the bulk extra (dask[distributed]) is absent")
    lake_dir = tmp_path / "lake"
    summary = run_extract(Settings(data_dir=data_dir), lake_dir, FIRST, LAST, workers=2,
                          engine="dask")
    assert not summary.failed
    assert _hashes(lake_dir) == _hashes(built_lake)


def test_a_killed_dask_worker_loses_no_day_and_doubles_no_fact(data_dir, tmp_path):
    distributed = pytest.importorskip("distributed", reason="the bulk extra is absent")
    lake_dir = tmp_path / "lake"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        killed: list[int] = []
        killer = threading.Thread(target=_kill_first_busy_worker, args=(client, killed))
        killer.start()
        summary = run_extract(Settings(data_dir=data_dir), lake_dir, FIRST, LAST,
                              scheduler=cluster.scheduler_address)
        killer.join()
    assert killed, "no worker was busy to be killed"
    assert not summary.failed and summary.days_planned == len(summary.results)
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))


def _kill_first_busy_worker(client, killed: list[int], timeout_s: float = 120) -> None:
    """SIGKILL the first worker seen running a task (its task must run again elsewhere)."""
    pids = client.run(os.getpid)  # worker address -> process id
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        busy = [worker for worker, tasks in client.processing().items() if tasks]
        if busy:
            pid = pids[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
            return
        time.sleep(0.005)


def test_a_killed_driver_is_completed_by_the_rerun(data_dir, tmp_path):
    lake_dir = tmp_path / "lake"
    driver = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "--data-dir", str(data_dir), "bulk", "extract",
         "--from", FIRST.isoformat(), "--to", LAST.isoformat(), "--lake", str(lake_dir)],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not lake.published_days(lake_dir) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.killpg(driver.pid, signal.SIGKILL)  # the driver and its pool: killed mid-run
        driver.wait()
    done = lake.published_days(lake_dir)
    assert done, "the driver published nothing before it was killed"
    summary = run_extract(Settings(data_dir=data_dir), lake_dir, FIRST, LAST)
    assert not summary.failed
    assert summary.days_skipped + len(summary.committed.published) >= len(done)
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))


# -- hash buckets and quarter compaction -------------------------------------------------------

def test_a_day_split_in_buckets_is_byte_identical_on_rerun_and_equals_the_warehouse(data_dir,
                                                                                      tmp_path):
    settings = Settings(data_dir=data_dir)
    plan = str(plan_path(settings.raw_dir, date(2026, 8, 12)))  # two filings
    runs = [[extract_day(settings, plan, str(tmp_path / name), b, 2) for b in range(2)]
            for name in ("a", "b")]
    for first, second in zip(*runs, strict=True):
        assert _hashes(Path(first.staged)) == _hashes(Path(second.staged))
    assert sum(r.filings for r in runs[0]) == 2
    lake_dir = tmp_path / "lake"
    summary = run_extract(settings, lake_dir, FIRST, LAST, split=Split(over=1, buckets=2))
    assert not summary.failed
    folder = lake.published_days(lake_dir)[date(2026, 8, 12)]
    assert sorted(p.name for p in folder.glob("facts*")) == ["facts.b00.parquet",
                                                            "facts.b01.parquet"]
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))
    again = run_extract(settings, lake_dir, FIRST, LAST, split=Split(over=1, buckets=2))
    assert again.results == [] and again.days_skipped == again.days_planned


def test_compaction_crash_between_swap_and_clean_up_doubles_nothing(data_dir, built_lake,
                                                                    tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir, symlinks=True)
    days = lake.published_days(lake_dir)
    day = date(2026, 8, 12)
    kept = tmp_path / "kept"
    shutil.copytree(days[day], kept)
    summary = commit.commit(lake_dir, compact_before=date(2027, 1, 1))
    quarters = {lake.quarter_name(d) for d in days}
    assert sorted(summary.compacted.compacted) == sorted(quarters)
    assert lake.published_days(lake_dir) == {}
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))
    # the committer died after the quarter's swap, before its day folders were set aside
    shutil.copytree(kept, lake.day_dir(lake_dir, day))
    assert day not in lake.live_days(lake_dir)  # a reader never counts it twice
    commit.commit(lake_dir)
    assert lake.published_days(lake_dir) == {}
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))


def test_lake_export_into_a_compacted_quarter(data_dir, built_lake, tmp_path):
    lake_dir = tmp_path / "lake"
    shutil.copytree(built_lake, lake_dir, symlinks=True)
    commit.commit(lake_dir, compact_before=date(2027, 1, 1))

    def quarter_files():
        return {n: lake.read_manifest(p)["files"]
                for n, p in lake.published_quarters(lake_dir).items()}

    before = quarter_files()
    export_to_lake(data_dir / "filingcheck.duckdb", lake_dir)
    _assert_same_as_warehouse(data_dir, catalog_path(lake_dir))
    assert lake.published_days(lake_dir) == {}
    # the warehouse's rows are the lake's: each quarter is compacted again into the same bytes
    assert quarter_files() == before
