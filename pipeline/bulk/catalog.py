"""The catalog ``lake.duckdb``: one DuckDB file that makes a lake look like the warehouse.

It is generated, never hand-written: the warehouse migrations are applied to a fresh file
(tables, columns, comments and every view: ``timeseries``, ``fact_history``,
``fact_disagreements`` ...), then each table that the lake holds is replaced by a view of the
same name over its Parquet files. The migrations' views bind by name when queried, so they
read the Parquet files: `filingcheck --warehouse <lake>/lake.duckdb series ...` and the
README's duckdb queries work unchanged. The file is written as ``lake.duckdb.tmp`` and renamed
over the old one, so a reader opens either catalog, never half of one.
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

from pipeline.bulk import lake
from warehouse import connect

CATALOG = "lake.duckdb"


def catalog_path(lake_dir: Path) -> Path:
    return Path(lake_dir) / CATALOG


def table_source(lake_dir: Path, table: str) -> str:
    """SQL reading one lake table with the warehouse's columns (partition columns left out).
    A company is in many days' files: the latest day's row speaks for it."""
    source = (f"read_parquet('{lake.sql_path(lake.table_glob(lake_dir, table))}', "
              f"hive_partitioning = true, union_by_name = true)")
    if table == "companies":
        return (f"SELECT * EXCLUDE ({', '.join(lake.PARTITION_COLUMNS)}) FROM {source} "
                "QUALIFY row_number() OVER (PARTITION BY cik ORDER BY day DESC) = 1")
    return f"SELECT * EXCLUDE ({', '.join(lake.PARTITION_COLUMNS)}) FROM {source}"


def has_files(lake_dir: Path, table: str) -> bool:
    return bool(glob.glob(lake.table_glob(lake_dir, table)))


def write_catalog(lake_dir: Path) -> Path:
    """Generate ``<lake>/lake.duckdb`` atomically; returns its path."""
    final = catalog_path(lake_dir)
    tmp = final.with_name(final.name + ".tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    with connect(tmp) as conn:  # every migration: the warehouse's tables and views
        conn.execute(lake.ERRORS_DDL)
        for table in lake.LAKE_TABLES:
            if not has_files(lake_dir, table):
                continue  # an empty lake: the empty table keeps the views valid
            conn.execute(f"DROP TABLE {table}")
            conn.execute(f"CREATE VIEW {table} AS {table_source(lake_dir, table)}")
        conn.execute("CHECKPOINT")
    os.replace(tmp, final)
    return final
