"""Migration 008: every deterministic row id widened from 64 to 128 bits (issue 16: at 10^8
facts, 64-bit ids had a ~3x10^-4 chance that two facts share one, and the loader folds two
facts that share an id into one).

Each id is recomputed from its row's own identifying fields with ``warehouse.ids``, exactly as a
load computes it, so an upgraded warehouse equals one loaded afresh, row for row:
``documents.document_id`` (and ``facts.document_id``), ``facts.fact_id`` (and
``fact_sources.fact_id``), ``verifications.verification_id``, and the fact ids a verification
cites in ``evidence_json`` and ``newer_evidence_json``. Python, not SQL: an id hashes
``Decimal.normalize``'s spelling of the value and a NUL for NULL, which ``warehouse.ids`` alone
says; a second copy of that recipe in SQL could drift from it.

A stored id must be a prefix of the id recomputed from its row (a 64-bit id is the first half of
the same digest): a row that is not stops the migration, whose transaction then rolls back and
loses nothing. Evidence citing a fact no longer stored (its filing was extracted again since)
gets the id its own fields give (the document from its URL, no basis or one the warehouse
stores) when the old id is a prefix of it; otherwise it keeps its old id, which names no stored
fact at either width. Running the migration again changes nothing.
"""

from __future__ import annotations

import inspect
import json
from datetime import date
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import duckdb
import pandas as pd
from duckdb.sqltypes import DATE, VARCHAR

from core.errors import ValidationError
from warehouse.ids import fact_id_of, make_document_id, make_verification_id
from warehouse.load import to_json

_DOCUMENT_MAP = "_rekey_documents"
_FACT_MAP = "_rekey_facts"
_VERIFICATION_FRAME = "_rekey_verifications"
_EVIDENCE_COLUMNS = ("evidence_json", "newer_evidence_json")


def upgrade(conn: duckdb.DuckDBPyConnection) -> None:
    """Recompute every id; the caller's transaction holds it all."""
    # DuckDB draws a progress bar on stdout for a long statement: not inside a command whose
    # output is JSON (`verify --format json` may be the first to open an old warehouse).
    progress_bar = conn.execute("SELECT current_setting('enable_progress_bar')").fetchone()[0]
    conn.execute("SET enable_progress_bar = false")
    _map_ids(conn, _DOCUMENT_MAP, "documents",
             "SELECT document_id, accession, filename FROM documents", make_document_id)
    _map_ids(conn, _FACT_MAP, "facts", _FACT_FIELDS, _fact_id)
    if _any_changed(conn):  # a second run finds every id at its width: nothing to rewrite
        _rewrite_table(conn, "documents", {"document_id": _DOCUMENT_MAP})
        _rewrite_table(conn, "facts", {"fact_id": _FACT_MAP, "document_id": _DOCUMENT_MAP})
        _rewrite_table(conn, "fact_sources", {"fact_id": _FACT_MAP})
    rekey_verifications(conn)
    # On success only: after an error the transaction rolls back (the temporary tables with it)
    # and the connection is closed; a statement here would hide the error behind another.
    for table in (_DOCUMENT_MAP, _FACT_MAP):
        conn.execute(f"DROP TABLE {table}")
    conn.execute(f"SET enable_progress_bar = {bool(progress_bar)}")


# A fact's id names the document by its filename (documents.filename), not facts.document_name
# (the name its source gave); value_text is the value exactly as extracted.
_FACT_FIELDS = """
SELECT f.fact_id, f.accession, d.filename, f.metric, f.unit, f.period_start, f.period_end,
       f.entity, f.basis, f.value_text
FROM facts AS f LEFT JOIN documents AS d ON d.document_id = f.document_id
"""


# The SQL type of each field a compute function takes (by its parameter's name); text otherwise.
_SQL_TYPES = {"period_start": DATE, "period_end": DATE}


def _parameters(compute) -> list[str]:
    return list(inspect.signature(compute).parameters)


def _arity(compute) -> int:
    return len(_parameters(compute))


def _fact_id(accession, filename, metric, unit, period_start, period_end, entity, basis,
             value_text) -> str:
    return fact_id_of(accession, filename, metric, unit, period_start, period_end, entity, basis,
                      Decimal(value_text))


