"""`lake export` and `lake import`: moving filings between the one-file warehouse and a lake.

Both are idempotent (twice = once). Export rewrites each filing day of the warehouse as a lake
day (the lake's rows of that day for other filings are kept; the warehouse's win for its own),
through the committer, so an unchanged day is left byte for byte. Import replaces a company's
filings in the warehouse by the lake's, one transaction, as `ingest` replaces a filing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.bulk import commit, lake
from pipeline.bulk.catalog import has_files, table_source
from pipeline.bulk.compact import day_rows
from warehouse import connect, load, runs
from warehouse.db import require_warehouse, utc_now

# How each lake table is tied to the filings being moved.
_BY_ACCESSION = {
    "filings": "accession IN (SELECT accession FROM moving)",
    "documents": "accession IN (SELECT accession FROM moving)",
    "facts": "accession IN (SELECT accession FROM moving)",
    "fact_sources": "fact_id IN (SELECT fact_id FROM {facts} "
                    "WHERE accession IN (SELECT accession FROM moving))",
    "errors": "accession IN (SELECT accession FROM moving)",
    "fetch_log": "false",  # how the bodies were fetched stays: the warehouse has no fetch log
    "companies": "cik IN (SELECT cik FROM moving)",
}


@dataclass
class TransferSummary:
    filings: int = 0
    days: int = 0
    skipped: int = 0  # warehouse filings without a filed date: no day to put them in
    commit: commit.CommitSummary | None = None

    def format(self, verb: str) -> str:
        line = f"{self.filings} filings {verb}"
        if self.days:
            line += f" over {self.days} days"
        if self.skipped:
            line += f"; {self.skipped} filings without a filed date left out"
        if self.commit is not None:
            line += f" (commit: {self.commit.format()})"
        return line


def export_to_lake(db_path: Path, lake_dir: Path) -> TransferSummary:
    """Write every filing of the warehouse into the lake, one lake day per filed date."""
    require_warehouse(db_path)
    lake_dir = Path(lake_dir)
    summary = TransferSummary(commit=commit.CommitSummary())
    with connect(db_path, read_only=True) as conn:
        days = [row[0] for row in conn.execute(
            "SELECT DISTINCT filed_date FROM filings WHERE filed_date IS NOT NULL ORDER BY 1"
        ).fetchall()]
        summary.skipped = conn.execute(
            "SELECT count(*) FROM filings WHERE filed_date IS NULL").fetchone()[0]
        summary.filings = conn.execute(
            "SELECT count(*) FROM filings WHERE filed_date IS NOT NULL").fetchone()[0]
    with commit.committer_lock(lake_dir):
        for day in days:
            staged = _stage_exported_day(Path(db_path), lake_dir, day)
            commit.publish_day(lake_dir, staged, summary.commit)
        summary.days = len(days)
        commit.finish(lake_dir)
    return summary


def _stage_exported_day(db_path: Path, lake_dir: Path, day: date) -> Path:
    staging = lake_dir / lake.STAGING
    work = staging / f"tmp-export-{day.isoformat()}-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    with connect(":memory:") as conn:
        conn.execute("SET threads = 1")
        for ddl in lake.LAKE_ONLY_DDL:
            conn.execute(ddl)
        conn.execute(f"ATTACH '{lake.sql_path(db_path)}' AS wh (READ_ONLY)")
        conn.execute("CREATE TEMP TABLE moving AS SELECT accession, cik FROM wh.filings "
                     "WHERE filed_date = ?", [day])
        for table in lake.LAKE_TABLES:
            old = day_rows(lake_dir, day, table)
            if old is not None:  # the day's other filings stay
                cond = _BY_ACCESSION[table].format(facts=f"({day_rows(lake_dir, day, 'facts')})")
                conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM ({old}) "
                             f"WHERE NOT ({cond})")
            if table not in lake.LAKE_ONLY:
                cond = _BY_ACCESSION[table].format(facts="wh.facts")
                conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM wh.{table} WHERE {cond}")
        conn.execute("DETACH wh")
        files = lake.write_tables(conn, work)
    stamp = hashlib.sha256("".join(f["sha256"] for f in files.values()).encode()).hexdigest()
    lake.write_manifest(work, {"day": day.isoformat(), "fingerprint": f"export-{stamp}",
                               "extractor_versions": lake.extractor_versions(), "files": files})
    staged = staging / f"{day.isoformat()}-export"
    shutil.rmtree(staged, ignore_errors=True)
    os.rename(work, staged)
    return staged


def import_from_lake(lake_dir: Path, db_path: Path, cik: int) -> TransferSummary:
    """Replace the warehouse's filings of ``cik`` by the lake's (and add the ones it lacks)."""
    lake_dir = Path(lake_dir)
    summary = TransferSummary()
    if not has_files(lake_dir, "filings"):
        return summary
    src = {table: f"({table_source(lake_dir, table)})" for table in lake.LAKE_TABLES}
    with connect(db_path) as conn:
        run_id = runs.start_run(conn, "lake import", {"lake": str(lake_dir), "cik": cik})
        conn.execute(f"CREATE TEMP TABLE moving AS SELECT accession, cik FROM {src['filings']} "
                     "WHERE cik = ?", [cik])
        summary.filings = conn.execute("SELECT count(*) FROM moving").fetchone()[0]
        with load.transaction(conn):
            for (accession,) in conn.execute("SELECT accession FROM moving").fetchall():
                load.delete_filing_rows(conn, accession)
            conn.execute(
                f"INSERT INTO companies BY NAME SELECT * REPLACE (CAST(? AS TIMESTAMP) AS "
                f"updated_at) FROM {src['companies']} WHERE cik = ? ON CONFLICT (cik) DO UPDATE "
                "SET name = coalesce(excluded.name, companies.name), "
                "ticker = coalesce(excluded.ticker, companies.ticker), "
                "updated_at = excluded.updated_at", [utc_now(), cik])
            conn.execute(f"INSERT INTO filings BY NAME SELECT * REPLACE (CAST(? AS VARCHAR) AS "
                         f"run_id, CAST(? AS TIMESTAMP) AS loaded_at) FROM {src['filings']} "
                         "WHERE accession IN (SELECT accession FROM moving)",
                         [run_id, utc_now()])
            for table in ("documents", "facts", "fact_sources"):
                cond = _BY_ACCESSION[table].format(facts=src["facts"])
                conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {src[table]} "
                             f"WHERE {cond}")
        runs.finish_run(conn, run_id, "ok", {"cik": cik, "filings": summary.filings})
    return summary
