"""Financial tables to facts: statements of operations, summary data, non-GAAP reconciliations
and earnings-release tables, read the way an analyst reads them.

Only tables whose text and row labels name income-statement lines are parsed into grids (the
cheap pre-filters of table_filters.py keep whole-document extraction near the cost of the lxml
parse). A table counts when its rows read as an income statement; each figure takes its period
from the column header, its scale from the caption, header or the text just before the table,
and its metric from the row label. Columns whose header names anything besides a period (a
segment, "% Change", "Percent of Net Sales") are skipped: they are not the company's figure
for the period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from lxml import etree

from core.facts import Fact, Source, merge_facts
from core.metrics import get_metric
from extractors.column_periods import YEAR_CELL, column_period
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.periods import (
    Period,
    cover_fiscal_end,
    describes_week_calendar,
    find_fiscal_years,
    header_leftover,
    latest_column_year,
    stated_quarter_weeks,
    stated_year_end,
)
from extractors.quarters import FiscalCalendar
from extractors.statements import (
    LabelMatch,
    classify_statement,
    is_known_section,
    match_label,
)
from extractors.table_checks import (
    columns_add_up,
    drop_percent_subcolumns,
    parts_add_up,
    per_share_adds_up,
    quarters_add_up,
)
from extractors.table_context import (
    is_primary,
    names_other_statement,
    settle_scales,
    table_heading,
    table_scale,
)
from extractors.table_derive import derive_ratios, drop_derived_where_stated
from extractors.table_filters import labels_may_classify, looks_financial
from extractors.table_model import Cell, Row, Value, build_rows

EXTRACTOR = "tables"
EXTRACTOR_VERSION = "1.0"

NCI_RE = re.compile(r"non-?controlling|minority interest", re.I)
_HEADER_BLOCK_LIMIT = 8  # header rows kept per block; more means we misread data as headers


@dataclass
class _Reading:
    """One candidate figure of a table before ranking."""

    match: LabelMatch
    row: Row
    value: Value
    column: str
    period: Period
    summary: bool = False  # dated as a quarterly note's column (extractors.quarters)


class _Context:
    """Document-wide facts a table may need, computed only when one does."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._fiscal: dict | None = None
        self._calendar: FiscalCalendar | None = None
        self._cover_end: list = []

    @property
    def fiscal_years(self) -> dict:
        if self._fiscal is None:
            self._fiscal = find_fiscal_years(self.doc.text, self.doc.index.folded)
        return self._fiscal

    @property
    def calendar(self) -> FiscalCalendar:
        """The fiscal years and calendar a quarterly table's columns are dated by."""
        if self._calendar is None:
            text, folded = self.doc.text, self.doc.index.folded
            self._calendar = FiscalCalendar(
                self.fiscal_years, describes_week_calendar(text, folded),
                None if self.fiscal_years else stated_year_end(text, folded),
                stated_quarter_weeks(text, folded))
        return self._calendar

    def cover_years(self, header_years: list[int]) -> dict:
        """The cover's fiscal year as a table whose header shows these years labels it."""
        if not self._cover_end:
            self._cover_end.append(cover_fiscal_end(self.doc.text))
        return latest_column_year(self._cover_end[0], header_years)


def extract_table_facts(doc: Document) -> list[Fact]:
    """Every income-statement figure the document's tables state, merged across tables."""
    context = _Context(doc)
    tables: list[_Table] = []
    skip = doc.single_row_tables  # seen by the text walk: no statement, no second look
    for index, table in enumerate(doc.tables):
        if index not in skip and looks_financial(table) and labels_may_classify(table):
            found = read_table(table, index, context)
            if found is not None:
                tables.append(found)
    settle_scales(tables)
    _drop_lesser_readings(tables)
    facts: list[Fact] = []
    for found in tables:
        table_facts = [_to_fact(r, found.scale or 0, found.index, doc.name)
                       for r in found.readings]
        facts += table_facts + derive_ratios(table_facts)
    return merge_facts(drop_derived_where_stated(facts))


