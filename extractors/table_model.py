"""A table as a grid of rows: colspan/rowspan resolved, spacer cells dropped, figures glued.

Filers lay one figure over several cells (``$`` | ``1,234`` | ``)``) and pad with empty spacer
cells; headers span the cells of their column group. We keep each non-empty cell with the grid
column range it covers, so a figure finds its header by overlap, whatever the padding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from lxml import etree

from extractors.numbers import ParsedNumber, parse_number
from extractors.table_grid import Cell, cell_grid, cell_text
from extractors.visible import styled_hidden

T = TypeVar("T")

# Fragments printed in a cell of their own that belong to the figure beside them. Cell texts
# come out of clean_text (single spaces, no newline), so string tests do exactly what the
# patterns ^(?:\$|US\$|\(|\(\$|\$\()$ and ^[)%\s]+$ did, without a regex call per cell.
_LEADING = frozenset({"$", "US$", "(", "($", "$("})
_TRAILING_CHARS = ") %"  # a cell of nothing else closes the figure before it
# A closing parenthesis with a footnote mark after it: Microsoft's quarterly note prints a loss
# as "(492" | ") (d)", and the figure was lost.
_CLOSE_NOTE = re.compile(r"\)\s*(?:\([a-z\d]{1,2}\)\s*)+$")


# slots: a document's grids hold tens of thousands of cells, rows and values, and an instance
# without a __dict__ is made and freed in about half the time.
@dataclass(slots=True)
class Value:
    """A figure of a row: the glued cell text, its reading and the columns it covers."""

    text: str
    number: ParsedNumber
    start: int
    end: int


@dataclass(slots=True)
class Row:
    """One row: its label (first text cell, or '') and its figures; ``cells`` keeps the rest."""

    index: int
    label: str
    cells: list[Cell]
    values: list[Value] = field(default_factory=list)
    label_cell: Cell | None = None


def label_column_end(rows: list[Row]) -> int:
    """Where the label column ends: the most common end of data rows' label cells."""
    ends = [r.label_cell.end for r in rows if r.label_cell is not None and r.values]
    return max(set(ends), key=ends.count) if ends else 1


def table_text(table: etree._Element) -> bytes:
    """The table's text, lower case, as the cheap pre-tests read it (keywords, printed
    figures): ``Document.table_text`` keeps it per document, so each table is serialised once
    whichever readers ask."""
    return etree.tostring(table, method="text", encoding="utf-8").lower()


def build_rows(table: etree._Element, hidden: set | None = None) -> list[Row]:
    """Resolve the table's cells into rows of labelled figures. ``hidden``: the elements a
    display:none style hides (``visible.styled_hidden`` of the document or of the table; the
    document's when the caller has it, ``Document.styled_hidden``): set membership spares
    reading the style of every row and cell."""
    grid = cell_grid(table, styled_hidden(table) if hidden is None else hidden)
    return join_wrapped_labels([_make_row(i, cells) for i, cells in enumerate(grid) if cells])


# A dash that opens a label continues the stem of the label above it ("Net income – basic",
# then "– diluted": Norfolk Southern's 10-K 2008 five-year review).
_DASH_LEAD = re.compile(r"^[–—-]\s*(?=\w)")
_DASH_STEM = re.compile(r"^(?P<stem>.+?)\s+[–—-]\s+\w[^–—-]*$")


