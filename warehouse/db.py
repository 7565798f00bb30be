"""Opening the warehouse: one DuckDB file, its schema brought up to date by numbered migrations.

Migrations are ``warehouse/migrations/NNN_name.sql``, applied in version order, each in its own
transaction together with its row in ``schema_version``, so a failed migration leaves the
database at the previous version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from core.errors import NotFoundError, ValidationError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MEMORY = ":memory:"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_CREATE_SCHEMA_VERSION = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE schema_version IS
    'Migrations applied to this database (warehouse/migrations/NNN_name.sql), one row each.';
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at ``path`` (or ``":memory:"``) with its schema up to date.

    The connection is a context manager that closes on exit. A read-only connection never
    migrates: it needs a database some ingest has already created at the current version.
    """
    migrations = list_migrations()
    if str(path) == MEMORY:
        if read_only:
            raise ValidationError("an in-memory warehouse cannot be opened read-only")
        conn = duckdb.connect(MEMORY)
    else:
        conn = _open_file(Path(path), read_only)
    try:
        if read_only:
            check_current(conn, migrations, path)
        else:
            apply_migrations(conn, migrations)
    except BaseException:
        conn.close()
        raise
    return conn


def require_warehouse(path: str | Path) -> None:
    """NotFoundError unless an ingest has created the warehouse at ``path``: a command that
    only reads must not create an empty one (its next reader would say "no facts" instead)."""
    if str(path) != MEMORY and not Path(path).is_file():
        raise NotFoundError(f"no warehouse at {path}; run `filingcheck ingest` first to create it")


def remove_if_empty(path: str | Path) -> bool:
    """Delete the warehouse file at ``path`` (and its write-ahead log) when it holds no filing.

    For a command that created the warehouse and then failed before storing anything: left
    behind, the empty file would make the next command report "no facts" for a company that
    was never loaded. Returns True when the file was removed.
    """
    path = Path(path)
    if not path.is_file():
        return False
    with duckdb.connect(str(path), read_only=True) as conn:
        has_table = conn.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'filings'").fetchone()[0]
        stored = has_table and conn.execute("SELECT count(*) FROM filings").fetchone()[0]
    if stored:
        return False
    for leftover in (path, path.with_name(path.name + ".wal")):
        leftover.unlink(missing_ok=True)
    return True


def list_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in version order; a misnamed or duplicate version is a bug."""
    migrations = []
    for sql_path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(sql_path.name)
        if match is None:
            raise ValidationError(
                f"migration file {sql_path.name} is not named NNN_name.sql; rename it"
            )
        migrations.append(Migration(int(match.group(1)), match.group(2), sql_path))
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise ValidationError(f"two migrations in {directory} share a version number: {versions}")
    return migrations


def apply_migrations(conn: duckdb.DuckDBPyConnection, migrations: list[Migration]) -> list[int]:
    """Apply the migrations newer than the database; return the versions applied."""
    conn.execute(_CREATE_SCHEMA_VERSION)
    current = read_schema_version(conn)
    _refuse_newer_database(current, migrations)
    applied = []
    for migration in migrations:
        if migration.version <= current:
            continue
        _apply_one(conn, migration)
        applied.append(migration.version)
    return applied


def read_schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """Highest migration version recorded; 0 for a database without schema_version."""
    exists = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def check_current(
    conn: duckdb.DuckDBPyConnection, migrations: list[Migration], path: str | Path
) -> None:
    """A read-only connection needs the database at exactly the code's version."""
    current = read_schema_version(conn)
    _refuse_newer_database(current, migrations)
    latest = max((m.version for m in migrations), default=0)
    if current < latest:
        raise ValidationError(
            f"the warehouse {path} is at schema version {current} but this filingcheck needs "
            f"{latest}; run `filingcheck ingest` once to migrate it"
        )


def _open_file(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only:
        require_warehouse(path)
        return duckdb.connect(str(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path))


def _refuse_newer_database(current: int, migrations: list[Migration]) -> None:
    latest = max((m.version for m in migrations), default=0)
    if current > latest:
        raise ValidationError(
            f"the warehouse is at schema version {current}, newer than this filingcheck "
            f"knows (up to {latest}); upgrade filingcheck"
        )


def _apply_one(conn: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    sql = migration.path.read_text(encoding="utf-8")
    conn.begin()
    try:
        conn.execute(sql)
        conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
            [migration.version, migration.name, utc_now()],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def utc_now() -> datetime:
    """Naive UTC timestamp: the warehouse stores *_at columns as UTC TIMESTAMP."""
    return datetime.now(UTC).replace(tzinfo=None)
