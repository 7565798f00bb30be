"""Writing to the warehouse: companies, one filing at a time, verification results.

A filing loads in ONE transaction that first deletes whatever that accession already has, so a
re-load is idempotent and a crash mid-load leaves the previous state (or nothing), never half a
filing. Facts go in as frames (one INSERT ... SELECT per table): a filing can have thousands.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import date, datetime
from decimal import Decimal

import duckdb
import pandas as pd

from core.errors import ValidationError
from core.facts import Fact, Source
from core.readings import resolve_readings
from core.verdicts import Article, Claim, Verification
from warehouse.db import utc_now
from warehouse.ids import make_document_id, make_fact_id, make_verification_id
from warehouse.records import CompanyRecord, DocumentRecord, FilingRecord

# DECIMAL(38, 6) holds 32 integer digits; anything larger is an extraction bug, not a figure.
MAX_ABS_VALUE = Decimal(10) ** 32

# Where a figure was read; a fact row carries its first source's, fact_sources every one.
SOURCE_COLUMNS = (
    "document_name", "extractor", "extractor_version", "locator", "table_index", "row_label",
    "column_label", "span_start", "span_end", "concept", "source_text",
)  # fmt: skip
FACT_COLUMNS = (
    "fact_id", "accession", "cik", "document_id", "fact_no", "metric", "value_text", "decimals",
    "unit", "period_start", "period_end", "entity", "basis", "is_conflict", "source_count",
    *SOURCE_COLUMNS, "resolution",
)  # fmt: skip
FACT_SOURCE_COLUMNS = ("fact_id", "source_no", *SOURCE_COLUMNS)
CLAIM_COLUMNS = (
    "claim_id", "run_id", "article_name", "article_sha256", "cik", "text", "sentence",
    "span_start", "span_end", "value", "value_text", "unit", "tolerance", "metric",
    "period_label", "period_start", "period_end", "entity", "basis", "cited_form", "cited_date",
    "not_checkable_reason", "qualifier",
)  # fmt: skip
VERIFICATION_COLUMNS = (
    "verification_id", "run_id", "claim_id", "verdict", "filed_value", "delta", "arithmetic",
    "reason", "newer_value", "evidence_json", "newer_evidence_json", "verified_at",
    "article_source", "cik",
)  # fmt: skip


# --- companies -----------------------------------------------------------------------------


def upsert_company(
    conn: duckdb.DuckDBPyConnection, company: CompanyRecord, keep_existing: bool = False
) -> None:
    """Insert or update a company; a missing name or ticker keeps the one already stored.

    ``keep_existing`` leaves a stored row untouched (``ingest --file`` knows only the CIK).
    """
    if keep_existing:
        conflict = "DO NOTHING"
    else:
        conflict = (
            "DO UPDATE SET name = coalesce(excluded.name, companies.name), "
            "ticker = coalesce(excluded.ticker, companies.ticker), "
            "updated_at = excluded.updated_at"
        )
    conn.execute(
        "INSERT INTO companies (cik, name, ticker, updated_at) VALUES (?, ?, ?, ?) "
        f"ON CONFLICT (cik) {conflict}",
        [company.cik, company.name, _upper(company.ticker), utc_now()],
    )


def has_filing(conn: duckdb.DuckDBPyConnection, accession: str) -> bool:
    row = conn.execute("SELECT 1 FROM filings WHERE accession = ?", [accession]).fetchone()
    return row is not None


def filing_cik(conn: duckdb.DuckDBPyConnection, accession: str) -> int | None:
    """The CIK of a stored filing, or None (for ``ingest --refetch`` without a company)."""
    row = conn.execute("SELECT cik FROM filings WHERE accession = ?", [accession]).fetchone()
    return None if row is None else int(row[0])


def stored_documents(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, int]]:
    """(accession, url, sha256, bytes) of every stored document, for `filingcheck check`."""
    return [tuple(row) for row in conn.execute(
        "SELECT accession, url, sha256, bytes FROM documents ORDER BY accession, url"
    ).fetchall()]


# --- filings ----------------------------------------------------------------------------------


def load_filing(
    conn: duckdb.DuckDBPyConnection,
    filing: FilingRecord,
    documents: list[DocumentRecord],
    facts: list[tuple[str, Fact]],
    run_id: str,
) -> int:
    """Replace everything stored for ``filing.accession``; returns the number of facts stored.

    ``facts`` pairs each fact with the filename of the document it came from, which must be one
    of ``documents``.
    """
    document_ids = _index_documents(filing, documents)
    fact_rows, source_rows = build_fact_rows(filing, document_ids, facts)
    with transaction(conn):
        delete_filing_rows(conn, filing.accession)
        insert_filing(conn, filing, run_id)
        insert_documents(conn, documents)
        insert_facts(conn, fact_rows)
        insert_fact_sources(conn, source_rows)
    return len(fact_rows)


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK and re-raise whatever went wrong."""
    conn.begin()
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def delete_filing_rows(conn: duckdb.DuckDBPyConnection, accession: str) -> None:
    conn.execute(
        "DELETE FROM fact_sources WHERE fact_id IN (SELECT fact_id FROM facts WHERE accession = ?)",
        [accession],
    )
    for table in ("facts", "documents", "filings"):
        conn.execute(f"DELETE FROM {table} WHERE accession = ?", [accession])


