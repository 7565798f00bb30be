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
    for index, cell in enumerate(_cells(block[0], outer)):
        found = ctx.find_periods(cell.strip())
        if len(found) == 1:
            periods[index] = found[0]
    return periods, outer


# A column of changes: "Change", "Year-Over-Year Growth", "% chg", "YoY" (not "vs. Expectations")
_CHANGE_HEADER = re.compile(r"\b(?:change|chg|growth|increase|decrease|y/y|yoy|"
                            r"year[- ]over[- ]year|vs\.?\s+(?:prior|last|a\s+year))\b", re.I)


def change_column(text: str, sentence: ctx.Sentence, offset: int,
                  outer: bool = True) -> bool:
    """Whether the cell of ``sentence`` (a table row) at ``offset`` is under a header that names a
    change ("| Metric | Q4 2018 | Q4 2017 | Year-Over-Year Change |")."""
    if not is_row(sentence.text):
        return False
    block = [line for line in _block(text, sentence.start) if not _is_rule(line)]
    if not block:
        return False
    cells = _cells(block[0], outer)
    index = cell_index(sentence.text, offset, outer)
    return 0 < index < len(cells) and bool(_CHANGE_HEADER.search(cells[index]))


def row_label(row: str, outer: bool = True) -> str:
    """The row's first cell: what the row's figures are."""
    return _cells(row, outer)[0].strip()


def latest(columns: dict[int, PeriodPhrase]) -> PeriodPhrase | None:
    """The latest period the header names: what a change column compares with the others."""
    dated = [p for p in columns.values() if p.end is not None]
    return max(dated, key=lambda p: p.end) if dated else None


# A copy that flattened a table into lines of spaces: a header naming a period per column
# ("Metric Q2 2022 Q2 2023 Change", a Motley Fool table of AMD's Q2 2023), then rows of a
# label and one amount per period ("Revenue $6.55 billion  $5.36 billion (18%)"); a note
# without figures may stand between the rows.
_SPACED_EXTRA = re.compile(r"^(?:\s|change|chg|growth|y/?o/?y|q/?o/?q|%|vs\.?|versus)*$", re.I)
_SPACED_LABEL = re.compile(r"^\s*(?:[A-Za-z][\w&/-]*\s+){0,2}$")
_SPACED_REACH = 12  # lines back to the header


def spaced_header_periods(text: str, sentence: ctx.Sentence) -> list[PeriodPhrase]:
    """The periods, in column order, of the spaced header above the row ``sentence``, when the
    row is one line and the header names two or more periods and nothing else but a label
    and change columns; else []."""
    if "\n" in sentence.text.strip() or is_row(sentence.text):
        return []
    lines = text[:sentence.start].split("\n")[:-1]
    for line in reversed(lines[-_SPACED_REACH:]):
        periods = _spaced_header(line)
        if periods:
            return periods
        if line.rstrip().endswith((".", ":")) and len(line) > 80:
            return []  # prose: the row is not under a header
    return []


def _spaced_header(line: str) -> list[PeriodPhrase]:
    from core.period_phrases import ARTICLES, find_periods

    found = find_periods(line, reading=ARTICLES)
    if len(found) < 2 or not _SPACED_LABEL.match(line[:found[0].span[0]]):
        return []
    gaps = [line[a.span[1]:b.span[0]] for a, b in zip(found, found[1:], strict=False)]
    if any(gap.strip() for gap in gaps) or not _SPACED_EXTRA.match(line[found[-1].span[1]:]):
        return []
    return found
