"""Results tables a copy ran into one line (a release's table pasted as text, its line breaks
lost): the column groups, each group's period columns and change column, then each row's label
and its cells, all on one line.

    Second Quarter Full Year 2019 2018 % Change 2019 2018 % Change Diluted EPS 0.51 0.47 +9 ...
    (in millions, except Second Quarter Full Year share data) FY'19 FY'18 Change ...

(a group's words may sit inside the caption, as the copy ran the header's two rows together).

The layout makes the reading certain, or the line is left to the sentence reader: the line opens
on the header (a scale caption, one or more group names, then the same run of two period columns
a year apart, and a change column, for each group), and everything after it is rows, each a
label then exactly one cell per column (a lone footnote digit after the label aside). A row's
amounts are per share when its label says so, or when the table states no scale and every value
is a per-share amount beside a row of earnings per share; else they are money at the caption's
scale, and a table that states none is not read. A change cell is read only with its percent
sign (a bare "+5" may be rounded from unrounded inputs, a reading no filed pair bears out).
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.scales import SCALE_WORDS
from pipeline.verify.claims_flat import Cell, Column, quarter_column, year_column
from pipeline.verify.claims_units import overlong, stated_tolerance

_CAPTION = re.compile(r"\(\s*(?:(?:amounts|dollars|figures|\$|US\$|USD)\s+)?in\s+(?:US\$|\$|USD)?"
                      r"\s*(?P<scale>thousands|millions|billions)\b(?P<rest>[^()]*)\)\s*", re.I)
# what else a caption may say: the rows its scale leaves out ("except per share data")
_CAPTION_REST = re.compile(r"^[\s,]*(?:except\s+(?:for\s+)?(?:per[- ])?share\s+(?:data|amounts|"
                           r"figures)|except\s+(?:per[- ]share|share)\s+(?:data|amounts))?\s*$",
                           re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_GROUP = re.compile(r"(?P<q>first|second|third|fourth)\s+quarter|(?:full|fiscal)\s+year", re.I)
_YEAR_HEAD = re.compile(r"(?:(?P<fy>FY)\s?'?(?P<short>\d{4}|\d{2})|(?P<year>(?:19|20)\d\d))"
                        r"(?:\s?\(\d\))?\s*", re.I)
_CHANGE_HEAD = re.compile(r"(?:%\s*)?change\s*", re.I)
_RULE = re.compile(r"(?:-{3,}\s*)+")
_NUMBER = re.compile(r"(?P<open>\()?(?P<sign>[-+\u2212])?(?P<cur>\$)?(?P<num>\d[\d,]*(?:\.\d+)?)"
                     r"(?P<pct>%)?(?(open)\))$")
_EMPTY = re.compile(r"(?:nm|n/m|n\.m\.|-|\u2014|\u2013)$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z&'\u2019/.-]*$")
_FOOTNOTE = re.compile(r"[1-9]$")
_PER_SHARE = re.compile(r"\b(?:EPS|per\s+(?:common\s+|diluted\s+)?share)\b", re.I)
_CENTS = re.compile(r"\d{1,2}\.\d\d")


def read_tables(text: str, fiscal_at) -> dict[tuple[int, int], list[Cell]]:
    """Cells by the span of their line, for every line of ``text`` that is such a table;
    ``fiscal_at(offset)`` says whether the article names its periods the fiscal way there."""
    cells: dict[tuple[int, int], list[Cell]] = {}
    offset = 0
    for line in text.split("\n"):
        read = _line(line, offset, fiscal_at)
        if read is not None:
            cells[(offset, offset + len(line))] = read
        offset += len(line) + 1
    return cells


def _line(line: str, offset: int, fiscal_at) -> list[Cell] | None:
    header = _header(line, fiscal_at(offset))
    if header is None:
        return None
    columns, changes, scale, at = header
    rows = _rows(line, at, len(columns) + len(changes))
    if not rows:
        return None
    amounts = [value[1].group(0) for _, found in rows for k, value in enumerate(found)
               if value is not None and k not in changes]
    per_share_table = scale is None and any(_PER_SHARE.search(label) for label, _ in rows) and all(
        _CENTS.fullmatch(text.strip("()+-\u2212")) for text in amounts)
    cells: list[Cell] = []
    for label, found in rows:
        per_share = per_share_table or bool(_PER_SHARE.search(label))
        if not per_share and scale is None:
            return None  # money of no stated scale: which unit is not said
        read = _row_cells(label, found, columns, changes, 0 if per_share else scale,
                          "USD/share" if per_share else "USD", offset)
        if read is None:
            return None
        cells += read
    return cells


def _header(line: str, fiscal: bool):
    """(value columns, change columns by the value column they compare, the caption's scale,
    where the rows start) when the line opens on a header, else None."""
    at, scale, groups = len(line) - len(line.lstrip()), None, []
    caption = _CAPTION.match(line, at)
    if caption is not None:
        scale = SCALE_WORDS[caption.group("scale").lower()]
        inside = list(_GROUP.finditer(caption.group("rest")))
        rest = _GROUP.sub(" ", caption.group("rest"))
        if not _CAPTION_REST.match(re.sub(r"\s+", " ", rest)):
            return None
        groups += inside
        at = caption.end()
    while (found := _GROUP.match(line, at)) is not None:
        groups.append(found)
        at = found.end() + len(line[found.end():]) - len(line[found.end():].lstrip())
    if not groups:
        return None
    heads: list = []
    while True:
        if (found := _YEAR_HEAD.match(line, at)) is not None:
            heads.append(found)
        elif (found := _CHANGE_HEAD.match(line, at)) is not None:
            heads.append(None)
        else:
            break
        at = found.end()
    if (rule := _RULE.match(line, at)) is not None:
        at = rule.end()
    return _columns(groups, heads, fiscal, scale, at)


def _columns(groups: list[re.Match], heads: list, fiscal: bool, scale: int | None, at: int):
    if not heads or len(heads) % len(groups):
        return None
    size = len(heads) // len(groups)
    columns: list[Column] = []
    changes: dict[int, Column] = {}  # a change column's index in the row -> the period it is of
    for g, group in enumerate(groups):
        chunk = heads[g * size:(g + 1) * size]
        years = [h for h in chunk if h is not None]
        if len(years) != 2 or len(chunk) - 2 > 1 or chunk[:2] != years:
            return None  # two period columns, then at most one change column
        periods = [_column(group, h, fiscal) for h in years]
        if abs(periods[0].year - periods[1].year) != 1:
            return None
        for k, head in enumerate(chunk):
            if head is None:
                changes[g * size + k] = max(periods, key=lambda c: c.year)
            else:
                columns.append(periods[k])
    return columns, changes, scale, at


def _column(group: re.Match, head: re.Match, fiscal: bool) -> Column:
    digits = head.group("short") or head.group("year")
    year = int(digits) + 2000 if len(digits) == 2 else int(digits)
    if group.group("q") is None:
        return year_column(year)
    prefix = "fiscal " if fiscal or head.group("fy") else ""
    number = _ORDINALS[group.group("q").lower()]
    return quarter_column(f"{prefix}Q{number} {year}", year, number)


def _rows(line: str, at: int, width: int) -> list | None:
    """[(label, [number match or None (an empty cell), one per column])], or None unless the
    rest of the line is nothing but such rows."""
    rows: list = []
    words: list[str] = []
    values: list = []
    for found in re.finditer(r"\S+", line[at:]):
        token = found.group(0)
        number = _NUMBER.match(token)
        if number is None and not _EMPTY.match(token):
            if not _WORD.match(token):
                return None
            if values:
                rows.append(_closed(words, values, width))
                words, values = [], []
            words.append(token)
            continue
        if not words:
            return None  # a value before any label
        values.append((at + found.start(), number) if number is not None else None)
    if words:
        rows.append(_closed(words, values, width))
    return None if not rows or any(r is None for r in rows) else rows


def _closed(words: list[str], values: list, width: int):
    """(label, cells) of a row, or None unless it has one cell per column (a footnote digit
    after the label, "Special charges 2", is no cell)."""
    if len(values) == width + 1 and values[0] is not None and _FOOTNOTE.fullmatch(
            values[0][1].group(0)):
        values = values[1:]
    return (" ".join(words), values) if len(values) == width else None


def _row_cells(label: str, found: list, columns: list[Column], changes: dict[int, Column],
               scale: int, unit: str, offset: int) -> list[Cell] | None:
    cells, k = [], 0
    for index, value in enumerate(found):
        if index in changes:
            if value is not None and value[1].group("pct"):
                cells.append(_cell(value, offset, changes[index], 0, "percent", label, True))
            continue
        column, k = columns[k], k + 1
        if value is None:
            continue
        if value[1].group("pct") or overlong(value[1].group("num"), scale):
            return None  # a percentage among amounts: not this table's row
        cells.append(_cell(value, offset, column, scale, unit, label, False))
    return cells


def _cell(value: tuple[int, re.Match], offset: int, column: Column, scale: int, unit: str,
          label: str, is_change: bool) -> Cell:
    at, match = value
    digits = match.group("num")
    amount = Decimal(digits.replace(",", "")).scaleb(scale)
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    if match.group("open") or match.group("sign") in ("-", "\u2212"):
        amount = -amount
    start = offset + at
    return Cell((start, start + len(match.group(0))), match.group(0), amount, unit,
                stated_tolerance(digits, scale, unit), label, column, is_change=is_change)
