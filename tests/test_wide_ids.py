"""Issue 16, item 6: row ids are 128 bits, and migration 008 upgrades a warehouse of 64-bit ids.

A warehouse is built by the old code path (ids 16 hex characters wide, schema at migration 007):
the Cerebras fixtures ingested over HTTP from the test EDGAR, a real corpus filing loaded as
`ingest --file` loads it, and the project's Cerebras article verified. Opening it with the
current code migrates it; it must then equal, row for row, a warehouse the current code builds
from the same inputs (evidence included). Clocks and run ids are fixed for both builds, so the
only difference the old path makes is the width of its ids.
"""

from __future__ import annotations

import json
import shutil
import string
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from itertools import count

import duckdb
import pytest

from core.errors import ValidationError
from core.facts import Fact
from pipeline import ingest
from pipeline.verify.api import verify_article_source
from tests.conftest import FIXTURES, corpus_file
from tests.edgar_server import EdgarTestServer
from warehouse import connect, db, ids, load, queries, runs
from warehouse.queries import count_rows

ARTICLE = FIXTURES / "articles" / "cerebras-ipo.md"
REAL_FILING = "dev/8-K_FLWS_2023-12-14.html"  # 1-800-FLOWERS.COM's earnings release
REAL_CIK = 1084869
OLD_WIDTH, NEW_WIDTH = 16, 32
OLD_VERSION = 7
# Every table, in full; schema_version without the time each migration was applied.
TABLES = {
    "runs": "*", "companies": "*", "filings": "*", "documents": "*", "facts": "*",
    "fact_sources": "*", "claims": "*", "verifications": "*", "schema_version": "version, name",
}  # fmt: skip
VIEWS = ("timeseries", "fact_history", "fact_disagreements", "latest_verifications")
# The schema itself: definitions, columns, keys, comments (migration 008 writes tables anew).
SCHEMA = {
    "schema:tables": "SELECT table_name, sql, comment FROM duckdb_tables() ORDER BY table_name",
    "schema:columns": "SELECT table_name, column_name, column_index, data_type, column_default, "
                      "is_nullable, comment FROM duckdb_columns() ORDER BY ALL",
    "schema:constraints": "SELECT table_name, constraint_type, constraint_column_names "
                          "FROM duckdb_constraints() ORDER BY ALL",
    "schema:views": "SELECT view_name, sql, comment FROM duckdb_views() WHERE NOT internal "
                    "ORDER BY view_name",
    "schema:macros": "SELECT function_name, macro_definition FROM duckdb_functions() "
                     "WHERE function_type = 'macro' AND NOT internal ORDER BY ALL",
}  # fmt: skip


@pytest.fixture(scope="module")
def http_edgar():
    # One server for both builds: the raw store and documents.url name its host and port.
    server = EdgarTestServer()
    try:
        yield server
    finally:
        server.close()


def build(settings) -> None:
    """Ingest the Cerebras fixtures, load a real filing, verify the Cerebras article."""
    summary = ingest.ingest_company(settings, ticker="CBRS")
    assert summary.failures == [] and summary.filings_new > 0
    ingest.ingest_file(settings, corpus_file(REAL_FILING), cik=REAL_CIK, form="8-K")
    outcome = verify_article_source(settings, str(ARTICLE), ticker="CBRS")
    assert outcome.failures == []


def fixed_clock(patch: pytest.MonkeyPatch) -> None:
    """Run ids and wall-clock columns the same in every build."""
    run_numbers = count(1)
    patch.setattr(runs, "make_run_id", lambda: f"20260101T000000{next(run_numbers):06d}-fixed")
    for module in (load, runs):
        patch.setattr(module, "utc_now", lambda: datetime(2026, 1, 1))


def as_old_code(patch: pytest.MonkeyPatch) -> None:
    """The code before issue 16: 64-bit ids, migrations up to 007."""
    old = [m for m in db.list_migrations() if m.version <= OLD_VERSION]
    patch.setattr(ids, "ID_HEX_CHARS", OLD_WIDTH)
    # (nor the filings' registrant names of migration 009, which the old loads never wrote)
    patch.setattr(load, "FILING_COLUMNS", tuple(c for c in load.FILING_COLUMNS
                                                if c != "registrant_name"))
    patch.setattr(queries, "select_filer_names", lambda conn, cik: ())
    patch.setattr(db, "list_migrations", lambda *args, **kwargs: old)


@pytest.fixture(scope="module")
def fresh(http_edgar, tmp_path_factory):
    settings = http_edgar.settings(tmp_path_factory.mktemp("fresh") / "data")
    with pytest.MonkeyPatch.context() as patch:
        fixed_clock(patch)
        build(settings)
    return settings


@pytest.fixture(scope="module")
def old_template(http_edgar, tmp_path_factory):
    """The data dir as the old code leaves it; tests work on copies."""
    settings = http_edgar.settings(tmp_path_factory.mktemp("old") / "data")
    with pytest.MonkeyPatch.context() as patch:
        fixed_clock(patch)
        as_old_code(patch)
        build(settings)
    return settings


