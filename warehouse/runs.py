"""The `runs` table: each command that writes records a run, started `running` and finished
`ok`, `partial` or `failed` with a summary; a run its process left `running` (kill -9) is
marked failed by the next `check` that holds the write lock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from core.errors import ValidationError
from warehouse.db import utc_now
from warehouse.ids import make_run_id
from warehouse.load import to_json


def start_run(conn: duckdb.DuckDBPyConnection, command: str, args: dict) -> str:
    """Record the start of a command; returns its run_id."""
    run_id = make_run_id()
    conn.execute(
        "INSERT INTO runs (run_id, command, args_json, started_at, status) "
        "VALUES (?, ?, ?, ?, 'running')",
        [run_id, command, to_json(args), utc_now()],
    )
    return run_id


def finish_run(conn: duckdb.DuckDBPyConnection, run_id: str, status: str, summary: dict) -> None:
    updated = conn.execute(
        "UPDATE runs SET finished_at = ?, status = ?, summary_json = ? WHERE run_id = ? "
        "RETURNING run_id",
        [utc_now(), status, to_json(summary), run_id],
    ).fetchall()
    if not updated:
        raise ValidationError(f"no run {run_id} to finish; start it with start_run first")


@contextmanager
def failing_run(conn: duckdb.DuckDBPyConnection, run_id: str) -> Iterator[None]:
    """On any error inside, the run is finished `failed` with the error (never left
    `running`), then the error goes on up."""
    try:
        yield
    except BaseException as exc:  # a load inside rolled back its own transaction already
        finish_run(conn, run_id, "failed", {"error": f"{type(exc).__name__}: {exc}"})
        raise


def abandon_running_runs(conn: duckdb.DuckDBPyConnection, reason: str) -> list[str]:
    """Mark every run still `running` failed (its process died: a crash, kill -9); returns
    their ids. Only for a caller holding the write lock, which no live run then holds."""
    rows = conn.execute(
        "UPDATE runs SET status = 'failed', finished_at = ?, summary_json = ? "
        "WHERE status = 'running' RETURNING run_id",
        [utc_now(), to_json({"error": reason})],
    ).fetchall()
    return sorted(row[0] for row in rows)
