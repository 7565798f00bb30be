"""An unlabelled row that sums the lines just above it, read as the line their sum is.

An apparel retailer's statement of income (its Q3 2024 release) prints "Selling" 71,986 and
"General and administrative" 13,602 under "OPERATING EXPENSES:" and their sum, 85,588, on a
row with no label: the selling, general and administrative expenses an article's "SG&A was
29.1% of net sales" divides by revenue. Which labelled lines make which line is knowledge,
kept as data (``core.rows_lines.SUMMED_LINES``); the row is read so only when its parts are
the lines right above it and, in every column it prints, it equals their sum exactly: a bare
row that adds up to nothing named stays unread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.rows_lines import SUMMED_LINES
from extractors.table_model import Row

_PARTS = tuple((tuple(re.compile(rf"{p}[\s:]*", re.I) for p in parts), label)
               for parts, label in SUMMED_LINES)


def labelled_subtotal(row: Row, above: list[Row]) -> Row:
    """``row`` with the label of the line it sums when it is such an unlabelled subtotal of
    the rows ``above`` it (nearest last), else ``row`` itself."""
    if row.label or not row.values:
        return row
    for parts, label in _PARTS:
        lines = above[-len(parts):]
        if len(lines) == len(parts) and _named(lines, parts) and _sums(row, lines):
            return replace(row, label=label)
    return row


def _named(lines: list[Row], parts: tuple[re.Pattern, ...]) -> bool:
    """Each part names exactly one of the lines, in any order."""
    return all(sum(bool(p.fullmatch(line.label.strip())) for line in lines) == 1
               for p in parts)


def _sums(row: Row, lines: list[Row]) -> bool:
    """In every column the row prints a figure, the lines print one each that add up to it."""
    figures = [v for v in row.values if not v.number.is_percent]
    if not figures:
        return False
    for value in figures:
        terms = [[t.number.value for t in line.values
                  if (t.start, t.end) == (value.start, value.end) and not t.number.is_percent]
                 for line in lines]
        if any(len(found) != 1 for found in terms):
            return False
        if sum(found[0] for found in terms) != value.number.value:
            return False
    return True
