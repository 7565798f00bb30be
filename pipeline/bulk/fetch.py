"""The one fetcher of bulk mode: fills the raw store day by day and writes each day's plan.

For every filing the form indexes list (pipeline.bulk.discover), it reads the filing's index
page (``<accession>-index.html``: primary document, 8-K items, period, inline XBRL) to build the
filing's record, then asks the existing ``EdgarClient.fetch_filing_documents`` for exactly the
bodies ingest reads (index.json, the primary document, an Item 2.02 8-K's EX-99.1/99.2), through
the shared rate limiter into the raw store. Every body is reused when stored, so a rerun makes
no request. A day's plan (pipeline.bulk.days) is written only when every filing of the day is
whole in the store: an extract worker never meets half a day.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date

import click
from lxml import etree
from lxml import html as lxml_html

from core.dates import parse_date
from core.errors import FilingcheckError, ParsingError
from pipeline.bulk.days import DayPlan, write_day_plan
from pipeline.bulk.discover import (
    Discovery,
    IndexEntry,
    daily_index_url,
    discover,
    full_index_url,
    quarter_of,
)
from pipeline.bulk.lease import EdgarLease
from pipeline.bulk.metadata import CompanyMetadata, read_metadata
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.filing_index import parse_index_page
from pipeline.forms import is_amendment
from pipeline.rawstore import RawStore
from warehouse.records import FilingRecord

_ITEM = re.compile(r"\bItem\s+(\d{1,2}\.\d{2})", re.IGNORECASE)


def index_page_name(accession: str) -> str:
    return f"{accession}-index.html"


def filing_from_index_page(entry: IndexEntry, body: bytes) -> FilingRecord:
    """The filing record the index page describes, as the submissions JSON would give it."""
    try:
        root = lxml_html.fromstring(body)
    except (ValueError, etree.ParserError) as exc:
        raise ParsingError(f"{entry.accession}: the filing index page could not be parsed "
                           f"({exc})") from exc
    info = _info_fields(root)
    rows = parse_index_page(body)
    primary = next((name for name, kind in rows if kind == entry.form), None)
    if primary is None and rows:
        primary = rows[0][0]  # Seq 1 is the primary document whatever its type says
    if primary is None:
        raise ParsingError(f"{entry.accession}: the filing index page lists no document; is it "
                           "an error page?")
    items = _ITEM.findall(info.get("items", ""))
    period = info.get("period of report", "").strip()
    return FilingRecord(
        accession=entry.accession, cik=entry.cik, form=entry.form, filed_date=entry.filed,
        report_date=parse_date(period) if period else None,
        file_number=_file_numbers(root).get(entry.cik),
        primary_document=primary, is_amendment=is_amendment(entry.form),
        items=",".join(items) or None,
        is_xbrl=_has_xbrl(root, rows))


def _file_numbers(root) -> dict[int, str]:
    """CIK -> file number from the page's filer blocks (each div.companyInfo names a filer's
    CIK and, in its identInfo line, "File No.: 001-36743"); co-registrants have one each."""
    found = {}
    for block in root.xpath('//div[@class="companyInfo"]'):
        ciks = [re.search(r"CIK=(\d+)", a.get("href", "")) for a in block.xpath(".//a[@href]")]
        numbers = block.xpath('.//a[contains(@href, "filenum=")]')
        cik = next((int(m[1]) for m in ciks if m), None)
        if cik is not None and numbers and numbers[0].text_content().strip():
            found.setdefault(cik, numbers[0].text_content().strip())
    return found


def _has_xbrl(root, rows: list[tuple[str, str]]) -> bool:
    """Inline XBRL (the page marks the document "iXBRL") or an XBRL instance (EX-101.INS)."""
    return (any(kind.startswith("EX-101") for _, kind in rows)
            or any("ixbrl" in t.text_content().lower() for t in root.iter("table")))


def _info_fields(root) -> dict[str, str]:
    """infoHead -> info text of the page's header ("Period of Report", "Items" ...); the item
    lines are kept apart (EDGAR separates them with <br>)."""
    fields = {}
    for head in root.xpath('//div[@class="infoHead"]'):
        value = head.getnext()
        if value is not None and value.get("class") == "info":
            text = " ; ".join(t.strip() for t in value.itertext() if t.strip())
            fields[head.text_content().strip().lower()] = text
    return fields


@dataclass
class DayOutcome:
    day: date
    filings: list[FilingRecord] = field(default_factory=list)
    fetched: list[dict] = field(default_factory=list)  # the day's fetch log
    failures: list[str] = field(default_factory=list)
    requests: int = 0
    plan_written: bool = False

    def format(self) -> str:
        forms = Counter(f.form for f in self.filings)
        counts = ", ".join(f"{form} {n}" for form, n in sorted(forms.items())) or "none"
        line = (f"{self.day}: {len(self.filings)} filings ({counts}), {self.requests} requests, "
                + ("plan written" if self.plan_written
                   else f"{len(self.failures)} not fetched: no plan; run again"))
        return "\n".join([line, *(f"  not fetched: {f}" for f in self.failures)])


def fetch_filing(client: EdgarClient, entry: IndexEntry) -> tuple[FilingRecord, list[dict]]:
    """Store every body ingest needs for one filing; returns its record and its fetch log
    (url, sha256 and size of each body, as the raw store holds it)."""
    stub = FilingRecord(accession=entry.accession, cik=entry.cik, form=entry.form,
                        filed_date=entry.filed)
    url = client.document_url(stub, index_page_name(entry.accession))
    body, sha256 = client.fetch_stored(url, reuse=True)  # immutable once filed
    try:
        filing = filing_from_index_page(entry, body)
    except ParsingError as exc:
        client.reject(url, sha256, str(exc))  # an error page: fetched again next run
        raise
    # the very bodies ingest asks for, kept in the store
    documents = client.fetch_filing_documents(filing)
    logged = [_logged(client, entry.accession, url),
              _logged(client, entry.accession, client.folder_url(filing) + "index.json")]
    logged += [{"accession": entry.accession, "url": record.url, "sha256": record.sha256,
                "bytes": record.bytes} for record, _ in documents]
    return filing, [e for e in logged if e is not None]


def _logged(client: EdgarClient, accession: str | None, url: str) -> dict | None:
    sha256 = client.store.lookup(url)
    if sha256 is None:
        return None
    size = client.store.path_for(sha256).stat().st_size
    return {"accession": accession, "url": url, "sha256": sha256, "bytes": size}


def _index_logged(client: EdgarClient, day: date) -> list[dict]:
    """The form index the day's filings were found in (daily, else the quarter's full one)."""
    base = client.settings.base_url
    for url in (daily_index_url(base, day), full_index_url(base, day.year, quarter_of(day))):
        entry = _logged(client, None, url)
        if entry is not None:
            return [entry]
    return []


def fetch_day(client: EdgarClient, day: date, entries: list[IndexEntry], *,
              show_progress: bool = False,
              metadata: CompanyMetadata | None = None) -> DayOutcome:
    """Fetch one day's filings; write its plan when all of them are whole in the store. The
    filers' names and tickers come from ``metadata`` (the bulk archives), else the index."""
    outcome = DayOutcome(day)
    before = client.requests_made
    with _progress(entries, show_progress, str(day)) as bar:
        for entry in bar:
            try:
                filing, fetched = fetch_filing(client, entry)
            except FilingcheckError as exc:
                outcome.failures.append(f"{entry.form} {entry.accession}: {exc}")
                continue
            outcome.filings.append(filing)
            outcome.fetched += fetched
    outcome.requests = client.requests_made - before
    if not outcome.failures:
        metadata = metadata or CompanyMetadata()
        companies = {e.cik: metadata.names.get(e.cik, e.company) for e in entries}
        known = {cik: metadata.tickers[cik] for cik in companies if cik in metadata.tickers}
        fetched = tuple(_index_logged(client, day) + outcome.fetched)
        write_day_plan(client.settings.raw_dir,
                       DayPlan(day, tuple(outcome.filings), companies, known, fetched))
        outcome.plan_written = True
    return outcome


