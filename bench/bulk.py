"""Bulk extract throughput: documents per second with 1 and 2 workers, and the per-task overhead.

Run: ``python -m bench.bulk`` (or ``make bench-bulk``). Offline: the bundled Cerebras mirror
(fixtures/edgar) is ingested into a temporary raw store, and its filings are planned again
on each of DAYS synthetic filing days, so every task reads real filings. Figures, not a test:
this machine is shared and noisy.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from pipeline.bulk.days import DayPlan, write_day_plan
from pipeline.bulk.run import run_extract
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.ingest import ingest_company
from pipeline.rawstore import RawStore

ROOT = Path(__file__).resolve().parent.parent
CIK = 2021728
DAYS = 16
EMPTY_DAYS = 16
FIRST = date(2030, 1, 1)  # synthetic days: after any real filing of the mirror


def prepare(data: Path) -> tuple[Settings, int]:
    """Fill a raw store from the mirror; plan DAYS days of its filings, EMPTY_DAYS empty ones."""
    settings = Settings(data_dir=data, mirror=ROOT / "fixtures" / "edgar")
    ingest_company(settings, cik=CIK)
    client = EdgarClient(settings, RawStore(settings.raw_dir))
    submissions = client.fetch_submissions(CIK)
    filings = client.list_filings(submissions, settings.forms, None)
    for n in range(DAYS + EMPTY_DAYS):
        day = FIRST + timedelta(days=n)
        planned = tuple(replace(f, filed_date=day) for f in filings) if n < DAYS else ()
        write_day_plan(settings.raw_dir, DayPlan(day, planned, {CIK: submissions["name"]}))
    return Settings(data_dir=data), len(filings)


def timed(settings: Settings, lake: Path, start: date, end: date, workers: int,
          engine: str = "process") -> tuple[float, int]:
    began = time.perf_counter()
    summary = run_extract(settings, lake, start, end, workers=workers, engine=engine)
    if summary.failed:
        sys.exit(f"bench-bulk: days failed: {summary.failed}")
    return time.perf_counter() - began, sum(r.documents for r in summary.results)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-bulk-") as tmp:
        settings, per_day = prepare(Path(tmp) / "data")
        last_full = FIRST + timedelta(days=DAYS - 1)
        engines = ["process"]
        try:
            import distributed  # noqa: F401

            engines.append("dask")
        except ImportError:
            print("(dask not installed: pip install 'filingcheck[bulk]' to measure it too)")
        print(f"{DAYS} filing days x {per_day} filings (bundled mirror), offline")
        for engine in engines:
            for workers in (1, 2):
                lake = Path(tmp) / f"lake-{engine}-{workers}"
                seconds, documents = timed(settings, lake, FIRST, last_full, workers, engine)
                print(f"  {engine:7} {workers} worker(s): {documents} documents in "
                      f"{seconds:6.2f} s = {documents / seconds:6.1f} documents/s "
                      "(pool start included)")
        first_empty = last_full + timedelta(days=1)
        last_empty = first_empty + timedelta(days=EMPTY_DAYS - 1)
        lake = Path(tmp) / "lake-empty"
        seconds, _ = timed(settings, lake, first_empty, last_empty, 1)
        print(f"  per-task overhead (empty day: in-memory DuckDB, migrations, 6 Parquet files, "
              f"commit; 1 worker, pool start spread): {1000 * seconds / EMPTY_DAYS:.0f} ms")


if __name__ == "__main__":
    main()
