"""Reading from the warehouse: companies, facts with every source, filings, series, history.

Values come back as ``Decimal``: facts are rebuilt from ``value_text`` (keeping the stated
precision, '62.0'), and frames are built from fetched rows rather than DuckDB's pandas export,
which would turn DECIMAL columns into floats.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import duckdb
import pandas as pd

from core.errors import NotFoundError, ValidationError
from core.facts import Fact, Source
from warehouse.records import CompanyRecord, FilingRecord, StoredFact

# A quarter is 89-92 days; the margin absorbs 52/53-week fiscal calendars.
QUARTER_MIN_DAYS = 80
QUARTER_MAX_DAYS = 100

_FACT_SELECT = """
SELECT f.fact_id, f.metric, f.value_text, f.unit, f.period_start, f.period_end, f.entity,
       f.basis, f.decimals, f.is_conflict, f.cik, f.accession, fi.form, fi.filed_date,
       d.filename, d.url, f.resolution
FROM facts AS f
JOIN filings AS fi ON fi.accession = f.accession
JOIN documents AS d ON d.document_id = f.document_id
WHERE f.cik = ? AND (? IS NULL OR f.metric = ?)
ORDER BY fi.filed_date NULLS FIRST, f.accession, f.fact_no
"""

_SOURCE_SELECT = """
SELECT s.fact_id, s.document_name, s.extractor, s.extractor_version, s.table_index,
       s.row_label, s.column_label, s.span_start, s.span_end, s.source_text, s.concept
FROM fact_sources AS s
JOIN facts AS f ON f.fact_id = s.fact_id
WHERE f.cik = ? AND (? IS NULL OR f.metric = ?)
ORDER BY s.fact_id, s.source_no
"""


def resolve_company(
    conn: duckdb.DuckDBPyConnection, ticker: str | None = None, cik: int | None = None
) -> int:
    """The CIK of a company the warehouse holds, from its ticker or CIK."""
    if cik is not None:
        return _require_cik(conn, int(cik))
    if not ticker:
        raise ValidationError("name the company with a ticker or a CIK (--ticker T or --cik N)")
    row = conn.execute(
        "SELECT cik FROM companies WHERE upper(ticker) = ? ORDER BY updated_at DESC LIMIT 1",
        [ticker.strip().upper()],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            f"no company with ticker {ticker.upper()} in the warehouse; run "
            f"`filingcheck ingest --ticker {ticker.upper()}` first"
        )
    return row[0]


def select_company(conn: duckdb.DuckDBPyConnection, cik: int) -> CompanyRecord | None:
    """The stored company (name and ticker as EDGAR lists them), or None."""
    row = conn.execute("SELECT cik, name, ticker FROM companies WHERE cik = ?", [cik]).fetchone()
    return CompanyRecord(cik=row[0], name=row[1], ticker=row[2]) if row else None


def select_filer_names(conn: duckdb.DuckDBPyConnection, cik: int) -> tuple[str, ...]:
    """The names the company goes by: its filings' covers' registrant names, newest filed
    first, then EDGAR's name and ticker for it; each once, none empty."""
    rows = conn.execute(
        "SELECT registrant_name FROM filings WHERE cik = ? AND registrant_name IS NOT NULL "
        "GROUP BY registrant_name ORDER BY max(filed_date) DESC NULLS LAST, registrant_name",
        [cik],
    ).fetchall()
    company = conn.execute("SELECT name, ticker FROM companies WHERE cik = ?", [cik]).fetchone()
    names = [row[0] for row in rows] + list(company or ())
    return tuple(dict.fromkeys(name for name in names if name))


def select_facts(
    conn: duckdb.DuckDBPyConnection, cik: int, metric: str | None = None
) -> list[StoredFact]:
    """Every stored fact of the company (optionally one metric), each with all its sources."""
    sources = _select_sources(conn, cik, metric)
    rows = conn.execute(_FACT_SELECT, [cik, metric, metric]).fetchall()
    return [_stored_fact(row, sources.get(row[0], ())) for row in rows]


