"""Bulk mode's fetch side (issue 16): discovery from EDGAR's form indexes, the EDGAR lease, the
one fetcher and its day plans, against a synthetic EDGAR served on 127.0.0.1."""

from __future__ import annotations

import fcntl
import os
from datetime import date

import pytest
from click.testing import CliRunner

from core.errors import ParsingError
from pipeline.bulk.days import plan_path, read_day_plan
from pipeline.bulk.discover import IndexEntry, parse_form_index, select_entries, weekdays
from pipeline.bulk.fetch import filing_from_index_page, run_fetch, run_plan
from pipeline.bulk.lease import EdgarLease, LeaseHeldError, _still_named
from pipeline.bulk.metadata import read_metadata
from pipeline.cli import main
from pipeline.edgar import EdgarClient
from pipeline.forms import DEFAULT_FORMS
from pipeline.rawstore import RawStore
from tests.bulk_edgar import FIXTURES_EDGAR, TEMPLATE_CIK, generate_edgar, load_templates
from tests.edgar_server import EdgarTestServer, body, status

RATE = 10.0
N_FILINGS, PER_DAY = 14, 5  # three days; every template form, two Item 2.02 8-Ks


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    return generate_edgar(tmp_path_factory.mktemp("edgar"), N_FILINGS, per_day=PER_DAY)


@pytest.fixture(scope="module")
def server(synthetic):
    served = EdgarTestServer(synthetic.root)
    yield served
    served.close()


@pytest.fixture(scope="module")
def first_run(synthetic, server, tmp_path_factory):
    """One fetch of the whole range, the requests the server saw, and a rerun's."""
    settings = server.settings(tmp_path_factory.mktemp("data"), rate_per_s=RATE)
    server.clear()
    summary = run_fetch(settings, synthetic.days[0], synthetic.days[-1], DEFAULT_FORMS,
                        echo=lambda line: None)
    first = server.requests
    server.clear()
    rerun = run_fetch(settings, synthetic.days[0], synthetic.days[-1], DEFAULT_FORMS,
                      echo=lambda line: None)
    return settings, summary, first, rerun, server.requests


# -- discovery ---------------------------------------------------------------------------------

# Written for this test in the daily index's layout: the header wraps, the form column is
# wider than the header says, form types and company names hold spaces.
DAILY = """Description:           Daily Index of EDGAR Dissemination Feed by Form Type
Last Data Received:    Sep 15, 2026

Form Type   Company Name                                                  CIK
      Date Filed  File Name
---------------------------------------------------------------------------------------------
10-K             Example Power Holdings, Inc.                                  2080126     20260915    edgar/data/2080126/0002080126-26-000035.txt
SC 13G/A         SOME  ODDLY   SPACED FUND LP                                  1360565     20260915    edgar/data/1360565/0001493152-26-042699.txt
8-K              Joint Filer Parent Corp                                       1001253     20260915    edgar/data/1001253/0001001253-26-000021.txt
8-K              Joint Filer Subsidiary LLC                                    1001200     20260915    edgar/data/1001200/0001001253-26-000021.txt
"""  # noqa: E501 (EDGAR's row width)
FULL = """Description:           Full Index
Form Type   Company Name                                                  CIK         Date Filed  File Name
---------------------------------------------------------------------------------------------------------
10-Q        Example Power Holdings, Inc.                                  2080126     2026-08-03  edgar/data/2080126/0002080126-26-000030.txt
"""  # noqa: E501 (EDGAR's row width)


def test_parse_daily_index_rows():
    rows = parse_form_index(DAILY)
    assert [(r.form, r.cik, r.filed, r.accession) for r in rows[:2]] == [
        ("10-K", 2080126, date(2026, 9, 15), "0002080126-26-000035"),
        ("SC 13G/A", 1360565, date(2026, 9, 15), "0001493152-26-042699")]
    assert rows[1].company == "SOME  ODDLY   SPACED FUND LP"
    kept = select_entries(rows, DEFAULT_FORMS)
    # SC 13G/A is not a form filingcheck reads; the joint 8-K is one filing, under its lower CIK
    assert [(r.form, r.cik) for r in kept] == [("8-K", 1001200), ("10-K", 2080126)]


