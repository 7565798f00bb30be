"""A segment table that gives each segment a section of the same labelled lines, closed by a
"Total" section of those lines (a broker's FY2002 10-K, "Operating Results by Segment":
"Investment Banking / Net revenues / Operating expenses / Pre-tax earnings", two more segments
alike, then "Total / Net revenues / Operating expenses / Pre-tax earnings").

The proof is the table's own arithmetic: the sections right before the closing one print its
lines, label for label (a footnote mark aside; two sections and two lines at least), and a line
is read only where, in every dated column, the closing section's line is the sum of that line
across them, and only when its label names revenue or operating income on its own
(``statements.match_label``, no component). A line the closing section adds more to (the
broker's operating expenses, with costs no segment was charged) gives nothing. Where the
document's statements state the company's figure for a column's period, the closing line must
equal it; a 10-K whose statements are incorporated by reference (an annual report exhibit not
loaded) states none, and the sums alone prove the parts. A section that is no segment
("Corporate", "Eliminations") counts in the sums but gives no figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from core.facts import Fact
from extractors import segment_tables as st
from extractors.document import Document
from extractors.segment_sections import (
    agrees_as_printed,
    cell_at,
    cell_value,
    may_hold_sections,
    not_a_segment,
)
from extractors.segment_sums import part_name
from extractors.statements import match_label
from extractors.table_model import Row, label_column_end
from extractors.tables import TableContext

_FEWEST = 2  # segments, and lines per section
_METRICS = ("revenue", "operating_income")
# the closing section's own name
_CLOSING = re.compile(r"(?:total(?:\s+(?:company|consolidated|firm))?|consolidated)\s*:?", re.I)
_MARK = re.compile(r"\s*\(\s*[0-9a-z]\s*\)|\s*\*+")  # "Operating expenses(1)"


def labelled_sections(blocks: list[tuple[str, list[Row]]],
                      columns_of: Callable[[list[Row]], dict],
                      stated: dict, scale: int) -> list[tuple[str, str, Row, dict]]:
    """(metric, segment name, row, dated columns) of each segment line proven, or nothing."""
    for close in range(len(blocks) - 1, _FEWEST - 1, -1):
        section, closing = blocks[close]
        if not _CLOSING.fullmatch(section.strip()) or len(closing) < _FEWEST:
            continue
        columns = columns_of(closing)
        keys = [_key(row.label) for row in closing]
        sections = _run_before(blocks[:close], keys)
        if not columns or len(sections) < _FEWEST:
            return []
        out = []
        for index, row in enumerate(closing):
            metric = _metric(row.label)
            if metric is None or not _sums_hold(sections, index, row, columns) \
                    or not _is_companys(row, metric, columns, stated, scale):
                continue
            out += [(metric, part_name(name),
                     replace(rows[index], label=f"{name}: {rows[index].label}"), columns)
                    for name, rows in sections if not not_a_segment(part_name(name))]
        return out
    return []


def _run_before(before, keys: list[str]) -> list[tuple[str, list[Row]]]:
    """The named sections right before the closing one whose lines are the closing one's."""
    sections = []
    for section, rows in reversed(before):
        if not section or [_key(row.label) for row in rows] != keys:
            break
        sections.insert(0, (section, rows))
    return sections


def _sums_hold(sections, index: int, total: Row, columns: dict) -> bool:
    """The sections' line ``index`` adds up to the closing line in every dated column."""
    for at in columns:
        values = [cell_at(rows[index], at) for _, rows in sections]
        printed = cell_at(total, at)
        if printed is None or any(v is None for v in values) \
                or sum(values, Decimal(0)) != printed:
            return False
    return True


def _is_companys(row: Row, metric: str, columns: dict, stated: dict, scale: int) -> bool:
    """The closing line is the company's figure wherever the document states that figure."""
    for at, (_, period) in columns.items():
        company = stated.get((metric, period.start, period.end))
        value = cell_value(row, at)
        if company is None:
            continue
        if value is None:
            return False
        if not agrees_as_printed(value, scale, company):
            return False
    return True


def _metric(label: str) -> str | None:
    found = match_label(_MARK.sub("", label))
    if found is None or found.component or found.per_share or found.metric not in _METRICS:
        return None
    return found.metric


def _key(label: str) -> str:
    return " ".join(_MARK.sub("", label).lower().split())


def labelled_facts(doc, table, index, context, stated, read, about) -> list[Fact]:
    """``segment_labelled``'s lines of a segment table whose sections print the same lines."""
    headers, captions, blocks = read
    found = labelled_sections(blocks, lambda block: st._columns(block, headers, captions,
                                                                table, context),
                              stated, about.scale)
    return [replace(st._fact(metric, "segment", row, columns, at, about.scale, index, doc.name),
                    entity=name) for metric, name, row, columns in found for at in columns]


def labelled_only(doc: Document, context: TableContext) -> list[Fact]:
    """The segment tables a document states no company figure for can prove by their own sums
    alone (``segment_labelled``): only a table with a "total" and sections enough is read."""
    out: list[Fact] = []
    for index, table in enumerate(doc.tables):
        if index in doc.single_row_tables or b"total" not in doc.table_text(table) \
                or doc.row_count(table) < 4:
            continue
        rows = doc.table_rows(table)
        headers, captions, blocks = st._blocks(rows, label_column_end(rows))
        if not headers or not may_hold_sections(blocks):
            continue
        about = st._About(doc, table, captions)
        if about.basis == "segment" and about.scale is not None:
            out += labelled_facts(doc, table, index, context, {}, (headers, captions, blocks),
                                  about)
    return out
