"""The extract task: one filing day, from the raw store to a staged folder of Parquet files.

``extract_day`` is a plain top-level function (picklable), run by whatever Executor the engine
picked (pipeline/bulk/engine.py); nothing here knows which. It makes no network request: its
EDGAR client has a transport that raises when asked for anything the raw store does not hold.
Each filing goes through the same per-filing path as ``filingcheck ingest``
(``pipeline.ingest.extract_filing`` then ``warehouse.load.load_filing``) into an in-memory
DuckDB with the warehouse's migrations, so the lake has the warehouse's columns, types and ids
by construction.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from core.errors import FilingcheckError, NotFoundError
from pipeline.bulk import lake
from pipeline.bulk.days import DayPlan, read_day_plan
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.ingest import extract_filing, fetch_companyfacts
from pipeline.rawstore import RawStore
from pipeline.safepath import cik10
from warehouse import connect, load
from warehouse.records import CompanyRecord


class NetworkForbiddenError(FilingcheckError):
    """An extract worker asked for a body the raw store does not hold."""


class NoNetworkTransport:
    """The transport of an extract worker: every request is refused. Bodies come from the
    raw store (the client's reuse path); a body missing there is a fetch-stage defect."""

    records_bodies = False

    def get(self, url: str) -> bytes:
        raise NetworkForbiddenError(
            f"{url} is not in the raw store and extract workers make no request; run "
            "`filingcheck bulk fetch` for that day again")


@dataclass(frozen=True)
class DayResult:
    """What one extract task hands the committer (small: it crosses process boundaries)."""

    day: str
    staged: str  # the staged day folder
    fingerprint: str
    filings: int
    documents: int
    facts: int
    errors: int
    seconds: float
    bucket: int | None = None  # the hash bucket, for a day split in buckets


def extract_day(settings: Settings, plan_file: str, lake_dir: str, bucket: int | None = None,
                buckets: int = 1) -> DayResult:
    """Extract the filings of one day's plan into ``<lake>/_staging/<day>-<fingerprint>``,
    or, for a day split in ``buckets`` hash buckets, only the filings of ``bucket`` (into
    ``<day>-bNNofMM-<fingerprint>``: the committer assembles the day from its buckets).

    Rerunning it (a retried task, a second run) writes byte-identical files; the staged
    folder appears whole (written under a temporary name, then renamed).
    """
    started = time.perf_counter()
    plan_bytes = Path(plan_file).read_bytes()
    plan = read_day_plan(Path(plan_file))
    stamp = lake.fingerprint(plan_bytes, lake.extractor_versions(), buckets)
    staging = Path(lake_dir) / lake.STAGING
    work = staging / f"tmp-{plan.day.isoformat()}-{uuid.uuid4().hex[:8]}"
    work.mkdir(parents=True)
    try:
        counts = _extract_into(settings, bucket_plan(plan, bucket, buckets), work, bucket)
        manifest = {"day": plan.day.isoformat(), "fingerprint": stamp,
                    "extractor_versions": lake.extractor_versions(), "files": counts}
        name = f"{plan.day.isoformat()}-{stamp[:16]}"
        if bucket is not None:
            manifest.update(bucket=bucket, buckets=buckets)
            name = f"{plan.day.isoformat()}-b{bucket:02d}of{buckets:02d}-{stamp[:16]}"
        lake.write_manifest(work, manifest)
        staged = staging / name
        shutil.rmtree(staged, ignore_errors=True)  # a twin task's identical output
        os.rename(work, staged)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    rows = defaultdict(int)
    for entry in counts.values():
        rows[entry["table"]] += entry["rows"]
    return DayResult(plan.day.isoformat(), str(staged), stamp, rows["filings"],
                     rows["documents"], rows["facts"], rows["errors"],
                     time.perf_counter() - started, bucket)


def bucket_plan(plan: DayPlan, bucket: int | None, buckets: int) -> DayPlan:
    """The part of a day's plan that falls in one hash bucket (the whole plan for None)."""
    if bucket is None:
        return plan
    filings = tuple(f for f in plan.filings if lake.bucket_of(f.accession, buckets) == bucket)
    ciks = {f.cik for f in filings}
    # the day's own rows of the fetch log (its form index) go with bucket 0
    fetched = tuple(e for e in plan.fetched if (e["accession"] is None and bucket == 0)
                    or (e["accession"] is not None
                        and lake.bucket_of(e["accession"], buckets) == bucket))
    return DayPlan(plan.day, filings,
                   {c: n for c, n in plan.companies.items() if c in ciks},
                   {c: t for c, t in plan.tickers.items() if c in ciks}, fetched)


def worker_client(settings: Settings) -> EdgarClient:
    """An EDGAR client that reads only the raw store and refuses any request."""
    offline = settings.with_(offline=True)
    return EdgarClient(offline, RawStore(offline.raw_dir), transport=NoNetworkTransport())


def _extract_into(settings: Settings, plan: DayPlan, folder: Path,
                  bucket: int | None) -> dict[str, dict]:
    client = worker_client(settings)
    with connect(":memory:") as conn:
        conn.execute("SET threads = 1")  # one row-group layout, whatever the machine
        for ddl in lake.LAKE_ONLY_DDL:
            conn.execute(ddl)
        for entry in plan.fetched:
            conn.execute("INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?)",
                         [plan.day, entry["accession"], entry["url"], entry["sha256"],
                          entry["bytes"]])
        for cik, name in sorted(plan.companies.items()):
            load.upsert_company(conn, CompanyRecord(cik=cik, name=name,
                                                    ticker=plan.tickers.get(cik)))
        by_cik = defaultdict(list)
        for filing in plan.filings:
            by_cik[filing.cik].append(filing)
        for cik, filings in sorted(by_cik.items()):
            if cik not in plan.companies:
                load.upsert_company(conn, CompanyRecord(cik=cik, ticker=plan.tickers.get(cik)))
            companyfacts = _stored_companyfacts(client, cik, filings)
            for filing in sorted(filings, key=lambda f: f.accession):
                _load_one(conn, client, filing, companyfacts)
        return lake.write_tables(conn, folder, bucket)


def _load_one(conn, client: EdgarClient, filing, companyfacts: dict) -> None:
    """Load one filing; a filing that cannot be read is a row of `errors` (as `ingest` reports
    it and moves on), but a body missing from the raw store fails the whole day."""
    try:
        filing, records, facts = extract_filing(client, filing, companyfacts)
    except NetworkForbiddenError:
        raise
    except FilingcheckError as exc:
        conn.execute("INSERT INTO errors VALUES (?, ?, ?, ?, ?)",
                     [filing.accession, filing.cik, filing.form, filing.filed_date, str(exc)])
        return
    load.load_filing(conn, filing, records, facts, run_id=None)


def _stored_companyfacts(client: EdgarClient, cik: int, filings: list) -> dict:
    """companyfacts facts for the day's filings, from the raw store only: the fetcher stores
    the company's companyfacts JSON when EDGAR has one; none stored means none to read."""
    url = f"{client.settings.data_url}/api/xbrl/companyfacts/{cik10(cik)}.json"
    if not any(f.is_xbrl for f in filings) or client.store.lookup(url) is None:
        return {}
    try:
        return fetch_companyfacts(client, cik, filings, reuse=True)
    except NotFoundError:
        return {}