def _map_ids(conn, map_table: str, table: str, select: str, compute) -> None:
    """``map_table(old_id, new_id)``: each row's stored id and the one ``compute`` gives its
    identifying fields (the columns of ``select`` after the first). DuckDB calls ``compute`` on
    the rows as it streams them (a Python function in SQL), so no table is held in Python."""
    fields = [f"c{i}" for i in range(1, _arity(compute) + 1)]
    types = [_SQL_TYPES.get(name, VARCHAR) for name in _parameters(compute)]
    conn.create_function("_rekey_id", compute, types, VARCHAR, null_handling="special")
    try:
        conn.execute(
            f"CREATE TEMP TABLE {map_table} AS SELECT c0 AS old_id, "
            f"CASE WHEN c1 IS NULL OR c2 IS NULL THEN NULL ELSE _rekey_id({', '.join(fields)}) "
            f"END AS new_id FROM ({select}) AS r(c0, {', '.join(fields)})")
    finally:
        conn.remove_function("_rekey_id")
    bad = conn.execute(f"SELECT old_id, new_id FROM {map_table} WHERE new_id IS NULL "
                       "OR NOT starts_with(new_id, old_id) ORDER BY old_id LIMIT 1").fetchone()
    if bad is not None:
        raise _mismatch(table, *bad)


def _mismatch(table: str, old_id: str, new_id: str | None) -> ValidationError:
    said = f"the id its fields give is {new_id}" if new_id else "it names no stored document"
    return ValidationError(
        f"migration 008: {table} row {old_id} cannot be given its 128-bit id ({said}); the "
        "warehouse was not written by filingcheck's loader, or was edited by hand. Move it "
        "aside and rebuild it from the raw store: filingcheck ingest --ticker T --offline")


def _checked(table: str, old_id: str, fields: tuple, compute) -> str:
    new_id = compute(*fields)
    if not new_id.startswith(old_id):
        raise _mismatch(table, old_id, new_id)
    return new_id


def _any_changed(conn) -> bool:
    return any(conn.execute(f"SELECT count(*) FROM {table} WHERE new_id <> old_id").fetchone()[0]
               for table in (_DOCUMENT_MAP, _FACT_MAP))


