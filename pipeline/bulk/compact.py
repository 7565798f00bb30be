"""Quarter compaction: the day folders of a finished quarter become one file per table.

A quarter's files are written to ``filed_year=YYYY/.quarters/YYYYQn-<sha>/`` (named by their
content), then the symlink ``filed_year=YYYY/quarter=YYYYQn`` is swapped to it with one
``os.replace``: the quarter's manifest and files change together, and a reader follows either
the old version or the new one, never half of one. Only then are the absorbed day folders set
aside. The catalog lists a day folder of a compacted quarter nowhere (pipeline/bulk/lake.py,
``live_days``), so a crash between the swap and the clean-up doubles nothing: the next commit
compacts again, which gives the same files (same name, no swap) and removes the leftovers.

A day published again into a compacted quarter (`bulk reextract`, `lake export`) is a day
folder in the quarter's range: every commit compacts such a quarter again, keeping the
quarter's rows of its other days. Compacting a quarter with no day folder is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from pipeline.bulk import lake

# How the rows of some filing days are picked in a file holding many days. {days} is a SQL list
# of dates; {filings} / {facts} read the same folder's filings / facts files.
_OF_DAYS = {
    "companies": "day IN {days}",
    "filings": "filed_date IN {days}",
    "errors": "filed_date IN {days}",
    "fetch_log": "filed_date IN {days}",
    "documents": "accession IN (SELECT accession FROM {filings} WHERE filed_date IN {days})",
    "facts": "accession IN (SELECT accession FROM {filings} WHERE filed_date IN {days})",
    "fact_sources": "fact_id IN (SELECT fact_id FROM {facts} WHERE accession IN "
                    "(SELECT accession FROM {filings} WHERE filed_date IN {days}))",
}


@dataclass
class CompactSummary:
    compacted: list[str] = field(default_factory=list)  # quarters written (new or again)
    days: int = 0  # day folders absorbed

    def format(self) -> str:
        if not self.compacted:
            return "no quarter to compact"
        return (f"{len(self.compacted)} quarters compacted ({', '.join(self.compacted)}), "
                f"{self.days} day folders absorbed")


def finished_quarters(lake_dir: Path, before: date) -> list[str]:
    """Quarters ending before ``before`` that still have day folders."""
    names = {lake.quarter_name(day) for day in lake.published_days(lake_dir)}
    return sorted(n for n in names if lake.quarter_range(n)[1] < before)


def touched_quarters(lake_dir: Path) -> list[str]:
    """Compacted quarters that a day was published into since: to be compacted again."""
    quarters = lake.published_quarters(lake_dir)
    return sorted({lake.quarter_name(d) for d in lake.published_days(lake_dir)} & set(quarters))


def compact_quarters(lake_dir: Path, names: list[str], summary: CompactSummary) -> None:
    for name in names:
        absorbed = compact_quarter(Path(lake_dir), name)
        if absorbed:
            summary.compacted.append(name)
            summary.days += absorbed


def compact_quarter(lake_dir: Path, name: str) -> int:
    """Write quarter ``name`` from its current version and its day folders; returns how many
    day folders it absorbed (0: nothing to do). Caller holds the committer lock."""
    first, last = lake.quarter_range(name)
    days = {d: f for d, f in lake.published_days(lake_dir).items() if first <= d <= last}
    if not days:
        return 0
    old = lake.published_quarters(lake_dir).get(name)
    versions = lake_dir / f"filed_year={name[:4]}" / lake.QUARTERS
    work = versions / f"tmp-{name}-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    try:
        manifest = _write_quarter(work, name, old, days)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    final = versions / f"{name}-{_version_of(manifest)}"
    if final.is_dir():
        shutil.rmtree(work)  # the same content is already there
    else:
        os.rename(work, final)
    _swap_link(lake.quarter_link(lake_dir, name), final)
    for day, folder in days.items():  # absorbed: set aside, removed after the catalog swap
        os.rename(folder, _trash(lake_dir, f"day-{day.isoformat()}"))
    if old is not None and old != final.resolve():  # the version replaced
        os.rename(old, _trash(lake_dir, old.name))
    return len(days)


def _write_quarter(work: Path, name: str, old: Path | None, days: dict[date, Path]) -> dict:
    old_manifest = lake.read_manifest(old) if old is not None else None
    replaced = _date_list(days)
    day_manifests = {d: lake.read_manifest(f) for d, f in days.items()}
    files = {}
    with duckdb.connect(":memory:") as conn:
        conn.execute("SET threads = 1")  # one row-group layout: the same bytes on every run
        for table, order in lake.TABLE_ORDER.items():
            parts = []
            if old_manifest is not None:
                source = folder_source(old, old_manifest, table)
                if source is not None:
                    cond = of_days(table, replaced, old, old_manifest)
                    parts.append(f"SELECT * FROM {source} WHERE NOT ({cond})")
            for day, folder in sorted(days.items()):
                source = folder_source(folder, day_manifests[day], table)
                if source is not None:
                    extra = f", DATE '{day.isoformat()}' AS day" if table == "companies" else ""
                    parts.append(f"SELECT *{extra} FROM {source}")
            path = work / f"{table}.parquet"
            order_by = order + (", day" if table == "companies" else "")
            union = " UNION ALL BY NAME ".join(parts)
            conn.execute(f"COPY (SELECT * FROM ({union}) ORDER BY {order_by}) TO "
                         f"'{lake.sql_path(path)}' (FORMAT PARQUET, COMPRESSION ZSTD)")
            rows = conn.execute(f"SELECT count(*) FROM read_parquet('{lake.sql_path(path)}')")
            files[table] = {"table": table, "file": path.name, "sha256": lake.file_sha256(path),
                            "rows": rows.fetchone()[0]}
    kept = {d: v for d, v in (old_manifest or {}).get("days", {}).items()
            if date.fromisoformat(d) not in days}
    kept.update({d.isoformat(): {k: m[k] for k in ("fingerprint", "extractor_versions")}
                 for d, m in day_manifests.items()})
    manifest = {"quarter": name, "days": dict(sorted(kept.items())), "files": files}
    lake.write_manifest(work, manifest)
    return manifest


def folder_source(folder: Path, manifest: dict, table: str) -> str | None:
    """SQL reading one table's files of a day or quarter folder (its own columns only)."""
    paths = lake.table_files(folder, manifest, table)
    if not paths:
        return None
    listed = ", ".join(f"'{lake.sql_path(p)}'" for p in paths)
    return f"read_parquet([{listed}], hive_partitioning = false, union_by_name = true)"


