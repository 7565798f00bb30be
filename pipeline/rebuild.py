"""Which EDGAR URL a stored body came from, read from the body itself.

For `filingcheck check` when the fetch log is lost: documents are logged again from the
warehouse's rows, and the other bodies say what they are. A submissions JSON names its CIK
(and the pages it continues on, each told apart by its count and dates), a folder's
index.json its folder, companyfacts its CIK, company_tickers.json is a map of tickers, and a
filing index page states its accession number, which one listing names an index page for.
A body that says nothing certain is left unlogged (it is fetched again when needed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from core.errors import FilingcheckError
from pipeline.config import Settings
from pipeline.safepath import cik10, validate_submissions_page

# Larger bodies are not JSON listings (a big companyfacts is tens of MB at most).
_MAX_JSON_BYTES = 256 * 2**20


def urls_of_bodies(settings: Settings, paths: list[Path]) -> list[tuple[str, Path]]:
    """(url, body path) for each body whose URL it tells, oldest body first."""
    found: list[tuple[str, Path]] = []
    pages: list[tuple[dict, Path]] = []
    submissions: list[dict] = []
    for path in sorted(paths, key=lambda p: p.stat().st_mtime):
        data = _json(path)
        if not isinstance(data, dict):
            continue
        if isinstance(data.get("accessionNumber"), list):
            pages.append((data, path))  # a submissions page: named below, by its main JSON
            continue
        url = _url_of(settings, data)
        if url is not None:
            found.append((url, path))
        if "filings" in data and "cik" in data:
            submissions.append(data)
    found += _pages(settings, submissions, pages)
    return found


def _url_of(settings: Settings, data: dict) -> str | None:
    directory = data.get("directory")
    if isinstance(directory, dict) and str(directory.get("name", "")).startswith(
            "/Archives/edgar/data/"):
        return f"{settings.base_url}{directory['name'].rstrip('/')}/index.json"
    if "cik" in data and "filings" in data:
        return f"{settings.data_url}/submissions/{cik10(data['cik'])}.json"
    if "cik" in data and "facts" in data and "entityName" in data:
        return f"{settings.data_url}/api/xbrl/companyfacts/{cik10(data['cik'])}.json"
    values = list(data.values())[:3]
    if values and all(isinstance(v, dict) and {"cik_str", "ticker"} <= set(v) for v in values):
        return f"{settings.base_url}/files/company_tickers.json"
    return None


def _pages(settings: Settings, submissions: list[dict],
           pages: list[tuple[dict, Path]]) -> list[tuple[str, Path]]:
    """A page is the one its main JSON lists with the same filing count and date range."""
    found = []
    for main in submissions:
        listed = (main.get("filings") or {}).get("files") or []
        for entry in listed:
            if not isinstance(entry, dict):
                continue
            for page, path in pages:
                dates = [d for d in page.get("filingDate", []) if d]
                if (len(page["accessionNumber"]) == entry.get("filingCount") and dates
                        and min(dates) == entry.get("filingFrom")
                        and max(dates) == entry.get("filingTo")):
                    name = validate_submissions_page(entry.get("name", ""))
                    found.append((f"{settings.data_url}/submissions/{name}", path))
    return found


def _json(path: Path):
    if path.stat().st_size > _MAX_JSON_BYTES:
        return None
    with path.open("rb") as handle:
        if handle.read(64).lstrip()[:1] != b"{":
            return None
    try:
        return json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError):
        return None


_ACCESSION = re.compile(rb"\b(\d{10}-\d{2}-\d{6})\b")
_MAX_INDEX_PAGE_BYTES = 4 * 2**20


def index_pages(listings: dict[str, bytes], paths: list[Path]) -> list[tuple[str, Path]]:
    """(url, body path) of the filing index pages among ``paths``. ``listings`` maps each
    known folder's index.json URL to its body; a page is the one whose listing names
    ``<accession>-index.html`` for the accession the page states, and which lists documents
    as an index page does."""
    from pipeline.filing_index import parse_index_json, parse_index_page

    wanted: dict[str, str] = {}  # accession -> the index page's URL
    for url, body in listings.items():
        try:
            names = parse_index_json(json.loads(body), url)
        except (ValueError, FilingcheckError):
            continue
        folder = url.rsplit("/", 1)[0] + "/"
        for name in names:
            if name.endswith("-index.html"):
                wanted[name[: -len("-index.html")]] = folder + name
    found = []
    for path in paths:
        if not wanted or path.stat().st_size > _MAX_INDEX_PAGE_BYTES:
            continue
        body = path.read_bytes()
        stated = {m.decode() for m in _ACCESSION.findall(body)} & set(wanted)
        if len(stated) != 1:
            continue
        try:
            rows = parse_index_page(body)
        except FilingcheckError:
            continue
        if rows:
            found.append((wanted[stated.pop()], path))
    return found
