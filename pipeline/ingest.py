"""Ingest orchestration: the one place where the order of steps lives.

    resolve company -> fetch submissions -> for each new filing:
        fetch documents -> extract facts -> load (one transaction per filing)

Every stage is a plain function in its own module (pipeline.edgar, extractors, warehouse.load);
this module only wires them, counts, and records the run.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import click

from core.errors import FilingcheckError, NotFoundError, ParsingError, ValidationError
from core.facts import Fact
from extractors import extract_document
from extractors.companyfacts import extract_companyfacts
from extractors.document import parse_document
from extractors.registrant import registrant_name
from pipeline.bulk.lease import EdgarLease
from pipeline.config import Settings
from pipeline.edgar import EdgarClient
from pipeline.failures import ResourceError, operational_error, operational_errors
from pipeline.forms import check_form, is_amendment
from pipeline.limits import LimitError, check_document, check_facts
from pipeline.rawstore import RawStore
from pipeline.safepath import cik10, validate_accession
from pipeline.submissions import first_ticker
from warehouse import connect, load, runs
from warehouse.db import require_warehouse
from warehouse.queries import resolve_company
from warehouse.records import CompanyRecord, DocumentRecord, FilingRecord


@dataclass
class IngestSummary:
    """What one ingest did, for the closing line and the runs table."""

    company: str
    cik: int | None = None
    filings_new: int = 0
    filings_skipped: int = 0
    documents_fetched: int = 0
    facts_loaded: int = 0
    failures: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)  # loaded before from a bad body

    def as_dict(self) -> dict:
        return {
            "company": self.company, "cik": self.cik, "filings_new": self.filings_new,
            "filings_skipped": self.filings_skipped, "documents_fetched": self.documents_fetched,
            "facts_loaded": self.facts_loaded, "failures": self.failures,
            "repaired": self.repaired,
        }

    def format(self) -> str:
        line = (
            f"{self.company} (CIK {self.cik}): {self.filings_new} new filings, "
            f"{self.filings_skipped} already stored, {self.documents_fetched} documents fetched, "
            f"{self.facts_loaded} facts loaded"
        )
        for repaired in self.repaired:
            line += f"\n  fetched again (stored copy was bad): {repaired}"
        for failure in self.failures:
            line += f"\n  not loaded: {failure}"
        return line


def ingest_company(settings: Settings, *, ticker: str | None = None, cik: int | None = None,
                   forms: tuple[str, ...] | None = None, since: date | None = None,
                   show_progress: bool = False, reextract: bool = False,
                   refetch: tuple[str, ...] = ()) -> IngestSummary:
    """Fetch what is new for one company, extract it and load it. Re-running fetches nothing new.

    ``refetch`` names filings (accession numbers) whose stored bodies are forgotten first, so
    they are fetched afresh and loaded again (``ingest --refetch``).

    ``reextract`` runs the extractors again over every stored filing (after an upgrade of
    filingcheck): bodies come from the raw store, so only the submissions JSON (and the
    companyfacts JSON when the store has none) is requested.

    The warehouse is opened only for short steps (what is stored, then one load per filing):
    a slow EDGAR never keeps readers of the warehouse waiting.
    """
    if cik is None and not ticker:
        raise ValidationError("say which company: --ticker T or --cik N")
    # the EDGAR lease of bulk fetch too: two fetchers on one raw store would add their rates
    with EdgarLease(settings.raw_dir, purpose="ingest"):
        return _ingest_leased(settings, ticker, cik, forms, since, show_progress, reextract,
                              refetch)


def _ingest_leased(settings: Settings, ticker, cik, forms, since, show_progress, reextract,
                   refetch) -> IngestSummary:
    client = EdgarClient(settings, RawStore(settings.raw_dir))
    summary = IngestSummary(company=ticker or str(cik))
    with connect(settings.db_path) as conn:
        run_id = runs.start_run(conn, "ingest", {"ticker": ticker, "cik": cik, "since": since,
                                                 "reextract": reextract,
                                                 "refetch": list(refetch)})
        stored = _stored_company(conn, ticker, cik)
    try:
        company = stored or _resolve(client, ticker, cik)
        submissions = client.fetch_submissions(company.cik)
        company = CompanyRecord(cik=company.cik, name=submissions.get("name") or company.name,
                                ticker=first_ticker(submissions) or company.ticker)
        summary.cik = company.cik
        filings = client.list_filings(submissions, forms or settings.forms, since)
        with connect(settings.db_path) as conn:
            load.upsert_company(conn, company)
            loaded = {f.accession for f in filings if load.has_filing(conn, f.accession)}
        forget_filings(client, filings, refetch)
        new = [f for f in filings if reextract or f.accession not in loaded
               or f.accession in refetch or _needs_repair(client, f, summary)]
        summary.filings_skipped = len(filings) - len(new)
        companyfacts = fetch_companyfacts(client, company.cik, new, reuse=reextract)
        with _progress(new, show_progress) as bar:
            for filing in bar:
                _ingest_filing(client, settings, filing, companyfacts, run_id, summary)
    except BaseException as exc:  # the run is closed whatever stopped it, then it goes on up
        error = operational_error(exc)
        _finish_failed(settings, run_id, {**summary.as_dict(), "error": str(error or exc)})
        if error is not None and error is not exc:
            raise error from exc
        raise
    _finish(settings, run_id, "ok" if not summary.failures else "partial", summary.as_dict())
    return summary


def forget_filings(client: EdgarClient, filings: list[FilingRecord],
                   accessions: tuple[str, ...]) -> None:
    """Forget the stored bodies (index.json, index page, documents) of the named filings, so
    they are fetched afresh; a name that is not among the company's filings is an error."""
    wanted = {validate_accession(a) for a in accessions}
    unknown = wanted - {f.accession for f in filings}
    if unknown:
        raise NotFoundError(f"{', '.join(sorted(unknown))}: not among this company's filings of "
                            "the forms asked for; check the accession number (and --forms)")
    for filing in filings:
        if filing.accession in wanted:
            client.forget_filing(filing)


