"""Company metadata for bulk mode from EDGAR's nightly bulk archives, not a request per company.

``Archives/edgar/daily-index/bulkdata/submissions.zip`` holds every filer's submissions JSON
(``CIK##########.json``: name, tickers ... the same body ``filingcheck ingest`` reads for one
company); ``companyfacts.zip`` every filer's companyfacts JSON (``entityName``). The fetcher
reads both once per run (a stored copy is reused, as company_tickers.json is) and takes each
planned filer's name and first ticker from them: the very values `ingest` stores, so a lake
and a warehouse agree on them. The archive is opened from the raw store's file, so only the
members of the day's filers are read. A filer in neither archive keeps its form-index name.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from core.errors import NotFoundError, ParsingError, TransportError
from pipeline.safepath import cik10
from pipeline.submissions import first_ticker

ARCHIVES = ("submissions.zip", "companyfacts.zip")


def archive_url(base_url: str, name: str) -> str:
    return f"{base_url}/Archives/edgar/daily-index/bulkdata/{name}"


@dataclass
class CompanyMetadata:
    """cik -> name and cik -> ticker for the filers asked for; which archives were read."""

    names: dict[int, str] = field(default_factory=dict)
    tickers: dict[int, str] = field(default_factory=dict)
    archives: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # archives that could not be fetched


def read_metadata(client, ciks: Iterable[int]) -> CompanyMetadata:
    """Names and tickers of ``ciks`` from the bulk archives (through ``client``, an
    EdgarClient: one request per archive at most, none when stored)."""
    wanted = sorted(set(ciks))
    found = CompanyMetadata()
    for name in ARCHIVES:
        try:
            archive = _open_archive(client, archive_url(client.settings.base_url, name))
        except TransportError as exc:  # too big for the body limit, the server went away...
            found.problems.append(str(exc))  # names and tickers are had otherwise: go on
            continue
        if archive is None:
            continue
        found.archives.append(name)
        with archive:
            for cik in wanted:
                body = _member(archive, f"{cik10(cik)}.json", name)
                if body is None:
                    continue
                if name == "submissions.zip":
                    _take(found.names, cik, body.get("name"))
                    _take(found.tickers, cik, first_ticker(body))
                else:
                    _take(found.names, cik, body.get("entityName"))
    return found


def _take(into: dict[int, str], cik: int, value) -> None:
    if isinstance(value, str) and value.strip() and cik not in into:
        into[cik] = value  # as `ingest` stores it


def _open_archive(client, url: str) -> zipfile.ZipFile | None:
    """The stored archive (fetched when not stored); None when EDGAR has none at ``url``. An
    archive that is not a zip is rejected in the raw store (fetched again next run)."""
    try:
        _, sha256 = client.fetch_stored(url, reuse=True)
    except NotFoundError:
        return None
    try:
        return zipfile.ZipFile(client.store.path_for(sha256))
    except (zipfile.BadZipFile, OSError) as exc:
        client.reject(url, sha256, f"not a zip archive: {exc}")
        raise ParsingError(f"{url} is not a zip archive ({exc}); it is fetched again on the "
                           "next run") from exc


def _member(archive: zipfile.ZipFile, member: str, name: str) -> dict | None:
    try:
        raw = archive.read(member)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ParsingError(f"{name}: {member} cannot be read ({exc})") from exc
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise ParsingError(f"{name}: {member} is not valid JSON ({exc})") from exc
    if not isinstance(body, dict):
        raise ParsingError(f"{name}: {member} is not a JSON object")
    return body
