"""Opening the warehouse: one DuckDB file, its schema brought up to date by numbered migrations.

Migrations are ``warehouse/migrations/NNN_name.sql`` or ``NNN_name.py``, applied in version
order, each in its own transaction together with its row in ``schema_version``, so a failed
migration leaves the database at the previous version. A ``.sql`` migration is run as it is; a
``.py`` one is for a change that SQL cannot say exactly as the code does (migration 008
recomputes every row id with ``warehouse.ids``): its ``upgrade(conn)`` runs inside that
transaction and must not commit. Prefer SQL; the lake catalog is generated from both kinds.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from core.errors import FilingcheckError, NotFoundError, ValidationError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MEMORY = ":memory:"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.(sql|py)$")
_MIGRATION_SUFFIXES = (".sql", ".py")

_CREATE_SCHEMA_VERSION = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE schema_version IS
    'Migrations applied to this database (warehouse/migrations/NNN_name.sql), one row each.';
"""


# How long a command waits for another filingcheck's write lock before giving up (seconds).
DEFAULT_LOCK_WAIT_S = 30.0
_LOCK_POLL_S = 0.25
# DuckDB's words for a file that is not (or no longer) a readable database.
_CORRUPT = ("not a valid DuckDB database", "Corrupt database", "Could not read enough bytes",
            "checksum", "database file is corrupt")


# What DuckDB raises, for the layers above that turn it into one line (pipeline.failures).
DATABASE_ERRORS = (duckdb.Error,)


class WarehouseError(FilingcheckError):
    """The warehouse file is locked by another process, unreadable, or refused a value."""


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
    except duckdb.IOException as exc:  # a damaged file may open and fail on its first read
        conn.close()
        raise warehouse_error(exc, path) from exc
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
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.suffix not in _MIGRATION_SUFFIXES:
            continue  # __pycache__ and the like
        match = _MIGRATION_NAME.match(path.name)
        if match is None:
            raise ValidationError(
                f"migration file {path.name} is not named NNN_name.sql or NNN_name.py; rename it"
            )
        migrations.append(Migration(int(match.group(1)), match.group(2), path))
    migrations.sort(key=lambda m: m.version)
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


def code_schema_version() -> int:
    """The schema version this code writes: its newest migration's."""
    return max((m.version for m in list_migrations()), default=0)


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
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    waited_since = None
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not is_lock_conflict(exc):
                raise warehouse_error(exc, path) from exc
            waited_since = _wait_for_lock(path, exc, waited_since)


def lock_wait_s() -> float:
    """FILINGCHECK_LOCK_WAIT_S, else DEFAULT_LOCK_WAIT_S (0: give up at once)."""
    value = os.environ.get("FILINGCHECK_LOCK_WAIT_S", "").strip()
    try:
        return max(0.0, float(value)) if value else DEFAULT_LOCK_WAIT_S
    except ValueError:
        raise ValidationError(f"FILINGCHECK_LOCK_WAIT_S={value!r} is not a number of seconds")\
            from None


def _wait_for_lock(path: Path, exc: Exception, since: float | None) -> float:
    """Another process holds the warehouse (an ingest loading a filing): wait a bounded time,
    saying so once, then a one-line WarehouseError (never a traceback)."""
    now = time.monotonic()
    limit = lock_wait_s()
    holder = _lock_holder(str(exc))
    if since is None:
        if limit > 0:
            print(f"the warehouse {path} is in use by {holder}; waiting up to {limit:g} s",
                  file=sys.stderr, flush=True)
        since = now
    if now - since >= limit:
        raise WarehouseError(
            f"the warehouse {path} is in use by {holder} (waited {limit:g} s); run again when "
            "it is done, or set FILINGCHECK_LOCK_WAIT_S to wait longer")
    time.sleep(_LOCK_POLL_S)
    return since


def _lock_holder(message: str) -> str:
    match = re.search(r"\(PID (\d+)\)", message)
    return f"another process (PID {match.group(1)})" if match else "another process"


def is_lock_conflict(exc: BaseException) -> bool:
    text = str(exc)
    return "Conflicting lock" in text or "Could not set lock" in text


def warehouse_error(exc: BaseException, path: str | Path | None = None) -> WarehouseError:
    """A DuckDB error as one line that says what to do: a corrupt file names the recovery
    (move it aside, rebuild from the raw store), a refused value names the value's problem."""
    text = " ".join(str(exc).split())
    where = f" {path}" if path is not None else ""
    if any(words in text for words in _CORRUPT):
        return WarehouseError(
            f"the warehouse{where} is damaged ({text[:160]}); move it aside (mv it to *.bad) "
            "and rebuild it from the raw store: filingcheck ingest --ticker T --offline, for "
            "each company (no request is made)")
    if is_lock_conflict(exc):
        return WarehouseError(f"the warehouse{where} is in use by {_lock_holder(text)}; run "
                              "again when it is done")
    return WarehouseError(f"the warehouse{where} refused the operation ({text[:200]})")


def _refuse_newer_database(current: int, migrations: list[Migration]) -> None:
    latest = max((m.version for m in migrations), default=0)
    if current > latest:
        raise ValidationError(
            f"the warehouse is at schema version {current}, newer than this filingcheck "
            f"knows (up to {latest}); upgrade filingcheck"
        )


def _apply_one(conn: duckdb.DuckDBPyConnection, migration: Migration) -> None:
    step = migration_step(migration)
    conn.begin()
    try:
        step(conn)
        conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
            [migration.version, migration.name, utc_now()],
        )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def migration_step(migration: Migration) -> Callable[[duckdb.DuckDBPyConnection], None]:
    """What applying ``migration`` does inside its transaction: run the SQL file, or call the
    Python file's ``upgrade(conn)``."""
    if migration.path.suffix == ".sql":
        sql = migration.path.read_text(encoding="utf-8")
        return lambda conn: conn.execute(sql)
    spec = importlib.util.spec_from_file_location(
        f"warehouse.migrations.m{migration.version:03d}_{migration.name}", migration.path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    upgrade = getattr(module, "upgrade", None)
    if not callable(upgrade):
        raise ValidationError(f"migration {migration.path.name} defines no upgrade(conn)")
    return upgrade


def utc_now() -> datetime:
    """Naive UTC timestamp: the warehouse stores *_at columns as UTC TIMESTAMP."""
    return datetime.now(UTC).replace(tzinfo=None)