def select_filings(conn: duckdb.DuckDBPyConnection, cik: int) -> list[FilingRecord]:
    """The company's loaded filings, oldest first."""
    columns = ("accession", "cik", "form", "filed_date", "report_date", "file_number",
               "primary_document", "is_amendment", "items", "is_xbrl")  # fmt: skip
    rows = conn.execute(
        f"SELECT {', '.join(columns)} FROM filings WHERE cik = ? "
        "ORDER BY filed_date NULLS FIRST, accession",
        [cik],
    ).fetchall()
    return [FilingRecord(**dict(zip(columns, row, strict=True))) for row in rows]


def select_series(
    conn: duckdb.DuckDBPyConnection, cik: int, metric: str, quarterly: bool = False
) -> pd.DataFrame:
    """The latest-filed value of each period of a metric, sorted by period_end.

    ``quarterly`` keeps periods of 80-100 days and instant (as-of) figures such as share counts,
    which are stated at quarter ends; without it every period is returned.
    """
    sql = (
        "SELECT period_start, period_end, date_diff('day', period_start, period_end) AS "
        "period_days, entity, basis, value, value_text, unit, form, filed_date, accession, "
        "fact_id, is_conflict FROM timeseries WHERE cik = ? AND metric = ?"
    )
    if quarterly:
        sql += (
            " AND (period_start IS NULL OR date_diff('day', period_start, period_end) "
            f"BETWEEN {QUARTER_MIN_DAYS} AND {QUARTER_MAX_DAYS})"
        )
    sql += " ORDER BY period_end NULLS FIRST, period_start NULLS FIRST, entity, basis, unit"
    return _with_exact_values(_fetch_frame(conn, sql, [cik, metric]))


def select_fact_history(conn: duckdb.DuckDBPyConnection, cik: int, metric: str) -> pd.DataFrame:
    """Every value ever filed for each figure of a metric, in filing order."""
    sql = (
        "SELECT period_start, period_end, entity, basis, unit, value_no, value, value_text, "
        "previous_value_text, is_restated, is_superseded, form, filed_date, accession, fact_id, "
        "is_conflict FROM fact_history WHERE cik = ? AND metric = ? "
        "ORDER BY period_end NULLS FIRST, period_start NULLS FIRST, entity, basis, unit, value_no"
    )
    frame = _with_exact_values(_fetch_frame(conn, sql, [cik, metric]))
    frame["previous_value"] = [_decimal_or_none(t) for t in frame.pop("previous_value_text")]
    return frame


def select_previous_verifications(
    conn: duckdb.DuckDBPyConnection, article_sha256: str, before_run_id: str | None = None
) -> list[dict]:
    """The verdicts of the latest earlier run that verified this article, one dict per claim.

    With ``before_run_id``, runs at or after that run are ignored (it is the current run, whose
    verdicts may already be saved). Empty when the article was never verified before.
    """
    run_id = _previous_run_id(conn, article_sha256, before_run_id)
    if run_id is None:
        return []
    cursor = conn.execute(
        "SELECT v.run_id, v.verified_at, v.claim_id, c.text, c.sentence, c.metric, "
        "c.period_label, c.entity, c.value, c.unit, v.verdict, v.filed_value, v.delta, "
        "v.newer_value, v.reason, v.arithmetic, v.evidence_json, v.newer_evidence_json "
        "FROM verifications AS v JOIN claims AS c ON c.claim_id = v.claim_id "
        "WHERE v.run_id = ? AND c.article_sha256 = ? ORDER BY c.span_start, v.claim_id",
        [run_id, article_sha256],
    )
    names = [d[0] for d in cursor.description]
    results = []
    for row in cursor.fetchall():
        record = dict(zip(names, row, strict=True))
        record["evidence"] = json.loads(record.pop("evidence_json") or "[]")
        record["newer_evidence"] = json.loads(record.pop("newer_evidence_json") or "[]")
        results.append(record)
    return results


