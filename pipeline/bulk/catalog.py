"""The catalog ``lake.duckdb``: one DuckDB file that makes a lake look like the warehouse.

It is generated, never hand-written: the warehouse migrations are applied to a fresh file
(tables, columns, comments and every view: ``timeseries``, ``fact_history``,
``fact_disagreements`` ...), then each table that the lake holds is replaced by a view of the
same name over its Parquet files. The migrations' views bind by name when queried, so they
read the Parquet files: `filingcheck --warehouse <lake>/lake.duckdb series ...` and the
README's duckdb queries work unchanged.

The views name their files one by one, as the manifests of the published days and compacted
quarters list them (no glob): a file written but not yet published, or a day folder that a
quarter has absorbed, is never read. The file is written as ``lake.duckdb.tmp`` and renamed
over the old one, so a reader opens either catalog, never half of one.
"""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.bulk import lake
from warehouse import connect

CATALOG = "lake.duckdb"


def catalog_path(lake_dir: Path) -> Path:
    return Path(lake_dir) / CATALOG


def lake_files(lake_dir: Path, table: str) -> tuple[list[Path], list[Path]]:
    """(day files, quarter files) of one table that a reader of the lake sees."""
    days = [path for folder in lake.live_days(lake_dir).values()
            for path in lake.table_files(folder, lake.read_manifest(folder), table)]
    quarters = [path for folder in lake.published_quarters(lake_dir).values()
                for path in lake.table_files(folder, lake.read_manifest(folder), table)]
    return days, quarters


def _file_list(paths: list[Path]) -> str:
    return "[" + ", ".join(f"'{lake.sql_path(p.resolve())}'" for p in paths) + "]"


def table_source(lake_dir: Path, table: str) -> str | None:
    """SQL reading one lake table with the warehouse's columns, or None when it has no file.
    A company is in many days' files: the latest day's row speaks for it (a quarter's
    ``companies`` file keeps each row's ``day`` for that)."""
    days, quarters = lake_files(lake_dir, table)
    keep_day = table == "companies"
    parts = []
    if days:
        dropped = "filed_year" if keep_day else ", ".join(lake.PARTITION_COLUMNS)
        parts.append(f"SELECT * EXCLUDE ({dropped}) FROM read_parquet({_file_list(days)}, "
                     "hive_partitioning = true, union_by_name = true)")
    if quarters:
        parts.append(f"SELECT * FROM read_parquet({_file_list(quarters)}, "
                     "hive_partitioning = false, union_by_name = true)")
    if not parts:
        return None
    union = " UNION ALL BY NAME ".join(parts)
    if keep_day:
        return (f"SELECT * EXCLUDE (day) FROM ({union}) "
                "QUALIFY row_number() OVER (PARTITION BY cik ORDER BY day DESC) = 1")
    return union


def has_files(lake_dir: Path, table: str) -> bool:
    return any(lake_files(lake_dir, table))


def write_catalog(lake_dir: Path) -> Path:
    """Generate ``<lake>/lake.duckdb`` atomically; returns its path."""
    final = catalog_path(lake_dir)
    tmp = final.with_name(final.name + ".tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    with connect(tmp) as conn:  # every migration: the warehouse's tables and views
        for ddl in lake.LAKE_ONLY_DDL:
            conn.execute(ddl)
        for table in lake.LAKE_TABLES:
            source = table_source(lake_dir, table)
            if source is None:
                continue  # an empty lake: the empty table keeps the views valid
            conn.execute(f"DROP TABLE {table}")
            conn.execute(f"CREATE VIEW {table} AS {source}")
        conn.execute("CHECKPOINT")
    os.replace(tmp, final)
    return final