def _finish(settings: Settings, run_id: str, status: str, details: dict) -> None:
    with operational_errors(), connect(settings.db_path) as conn:
        runs.finish_run(conn, run_id, status, details)


def _finish_failed(settings: Settings, run_id: str, details: dict) -> None:
    """Mark the run failed; when even that fails (the disk is full) the first error is the
    one to show, and the row left `running` is marked failed by `filingcheck check`."""
    try:
        _finish(settings, run_id, "failed", details)
    except FilingcheckError:
        return


def _needs_repair(client: EdgarClient, filing: FilingRecord, summary: IngestSummary) -> bool:
    """An already-loaded filing whose stored bodies fail the checks (stored before they
    existed) is fetched and loaded again; say so in the summary."""
    problem = client.stored_filing_problem(filing)
    if problem is not None:
        summary.repaired.append(f"{filing.form} {filing.accession}: {problem}")
    return problem is not None


def ingest_file(settings: Settings, path: Path, *, cik: int, form: str,
                accession: str | None = None, filed_date: date | None = None,
                ticker: str | None = None) -> IngestSummary:
    """Load a document the user already has. A missing accession gets a deterministic local id;
    ``ticker`` is stored for the company, so `verify --ticker T` finds it afterwards."""
    form = check_form(form)
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(f"{path} does not exist; give the path of a filing document")
    body = path.read_bytes()
    store = RawStore(settings.raw_dir)
    sha256 = store.put(path.resolve().as_uri(), 200, body)
    accession = validate_accession(accession) if accession else f"local-{sha256[:20]}"
    filing = FilingRecord(accession=accession, cik=cik, form=form, filed_date=filed_date,
                          primary_document=path.name, is_amendment=is_amendment(form),
                          registrant_name=registrant_name(body))
    document = DocumentRecord(accession=accession, filename=path.name, exhibit_type="primary",
                              url=path.resolve().as_uri(), sha256=sha256, bytes=len(body))
    check_document(body, path.name, settings)
    facts = [(path.name, f) for f in extract_document(body, document=path.name, form=form)]
    check_facts(len(facts), path.name, settings)
    summary = IngestSummary(company=ticker.upper() if ticker else str(cik), cik=cik,
                            filings_new=1, documents_fetched=1,
                            facts_loaded=len(facts))
    with operational_errors(), connect(settings.db_path) as conn:
        run_id = runs.start_run(conn, "ingest --file", {"path": str(path), "cik": cik,
                                                        "ticker": ticker, "form": form,
                                                        "accession": accession,
                                                        "filed": filed_date})
        # without a ticker only the CIK is known: a stored name and ticker stay as they are
        with runs.failing_run(conn, run_id):
            load.upsert_company(conn, CompanyRecord(cik=cik,
                                                    ticker=ticker.upper() if ticker else None),
                                keep_existing=not ticker)
            load.load_filing(conn, filing, [document], facts, run_id)
        runs.finish_run(conn, run_id, "ok", summary.as_dict())
    return summary


