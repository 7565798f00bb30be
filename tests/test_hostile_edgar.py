"""Issue 14: a store that never trusts a bad body, and limits on everything that comes in.

Every fault is served once by the fake EDGAR on 127.0.0.1 (tests/edgar_server.py), which is
healthy afterwards: the run with the fault loses nothing already stored and keeps no bad body
as good, and a re-run against the healthy server restores exactly the rows of a clean ingest.
"""

from __future__ import annotations

import json
import shutil
import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.errors import TransportError
from pipeline import ingest
from pipeline.cli import main
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.ratelimit import RateLimiter
from pipeline.rawstore import RawStore
from pipeline.transport import HttpTransport
from tests.conftest import EDGAR_FIXTURES
from tests.edgar_server import (
    EdgarTestServer,
    body,
    cut,
    endless,
    gzip_bomb,
    redirect,
    slow,
    status,
    trickle,
)
from warehouse import connect, load, runs
from warehouse.queries import count_rows

FOLDER = "/Archives/edgar/data/2021728/000162828026056357"
TENQ = f"{FOLDER}/cbrs-20260630.htm"  # the 10-Q: 22 facts, its cover's share counts
INDEX = f"{FOLDER}/index.json"
ACCESSION = "0001628280-26-056357"
TICKERS = "/files/company_tickers.json"
ERROR_PAGE = ("<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head>"
              "<body><h1>Your request has been blocked</h1><p>Please retry later.</p>"
              "</body></html>")  # written for this test, in the shape of such a page


def _rows(settings: Settings) -> dict[str, int]:
    with connect(settings.db_path) as conn:
        counts = count_rows(conn)
    counts.pop("runs", None)
    return counts


@pytest.fixture(scope="module")
def clean_rows(tmp_path_factory) -> dict[str, int]:
    """The rows of a clean ingest of the Cerebras fixtures over HTTP."""
    server = EdgarTestServer()
    try:
        settings = server.settings(tmp_path_factory.mktemp("clean") / "data")
        assert ingest.ingest_company(settings, ticker="CBRS").failures == []
        return _rows(settings)
    finally:
        server.close()


def _loaded(settings: Settings) -> set[str]:
    with connect(settings.db_path) as conn:
        return {row[0] for row in conn.execute("SELECT accession FROM filings").fetchall()}


@pytest.mark.parametrize("fault", [cut(), body(ERROR_PAGE)], ids=["cut-no-length", "200-error"])
def test_a_bad_document_body_is_not_loaded_and_the_rerun_restores_a_clean_ingest(
        edgar_server, tmp_path, clean_rows, fault):
    settings = edgar_server.settings(tmp_path / "data")
    # twice: the first answer and the immediate second try both bad
    edgar_server.inject(TENQ, fault, fault)
    first = ingest.ingest_company(settings, ticker="CBRS")
    assert [f.split(":")[0] for f in first.failures] == [f"10-Q {ACCESSION}"]
    assert "index.json lists 32819" in first.failures[0]
    assert ACCESSION not in _loaded(settings)

    second = ingest.ingest_company(settings, ticker="CBRS")  # the server is healthy again
    assert second.failures == [] and second.filings_new == 1
    assert _rows(settings) == clean_rows


def test_an_error_page_is_refused_even_when_index_json_lists_no_size(
        edgar_server, tmp_path, clean_rows):
    tree = tmp_path / "edgar"
    shutil.copytree(EDGAR_FIXTURES, tree)
    index = tree / INDEX.lstrip("/")
    listing = json.loads(index.read_text())
    for item in listing["directory"]["item"]:
        item["size"] = ""
    index.write_text(json.dumps(listing))
    edgar_server.serve(tree)
    settings = edgar_server.settings(tmp_path / "data")
    edgar_server.inject(TENQ, body(ERROR_PAGE))
    first = ingest.ingest_company(settings, ticker="CBRS")
    assert len(first.failures) == 1 and "names no form on its cover" in first.failures[0]
    second = ingest.ingest_company(settings, ticker="CBRS")
    assert second.failures == [] and second.filings_new == 1
    assert _rows(settings) == clean_rows


def test_a_malformed_index_json_is_not_reused_on_the_next_run(edgar_server, tmp_path,
                                                               clean_rows):
    settings = edgar_server.settings(tmp_path / "data")
    edgar_server.inject(INDEX, body('{"directory": {"item": [{"na'))
    first = ingest.ingest_company(settings, ticker="CBRS")
    assert len(first.failures) == 1 and "not valid JSON" in first.failures[0]
    edgar_server.inject(INDEX, body('{"directory": {}}'))  # parses, but lists nothing
    second = ingest.ingest_company(settings, ticker="CBRS")
    assert len(second.failures) == 1 and "directory.item" in second.failures[0]
    third = ingest.ingest_company(settings, ticker="CBRS")
    assert third.failures == [] and third.filings_new == 1
    assert _rows(settings) == clean_rows