def test_parse_full_index_dates_and_refuses_a_non_index():
    (row,) = parse_form_index(FULL)
    assert (row.form, row.filed, row.accession) == ("10-Q", date(2026, 8, 3),
                                                    "0002080126-26-000030")
    with pytest.raises(ParsingError, match="line of dashes"):
        parse_form_index("<html>Too Many Requests</html>")


def test_plan_reads_the_generated_indexes(synthetic, server, tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE)
    start, end = synthetic.days[0], synthetic.days[-1]
    daily = run_plan(settings, start, end, DEFAULT_FORMS)
    full = run_plan(settings, start, end, DEFAULT_FORMS, full_index=True)
    want = {d: sorted(f.accession for f in synthetic.filings if f.filed_date == d)
            for d in synthetic.days}
    for found in (daily, full):
        assert {d: sorted(e.accession for e in es) for d, es in found.days.items()} == want
    # the weekdays between the generated ones have an index each: nothing is missing
    assert daily.missing == [d for d in weekdays(start, end) if d not in want]


def test_bulk_plan_command_prints_days_and_counts(synthetic, server, tmp_path, monkeypatch):
    monkeypatch.setenv("EDGAR_BASE_URL", server.url)
    monkeypatch.setenv("SEC_USER_AGENT", "Filingcheck Test Suite filingcheck-tests@newsroom.org")
    day = synthetic.days[0]
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "bulk", "plan",
                                       "--from", str(day), "--to", str(day)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith(f"{day}: {PER_DAY} filings (")


# -- a filing's record from its index page ----------------------------------------------------

def test_index_page_gives_the_record_the_submissions_json_gives():
    """The fixture index pages (EDGAR's layout) against the fixture submissions JSON."""
    for template in load_templates():
        record = template.record
        folder = (FIXTURES_EDGAR / "Archives/edgar/data" / str(TEMPLATE_CIK)
                  / record.accession.replace("-", ""))
        page = (folder / f"{record.accession}-index.html").read_bytes()
        entry = IndexEntry(record.form, "Cerebras Systems Inc.", record.cik, record.filed_date,
                           record.accession)
        assert filing_from_index_page(entry, page) == record


# Written for this test in the layout of EDGAR's index page for a filing of two co-registrants.
JOINT_PAGE = b"""<html><body>
<div class="formGrouping"><div class="infoHead">Items</div>
<div class="info">Item 2.02: Results of Operations<br />Item 7.01: Regulation FD<br /></div></div>
<table class="tableFile"><tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th>
<th>Size</th></tr>
<tr><td>1</td><td>EX-99.1</td><td><a href="a.htm">pr.htm</a></td><td>EX-99.1</td><td>9</td></tr>
<tr><td>2</td><td>8-K</td><td><a href="b.htm">form8k.htm</a></td><td>8-K</td><td>9</td></tr>
</table>
<div class="companyInfo"><span class="companyName">PARENT CORP (Filer) CIK:
<a href="/cgi-bin/browse-edgar?CIK=0001001253&amp;action=getcompany">0001001253</a></span>
<p class="identInfo">Type: <strong>8-K</strong> | File No.: <a href="/cgi-bin/browse-edgar?filenum=001-11111&amp;action=getcompany"><strong>001-11111</strong></a></p></div>
<div class="companyInfo"><span class="companyName">SUBSIDIARY LLC (Filer) CIK:
<a href="/cgi-bin/browse-edgar?CIK=0001001200&amp;action=getcompany">0001001200</a></span>
<p class="identInfo">Type: <strong>8-K</strong> | File No.: <a href="/cgi-bin/browse-edgar?filenum=333-22222&amp;action=getcompany"><strong>333-22222</strong></a></p></div>
</body></html>"""  # noqa: E501 (EDGAR's line width)


def test_index_page_of_co_registrants():
    entry = IndexEntry("8-K", "SUBSIDIARY LLC", 1001200, date(2026, 9, 15),
                       "0001001253-26-000021")
    filing = filing_from_index_page(entry, JOINT_PAGE)
    # the document typed as the form is primary, wherever it sits; the filer's own file number
    assert (filing.primary_document, filing.file_number) == ("form8k.htm", "333-22222")
    assert (filing.items, filing.is_xbrl, filing.report_date) == ("2.02,7.01", False, None)
    with pytest.raises(ParsingError, match="lists no document"):
        filing_from_index_page(entry, b"<html><body>Too Many Requests</body></html>")


# -- the fetcher -------------------------------------------------------------------------------

