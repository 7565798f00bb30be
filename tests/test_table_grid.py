"""The cell grid read from one serialisation in C agrees with the element walk, cell for cell."""

import lxml.html

from extractors import table_grid
from extractors.table_grid import Cell, cell_grid


def _table(body: str):
    return lxml.html.fromstring(f"<html><body><table>{body}</table></body></html>").find(
        ".//table")


# Shapes the element walk reads with care: a break inside a cell, a comment, a cell of blanks
# and non-breaking spaces, spans across rows and columns, a nested table, a <th>.
SHAPES = """
<tr><th colspan="2">Year ended<br>June 30,</th><td> </td><td>&#160;</td></tr>
<tr><td rowspan="3">Net sales</td><td>$</td><td>1,234<!-- a note --></td><td>(5</td><td>)</td></tr>
<tr><td colspan=" 3 ">Three cells</td><td><p>one</p><p>two</p></td></tr>
<tr><td><div><font>Deep</font> text</div> after</td>
<td><table><tr><td>inner</td></tr></table></td></tr>
"""


def test_the_serialised_grid_reads_each_cell_as_the_walk_does():
    table = _table(SHAPES)
    grid = table_grid._serialised_grid(table)
    assert grid is not None
    assert grid == table_grid._cell_grid(table, set())
    assert grid[0] == [Cell("Year ended June 30,", 0, 2)]
    # the rowspan keeps column 0 in the next row (a span of 3 carries one row down, as the
    # walk reads it): its cells start at column 1
    assert grid[2][0] == Cell("Three cells", 1, 4)
    assert grid[2][1] == Cell("one two", 4, 5)
    assert grid[1][2] == Cell("1,234", 2, 3)
    assert grid[3][0].text == "Deep text after"
    assert grid[4] == [Cell("inner", 0, 1)]  # the nested table's row, as table.iter("tr")


def test_a_table_printing_a_mark_is_read_by_the_walk():
    """A noncharacter in a cell would split the serialisation wrongly: the counts say so, and
    the element walk reads that table instead, with the mark kept in its text."""
    table = _table("<tr><td>a\ufdd1b</td><td>1</td></tr><tr><td>c\ufdd0</td></tr>")
    assert table_grid._serialised_grid(table) is None
    assert cell_grid(table, set()) == [[Cell("a\ufdd1b", 0, 1), Cell("1", 1, 2)],
                                       [Cell("c\ufdd0", 0, 1)]]


def test_hidden_cells_are_left_out_by_the_walk():
    table = _table('<tr><td style="display:none">gone</td><td>kept</td></tr>')
    hidden = {table.find(".//td")}
    assert cell_grid(table, hidden) == [[Cell("kept", 0, 1)]]
