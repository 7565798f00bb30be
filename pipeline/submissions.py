"""Pure functions over EDGAR's submissions JSON: merge its pages, list its filings.

data.sec.gov/submissions/CIK##########.json holds the latest filings as column arrays in
``filings.recent``; older ones sit in extra pages named in ``filings.files``, each page being
the same column arrays at its top level. No I/O here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from core.dates import parse_date
from core.errors import ParsingError, ValidationError
from pipeline.forms import is_amendment
from pipeline.safepath import validate_accession, validate_cik
from warehouse.records import CompanyRecord, FilingRecord


def recent_columns(submissions: Mapping) -> dict[str, list]:
    """The ``filings.recent`` column arrays, or ParsingError if the JSON has another shape."""
    filings = submissions.get("filings") if isinstance(submissions, Mapping) else None
    recent = filings.get("recent") if isinstance(filings, Mapping) else None
    if not isinstance(recent, Mapping):
        raise ParsingError(
            "the submissions JSON has no filings.recent table; is it really a "
            "data.sec.gov/submissions/CIK##########.json body?"
        )
    return _check_columns(recent, "filings.recent")


def extra_page_names(submissions: Mapping) -> list[str]:
    """Names of the extra pages listed in ``filings.files`` (may be empty)."""
    files = (submissions.get("filings") or {}).get("files") or []
    if not isinstance(files, list):
        raise ParsingError("filings.files in the submissions JSON is not a list")
    names = []
    for entry in files:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
            raise ParsingError(f"filings.files entry {entry!r} has no name")
        names.append(entry["name"])
    return names


def merge_pages(submissions: Mapping, pages: Iterable[Mapping]) -> dict:
    """A copy of ``submissions`` whose ``filings.recent`` also holds every page's rows.

    Columns missing from a page are padded with None so all columns keep one length.
    """
    merged = {key: list(values) for key, values in recent_columns(submissions).items()}
    for number, page in enumerate(pages, start=1):
        columns = _check_columns(page, f"submissions page {number}")
        _append_columns(merged, columns)
    result = dict(submissions)
    result["filings"] = {**submissions["filings"], "recent": merged}
    return result


def company_from_submissions(submissions: Mapping, ticker: str | None = None) -> CompanyRecord:
    """The company the submissions JSON describes (its first ticker unless one is given)."""
    return CompanyRecord(
        cik=validate_cik(str(submissions.get("cik", "")).lstrip("0") or "0"),
        name=submissions.get("name"),
        ticker=ticker or first_ticker(submissions),
    )


def first_ticker(submissions: Mapping) -> str | None:
    """The first ticker the submissions JSON lists, or None."""
    tickers = submissions.get("tickers") or []
    return tickers[0] if tickers else None


def filings_from_submissions(
    submissions: Mapping, forms: Iterable[str] | None = None, since: date | None = None
) -> list[FilingRecord]:
    """The filings of the wanted forms filed on or after ``since``, oldest first.

    ``forms=None`` keeps every form. Amendments (a form ending in /A) set ``is_amendment``.
    """
    cik = company_from_submissions(submissions).cik
    columns = recent_columns(submissions)
    wanted = None if forms is None else {f.strip().upper() for f in forms}
    seen: set[str] = set()
    filings = []
    for row in _rows(columns):
        form = (row.get("form") or "").strip()
        if wanted is not None and form.upper() not in wanted:
            continue
        filing = _filing_from_row(row, cik, form)
        if filing.accession in seen or not _filed_since(filing, since):
            continue
        seen.add(filing.accession)
        filings.append(filing)
    filings.sort(key=lambda f: (f.filed_date or date.min, f.accession))
    return filings


def _filing_from_row(row: Mapping, cik: int, form: str) -> FilingRecord:
    accession = row.get("accessionNumber")
    try:
        validate_accession(accession)
    except ValidationError as exc:
        message = f"submissions row for a {form} has a bad accession number: {exc}"
        raise ParsingError(message) from exc
    return FilingRecord(
        accession=accession,
        cik=cik,
        form=form,
        filed_date=_parse_date(row.get("filingDate"), accession),
        report_date=_parse_date(row.get("reportDate"), accession),
        file_number=row.get("fileNumber") or None,
        primary_document=row.get("primaryDocument") or None,
        is_amendment=is_amendment(form),
        items=row.get("items") or None,
        is_xbrl=bool(row.get("isXBRL") or row.get("isInlineXBRL")),
    )


def _filed_since(filing: FilingRecord, since: date | None) -> bool:
    if since is None:
        return True
    return filing.filed_date is not None and filing.filed_date >= since


def _parse_date(value, accession: str) -> date | None:
    if not value:
        return None
    parsed = parse_date(str(value)[:10])
    if parsed is None:
        raise ParsingError(f"filing {accession} has an unreadable date {value!r}")
    return parsed


def _check_columns(table: Mapping, where: str) -> dict[str, list]:
    if not isinstance(table, Mapping) or not isinstance(table.get("accessionNumber"), list):
        raise ParsingError(f"{where} has no accessionNumber column; the page may be corrupt")
    columns = {k: v for k, v in table.items() if isinstance(v, list)}
    length = len(columns["accessionNumber"])
    uneven = sorted(k for k, v in columns.items() if len(v) != length)
    if uneven:
        raise ParsingError(f"{where}: columns {uneven} do not have {length} rows like the rest")
    return columns


def _append_columns(merged: dict[str, list], columns: dict[str, list]) -> None:
    before = len(merged["accessionNumber"])
    added = len(columns["accessionNumber"])
    for key in set(merged) | set(columns):
        target = merged.setdefault(key, [None] * before)
        target.extend(columns.get(key, [None] * added))


def _rows(columns: Mapping[str, list]) -> Iterable[dict]:
    keys = list(columns)
    for index in range(len(columns["accessionNumber"])):
        yield {key: columns[key][index] for key in keys}