def join_wrapped_labels(rows: list[Row]) -> list[Row]:
    """Labels printed over two lines read as one: a row with a label and nothing else, then a
    row whose label goes on in lower case with the figures ("Income from railway" /
    "operations 578 799 894 813", Norfolk Southern's quarterly data), and a dash-led label
    under a dashed one ("– diluted" under "Net income – basic")."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is not None and _wraps(previous, row):
            out[-1] = _joined(previous, row, f"{previous.label} {row.label}")
            continue
        if previous is not None and row.values and _DASH_LEAD.match(row.label):
            stem = _DASH_STEM.match(previous.label)
            if stem is not None:
                row = _joined(None, row, f"{stem.group('stem')} – "
                                         f"{_DASH_LEAD.sub('', row.label)}")
        out.append(row)
    return out


def _wraps(above: Row, row: Row) -> bool:
    return (bool(above.label) and not above.values and not above.cells and bool(row.values)
            and above.label_cell is not None and row.label_cell is not None
            and may_wrap(above.label, row.label))


def may_wrap(above: str, label: str) -> bool:
    """The label tests of ``_wraps``: may the grid read ``label`` as going on from ``above``
    (a label in lower case under one that ends in no colon or period)? The cheap pre-tests
    try a joined label only then: most labels open in upper case, and a joined label is a
    new string, looked up afresh (a third of the key-metrics pre-test's time)."""
    return label[:1].islower() and not above.rstrip().endswith((":", "."))


def _joined(above: Row | None, row: Row, label: str) -> Row:
    start = above.label_cell.start if above is not None else row.label_cell.start
    cell = Cell(label, min(start, row.label_cell.start), row.label_cell.end)
    return Row(row.index, label, row.cells, row.values, cell)


def row_labels(table: etree._Element, hidden: set | None = None) -> Iterator[str | None]:
    """Each row's first non-empty cell text: every label ``build_rows`` can give, and more (a
    hidden row's, unless ``hidden`` is given, a figure), read without the other cells, one row
    at a time so that a reader stops when it knows enough. None for a row that opens with a
    ``$`` or ``(`` that gluing would join to the next cell, whose label cannot be known this
    way. ``hidden``: the elements a style hides, left out as ``build_rows`` leaves them out
    (rows and cells), so that the labels are the grid's on a table that hides some too."""
    for tr in table.iter("tr"):
        if hidden and tr in hidden:
            continue
        # A plain loop: iterchildren("td", "th") sets up a tag matcher per row, which costs
        # more than the tag tests when the label is the first cell.
        for td in tr:
            tag = td.tag
            if tag != "td" and tag != "th" or hidden and td in hidden:
                continue
            text = cell_text(td)
            if text:
                yield None if text in _LEADING else text
                break


_UNREAD = object()


class ReadOnce(Generic[T]):
    """An iterator's items, shared by every reader of them: each iteration gives the items read
    so far, then reads on from the iterator as far as that reader goes (and no further). The
    items come as a list of them would; nothing is read twice, nor before someone asks."""

    __slots__ = ("_items", "_source")

    def __init__(self, source: Iterator[T]):
        self._items: list[T] = []
        self._source: Iterator[T] | None = source

    def __iter__(self) -> Iterator[T]:
        items = self._items
        at = 0
        while True:
            if at < len(items):
                yield items[at]
                at += 1
                continue
            if self._source is None:
                return
            item = next(self._source, _UNREAD)
            if item is _UNREAD:
                self._source = None  # read to the end: the list is whole
                return
            items.append(item)


def _make_row(index: int, cells: list[Cell]) -> Row:
    """Glue split figures, then take the first non-figure cell as the label."""
    glued = _glue_fragments(cells)
    label, label_cell, rest = "", None, glued
    if glued and parse_number(glued[0].text) is None:
        label, label_cell, rest = glued[0].text, glued[0], glued[1:]
    row = Row(index, label, rest, label_cell=label_cell)
    for cell in rest:
        number = parse_number(cell.text)
        if number is not None:
            row.values.append(Value(cell.text, number, cell.start, cell.end))
    return row


def _glue_fragments(cells: list[Cell]) -> list[Cell]:
    """Join ``$``/``(`` to the next cell and ``)``/``%`` to the previous one."""
    out: list[Cell] = []
    pending: Cell | None = None
    for cell in cells:
        if cell.text in _LEADING:
            pending = cell if pending is None else Cell(pending.text + cell.text, pending.start,
                                                        cell.end)
            continue
        if pending is not None:
            cell = Cell(f"{pending.text}{cell.text}", pending.start, cell.end)
            pending = None
        text = cell.text
        # _CLOSE_NOTE opens with ")": most cells are settled by their first character
        closes = not text.strip(_TRAILING_CHARS) or text[0] == ")" and _CLOSE_NOTE.match(text)
        if out and closes and parse_number(out[-1].text + text.strip()):
            last = out[-1]
            out[-1] = Cell(last.text + cell.text.strip(), last.start, cell.end)
            continue
        out.append(cell)
    if pending is not None:
        out.append(pending)
    return out