@dataclass
class _Table:
    """An income-statement table's readings; ``scale`` None when nothing states it."""

    index: int
    readings: list[_Reading]
    scale: int | None
    score: int = 0


def _drop_lesser_readings(tables: list[_Table]) -> None:
    """Where a fuller statement and a lesser table (an equity investee's summary, a rounded
    MD&A excerpt) disagree on a figure, the fuller statement's reading stands."""
    if len(tables) < 2:
        return  # a lone table's readings are each the best of their key
    keyed = [(table, [(_reading_key(r), r) for r in table.readings]) for table in tables]
    best: dict[tuple, int] = {}
    values: dict[tuple, set] = {}
    for table, readings in keyed:
        for key, _ in readings:
            best[key] = max(best.get(key, 0), table.score)
    for table, readings in keyed:
        for key, reading in readings:
            if best[key] == table.score:
                values.setdefault(key, set()).add(_scaled(reading, table))
    for table, readings in keyed:
        table.readings = [r for key, r in readings if table.score == best[key]
                          or _scaled(r, table) in values[key]]


def _reading_key(reading: _Reading) -> tuple:
    """One figure's key across tables: its end and its length in months, since one header
    dates a period by its weeks and another by its months (Costco's 10-K FY2022: "52 Weeks
    Ended August 28, 2022" starts August 30, its MD&A's "2022" August 29; keyed by exact
    starts, the MD&A's net sales stood as revenue beside the statement's total revenue)."""
    period = reading.period
    months = round((period.end - period.start).days / 30.44) if period.start else None
    return (reading.match.metric, _unit_kind(reading), months, period.end)


def _scaled(reading: _Reading, table: _Table):
    exponent = 0 if _unit_kind(reading) != "money" else (table.scale or 0)
    return reading.value.number.value.scaleb(exponent)


def read_table(table: etree._Element, index: int, context: _Context) -> _Table | None:
    """The readings of one table, or None when it does not read as an income statement."""
    rows = build_rows(table)
    label_end = _label_column_end(rows)
    readings, captions = _read_rows(rows, label_end, table, context)
    metrics = {r.match.metric for r in readings}
    labels_text = " ".join(r.label for r in rows)
    if classify_statement(metrics, labels_text) is None or _is_percent_table(readings):
        return None
    heading = table_heading(table, captions)
    if names_other_statement(heading):
        return None  # a parent's, segment's, investee's or discontinued operations' figures
    if names_noncontrolling(labels_text):
        readings = [_promote_common_owner(r) for r in readings]
    best = _best_readings(drop_percent_subcolumns(readings, rows))
    money = [r for r in best if _unit_kind(r) == "money"]
    eps = [r for r in best if _unit_kind(r) == "per_share" and r.match.metric == "eps_diluted"]
    if not (columns_add_up(money, rows) and parts_add_up(money, rows)
            and per_share_adds_up(money, eps, rows) and quarters_add_up(money)):
        return None  # its figures are not what its labels and headers say
    return _Table(index, best, table_scale(captions, table),
                  _statement_score(metrics, labels_text) + _TITLE_SCORE * is_primary(heading))


def names_noncontrolling(labels_text: str) -> bool:
    """``NCI_RE.search(labels_text)``: a case-blind regex has no literal to skip ahead by and
    steps through every character, where ``in`` on the lowered text runs in C. On ASCII text
    re.I folds exactly as str.lower() (its extra folds, such as U+0130 to "i", involve
    non-ASCII characters), so only other texts need the regex."""
    if not labels_text.isascii():
        return NCI_RE.search(labels_text) is not None
    lower = labels_text.lower()
    return "noncontrolling" in lower or "non-controlling" in lower or "minority interest" in lower


def _promote_common_owner(reading: _Reading) -> _Reading:
    if not reading.match.common_owner:
        return reading
    match = replace(reading.match, rank=3, common_owner=False)
    return replace(reading, match=match)