@pytest.fixture()
def old(old_template, http_edgar, tmp_path):
    copy = old_template.with_(data_dir=tmp_path / "data")
    shutil.copytree(old_template.data_dir, copy.data_dir)
    http_edgar.clear()
    return copy


def snapshot(path) -> dict[str, list[tuple]]:
    """Every row of every table and view, sorted, read without migrating."""
    with duckdb.connect(str(path), read_only=True) as conn:
        tables = {name: sorted(conn.execute(f"SELECT {columns} FROM {name}").fetchall(),
                               key=repr)
                  for name, columns in TABLES.items()}
        views = {name: sorted(conn.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
                 for name in VIEWS}
        schema = {name: conn.execute(query).fetchall() for name, query in SCHEMA.items()}
    return tables | views | schema


def id_widths(rows: dict[str, list[tuple]], path) -> set[int]:
    with duckdb.connect(str(path), read_only=True) as conn:
        found = conn.execute(
            "SELECT DISTINCT length(document_id) FROM documents UNION "
            "SELECT DISTINCT length(fact_id) FROM facts UNION "
            "SELECT DISTINCT length(fact_id) FROM fact_sources UNION "
            "SELECT DISTINCT length(verification_id) FROM verifications").fetchall()
    cited = {len(item["fact_id"]) for row in rows["verifications"] for text in row[9:11]
             for item in json.loads(text or "[]")}
    return {width for (width,) in found} | cited


def upgrade(settings) -> None:
    with connect(settings.db_path) as conn:
        assert db.read_schema_version(conn) == db.list_migrations()[-1].version


def test_an_id_is_128_bits_of_the_fields_with_one_spelling_per_value():
    revenue = Fact("revenue", Decimal("62.0"), "USD", date(2025, 1, 1), date(2025, 12, 31))
    fact_id = ids.make_fact_id("0001-26-000001", "doc.htm", revenue)
    assert len(fact_id) == NEW_WIDTH and set(fact_id) <= set(string.hexdigits.lower())
    assert ids.make_fact_id("0001-26-000001", "doc.htm",
                            replace(revenue, value=Decimal("62"))) == fact_id
    assert ids.make_fact_id("0001-26-000001", "doc.htm", replace(revenue, entity="")) != fact_id
    assert ids.fact_id_of("0001-26-000001", "doc.htm", "revenue", "USD", date(2025, 1, 1),
                          date(2025, 12, 31), None, None, Decimal("62.00")) == fact_id


def test_new_warehouses_get_128_bit_ids(fresh):
    rows = snapshot(fresh.db_path)
    assert id_widths(rows, fresh.db_path) == {NEW_WIDTH}
    assert all(set(row[0]) <= set(string.hexdigits) for row in rows["verifications"])


def test_old_warehouse_upgraded_equals_a_fresh_load_row_for_row(old, fresh):
    before = snapshot(old.db_path)
    assert id_widths(before, old.db_path) == {OLD_WIDTH}  # the old path really was old
    assert max(version for version, _ in before["schema_version"]) == OLD_VERSION
    upgrade(old)
    after, expected = snapshot(old.db_path), snapshot(fresh.db_path)
    assert any(json.loads(row[9] or "[]") for row in expected["verifications"])
    # one column differs: the covers' registrant names (migration 009, the last column), which
    # the old loads never read (``ingest --reextract`` fills them from the raw store)
    assert max((c for c in expected["schema:columns"] if c[0] == "filings"),
               key=lambda c: c[2])[1] == "registrant_name"
    assert {row[-1] for row in after["filings"]} == {None}
    assert any(row[-1] for row in expected["filings"])
    expected["filings"] = [(*row[:-1], None) for row in expected["filings"]]
    assert {name: len(rows) for name, rows in after.items()} == \
        {name: len(rows) for name, rows in expected.items()}
    for name in expected:
        assert after[name] == expected[name], name


def test_the_migration_run_again_changes_nothing(old):
    upgrade(old)
    once = snapshot(old.db_path)
    [wide_ids] = [m for m in db.list_migrations() if m.version == OLD_VERSION + 1]
    with connect(old.db_path) as conn, load.transaction(conn):
        db.migration_step(wide_ids)(conn)
    assert snapshot(old.db_path) == once


def test_a_second_ingest_after_the_upgrade_fetches_and_changes_nothing(old, http_edgar):
    upgrade(old)
    before = snapshot(old.db_path)
    summary = ingest.ingest_company(old, ticker="CBRS")
    assert [r.path for r in http_edgar.requests] == ["/submissions/CIK0002021728.json"]
    assert summary.filings_new == 0 and summary.documents_fetched == 0
    after = snapshot(old.db_path)
    assert len(after.pop("runs")) == len(before.pop("runs")) + 1
    # the company was seen again: only when it was is new
    assert [row[:3] for row in after.pop("companies")] == \
        [row[:3] for row in before.pop("companies")]
    assert after == before


def cited_facts(path) -> dict[str, dict]:
    with duckdb.connect(str(path), read_only=True) as conn:
        texts = conn.execute("SELECT evidence_json, newer_evidence_json FROM verifications")
        return {item["fact_id"]: item for row in texts.fetchall() for text in row
                for item in json.loads(text or "[]")}


def forget_facts(conn, fact_ids: list[str]) -> None:
    for fact_id in fact_ids:
        conn.execute("DELETE FROM fact_sources WHERE fact_id = ?", [fact_id])
        conn.execute("DELETE FROM facts WHERE fact_id = ?", [fact_id])


def edit_evidence_value(conn, fact_id: str) -> None:
    rows = conn.execute("SELECT verification_id, evidence_json FROM verifications").fetchall()
    for verification_id, text in rows:
        items = json.loads(text or "[]")
        edited = [{**i, "value": i["value"] + "1"} if i["fact_id"] == fact_id else i
                  for i in items]
        if edited != items:
            conn.execute("UPDATE verifications SET evidence_json = ? WHERE verification_id = ?",
                         [load.to_json(edited), verification_id])


def test_evidence_of_a_fact_no_longer_stored_gets_its_wide_id(old, fresh):
    """A filing extracted again since a verification may no longer state a fact it cited: the
    evidence's own fields give that fact's 128-bit id (its basis, which evidence does not
    carry, is one the warehouse stores); an id its fields do not give is left as it was."""
    cited = cited_facts(fresh.db_path)
    with duckdb.connect(str(fresh.db_path), read_only=True) as conn:
        bases = dict(conn.execute("SELECT fact_id, basis FROM facts").fetchall())
    plain = sorted(f for f in cited if bases.get(f) is None)
    with_basis = sorted(f for f in cited if bases.get(f) is not None)
    assert plain and with_basis, "the article cites facts with and without a basis"
    gone, unreadable = [plain[0], with_basis[0]], plain[-1]
    with duckdb.connect(str(old.db_path)) as raw:  # a re-extraction dropped them since
        forget_facts(raw, [f[:OLD_WIDTH] for f in (*gone, unreadable)])
        edit_evidence_value(raw, unreadable[:OLD_WIDTH])
    upgrade(old)
    now_cited = set(cited_facts(old.db_path))
    assert set(gone) <= now_cited
    assert unreadable[:OLD_WIDTH] in now_cited and unreadable not in now_cited


def test_a_row_whose_id_its_fields_do_not_give_stops_the_migration(old):
    with duckdb.connect(str(old.db_path)) as raw:
        raw.execute("UPDATE facts SET metric = 'edited' WHERE fact_id = (SELECT min(fact_id) "
                    "FROM facts)")
        before = count_rows(raw)
    with pytest.raises(ValidationError, match="cannot be given its 128-bit id"):
        upgrade(old)
    with duckdb.connect(str(old.db_path), read_only=True) as raw:
        assert db.read_schema_version(raw) == OLD_VERSION
        assert count_rows(raw) == before
        assert raw.execute("SELECT DISTINCT length(fact_id) FROM facts").fetchall() == \
            [(OLD_WIDTH,)]


def test_a_python_migration_runs_in_the_transaction_of_its_version(tmp_path):
    (tmp_path / "001_table.sql").write_text("CREATE TABLE t (x INTEGER);")
    (tmp_path / "002_fill.py").write_text(
        "def upgrade(conn):\n    conn.execute('INSERT INTO t VALUES (1)')\n")
    (tmp_path / "003_fail.py").write_text(
        "def upgrade(conn):\n    conn.execute('INSERT INTO t VALUES (2)')\n    raise OSError\n")
    migrations = db.list_migrations(tmp_path)
    assert [(m.version, m.path.suffix) for m in migrations] == [(1, ".sql"), (2, ".py"),
                                                                (3, ".py")]
    with duckdb.connect() as conn:
        with pytest.raises(OSError):
            db.apply_migrations(conn, migrations)
        assert db.read_schema_version(conn) == 2  # 003 rolled back whole, 001 and 002 stand
        assert conn.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_a_python_migration_without_upgrade_is_refused(tmp_path):
    (tmp_path / "001_nothing.py").write_text("STEP = 1\n")
    with duckdb.connect() as conn, pytest.raises(ValidationError, match="no upgrade"):
        db.apply_migrations(conn, db.list_migrations(tmp_path))


def test_a_lake_day_written_before_the_migration_is_extracted_again(monkeypatch):
    """The bulk lake holds what the load code wrote: a day's fingerprint names the schema version,
    so days with 64-bit ids do not pass for current ones."""
    from pipeline.bulk import lake

    versions = lake.extractor_versions()
    current = lake.fingerprint(b"plan", versions)
    assert lake.fingerprint(b"plan", versions) == current
    as_old_code(monkeypatch)
    assert lake.fingerprint(b"plan", versions) != current
