"""`filingcheck series`: a metric's filed values labelled as the company names its periods.

Each row says its period the way a reader looks for it ("Q2 FY2026", "6M FY2026", "FY2025",
"as of 2026-06-30"), using the filer's fiscal calendar read from its own facts
(pipeline.verify.fiscal), so NVIDIA's quarter to July 2025 reads Q2 FY2026. Quarters,
year-to-date periods and years are kept apart (a 6-month figure is not a quarter), and every
value is shown with its unit ('$509,991,000', '39.03%'); csv, json and parquet keep the exact
decimal as well.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from core.errors import ValidationError
from pipeline.report.formatting import format_value, iso
from pipeline.verify.fiscal import FiscalCalendar, calendar_of

FORMATS = ("text", "csv", "json", "parquet")
COLUMNS = ("period", "months", "period_start", "period_end", "entity", "basis", "value",
           "unit", "value_display", "form", "filed_date", "accession")
# what a reader calls a period of N months; others read "<N>M"
_KIND = {3: "Q{q} FY{y}", 12: "FY{y}"}
_GROUP = {0: "as of a date", 3: "quarters (3 months)", 6: "half years and 6 months to date",
          9: "9 months to date", 12: "years (12 months)"}


@dataclass(frozen=True)
class SeriesRow:
    period: str
    months: int  # 0 for an instant (a balance, a share count)
    period_start: date | None
    period_end: date | None
    entity: str | None
    basis: str | None
    value: Decimal
    unit: str
    form: str | None
    filed_date: date | None
    accession: str | None

    def as_dict(self) -> dict:
        return {"period": self.period, "months": self.months,
                "period_start": iso(self.period_start), "period_end": iso(self.period_end),
                "entity": self.entity, "basis": self.basis, "value": format(self.value, "f"),
                "unit": self.unit, "value_display": format_value(self.value, self.unit),
                "form": self.form, "filed_date": iso(self.filed_date),
                "accession": self.accession}


def months_of(start: date | None, end: date | None) -> int:
    """3, 6, 9, 12 ... for a duration (52/53-week periods included); 0 for an instant."""
    if start is None or end is None:
        return 0
    return max(1, round(((end - start).days + 1) / 30.44))


def period_label(calendar: FiscalCalendar, start: date | None, end: date | None) -> str:
    months = months_of(start, end)
    if end is None:
        return "?"
    if months == 0:
        return f"as of {end.isoformat()}"
    year = calendar.label(end)
    if months == 3:
        return _KIND[3].format(q=calendar.quarter(end), y=year)
    if months == 12:
        return _KIND[12].format(y=year)
    if months == 6 and calendar.quarter(end) == 2:
        return f"H1 FY{year}"
    return f"{months}M FY{year}"


def series_rows(conn, cik: int, metric: str, quarterly: bool = False) -> list[SeriesRow]:
    """The latest-filed value of each period, grouped by length (instants, quarters, halves,
    years ...) and in date order within each."""
    from warehouse.queries import select_facts, select_series

    frame = select_series(conn, cik, metric, quarterly=quarterly)
    calendar = calendar_of(select_facts(conn, cik))
    rows = []
    for rec in frame.to_dict("records"):
        start, end = _day(rec.get("period_start")), _day(rec.get("period_end"))
        rows.append(SeriesRow(period_label(calendar, start, end), months_of(start, end), start,
                              end, _text(rec.get("entity")), _text(rec.get("basis")),
                              rec["value"], rec["unit"], _text(rec.get("form")),
                              _day(rec.get("filed_date")), _text(rec.get("accession"))))
    return sorted(rows, key=lambda r: (r.months, r.period_end or date.min,
                                       r.entity or "", r.basis or ""))


def render_text(rows: list[SeriesRow]) -> str:
    """Aligned columns, one block per period length, values with their units."""
    out: list[str] = []
    for months in dict.fromkeys(r.months for r in rows):
        group = [r for r in rows if r.months == months]
        out += ["" if out else None, f"{_GROUP.get(months, f'{months} months')}:"]
        table = [(r.period, " ".join(x for x in (r.entity, r.basis) if x),
                  format_value(r.value, r.unit),
                  f"{r.form or '?'} filed {iso(r.filed_date) or 'date unknown'}",
                  r.accession or "") for r in group]
        widths = [max(len(row[i]) for row in table) for i in range(5)]
        for row in table:
            cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1]), row[2].rjust(widths[2]),
                     row[3].ljust(widths[3]), row[4]]
            out.append("  " + "  ".join(c for c, w in zip(cells, widths, strict=True) if w)
                       .rstrip())
    return "\n".join(line for line in out if line is not None)


def render_csv(rows: list[SeriesRow]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(r.as_dict() for r in rows)
    return buffer.getvalue()


def render_json(rows: list[SeriesRow]) -> str:
    return json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False) + "\n"


def render_parquet(rows: list[SeriesRow]) -> bytes:
    """Parquet with the value as DECIMAL(38, 6), written by DuckDB (no float on the way)."""
    import duckdb

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "series.parquet"
        con = duckdb.connect()
        try:
            con.execute("CREATE TABLE series (period VARCHAR, months INTEGER, period_start DATE, "
                        "period_end DATE, entity VARCHAR, basis VARCHAR, value DECIMAL(38, 6), "
                        "unit VARCHAR, value_display VARCHAR, form VARCHAR, filed_date DATE, "
                        "accession VARCHAR)")
            if rows:
                con.executemany("INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [[r.period, r.months, r.period_start, r.period_end, r.entity,
                                  r.basis, r.value, r.unit, format_value(r.value, r.unit),
                                  r.form, r.filed_date, r.accession] for r in rows])
            con.execute(f"COPY series TO '{path}' (FORMAT parquet)")
        finally:
            con.close()
        return path.read_bytes()


def render(rows: list[SeriesRow], fmt: str) -> str | bytes:
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return {"text": render_text, "csv": render_csv, "json": render_json,
            "parquet": render_parquet}[fmt](rows)


def _day(value) -> date | None:
    from pipeline.report.formatting import to_date

    return to_date(value)


def _text(value) -> str | None:
    return None if value is None or value != value or value == "" else str(value)
