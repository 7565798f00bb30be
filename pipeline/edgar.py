"""The EDGAR client: tickers, submissions, filing folders and documents.

One client per run. It picks its transport from the settings (mirror directory, raw store only,
or HTTP with the shared rate limiter), and keeps every body it fetches in the raw store. Filings
are immutable, so folder listings and documents are reused from the store (``reuse=True``); the
submissions JSON is always fetched fresh because it is how we learn of new filings.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from datetime import date

from core.errors import NotFoundError, ParsingError, TransportError
from pipeline.config import Settings
from pipeline.filing_index import (
    guess_exhibits,
    listed_sizes,
    parse_index_json,
    parse_index_page,
    size_problem,
    whole_html,
)
from pipeline.ratelimit import RateLimiter
from pipeline.rawstore import RawStore
from pipeline.safepath import (
    accession_folder,
    cik10,
    validate_cik,
    validate_filename,
    validate_submissions_page,
)
from pipeline.submissions import (
    company_from_submissions,
    extra_page_names,
    filings_from_submissions,
    merge_pages,
)
from pipeline.transport import HttpTransport, MirrorTransport, OfflineTransport
from warehouse.records import CompanyRecord, DocumentRecord, FilingRecord

RESULTS_EXHIBITS = ("EX-99.1", "EX-99.2")


class EdgarClient:
    """Fetches from EDGAR (or a mirror, or the raw store) and keeps every body fetched."""

    def __init__(
        self,
        settings: Settings,
        store: RawStore | None = None,
        *,
        transport=None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.settings = settings
        self.store = store if store is not None else RawStore(settings.raw_dir)
        self.transport = transport or self._pick_transport(limiter)
        self.requests_made = 0  # bodies asked of the transport (not served by reuse)
        self._count_lock = threading.Lock()

    def _pick_transport(self, limiter: RateLimiter | None):
        if self.settings.offline:
            return OfflineTransport(self.store)
        if self.settings.mirror is not None:
            return MirrorTransport(self.settings.mirror)
        return HttpTransport(self.settings, limiter=limiter)

    # -- bodies ------------------------------------------------------------------------------

    def fetch(self, url: str, *, reuse: bool = False) -> bytes:
        """The body at ``url``; with ``reuse`` a stored copy is returned without a request."""
        return self.fetch_stored(url, reuse=reuse)[0]

    def fetch_stored(self, url: str, *, reuse: bool = False) -> tuple[bytes, str]:
        """The body at ``url`` and its sha256 in the raw store (the store hashed it once)."""
        if reuse:
            sha256 = self.store.lookup(url)
            if sha256 is not None:
                return self.store.get(sha256), sha256
        with self._count_lock:
            self.requests_made += 1
        body = self.transport.get(url)
        if self.transport.records_bodies:
            return body, self.store.put(url, 200, body)
        # The transport answered from the store itself (offline): it holds the hash already.
        return body, self.store.lookup(url)

    def fetch_document(self, url: str) -> bytes:
        """A filing document (immutable, so a stored copy is reused)."""
        return self.fetch(url, reuse=True)

    def _fetch_json(self, url: str, *, reuse: bool = False, check=None):
        """The JSON at ``url``; a body that does not parse (or fails ``check``, which raises
        ParsingError) is rejected in the raw store, so no later run reuses it."""
        body, sha256 = self.fetch_stored(url, reuse=reuse)
        try:
            data = json.loads(body)
            if check is not None:
                check(data)
            return data
        except (json.JSONDecodeError, UnicodeDecodeError, ParsingError) as exc:
            self.reject(url, sha256, f"not valid JSON: {exc}")
            if isinstance(exc, ParsingError):
                raise
            raise ParsingError(f"{url} is not valid JSON ({exc}); it is fetched again on the "
                               "next run") from exc

    def reject(self, url: str, sha256: str | None, reason: str) -> None:
        """Forget the stored body of ``url``: the next run fetches it afresh."""
        if sha256 is not None:
            self.store.reject(url, sha256, reason)

    # -- companies and filings ---------------------------------------------------------------

    def resolve_cik(self, ticker: str) -> CompanyRecord:
        """The company trading under ``ticker``, from company_tickers.json."""
        url = f"{self.settings.base_url}/files/company_tickers.json"
        was_stored = self.store.lookup(url) is not None
        company = _find_ticker(self._fetch_json(url, reuse=True, check=_json_object), ticker)
        if company is None and was_stored:
            # The stored copy may predate a new listing: look once at a fresh copy.
            company = _find_ticker(self._fetch_json(url, check=_json_object), ticker)
        if company is None:
            raise NotFoundError(
                f"ticker {ticker!r} is not in EDGAR's company_tickers.json; check the ticker "
                "or pass --cik"
            )
        return company

    def tickers_by_cik(self) -> dict[int, str]:
        """Each company's first listed ticker, from company_tickers.json (one stored body)."""
        url = f"{self.settings.base_url}/files/company_tickers.json"
        data = self._fetch_json(url, reuse=True, check=_json_object)
        found: dict[int, str] = {}
        for entry in data.values():
            if isinstance(entry, dict) and entry.get("ticker") and entry.get("cik_str"):
                found.setdefault(validate_cik(entry["cik_str"]), str(entry["ticker"]).upper())
        return found

    def submissions_url(self, cik: int | str) -> str:
        return f"{self.settings.data_url}/submissions/{cik10(cik)}.json"

    def fetch_submissions(self, cik: int | str) -> dict:
        """The company's submissions JSON with every ``filings.files`` page merged in."""
        submissions = self._fetch_json(self.submissions_url(cik), check=_json_object)
        pages = []
        for name in extra_page_names(submissions):
            page_url = f"{self.settings.data_url}/submissions/{validate_submissions_page(name)}"
            pages.append(self._fetch_json(page_url, reuse=True, check=_json_object))
        return merge_pages(submissions, pages)

    def company(self, submissions: dict, ticker: str | None = None) -> CompanyRecord:
        """The company (CIK, name, ticker) a submissions JSON describes."""
        return company_from_submissions(submissions, ticker)

    def list_filings(
        self, submissions: dict, forms: Iterable[str] | None = None, since: date | None = None
    ) -> list[FilingRecord]:
        """Filings of the given forms filed on or after ``since``, oldest first."""
        return filings_from_submissions(submissions, forms, since)

    # -- one filing's folder -----------------------------------------------------------------

    def folder_url(self, filing: FilingRecord) -> str:
        """The filing's folder under base_url; ValidationError for a bad CIK or accession."""
        cik = validate_cik(filing.cik)
        folder = accession_folder(filing.accession)
        return f"{self.settings.base_url}/Archives/edgar/data/{cik}/{folder}/"

    def document_url(self, filing: FilingRecord, filename: str) -> str:
        return self.folder_url(filing) + validate_filename(filename)

    def fetch_filing_index(self, filing: FilingRecord) -> list[str]:
        """File names in the filing's folder (from its index.json), each one validated."""
        return list(self.fetch_filing_listing(filing))

    def fetch_filing_listing(self, filing: FilingRecord) -> dict[str, int | None]:
        """File name -> size in bytes as the folder's index.json lists it (None: not listed).
        The sizes are what a document's body is checked against (``admit``)."""
        url = self.folder_url(filing) + "index.json"
        return listed_sizes(self._fetch_json(url, reuse=True,
                                             check=lambda d: parse_index_json(d, url)), url)

    def fetch_filing_documents(self, filing: FilingRecord) -> list[tuple[DocumentRecord, bytes]]:
        """The primary document and, for an 8-K with Item 2.02, its EX-99.1/EX-99.2."""
        sizes = self.fetch_filing_listing(filing)
        names = list(sizes)
        wanted = [(self._primary_name(filing, names), "primary")]
        if is_results_8k(filing):
            wanted += self._results_exhibits(filing, names)
        documents = []
        for filename, exhibit_type in wanted:
            url = self.document_url(filing, filename)
            body, sha256 = self.fetch_admitted(url, sizes.get(filename))
            record = DocumentRecord(
                accession=filing.accession,
                filename=filename,
                exhibit_type=exhibit_type,
                url=url,
                sha256=sha256,
                bytes=len(body),
            )
            documents.append((record, body))
        return documents

    def fetch_admitted(self, url: str, listed: int | None) -> tuple[bytes, str]:
        """A document's body, reused from the store when it is whole, fetched (once more)
        when not; a body whose size is not the one index.json lists is never kept as good
        (a truncated body sent without Content-Length, an error page served with 200)."""
        body, sha256 = self.fetch_stored(url, reuse=True)  # immutable: reuse a stored copy
        problem = size_problem(body, listed)
        if problem is None:
            return body, sha256
        self.reject(url, sha256, problem)
        body, sha256 = self.fetch_stored(url)
        problem = size_problem(body, listed)
        if problem is not None:
            self.reject(url, sha256, problem)
            raise TransportError(f"{url}: {problem}; the document is fetched again on the "
                                 "next run")
        return body, sha256

    def stored_filing_problem(self, filing: FilingRecord) -> str | None:
        """Why the stored bodies of an already-loaded filing cannot be trusted, or None.

        No request: the filing's stored index.json (it must parse) and the size of every
        stored body of a file it lists. A filing loaded from a bad body before these checks
        existed is found here and fetched again."""
        url = self.folder_url(filing) + "index.json"
        sha256 = self.store.lookup(url)
        if sha256 is None:
            return None  # nothing to check against (an index fetched before the log kept it)
        try:
            sizes = listed_sizes(json.loads(self.store.get(sha256)), url)
        except (ValueError, ParsingError) as exc:
            self.reject(url, sha256, f"not a valid index.json: {exc}")
            return f"its stored index.json is not valid ({exc})"
        for name, listed in sizes.items():
            doc_url = self.document_url(filing, name)
            stored = self.store.lookup(doc_url)
            if stored is None or listed is None:
                continue
            actual = self.store.path_for(stored).stat().st_size
            if actual != listed:
                problem = f"{actual} bytes stored, index.json lists {listed}"
                self.reject(doc_url, stored, problem)
                return f"{name}: {problem}"
        return None

    def forget_filing(self, filing: FilingRecord) -> list[str]:
        """Forget every stored body of the filing's folder (its index.json, the files it
        lists, the index page), so the next fetch of each asks EDGAR again; returns the URLs
        forgotten. The bodies stay in the store (`filingcheck check` verifies them)."""
        folder = self.folder_url(filing)
        urls = [folder + "index.json"]
        index_sha = self.store.lookup(urls[0])
        if index_sha is not None:
            try:
                names = parse_index_json(json.loads(self.store.get(index_sha)), urls[0])
            except (ValueError, ParsingError):
                names = []  # a bad listing: forgetting it is enough, the fetch lists again
            urls += [folder + name for name in names]
        if filing.primary_document:
            urls.append(self.document_url(filing, filing.primary_document))
        forgotten = []
        for url in dict.fromkeys(urls):
            sha256 = self.store.lookup(url)
            if sha256 is not None:
                self.store.reject(url, sha256, "refetch asked for (ingest --refetch)")
                forgotten.append(url)
        return forgotten

    def _primary_name(self, filing: FilingRecord, names: list[str]) -> str:
        if filing.primary_document:
            return validate_filename(filing.primary_document)
        raise NotFoundError(
            f"filing {filing.accession} names no primary document in the submissions JSON "
            f"(its folder holds {', '.join(names[:8]) or 'nothing'}); load it with --file"
        )

    def _results_exhibits(self, filing: FilingRecord, names: list[str]) -> list[tuple[str, str]]:
        """EX-99.1/99.2 from the filing index page, else guessed from the file names."""
        index_page = f"{filing.accession}-index.html"
        if index_page in names:
            url = self.document_url(filing, index_page)
            try:
                body, sha256 = self.fetch_stored(url, reuse=True)
            except NotFoundError:
                body = None  # listed but gone: fall back to the names
            if body is not None and not whole_html(body):
                # Cut short, it would list only some exhibits: refuse rather than miss one.
                self.reject(url, sha256, "the index page ends before </html>")
                raise TransportError(f"{url} ends before </html> (cut short); it is fetched "
                                     "again on the next run")
            if body is not None:
                return [(name, kind) for name, kind in parse_index_page(body)
                        if kind in RESULTS_EXHIBITS]
        return guess_exhibits(names)


def is_results_8k(filing: FilingRecord) -> bool:
    """An 8-K (or 8-K/A) reporting Item 2.02, Results of Operations and Financial Condition."""
    items = {item.strip() for item in (filing.items or "").split(",")}
    return filing.form.upper().startswith("8-K") and "2.02" in items


def _json_object(data) -> None:
    if not isinstance(data, dict):
        raise ParsingError("the JSON is not an object; is it an error page?")


def _find_ticker(data, ticker: str) -> CompanyRecord | None:
    if not isinstance(data, dict):
        raise ParsingError("company_tickers.json is not a JSON object; fetch it again later")
    wanted = ticker.strip().upper()
    for entry in data.values():
        if isinstance(entry, dict) and str(entry.get("ticker", "")).upper() == wanted:
            return CompanyRecord(
                cik=validate_cik(entry.get("cik_str")),
                name=entry.get("title"),
                ticker=entry.get("ticker"),
            )
    return None