def test_plans_list_exactly_the_generated_filings(synthetic, first_run):
    settings, summary, *_ = first_run
    assert summary.complete and len(summary.days) == len(synthetic.days)
    for day in synthetic.days:
        plan = read_day_plan(plan_path(settings.raw_dir, day))
        want = {f for f in synthetic.filings if f.filed_date == day}
        assert set(plan.filings) == want  # primary document, items, period, XBRL included
        assert plan.companies == {f.cik: synthetic.companies[f.cik] for f in want}


def test_fetcher_never_exceeds_the_rate_in_any_second(first_run):
    _, _, requests, _, _ = first_run
    times = sorted(r.at for r in requests)
    assert len(times) > 2 * RATE  # enough requests for the windows to mean something
    busiest = max(sum(1 for t in times[i:] if t < start + 1.0) for i, start in enumerate(times))
    assert busiest <= RATE


def test_rerun_makes_no_request(first_run):
    _, summary, first, rerun, again = first_run
    assert summary.requests == len(first) > 0
    assert again == [] and rerun.requests == 0 and rerun.complete


def test_extract_side_reads_every_planned_filing_with_no_network(synthetic, first_run):
    settings = first_run[0]
    offline = EdgarClient(settings.with_(offline=True), RawStore(settings.raw_dir))
    for day in synthetic.days:
        for filing in read_day_plan(plan_path(settings.raw_dir, day)).filings:
            documents = offline.fetch_filing_documents(filing)
            kinds = sorted(record.exhibit_type for record, _ in documents)
            assert kinds[-1] == "primary"
            if filing.items and "2.02" in filing.items:
                assert "EX-99.1" in kinds  # the results exhibit was fetched too


def test_a_filing_that_fails_leaves_its_day_unplanned(synthetic, server, tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE, max_retries=0)
    broken = synthetic.filings[0]
    folder = f"/Archives/edgar/data/{broken.cik}/{broken.accession.replace('-', '')}/"
    server.clear()
    server.inject(folder + broken.primary_document, status(404))
    day = broken.filed_date
    summary = run_fetch(settings, day, day, DEFAULT_FORMS, echo=lambda line: None)
    assert not summary.complete and not plan_path(settings.raw_dir, day).exists()
    assert broken.accession in summary.days[0].failures[0]
    again = run_fetch(settings, day, day, DEFAULT_FORMS, echo=lambda line: None)
    assert again.complete and again.requests == 1  # only the missing body is asked for
    assert len(read_day_plan(plan_path(settings.raw_dir, day)).filings) == PER_DAY


# -- the lease ---------------------------------------------------------------------------------

def test_a_second_fetcher_is_refused_by_the_lease(synthetic, server, tmp_path, monkeypatch):
    settings = server.settings(tmp_path, rate_per_s=RATE)
    day = synthetic.days[0]
    server.clear()
    with EdgarLease(settings.raw_dir):
        with pytest.raises(LeaseHeldError, match=r"pid \d+ on "):
            run_fetch(settings, day, day, DEFAULT_FORMS, echo=lambda line: None)
        monkeypatch.setenv("EDGAR_BASE_URL", server.url)
        monkeypatch.setenv("SEC_USER_AGENT", "Filingcheck Test Suite "
                                             "filingcheck-tests@newsroom.org")
        result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "bulk", "fetch",
                                           "--from", str(day), "--to", str(day)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "another process talks to EDGAR" in result.output
    assert server.requests == []  # refused before a single request
    # released: the next fetcher gets it, and says what it did, a line a day
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "bulk", "fetch",
                                       "--from", str(day), "--to", str(day)])
    assert result.exit_code == 0, result.output
    first, last = result.output.splitlines()
    assert first.startswith(f"{day}: {PER_DAY} filings (") and first.endswith("plan written")
    assert last.startswith(f"bulk fetch: 1 day, {PER_DAY} filings, {len(server.requests)} req")