@dataclass
class FetchSummary:
    days: list[DayOutcome] = field(default_factory=list)
    missing: list[date] = field(default_factory=list)
    requests: int = 0

    @property
    def complete(self) -> bool:
        return all(d.plan_written for d in self.days)

    def format(self) -> str:
        filings = sum(len(d.filings) for d in self.days)
        planned = sum(d.plan_written for d in self.days)
        days = f"{len(self.days)} day{'' if len(self.days) == 1 else 's'}"
        line = (f"bulk fetch: {days}, {filings} filings, {self.requests} requests,"
                f" {planned} day plans written")
        if self.missing:
            more = " ..." if len(self.missing) > 5 else ""
            shown = ", ".join(map(str, self.missing[:5])) + more
            line += f"; no daily index for {len(self.missing)} weekdays ({shown})"
        return line


def run_fetch(settings: Settings, start: date, end: date, forms: Iterable[str], *,
              full_index: bool = False, show_progress: bool | None = None,
              echo: Callable[[str], None] = click.echo, transport=None) -> FetchSummary:
    """`filingcheck bulk fetch`: hold the EDGAR lease, discover, fetch day by day.
    ``transport`` replaces the client's own (HTTP with the shared limiter) for a bench."""
    show = sys.stderr.isatty() if show_progress is None else show_progress
    summary = FetchSummary()
    with EdgarLease(settings.raw_dir):
        client = EdgarClient(settings, RawStore(settings.raw_dir), transport=transport)
        found = discover(client, start, end, forms, full_index=full_index)
        summary.missing = found.missing
        metadata = _metadata(client, found)
        for problem in metadata.problems:
            echo(f"company names and tickers not from the bulk archive: {problem}")
        for day, entries in found.days.items():
            outcome = fetch_day(client, day, entries, show_progress=show, metadata=metadata)
            echo(outcome.format())
            summary.days.append(outcome)
        summary.requests = client.requests_made
    return summary


