"""Tables a copy flattened into space-separated lines (no pipes): a header line that states the
unit and names a period per column, then rows of a label and one value per column.

    (in $ million) 3Q16 3Q17 9 mo. 16 9 mo. 17
    Revenues 2,595 2,674 8,506 8,365
    Growth   3%   -2%
    Net income (loss) (21) 194 178 658

The layout makes the reading certain, or the lines are left to the sentence reader: the header
must state its money unit and name only periods, and a row must hold exactly one value per
column (its label then names the metric, through the registry's cues). A row of half as many
percentages, labelled as a change ("Growth", "Change"), holds the change of the row above it
between the columns taken two by two, when each pair is the same period a year apart. Bare
numbers under a "(in $ million)" header are money in millions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.dates import add_months, month_end
from core.scales import SCALE_WORDS
from pipeline.verify.claims_context import find_periods
from pipeline.verify.claims_table_units import RATE, excepted_unit, stated_unit
from pipeline.verify.claims_units import overlong, stated_tolerance

_HEADER = re.compile(r"^\s*\(\s*(?:in\s+)?(?:US\$|\$|USD)\s*(?P<scale>thousands?|millions?|"
                     r"billions?|mn|bn|m|b)\s*\)\s+(?P<columns>.+?)\s*$", re.I)
# One column's period: "3Q16", "Q3 2016", "Q3'16", "9 mo. 16", "9M16", "FY16", "2016"
_COLUMN = re.compile(r"(?P<q>[1-4])Q\s?'?(?P<qy>\d{4}|\d{2})\b|Q(?P<q2>[1-4])\s?'?"
                     r"(?P<qy2>\d{4}|\d{2})\b|(?P<m>3|6|9|12)\s*(?:mo\.?|months?|M)\s*'?"
                     r"(?P<my>\d{4}|\d{2})\b|FY\s?'?(?P<fy>\d{4}|\d{2})\b|(?P<y>(?:19|20)\d\d)\b",
                     re.I)
# a cell: "2,674", "(21)", "-3%", "$5,359" (a dollar mark on a bare number in the scale)
_VALUE = re.compile(r"(?:(?P<neg>[-−(])\s?)?(?:(?:US)?\$\s?)?(?P<num>\d[\d,]*(?:\.\d+)?)\)?"
                    r"(?P<pct>%)?")
_ROW = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ,&'’/()-]*?)\s+(?P<values>[-−(]?\$?\d.*?)\s*$")
_LABEL_CHARS = 40  # a header's label cell ("Item", "Metric", "(dollars in millions)")
_TITLE_CHARS = 160  # a table's title is a short line, not a paragraph that mentions millions
_CHANGE_LABEL = re.compile(r"^(?:growth|change|%\s*change|y/y|yoy|increase)", re.I)


@dataclass(frozen=True)
class Column:
    label: str
    start: date
    end: date
    kind: str  # "quarter", "to_date", "year"
    year: int


@dataclass(frozen=True)
class Cell:
    """One value of a flattened table, as read: where, what, and which column."""

    span: tuple[int, int]  # in the article's text
    text: str
    value: Decimal
    unit: str
    tolerance: Decimal
    label: str  # the row's label ("Revenues"); for a change row, the row above's
    column: Column
    is_change: bool = False


def _year(digits: str) -> int:
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def read_columns(text: str, fiscal: bool) -> list[Column] | None:
    """The header's periods, or None unless the text is nothing but periods."""
    columns, at = [], 0
    while at < len(text):
        found = _COLUMN.match(text, at)
        if found is None:
            return None
        columns.append(_column(found, fiscal))
        at = found.end()
        while at < len(text) and text[at] in " \t":
            at += 1
    return columns or None


def _column(found: re.Match, fiscal: bool) -> Column:
    prefix = "fiscal " if fiscal else ""
    q, qy = found.group("q") or found.group("q2"), found.group("qy") or found.group("qy2")
    if q:
        return quarter_column(f"{prefix}Q{int(q)} {_year(qy)}", _year(qy), int(q))
    if found.group("m"):
        months, year = int(found.group("m")), _year(found.group("my"))
        end = month_end(date(year, months, 1))
        if months == 12:
            return Column(f"FY{year}", date(year, 1, 1), end, "year", year)
        return Column(f"{prefix}{months}M {year}", date(year, 1, 1), end, "to_date", year)
    return year_column(_year(found.group("fy") or found.group("y")))


def quarter_column(label: str, year: int, number: int) -> Column:
    """The column of quarter ``number`` of ``year`` as calendar months; a label "fiscal ..." is
    resolved against the filer's calendar when matched (as the articles' periods are)."""
    end = month_end(date(year, number * 3, 1))
    return Column(label, _start(end, 3), end, "quarter", year)


def year_column(year: int) -> Column:
    return Column(f"FY{year}", date(year, 1, 1), date(year, 12, 31), "year", year)


def _start(end: date, months: int) -> date:
    first = add_months(date(end.year, end.month, 1), -(months - 1))
    return date(first.year, first.month, 1)


