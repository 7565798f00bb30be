"""Warehouse: migrations, idempotent and atomic filing loads, exact decimals, verifications."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

import duckdb
import pytest

import warehouse.load as load
import warehouse.runs as runs
from core.errors import NotFoundError, ValidationError
from core.facts import Fact, Source
from core.verdicts import Article, Claim, Evidence, Verification
from warehouse import connect
from warehouse.db import apply_migrations, list_migrations, read_schema_version
from warehouse.queries import count_rows, resolve_company, select_facts, select_filings
from warehouse.records import CompanyRecord, DocumentRecord, FilingRecord

CIK = 2021728
ACCESSION = "0001628280-26-029503"
PRIMARY = "cbrs-s1a.htm"


def make_filing(accession: str = ACCESSION, form: str = "S-1/A", filed: date | None = None):
    return FilingRecord(
        accession=accession,
        cik=CIK,
        form=form,
        filed_date=filed or date(2026, 5, 4),
        primary_document=PRIMARY,
        is_amendment=form.endswith("/A"),
        items="2.02,9.01" if form == "8-K" else None,
    )


def make_document(accession: str = ACCESSION, filename: str = PRIMARY) -> DocumentRecord:
    return DocumentRecord(
        accession=accession,
        filename=filename,
        exhibit_type="primary",
        url=f"https://www.sec.gov/Archives/edgar/data/{CIK}/{accession.replace('-', '')}/"
        f"{filename}",
        sha256="ab" * 32,
        bytes=1234,
    )


def cell(row: str, column: str = "2025", table: int = 3, text: str = "") -> Source:
    return Source(PRIMARY, "tables", "1.0", table=table, row=row, column=column, text=text)


def make_fact(metric: str, value: str, unit: str = "USD", **kwargs) -> Fact:
    kwargs.setdefault("period_start", date(2025, 1, 1))
    kwargs.setdefault("period_end", date(2025, 12, 31))
    kwargs.setdefault("sources", (cell(metric, text=value),))
    return Fact(metric=metric, value=Decimal(value), unit=unit, **kwargs)


def sample_facts(count: int = 0) -> list[tuple[str, Fact]]:
    """Figures covering the awkward cases, plus ``count`` filler facts for volume."""
    facts = [
        make_fact("revenue", "95359000000", decimals=-3),
        make_fact("net_income", "-481602000", decimals=-3),
        make_fact("eps_diluted", "1.38", unit="USD/share", decimals=2),
        make_fact(
            "customer_concentration", "62.0", unit="percent", entity="MBZUAI", basis="revenue",
            decimals=1,
            sources=(
                Source(PRIMARY, "concentration", "1.0", span=(1200, 1350), text="MBZUAI 62.0%"),
                cell("MBZUAI", text="62.0%", table=7),
            ),
        ),
        make_fact("shares_outstanding", "212965381", unit="shares", period_start=None,
                  period_end=date(2026, 5, 1), entity="total"),
    ]  # fmt: skip
    facts += [
        make_fact("revenue", str(1000 + n), period_start=date(2000 + n % 20, 1, 1),
                  period_end=date(2000 + n % 20, 3, 31), entity=f"segment {n}")
        for n in range(count)
    ]  # fmt: skip
    return [(PRIMARY, fact) for fact in facts]


def load_sample(conn, facts=None, accession: str = ACCESSION) -> str:
    run_id = runs.start_run(conn, "ingest", {"cik": CIK})
    load.load_filing(
        conn, make_filing(accession), [make_document(accession)],
        sample_facts() if facts is None else facts, run_id,
    )  # fmt: skip
    return run_id


# --- connect and migrations -------------------------------------------------------------------


def test_schema_applies_and_records_every_migration(db):
    versions = [row[0] for row in db.execute("SELECT version FROM schema_version").fetchall()]
    assert versions == [m.version for m in list_migrations()]
    assert versions[:2] == [1, 2]
    tables = set(count_rows(db))
    assert {"runs", "companies", "filings", "documents", "facts", "fact_sources", "claims",
            "verifications", "schema_version"} <= tables  # fmt: skip


def test_every_table_and_view_has_a_comment(db):
    tables = db.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall()
    views = db.execute(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
    ).fetchall()
    assert {name for name, _ in views} == {"timeseries", "fact_history", "fact_disagreements",
                                           "latest_verifications"}
    uncommented = [name for name, comment in tables + views if not comment]
    assert uncommented == []


def test_no_float_columns_anywhere(db):
    types = db.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND data_type IN ('FLOAT', 'DOUBLE', 'REAL')"
    ).fetchall()
    assert types == []


def test_connect_twice_applies_migrations_once(tmp_path):
    path = tmp_path / "nested" / "warehouse.duckdb"
    with connect(path) as conn:
        load_sample(conn)
        first = count_rows(conn)
    with connect(path) as conn:
        assert count_rows(conn) == first
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(
            list_migrations()
        )


def test_database_newer_than_code_is_refused(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    with connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (999, 'future', now()::TIMESTAMP)")
    with pytest.raises(ValidationError, match="upgrade filingcheck"):
        connect(path)
    with pytest.raises(ValidationError, match="upgrade filingcheck"):
        connect(path, read_only=True)


def test_read_only_on_missing_file_says_to_ingest(tmp_path):
    missing = tmp_path / "none.duckdb"
    with pytest.raises(NotFoundError, match="filingcheck ingest"):
        connect(missing, read_only=True)
    assert not missing.exists()


def test_old_database_migrates_forward_only_on_a_writable_connect(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    migrations = list_migrations()
    with duckdb.connect(str(path)) as raw:
        # A database as the previous release left it, with a filing in it.
        apply_migrations(raw, migrations[:-1])
        raw.execute("INSERT INTO filings (accession, cik, form, is_amendment, loaded_at) "
                    "VALUES ('a-1', 1, '10-Q', false, now()::TIMESTAMP)")  # fmt: skip
    with pytest.raises(ValidationError, match="run `filingcheck ingest` once"):
        connect(path, read_only=True)
    with connect(path) as conn:
        assert read_schema_version(conn) == migrations[-1].version
        assert conn.execute("SELECT accession FROM filings").fetchall() == [("a-1",)]


def test_read_only_connection_reads_a_current_database(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    with connect(path) as conn:
        load_sample(conn)
    with connect(path, read_only=True) as conn:
        assert len(select_facts(conn, CIK)) == len(sample_facts())


# --- loads ------------------------------------------------------------------------------------


def test_load_twice_gives_identical_rows(db):
    load_sample(db)
    first = count_rows(db)
    ids = db.execute("SELECT fact_id FROM facts ORDER BY fact_id").fetchall()
    load_sample(db)
    second = count_rows(db)
    assert {k: v for k, v in second.items() if k != "runs"} == {
        k: v for k, v in first.items() if k != "runs"
    }
    assert second["facts"] == 5 and second["fact_sources"] == 6
    assert db.execute("SELECT fact_id FROM facts ORDER BY fact_id").fetchall() == ids


def test_failure_midway_leaves_no_rows_then_reload_completes(db, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # Facts are already inserted when fact_sources fail: all of it must roll back.
    monkeypatch.setattr(load, "insert_fact_sources", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        load_sample(db)
    for table in ("filings", "documents", "facts"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert db.execute("SELECT count(*) FROM fact_sources").fetchone()[0] == 0
    assert not load.has_filing(db, ACCESSION)

    monkeypatch.undo()
    load_sample(db)
    assert load.has_filing(db, ACCESSION)
    assert db.execute("SELECT count(*) FROM fact_sources").fetchone()[0] == 6


def test_failed_reload_keeps_the_previous_load(db, monkeypatch):
    load_sample(db)
    before = count_rows(db)

    def fail(*args, **kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(load, "insert_facts", fail)
    with pytest.raises(RuntimeError):
        load_sample(db)
    after = count_rows(db)
    assert after["facts"] == before["facts"] and after["fact_sources"] == before["fact_sources"]


def test_decimal_round_trip_is_exact(db):
    load_sample(db)
    by_metric = {s.fact.metric: s.fact for s in select_facts(db, CIK) if s.fact.entity != "x"}
    assert by_metric["revenue"].value == Decimal("95359000000")
    assert str(by_metric["customer_concentration"].value) == "62.0"
    assert by_metric["net_income"].value == Decimal("-481602000")
    assert str(by_metric["eps_diluted"].value) == "1.38"
    assert all(isinstance(f.value, Decimal) for f in by_metric.values())
    stored = db.execute("SELECT value FROM facts WHERE metric = 'revenue'").fetchone()[0]
    assert stored == Decimal("95359000000") and isinstance(stored, Decimal)


def test_select_facts_rebuilds_every_source_and_filing(db):
    load_sample(db)
    [stored] = select_facts(db, CIK, metric="customer_concentration")
    assert stored.fact == sample_facts()[3][1]
    assert [s.extractor for s in stored.fact.sources] == ["concentration", "tables"]
    assert stored.fact.sources[0].span == (1200, 1350)
    assert stored.form == "S-1/A" and stored.filed_date == date(2026, 5, 4)
    assert stored.filename == PRIMARY and stored.document_url.endswith("/" + PRIMARY)
    first = db.execute(
        "SELECT extractor, locator, source_count FROM facts WHERE fact_id = ?", [stored.fact_id]
    ).fetchone()
    assert first == ("concentration", "chars 1200-1350", 2)


def test_duplicate_readings_in_one_document_fold_into_one_fact(db):
    fact = make_fact("revenue", "510000000")
    again = make_fact("revenue", "510.0E6", sources=(cell("Total revenue", table=9),))
    load_sample(db, [(PRIMARY, fact), (PRIMARY, again)])
    [stored] = select_facts(db, CIK)
    assert len(stored.fact.sources) == 2


def test_fact_naming_an_unknown_document_is_refused(db):
    with pytest.raises(ValidationError, match="ex99-1.htm"):
        load_sample(db, [("ex99-1.htm", make_fact("revenue", "1"))])
    assert count_rows(db)["filings"] == 0


def test_document_listed_twice_is_refused(db):
    run_id = runs.start_run(db, "ingest", {})
    with pytest.raises(ValidationError, match="listed twice"):
        load.load_filing(db, make_filing(), [make_document(), make_document()], [], run_id)


def test_two_thousand_facts_load(db):
    load_sample(db, sample_facts(2000))
    assert count_rows(db)["facts"] == 2005


def test_filings_round_trip(db):
    run_id = runs.start_run(db, "ingest", {})
    load.load_filing(db, make_filing("0000000000-26-000001", form="8-K"),
                     [make_document("0000000000-26-000001")], [], run_id)  # fmt: skip
    [filing] = select_filings(db, CIK)
    assert filing == make_filing("0000000000-26-000001", form="8-K")
    assert filing.items == "2.02,9.01"


def test_runs_record_start_and_finish(db):
    run_id = runs.start_run(db, "ingest", {"since": date(2024, 1, 1)})
    runs.finish_run(db, run_id, "ok", {"facts_loaded": 5, "value": Decimal("1.50")})
    status, args, summary, finished = db.execute(
        "SELECT status, args_json, summary_json, finished_at FROM runs WHERE run_id = ?", [run_id]
    ).fetchone()
    assert status == "ok" and finished is not None
    assert json.loads(args) == {"since": "2024-01-01"}
    assert json.loads(summary) == {"facts_loaded": 5, "value": "1.50"}
    with pytest.raises(ValidationError):
        runs.finish_run(db, "no-such-run", "ok", {})


def test_companies_upsert_and_resolve(db):
    load.upsert_company(db, CompanyRecord(CIK, "Cerebras Systems Inc.", "cbrs"))
    load.upsert_company(db, CompanyRecord(CIK, None, None))
    assert db.execute("SELECT name, ticker FROM companies").fetchall() == [
        ("Cerebras Systems Inc.", "CBRS")
    ]
    load.upsert_company(db, CompanyRecord(CIK, "Renamed"), keep_existing=True)
    assert db.execute("SELECT name FROM companies").fetchall() == [("Cerebras Systems Inc.",)]
    assert resolve_company(db, ticker="CBRS") == CIK
    assert resolve_company(db, cik=CIK) == CIK
    with pytest.raises(NotFoundError, match="filingcheck ingest --ticker NVDA"):
        resolve_company(db, ticker="nvda")
    with pytest.raises(NotFoundError, match="ingest --cik 1"):
        resolve_company(db, cik=1)
    with pytest.raises(ValidationError):
        resolve_company(db)


# --- verifications ----------------------------------------------------------------------------


def make_verification(claim_id: str, verdict: str, value: str, filed: str | None) -> Verification:
    claim = Claim(
        claim_id=claim_id, text=f"${value}", sentence=f"Revenue was ${value}.", span=(10, 20),
        value=Decimal(value), unit="USD", tolerance=Decimal("50000"), metric="revenue",
        period_label="2025", period_start=date(2025, 1, 1), period_end=date(2025, 12, 31),
    )  # fmt: skip
    evidence = Evidence(
        fact_id="f1", accession=ACCESSION, form="S-1/A", filed_date=date(2026, 5, 4),
        document_url="https://example.invalid/doc", locator='table 3, row "Revenue"',
        text="510,000", value=Decimal("510000000"), unit="USD", period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31), metric="revenue",
    )  # fmt: skip
    return Verification(
        claim=claim, verdict=verdict, filed_value=None if filed is None else Decimal(filed),
        delta=None if filed is None else Decimal(value) - Decimal(filed), evidence=(evidence,),
    )  # fmt: skip


def test_save_verifications_writes_claims_and_verdicts(db):
    article = Article(name="cerebras.txt", text="...", sha256="cd" * 32)
    run_id = runs.start_run(db, "verify", {})
    saved = load.save_verifications(
        db, run_id, article, CIK, [make_verification("c1", "drifted", "501000000", "510000000")]
    )
    assert saved == 1
    claim = db.execute("SELECT article_sha256, value, value_text, tolerance FROM claims").fetchone()
    assert claim == ("cd" * 32, Decimal("501000000"), "501000000", Decimal("50000"))
    verdict, filed, delta, evidence_json = db.execute(
        "SELECT verdict, filed_value, delta, evidence_json FROM verifications"
    ).fetchone()
    assert (verdict, filed, delta) == ("drifted", Decimal("510000000"), Decimal("-9000000"))
    [evidence] = json.loads(evidence_json)
    assert evidence["value"] == "510000000" and evidence["filed_date"] == "2026-05-04"


def test_saving_the_same_run_twice_replaces_its_rows(db):
    article = Article(name="a.txt", text="...", sha256="ef" * 32)
    run_id = runs.start_run(db, "verify", {})
    for _ in range(2):
        load.save_verifications(db, run_id, article, CIK,
                                [make_verification("c1", "supported", "1", "1")])  # fmt: skip
    assert count_rows(db)["claims"] == 1 and count_rows(db)["verifications"] == 1


def test_duplicate_claim_ids_are_refused(db):
    article = Article(name="a.txt", text="...", sha256="ef" * 32)
    twice = [make_verification("c1", "supported", "1", "1")] * 2
    with pytest.raises(ValidationError, match="c1"):
        load.save_verifications(db, "run", article, CIK, twice)


def test_claim_qualifier_is_stored(db):
    verification = make_verification("c1", "supported", "50", "50.4")
    claim = dataclasses.replace(verification.claim, qualifier="about")
    article = Article(name="a.txt", text="...", sha256="ef" * 32)
    load.save_verifications(
        db, "run", article, CIK, [dataclasses.replace(verification, claim=claim)]
    )
    assert db.execute("SELECT qualifier FROM claims").fetchall() == [("about",)]
