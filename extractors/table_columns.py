"""A table's header rows and the columns they name, and the document-wide facts its columns
are dated by: what the income, cash-flow, balance-sheet, key-metrics and segment readers share
(``tables``, ``segment_tables``)."""

from __future__ import annotations

import re
import weakref

from lxml import etree

from core.dates import parse_date
from extractors.column_periods import YEAR_CELL, column_period
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.periods import (
    cover_fiscal_end,
    describes_week_calendar,
    find_fiscal_years,
    is_label_header,
    latest_column_year,
    stated_quarter_weeks,
    stated_quarters,
    stated_year_end,
)
from extractors.quarters import FiscalCalendar
from extractors.release_columns import is_own_title, release_year_end
from extractors.statements import match_label
from extractors.table_context import scale_caption_cell
from extractors.table_model import Cell, Row, Value


class TableContext:
    """Document-wide facts a table may need, computed only when one does, and the periods of
    the columns already dated (``column_period``); all kept for one reader's pass over one
    document."""

    def __init__(self, doc: Document) -> None:
        # A weak reference: the document keeps its context (``Document.table_context``), and a
        # strong one back made the pair a cycle, which left the parsed tree, its grids and
        # every memo to the cyclic garbage collector (a full collection traversing and
        # freeing several documents' worth, a sixth of extraction) instead of being freed
        # when the last reference to the document goes.
        self._doc = weakref.ref(doc)
        self._fiscal: dict | None = None
        self._calendar: FiscalCalendar | None = None
        self._cover_end: list = []
        self._year_end: list = []
        self._periods: dict[tuple, tuple] = {}

    @property
    def doc(self) -> Document:
        return self._doc()

    def column_period(self, column: str, block: str, captions: list[str], table: etree._Element,
                      header_years: list[int]) -> tuple:
        """``column_periods.column_period`` of a column header of ``table``, once per table and
        question: a third of the questions repeat (a table read as an income statement and,
        apart, as key metrics; header blocks printing the same header). A pure function of its
        arguments and of this context's document-wide facts; the table stays alive with its
        document, so its id stays its own."""
        key = (id(table), column, block, tuple(captions), tuple(header_years))
        found = self._periods.get(key)
        if found is None:
            found = self._periods[key] = column_period(column, block, captions, table, self,
                                                       header_years)
        return found

    @property
    def year_end(self) -> tuple[int, int] | None:
        """The month and day the document's years end on, from its "Year Ended" headers, else
        from a release's own stated period (``release_columns``)."""
        if not self._year_end:
            self._year_end.append(stated_year_end(self.doc.text, self.doc.index)
                                  or release_year_end(self.doc.index))
        return self._year_end[0]

    @property
    def fiscal_years(self) -> dict:
        if self._fiscal is None:
            self._fiscal = find_fiscal_years(self.doc.text, self.doc.index)
        return self._fiscal

    @property
    def calendar(self) -> FiscalCalendar:
        """The fiscal years and calendar a quarterly table's columns are dated by."""
        if self._calendar is None:
            text, index = self.doc.text, self.doc.index
            self._calendar = FiscalCalendar(
                self.fiscal_years, describes_week_calendar(text, index),
                None if self.fiscal_years else self.year_end,
                stated_quarter_weeks(text, index), stated_quarters(text, index))
        return self._calendar

    def cover_years(self, header_years: list[int]) -> dict:
        """The cover's fiscal year as a table whose header shows these years labels it."""
        if not self._cover_end:
            self._cover_end.append(cover_fiscal_end(self.doc.text))
        return latest_column_year(self._cover_end[0], header_years)


def header_cells(row: Row, label_end: int, kind: str = "income") -> list[Cell] | None:
    """The header cells of a header row (text or years right of the label column), or None for
    a data or section row. A caption such as "(in millions)" may sit in the label column."""
    # The year test first: a data row's first figure settles it, before any list is built
    # (the tests have no side effects, so their order changes no answer). A figure inside the
    # label column is no column's figure (Salesforce's 10-K FY2025 prints a white "4" in the
    # corner of its "Fiscal Year Ended January 31," row, which made the row data and dated
    # each year column alone, through the cover's fiscal year, one year off).
    for value in row.values:
        if value.start >= label_end and not _year_cell(value.text.strip()):
            return None
    cells = [cell for cell in row.cells if cell.start >= label_end
             or parse_number(cell.text) is None]
    if row.label_cell is not None and row.label_cell.start >= label_end:
        cells.insert(0, row.label_cell)
    if not cells or any(cell.start < label_end for cell in cells):
        return None
    if not row.values and (shifted := label_dates_shifted(row, label_end, cells)) is not None:
        return shifted
    if row.values and row.label_cell is not None and row.label_cell.start < label_end \
            and match_label(row.label, "", kind) is not None and not any(
                is_label_header(cell.text) for cell in cells):
        # a data row, unless quarter labels head its columns: JPMorgan's Q4 2021 supplement
        # prints "REVENUE" beside "4Q21 ... 2021 2020", the header of its income statement
        return None
    return cells


def label_dates_shifted(row: Row, label_end: int, cells: list[Cell]) -> list[Cell] | None:
    """A row of days whose first day the grid puts in the label column (a note's "Three Months
    Ended" over "<day> | <day> | <day> | <day>", the row printed without its empty label
    cell): every day sits one cell left of its column, so each is set one cell right; else
    None. Only a run of equally wide, evenly spaced cells of nothing but days, the label's the
    first, set right by the label column's width."""
    label = row.label_cell
    if label is None or label.start >= label_end or parse_date(row.label) is None:
        return None
    run = [label, *cells]
    width, stride = label.end - label.start, cells[0].start - label.start
    if label.end != label_end or any(
            cell.end - cell.start != width or parse_date(cell.text) is None for cell in cells) \
            or any(b.start - a.start != stride for a, b in zip(run, run[1:], strict=False)):
        return None
    return [Cell(cell.text, cell.start + width, cell.end + width) for cell in run]


# A year with a footnote mark after a space ("2005 (1)": a bank's five-year summary marks the
# year it opened): YEAR_CELL takes the mark glued only
_MARKED_YEAR = re.compile(r"(?:19|20)\d\d\s+\(\d\)")


def _year_cell(text: str) -> bool:
    return YEAR_CELL.match(text) is not None or (text[-1:] == ")"  # most are data: no mark
                                                 and _MARKED_YEAR.fullmatch(text) is not None)


def column_header(value: Value, headers: list[list[Cell]]) -> str:
    """The header text stacked above a figure: per header row, the cell that overlaps it most."""
    parts, opened = [], False
    for cells in headers:
        best = max(cells, key=lambda c: _overlap(c, value), default=None)
        if best is None or _overlap(best, value) <= 0:
            continue
        # a scale caption spanning the figures names no column: with it, no date parsed
        caption = scale_caption_cell(best.text, opened)
        opened = caption and "(" in best.text and ")" not in best.text
        if not caption and not is_own_title(best.text):
            parts.append(best.text)
    return " ".join(parts)


def _overlap(cell: Cell, value: Value) -> int:
    return min(cell.end, value.end) - max(cell.start, value.start)
