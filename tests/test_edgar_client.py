"""The EDGAR client against a fake EDGAR on 127.0.0.1 (tests/edgar_server.py)."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from core.errors import NotFoundError, TransportError, ValidationError
from pipeline.edgar import EdgarClient, is_results_8k
from pipeline.filing_index import guess_exhibits, parse_index_page
from pipeline.ratelimit import RateLimiter
from pipeline.rawstore import RawStore
from pipeline.transport import MirrorTransport
from tests.conftest import corpus_file
from tests.edgar_server import TEST_IDENTITY, slow, status, truncate
from warehouse.records import FilingRecord

CIK = 1234567
Q_ACC, K_ACC, S1_ACC = "0001234567-26-000002", "0001234567-26-000005", "0001234567-25-000001"
TICKERS = "/files/company_tickers.json"
SUBS = f"/submissions/CIK{CIK:010d}.json"
PAGE_NAME = f"CIK{CIK:010d}-submissions-001.json"
PAGE = f"/submissions/{PAGE_NAME}"


def folder(accession: str) -> str:
    return f"/Archives/edgar/data/{CIK}/{accession.replace('-', '')}"


def index_json(*names: str) -> str:
    return json.dumps({"directory": {"item": [{"name": n, "type": "text.gif"} for n in names]}})


def index_page(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{i}</td><td>{kind}</td><td><a href='/x/{name}'>{name}</a> <span>iXBRL</span>"
        f"</td><td>{kind}</td><td>100</td></tr>"
        for i, (name, kind) in enumerate(rows, start=1)
    )
    return (
        "<html><body><table class='tableFile'><tr><th>Seq</th><th>Description</th>"
        f"<th>Document</th><th>Type</th><th>Size</th></tr>{cells}</table></body></html>"
    )


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_tree(root: Path) -> Path:
    """A tiny EDGAR: one company, a 10-Q, an Item 2.02 8-K, and an S-1 on an extra page."""
    write(root, TICKERS, json.dumps({"0": {"cik_str": CIK, "ticker": "ACME", "title": "Acme"}}))
    recent = {
        "accessionNumber": [K_ACC, Q_ACC, "0001234567-26-000001"],
        "filingDate": ["2026-02-10", "2026-01-15", "2026-01-02"],
        "reportDate": ["2026-02-09", "2025-12-31", ""],
        "form": ["8-K", "10-Q", "4"],
        "fileNumber": ["001-1", "001-1", ""],
        "items": ["2.02,9.01", "", ""],
        "primaryDocument": ["acme-8k.htm", "acme-10q.htm", "xslF345X05/form4.xml"],
        "isXBRL": [1, 1, 0],
    }
    page = {"accessionNumber": [S1_ACC], "filingDate": ["2025-06-01"], "reportDate": [""],
            "form": ["S-1/A"], "primaryDocument": ["acme-s1a.htm"]}
    subs = {"cik": f"{CIK:010d}", "name": "Acme Corp", "tickers": ["ACME"],
            "filings": {"recent": recent, "files": [{"name": PAGE_NAME, "filingCount": 1}]}}
    write(root, SUBS, json.dumps(subs))
    write(root, PAGE, json.dumps(page))
    write(root, f"{folder(Q_ACC)}/index.json", index_json("acme-10q.htm", "R1.htm"))
    write(root, f"{folder(Q_ACC)}/acme-10q.htm", "<html>10-Q body</html>")
    k_files = ["acme-8k.htm", "acme-release.htm", "acme-cfo.htm", "logo.jpg"]
    write(root, f"{folder(K_ACC)}/index.json", index_json(*k_files, f"{K_ACC}-index.html"))
    write(root, f"{folder(K_ACC)}/{K_ACC}-index.html", index_page(
        [("acme-8k.htm", "8-K"), ("acme-release.htm", "EX-99.1"), ("acme-cfo.htm", "EX-99.2"),
         ("logo.jpg", "GRAPHIC")]))
    for name in k_files:
        write(root, f"{folder(K_ACC)}/{name}", f"<html>{name}</html>")
    return root


@pytest.fixture()
def edgar(edgar_server, tmp_path):
    """The fake EDGAR serving a fresh tiny tree; returns (server, settings)."""
    edgar_server.serve(build_tree(tmp_path / "edgar"))
    return edgar_server, edgar_server.settings(tmp_path / "data")


def client_for(settings, **kwargs) -> EdgarClient:
    return EdgarClient(settings, RawStore(settings.raw_dir), **kwargs)


def run_full_flow(client: EdgarClient) -> list:
    company = client.resolve_cik("ACME")
    filings = client.list_filings(client.fetch_submissions(company.cik), ["10-Q", "8-K"])
    return [doc for filing in filings for doc in client.fetch_filing_documents(filing)]


def test_user_agent_and_gzip_on_every_request(edgar):
    server, settings = edgar
    documents = run_full_flow(client_for(settings))
    assert len(documents) == 4
    assert len(server.requests) >= 8
    for request in server.requests:
        assert request.headers.get("User-Agent") == TEST_IDENTITY, request.path
        assert "gzip" in request.headers.get("Accept-Encoding", ""), request.path


def test_request_rate_never_above_limit(edgar):
    server, settings = edgar
    rate = 10
    client = client_for(settings.with_(rate_per_s=rate), limiter=RateLimiter(rate))
    url = settings.base_url + TICKERS

    def fetch_ten():
        for _ in range(10):
            client.fetch(url)

    threads = [threading.Thread(target=fetch_ten) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = sorted(r.at for r in server.requests)
    assert len(times) == 30
    # Any 1 s window holds at most `rate` requests: request i and i+rate are >= 1 s apart.
    gaps = [times[i + rate] - times[i] for i in range(len(times) - rate)]
    assert min(gaps) >= 1.0, min(gaps)


def test_429_retry_after_is_honoured_then_success(edgar):
    server, settings = edgar
    server.inject(TICKERS, status(429, retry_after=1))
    body = client_for(settings).fetch(settings.base_url + TICKERS)
    assert b"ACME" in body
    first, second = server.requests_to(TICKERS)
    assert second.at - first.at >= 1.0
    assert first.headers["User-Agent"] == second.headers["User-Agent"] == TEST_IDENTITY


def test_503_is_retried_with_backoff(edgar):
    server, settings = edgar
    server.inject(SUBS, status(503), status(502))
    submissions = client_for(settings).fetch_submissions(CIK)
    assert submissions["name"] == "Acme Corp"
    assert len(server.requests_to(SUBS)) == 3


def test_retries_run_out_with_a_transport_error(edgar):
    server, settings = edgar
    server.inject(SUBS, *[status(503)] * 3)
    client = client_for(settings.with_(max_retries=2))
    with pytest.raises(TransportError, match="3 attempts.*try again later"):
        client.fetch_submissions(CIK)
    assert len(server.requests_to(SUBS)) == 3
    assert client.store.iter_log() == []


def test_403_explains_the_user_agent_rule(edgar):
    server, settings = edgar
    server.inject(SUBS, status(403))
    with pytest.raises(ValidationError, match="User-Agent") as info:
        client_for(settings).fetch_submissions(CIK)
    assert "SEC_USER_AGENT" in str(info.value)
    assert len(server.requests_to(SUBS)) == 1  # a 403 is not retried


def test_404_is_not_found(edgar):
    server, settings = edgar
    with pytest.raises(NotFoundError):
        client_for(settings).fetch_submissions(7654321)
    assert len(server.requests) == 1


@pytest.mark.parametrize("gzip_body", [True, False])
def test_truncated_body_is_retried_and_never_stored(edgar, gzip_body):
    server, settings = edgar
    server.gzip = gzip_body
    server.inject(SUBS, truncate())
    client = client_for(settings)
    submissions = client.fetch_submissions(CIK)
    assert submissions["tickers"] == ["ACME"]
    assert len(server.requests_to(SUBS)) == 2
    full = (server.root / SUBS.lstrip("/")).read_bytes()
    log = [e for e in client.store.iter_log() if e["url"].endswith(SUBS)]
    assert len(log) == 1 and log[0]["bytes"] == len(full)
    assert client.store.get(log[0]["sha256"]) == full
    stored = sorted(p.name for p in (settings.raw_dir / "sha256").rglob("*") if p.is_file())
    logged = sorted({e["sha256"] for e in client.store.iter_log()})
    assert stored == logged  # nothing else (no partial body) was kept


def test_slow_response_times_out_and_is_retried(edgar):
    server, settings = edgar
    server.inject(TICKERS, slow(1.0))
    client = client_for(settings.with_(timeout_s=0.3))
    assert client.resolve_cik("acme").cik == CIK
    assert len(server.requests_to(TICKERS)) == 2


def test_connection_refused_retried_then_transport_error(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    from pipeline.config import Settings

    settings = Settings(data_dir=tmp_path, user_agent=TEST_IDENTITY, base_url=url, data_url=url,
                        backoff_s=0.01, max_retries=2)
    with pytest.raises(TransportError, match="ConnectionError"):
        client_for(settings).resolve_cik("ACME")


@pytest.mark.parametrize("identity", ["", "   ", "Jane Doe jane@example.com", "no email here"])
def test_bad_identity_refused_before_any_request(edgar, identity):
    server, settings = edgar
    client = client_for(settings.with_(user_agent=identity))
    with pytest.raises(ValidationError, match="accessing-edgar-data"):
        client.resolve_cik("ACME")
    assert server.requests == []


def test_filings_files_pages_are_followed_and_reused(edgar):
    server, settings = edgar
    client = client_for(settings)
    submissions = client.fetch_submissions(CIK)
    recent = submissions["filings"]["recent"]
    assert recent["accessionNumber"] == [K_ACC, Q_ACC, "0001234567-26-000001", S1_ACC]
    assert recent["items"][-1] is None  # the page lacked the column: padded
    filings = client.list_filings(submissions, ["S-1/A", "10-Q"])
    assert [f.accession for f in filings] == [S1_ACC, Q_ACC]
    assert filings[0].is_amendment and not filings[1].is_amendment
    assert filings[1].is_xbrl and not filings[0].is_xbrl  # the page has no isXBRL column
    client.fetch_submissions(CIK)
    assert len(server.requests_to(SUBS)) == 2  # always fresh
    assert len(server.requests_to(PAGE)) == 1  # extra pages are immutable: reused


def test_list_filings_keeps_items_and_filters_by_date(edgar):
    _, settings = edgar
    client = client_for(settings)
    submissions = client.fetch_submissions(CIK)
    filings = client.list_filings(submissions, ["8-K", "10-Q", "S-1/A"], since=date(2026, 1, 15))
    assert [(f.form, f.filed_date) for f in filings] == [
        ("10-Q", date(2026, 1, 15)), ("8-K", date(2026, 2, 10))]
    eight_k = filings[1]
    assert eight_k.items == "2.02,9.01" and is_results_8k(eight_k)
    assert eight_k.report_date == date(2026, 2, 9) and eight_k.file_number == "001-1"
    assert client.company(submissions).name == "Acme Corp"


def test_resolve_cik_refetches_once_when_the_stored_copy_lacks_the_ticker(edgar):
    server, settings = edgar
    client = client_for(settings)
    assert client.resolve_cik("ACME").name == "Acme"
    client.resolve_cik("acme")
    assert len(server.requests_to(TICKERS)) == 1  # reused from the store
    write(server.root, TICKERS, json.dumps({
        "0": {"cik_str": CIK, "ticker": "ACME", "title": "Acme"},
        "1": {"cik_str": 42, "ticker": "NEWCO", "title": "Newco"}}))
    assert client.resolve_cik("NEWCO").cik == 42
    assert len(server.requests_to(TICKERS)) == 2
    with pytest.raises(NotFoundError, match="ZZZZ"):
        client.resolve_cik("ZZZZ")
    assert len(server.requests_to(TICKERS)) == 3  # one refetch, no loop


def test_8k_documents_take_exhibit_types_from_the_index_page(edgar):
    server, settings = edgar
    client = client_for(settings)
    filing = FilingRecord(K_ACC, CIK, "8-K", date(2026, 2, 10), primary_document="acme-8k.htm",
                          items="2.02,9.01")
    documents = client.fetch_filing_documents(filing)
    kinds = [(d.filename, d.exhibit_type) for d, _ in documents]
    assert kinds == [("acme-8k.htm", "primary"), ("acme-release.htm", "EX-99.1"),
                     ("acme-cfo.htm", "EX-99.2")]
    record, body = documents[1]
    assert record.url == f"{settings.base_url}{folder(K_ACC)}/acme-release.htm"
    assert body == b"<html>acme-release.htm</html>" and record.bytes == len(body)
    assert client.store.get(record.sha256) == body
    before = len(server.requests)
    client.fetch_filing_documents(filing)
    assert len(server.requests) == before  # filings are immutable: all reused


def test_8k_without_index_page_guesses_exhibits_from_names(edgar):
    server, settings = edgar
    names = ["acme-8k.htm", "acmeex991q1.htm", "ex-99_2.htm", "ex99-3.htm", "ex991.jpg"]
    write(server.root, f"{folder(K_ACC)}/index.json", index_json(*names))
    for name in names:
        write(server.root, f"{folder(K_ACC)}/{name}", name)
    filing = FilingRecord(K_ACC, CIK, "8-K", None, primary_document="acme-8k.htm", items="2.02")
    documents = client_for(settings).fetch_filing_documents(filing)
    assert [(d.filename, d.exhibit_type) for d, _ in documents] == [
        ("acme-8k.htm", "primary"), ("acmeex991q1.htm", "EX-99.1"), ("ex-99_2.htm", "EX-99.2")]


def test_non_results_filing_fetches_only_the_primary_document(edgar):
    _, settings = edgar
    client = client_for(settings)
    filing = FilingRecord(K_ACC, CIK, "8-K", None, primary_document="acme-8k.htm", items="5.02")
    assert [d.exhibit_type for d, _ in client.fetch_filing_documents(filing)] == ["primary"]


@pytest.mark.parametrize("bad", ["../../../escape.htm", "/etc/passwd", "a/b.htm", "a\\b.htm",
                                 "x\x00.htm", ".."])
def test_hostile_index_names_cannot_leave_the_data_dir(edgar, tmp_path, bad):
    server, settings = edgar
    write(server.root, f"{folder(Q_ACC)}/index.json", index_json("acme-10q.htm", bad))
    filing = FilingRecord(Q_ACC, CIK, "10-Q", None, primary_document="acme-10q.htm")
    before = {p for p in tmp_path.rglob("*")}
    with pytest.raises(ValidationError, match="refusing file name"):
        client_for(settings).fetch_filing_documents(filing)
    created = {p for p in tmp_path.rglob("*")} - before
    assert all(p.is_relative_to(settings.data_dir) for p in created), created
    assert not (tmp_path.parent / "escape.htm").exists()


@pytest.mark.parametrize("filing", [
    FilingRecord("../../0001234567", CIK, "10-Q", None, primary_document="a.htm"),
    FilingRecord("local-abc123", CIK, "10-Q", None, primary_document="a.htm"),
    FilingRecord(Q_ACC, CIK, "10-Q", None, primary_document="../../../../tmp/evil.htm"),
    FilingRecord(Q_ACC, CIK, "10-Q", None, primary_document="/etc/passwd"),
])
def test_hostile_accession_or_primary_document_is_refused(edgar, filing):
    server, settings = edgar
    with pytest.raises(ValidationError):
        client_for(settings).fetch_filing_documents(filing)
    assert not [r for r in server.requests if "evil" in r.path or "passwd" in r.path]


def test_mirror_transport_serves_the_layout_without_identity(tmp_path):
    root = build_tree(tmp_path / "mirror")
    from pipeline.config import Settings

    client = client_for(Settings(data_dir=tmp_path / "data", mirror=root))
    documents = run_full_flow(client)
    assert [d.exhibit_type for d, _ in documents] == ["primary", "primary", "EX-99.1", "EX-99.2"]
    assert documents[0][0].url.startswith("https://www.sec.gov/Archives/edgar/data/")
    assert client.store.lookup(documents[0][0].url) == documents[0][0].sha256
    with pytest.raises(NotFoundError):
        client.fetch_submissions(999)


@pytest.mark.parametrize("path", [
    "/Archives/edgar/data/1234567/../../../../secret.txt",
    "/../secret.txt",
    "/files/../../secret.txt",
    "/Archives/edgar/data/1234567/000123456726000002/..",
    "/submissions/CIK0001234567.json/../../../secret.txt",
])
def test_mirror_refuses_paths_outside_its_root(tmp_path, path):
    root = build_tree(tmp_path / "mirror")
    (tmp_path / "secret.txt").write_text("secret")
    with pytest.raises(ValidationError):
        MirrorTransport(root).get("https://www.sec.gov" + path)


def test_mirror_refuses_a_symlink_leading_outside(tmp_path):
    root = build_tree(tmp_path / "mirror")
    (tmp_path / "secret.txt").write_text("secret")
    (root / folder(Q_ACC).lstrip("/") / "link.htm").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(ValidationError, match="outside"):
        MirrorTransport(root).get(f"https://www.sec.gov{folder(Q_ACC)}/link.htm")


def test_offline_reads_only_the_raw_store(edgar):
    server, settings = edgar
    online = client_for(settings)
    online.resolve_cik("ACME")
    submissions = online.fetch_submissions(CIK)
    server.clear()
    offline = client_for(settings.with_(offline=True, user_agent=""))
    assert offline.fetch_submissions(CIK) == submissions
    assert offline.resolve_cik("ACME").cik == CIK
    with pytest.raises(NotFoundError, match="run without --offline"):
        offline.fetch_filing_index(FilingRecord(Q_ACC, CIK, "10-Q", None))
    assert server.requests == []
    assert len(offline.store.iter_log()) == len(online.store.iter_log())  # nothing re-logged


def test_parse_index_page_reads_the_real_layout():
    page = corpus_file("8k-adbe-0000796343-23-000044/0000796343-23-000044-index.html")
    rows = parse_index_page(page.read_bytes())
    assert ("adbe-20230315.htm", "8-K") in rows
    assert ("adbeex991q123.htm", "EX-99.1") in rows


def test_guess_exhibits_ignores_non_documents_and_other_exhibits():
    assert guess_exhibits(["ex99.jpg", "ex10-1.htm", "index.htm", "exhibit99.htm"]) == [
        ("exhibit99.htm", "EX-99.1")]


def test_timing_sanity_of_the_whole_flow(edgar):
    """The full flow at 10/s finishes promptly: the limiter does not over-wait."""
    _, settings = edgar
    client = client_for(settings.with_(rate_per_s=10), limiter=RateLimiter(10))
    started = time.monotonic()
    run_full_flow(client)
    elapsed = time.monotonic() - started
    assert client.requests_made >= 9
    assert elapsed < (client.requests_made / 10) + 1.0


def test_retry_after_accepts_seconds_and_http_dates():
    from datetime import UTC, datetime

    from pipeline.transport import parse_retry_after

    now = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3", now=now) == 3.0
    assert parse_retry_after("Sun, 01 Mar 2026 12:00:07 GMT", now=now) == 7.0
    assert parse_retry_after("Sun, 01 Mar 2026 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None


def test_retry_after_http_date_is_honoured(edgar):
    from email.utils import formatdate

    server, settings = edgar
    server.inject(TICKERS, status(503, retry_after=formatdate(time.time() + 2, usegmt=True)))
    client_for(settings).fetch(settings.base_url + TICKERS)
    first, second = server.requests_to(TICKERS)
    assert second.at - first.at >= 0.9  # HTTP-dates have 1 s resolution


def test_a_retry_after_too_long_to_wait_stops_the_run(edgar):
    server, settings = edgar
    server.inject(TICKERS, status(429, retry_after=3600))
    with pytest.raises(TransportError, match="wait 3600 s"):
        client_for(settings).fetch(settings.base_url + TICKERS)
    assert len(server.requests_to(TICKERS)) == 1


def test_default_server_serves_the_project_fixtures(edgar_server, tmp_path):
    client = client_for(edgar_server.settings(tmp_path / "data"))
    company = client.resolve_cik("CBRS")
    filings = client.list_filings(client.fetch_submissions(company.cik), ["8-K"])
    results = [f for f in filings if is_results_8k(f)]
    assert results, "the fixtures hold an Item 2.02 8-K"
    kinds = [d.exhibit_type for d, _ in client.fetch_filing_documents(results[0])]
    assert kinds[0] == "primary" and "EX-99.1" in kinds


def test_malformed_base_url_is_a_transport_error_without_retries(tmp_path):
    from pipeline.config import Settings

    settings = Settings(data_dir=tmp_path, user_agent=TEST_IDENTITY, base_url="htp:/nowhere",
                        backoff_s=5.0)
    started = time.monotonic()
    with pytest.raises(TransportError, match="EDGAR_BASE_URL"):
        client_for(settings).resolve_cik("ACME")
    assert time.monotonic() - started < 2.0  # not retried with a 5 s backoff
