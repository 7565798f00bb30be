"""The Parquet lake: where a day's tables live, how they are written, and the day manifest.

Layout (one folder per filing day, so that ONE rename publishes a whole day and a reader never
sees half of one)::

    <lake>/filed_year=YYYY/day=YYYY-MM-DD/<table>.parquet   one file per table per day
    <lake>/filed_year=YYYY/day=YYYY-MM-DD/<table>.bNN.parquet   or one per hash bucket (a big day)
    <lake>/filed_year=YYYY/day=YYYY-MM-DD/manifest.json     fingerprint, sha256s, row counts
    <lake>/filed_year=YYYY/quarter=YYYYQn -> .quarters/YYYYQn-<sha>/   a compacted quarter: one
                                                            file per table, swapped by a symlink
    <lake>/filed_year=YYYY/_manifest.json                   the year partition's days and quarters
    <lake>/_staging/                                        days written, not yet published
    <lake>/lake.duckdb                                      the catalog (pipeline/bulk/catalog.py)

Each table is written by DuckDB's COPY in a fixed row order with its wall-clock columns
(load times, run ids) set to NULL, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import pkgutil
import tempfile
from datetime import date
from pathlib import Path

import duckdb

from core.errors import ValidationError
from warehouse.db import code_schema_version

MANIFEST = "manifest.json"
STAGING = "_staging"
TRASH = "_trash"

# The warehouse tables that carry filing data, with the order that makes a file deterministic.
# `errors` exists only in the lake: the filings of a day that could not be read, and why.
TABLE_ORDER = {
    "companies": "cik",
    "filings": "accession",
    "documents": "accession, filename, document_id",
    "facts": "accession, fact_id",
    "fact_sources": "fact_id, source_no",
    "errors": "accession",
    "fetch_log": "accession NULLS FIRST, url",
}
LAKE_TABLES = tuple(TABLE_ORDER)
# Columns that say when or by which run a row was loaded: NULL in the lake (byte-identical reruns).
WALL_CLOCK = {
    "companies": {"updated_at": "TIMESTAMP"},
    "filings": {"run_id": "VARCHAR", "loaded_at": "TIMESTAMP"},
}
ERRORS_DDL = ("CREATE TABLE IF NOT EXISTS errors (accession VARCHAR NOT NULL, cik BIGINT, "
              "form VARCHAR, filed_date DATE, error VARCHAR NOT NULL)")
# The fetch log of a day: every body its filings needed (and the day's form index), as the raw
# store holds it. No request time: when a body was fetched is the raw store's log, not data.
FETCH_LOG_DDL = ("CREATE TABLE IF NOT EXISTS fetch_log (filed_date DATE NOT NULL, "
                 "accession VARCHAR, url VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, "
                 "bytes BIGINT)")
LAKE_ONLY_DDL = (ERRORS_DDL, FETCH_LOG_DDL)
LAKE_ONLY = ("errors", "fetch_log")  # not warehouse tables: lake export does not fill them
PARTITION_COLUMNS = ("filed_year", "day")
QUARTERS = ".quarters"


def day_dir(lake: Path, day: date) -> Path:
    return Path(lake) / f"filed_year={day.year}" / f"day={day.isoformat()}"


def quarter_name(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_link(lake: Path, name: str) -> Path:
    """``filed_year=YYYY/quarter=YYYYQn``: a symlink to the quarter's current version."""
    return Path(lake) / f"filed_year={name[:4]}" / f"quarter={name}"


def quarter_range(name: str) -> tuple[date, date]:
    year, quarter = int(name[:4]), int(name[5:])
    first = date(year, 3 * quarter - 2, 1)
    after = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


def published_quarters(lake: Path) -> dict[str, Path]:
    """Every compacted quarter of the lake (its current version folder), by name."""
    found = {}
    for link in sorted(Path(lake).glob("filed_year=*/quarter=*")):
        if (link / MANIFEST).is_file():
            found[link.name.removeprefix("quarter=")] = link.resolve()
    return found


def published_days(lake: Path) -> dict[date, Path]:
    """Every published day folder of the lake, by day (a compacted day is in its quarter)."""
    found = {}
    for folder in sorted(Path(lake).glob("filed_year=*/day=*")):
        if (folder / MANIFEST).is_file():
            found[date.fromisoformat(folder.name.removeprefix("day="))] = folder
    return found