def _ingest_filing(client, settings: Settings, filing: FilingRecord, companyfacts, run_id,
                   summary) -> None:
    """Fetch, extract and load one filing; a bad document fails this filing only (it is not
    marked loaded, so the next run tries it again)."""
    try:
        filing, records, facts = extract_filing(client, filing, companyfacts)
        # the write lock, for this one load only; a value DuckDB refuses fails this filing
        with operational_errors(), connect(settings.db_path) as conn:
            load.load_filing(conn, filing, records, facts, run_id)
    except ResourceError:
        raise  # a full disk stops the run: the next filing would fail the same way
    except FilingcheckError as exc:
        summary.failures.append(f"{filing.form} {filing.accession}: {exc}")
        return
    summary.filings_new += 1
    summary.documents_fetched += sum(r.exhibit_type != "companyfacts" for r in records)
    summary.facts_loaded += len(facts)


def extract_filing(client: EdgarClient, filing: FilingRecord, companyfacts: dict
                   ) -> tuple[FilingRecord, list[DocumentRecord], list[tuple[str, Fact]]]:
    """One filing (with the name its cover gives the registrant), its documents and facts,
    ready for ``load.load_filing``: the per-filing path shared by ``ingest`` and the bulk
    extract workers (pipeline/bulk/extract.py), so both stores get the same rows.
    ``companyfacts`` is what ``fetch_companyfacts`` returned; the limits are the client's
    settings' (pipeline.limits)."""
    documents = client.fetch_filing_documents(filing)
    filing = replace(filing, registrant_name=_registrant(documents))
    facts = _extract_documents(client, filing, documents, client.settings)
    records = [record for record, _ in documents]
    extra_doc, extra_facts = companyfacts.get(filing.accession, (None, []))
    if extra_doc is not None:
        records.append(extra_doc)
        facts += [(extra_doc.filename, f) for f in extra_facts]
    return filing, records, facts


def _registrant(documents: list[tuple[DocumentRecord, bytes]]) -> str | None:
    """The registrant's name on the filing's cover: the primary document's, else the first
    other document that has a cover (an exhibit has none)."""
    ordered = sorted(documents, key=lambda pair: pair[0].exhibit_type != "primary")
    return next((name for _, body in ordered if (name := registrant_name(body))), None)


def _extract_documents(client: EdgarClient, filing: FilingRecord,
                       documents: list[tuple[DocumentRecord, bytes]],
                       settings: Settings) -> list[tuple[str, Fact]]:
    """Every document's facts; an unreadable body is rejected in the raw store so that the
    next run fetches it again instead of reusing it. So is a primary document that yields
    nothing and names no form on its cover: a 200 error page in place of the filing. A
    document over a limit (pipeline.limits) is not read; it stays stored (it is what EDGAR
    serves) and its filing is tried again on the next run, with larger limits if set."""
    facts: list[tuple[str, Fact]] = []
    for record, body in documents:
        check_document(body, record.filename, settings)
        try:
            found = extract_document(body, document=record.filename, form=filing.form)
        except MemoryError:
            raise LimitError(f"{record.filename}: out of memory reading it; lower "
                             "FILINGCHECK_MAX_DOCUMENT_MB or add memory") from None
        except RecursionError:
            # Elements nested deeper than Python's stack (libxml2 itself reads 2048 levels).
            problem = f"{record.filename}: elements nested too deeply to read"
            client.store.reject(record.url, record.sha256, problem)
            raise ParsingError(f"{problem}; is it a filing document?") from None
        except ParsingError as exc:
            client.store.reject(record.url, record.sha256, str(exc))
            raise
        check_facts(len(found), record.filename, settings)
        facts += [(record.filename, fact) for fact in found]
    if not facts and documents:
        _check_is_filing(client, filing, *documents[0])
    return facts


