"""Rows of an article's table that break the row above them into parts:

    Financial indicator | Q2 2024 (US$ million) | Q2 2025 (US$ million) | Change |
    Revenue  | 90,753 | 95,359 | +5.1% |
    Products | 66,886 | 68,714 | +2.7% |
    Services | 23,867 | 26,645 | +11.6% |

Rows whose labels name no metric, right under a row whose label names a money metric, are that
metric's parts (the label is the part's name) only when, in every column where the metric's row
has an amount, the parts' amounts add up to it: the arithmetic proves the reading, and a table
that does not add up is left unread (a wrong value is worse than none). A percentage of a part's
row under a change column is the part's growth of that metric.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_tables
from pipeline.verify.claims_change_words import change_metrics
from pipeline.verify.claims_units import find_figures

_MONEY = ("USD", None)  # a table's bare numbers take their money unit from its caption


def _rows(text: str, start: int) -> list[tuple[int, str]]:
    """The table rows around the line that starts at ``start``: (line start, line)."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    at = next((i for i, (s, _) in enumerate(lines) if s <= start < s + len(lines[i][1]) + 1),
              None)
    if at is None or not ctx.is_table_row(lines[at][1]):
        return []
    first = last = at
    while first > 0 and ctx.is_table_row(lines[first - 1][1]):
        first -= 1
    while last + 1 < len(lines) and ctx.is_table_row(lines[last + 1][1]):
        last += 1
    return lines[first:last + 1]


def _amounts(row: str, outer: bool) -> dict[int, Decimal]:
    """The row's money amounts by cell index: cells holding one figure, no percentage."""
    found = {}
    for index, cell in enumerate(claims_tables._cells(row, outer)):
        figures = find_figures(cell) if index else []
        if len(figures) == 1 and figures[0].unit in _MONEY:
            value = figures[0].value
            found[index] = -abs(value) if figures[0].negative else value
    return found


def _adds_up(parent: dict[int, Decimal], parts: list[dict[int, Decimal]]) -> bool:
    if len(parts) < 2 or not parent:
        return False
    for index, total in parent.items():
        values = [part.get(index) for part in parts]
        if any(v is None for v in values) or sum(values) != total:
            return False
    return True


def part_row(text: str, sentence: ctx.Sentence, outer: bool) -> tuple[str, str] | None:
    """(the metric, the part's name) when the table row ``sentence`` is one of the parts of the
    money row above it that add up to it; else None."""
    rows = _rows(text, sentence.start)
    mine = next((i for i, (s, line) in enumerate(rows)
                 if s <= sentence.start < s + max(len(line), 1)), None)
    if mine is None or _named(rows[mine][1], outer) is not None:
        return None
    top = mine
    while top > 0 and _named(rows[top - 1][1], outer) is None:
        top -= 1
    if top == 0:
        return None
    metric = _named(rows[top - 1][1], outer)
    bottom = mine
    while bottom + 1 < len(rows) and _named(rows[bottom + 1][1], outer) is None:
        bottom += 1
    parts = [_amounts(line, outer) for _, line in rows[top:bottom + 1]]
    if not _adds_up(_amounts(rows[top - 1][1], outer), parts):
        return None
    label = claims_tables.row_label(rows[mine][1], outer)
    return (metric, label) if label else None


def _named(row: str, outer: bool) -> str | None:
    """The money metric the row's label names, if any."""
    label = claims_tables.row_label(row, outer)
    return cm.named_metric(label, "USD") if label else None


def apply_part(text: str, sentence: ctx.Sentence, claim, figure, columns: dict, outer: bool):
    """The claim of a part's row: the part's amount of the metric above, or under a change
    column its growth into the latest period the header names."""
    # (a part's second amount may have taken the metric of the amount before it: the row
    # names none of its own, so the part's reading replaces whatever was read)
    if claim.entity is not None or not ctx.is_table_row(
            sentence.text) or claims_tables.cell_index(sentence.text, figure.span[0], outer) == 0:
        return claim
    found = part_row(text, sentence, outer)
    if found is None:
        return claim
    metric, part = found
    if figure.unit == "USD" and not figure.is_points:
        return replace(claim, metric=metric, entity=part)
    period = claims_tables.latest(columns)
    growth = next(iter(change_metrics()), None)
    if (figure.unit != "percent" or figure.is_points or period is None or growth is None
            or not claims_tables.change_column(text, sentence, figure.span[0], outer)):
        return claim
    own = find_metric(growth).derivation.inputs[0]
    return replace(claim, metric=growth, basis=None if metric in own else metric, entity=part,
                   period_label=period.label, period_start=period.start, period_end=period.end)
