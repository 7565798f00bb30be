"""A table's cells as rows of text with their grid columns: colspan/rowspan resolved, blank
cells dropped (``table_model`` glues and labels them into rows).

A grid is read from one serialisation in C (``_GRID``, libxslt): a Python walk of the cells
made an element proxy, an attribute look-up and a text string for every cell, spacers
included, and the grids were a tenth of a filing's extraction. The walk over the elements
remains for a table with hidden cells, and for any table the serialisation cannot give whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from extractors.numbers import clean_text


# slots: a document's grids hold tens of thousands of cells, and an instance without a
# __dict__ is made and freed in about half the time.
@dataclass(slots=True)
class Cell:
    """Non-empty text covering grid columns [start, end)."""

    text: str
    start: int
    end: int


def cell_grid(table: etree._Element, hidden: set) -> list[list[Cell]]:
    """Rows of non-empty cells with their column ranges, rowspans carried down, every <tr>
    of the table (nested tables' included) but those in ``hidden`` (elements a style hides),
    and in each its <td>/<th> children but the hidden ones."""
    if not hidden:
        grid = _serialised_grid(table)
        if grid is not None:
            return grid
    return _cell_grid(table, hidden)


# Marks the serialisation writes between rows, cells and a cell's fields (colspan, rowspan,
# text): Unicode noncharacters, which no filing prints; should one stand in a table's text or
# attributes, the counts of rows and cells written first tell (``_serialised_grid``).
_ROW, _CELL, _FIELD = "\ufdd0", "\ufdd1", "\ufdd2"
# Each <tr> below the table in document order, each of its <td>/<th> children: its colspan and
# rowspan as written (empty when absent, which ``_int_value`` reads as 1 either way) and its
# text as ``cell_text`` reads it: its text nodes in document order (comments' left out), a
# space before a break element's.
_GRID = etree.XSLT(etree.XML(f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/">
<xsl:value-of select="count(descendant::tr)"/>{_FIELD}\
<xsl:value-of select="count(descendant::tr/td) + count(descendant::tr/th)"/>\
<xsl:for-each select="descendant::tr">{_ROW}<xsl:for-each select="td|th">{_CELL}\
<xsl:value-of select="@colspan"/>{_FIELD}<xsl:value-of select="@rowspan"/>{_FIELD}\
<xsl:apply-templates mode="text"/></xsl:for-each></xsl:for-each>
</xsl:template>
<xsl:template match="br|p|div" mode="text"><xsl:text> </xsl:text>\
<xsl:apply-templates mode="text"/></xsl:template>
</xsl:stylesheet>""".encode()))


def _serialised_grid(table: etree._Element) -> list[list[Cell]] | None:
    """``_cell_grid`` of a table hiding nothing, read from ``_GRID``'s text; None when that
    text holds a mark more than the rows and cells wrote (a table printing one)."""
    try:
        text = str(_GRID(table))
    except etree.XSLTApplyError:
        return None
    counts, *rows = text.split(_ROW)
    row_count, cell_count = counts.split(_FIELD)
    cells = int(cell_count)
    if len(rows) != int(row_count) or text.count(_CELL) != cells \
            or text.count(_FIELD) != 2 * cells + 1:
        return None
    return _grid_of(rows)


def _grid_of(rows: list[str]) -> list[list[Cell]]:
    """The rows of ``_GRID``'s text read as ``_cell_grid`` reads the elements. The placing of
    cells (rowspans carried, colspans cached) is written in both loops on purpose: one placing
    fed (colspan, rowspan, text) by a generator from each was measured 8% slower over the
    bench's 2,967 tables (1.12 s against 1.04 s), most of what this serialisation saves."""
    grid: list[list[Cell]] = []
    carried: dict[int, tuple[int, int]] = {}  # column -> (rows left, colspan) from a rowspan
    spans: dict[str, int] = {"": 1}  # a few colspan values, written hundreds of times
    for row in rows:
        cells: list[Cell] = []
        col = 0
        for cell in row.split(_CELL)[1:]:  # what stands before the first cell is the row's
            if carried:
                col = _skip_carried(carried, col)
            colspan, rowspan, text = cell.split(_FIELD)
            span = spans.get(colspan)
            if span is None:
                span = spans[colspan] = _int_value(colspan)
            if rowspan and _int_value(rowspan) > 1:
                carried[col] = (_int_value(rowspan) - 1, span)
            if text:  # most cells are spacers: no call for an empty one, nor a blank one
                text = "" if text.isspace() else clean_text(text)
                if text:
                    cells.append(Cell(text, col, col + span))
            col += span
        if carried:
            _age_carried(carried, col)
        grid.append(cells)
    return grid