def read_tables(text: str, fiscal_at) -> dict[tuple[int, int], list[Cell]]:
    """Cells by the span of the line they are on, for every flattened table in ``text`` (the
    header's line with no cells). ``fiscal_at(offset)`` says whether the article names its
    periods the fiscal way there."""
    cells: dict[tuple[int, int], list[Cell]] = {}
    lines, offset = text.split("\n"), 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        header = _header(lines, i)
        columns = read_columns(header[1], fiscal_at(starts[i])) if header else None
        if columns is None:
            i += 1
            continue
        scale = header[0]
        cells[(starts[i], starts[i] + len(lines[i]))] = []  # the header: periods, not figures
        above: list[Cell] | None = None
        i += 1
        while i < len(lines) and lines[i].strip():
            row = _row(lines[i], starts[i], columns, scale, above)
            if row is None:
                break
            cells[(starts[i], starts[i] + len(lines[i]))] = row
            above = row if row and not row[0].is_change else above
            i += 1
    return cells


def _header(lines: list[str], i: int) -> tuple[int, str] | None:
    """(scale, the periods' text) of a header line: "(in $ million) 3Q16 3Q17", or a line of a
    label cell and periods ("Item<tab>2024<tab>2023", "(dollars in millions) 2024 2023") whose
    label or title line above ("Summary, in millions of USD") states a money scale."""
    found = _HEADER.match(lines[i])
    if found is not None:
        return SCALE_WORDS[found.group("scale").lower()], found.group("columns")
    first = _COLUMN.search(lines[i])
    if first is None or not lines[i][first.start():].strip():
        return None
    label = lines[i][:first.start()]
    if re.search(r"\d", label) or len(label.strip()) > _LABEL_CHARS:
        return None
    stated = stated_unit(label) if label.strip() else None
    if stated is None:
        title = _title(lines, i)
        stated = stated_unit(title) if title else None
    if stated is None or not stated[1]:
        return None  # no scale, or one that names no currency (units, subscribers)
    return stated[0], lines[i][first.start():].strip()


def _title(lines: list[str], i: int) -> str | None:
    """The short line just above a header line (a blank line may stand between)."""
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        if lines[k].strip():
            return lines[k] if len(lines[k]) <= _TITLE_CHARS else None
    return None


def _row(line: str, start: int, columns: list[Column], scale: int,
         above: list[Cell] | None) -> list[Cell] | None:
    found = _ROW.match(line)
    if found is None:
        return None
    label, values = found.group("label").strip(), found.group("values")
    matches = list(_VALUE.finditer(values))
    if re.sub(r"\s", "", "".join(m.group(0) for m in matches)) != re.sub(r"\s", "", values):
        return None
    base = start + found.start("values")
    if any(overlong(m.group("num"), scale) for m in matches):
        return []  # a run of digits too long to be a figure: not the table's row
    if len(matches) == len(columns) and not any(m.group("pct") for m in matches):
        excepted = excepted_unit(label)
        if excepted == RATE:
            return []  # a margin's or a change's row: no money in the header's scale
        return [_cell(m, base, columns[k], 0 if excepted else scale, label,
                      excepted or "USD") for k, m in enumerate(matches)]
    if (_CHANGE_LABEL.match(label) and above and 2 * len(matches) == len(columns)
            and all(m.group("pct") for m in matches)):
        pairs = [(columns[2 * k], columns[2 * k + 1]) for k in range(len(matches))]
        if all(_year_apart(a, b) for a, b in pairs):
            return [_change(m, base, pairs[k][1], above[0].label) for k, m in enumerate(matches)]
    return []  # a row this reading cannot place: its figures are not read as the table's


def _year_apart(a: Column, b: Column) -> bool:
    return a.kind == b.kind and b.year == a.year + 1 and (a.end.month, a.end.day) == (
        b.end.month, b.end.day)


def _number(found: re.Match, scale: int, unit: str = "USD") -> tuple[Decimal, Decimal]:
    digits = found.group("num")
    value = Decimal(digits.replace(",", "")).scaleb(scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 2674000000, as the filings' values print
    value = -value if found.group("neg") else value
    return value, stated_tolerance(digits, scale, unit)


def _cell(found: re.Match, base: int, column: Column, scale: int, label: str,
          unit: str = "USD") -> Cell:
    value, tolerance = _number(found, scale, unit)
    span = (base + found.start(), base + found.end())
    return Cell(span, found.group(0), value, unit, tolerance, label, column)


def _change(found: re.Match, base: int, column: Column, label: str) -> Cell:
    value, tolerance = _number(found, 0)
    span = (base + found.start(), base + found.end())
    return Cell(span, found.group(0), value, "percent", tolerance, label, column,
                is_change=True)


def fiscal_teller(text: str):
    """``fiscal_before(at)``: whether the last period the article names before ``at`` is a
    fiscal one ('Fiscal 3Q17'): a table's '3Q16' column then names a fiscal quarter too. The
    article's periods are read once (reading the text before every table line again made a
    long article of many table lines quadratic: 83 KB took minutes)."""
    named = find_periods(text)
    starts = [p.span[0] for p in named]

    def fiscal_before(at: int) -> bool:
        last = bisect.bisect_left(starts, at)  # named[:last] start before ``at``
        while last > 0 and named[last - 1].span[1] > at:
            last -= 1  # a phrase running past ``at`` is not named before it
        return last > 0 and named[last - 1].label.startswith("fiscal")
    return fiscal_before
