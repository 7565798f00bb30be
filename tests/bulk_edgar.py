"""A synthetic EDGAR for bulk mode's tests and bench: many filers, many days, known filings.

``generate_edgar(root, n_filings)`` writes, in EDGAR's URL layout (served as-is by
tests/edgar_server.py), ``n_filings`` filings made from the project's own fixture documents
(fixtures/edgar: the Cerebras reconstructions, see fixtures/README.md) as templates:

- each filing takes the template ``k % 9``'s documents, with the template company's name
  replaced by its synthetic filer's name (so bodies differ and sizes move), under a new CIK,
  accession and filing day; every comma-grouped figure of its documents (tables, text and
  inline XBRL alike) is the template's plus ``k + 1`` in the figure's own unit, so no two
  filings repeat one template's numbers, and each filing's figures are known
  (``SyntheticEdgar.figures``);
- ``Archives/edgar/data/<cik>/<folder>/`` holds index.json (true sizes), the filing index page
  (``<accession>-index.html``: primary document, 8-K items, period, iXBRL marks) and the bodies;
- ``Archives/edgar/daily-index/YYYY/QTRn/form.YYYYMMDD.idx`` per weekday and
  ``full-index/YYYY/QTRn/form.idx`` per quarter, laid out as EDGAR lays them out, with rows
  the fetcher must skip (forms it does not handle, a co-registrant's second row);
- ``submissions/CIK##########.json`` per filer, so the same filings load one company at a time
  with `filingcheck ingest` (the one-file warehouse a lake is compared with), and the same
  bodies in the bulk archives ``Archives/edgar/daily-index/bulkdata/submissions.zip`` (and
  ``companyfacts.zip``, entity names only); the form indexes list each filer's name in
  capitals, so a plan that took its names from the indexes would not equal the warehouse.

Everything is a pure function of the arguments: two runs write identical trees.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from pipeline.bulk.discover import quarter_of, weekdays
from pipeline.filing_index import parse_index_page
from pipeline.forms import is_amendment
from warehouse.records import FilingRecord

FIXTURES_EDGAR = Path(__file__).resolve().parent.parent / "fixtures" / "edgar"
TEMPLATE_CIK = 2021728
TEMPLATE_NAME = "Cerebras Systems Inc."
FIRST_CIK = 1_900_001
AGENT = 9_999_999  # the accession prefix: a filing agent's CIK


@dataclass(frozen=True)
class Template:
    record: FilingRecord  # as the fixture submissions JSON lists it
    documents: dict[str, bytes]  # file name -> body (not the index files)
    rows: tuple[tuple[str, str], ...]  # (file name, type) as the index page lists them


@dataclass
class SyntheticEdgar:
    root: Path
    filings: list[FilingRecord] = field(default_factory=list)
    companies: dict[int, str] = field(default_factory=dict)
    # accession -> every comma-grouped figure written into its documents (as integers)
    figures: dict[str, frozenset[int]] = field(default_factory=dict)

    @property
    def days(self) -> list[date]:
        return sorted({f.filed_date for f in self.filings})


def load_templates(edgar: Path = FIXTURES_EDGAR) -> list[Template]:
    from pipeline.submissions import filings_from_submissions, merge_pages

    subs = edgar / "submissions"
    main = json.loads((subs / f"CIK{TEMPLATE_CIK:010d}.json").read_text())
    pages = [json.loads(p.read_text()) for p in sorted(subs.glob("CIK*-submissions-*.json"))]
    templates = []
    for record in filings_from_submissions(merge_pages(main, pages)):
        folder = (edgar / "Archives/edgar/data" / str(TEMPLATE_CIK)
                  / record.accession.replace("-", ""))
        page = (folder / f"{record.accession}-index.html").read_bytes()
        rows = tuple(parse_index_page(page))
        documents = {name: (folder / name).read_bytes() for name, _ in rows}
        templates.append(Template(record, documents, rows))
    return templates


def filing_days(n_filings: int, start: date, per_day: int, stride: int,
                big_every: int) -> list[date]:
    """The filing day of each filing: ``per_day`` filings on every ``stride``-th weekday from
    ``start``, three times as many on every ``big_every``-th of those days (0: none)."""
    out: list[date] = []
    days = weekdays(start, start + timedelta(days=2 * stride * (n_filings // per_day + 7)))
    n = 0
    while len(out) < n_filings:
        big = big_every and n % big_every == big_every - 1
        out += [days[n * stride]] * (per_day * (3 if big else 1))
        n += 1
    return out[:n_filings]


_FIGURE = re.compile(rb"(?<!\d)(?<!\d,)\d{1,3}(?:,\d{3})+(?!\d|,\d)")


def vary_figures(body: bytes, delta: int, planted: set[int]) -> bytes:
    """Add ``delta`` to every comma-grouped figure ("290,252" -> "290,259"), in text, tables
    and inline XBRL alike (the same figure gets the same new value everywhere)."""
    def shifted(match: re.Match) -> bytes:
        value = int(match[0].replace(b",", b"")) + delta
        planted.add(value)
        return f"{value:,}".encode()

    return _FIGURE.sub(shifted, body)


def generate_edgar(root: Path, n_filings: int, *, start: date = date(2026, 1, 5),
                   per_day: int = 40, per_company: int = 9, stride: int = 1,
                   big_every: int = 0) -> SyntheticEdgar:
    """Write ``n_filings`` filings, ``per_day`` on every ``stride``-th weekday from ``start``
    (three times as many every ``big_every``-th day), ``per_company`` a filer; returns the
    filings as their records (what a day plan must list)."""
    root = Path(root)
    templates = load_templates()
    out = SyntheticEdgar(root)
    days = filing_days(n_filings, start, per_day, stride, big_every)
    for k in range(n_filings):
        template = templates[k % len(templates)]
        company = k // per_company
        cik, name = FIRST_CIK + company, f"Synthetic Filer {company:05d} Inc."
        day = days[k]
        accession = f"{AGENT:010d}-{day.year % 100:02d}-{k + 1:06d}"
        record = FilingRecord(
            accession=accession, cik=cik, form=template.record.form, filed_date=day,
            report_date=template.record.report_date,
            primary_document=template.record.primary_document,
            is_amendment=is_amendment(template.record.form), items=template.record.items,
            is_xbrl=template.record.is_xbrl,
            file_number=_file_number(template.record.form, cik))
        out.figures[accession] = _write_filing(root, record, name, template, delta=k + 1)
        out.filings.append(record)
        out.companies[cik] = name
    _write_indexes(root, out)
    _write_submissions(root, out)
    return out


class TreeTransport:
    """Answers EDGAR URLs from a generated tree with no server and no rate limit: for a bench
    that fills a raw store with 2,000 filings in seconds (at 10 requests/s over HTTP it takes
    some 12 minutes). ``run_fetch(..., transport=TreeTransport(root))``."""

    records_bodies = True

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()

    def get(self, url: str) -> bytes:
        from urllib.parse import urlsplit

        from core.errors import NotFoundError

        path = (self.root / urlsplit(url).path.lstrip("/")).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise NotFoundError(f"the synthetic EDGAR has nothing at {url}")
        return path.read_bytes()


def _file_number(form: str, cik: int) -> str:
    """The filer's file number as the SEC assigns them: one 333- registration for its offering
    (S-1, S-1/A, 424B4), one 001- for its Exchange Act reports (10-Q, 8-K)."""
    offering = form.startswith(("S-1", "F-1", "424"))
    return f"333-{cik % 1_000_000:06d}" if offering else f"001-{cik % 100_000:05d}"


def _write_filing(root: Path, record: FilingRecord, name: str, template: Template, *,
                  delta: int) -> frozenset[int]:
    folder = root / "Archives/edgar/data" / str(record.cik) / record.accession.replace("-", "")
    folder.mkdir(parents=True, exist_ok=True)
    sizes = {}
    planted: set[int] = set()
    for filename, body in template.documents.items():
        body = vary_figures(body.replace(TEMPLATE_NAME.encode(), name.encode()), delta, planted)
        (folder / filename).write_bytes(body)
        sizes[filename] = len(body)
    page_name = f"{record.accession}-index.html"
    (folder / page_name).write_text(_index_page(record, name, template.rows, sizes))
    items = [{"name": page_name, "type": "text.gif", "size": ""}]
    items += [{"name": n, "type": "text.gif", "size": str(s)} for n, s in sizes.items()]
    (folder / "index.json").write_text(json.dumps({"directory": {"item": items}}, indent=1))
    return frozenset(planted)


def _index_page(record: FilingRecord, name: str, rows, sizes: dict[str, int]) -> str:
    """A filing index page laid out as EDGAR's (the parts pipeline.bulk.fetch reads)."""
    info = [("Filing Date", str(record.filed_date))]
    if record.report_date:
        info.append(("Period of Report", str(record.report_date)))
    if record.items:
        lines = (f"Item {item}: item text<br />" for item in record.items.split(","))
        info.append(("Items", "".join(lines)))
    heads = "".join(f'<div class="infoHead">{h}</div>\n<div class="info">{v}</div>\n'
                    for h, v in info)
    mark = ' &nbsp;<span style="color: green">iXBRL</span>' if record.is_xbrl else ""
    cells = "".join(
        f"<tr><td>{seq}</td><td>{kind}</td><td><a href=\"{n}\">{n}</a>{mark if seq == 1 else ''}"
        f"</td><td>{kind}</td><td>{sizes[n]}</td></tr>\n"
        for seq, (n, kind) in enumerate(rows, start=1))
    return (f"<html><head><title>EDGAR Filing Documents for {record.accession}</title></head>"
            f"<body><!-- synthetic filing index page (tests/bulk_edgar.py) -->\n"
            f'<div class="formGrouping">\n{heads}</div>\n'
            f'<table class="tableFile"><tr><th>Seq</th><th>Description</th><th>Document</th>'
            f"<th>Type</th><th>Size</th></tr>\n{cells}</table>\n"
            f'<div class="companyInfo"><span class="companyName">{name} (Filer) CIK: '
            f'<a href="/cgi-bin/browse-edgar?CIK={record.cik:010d}&amp;action=getcompany">'
            f"{record.cik:010d}</a></span>\n"
            f'<p class="identInfo">Type: <strong>{record.form}</strong> | File No.: '
            f'<a href="/cgi-bin/browse-edgar?filenum={record.file_number}&amp;action=getcompany">'
            f"<strong>{record.file_number}</strong></a></p></div>"
            "</body></html>\n")