def _cell_grid(table: etree._Element, hidden: set) -> list[list[Cell]]:
    """``cell_grid`` read element by element."""
    rows: list[list[Cell]] = []
    carried: dict[int, tuple[int, int]] = {}  # column -> (rows left, colspan) from a rowspan
    # A table repeats a few colspan values hundreds of times (and most cells have none).
    spans: dict[str | None, int] = {None: 1}
    for tr in table.iter("tr"):
        if hidden and tr in hidden:
            continue
        cells: list[Cell] = []
        col = 0
        for td in tr.iterchildren("td", "th"):
            if carried:
                col = _skip_carried(carried, col)
            if hidden and td in hidden:
                # A hidden cell takes no grid column on screen. A software maker's 10-K hides
                # colspan-3 cells in every row but the header's: counted, they pushed its
                # "Fiscal Year Ended January 31," off the last year's column.
                continue
            raw = td.get("colspan")
            span = spans.get(raw)
            if span is None:
                span = spans[raw] = _int_value(raw)
            raw = td.get("rowspan")
            if raw and _int_value(raw) > 1:
                carried[col] = (_int_value(raw) - 1, span)
            count = len(td)
            if count:
                text = _shallow_text(td, count)  # cell_text, without a call for its length
                text = clean_text(_deep_text(td) if text is None else text)
            else:  # a bare-text or spacer cell (most of them): no call for a blank one
                text = td.text
                if text:
                    text = "" if text.isspace() else clean_text(text)
            if text:
                cells.append(Cell(text, col, col + span))
            col += span
        if carried:
            _age_carried(carried, col)
        rows.append(cells)
    return rows


_BREAKS = {"br", "p", "div"}
_BREAK_TAGS = tuple(_BREAKS)


def cell_text(td: etree._Element) -> str:
    """A cell's text; a line break or block inside it separates words ("ended<br>June 30")."""
    count = len(td)
    if not count:  # most cells: bare text or a spacer, no child to look into
        return clean_text(td.text) if td.text else ""
    text = _shallow_text(td, count)
    return clean_text(_deep_text(td) if text is None else text)


def _deep_text(td: etree._Element) -> str:
    """A cell's raw text, whatever its shape."""
    if next(td.iterdescendants(*_BREAK_TAGS), None) is None:  # selected in C
        # Serialised as text in C: itertext() builds a Python string per text node.
        return etree.tostring(td, method="text", encoding=str, with_tail=False)
    return _loop_text(td)


def _loop_text(td: etree._Element) -> str:
    """The text of a cell with a break inside, in document order, a break giving a space
    before its text. (Read in ``iter()`` order, an element's tail came before its children's
    text: a video-game retailer's balance sheet printed "$ par value; authorized .001 shares;
    1,000 and 305.7 ..." for "$.001 par value; authorized 1,000 shares; 305.7 and ...".)"""
    parts: list[str] = [td.text or ""]
    _append_inner(td, parts)
    return "".join(parts)


def _append_inner(element: etree._Element, parts: list[str]) -> None:
    for node in element:  # comments too: their text is skipped, their tail kept
        if node.tag.__class__ is str:
            if node.tag in _BREAKS:
                parts.append(" ")
            if node.text:
                parts.append(node.text)
            if len(node):
                _append_inner(node, parts)
        if node.tail:
            parts.append(node.tail)


def _shallow_text(td: etree._Element, count: int) -> str | None:
    """What ``cell_text`` reads, without a serialisation or a loop over ``iter()``, for the
    shapes most cells have: leaf children only ("<td><font>1,234</font></td>", older filings'
    "<td><p>Net sales</p></td>"), or one element holding one leaf ("<td><div><font>..."
    in Donnelley's and Workiva's filings, "<td><p><span>..."). None for any other shape (or a
    comment inside: the serialisation skips it, ``_loop_text`` too)."""
    if count == 1:
        child = td[0]
        tag = child.tag
        if tag.__class__ is not str:
            return None
        inner = len(child)
        if inner == 1:
            leaf = child[0]
            leaf_tag = leaf.tag
            if len(leaf) or leaf_tag.__class__ is not str:
                return None
            return "".join((td.text or "", " " if tag in _BREAKS else "", child.text or "",
                            " " if leaf_tag in _BREAKS else "", leaf.text or "",
                            leaf.tail or "", child.tail or ""))  # document order
        if inner:
            return None
        # a lone <p>/<div>/<br> leaf (older filings wrap every label in a <p>) reads as a space
        # and its text, as below
        return f"{td.text or ''}{' ' if tag in _BREAKS else ''}{child.text or ''}" \
               f"{child.tail or ''}"
    # leaves only: document order and _loop_text's order are the same
    parts = [td.text or ""]
    for child in td:
        tag = child.tag
        if tag.__class__ is not str or len(child):
            return None
        if tag in _BREAKS:
            parts.append(" ")
        parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts)




def _skip_carried(carried: dict[int, tuple[int, int]], col: int) -> int:
    while col in carried:
        col += carried[col][1]
    return col


def _age_carried(carried: dict[int, tuple[int, int]], width: int) -> None:
    for col in list(carried):
        left, span = carried[col]
        if left <= 1:
            del carried[col]
        else:
            carried[col] = (left - 1, span)


def _int_value(raw: str) -> int:
    try:
        return max(1, min(int(raw.strip()), 200))
    except ValueError:
        return 1
