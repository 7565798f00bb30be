"""Issue 14, the rest: `filingcheck check` (like `git fsck`), `ingest --refetch`, operational
failures as one line and exit 2, a corrupt warehouse's recovery path, and limits on the work
one input may cause (small limits set here, so each hostile input stays small and fast)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.errors import ParsingError, ValidationError
from pipeline import ingest
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.limits import LimitError, check_document, largest_table_cells
from pipeline.rawstore import RawStore
from pipeline.verify.article import read_article
from tests.conftest import EDGAR_FIXTURES, ROOT
from warehouse import connect, load, runs
from warehouse.queries import count_rows

ACCESSION = "0001628280-26-056357"
TENQ = "/Archives/edgar/data/2021728/000162828026056357/cbrs-20260630.htm"


def _cli(data: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--data-dir", str(data), *args], env=env or {})


def _rows(data: Path) -> dict[str, int]:
    with connect(data / "filingcheck.duckdb") as conn:
        counts = count_rows(conn)
    counts.pop("runs", None)
    return counts


def _one_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


@pytest.fixture()
def data(_cerebras_template, tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(_cerebras_template, target)
    return target


# -- check ------------------------------------------------------------------------------------

def test_check_on_a_clean_store_finds_nothing(data):
    result = _cli(data, "check")
    assert result.exit_code == 0, result.output
    assert "everything is in order" in result.output and "fixed:" not in result.output


def test_check_repairs_leftovers_a_torn_log_a_lost_log_and_abandoned_runs(data):
    store = RawStore(data / "raw")
    clean = _rows(data)
    # a killed write's temporary file, an hour old
    body = store.iter_bodies()[0]
    leftover = body.parent / ".tmp-abc123.part"
    leftover.write_bytes(b"x" * 1000)
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    # a run left running by a process that died
    with connect(data / "filingcheck.duckdb") as conn:
        crashed = runs.start_run(conn, "ingest", {"crashed": True})
    # the fetch log lost: deleted, then a torn line written by a dying append
    store.log_path.unlink()
    store.log_path.write_text('{"url": "http://x/a", "sha')

    result = _cli(data, "check")
    assert result.exit_code == 0, result.output
    assert "removed .tmp-abc123.part" in result.output and not leftover.exists()
    assert f"run {crashed}" in result.output and "rebuilt" in result.output
    assert "torn last line" in result.output
    with connect(data / "filingcheck.duckdb") as conn:
        assert conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone() == (0,)
    # the rebuilt log serves every loaded document: an offline re-extraction needs no request
    again = _cli(data, "ingest", "--ticker", "CBRS", "--reextract")
    assert again.exit_code == 0, again.output
    assert _rows(data) == clean
    assert _cli(data, "check").output.strip().endswith("everything is in order")


def test_check_drops_an_unreadable_log_line_and_keeps_the_old_log(data):
    store = RawStore(data / "raw")
    lines = store.log_path.read_text().splitlines(keepends=True)
    store.log_path.write_text("".join(lines[:3] + ["\x00\x00 not json\n"] + lines[3:]))
    with pytest.raises(ParsingError, match="line 4 is not JSON"):
        store.iter_log()
    result = _cli(data, "check")
    assert result.exit_code == 0, result.output
    assert "dropped 1 unreadable fetch-log line(s) (lines 4)" in result.output
    assert len(RawStore(data / "raw").iter_log()) == len(lines)
    assert list((data / "raw").glob("fetch_log.jsonl.bad-*"))


def test_check_moves_a_damaged_body_aside_and_says_how_to_repair_the_filing(data):
    store = RawStore(data / "raw")
    with connect(data / "filingcheck.duckdb") as conn:
        (sha,) = conn.execute("SELECT sha256 FROM documents WHERE accession = ? AND "
                              "exhibit_type = 'primary'", [ACCESSION]).fetchone()
    path = store.path_for(sha)
    damaged = bytearray(path.read_bytes())
    damaged[100] ^= 0xFF  # one flipped byte: a bad disk
    path.write_bytes(bytes(damaged))

    result = _cli(data, "check")
    assert result.exit_code == 2
    assert "does not match its sha256" in result.output
    assert (data / "raw" / "quarantine" / sha).is_file() and not path.exists()
    assert f"error: 1 problem(s) could not be repaired here: {ACCESSION}" in result.output
    assert f"run `filingcheck ingest --refetch {ACCESSION}`" in result.output


def test_ingest_refetch_fetches_the_filing_afresh_and_check_is_then_clean(edgar_server,
                                                                           tmp_path):
    settings = edgar_server.settings(tmp_path / "data")
    assert ingest.ingest_company(settings, ticker="CBRS").failures == []
    clean = _rows(settings.data_dir)
    store = RawStore(settings.raw_dir)
    store.quarantine(store.path_for(store.lookup(f"{settings.base_url}{TENQ}")))
    env = {"SEC_USER_AGENT": settings.user_agent, "EDGAR_BASE_URL": settings.base_url,
           "EDGAR_DATA_URL": settings.data_url}
    assert _cli(settings.data_dir, "check", env=env).exit_code == 2
    before = len(edgar_server.requests_to(TENQ))

    result = _cli(settings.data_dir, "ingest", "--refetch", ACCESSION, env=env)
    assert result.exit_code == 0, result.output
    assert len(edgar_server.requests_to(TENQ)) == before + 1  # asked of EDGAR, not reused
    assert _rows(settings.data_dir) == clean
    assert _cli(settings.data_dir, "check", env=env).exit_code == 0
    unknown = _cli(settings.data_dir, "ingest", "--refetch", "0000000000-26-000001", env=env)
    assert unknown.exit_code == 2 and "--ticker" in _one_line(unknown.output)


# -- operational failures: one line, exit 2, no run left running -------------------------------

def test_a_locked_warehouse_waits_a_bounded_time_then_says_so(data):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, duckdb\n"
         "c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(30)",
         str(data / "filingcheck.duckdb")], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        result = _cli(data, "series", "revenue", "--ticker", "CBRS",
                      env={"FILINGCHECK_LOCK_WAIT_S": "0.5"})
        # well under the holder's 30 s: the wait gave up, it did not outlast the lock (a
        # loaded machine may take seconds to start the command itself)
        assert time.monotonic() - started < 25
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    assert "waiting up to 0.5 s" in result.output
    assert "error: the warehouse" in result.output and f"PID {holder.pid}" in result.output


def test_a_full_disk_is_one_line_and_the_run_is_closed(data, monkeypatch):
    def full(self, sha256, body):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.root / "x"))

    monkeypatch.setattr(RawStore, "_write_body", full)
    result = _cli(data, "ingest", "--file", str(ROOT / "fixtures" / "edgar" / TENQ.lstrip("/")),
                  "--cik", "2021728", "--form", "10-Q")
    assert result.exit_code == 2
    assert "disk is full" in _one_line(result.output)

    monkeypatch.setattr(ingest.EdgarClient, "fetch_submissions",
                        lambda self, cik: (_ for _ in ()).throw(MemoryError()))
    result = _cli(data, "ingest", "--cik", "2021728", "--mirror", str(EDGAR_FIXTURES))
    assert result.exit_code == 2 and "out of memory" in _one_line(result.output)
    with connect(data / "filingcheck.duckdb") as conn:
        assert conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone() == (0,)


def test_recursion_and_value_errors_in_verify_are_one_line(data, monkeypatch, tmp_path):
    from pipeline.verify import api

    article = tmp_path / "a.txt"
    article.write_text("Cerebras reported revenue of $180.1 million in the quarter.")
    monkeypatch.setattr(api, "extract_claims",
                        lambda a: (_ for _ in ()).throw(RecursionError("deep")))
    result = _cli(data, "verify", str(article), "--ticker", "CBRS")
    assert result.exit_code == 2 and "nested too deeply" in _one_line(result.output)
    with connect(data / "filingcheck.duckdb") as conn:
        assert conn.execute("SELECT status FROM runs WHERE command = 'verify'").fetchall() == [
            ("failed",)]


def test_a_value_duckdb_refuses_fails_its_filing_only(tmp_path, monkeypatch):
    import duckdb

    real = load.load_filing

    def refusing(conn, filing, *args, **kwargs):
        if filing.accession == ACCESSION:
            raise duckdb.ConversionException("Conversion Error: Could not convert string "
                                             "'1e40' to DECIMAL(38,6)")
        return real(conn, filing, *args, **kwargs)

    monkeypatch.setattr(load, "load_filing", refusing)
    settings = Settings(data_dir=tmp_path / "data", mirror=EDGAR_FIXTURES)
    summary = ingest.ingest_company(settings, ticker="CBRS")
    assert [f.split(":")[0] for f in summary.failures] == [f"10-Q {ACCESSION}"]
    assert "refused the operation" in summary.failures[0] and summary.filings_new > 1
    with connect(settings.db_path) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("partial",)]


def test_a_corrupt_warehouse_names_the_recovery_and_the_recovery_works(data):
    clean = _rows(data)
    db = data / "filingcheck.duckdb"
    db.write_bytes(b"not a database" * 1000)
    result = _cli(data, "series", "revenue", "--ticker", "CBRS")
    assert result.exit_code == 2
    line = _one_line(result.output)
    assert "damaged" in line and "move it aside" in line and "--offline" in line
    db.rename(db.with_suffix(".bad"))  # the recovery the line names
    again = _cli(data, "ingest", "--ticker", "CBRS", "--offline")
    assert again.exit_code == 0, again.output
    assert _rows(data) == clean


# -- limits on the work one input may cause ---------------------------------------------------

def _table_document(rows: int, columns: int) -> bytes:
    header = "<tr><td></td>" + "<td>Three Months Ended June 30, 2026</td>" * columns + "</tr>"
    row = "<tr><td>Revenue</td>" + "<td>1,234</td>" * columns + "</tr>"
    return (f"<html><body><p>FORM 10-Q</p><p>(in millions)</p><table>{header}"
            f"{row * rows}</table></body></html>").encode()


def test_table_cells_and_document_size_are_limited_before_parsing():
    document = _table_document(200, 9)  # 2,010 cells
    assert largest_table_cells(document) == 2010
    check_document(document, "big.htm", Settings())
    with pytest.raises(LimitError, match="table of 2,010 cells.*FILINGCHECK_MAX_TABLE_CELLS"):
        check_document(document, "big.htm", Settings(max_table_cells=2000))
    with pytest.raises(LimitError, match="document limit"):
        check_document(document, "big.htm", Settings(max_document_bytes=10_000))
    nested = b"<table><tr><td><table><tr><td>1</td></tr></table></td><td>2</td></tr></table>"
    assert largest_table_cells(nested) == 2


def test_a_filing_over_a_limit_fails_alone_and_loads_when_the_limit_allows(tmp_path):
    strict = Settings(data_dir=tmp_path / "data", mirror=EDGAR_FIXTURES, max_facts_per_document=5)
    summary = ingest.ingest_company(strict, ticker="CBRS")
    assert summary.failures and all("FILINGCHECK_MAX_FACTS" in f for f in summary.failures)
    loose = strict.with_(max_facts_per_document=50_000)
    again = ingest.ingest_company(loose, ticker="CBRS")
    assert again.failures == [] and again.filings_new == len(summary.failures)


def test_article_length_and_figures_are_limited(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Revenue was $5.2 million in 2025. " * 200)
    assert read_article(article, Settings())
    with pytest.raises(LimitError, match="400 figures.*FILINGCHECK_MAX_CLAIMS"):
        read_article(article, Settings(max_article_claims=300))
    with pytest.raises(LimitError, match="FILINGCHECK_MAX_ARTICLE_CHARS"):
        read_article(article, Settings(max_article_chars=1000))


def test_limits_are_read_from_the_environment():
    from pipeline.config import load_settings

    settings = load_settings({"FILINGCHECK_MAX_TABLE_CELLS": "500", "FILINGCHECK_MAX_CLAIMS": "7",
                              "FILINGCHECK_MAX_DOCUMENT_MB": "3"})
    assert (settings.max_table_cells, settings.max_article_claims,
            settings.max_document_bytes) == (500, 7, 3 * 2**20)
    with pytest.raises(ValidationError, match="FILINGCHECK_MAX_FACTS"):
        load_settings({"FILINGCHECK_MAX_FACTS": "lots"})
