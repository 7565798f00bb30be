"""A filer's table of what moved its net revenue: one column per driver, the reported change
last, one row for the company and one per segment (``core.rows_drivers``).

Read generically by the column headers the registry rows name (``Metric.labels`` of the rows
in ``core.rows_drivers``), never by a filer's name:

- the header row is the one whose cells name two drivers at least and the reported change
  ("Total", "Net sales growth") last; a column that restates a driver without a part of it
  ("Volume Excluding Acquisition & Divestiture Impact") is neither summed nor read;
- a row is read only when its drivers add up to its reported change (within one point: the
  filer rounds each cell), which is what makes the columns drivers and not levels;
- the company's row is the one labelled "Consolidated", "Total company", "Total" or
  "Worldwide" (entity None), every other row a part of the company (its label the entity); a
  table with no company row gives nothing (a segment's price/mix is never the company's);
- the period is the one the text right before the table names ("Three Months Ended June 30,
  2023 versus Three Months Ended July 1, 2022"): the nearest phrase's span of months, ending on
  the latest day such a phrase names, and starting where the document's own company revenue of
  that span starts. A table the text before it dates by no such span gives nothing.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, count_of, parse_date
from core.facts import Fact, Source
from core.metrics import find_metric, projection
from core.rows_drivers import NOT_A_DRIVER, ROWS, TOTAL_LABEL
from extractors.document import Document
from extractors.numbers import ParsedNumber
from extractors.table_model import Row

EXTRACTOR = "revenue_drivers"
EXTRACTOR_VERSION = "1.0"
_TOTAL = re.compile(TOTAL_LABEL)
_SKIP = re.compile(NOT_A_DRIVER)
_COMPANY = re.compile(r"(?:total )?(?:consolidated|company|worldwide)|total")
# footnote marks glued to a header ("Volume1", "Divestitures2", "Volume(a)") and asides
_NOTE = re.compile(r"(?:\d(?:,\d)*|\([a-z\d]\)|\*+)$")
_PERIOD = re.compile(rf"\b(?:(?P<count>three|six|nine|twelve|3|6|9|12)\s+months|"
                     rf"(?P<quarter>quarter)|(?P<year>(?:fiscal\s+)?years?))\s+ended\s+"
                     rf"(?P<day>{WRITTEN_DATE_RE})", re.I)
_BEFORE = 1500  # characters of text before the table read for its period
_TOLERANCE = Decimal(1)  # points by which rounded drivers may miss the rounded change


@projection
def _driver_labels() -> tuple[tuple[str, re.Pattern], ...]:
    """(metric, compiled column label) of each driver row that is still in the registry."""
    return tuple((row.name, re.compile("|".join(f"(?:{label.pattern})" for label in row.labels)))
                 for row in ROWS if find_metric(row.name) is not None and row.labels)


def extract_revenue_drivers(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The drivers of the company's and its segments' revenue change ``doc``'s tables state
    (``facts``: the document's readings so far, which give each period its first day)."""
    found: list[Fact] = []
    for index, table in enumerate(doc.tables):
        text = doc.table_text(table)
        if b"mix" not in text and b"volume" not in text:
            continue
        if not (b"currenc" in text or b"exchange" in text or b"fx" in text):
            continue
        found += _table_facts(doc, index, table, facts)
    return found


def _table_facts(doc: Document, index: int, table, facts: list[Fact]) -> list[Fact]:
    rows = doc.table_rows(table)
    for at, row in enumerate(rows):
        columns = _columns(row)
        if columns is None:
            continue
        read = [(r, _row_cells(r, columns)) for r in rows[at + 1:] if r.values]
        read = [(r, cells) for r, cells in read if cells is not None]
        if not any(_is_company(r.label) for r, _ in read):
            return []
        period = _period(doc.preceding_text(table, _BEFORE), facts)
        if period is None:
            return []
        return [_fact(metric, value, r.label, header, period, doc.name, index)
                for r, cells in read for metric, header, value in cells]
    return []


def _columns(row: Row) -> list[tuple[int, int, str | None, str]] | None:
    """(first grid column, end, metric or "total" or None, header) of each column of a header
    row naming two drivers and the change they make up; None for any other row."""
    cells = ([row.label_cell] if row.label_cell is not None and row.label_cell.start > 0
             else []) + list(row.cells)
    if row.values or len(cells) < 3:
        return None
    columns = []
    for cell in cells:
        header = _header(cell.text)
        if _TOTAL.fullmatch(header):
            kind = "total"
        elif _SKIP.fullmatch(header):
            kind = "skip"
        else:
            kind = next((m for m, label in _driver_labels() if label.fullmatch(header)), None)
        columns.append((cell.start, cell.end, kind, cell.text))
    kinds = [kind for _, _, kind, _ in columns]
    drivers = {kind for kind in kinds if kind not in (None, "total", "skip")}
    if kinds[-1] != "total" or kinds.count("total") != 1 or len(drivers) < 2:
        return None
    return columns


def _header(text: str) -> str:
    words = " ".join(text.lower().replace("’", "'").split())
    return _NOTE.sub("", words).strip()


def _row_cells(row: Row, columns) -> list[tuple[str, str, ParsedNumber]] | None:
    """(metric, header, value) of each driver cell of a row whose drivers add up to its
    change; None when they do not, or when a column holds no figure."""
    by_column: dict[int, ParsedNumber] = {}
    for value in row.values:
        at = next((i for i, (start, end, _, _) in enumerate(columns)
                   if start <= value.start < end), None)
        if at is None or at in by_column:
            return None
        by_column[at] = value.number
    if len(by_column) != len(columns):
        return None
    total = next(by_column[i].value for i, c in enumerate(columns) if c[2] == "total")
    summed = sum((by_column[i].value for i, c in enumerate(columns)
                  if c[2] not in ("total", "skip")), Decimal(0))
    if abs(summed - total) > _TOLERANCE:
        return None
    return [(kind, header, by_column[i]) for i, (_, _, kind, header) in enumerate(columns)
            if kind not in (None, "total", "skip")]


def _is_company(label: str) -> bool:
    return bool(_COMPANY.fullmatch(_header(label)))


def _period(before: str, facts: list[Fact]) -> tuple[date, date] | None:
    """The span the text before the table names (see the module's docstring)."""
    named = [(_months(found), parse_date(found["day"])) for found in _PERIOD.finditer(before)]
    named = [(months, day) for months, day in named if months and day]
    if not named:
        return None
    months = named[-1][0]
    end = max(day for m, day in named if m == months)
    starts = {f.period_start for f in facts
              if f.metric == "revenue" and f.entity is None and f.period_end == end
              and f.period_start is not None
              and round((end - f.period_start).days / 30.44) == months}
    return (starts.pop(), end) if len(starts) == 1 else None


def _months(found: re.Match) -> int | None:
    if found["quarter"]:
        return 3
    if found["year"]:
        return 12
    words = found["count"].lower()
    return int(words) if words.isdigit() else count_of(words)


def _fact(metric: str, number: ParsedNumber, label: str, header: str,
          period: tuple[date, date], document: str, table: int) -> Fact:
    entity = None if _is_company(label) else " ".join(_NOTE.sub("", label).split())
    return Fact(metric=metric, value=number.value, unit="percent", period_start=period[0],
                period_end=period[1], entity=entity, decimals=number.decimals,
                sources=(Source(document=document, extractor=EXTRACTOR,
                                extractor_version=EXTRACTOR_VERSION, table=table, row=label,
                                column=header, text=number.raw),))
