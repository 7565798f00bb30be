"""The driver of `bulk extract` and `bulk reextract`: submit one task per filing day to the
Executor, and hand each finished day to the committer as it arrives.

The driver is the committer (one process). Days already published from the same input (the
plan and the extractor versions: the day's fingerprint) are not extracted again, so a run
killed half way is completed by running it again; whole staged days a killed driver left
behind are published first.
"""

from __future__ import annotations

import shutil
from concurrent.futures import as_completed
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import click
import duckdb

from core.errors import FilingcheckError, ValidationError
from pipeline.bulk import commit, lake
from pipeline.bulk.days import plan_path
from pipeline.bulk.engine import executor
from pipeline.bulk.extract import DayResult, extract_day
from pipeline.config import Settings

# A published day's path looks hive-partitioned (filed_year=/day=): read its columns only.
_NO_HIVE = "hive_partitioning = false"


@dataclass
class ExtractSummary:
    days_planned: int = 0
    days_skipped: int = 0  # published before from the same input
    results: list[DayResult] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    committed: commit.CommitSummary = field(default_factory=commit.CommitSummary)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)  # reextract: table -> diff

    def format(self) -> str:
        facts = sum(r.facts for r in self.results)
        docs = sum(r.documents for r in self.results)
        errors = sum(r.errors for r in self.results)
        lines = [f"{self.days_planned} days planned, {self.days_skipped} already in the lake, "
                 f"{len(self.results)} extracted ({docs} documents, {facts} facts, "
                 f"{errors} filings not readable), {len(self.failed)} failed; "
                 f"commit: {self.committed.format()}"]
        for table, diff in self.changes.items():
            lines.append(f"  {table}: {diff['added']} rows added, {diff['removed']} removed")
        lines += [f"  failed: {failure}" for failure in self.failed]
        return "\n".join(lines)


def days_between(start: date, end: date) -> list[date]:
    if end < start:
        raise ValidationError(f"--to {end} is before --from {start}")
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def run_extract(settings: Settings, lake_dir: Path, start: date, end: date, *, workers: int = 1,
                engine: str = "process", scheduler: str | None = None, force: bool = False,
                diff: bool = False, show_progress: bool = False) -> ExtractSummary:
    """Extract and publish every planned day from ``start`` to ``end``; ``force`` redoes days
    already published (reextract), ``diff`` counts what changed in each table."""
    lake_dir = Path(lake_dir)
    with commit.committer_lock(lake_dir):
        return _run_locked(settings, lake_dir, start, end, workers, engine, scheduler, force,
                           diff, show_progress)


def _run_locked(settings, lake_dir, start, end, workers, engine, scheduler, force, diff,
                show_progress) -> ExtractSummary:
    summary = ExtractSummary()
    _recover(lake_dir, summary)
    plans = [plan_path(settings.raw_dir, d) for d in days_between(start, end)]
    plans = [p for p in plans if p.is_file()]
    summary.days_planned = len(plans)
    todo = plans if force else _not_published(lake_dir, plans, summary)
    if todo:
        with executor(workers, engine=engine, scheduler=scheduler) as pool:
            futures = {pool.submit(extract_day, settings, str(p), str(lake_dir)): p for p in todo}
            with _progress(len(futures), show_progress) as bar:
                for future in as_completed(futures):
                    _collect(lake_dir, future, futures[future], summary, diff)
                    bar.update(1)
    commit.finish(lake_dir)
    return summary


def _collect(lake_dir: Path, future, plan: Path, summary: ExtractSummary, diff: bool) -> None:
    try:
        result = future.result()
    except FilingcheckError as exc:
        summary.failed.append(f"{plan.stem}: {exc}")
        return
    summary.results.append(result)
    if diff:
        old = lake.day_dir(lake_dir, date.fromisoformat(result.day))
        _add_changes(summary.changes, diff_day(old, Path(result.staged)))
    commit.publish_day(lake_dir, Path(result.staged), summary.committed)


def _recover(lake_dir: Path, summary: ExtractSummary) -> None:
    """Publish whole days a killed run staged; drop the half-written ones."""
    staging = lake_dir / lake.STAGING
    if staging.is_dir():
        for partial in staging.glob("tmp-*"):
            shutil.rmtree(partial, ignore_errors=True)
    for staged in commit.staged_days(lake_dir):
        commit.publish_day(lake_dir, staged, summary.committed)


def _not_published(lake_dir: Path, plans: list[Path], summary: ExtractSummary) -> list[Path]:
    published = commit.committed_fingerprints(lake_dir)
    versions = lake.extractor_versions()
    todo = []
    for plan in plans:
        if published.get(plan.stem) == lake.fingerprint(plan.read_bytes(), versions):
            summary.days_skipped += 1
        else:
            todo.append(plan)
    return todo


def diff_day(old: Path, new: Path) -> dict[str, dict[str, int]]:
    """Rows added and removed per table between a published day folder and a new one."""
    changes = {}
    with duckdb.connect(":memory:") as conn:
        for table in lake.LAKE_TABLES:
            new_file = new / f"{table}.parquet"
            old_file = old / f"{table}.parquet"
            new_sql = f"SELECT * FROM read_parquet('{lake.sql_path(new_file)}', {_NO_HIVE})"
            if not old_file.is_file():
                count = conn.execute(f"SELECT count(*) FROM ({new_sql})").fetchone()[0]
                changes[table] = {"added": count, "removed": 0}
                continue
            old_sql = f"SELECT * FROM read_parquet('{lake.sql_path(old_file)}', {_NO_HIVE})"
            added = conn.execute(f"SELECT count(*) FROM ({new_sql} EXCEPT ALL {old_sql})")
            added = added.fetchone()[0]
            removed = conn.execute(f"SELECT count(*) FROM ({old_sql} EXCEPT ALL {new_sql})")
            changes[table] = {"added": added, "removed": removed.fetchone()[0]}
    return changes


def _add_changes(total: dict, day: dict) -> None:
    for table, diff in day.items():
        entry = total.setdefault(table, {"added": 0, "removed": 0})
        entry["added"] += diff["added"]
        entry["removed"] += diff["removed"]


def _progress(length: int, show: bool):
    if show and length:
        return click.progressbar(length=length, label="days", file=None)
    return nullcontext(_NoBar())


class _NoBar:
    def update(self, _n: int) -> None:
        return None