_TITLE_SCORE = 3  # a statement under its own title outranks a summary naming a line or two more


def _statement_score(metrics: set[str], labels_text: str) -> int:
    """How fully a table reads as an income statement: lines it names, taxes, per-share."""
    lower = labels_text.lower()
    return len(metrics) + ("income tax" in lower) + ("per share" in lower)


def _label_column_end(rows: list[Row]) -> int:
    """Where the label column ends: the most common end of data rows' label cells."""
    ends = [r.label_cell.end for r in rows if r.label_cell is not None and r.values]
    return max(set(ends), key=ends.count) if ends else 1


def _read_rows(rows: list[Row], label_end: int, table, context: _Context):
    """Walk the rows: header blocks set the columns, sections qualify labels, data rows read."""
    headers: list[list[Cell]] = []
    captions: list[str] = []
    readings: list[_Reading] = []
    section, in_data, block = "", False, ""
    columns: dict = {}  # figure's (start, end) -> (header, period) while headers and captions hold
    for row in rows:
        year = _year_label(row, label_end)
        if year is not None:
            # "Fiscal Year 2012", "2011:" or a lone "2016" above a block of rows: the year the
            # block's quarter columns belong to, under the same headers (Microsoft, Macy's)
            block, section, columns = year, "", {}
            continue
        header = _header_cells(row, label_end)
        if header is not None:
            columns = {}
            if in_data:
                headers, in_data = [], False
            if header:
                headers.append(header)
                captions += [cell.text for cell in header]
            if row.label_cell is not None and row.label_cell.start < label_end:
                captions.append(row.label)
            continue
        if not row.values:
            section = row.label
            if not in_data:
                captions.append(row.label)
                columns = {}
            continue
        in_data = True
        readings += _read_data_row(row, section, headers[-_HEADER_BLOCK_LIMIT:], captions, table,
                                   context, columns, block)
        if row.label.lower().startswith("total"):
            section = ""
    return readings, captions


# A row that is nothing but a year label: "Fiscal Year 2013", "Fiscal 2012", "2011:", "2016"
_YEAR_LABEL = re.compile(r"^(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d:?$", re.I)


def _year_label(row: Row, label_end: int) -> str | None:
    """The year label a row states alone in the label column, or None."""
    if not row.values:
        text = row.label if row.label_cell is not None and not row.cells else ""
        return text if _YEAR_LABEL.match(text) else None
    if row.label or len(row.values) != 1 or len(row.cells) != 1:
        return None
    value = row.values[0]
    return value.text if value.start < label_end and _YEAR_LABEL.match(value.text) else None


def _header_cells(row: Row, label_end: int) -> list[Cell] | None:
    """The header cells of a header row (text or years right of the label column), or None for
    a data or section row. A caption such as "(in millions)" may sit in the label column."""
    # The year test first: a data row's first figure settles it, before any list is built
    # (the tests have no side effects, so their order changes no answer). A figure inside the
    # label column is no column's figure (Salesforce's 10-K FY2025 prints a white "4" in the
    # corner of its "Fiscal Year Ended January 31," row, which made the row data and dated
    # each year column alone, through the cover's fiscal year, one year off).
    for value in row.values:
        if value.start >= label_end and not YEAR_CELL.match(value.text.strip()):
            return None
    cells = [cell for cell in row.cells if cell.start >= label_end
             or parse_number(cell.text) is None]
    if row.label_cell is not None and row.label_cell.start >= label_end:
        cells.insert(0, row.label_cell)
    if not cells or any(cell.start < label_end for cell in cells):
        return None
    if row.values and row.label_cell is not None and row.label_cell.start < label_end \
            and match_label(row.label) is not None:
        return None
    return cells


