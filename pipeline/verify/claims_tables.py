"""Figures in a table of the article (a Markdown table, an HTML table that the article reader
turned into one, or a copy's pipe-separated rows with or without their outer pipes): each row is
read as its own sentence, and a figure's period comes from the header of its column
("| Figure | Fiscal 2022 | Fiscal 2023 |", "Metric | Q4 2018 | Q4 2017 |") when the row names
none. The header is the block's first row; a row of dashes under it is skipped."""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from pipeline.verify import claims_context as ctx

is_row = ctx.is_table_row


def _is_rule(line: str) -> bool:
    return bool(line.strip()) and set(line.strip()) <= set("|-: ")


def _block(text: str, row_start: int) -> list[str]:
    """The table rows above (and including) the one that starts at ``row_start``."""
    lines = text[:row_start].split("\n")[:-1]
    block = []
    for line in reversed(lines):
        if not is_row(line):
            break
        block.append(line)
    return list(reversed(block))


def _outer_pipes(block: list[str]) -> bool:
    """Markdown writes an outer pipe on every row; a copy that lost the row labels keeps a pipe
    where the empty label cell was (' | Q3 2018 | Q3 2017')."""
    return all(line.lstrip().startswith("|") for line in block)


def _cells(line: str, outer: bool) -> list[str]:
    line = line.strip()
    return (line[1:] if outer and line.startswith("|") else line).split("|")


def cell_index(row: str, offset: int, outer: bool = True) -> int:
    """Which cell of ``row`` holds the character at ``offset`` (0 = the row label)."""
    head = row[:offset].lstrip()
    return (head[1:] if outer and head.startswith("|") else head).count("|")


def header_periods(text: str, sentence: ctx.Sentence) -> tuple[dict[int, PeriodPhrase], bool]:
    """Periods named by the header cells of the table a row belongs to, by cell index, and
    whether the table writes outer pipes."""
    if not is_row(sentence.text):
        return {}, True
    block = [line for line in _block(text, sentence.start) if not _is_rule(line)]
    if not block:
        return {}, True
    outer = _outer_pipes(block + [sentence.text])
    periods: dict[int, PeriodPhrase] = {}
    for index, cell in enumerate(_header_cells(block[0], sentence.text, outer)):
        found = ctx.find_periods(cell.strip())
        if len(found) == 1:
            periods[index] = found[0]
    return periods, outer


def _header_cells(header: str, row: str, outer: bool) -> list[str]:
    """The header's cells over the row's: a copy that dropped the header's empty label cell
    ("Q2 2022 | Q2 2023 | YoY % change" over "Total Revenue | $6.6 billion | $5.4 billion |
    -18%") opens on a period where the rows open on their label, so its cells move one right."""
    cells = _cells(header, outer)
    label = _cells(row, outer)[0].strip()
    if (cells and len(ctx.find_periods(cells[0].strip())) == 1 and label
            and not ctx.find_periods(label) and not re.search(r"\d", label)):
        return ["", *cells]
    return cells


# A column of changes: "Change", "Year-Over-Year Growth", "% chg", "YoY" (not "vs. Expectations")
_CHANGE_HEADER = re.compile(r"\b(?:change|chg|growth|increase|decrease|y/y|yoy|"
                            r"year[- ]over[- ]year|vs\.?\s+(?:prior|last|a\s+year))\b", re.I)


def change_column(text: str, sentence: ctx.Sentence, offset: int,
                  outer: bool = True) -> bool:
    """Whether the cell of ``sentence`` (a table row) at ``offset`` is under a header that names a
    change ("| Metric | Q4 2018 | Q4 2017 | Year-Over-Year Change |")."""
    header = header_over(text, sentence, offset, outer)
    return header is not None and bool(_CHANGE_HEADER.search(header))


def header_over(text: str, sentence: ctx.Sentence, offset: int, outer: bool) -> str | None:
    """The header cell over the figure cell of ``sentence`` (a table row) at ``offset``; None
    for the row label, a cell the header lacks, or a sentence that is no table row."""
    if not is_row(sentence.text):
        return None
    block = [line for line in _block(text, sentence.start) if not _is_rule(line)]
    if not block:
        return None
    cells = _header_cells(block[0], sentence.text, outer)
    index = cell_index(sentence.text, offset, outer)
    return cells[index] if 0 < index < len(cells) else None


def header_label(text: str, sentence: ctx.Sentence, outer: bool) -> str | None:
    """The header's label cell ("US$ m" of "| US$ m | 2024 | 2025 |") over a table row."""
    if not is_row(sentence.text):
        return None
    block = [line for line in _block(text, sentence.start) if not _is_rule(line)]
    cells = _header_cells(block[0], sentence.text, outer) if block else []
    return cells[0] if cells else None


def row_label(row: str, outer: bool = True) -> str:
    """The row's first cell: what the row's figures are."""
    return _cells(row, outer)[0].strip()


def latest(columns: dict[int, PeriodPhrase]) -> PeriodPhrase | None:
    """The latest period the header names: what a change column compares with the others."""
    dated = [p for p in columns.values() if p.end is not None]
    return max(dated, key=lambda p: p.end) if dated else None


# A column of what analysts expected: "| Metric | Actual | Estimate |", "Consensus",
# "Analysts' Prediction" (its cells, and a "vs. Expectations" column's distances from them,
# are no filed figures); a spaced scorecard's header uses the same words (claims_spaced)
ESTIMATE_WORDS = r"(?:estimates?|consensus|expected|expectations?|predictions?|forecasts?)"
# A column of the company's own targets: "| Metric | Q2 target |", "Guidance", "FY outlook"
# (a recap's table of the next quarter's ranges, whose cells were judged against the quarter
# just reported)
TARGET_WORDS = r"(?:targets?|targeted|guidance|outlook|projections?|projected|goals?)"
ESTIMATE_HEADER = re.compile(rf"\b(?:{ESTIMATE_WORDS}|{TARGET_WORDS})\b", re.I)
TARGET_HEADER = re.compile(rf"\b{TARGET_WORDS}\b", re.I)


def estimate_column(text: str, sentence: ctx.Sentence, offset: int,
                    outer: bool = True) -> str | None:
    """The header's words when the cell of ``sentence`` (a table row) at ``offset`` is under a
    column of estimates or of the company's targets; else None."""
    header = header_over(text, sentence, offset, outer)
    return header.strip() if header is not None and ESTIMATE_HEADER.search(header) else None