def _metadata(client: EdgarClient, found: Discovery) -> CompanyMetadata:
    """The filers' names and tickers from the bulk archives; without submissions.zip, tickers
    from company_tickers.json, and without either archive, names from the form indexes."""
    ciks = {e.cik for entries in found.days.values() for e in entries}
    if not ciks:
        return CompanyMetadata()
    metadata = read_metadata(client, ciks)
    if "submissions.zip" not in metadata.archives:  # the archive that lists tickers
        metadata.tickers = {c: t for c, t in client.tickers_by_cik().items() if c in ciks}
    return metadata


def run_plan(settings: Settings, start: date, end: date, forms: Iterable[str], *,
             full_index: bool = False) -> Discovery:
    """`filingcheck bulk plan`: the days and their filings, from the indexes only (it reads
    them from EDGAR, so it holds the lease too)."""
    with EdgarLease(settings.raw_dir, purpose="bulk plan"):
        client = EdgarClient(settings, RawStore(settings.raw_dir))
        return discover(client, start, end, forms, full_index=full_index)


def format_discovery(found: Discovery) -> str:
    lines = []
    for day, entries in found.days.items():
        forms = Counter(e.form for e in entries)
        counts = ", ".join(f"{form} {n}" for form, n in sorted(forms.items())) or "none"
        lines.append(f"{day}: {len(entries)} filings ({counts})")
    total = sum(len(e) for e in found.days.values())
    lines.append(f"{len(found.days)} days, {total} filings"
                 + (f"; no daily index for {len(found.missing)} weekdays" if found.missing else ""))
    return "\n".join(lines)


def _progress(items: list, show: bool, label: str):
    if show and items:
        return click.progressbar(items, label=label, file=sys.stderr,
                                 item_show_func=lambda e: e and f"{e.form} {e.accession}")
    return nullcontext(items)
