"""Tables a copy flattened into lines whose header names only periods and whose rows state money
with its own unit and scale (a tech site's results table; the columns' spacing was lost):

      Q4 FY'12 Q3 FY'13 Q4 FY'13
    Revenue $18.06 billion $20.49 billion $19.90 billion
    Net income -$492 million $6.06 billion $4.97 billion

The layout makes the reading certain, or the lines are left to the sentence reader: the header
is nothing but two or more quarters or years, and a row is a label then exactly one money figure
per column and nothing else (its label then names the metric, through the registry's cues). A
line with no label, or with another count of figures, ends the table: the sentence reader reads
it as it read every such line before (a label lost in the copy names no metric there either).
"""

from __future__ import annotations

import re

from core import period_phrases
from pipeline.verify.claims_flat import Cell, Column, quarter_column, year_column
from pipeline.verify.claims_units import Figure, find_figures
from pipeline.verify.fiscal import QUARTER_LABEL

# the labels of the years a header may name (as core.period_phrases reads them for articles)
_YEAR_LABEL = re.compile(r"^FY(?P<y>\d{4})$")
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ,&'’/()-]*?)\s*$")
_MONEY_UNITS = ("USD", "USD/share")


def read_tables(text: str, fiscal_at) -> dict[tuple[int, int], list[Cell]]:
    """Cells by the span of the line they are on, for every such table in ``text`` (the
    header's line with no cells). ``fiscal_at`` is unused: the header says "FY" itself."""
    del fiscal_at
    cells: dict[tuple[int, int], list[Cell]] = {}
    lines, offset, starts = text.split("\n"), 0, []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        columns = header_columns(lines[i])
        if columns is None:
            i += 1
            continue
        cells[(starts[i], starts[i] + len(lines[i]))] = []  # the header: periods, not figures
        i += 1
        while i < len(lines) and lines[i].strip():
            row = _row(lines[i], starts[i], columns)
            if row is None:
                break
            cells[(starts[i], starts[i] + len(lines[i]))] = row
            i += 1
    return cells


def header_columns(line: str) -> list[Column] | None:
    """The columns of a line that is nothing but two or more quarters or years, else None."""
    if not line.strip() or re.search(r"[$%]|\d[\d,]*\.\d", line):
        return None
    phrases = period_phrases.find_periods(line, reading=period_phrases.ARTICLES)
    rest = line
    for phrase in sorted(phrases, key=lambda p: -p.span[0]):
        rest = rest[:phrase.span[0]] + rest[phrase.span[1]:]
    if len(phrases) < 2 or rest.strip(" \t|"):
        return None
    columns = [_column(p.label) for p in phrases]
    return None if any(c is None for c in columns) else columns


def _column(label: str) -> Column | None:
    if (found := QUARTER_LABEL.match(label)) is not None:
        return quarter_column(label, int(found["y"]), int(found["q"]))
    if (found := _YEAR_LABEL.match(label)) is not None:
        return year_column(int(found["y"]))
    return None


def _row(line: str, start: int, columns: list[Column]) -> list[Cell] | None:
    """The row's cells, or None when the line is no row of the table (the table ends)."""
    figures = find_figures(line)
    if not figures:
        return None
    label = _LABEL.match(line[:figures[0].span[0]])
    between = [line[a.span[1]:b.span[0]] for a, b in zip(figures, figures[1:], strict=False)]
    if (label is None or len(figures) != len(columns) or line[figures[-1].span[1]:].strip()
            or any(gap.strip() for gap in between)
            or any(f.unit not in _MONEY_UNITS or f.range_role for f in figures)):
        return None
    name = label["label"].strip()
    return [_cell(f, start, column, name) for f, column in zip(figures, columns, strict=True)]


def _cell(figure: Figure, start: int, column: Column, label: str) -> Cell:
    span = (start + figure.span[0], start + figure.span[1])
    return Cell(span, figure.text, figure.value, figure.unit, figure.tolerance, label, column)