def test_a_filing_loaded_from_a_bad_body_before_is_repaired_on_the_next_run(
        edgar_server, tmp_path, clean_rows):
    """What earlier versions left behind: a cut body kept as good and its filing loaded with
    no facts. The next run finds it by the size index.json lists and loads it again."""
    settings = edgar_server.settings(tmp_path / "data")
    ingest.ingest_company(settings, ticker="CBRS")
    store = RawStore(settings.raw_dir)
    url = f"{settings.base_url}{TENQ}"
    whole = store.get(store.lookup(url))
    store.put(url, 200, whole[: len(whole) // 2])
    with connect(settings.db_path) as conn:
        (filing,) = [f for f in ingest.EdgarClient(settings).list_filings(
            ingest.EdgarClient(settings).fetch_submissions(2021728)) if f.accession == ACCESSION]
        run_id = runs.start_run(conn, "old ingest", {})
        load.load_filing(conn, filing, [], [], run_id)  # loaded, no facts: the old damage
    assert _rows(settings) != clean_rows

    again = ingest.ingest_company(settings, ticker="CBRS")
    assert again.failures == [] and again.filings_new == 1
    assert len(again.repaired) == 1 and "index.json lists 32819" in again.repaired[0]
    assert _rows(settings) == clean_rows
    assert ingest.ingest_company(settings, ticker="CBRS").filings_new == 0  # repaired for good


# -- limits on what comes in ------------------------------------------------------------------

def _client(settings: Settings, **kwargs) -> EdgarClient:
    transport = HttpTransport(settings, **kwargs)
    return EdgarClient(settings, RawStore(settings.raw_dir), transport=transport)


def test_a_gzip_bomb_is_refused_before_it_is_inflated(edgar_server, tmp_path):
    settings = edgar_server.settings(tmp_path / "data", max_body_bytes=4 * 2**20)
    edgar_server.inject(TENQ, gzip_bomb(64 * 2**20))
    client = _client(settings)
    with pytest.raises(TransportError, match="over 4 MiB"):
        client.fetch(f"{settings.base_url}{TENQ}")
    assert len(edgar_server.requests_to(TENQ)) == 1  # not retried
    assert client.store.lookup(f"{settings.base_url}{TENQ}") is None  # nothing kept


def test_an_endless_body_is_cut_at_the_size_limit(edgar_server, tmp_path):
    settings = edgar_server.settings(tmp_path / "data", max_body_bytes=2 * 2**20)
    edgar_server.inject(TENQ, endless())
    started = time.monotonic()
    with pytest.raises(TransportError, match="over 2 MiB"):
        _client(settings).fetch(f"{settings.base_url}{TENQ}")
    assert time.monotonic() - started < 10


def test_a_trickled_body_stops_at_the_response_deadline(edgar_server, tmp_path):
    """Slowloris: each byte comes within the per-read timeout, the whole never does."""
    settings = edgar_server.settings(tmp_path / "data", response_deadline_s=1.0, timeout_s=5.0)
    for pace in (0.1, 3.0):  # bytes keep coming; a byte every 3 s, each within the timeout
        edgar_server.inject(TENQ, trickle(pace))
        started = time.monotonic()
        with pytest.raises(TransportError, match="took over 1 s"):
            _client(settings).fetch(f"{settings.base_url}{TENQ}")
        assert time.monotonic() - started < 2.5
    assert len(edgar_server.requests_to(TENQ)) == 2  # never retried


def test_a_redirect_off_edgar_is_refused_and_the_identity_never_reaches_it(edgar_server,
                                                                          tmp_path):
    other = EdgarTestServer()
    try:
        settings = edgar_server.settings(tmp_path / "data")
        edgar_server.inject(TENQ, redirect(f"{other.url}{TENQ}"))
        client = _client(settings)
        with pytest.raises(TransportError, match="not EDGAR; refused"):
            client.fetch(f"{settings.base_url}{TENQ}")
        assert other.requests == []
        assert client.store.lookup(f"{settings.base_url}{TENQ}") is None
    finally:
        other.close()


class _CountingLimiter(RateLimiter):
    def __init__(self) -> None:
        super().__init__(10.0, sleep=lambda s: None)
        self.acquired = 0

    def acquire(self) -> float:
        self.acquired += 1
        return super().acquire()


def test_each_redirect_hop_waits_for_the_rate_limiter_and_hops_are_capped(edgar_server,
                                                                          tmp_path):
    settings = edgar_server.settings(tmp_path / "data", max_redirects=3)
    edgar_server.inject(TICKERS, redirect(TICKERS), redirect(TICKERS))
    limiter = _CountingLimiter()
    body_ = _client(settings, limiter=limiter).fetch(f"{settings.base_url}{TICKERS}")
    assert json.loads(body_) and limiter.acquired == 3  # the request and its two hops

    edgar_server.inject(TICKERS, *[redirect(TICKERS)] * 5)
    with pytest.raises(TransportError, match="more than 3 redirects"):
        _client(settings, limiter=limiter).fetch(f"{settings.base_url}{TICKERS}")


# -- no network -------------------------------------------------------------------------------

@pytest.fixture()
def no_dns(monkeypatch):
    """Every name lookup fails as it does offline; nothing is sent anywhere."""
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)


def test_a_dns_failure_is_said_at_once_without_retries(no_dns, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", user_agent="Jane Doe jane@newsroom.org")
    waits: list[float] = []
    transport = HttpTransport(settings, sleep=waits.append, notify=lambda m: None,
                              limiter=_CountingLimiter())
    with pytest.raises(TransportError, match=r"cannot resolve www\.sec\.gov: no network\?"):
        transport.get("https://www.sec.gov/files/company_tickers.json")
    assert waits == []


def test_cli_ingest_offline_says_no_network_and_exits_2(no_dns, tmp_path):
    result = CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "data"), "ingest", "--cik", "2021728"],
        env={"SEC_USER_AGENT": "Jane Doe jane@newsroom.org"})
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "no network?" in lines[0] and "--offline" in lines[0]
    assert "--mirror" in lines[0] and "Traceback" not in result.output