# Rows the fetcher must pass over: forms filingcheck does not read.
_OTHER_FORMS = ("4", "SC 13G/A", "DEF 14A")


def _rows_of_day(out: SyntheticEdgar, day: date,
                 filings: list[FilingRecord]) -> list[tuple[str, str, int, str]]:
    rows = []
    for n, f in enumerate(filings):
        # EDGAR's indexes list conformed names, often in capitals
        rows.append((f.form, out.companies[f.cik].upper(), f.cik, f.accession))
        if n == 0:  # a co-registrant's row for the same filing: one filing, not two
            rows.append((f.form, "Synthetic Co-Registrant LLC", f.cik + 500_000, f.accession))
        if n < len(_OTHER_FORMS):
            seq = 900_000 + day.toordinal() % 90_000 + n
            rows.append((_OTHER_FORMS[n], "Some Other  Filer  Corp", 3_000_000 + n,
                         f"{AGENT:010d}-{day.year % 100:02d}-{seq:06d}"))
    return sorted(rows)


def _write_indexes(root: Path, out: SyntheticEdgar) -> None:
    by_quarter: dict[tuple[int, int], list[str]] = {}
    by_day: dict[date, list[FilingRecord]] = {}
    for filing in out.filings:
        by_day.setdefault(filing.filed_date, []).append(filing)
    for day, filings in sorted(by_day.items()):
        rows = _rows_of_day(out, day, filings)
        daily = [f"{form:<17}{company:<62}{cik:<12}{day:%Y%m%d}    "
                 f"edgar/data/{cik}/{acc}.txt" for form, company, cik, acc in rows]
        path = (root / "Archives/edgar/daily-index" / str(day.year) / f"QTR{quarter_of(day)}"
                / f"form.{day:%Y%m%d}.idx")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_header("Daily Index of EDGAR Dissemination Feed by Form Type", day,
                                wrapped=True) + "\n".join(daily) + "\n", encoding="latin-1")
        by_quarter.setdefault((day.year, quarter_of(day)), []).extend(
            f"{form:<12}{company:<62}{cik:<12}{day.isoformat():<12}edgar/data/{cik}/{acc}.txt"
            for form, company, cik, acc in rows)
    for (year, quarter), lines in by_quarter.items():
        path = root / "Archives/edgar/full-index" / str(year) / f"QTR{quarter}" / "form.idx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_header("Full Index of EDGAR Dissemination Feed by Form Type",
                                out.days[-1], wrapped=False) + "\n".join(sorted(lines)) + "\n",
                        encoding="latin-1")