def live_days(lake: Path) -> dict[date, Path]:
    """The day folders a reader sees: a day folder of a compacted quarter is not one of them
    until the quarter is compacted again (pipeline/bulk/compact.py does it in every commit)."""
    quarters = published_quarters(lake)
    return {day: folder for day, folder in published_days(lake).items()
            if quarter_name(day) not in quarters}


def table_files(folder: Path, manifest: dict, table: str) -> list[Path]:
    """The files of one table in a day or quarter folder, as its manifest lists them."""
    return [Path(folder) / entry["file"] for entry in manifest["files"].values()
            if entry.get("table", entry["file"].split(".")[0]) == table]


def extractor_versions() -> dict[str, str]:
    """EXTRACTOR_VERSION of every extractor module: part of a day's input fingerprint, so a
    day extracted by older extractors is extracted again."""
    import extractors

    versions = {}
    for info in pkgutil.iter_modules(extractors.__path__):
        module = importlib.import_module(f"extractors.{info.name}")
        version = getattr(module, "EXTRACTOR_VERSION", None)
        if version is not None:
            versions[info.name] = str(version)
    return dict(sorted(versions.items()))


def fingerprint(plan_bytes: bytes, versions: dict[str, str], buckets: int = 1) -> str:
    """sha256 of the day's plan, the extractor versions, the warehouse schema version and (for a
    day split in hash buckets) the bucket count: the input of a day's files. A migration (008
    widened every id to 128 bits) changes what the load code writes, so a day written before
    it is extracted again."""
    digest = hashlib.sha256(plan_bytes)
    digest.update(json.dumps(versions, sort_keys=True).encode())
    digest.update(f"schema {code_schema_version()}".encode())
    if buckets > 1:
        digest.update(f"buckets={buckets}".encode())
    return digest.hexdigest()


def bucket_of(accession: str, buckets: int) -> int:
    """The hash bucket of a filing: a function of its accession number alone, so a day splits
    the same way on every machine and every run."""
    return int.from_bytes(hashlib.sha256(accession.encode()).digest()[:8], "big") % buckets


def bucket_suffix(bucket: int | None) -> str:
    return "" if bucket is None else f".b{bucket:02d}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as body:
        for block in iter(lambda: body.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_tables(conn: duckdb.DuckDBPyConnection, folder: Path,
                 bucket: int | None = None) -> dict[str, dict]:
    """COPY each lake table of ``conn`` to ``folder/<table>[.bNN].parquet``; returns table,
    sha256 and row count per file (what the manifest records)."""
    for ddl in LAKE_ONLY_DDL:
        conn.execute(ddl)
    files = {}
    for table, order in TABLE_ORDER.items():
        path = folder / f"{table}{bucket_suffix(bucket)}.parquet"
        replace = ", ".join(f"CAST(NULL AS {kind}) AS {column}"
                            for column, kind in WALL_CLOCK.get(table, {}).items())
        columns = f"* REPLACE ({replace})" if replace else "*"
        select = f"SELECT {columns} FROM {table} ORDER BY {order}"
        conn.execute(f"COPY ({select}) TO '{sql_path(path)}' (FORMAT PARQUET, COMPRESSION ZSTD)")
        rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        files[f"{table}{bucket_suffix(bucket)}"] = {"table": table, "file": path.name,
                                                    "sha256": file_sha256(path), "rows": rows}
    return files


def write_manifest(folder: Path, body: dict) -> None:
    write_json_atomic(folder / MANIFEST, body)


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(f"{path}: not a lake day manifest ({exc}); extract that day "
                              "again with `filingcheck bulk extract`") from exc


def check_files(folder: Path, manifest: dict) -> str | None:
    """Why the files of a day folder are not the ones its manifest lists, or None."""
    for table, entry in manifest["files"].items():
        path = Path(folder) / entry["file"]
        if not path.is_file():
            return f"{table}: {path.name} is missing"
        if file_sha256(path) != entry["sha256"]:
            return f"{table}: {path.name} is not the file the manifest lists (sha256 differs)"
    return None


def write_json_atomic(path: Path, body: dict) -> None:
    """Write JSON whole: a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1, sort_keys=True)
    os.replace(tmp, path)


def sql_path(path: Path | str) -> str:
    """A path quoted for a SQL string literal."""
    return str(path).replace("'", "''")
