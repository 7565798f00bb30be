"""The driver of `bulk extract` and `bulk reextract`: submit one task per filing day to the
Executor, and hand each finished day to the committer as it arrives.

The driver is the committer (one process). Days already published from the same input (the
plan and the extractor versions: the day's fingerprint) are not extracted again, so a run
killed half way is completed by running it again; whole staged days a killed driver left
behind are published first.

A day of more than ``bucket_over`` filings is split in ``buckets`` hash buckets (by accession),
one task each; the committer publishes the day once all its buckets are in, and a bucket
already staged from the same input is not extracted again.
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
from pipeline.bulk.compact import day_rows, folder_source
from pipeline.bulk.days import DEFAULT_SPLIT, Split, plan_path
from pipeline.bulk.engine import executor
from pipeline.bulk.extract import DayResult, extract_day
from pipeline.config import Settings


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
                diff: bool = False, show_progress: bool = False, split: Split = DEFAULT_SPLIT,
                compact_before: date | None = None) -> ExtractSummary:
    """Extract and publish every planned day from ``start`` to ``end``; ``force`` redoes days
    already published (reextract), ``diff`` counts what changed in each table; with
    ``compact_before`` the quarters ending before that day are compacted at the end."""
    lake_dir = Path(lake_dir)
    with commit.committer_lock(lake_dir):
        summary = ExtractSummary()
        _recover(lake_dir, summary)
        plans = [plan_path(settings.raw_dir, d) for d in days_between(start, end)]
        plans = [p for p in plans if p.is_file()]
        summary.days_planned = len(plans)
        todo = plans if force else _not_published(lake_dir, plans, split, summary)
        if todo:
            _extract_days(settings, lake_dir, todo, split, summary, diff=diff, workers=workers,
                          engine=engine, scheduler=scheduler, show_progress=show_progress)
        commit.finish(lake_dir, compact_before=compact_before, summary=summary.committed)
        return summary


def _tasks(lake_dir: Path, plan: Path, split: Split) -> list[tuple]:
    """The extract_day arguments of one day: one task, or one per bucket not yet staged."""
    buckets = split.buckets_of(plan)
    if buckets == 1:
        return [(str(plan), str(lake_dir))]
    stamp = lake.fingerprint(plan.read_bytes(), lake.extractor_versions(), buckets)
    staged = commit.staged_buckets(lake_dir).get((plan.stem, stamp), {})
    return [(str(plan), str(lake_dir), b, buckets) for b in range(buckets) if b not in staged]


def _extract_days(settings, lake_dir: Path, todo: list[Path], split: Split,
                  summary: ExtractSummary, *, diff: bool, workers: int, engine: str,
                  scheduler: str | None, show_progress: bool) -> None:
    tasks = [(plan, args) for plan in todo for args in _tasks(lake_dir, plan, split)]
    with executor(workers, engine=engine, scheduler=scheduler) as pool:
        futures = {pool.submit(extract_day, settings, *args): plan for plan, args in tasks}
        with _progress(len(futures), show_progress) as bar:
            for future in as_completed(futures):
                _collect(lake_dir, future, futures[future], summary, diff)
                bar.update(1)
    for plan in todo:  # a day whose buckets were all staged by an earlier run
        _publish_buckets(lake_dir, plan.stem, summary, diff)


def _collect(lake_dir: Path, future, plan: Path, summary: ExtractSummary, diff: bool) -> None:
    try:
        result = future.result()
    except FilingcheckError as exc:
        summary.failed.append(f"{plan.stem}: {exc}")
        return
    summary.results.append(result)
    if result.bucket is not None:
        _publish_buckets(lake_dir, result.day, summary, diff)
    else:
        _publish(lake_dir, Path(result.staged), result.day, summary, diff)


def _publish_buckets(lake_dir: Path, day: str, summary: ExtractSummary, diff: bool) -> None:
    """Publish a bucketed day once every bucket of it is staged."""
    for (staged_day, _), buckets in commit.staged_buckets(lake_dir).items():
        if staged_day == day:
            staged = commit.assemble_day(lake_dir, buckets)
            if staged is not None:
                _publish(lake_dir, staged, day, summary, diff)


def _publish(lake_dir: Path, staged: Path, day: str, summary: ExtractSummary,
             diff: bool) -> None:
    if diff:
        _add_changes(summary.changes, diff_day(lake_dir, date.fromisoformat(day), staged))
    commit.publish_day(lake_dir, staged, summary.committed)


def _recover(lake_dir: Path, summary: ExtractSummary) -> None:
    """Publish whole days a killed run staged; drop the half-written ones."""
    staging = lake_dir / lake.STAGING
    if staging.is_dir():
        for partial in staging.glob("tmp-*"):
            shutil.rmtree(partial, ignore_errors=True)
    commit.publish_staged(lake_dir, summary.committed)


def _not_published(lake_dir: Path, plans: list[Path], split: Split,
                   summary: ExtractSummary) -> list[Path]:
    published = commit.committed_fingerprints(lake_dir)
    versions = lake.extractor_versions()
    todo = []
    for plan in plans:
        stamp = lake.fingerprint(plan.read_bytes(), versions, split.buckets_of(plan))
        if published.get(plan.stem) == stamp:
            summary.days_skipped += 1
        else:
            todo.append(plan)
    return todo


def diff_day(lake_dir: Path, day: date, new: Path) -> dict[str, dict[str, int]]:
    """Rows added and removed per table between a day as published (in its day folder or its
    quarter) and a staged folder of it."""
    changes = {}
    manifest = lake.read_manifest(new)
    with duckdb.connect(":memory:") as conn:
        for table in lake.LAKE_TABLES:
            source = folder_source(new, manifest, table)
            new_sql = f"SELECT * FROM {source}" if source else None
            old_sql = day_rows(lake_dir, day, table)
            if new_sql is None or old_sql is None:
                count = 0 if new_sql is None else conn.execute(
                    f"SELECT count(*) FROM ({new_sql})").fetchone()[0]
                changes[table] = {"added": count, "removed": 0}
                continue
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
