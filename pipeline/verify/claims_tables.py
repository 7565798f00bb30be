"""Figures in a table of the article (a Markdown table, or an HTML table that the article reader
turned into one): each row is read as its own sentence, and a figure's period comes from the
header of its column ("| Figure | Fiscal 2022 | Fiscal 2023 |") when the row names none."""

from __future__ import annotations

from core.period_phrases import PeriodPhrase
from pipeline.verify import claims_context as ctx


def is_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def cell_index(row: str, offset: int) -> int:
    """Which cell of ``row`` holds the character at ``offset`` (0 = the row label)."""
    return row[:offset].lstrip().lstrip("|").count("|")


def header_periods(text: str, sentence: ctx.Sentence) -> dict[int, PeriodPhrase]:
    """Periods named by the header cells of the table a row belongs to, by cell index."""
    if not is_row(sentence.text):
        return {}
    header = _header_line(text, sentence.start)
    if header is None:
        return {}
    periods: dict[int, PeriodPhrase] = {}
    for index, cell in enumerate(header.strip().strip("|").split("|")):
        found = ctx.find_periods(cell.strip())
        if len(found) == 1:
            periods[index] = found[0]
    return periods


def _header_line(text: str, row_start: int) -> str | None:
    """The line above the table's '|---|' separator, walking up from the row."""
    lines = text[:row_start].split("\n")
    for i in range(len(lines) - 1, 0, -1):
        line = lines[i].strip()
        if not line:
            continue
        if not is_row(line):
            return None
        if set(line) <= set("|-: ") and is_row(lines[i - 1]):
            return lines[i - 1]
    return None
