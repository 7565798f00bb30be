"""A key rate a table prints only in its change column.

A 10-Q's results table sets two period columns ("Three Months Ended June 30, 2025 | June 30,
2024") beside a change column ("Change Q2'25 vs. Q2'24"), and a line that is itself a change
("Constant currency change in revenues") has no figure under either period: its one figure
stands in the change column. That figure is the rate of the later period over the earlier, the
same as a sentence's "revenue grew 17% in constant currency".

Read only when the row's single figure sits under a header that says it is a change
("change", and "vs." or "versus" or "compared"), the metric is a growth rate as the filer
states it (``GROWTH_RATES``), and the header block dates exactly two columns left of it, of one
length and a year apart. A change column beside a rate's own period columns (comparable sales
3.7% and 5.3%, then "(1.6)") is a change in points, never read: there the row has figures under
its periods too.
"""

from __future__ import annotations

import re

from extractors.periods import Period
from extractors.table_columns import column_header
from extractors.table_model import Cell, Row
from extractors.table_readings import Reading

# the growth rates a filer states and no table recomputes (core/rows_comparable.py)
GROWTH_RATES = frozenset({"revenue_growth_constant_currency", "organic_revenue_growth",
                          "comparable_sales_growth"})
_CHANGE = re.compile(r"\bchange\b", re.I)
_COMPARED = re.compile(r"\bvs\b\.?|\bversus\b|\bcompared\b", re.I)


def is_change_header(column: str) -> bool:
    """Whether a column's stacked header says its figures compare two periods."""
    return bool(_CHANGE.search(column) and _COMPARED.search(column))


def change_readings(match, row: Row, headers: list[list[Cell]], dated) -> list[Reading]:
    """The reading of a row whose one figure is a growth rate in a change column, dated by
    the later of the two periods it compares; else none. ``dated(column)`` is the period a
    column's stacked header text names, or None."""
    if match.metric not in GROWTH_RATES or len(row.values) != 1:
        return []
    value = row.values[0]
    column = column_header(value, headers)
    period = _compared_later(value.start, column, headers, dated)
    return [Reading(match, row, value, column, period)] if period is not None else []


def _compared_later(start: int, column: str, headers: list[list[Cell]],
                    dated) -> Period | None:
    if not is_change_header(column):
        return None
    periods = {p for cells in headers for cell in cells if cell.end <= start
               and (p := dated(column_header(cell, headers))) is not None
               and p.start is not None}
    if len(periods) != 2:
        return None
    earlier, later = sorted(periods, key=lambda p: p.end)
    same_length = (later.end - later.start) == (earlier.end - earlier.start)
    year_apart = (later.end - earlier.end).days in range(364, 372)
    return later if same_length and year_apart else None