# The columns a load writes to ``filings``; a warehouse before migration 009 has all but
# ``registrant_name`` (tests/test_wide_ids.py builds one with them).
FILING_COLUMNS = ("accession", "cik", "form", "filed_date", "report_date", "file_number",
                  "primary_document", "items", "is_amendment", "is_xbrl", "registrant_name",
                  "run_id", "loaded_at")


def insert_filing(conn: duckdb.DuckDBPyConnection, filing: FilingRecord, run_id: str) -> None:
    values = {
        "accession": filing.accession, "cik": filing.cik, "form": filing.form,
        "filed_date": filing.filed_date, "report_date": filing.report_date,
        "file_number": filing.file_number, "primary_document": filing.primary_document,
        "items": _items_text(filing.items), "is_amendment": bool(filing.is_amendment),
        "is_xbrl": bool(filing.is_xbrl), "registrant_name": filing.registrant_name,
        "run_id": run_id, "loaded_at": utc_now()}
    conn.execute(
        f"INSERT INTO filings ({', '.join(FILING_COLUMNS)}) "
        f"VALUES ({', '.join('?' for _ in FILING_COLUMNS)})",
        [values[column] for column in FILING_COLUMNS],
    )


def insert_documents(conn: duckdb.DuckDBPyConnection, documents: list[DocumentRecord]) -> None:
    rows = [
        [make_document_id(d.accession, d.filename), d.accession, d.filename, d.exhibit_type,
         d.url, d.sha256, d.bytes]
        for d in documents
    ]  # fmt: skip
    if rows:
        conn.executemany(
            "INSERT INTO documents (document_id, accession, filename, exhibit_type, url, "
            "sha256, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def insert_facts(conn: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS), dtype=object)
    # Values travel as text and are cast in SQL, so no float ever touches them.
    select = ", ".join(
        "CAST(value_text AS DECIMAL(38, 6)), value_text" if c == "value_text" else _cast(c)
        for c in FACT_COLUMNS
    )
    columns = ", ".join("value, value_text" if c == "value_text" else c for c in FACT_COLUMNS)
    _insert_frame(conn, "facts", columns, select, frame)


def insert_fact_sources(conn: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=list(FACT_SOURCE_COLUMNS), dtype=object)
    select = ", ".join(_cast(c) for c in FACT_SOURCE_COLUMNS)
    _insert_frame(conn, "fact_sources", ", ".join(FACT_SOURCE_COLUMNS), select, frame)


def build_fact_rows(
    filing: FilingRecord, document_ids: dict[str, str], facts: list[tuple[str, Fact]]
) -> tuple[list[tuple], list[tuple]]:
    """Rows for facts and fact_sources; readings with the same id fold into one fact."""
    merged: dict[str, tuple[str, Fact]] = {}
    for filename, fact in facts:
        _check_fact(filing, document_ids, filename, fact)
        fact_id = make_fact_id(filing.accession, filename, fact)
        if fact_id in merged:
            kept = merged[fact_id][1]
            extra = tuple(s for s in fact.sources if s not in kept.sources)
            fact = replace(kept, sources=kept.sources + extra, is_conflict=kept.is_conflict)
        merged[fact_id] = (filename, fact)
    fact_rows, source_rows = [], []
    # One truth per figure: how the filing's readings of each figure resolved (all documents
    # of the filing together: a 10-Q's tags decide for its EX-99.1's tables too).
    resolutions = resolve_readings(fact for _, fact in merged.values())
    for fact_no, (fact_id, (filename, fact)) in enumerate(merged.items()):
        fact_rows.append(_fact_row(filing, fact_id, document_ids[filename], fact_no, fact)
                         + (resolutions[fact_no],))
        for source_no, source in enumerate(fact.sources):
            source_rows.append((fact_id, source_no, *_source_fields(source)))
    return fact_rows, source_rows


def _fact_row(
    filing: FilingRecord, fact_id: str, document_id: str, fact_no: int, fact: Fact
) -> tuple:
    first = _source_fields(fact.sources[0]) if fact.sources else (None,) * len(SOURCE_COLUMNS)
    return (
        fact_id, filing.accession, filing.cik, document_id, fact_no, fact.metric,
        decimal_text(fact.value), fact.decimals, fact.unit, _iso(fact.period_start),
        _iso(fact.period_end), fact.entity, fact.basis, bool(fact.is_conflict),
        len(fact.sources), *first,
    )  # fmt: skip


def _source_fields(source: Source) -> tuple:
    span_start, span_end = source.span if source.span is not None else (None, None)
    return (
        source.document, source.extractor, source.extractor_version, source.locator() or None,
        source.table, source.row, source.column, span_start, span_end, source.concept,
        source.text,
    )  # fmt: skip


def _index_documents(filing: FilingRecord, documents: list[DocumentRecord]) -> dict[str, str]:
    ids = {}
    for document in documents:
        if document.accession != filing.accession:
            raise ValidationError(
                f"document {document.filename} belongs to {document.accession}, not to the "
                f"filing being loaded ({filing.accession})"
            )
        if document.filename in ids:
            raise ValidationError(
                f"document {document.filename} is listed twice for {filing.accession}; "
                "pass each document once"
            )
        ids[document.filename] = make_document_id(document.accession, document.filename)
    return ids


def _check_fact(
    filing: FilingRecord, document_ids: dict[str, str], filename: str, fact: Fact
) -> None:
    if filename not in document_ids:
        raise ValidationError(
            f"a {fact.metric} fact of {filing.accession} names document {filename!r}, which is "
            f"not among the filing's documents ({sorted(document_ids)}); pass its DocumentRecord"
        )
    if abs(fact.value) >= MAX_ABS_VALUE:
        raise ValidationError(
            f"{fact.metric} value {fact.value} in {filename} is too large to be a filed figure "
            f"(limit 10^32); check the extractor's scale"
        )


# --- verifications ----------------------------------------------------------------------------


def save_verifications(
    conn: duckdb.DuckDBPyConnection,
    run_id: str,
    article: Article,
    cik: int | None,
    verifications: list[Verification],
    source: str | None = None,
) -> int:
    """Store the article's claims (latest run wins) and this run's verdicts; returns the count.

    ``source`` is where the article was read (pipeline.history.article_source): its history
    follows it across edits of the text.
    """
    if not verifications:
        return 0
    counts = Counter(v.claim.claim_id for v in verifications)
    duplicates = sorted(c for c, n in counts.items() if n > 1)
    if duplicates:
        raise ValidationError(f"claim ids must be unique within an article; repeated: {duplicates}")
    verified_at = utc_now()
    claim_rows = [_claim_row(run_id, article, cik, v.claim) for v in verifications]
    verification_rows = [_verification_row(run_id, v, verified_at) + [source, cik]
                         for v in verifications]
    with transaction(conn):
        conn.executemany(_insert_or_replace("claims", CLAIM_COLUMNS), claim_rows)
        conn.executemany(
            _insert_or_replace("verifications", VERIFICATION_COLUMNS), verification_rows
        )
    return len(verifications)


def _claim_row(run_id: str, article: Article, cik: int | None, claim: Claim) -> list:
    span_start, span_end = claim.span if claim.span is not None else (None, None)
    return [
        claim.claim_id, run_id, article.name, article.sha256, cik, claim.text, claim.sentence,
        span_start, span_end, claim.value, decimal_text(claim.value), claim.unit,
        claim.tolerance, claim.metric, claim.period_label, claim.period_start, claim.period_end,
        claim.entity, claim.basis, claim.cited_form, claim.cited_date, claim.not_checkable_reason,
        claim.qualifier,
    ]  # fmt: skip


def _verification_row(run_id: str, v: Verification, verified_at: datetime) -> list:
    return [
        make_verification_id(run_id, v.claim.claim_id), run_id, v.claim.claim_id, v.verdict,
        v.filed_value, v.delta, v.arithmetic, v.reason, v.newer_value,
        to_json([asdict(e) for e in v.evidence]),
        to_json([asdict(e) for e in v.newer_evidence]), verified_at,
    ]  # fmt: skip


def _insert_or_replace(table: str, columns: tuple[str, ...]) -> str:
    # Re-verifying an article rewrites its claims (same ids) and this run's verdicts.
    marks = ", ".join("?" * len(columns))
    return f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({marks})"


# --- helpers ----------------------------------------------------------------------------------


def to_json(value: object) -> str:
    """JSON with Decimal as its exact string and dates/times in ISO form."""
    return json.dumps(value, default=_json_default, sort_keys=True, ensure_ascii=False)


def decimal_text(value: Decimal | None) -> str | None:
    """The value as plain decimal text, keeping its stated precision ('62.0', never '6.20E+1')."""
    return None if value is None else format(value, "f")


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} as JSON: {value!r}")


def _insert_frame(
    conn: duckdb.DuckDBPyConnection, table: str, columns: str, select: str, frame: pd.DataFrame
) -> None:
    view_name = f"_load_{table}_frame"
    conn.register(view_name, frame)
    try:
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {select} FROM {view_name}")
    finally:
        conn.unregister(view_name)


_CASTS = {
    "cik": "BIGINT", "fact_no": "INTEGER", "decimals": "INTEGER", "period_start": "DATE",
    "period_end": "DATE", "is_conflict": "BOOLEAN", "source_count": "INTEGER",
    "source_no": "INTEGER", "table_index": "INTEGER", "span_start": "INTEGER",
    "span_end": "INTEGER",
}  # fmt: skip


def _cast(column: str) -> str:
    # Frames are object-typed (no NaN for missing ints); every column gets its SQL type here.
    return f"CAST({column} AS {_CASTS.get(column, 'VARCHAR')})"


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _items_text(items: object) -> str | None:
    if items is None or isinstance(items, str):
        return items or None
    return ",".join(str(item) for item in items) or None


def _upper(ticker: str | None) -> str | None:
    return ticker.strip().upper() if ticker else None