def _header(title: str, day: date, *, wrapped: bool) -> str:
    # The daily index wraps its header line after CIK; the full index does not.
    columns = "Form Type   Company Name" + " " * 50 + "CIK" + (
        "\n      Date Filed  File Name" if wrapped else "         Date Filed  File Name")
    return (f"Description:           {title}\nLast Data Received:    {day:%B %d, %Y}\n"
            f"Comments:              webmaster@sec.gov\nAnonymous FTP:         "
            f"ftp://ftp.sec.gov/edgar/\n\n\n\n\n{columns}\n{'-' * 140}\n")


def _write_submissions(root: Path, out: SyntheticEdgar) -> None:
    subs = root / "submissions"
    subs.mkdir(parents=True, exist_ok=True)
    tickers = {}
    by_cik: dict[int, list[FilingRecord]] = {}
    for filing in out.filings:
        by_cik.setdefault(filing.cik, []).append(filing)
    for cik, name in out.companies.items():
        mine = sorted(by_cik[cik],
                      key=lambda f: (f.filed_date, f.accession), reverse=True)
        columns = {
            "accessionNumber": [f.accession for f in mine],
            "filingDate": [str(f.filed_date) for f in mine],
            "reportDate": [str(f.report_date or "") for f in mine],
            "form": [f.form for f in mine],
            "fileNumber": [f.file_number or "" for f in mine],
            "items": [f.items or "" for f in mine],
            "isXBRL": [int(f.is_xbrl) for f in mine],
            "isInlineXBRL": [int(f.is_xbrl) for f in mine],
            "primaryDocument": [f.primary_document for f in mine],
        }
        ticker = f"SY{cik - FIRST_CIK:05d}"
        body = {"cik": f"{cik:010d}", "name": name, "tickers": [ticker],
                "filings": {"recent": columns, "files": []}}
        (subs / f"CIK{cik:010d}.json").write_text(json.dumps(body, indent=1))
        tickers[str(len(tickers))] = {"cik_str": cik, "ticker": ticker, "title": name}
    (root / "files").mkdir(exist_ok=True)
    (root / "files/company_tickers.json").write_text(json.dumps(tickers, indent=1))
    _write_archives(root, out)


def _write_archives(root: Path, out: SyntheticEdgar) -> None:
    """The nightly bulk archives: every filer's submissions JSON, and a companyfacts JSON with
    its entity name (no facts: the per-company API is not served either)."""
    bulk = root / "Archives/edgar/daily-index/bulkdata"
    bulk.mkdir(parents=True, exist_ok=True)
    stamp = (1980, 1, 1, 0, 0, 0)  # fixed member times: the same archive on every run
    with zipfile.ZipFile(bulk / "submissions.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for cik in sorted(out.companies):
            body = (root / "submissions" / f"CIK{cik:010d}.json").read_bytes()
            archive.writestr(zipfile.ZipInfo(f"CIK{cik:010d}.json", stamp), body)
    with zipfile.ZipFile(bulk / "companyfacts.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for cik, name in sorted(out.companies.items()):
            body = json.dumps({"cik": cik, "entityName": name, "facts": {}})
            archive.writestr(zipfile.ZipInfo(f"CIK{cik:010d}.json", stamp), body)