def _read_data_row(row: Row, section: str, headers: list[list[Cell]], captions: list[str],
                   table, context: _Context, columns: dict, block: str) -> list[_Reading]:
    if section and not is_known_section(section):
        return []  # a region's or segment's block: not the company's own figure
    # A call without a section shares the reading the pre-filter cached (an explicit "" would
    # be another cache key).
    match = match_label(row.label, section) if section else match_label(row.label)
    if match is None:
        return []
    readings = []
    for value in row.values:
        # Every data row under one header block asks the same few columns the same question.
        found = columns.get((value.start, value.end))
        if found is None:
            column, period, summary = _column_header(value, headers), None, False
            if column and not header_leftover(column):
                column, period, summary = column_period(
                    column, block, captions, table, context,
                    [int(c.text[-4:]) for cells in headers for c in cells
                     if YEAR_CELL.match(c.text)])
            found = columns[value.start, value.end] = (column, period, summary)
        column, period, summary = found
        if period is not None and period.start is not None:
            readings.append(_Reading(match, row, value, column, period, summary))
    return readings


def _column_header(value: Value, headers: list[list[Cell]]) -> str:
    """The header text stacked above a figure: per header row, the cell that overlaps it most."""
    parts = []
    for cells in headers:
        best = max(cells, key=lambda c: _overlap(c, value), default=None)
        if best is not None and _overlap(best, value) > 0:
            parts.append(best.text)
    return " ".join(parts)


def _overlap(cell: Cell, value: Value) -> int:
    return min(cell.end, value.end) - max(cell.start, value.start)


def _is_percent_table(readings: list[_Reading]) -> bool:
    """A "% of revenue" table prints revenue as 100 in every column."""
    revenue = [r.value.number.value for r in readings if r.match.metric == "revenue"]
    return bool(revenue) and all(v == 100 for v in revenue)


def _best_readings(readings: list[_Reading]) -> list[_Reading]:
    """Per metric and column, the best-ranked label wins; a component line only when alone."""
    groups: dict[tuple, list[_Reading]] = {}
    for reading in readings:
        kind = _unit_kind(reading)
        if kind is None:
            continue
        key = (reading.match.metric, kind, reading.period, reading.column)
        groups.setdefault(key, []).append(reading)
    kept = []
    for group in groups.values():
        top = max(r.match.rank for r in group)
        best = [r for r in group if r.match.rank == top]
        if top == 1 and len(best) > 1:
            continue  # several revenue lines and no total: which one is "revenue" is a guess
        kept += best
    return kept


def _unit_kind(reading: _Reading) -> str | None:
    """'percent', 'per_share' or 'money'; None when the cell cannot be the row's metric."""
    row = get_metric(reading.match.metric)
    if reading.value.number.is_percent or row.unit == "percent":
        # a percent cell states the row's own percent metric, or the one it names (a gross
        # profit row's "62%" is the gross margin); on any other row it is no figure of ours
        return "percent" if row.unit == "percent" or row.percent_cells else None
    return "per_share" if reading.match.per_share else "money"


def _to_fact(reading: _Reading, scale: int, index: int, document: str) -> Fact:
    """The fact a reading states, in base units (per-share and percent figures never scaled)."""
    number = reading.value.number
    kind = _unit_kind(reading)
    row, exponent = get_metric(reading.match.metric), scale
    if kind == "percent":
        row, exponent = get_metric(row.percent_cells or row.name), 0
    elif kind == "per_share":
        exponent = 0
    value = _integral(number.value.scaleb(exponent)) if exponent else number.value
    if row.is_magnitude:
        value = abs(value)  # a cost printed in parentheses is still a cost of that size
    source = Source(document=document, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=reading.row.label, column=reading.column,
                    text=reading.value.text)
    unit = "USD/share" if kind == "per_share" else row.unit
    return Fact(metric=row.name, value=value, unit=unit, period_start=reading.period.start,
                period_end=reading.period.end, decimals=number.decimals - exponent,
                sources=(source,))


def _integral(value: Decimal) -> Decimal:
    """Drop a fraction that scaling made zero (5,272.8 millions is 5272800000, not ...000.0)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