def of_days(table: str, days_sql: str, folder: Path, manifest: dict) -> str:
    """The condition picking the rows of some days in a quarter folder's ``table``."""
    return _OF_DAYS[table].format(days=days_sql,
                                  filings=folder_source(folder, manifest, "filings"),
                                  facts=folder_source(folder, manifest, "facts"))


def day_rows(lake_dir: Path, day: date, table: str) -> str | None:
    """SQL for the published rows of one day's ``table`` (its day folder, else its quarter's
    rows of that day), with the warehouse's columns; None when the day is not in the lake."""
    folder = lake.live_days(lake_dir).get(day)
    if folder is not None:
        source = folder_source(folder, lake.read_manifest(folder), table)
        return None if source is None else f"SELECT * FROM {source}"
    quarter = lake.published_quarters(lake_dir).get(lake.quarter_name(day))
    if quarter is None:
        return None
    manifest = lake.read_manifest(quarter)
    if day.isoformat() not in manifest["days"]:
        return None
    if folder_source(quarter, manifest, table) is None:
        return None
    cond = of_days(table, _date_list([day]), quarter, manifest)
    drop = " EXCLUDE (day)" if table == "companies" else ""
    return f"SELECT *{drop} FROM {folder_source(quarter, manifest, table)} WHERE {cond}"


def _date_list(days) -> str:
    return "(" + ", ".join(f"DATE '{d.isoformat()}'" for d in sorted(days)) + ")"


def _version_of(manifest: dict) -> str:
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]


def _swap_link(link: Path, target: Path) -> None:
    tmp = link.with_name(f".{link.name}.tmp-{uuid.uuid4().hex[:8]}")
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)


def _trash(lake_dir: Path, name: str) -> Path:
    trash = Path(lake_dir) / lake.TRASH
    trash.mkdir(parents=True, exist_ok=True)
    return trash / f"{name}-{uuid.uuid4().hex[:8]}"


def collect_garbage(lake_dir: Path) -> None:
    """Remove quarter versions no link points to (and half-written ones)."""
    live = {p.resolve() for p in lake.published_quarters(lake_dir).values()}
    for folder in Path(lake_dir).glob(f"filed_year=*/{lake.QUARTERS}/*"):
        if folder.resolve() not in live:
            shutil.rmtree(folder, ignore_errors=True)
