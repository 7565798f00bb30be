"""Tables a copy flattened to one cell per line (a web page's table as text): the header's
cells each on a line, then each row as its label's line and one line per value.

    Metric            <- a stub (optional)
    2019
    2018
    % Change          <- a change column (optional)
    Sales
    $41.2 million
    $30.9 million
    33%

A two-level header names each group of period columns first ("Three months ended" / "Year
ended", then "June 30" twice, then the years): the groups split the years evenly, in order.
Cells may end in " |" and lines of bare pipes or blank lines may stand between them; a caption
("(dollars in millions)") gives bare numbers their money unit.

The layout makes the reading certain, or the lines are left to the sentence reader: every row
must hold exactly as many value lines as the header has columns (a row cut short by the end of
the copy keeps its first cells, in order), each value a figure or an empty mark ("N/A"). A row
under a section label that names a part ("Specialty lines:") takes no metric: the part's
figure is not the company's. Each value takes the row's label as its metric words and its
column's period; a percentage under a change column is the growth of the row's metric between
two period columns a year apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.scales import SCALE_WORDS
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify.claims_flat import Cell, Column, read_columns
from pipeline.verify.claims_table_units import RATE, excepted_unit, stated_unit
from pipeline.verify.claims_units import overlong, stated_tolerance

_CHANGE = re.compile(r"(?:%\s*)?(?:change|chg\.?|growth)(?:\s*(?:yoy|y/y|\(%\)))?|(?:yoy|y/y)"
                     r"(?:\s+(?:%\s*)?change)?", re.I)
_VALUE = re.compile(r"(?P<open>\()?\s*(?P<cur>US\$|\$)?\s*(?P<neg>[-−])?\s*(?P<num>\d[\d,]*"
                    r"(?:\.\d+)?)\s*(?P<unit>%|(?:thousands?|millions?|billions?|mn|bn|m|b)\b)?"
                    r"\s*(?P<close>\))?", re.I)
_EMPTY = re.compile(r"n/?a|nm|n\.m\.|—|–|-|--|\*", re.I)
_CURRENCY = re.compile(r"US\$|\$")
_CAPTION = re.compile(r"\(\s*(?:(?:amounts|dollars|\$|US\$|USD)\s+)?in\s+(?:US\$|\$|USD)?\s*"
                      r"(?P<scale>thousands|millions|billions)\b", re.I)
# a group of period columns: "Quarter ended", "Three months ended", "Year ended"
_GROUP = re.compile(r"(?:(?:three|six|nine|twelve)\s+months|quarters?|years?|fiscal\s+years?)"
                    r"\s+ended", re.I)
_MONTH_DAY = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}",
                        re.I)
# a period column's cell: a year, or a fiscal year or quarter that may shorten its year ("FY17",
# "Q3 '17"); never a bare two-digit number, which is as likely a value
_PERIOD_CELL = re.compile(r"(?:19|20)\d\d|(?:FY\s?|Q[1-4]\s?|[1-4]Q\s?)'?(?:\d{4}|\d{2})", re.I)
_LABEL = re.compile(r"[A-Za-z][^.;!?]{0,79}")
_SECTION_TOTAL = re.compile(r"(?:total|consolidated)\b", re.I)
_CAPTION_CHARS = 160  # a caption is a short line, not a paragraph that mentions millions
_REVERSED_SIGN = re.compile(r"\(\s*(?:loss|deficit)\s*\)|/\s*\(?loss|\bor\s+loss", re.I)


@dataclass(frozen=True)
class _Line:
    start: int  # the cell's span in the article's text
    end: int
    cell: str  # the line's text without its trailing pipes


def read_tables(text: str, fiscal_at) -> dict[tuple[int, int], list[Cell]]:
    """Cells by the span of the line they are on, for every cell-per-line table in ``text``
    (each of its header's lines with no cells). ``fiscal_at(offset)`` as in claims_flat."""
    lines = _cell_lines(text)
    cells: dict[tuple[int, int], list[Cell]] = {}
    i = 0
    while i < len(lines):
        header = _header(lines, i, fiscal_at)
        if header is None:
            i += 1
            continue
        columns, scale, header_lines, first_row = header
        rows, end = _rows(lines, first_row, columns, scale, text)
        if rows is None:
            i = first_row
            continue
        for line in header_lines:
            cells[(line.start, line.end)] = []
        cells.update(rows)
        i = end
    return cells


def _cell_lines(text: str) -> list[_Line]:
    """The non-empty lines (blank ones and lines of bare pipes dropped), trailing pipes cut."""
    found, offset = [], 0
    for raw in text.split("\n"):
        cell = raw.strip().rstrip("|").strip()
        if cell:
            lead = offset + len(raw) - len(raw.lstrip())
            found.append(_Line(lead, lead + len(cell), cell))
        offset += len(raw) + 1
    return found


def _period(line: _Line, fiscal: bool) -> Column | None:
    if not _PERIOD_CELL.fullmatch(line.cell):
        return None
    columns = read_columns(line.cell, fiscal)
    return columns[0] if columns and len(columns) == 1 else None


def _header(lines: list[_Line], i: int, fiscal_at):
    """(columns, caption scale, the header's lines, the first row's index) when a run of period
    lines starts at ``i`` (after its group and stub lines); else None."""
    if i and _period(lines[i - 1], False):
        return None
    fiscal = fiscal_at(lines[i].start)
    periods: list[Column] = []
    k = i
    while k < len(lines) and (column := _period(lines[k], fiscal)) is not None:
        periods.append(column)
        k += 1
    if len(periods) < 2:
        return None
    changes = 0
    while k < len(lines) and _CHANGE.fullmatch(lines[k].cell):
        changes, k = changes + 1, k + 1
    before = _lead(lines, i)
    grouped = _grouped(periods, before, fiscal)
    if grouped is None:
        return None
    if changes and (changes > 1 or grouped is not periods or not _year_apart(periods)):
        return None
    scale = next((found for line in before if (found := _caption_scale(line.cell)) is not None),
                 None)
    columns = grouped + [None] * changes
    marked = [line for line in before if _GROUP.fullmatch(line.cell) or _MONTH_DAY.fullmatch(
        line.cell) or _caption_scale(line.cell) is not None]
    return columns, scale, marked + lines[i:k], k


def _lead(lines: list[_Line], i: int) -> list[_Line]:
    """The header's lines above its periods: stub, caption, groups and month-days (short lines
    with no figure but a day), nearest first reversed into reading order."""
    lead: list[_Line] = []
    k = i - 1
    while k >= 0 and len(lead) < 8:
        cell = lines[k].cell
        caption = len(cell) <= _CAPTION_CHARS and _caption_scale(cell) is not None
        short = len(cell) <= 40 and not re.search(r"[.;!?]$", cell)
        if not (short or caption) or (re.search(r"\d", cell) and not _MONTH_DAY.fullmatch(cell)
                                      and not caption):
            break
        lead.append(lines[k])
        k -= 1
    return lead[::-1]


def _caption_scale(cell: str) -> int | None:
    """The money scale a caption states: "(dollars in millions)", or a title naming its
    currency ("Key figures, in millions of USD"); None for any other line."""
    found = _CAPTION.search(cell)
    if found is not None:
        return SCALE_WORDS[found.group("scale").lower()]
    stated = stated_unit(cell)
    return stated[0] if stated is not None and stated[1] else None


def _grouped(periods: list[Column], lead: list[_Line], fiscal: bool) -> list[Column] | None:
    """The periods as the groups above them name them, or as they are when no group does;
    None when groups stand above that do not split them evenly."""
    groups = [line.cell for line in lead if _GROUP.fullmatch(line.cell)]
    days = [line.cell for line in lead if _MONTH_DAY.fullmatch(line.cell)]
    if not groups:
        return None if days else periods
    if len(periods) % len(groups) or (days and len(days) != len(groups)):
        return None
    size = len(periods) // len(groups)
    columns = []
    for k, column in enumerate(periods):
        g = k // size
        phrase = f"{groups[g]} {days[g] + ',' if days else ''} {column.year}"
        found = [p for p in ctx.find_periods(phrase) if p.end is not None]
        if len(found) != 1 or not days:
            return None
        columns.append(_as_column(found[0], column.year))
    return columns


def _as_column(period: PeriodPhrase, year: int) -> Column:
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    kind = "year" if months == 11 else "quarter" if months == 2 else "to_date"
    return Column(period.label, period.start, period.end, kind, year)


def _year_apart(periods: list[Column]) -> bool:
    if len(periods) != 2:
        return False
    a, b = sorted(periods, key=lambda c: c.end)
    return a.kind == b.kind and b.year == a.year + 1 and (a.end.month, a.end.day) == (
        b.end.month, b.end.day)


def _rows(lines: list[_Line], k: int, columns: list, scale: int | None, text: str):
    """The rows' cells by line span and the index after the table; (None, k) unless every row
    fits the columns."""
    found: dict[tuple[int, int], list[Cell]] = {}
    section: str | None = None
    rows = 0
    while k < len(lines):
        label = lines[k]
        if not _LABEL.fullmatch(label.cell) or _VALUE.fullmatch(label.cell):
            break
        values, j = [], k + 1
        while j < len(lines) and _CURRENCY.fullmatch(lines[j].cell):
            j += 1  # a "$" cell of its own before the row's first amount
        while j < len(lines) and len(values) < len(columns) and (
                _VALUE.fullmatch(lines[j].cell) or _EMPTY.fullmatch(lines[j].cell)):
            values.append(lines[j])
            j += 1
        if not values:
            if j < len(lines) and _LABEL.fullmatch(lines[j].cell) and lines[k].cell.endswith(":"):
                section = label.cell  # a section's label: the rows below are its
                k = j
                continue
            break
        cut = len(values) < len(columns) and j == len(lines) and not text[lines[-1].end:].strip()
        if len(values) != len(columns) and not cut:
            return None, k
        row = _row(label.cell, values, columns, scale, section)
        if row is None:
            return None, k
        found.update(row)
        rows, k = rows + 1, j
    return (found, k) if rows else (None, k)


def _row(label: str, values: list[_Line], columns: list, scale: int | None,
         section: str | None) -> dict[tuple[int, int], list[Cell]] | None:
    cells: dict[tuple[int, int], list[Cell]] = {}
    periods = [c for c in columns if c is not None]
    latest = max(periods, key=lambda c: c.end)
    words = label if section is None or _SECTION_TOTAL.match(section) else ""
    # a margin's or a per-share row under "(dollars in millions, except per share amounts)"
    excepted = excepted_unit(label) if scale is not None else None
    for line, column in zip(values, columns, strict=False):
        if _EMPTY.fullmatch(line.cell) or (excepted == RATE and _bare(line.cell)):
            cells[(line.start, line.end)] = []  # (a bare rate: no money, and no unit said)
            continue
        cell = _cell(line, words, column or latest, scale, column is None, excepted)
        if cell is None:
            return None
        cells[(line.start, line.end)] = [cell]
    return cells


def _bare(cell: str) -> bool:
    found = _VALUE.fullmatch(cell)
    return found is not None and not found.group("unit") and not found.group("cur")


def _cell(line: _Line, label: str, column: Column, scale: int | None,
          is_change: bool, excepted: str | None = None) -> Cell | None:
    found = _VALUE.fullmatch(line.cell)
    if bool(found.group("open")) != bool(found.group("close")):
        return None
    unit_word = (found.group("unit") or "").lower()
    digits = found.group("num")
    if unit_word == "%":
        unit, power = "percent", 0
    elif is_change:
        return None  # an amount under a change column: not this layout
    elif unit_word:
        unit, power = "USD", SCALE_WORDS[unit_word]
    elif (found.group("cur") and cm.named_metric(label, "USD/share")) or (
            excepted == "USD/share"):
        unit, power = "USD/share", 0
    elif scale is not None:
        unit, power = "USD", scale
    else:
        return None  # a bare number with no caption to give it a unit
    if overlong(digits, power):
        return None  # a run of digits too long to be a figure
    value = Decimal(digits.replace(",", "")).scaleb(power)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    if found.group("open") or found.group("neg"):
        value = -value
    value = _signed(value, label, unit, is_change)
    tolerance = stated_tolerance(digits, power, unit)
    return Cell((line.start, line.end), line.cell, value, unit, tolerance, label, column,
                is_change=is_change)


def _signed(value: Decimal, label: str, unit: str, is_change: bool) -> Decimal:
    """A row labelled as a loss ("Net loss") holds a loss however printed: the filings' value
    of the loss's line is negative. A label of both signs ("Net income (loss)") prints its own."""
    if is_change or value <= 0 or _REVERSED_SIGN.search(label):
        return value
    row = find_metric(cm.named_metric(label, unit))
    if row is not None and row.sign_words and row.derivation is None and re.search(
            row.sign_words, label, re.I):
        return -value
    return value
