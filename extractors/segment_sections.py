"""Revenue by segment from a segment note that gives each segment a section of its own: the
segment's name as a section row, its revenues, its sales to other segments and its net sales
below it, and a closing section whose first line sums the segments' net sales and whose last is
the company's total revenues (a construction-materials maker's FY2012 10-K, "SEGMENT FINANCIAL
DISCLOSURE": "Aggregates / Segment revenues / Intersegment sales / Net sales", ..., "Totals /
Net sales / Delivery revenues / Total revenues").

The proof is the one ``extractors.segment_sums`` asks of a block, across sections: in every
dated column the segments' net sales add up to the closing section's first line, its lines add
up to its last, and that last line is the company's revenue the statements state (at the
note's printed precision: a note in millions to one decimal beside statements in thousands).
A segment's revenue is read only when the note states it one way: its revenues equal its net
sales. A segment that sells to the others has two figures an article may call its revenue (with
and without those sales), so it gives none; neither does a section that is no segment
("Corporate", "Eliminations").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_HALF_EVEN, Decimal

from extractors.segment_sums import part_name
from extractors.table_model import Row

# the fewest segments a note's sections must name for their sum to prove anything
_FEWEST = 2


def sectioned_parts(blocks: list[tuple[str, list[Row]]], columns_of: Callable[[list[Row]], dict],
                    scale: int, stated: dict) -> list[tuple[str, Row, dict]]:
    """Each proven segment's name, the row of its revenue and the dated columns, or nothing."""
    for close in range(len(blocks) - 1, _FEWEST - 1, -1):
        closing = blocks[close][1]
        if len(closing) < 2:
            continue
        columns = columns_of(closing)
        found = _segments(blocks[:close], closing, columns, scale, stated) if columns else None
        if found is not None:
            return [(name, row, columns) for name, row in found]
    return []


def may_hold_sections(blocks: list) -> bool:
    """Whether ``sectioned_parts`` can prove anything of so many blocks: the segments' sections
    and a closing one (fewer, and the table's heading and scale need not be read)."""
    return len(blocks) > _FEWEST


def _segments(before, closing: list[Row], columns: dict, scale: int, stated: dict):
    """The segments of the sections right before the closing one, when the arithmetic holds."""
    first, total = closing[0], closing[-1]
    if not all(_sum(closing[:-1], at) == cell_at(total, at) for at in columns):
        return None
    if not _is_companys(total, columns, scale, stated):
        return None
    key = _key(first.label)
    sections = []
    for section, rows in reversed(before):  # the run of sections that end in that line
        if not rows or _key(rows[-1].label) != key or not section:
            break
        sections.insert(0, (section, rows))
    if len(sections) < _FEWEST or not all(
            sum((cell_at(rows[-1], at) or Decimal(0)) for _, rows in sections) == cell_at(first, at)
            for at in columns):
        return None
    return [(part_name(section), replace(rows[0], label=f"{section}: {rows[0].label}"))
            for section, rows in sections
            if _one_way(rows, columns) and not not_a_segment(part_name(section))]


def _one_way(rows: list[Row], columns: dict) -> bool:
    """The section's revenues equal its net sales in every column: no sales to the others."""
    return all(cell_at(rows[0], at) is not None and cell_at(rows[0], at) == cell_at(rows[-1], at)
               for at in columns)


def _is_companys(total: Row, columns: dict, scale: int, stated: dict) -> bool:
    """Every column's total is the company's revenue for its period, at the printed precision."""
    for at, (_, period) in columns.items():
        company = stated.get(("revenue", period.start, period.end))
        value = cell_value(total, at)
        if company is None or value is None:
            return False
        if not agrees_as_printed(value, scale, company):
            return False
    return True


def agrees_as_printed(value, scale: int, stated) -> bool:
    """Whether a printed cell (scaled by ``scale``) equals one of the ``stated`` figures at the
    cell's printed precision: a table in millions beside statements in thousands."""
    quantum = Decimal(10) ** (scale - value.number.decimals)
    return any((c / quantum).quantize(Decimal(1), ROUND_HALF_EVEN) * quantum
               == value.number.value.scaleb(scale) for c in stated)


def not_a_segment(name: str) -> bool:
    return name.lower().startswith(("corporate", "eliminat", "all other", "other", "total"))


def _key(label: str) -> str:
    return " ".join(label.lower().split())


def _sum(rows: list[Row], at) -> Decimal | None:
    values = [cell_at(r, at) for r in rows]
    return None if any(v is None for v in values) else sum(values, Decimal(0))


def cell_value(row: Row, at: tuple[int, int]):
    for value in row.values:
        if min(value.end, at[1]) - max(value.start, at[0]) > 0 and value.number is not None:
            return value
    return None


def cell_at(row: Row, at: tuple[int, int]) -> Decimal | None:
    value = cell_value(row, at)
    return value.number.value if value is not None else None