def test_retries_are_shown_to_a_person_watching(edgar_server, tmp_path):
    settings = edgar_server.settings(tmp_path / "data")
    edgar_server.inject(TICKERS, status(503))
    shown: list[str] = []
    HttpTransport(settings, notify=shown.append).get(f"{settings.base_url}{TICKERS}")
    assert len(shown) == 1 and "HTTP 503; retrying" in shown[0] and "attempt 2 of" in shown[0]


def test_fixture_listing_sizes_match_the_files():
    """The check is only as good as the listings: each listed size is the file's."""
    for index in Path(EDGAR_FIXTURES).rglob("index.json"):
        for item in json.loads(index.read_text())["directory"]["item"]:
            if str(item.get("size", "")).isdigit():
                assert (index.parent / item["name"]).stat().st_size == int(item["size"])


def test_a_slow_response_does_not_lock_readers_out_of_the_warehouse(edgar_server, tmp_path):
    """Another process can read the warehouse while ingest waits on EDGAR: the write lock is
    taken for each load only, not through the network phase."""
    import subprocess
    import sys
    import threading

    settings = edgar_server.settings(tmp_path / "data", timeout_s=10.0)
    ingest.ingest_company(settings, ticker="CBRS", forms=("S-1", "S-1/A"))  # a warehouse
    edgar_server.inject(TENQ, slow(4.0))
    done: list = []
    worker = threading.Thread(target=lambda: done.append(
        ingest.ingest_company(settings, ticker="CBRS")))
    worker.start()
    try:
        deadline = time.monotonic() + 10
        while not edgar_server.requests_to(TENQ) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert edgar_server.requests_to(TENQ), "the ingest never asked for the 10-Q"
        reader = subprocess.run(
            [sys.executable, "-c", "import sys; from warehouse import connect\n"
             "with connect(sys.argv[1], read_only=True) as c:\n"
             "    print(c.execute('SELECT count(*) FROM filings').fetchone()[0])",
             str(settings.db_path)], capture_output=True, text=True, timeout=30,
            cwd=Path(__file__).resolve().parent.parent)
        assert reader.returncode == 0, reader.stderr[-400:]
    finally:
        worker.join(timeout=60)
    assert done and done[0].failures == []


def test_an_error_page_for_companyfacts_stops_the_run_in_one_line_and_is_not_kept(
        edgar_server, tmp_path, clean_rows):
    settings = edgar_server.settings(tmp_path / "data")
    facts_path = "/api/xbrl/companyfacts/CIK0002021728.json"
    edgar_server.inject(facts_path, body(ERROR_PAGE))
    args = ["--data-dir", str(settings.data_dir), "ingest", "--ticker", "CBRS"]
    env = {"SEC_USER_AGENT": settings.user_agent, "EDGAR_BASE_URL": settings.base_url,
           "EDGAR_DATA_URL": settings.data_url}
    first = CliRunner().invoke(main, args, env=env)
    assert first.exit_code == 2, first.output
    lines = [line for line in first.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "fetched again on the next run" in lines[0]
    assert RawStore(settings.raw_dir).lookup(f"{settings.data_url}{facts_path}") is None
    second = CliRunner().invoke(main, args, env=env)  # healthy: the fixtures have none (404)
    assert second.exit_code == 0, second.output
    assert _rows(settings) == clean_rows