def test_ingest_takes_the_same_lease(synthetic, server, tmp_path, monkeypatch):
    """`filingcheck ingest` talks to EDGAR too: while a bulk fetcher holds the lease it is
    refused at once, in one line, with exit status 2, before any request."""
    settings = server.settings(tmp_path, rate_per_s=RATE)
    monkeypatch.setenv("EDGAR_BASE_URL", server.url)
    monkeypatch.setenv("EDGAR_DATA_URL", server.url)
    monkeypatch.setenv("SEC_USER_AGENT", "Filingcheck Test Suite filingcheck-tests@newsroom.org")
    cik = synthetic.filings[0].cik
    args = ["--data-dir", str(tmp_path), "ingest", "--cik", str(cik)]
    server.clear()
    with EdgarLease(settings.raw_dir):
        refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2
    assert refused.output.count("\n") == 1 and "another process talks to EDGAR" in refused.output
    assert server.requests == []
    done = CliRunner().invoke(main, args)  # released with its holder
    assert done.exit_code == 0, done.output
    # and a bulk fetcher is refused while an ingest holds it
    with EdgarLease(settings.raw_dir, purpose="ingest"), \
            pytest.raises(LeaseHeldError, match="ingest, pid"):
        run_fetch(settings, synthetic.days[0], synthetic.days[0], DEFAULT_FORMS,
                  echo=lambda line: None)


def test_company_metadata_comes_from_the_bulk_archives(synthetic, server, tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE)
    client = EdgarClient(settings, RawStore(settings.raw_dir))
    ciks = sorted(synthetic.companies)
    server.clear()
    found = read_metadata(client, [*ciks, 42])  # 42 is in neither archive
    assert found.archives == ["submissions.zip", "companyfacts.zip"]
    assert found.names == synthetic.companies  # not the capitals of the form indexes
    assert set(found.tickers) == set(ciks) and 42 not in found.names
    assert [r.path.rsplit("/", 1)[1] for r in server.requests] == list(found.archives)
    server.clear()
    assert read_metadata(client, ciks) == found and server.requests == []  # stored: reused


def test_a_damaged_archive_is_refused_and_fetched_again(synthetic, server, tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE, max_retries=0)
    client = EdgarClient(settings, RawStore(settings.raw_dir))
    path = "/Archives/edgar/daily-index/bulkdata/submissions.zip"
    server.inject(path, body(b"<html>Too Many Requests</html>"))
    with pytest.raises(ParsingError, match="not a zip archive"):
        read_metadata(client, synthetic.companies)
    assert read_metadata(client, synthetic.companies).names == synthetic.companies


def test_without_archives_names_come_from_the_indexes(synthetic, server, tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE, max_retries=0)
    for name in ("submissions.zip", "companyfacts.zip"):
        server.inject(f"/Archives/edgar/daily-index/bulkdata/{name}", status(404))
    day = synthetic.days[0]
    run_fetch(settings, day, day, DEFAULT_FORMS, echo=lambda line: None)
    plan = read_day_plan(plan_path(settings.raw_dir, day))
    assert plan.companies == {c: n.upper() for c, n in synthetic.companies.items()
                              if c in plan.companies}
    assert all(t.startswith("SY") for t in plan.tickers.values())  # company_tickers.json


def test_an_archive_that_cannot_be_fetched_is_said_and_passed_over(synthetic, server,
                                                                   tmp_path):
    settings = server.settings(tmp_path, rate_per_s=RATE, max_retries=0)
    server.inject("/Archives/edgar/daily-index/bulkdata/submissions.zip", status(503))
    day = synthetic.days[0]
    lines: list[str] = []
    summary = run_fetch(settings, day, day, DEFAULT_FORMS, echo=lines.append)
    (refused,) = [line for line in lines if "not from the bulk archive" in line]
    assert "submissions.zip" in refused and "503" in refused
    assert summary.complete
    plan = read_day_plan(plan_path(settings.raw_dir, day))
    # names from companyfacts.zip, tickers from company_tickers.json
    assert plan.companies == {c: n for c, n in synthetic.companies.items()
                              if c in plan.companies}
    assert set(plan.tickers) == set(plan.companies)


def test_a_released_lease_leaves_no_file_and_a_stale_opener_is_refused(tmp_path):
    raw = tmp_path / "raw"
    lease = EdgarLease(raw)
    with lease:
        opened_before = os.open(lease.path, os.O_RDWR)  # a second process, just before the end
    try:
        assert not lease.path.exists() and not lease.path.parent.exists()
        fcntl.flock(opened_before, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the old file is free ...
        assert not _still_named(opened_before, lease.path)  # ... but no longer the lease
    finally:
        os.close(opened_before)
    with EdgarLease(raw), pytest.raises(LeaseHeldError):
        EdgarLease(raw).__enter__()
