"""Discovery: which filings of the handled forms EDGAR received on which day, from its form
indexes instead of a request per company.

``daily-index/YYYY/QTRn/form.YYYYMMDD.idx`` lists one day, ``full-index/YYYY/QTRn/form.idx`` a
whole quarter. Both are a few header lines, a line of dashes, then one row per (filing, filer):
Form Type, Company Name, CIK, Date Filed (YYYYMMDD in the daily index, YYYY-MM-DD in the full
one), File Name (``edgar/data/<cik>/<accession>.txt``). The columns are padded with spaces but
not at the header's positions: the daily index pads the form to 17 characters under a header
that says 12, and wraps its header line. So a row is read from the right (file name, date and
CIK hold no spaces), and the form is split from the company name at the first run of spaces
(form types such as "SC 13G" hold single spaces; company names hold runs of them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from core.errors import NotFoundError, ParsingError
from pipeline.forms import check_form

_ACCESSION_IN_NAME = re.compile(r"(\d{10}-\d{2}-\d{6})")
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")


@dataclass(frozen=True)
class IndexEntry:
    """One row of a form index: a filing as filed by one filer."""

    form: str
    company: str
    cik: int
    filed: date
    accession: str


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def daily_index_url(base_url: str, day: date) -> str:
    return (f"{base_url}/Archives/edgar/daily-index/{day.year}/QTR{quarter_of(day)}/"
            f"form.{day:%Y%m%d}.idx")


def full_index_url(base_url: str, year: int, quarter: int) -> str:
    return f"{base_url}/Archives/edgar/full-index/{year}/QTR{quarter}/form.idx"


def parse_form_index(text: str, source: str = "form index") -> list[IndexEntry]:
    """Every row of a daily or full form index; ParsingError when there is no row table."""
    lines = text.splitlines()
    start = next((n for n, line in enumerate(lines) if line.strip().startswith("-----")), None)
    if start is None:
        raise ParsingError(f"{source} has no line of dashes before its rows; is it a form "
                           "index (form.idx / form.YYYYMMDD.idx)?")
    entries = []
    for number, line in enumerate(lines[start + 1:], start=start + 2):
        if line.strip():
            entries.append(_parse_row(line, f"{source} line {number}"))
    return entries


def _parse_row(line: str, where: str) -> IndexEntry:
    parts = line.rstrip().rsplit(None, 3)
    if len(parts) != 4:
        raise ParsingError(f"{where}: not a form index row: {line.strip()[:120]!r}")
    left, cik, filed, file_name = parts
    # A form filling its whole column leaves one space before the company name.
    form_company = re.split(r"\s{2,}|\t", left.strip(), maxsplit=1)
    if len(form_company) == 1:
        form_company = left.split(None, 1)
    accession = _ACCESSION_IN_NAME.search(file_name)
    day = _DATE.match(filed)
    if len(form_company) != 2 or accession is None or day is None or not cik.isdigit():
        raise ParsingError(f"{where}: cannot read form, CIK, date and accession from "
                           f"{line.strip()[:120]!r}")
    try:
        filed_date = date(int(day[1]), int(day[2]), int(day[3]))
    except ValueError as exc:
        raise ParsingError(f"{where}: {filed!r} is not a date") from exc
    return IndexEntry(form=form_company[0].upper(), company=form_company[1].strip(), cik=int(cik),
                      filed=filed_date, accession=accession[1])


def select_entries(entries: Iterable[IndexEntry], forms: Iterable[str]) -> list[IndexEntry]:
    """The rows of the wanted forms, one per accession.

    A filing made by several filers (co-registrants, an issuer and its reporting owners) has a
    row per filer; its folder exists under each of their CIKs, so the lowest CIK is kept: the
    same choice whatever order the index lists them in.
    """
    wanted = {check_form(f) for f in forms}
    best: dict[str, IndexEntry] = {}
    for entry in entries:
        if entry.form not in wanted:
            continue
        kept = best.get(entry.accession)
        if kept is None or entry.cik < kept.cik:
            best[entry.accession] = entry
    return sorted(best.values(), key=lambda e: (e.filed, e.accession))


def by_day(entries: Iterable[IndexEntry], start: date, end: date) -> dict[date, list[IndexEntry]]:
    """Entries grouped by filing day, only the days in [start, end]."""
    days: dict[date, list[IndexEntry]] = defaultdict(list)
    for entry in entries:
        if start <= entry.filed <= end:
            days[entry.filed].append(entry)
    return dict(sorted(days.items()))


def weekdays(start: date, end: date) -> list[date]:
    """Days EDGAR may have filings for: it accepts none on Saturdays and Sundays, and publishes
    no daily index for them, so they cost no request."""
    days, day = [], start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def quarters(start: date, end: date) -> list[tuple[int, int]]:
    found, day = [], date(start.year, 3 * (quarter_of(start) - 1) + 1, 1)
    while day <= end:
        found.append((day.year, quarter_of(day)))
        day = date(day.year + (day.month > 9), (day.month + 2) % 12 + 1, 1)
    return found


@dataclass
class Discovery:
    """What the indexes say about [start, end]: filings by day, and weekdays with no index."""

    days: dict[date, list[IndexEntry]]
    missing: list[date]  # weekdays without a daily index (a holiday, or not published yet)


def discover(client, start: date, end: date, forms: Iterable[str], *,
             full_index: bool = False, today: date | None = None) -> Discovery:
    """Read the indexes covering [start, end] through ``client`` (an EdgarClient).

    A daily index, once published, does not change: the stored copy is reused. A quarter's
    full index grows until the quarter ends, so only a closed quarter's stored copy is reused.
    """
    forms = tuple(forms)
    base = client.settings.base_url
    if full_index:
        today = today or date.today()
        rows: list[IndexEntry] = []
        for year, quarter in quarters(start, end):
            closed = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) <= today
            url = full_index_url(base, year, quarter)
            rows += _read_index(client, url, reuse=closed)
        return Discovery(by_day(select_entries(rows, forms), start, end), [])
    days, missing = {}, []
    for day in weekdays(start, end):
        url = daily_index_url(base, day)
        try:
            rows = _read_index(client, url, reuse=True)
        except NotFoundError:
            missing.append(day)
            continue
        days[day] = select_entries(rows, forms)
    return Discovery(days, missing)


def _read_index(client, url: str, *, reuse: bool) -> list[IndexEntry]:
    """The rows of the index at ``url``; an unreadable body (an error page served with 200)
    is rejected in the raw store, so the next run fetches it again instead of reusing it."""
    body, sha256 = client.fetch_stored(url, reuse=reuse)
    try:
        # EDGAR writes its indexes in Latin-1 (company names with accented letters).
        return parse_form_index(body.decode("latin-1"), url)
    except ParsingError as exc:
        client.reject(url, sha256, str(exc))
        raise ParsingError(f"{exc}; it is fetched again on the next run") from exc
