"""The arithmetic that proves a table's block of rows is the company's parts, and the name each
proven row gives its part (``extractors.segment_tables`` finds the blocks and dates their
columns; this module decides whether a block's rows add up to its total line and that total is
the company's own figure, the one proof a segment table is read on).

Kept apart from the reading of the grid because the whole of the trust in a part read from a
table rests on it: rows that add up to anything but the company's figure (a bank's line of
business, a segment's own costs, a percentage table) must give nothing, and this is the one
place that decides it. Pure: rows, dated columns and the statements' figures in, the rows that
are parts (or none) out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.table_model import Row

# Rows that are lines of the reconciliation, no part of the company (they count in the sum).
# "Corporate & Institutional Banking" (a bank's) is a segment; "Corporate and other" is not.
_NOT_A_PART = re.compile(r"^corporate(?:\s*(?:,|and|&)\s*(?:other|eliminations?|unallocated)\b.*)?$"
                         r"|^all\s+other\b|eliminat|intersegment|reconcil|adjustment|unallocated|^total\b|"
                         r"^consolidated", re.I)
# What a label carries besides the part's name: a footnote mark ("EMEA(1)", "Asia Pacific (1)",
# "Intermodal [a]"),
# the metric before a dash ("Net sales – in the U.S.", a retailer).
_FOOTNOTE = re.compile(r"\s*(?:\(\s*[\da-z]\s*\)|\[\s*[\da-z]\s*\]|\*+|†)$")
_METRIC_PREFIX = re.compile(r"^(?:net\s+)?(?:sales|revenues?)\s*[–—-]\s*", re.I)
_TOTAL_WORD = re.compile(r"^total\b", re.I)


def checked_parts(block: list[Row], columns: dict, scale: int, metric: str,
                  stated: dict, section: str = "") -> list[Row]:
    """The block's rows when its parts add up to its total line in every dated column and that
    total is the company's own figure for each period; else nothing. The lines of a subtotal
    that closes the block's section are left out: a computer maker's "Business" under
    "Americas:" (closed by "Total Americas") is that region's business customers, not a part
    named "Business"."""
    total, lines = block[-1], block[:-1]
    if len(lines) < 2:
        return []
    under: dict[int, str] = {}
    top = _top_level(lines, columns, under)
    if top is not None and not _adds_up(top, total, columns):
        under = {}  # a railroad's carloads: "Bulk" sums the four groups above it
        top = _top_level(lines, columns, under, implicit=True)
    if top is None or len(top) < 2 or not _adds_up(top, total, columns):
        return []
    if not _is_companys(total, columns, scale, metric, stated):
        return []
    heads = part_name(section) if section else None
    return [row for row in lines if not _NOT_A_PART.search(part_name(row.label))
            and not (heads and under.get(id(row)) == heads)
            and all(_value_at(row, at) is not None for at in columns)]


def _is_companys(total: Row, columns: dict, scale: int, metric: str, stated: dict) -> bool:
    """Whether the total line is the company's own figure: equal to it in every column the
    statements state, and those are all columns or two at least (Standard Pacific's selected
    financial data prints five years, its statements three: the years they share prove the
    rows, and the years before are the same rows' figures)."""
    checked = 0
    for at, (_, period) in columns.items():
        company = stated.get((metric, period.start, period.end))
        if company is None:
            continue
        if _value_at(total, at).scaleb(scale) not in company:
            return False
        checked += 1
    return checked == len(columns) or checked >= _PROVEN_COLUMNS


_PROVEN_COLUMNS = 2


def _adds_up(top: list[Row], total: Row, columns: dict) -> bool:
    for at in columns:
        whole = _value_at(total, at)
        if whole is None or sum((_value_at(r, at) or Decimal(0)) for r in top) != whole:
            return False
    return True


def part_name(label: str) -> str:
    """The part a row names: a subtotal "Total Digital" names "Digital" (EA's revenue
    composition table), its lines name themselves."""
    name = _METRIC_PREFIX.sub("", _FOOTNOTE.sub("", " ".join(label.split())))
    stripped = _TOTAL_WORD.sub("", name).strip(" :")
    return stripped or name


def _top_level(lines: list[Row], columns: dict, under: dict,
               implicit: bool = False) -> list[Row] | None:
    """The rows the total adds up: a "Total X" line replaces the rows before it that it sums
    (``under`` then maps each of them, by id, to the part "X"). With ``implicit``, so does a
    line named without "Total" that sums, in every column, all the rows since the last such
    line (a railroad's "Bulk" under its four commodity groups)."""
    stack: list[Row] = []
    since = 0  # where the rows a subtotal without "Total" may sum begin
    for row in lines:
        run = stack[since:]
        if implicit and not _TOTAL_WORD.match(row.label.strip()) and len(run) > 1 and all(
                _sums(run, row, at) for at in columns):
            under.update((id(r), part_name(row.label)) for r in run)
            del stack[since:]
            stack.append(row)
            since = len(stack)
            continue
        if _TOTAL_WORD.match(row.label.strip()):
            for size in range(len(stack), 1, -1):
                if all(_sums(stack[-size:], row, at) for at in columns):
                    under.update((id(r), part_name(row.label)) for r in stack[-size:])
                    del stack[-size:]
                    break
            else:
                return None  # a subtotal of no run of rows above it: not understood
        stack.append(row)
    return stack


def _sums(rows: list[Row], total: Row, at) -> bool:
    whole = _value_at(total, at)
    return whole is not None and sum((_value_at(r, at) or Decimal(0)) for r in rows) == whole


def _value_at(row: Row, at: tuple[int, int]) -> Decimal | None:
    for value in row.values:
        if min(value.end, at[1]) - max(value.start, at[0]) > 0 and value.number is not None:
            return value.number.value
    return None


def distinct_names(parts: list[Row]) -> list[str]:
    """Each part's name; a subtotal whose name is also a line's keeps its "Total" (U.S.
    Bancorp's "Total commercial" over its "Commercial" and "Lease financing" lines)."""
    names = [part_name(row.label) for row in parts]
    folded = [name.casefold() for name in names]
    return [" ".join(row.label.split()) if folded.count(name.casefold()) > 1
            and _TOTAL_WORD.match(row.label.strip()) else name
            for row, name in zip(parts, names, strict=True)]