def _check_is_filing(client: EdgarClient, filing: FilingRecord, record: DocumentRecord,
                     body: bytes) -> None:
    """A primary document with no facts must at least name a form on its cover; checked only
    then, so the parse is paid for only by the few documents that yield nothing."""
    if parse_document(body, name=record.filename).form is not None:
        return
    problem = (f"{record.filename} yields no figures and names no form on its cover: not the "
               f"{filing.form} (an error page?)")
    client.store.reject(record.url, record.sha256, problem)
    raise ParsingError(f"{problem}; it is fetched again on the next run")


def fetch_companyfacts(client: EdgarClient, cik: int, new: list[FilingRecord], *,
                        reuse: bool = False) -> dict:
    """companyfacts facts by accession, fetched once and only when new XBRL filings arrived.

    Filers without XBRL (and mirrors without the file) simply have none.
    """
    if not any(f.is_xbrl for f in new):
        return {}
    url = f"{client.settings.data_url}/api/xbrl/companyfacts/{cik10(cik)}.json"
    try:
        body, sha256 = client.fetch_stored(url, reuse=reuse)
    except NotFoundError:
        return {}
    name = url.rsplit("/", 1)[1]
    try:
        by_accession = extract_companyfacts(body, document=name)
    except ParsingError as exc:
        client.reject(url, sha256, str(exc))  # an error page or a cut body: not kept as good
        raise ParsingError(f"{exc}; it is fetched again on the next run") from exc
    wanted = {f.accession for f in new}
    return {
        accession: (DocumentRecord(accession=accession, filename=name,
                                   exhibit_type="companyfacts", url=url, sha256=sha256,
                                   bytes=len(body)), facts)
        for accession, facts in by_accession.items() if accession in wanted
    }


def _stored_company(conn, ticker: str | None, cik: int | None) -> CompanyRecord | None:
    """A CIK is used as given; a ticker already stored needs no request."""
    if cik is not None:
        return CompanyRecord(cik=cik, ticker=ticker)
    try:
        return CompanyRecord(cik=resolve_company(conn, ticker=ticker), ticker=ticker.upper())
    except NotFoundError:
        return None


def _resolve(client: EdgarClient, ticker: str | None, cik: int | None) -> CompanyRecord:
    if cik is not None:
        return CompanyRecord(cik=cik, ticker=ticker)
    return client.resolve_cik(ticker)


def _progress(items: list, show: bool):
    if show and items:
        return click.progressbar(items, label="filings", file=None,
                                 item_show_func=lambda f: f and f"{f.form} {f.accession}")
    return nullcontext(items)


def refetch_filings(settings: Settings, accessions: tuple[str, ...], *,
                    ticker: str | None = None, cik: int | None = None,
                    forms: tuple[str, ...] | None = None) -> IngestSummary:
    """`ingest --refetch ACCESSION`: fetch the filings afresh and load them again. Without a
    company the warehouse says whose filing it is."""
    accessions = tuple(validate_accession(a) for a in accessions)
    if ticker is None and cik is None:
        require_warehouse(settings.db_path)
        with operational_errors(), connect(settings.db_path) as conn:
            ciks = {load.filing_cik(conn, a) for a in accessions}
        if None in ciks or len(ciks) != 1:
            raise ValidationError(f"{', '.join(accessions)}: not stored filings of one company; "
                                  "say whose with --ticker T or --cik N")
        cik = ciks.pop()
    return ingest_company(settings, ticker=ticker, cik=cik, forms=forms, refetch=accessions)