def select_figures(conn: duckdb.DuckDBPyConnection, cik: int) -> dict[tuple, tuple[str, ...]]:
    """Every figure the company's filings state, with the values its readings give.

    Keyed by (accession, form, metric, entity, basis, unit, period_start, period_end); the values
    are those of the readings that count (overruled ones left out), as filed ('62.0'). What a
    re-extraction is compared on: a figure appears, goes, or reads another value.
    """
    rows = conn.execute(
        "SELECT f.accession, fi.form, f.metric, f.entity, f.basis, f.unit, f.period_start, "
        "f.period_end, list(DISTINCT f.value_text ORDER BY f.value_text) "
        "FROM facts AS f JOIN filings AS fi ON fi.accession = f.accession "
        "WHERE f.cik = ? AND f.resolution <> 'overruled' GROUP BY ALL",
        [cik],
    ).fetchall()
    return {tuple(row[:8]): tuple(row[8]) for row in rows}


def count_facts(conn: duckdb.DuckDBPyConnection, cik: int) -> int:
    """How many fact rows (readings) the warehouse holds for the company."""
    return conn.execute("SELECT count(*) FROM facts WHERE cik = ?", [cik]).fetchone()[0]


def select_baseline_verifications(
    conn: duckdb.DuckDBPyConnection, article_source: str, article_sha256: str, cik: int,
    before_run_id: str | None = None,
) -> list[dict]:
    """The verdicts a new verification of an article is compared with, one dict per claim.

    The article is the one at ``article_source`` (rows saved before sources were kept count
    when they read the same text), checked against ``cik``. The run compared with is the last
    that verified it before the latest ingest that loaded a filing of the company, so what new
    filings changed keeps showing after a verification ran; when every verification came after
    that ingest, the latest of them. ``before_run_id`` leaves out that run and later ones (the
    current run, whose verdicts may be saved already). Empty when it was never verified.
    """
    runs = [row[0] for row in conn.execute(
        "SELECT v.run_id FROM verifications AS v JOIN claims AS c ON c.claim_id = v.claim_id "
        "WHERE (v.article_source = ? OR (v.article_source IS NULL AND c.article_sha256 = ?)) "
        "AND coalesce(v.cik, c.cik) = ? AND (? IS NULL OR v.run_id < ?) "
        "GROUP BY v.run_id ORDER BY v.run_id DESC",
        [article_source, article_sha256, cik, before_run_id, before_run_id],
    ).fetchall()]
    if not runs:
        return []
    # Run ids sort by start time (warehouse.ids.make_run_id), across commands.
    loaded = conn.execute("SELECT max(run_id) FROM filings WHERE cik = ?", [cik]).fetchone()[0]
    chosen = next((run for run in runs if loaded is not None and run < loaded), runs[0])
    cursor = conn.execute(
        "SELECT v.run_id, v.verified_at, v.claim_id, c.article_sha256, c.span_start, c.text, "
        "c.sentence, c.metric, c.period_label, c.entity, c.value, c.unit, v.verdict, "
        "v.filed_value, v.delta, v.newer_value, v.reason, v.arithmetic, r.started_at AS "
        "loaded_at FROM verifications AS v JOIN claims AS c ON c.claim_id = v.claim_id "
        "LEFT JOIN runs AS r ON r.run_id = ? "
        "WHERE v.run_id = ? AND (v.article_source = ? OR (v.article_source IS NULL AND "
        "c.article_sha256 = ?)) ORDER BY c.span_start, v.claim_id",
        [loaded if loaded is not None and chosen < loaded else None, chosen, article_source,
         article_sha256],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def select_text_first_verified(
    conn: duckdb.DuckDBPyConnection, article_source: str, article_sha256: str,
    before_run_id: str | None = None,
) -> datetime | None:
    """When the article at ``article_source`` was first verified with this very text (the
    first run that saw its current version), or None when no earlier run did."""
    row = conn.execute(
        "SELECT min(v.verified_at) FROM verifications AS v JOIN claims AS c "
        "ON c.claim_id = v.claim_id WHERE v.article_source = ? AND c.article_sha256 = ? "
        "AND (? IS NULL OR v.run_id < ?)",
        [article_source, article_sha256, before_run_id, before_run_id],
    ).fetchone()
    return row[0] if row else None


def select_document_sha256(conn: duckdb.DuckDBPyConnection, url: str) -> str | None:
    """The raw-store address of the document fetched from ``url``, or None."""
    row = conn.execute("SELECT sha256 FROM documents WHERE url = ? LIMIT 1", [url]).fetchone()
    return row[0] if row else None


def count_rows(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every warehouse table, by table name."""
    tables = conn.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name"
    ).fetchall()
    # Names come from the catalog, not from user input; quoting keeps odd names safe anyway.
    return {
        name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for (name,) in tables
    }


def _require_cik(conn: duckdb.DuckDBPyConnection, cik: int) -> int:
    row = conn.execute(
        "SELECT 1 FROM companies WHERE cik = ? UNION ALL SELECT 1 FROM filings WHERE cik = ? "
        "LIMIT 1",
        [cik, cik],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            f"no company with CIK {cik} in the warehouse; run `filingcheck ingest --cik {cik}` "
            "first"
        )
    return cik


def _previous_run_id(
    conn: duckdb.DuckDBPyConnection, article_sha256: str, before_run_id: str | None
) -> str | None:
    # Run ids sort by start time (warehouse.ids.make_run_id), so "earlier" is "smaller id".
    row = conn.execute(
        "SELECT v.run_id FROM verifications AS v JOIN claims AS c ON c.claim_id = v.claim_id "
        "WHERE c.article_sha256 = ? AND (? IS NULL OR v.run_id < ?) "
        "GROUP BY v.run_id ORDER BY max(v.verified_at) DESC, v.run_id DESC LIMIT 1",
        [article_sha256, before_run_id, before_run_id],
    ).fetchone()
    return None if row is None else row[0]


def _select_sources(
    conn: duckdb.DuckDBPyConnection, cik: int, metric: str | None
) -> dict[str, tuple[Source, ...]]:
    by_fact: dict[str, list[Source]] = defaultdict(list)
    for row in conn.execute(_SOURCE_SELECT, [cik, metric, metric]).fetchall():
        fact_id, document, extractor, version, table, row_label, column, start, end = row[:9]
        text, concept = row[9], row[10]
        span = (start, end) if start is not None and end is not None else None
        by_fact[fact_id].append(
            Source(document, extractor, version, table, row_label, column, span, text or "",
                   concept)
        )  # fmt: skip
    return {fact_id: tuple(sources) for fact_id, sources in by_fact.items()}


def _stored_fact(row: tuple, sources: tuple[Source, ...]) -> StoredFact:
    (fact_id, metric, value_text, unit, period_start, period_end, entity, basis, decimals,
     is_conflict, cik, accession, form, filed_date, filename, url, resolution) = row  # fmt: skip
    fact = Fact(
        metric=metric,
        value=Decimal(value_text),
        unit=unit,
        period_start=period_start,
        period_end=period_end,
        entity=entity,
        basis=basis,
        decimals=decimals,
        sources=sources,
        is_conflict=is_conflict,
    )
    return StoredFact(fact_id, fact, cik, accession, form, filed_date, filename, url,
                      resolution or "sole")


def _fetch_frame(conn: duckdb.DuckDBPyConnection, sql: str, params: list) -> pd.DataFrame:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    # Object columns keep Decimal values exact (fetchdf would give float64).
    return pd.DataFrame(cursor.fetchall(), columns=names, dtype=object)


def _with_exact_values(frame: pd.DataFrame) -> pd.DataFrame:
    # DECIMAL(38, 6) pads to six places; value_text is the value as the filing stated it.
    frame["value"] = [_decimal_or_none(t) for t in frame["value_text"]]
    return frame


def _decimal_or_none(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def select_documents(conn: duckdb.DuckDBPyConnection, cik: int) -> list[tuple]:
    """(accession, form, filed_date, url, sha256, period_end) of every stored document of the
    company, oldest filing first; ``period_end`` is the period end most of its facts are for
    (the period the document reports: a 10-K's facts of a later date, a debt maturity or a
    subsequent event, are few), None when it holds no fact."""
    return [tuple(row) for row in conn.execute(
        "SELECT d.accession, f.form, f.filed_date, d.url, d.sha256, "
        "(SELECT mode(x.period_end) FROM facts x WHERE x.document_id = d.document_id) "
        "FROM documents d JOIN filings f ON f.accession = d.accession WHERE f.cik = ? "
        "ORDER BY f.filed_date NULLS FIRST, d.accession, d.url", [cik]).fetchall()]