def _rewrite_table(conn, table: str, rekeyed: dict[str, str]) -> None:
    """Write ``table`` anew with the ``rekeyed`` columns mapped to their new ids, in its row
    order, with the same definition (``duckdb_tables().sql``: columns, defaults, primary key)
    and comments. Not an UPDATE: DuckDB updates a key as a delete and an insert per row, which
    took 5 times as long (438,400 facts: 72 s against 10 s, and a slower commit)."""
    here = "table_name = ? AND database_name = current_database() AND schema_name = 'main'"
    ddl, comment = conn.execute(f"SELECT sql, comment FROM duckdb_tables() WHERE {here}",
                                [table]).fetchone()
    column_comments = conn.execute(
        f"SELECT column_name, comment FROM duckdb_columns() WHERE {here} "
        "AND comment IS NOT NULL ORDER BY column_index", [table]).fetchall()
    maps = list(rekeyed.items())
    joins = " ".join(f"LEFT JOIN {map_table} AS m{n} ON m{n}.old_id = t.{column}"
                     for n, (column, map_table) in enumerate(maps))
    replace = ", ".join(f"coalesce(m{n}.new_id, t.{column}) AS {column}"
                        for n, (column, _) in enumerate(maps))
    conn.execute(f"CREATE TEMP TABLE _rekey_rows AS SELECT t.* REPLACE ({replace}) "
                 f"FROM {table} AS t {joins} ORDER BY t.rowid")
    # The views name the table, not its catalog entry: they read the new one.
    conn.execute(f"DROP TABLE {table}")
    conn.execute(ddl)
    conn.execute(f"INSERT INTO {table} SELECT * FROM _rekey_rows")
    conn.execute("DROP TABLE _rekey_rows")
    if comment:
        conn.execute(f"COMMENT ON TABLE {table} IS {_literal(comment)}")
    for column, text in column_comments:
        conn.execute(f"COMMENT ON COLUMN {table}.{column} IS {_literal(text)}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# --- verifications ----------------------------------------------------------------------------


def rekey_verifications(conn: duckdb.DuckDBPyConnection) -> None:
    """Verification ids from (run_id, claim_id); the fact ids their evidence cites, through the
    fact map (stored facts) or from the evidence's own fields (facts no longer stored)."""
    rows = conn.execute(
        "SELECT verification_id, run_id, claim_id, evidence_json, newer_evidence_json "
        "FROM verifications ORDER BY verification_id").fetchall()
    evidence = {(row[0], column): json.loads(text) if text else None
                for row in rows for column, text in zip(_EVIDENCE_COLUMNS, row[3:], strict=True)}
    items = [item for found in evidence.values() for item in found or ()]
    new_fact_ids = _cited_fact_ids(conn, items)
    changed = []
    for verification_id, run_id, claim_id, *texts in rows:
        new_id = _checked("verifications", verification_id, (run_id, claim_id),
                          make_verification_id)
        rewritten = [_rewrite(evidence[(verification_id, column)], text, new_fact_ids)
                     for column, text in zip(_EVIDENCE_COLUMNS, texts, strict=True)]
        if new_id != verification_id or rewritten != texts:
            changed.append((verification_id, new_id, *rewritten))
    if changed:
        _update_verifications(conn, changed)


def _rewrite(items: list[dict] | None, text: str | None, new_fact_ids: dict[str, str]
             ) -> str | None:
    if not items:
        return text
    renamed = [{**item, "fact_id": new_fact_ids.get(item["fact_id"], item["fact_id"])}
               for item in items]
    return text if renamed == items else to_json(renamed)


def _cited_fact_ids(conn, items: list[dict]) -> dict[str, str]:
    """Old id -> new id for every cited fact whose id can be recomputed."""
    cited = sorted({item["fact_id"] for item in items})
    if not cited:
        return {}
    conn.register("_rekey_cited", pd.DataFrame({"old_id": cited}, dtype=object))
    try:
        found = dict(conn.execute(
            f"SELECT c.old_id, m.new_id FROM _rekey_cited AS c JOIN {_FACT_MAP} AS m "
            "USING (old_id)").fetchall())
    finally:
        conn.unregister("_rekey_cited")
    orphans = [item for item in items if item["fact_id"] not in found]
    return found | _orphan_fact_ids(conn, orphans)


def _orphan_fact_ids(conn, orphans: list[dict]) -> dict[str, str]:
    """Ids of cited facts no longer stored, from what the evidence itself says of them: the id
    that the old one is a prefix of, among the document's filenames and the stored bases (the
    evidence does not say its fact's basis)."""
    if not orphans:
        return {}
    filenames = {(accession, url): name for accession, url, name in conn.execute(
        "SELECT accession, url, filename FROM documents").fetchall()}
    bases = [None] + [row[0] for row in conn.execute(
        "SELECT DISTINCT basis FROM facts WHERE basis IS NOT NULL ORDER BY basis").fetchall()]
    found = {}
    for item in orphans:
        old_id = item["fact_id"]
        if old_id in found or not all(item.get(k) for k in ("accession", "document_url", "value")):
            continue
        url = item["document_url"]
        names = {filenames.get((item["accession"], url)), _url_filename(url)} - {None}
        for name, basis in ((n, b) for n in sorted(names) for b in bases):
            new_id = fact_id_of(item["accession"], name, item.get("metric"), item.get("unit"),
                                _date(item.get("period_start")), _date(item.get("period_end")),
                                item.get("entity"), basis, Decimal(item["value"]))
            if new_id.startswith(old_id):
                found[old_id] = new_id
                break
    return found


def _url_filename(url: str) -> str | None:
    return unquote(PurePosixPath(urlsplit(url).path).name) or None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _update_verifications(conn, changed: list[tuple]) -> None:
    frame = pd.DataFrame(changed, columns=["old_id", "new_id", *_EVIDENCE_COLUMNS], dtype=object)
    conn.register(_VERIFICATION_FRAME, frame)
    try:
        conn.execute(
            "UPDATE verifications SET verification_id = m.new_id, "
            "evidence_json = m.evidence_json, newer_evidence_json = m.newer_evidence_json "
            f"FROM {_VERIFICATION_FRAME} AS m WHERE verifications.verification_id = m.old_id")
    finally:
        conn.unregister(_VERIFICATION_FRAME)
